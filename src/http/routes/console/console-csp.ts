/**
 * The console's Content-Security-Policy: its own scripts and styles only (no inline code), calls
 * to Roster and to the issuer (discovery and the token endpoint, from the browser), and never
 * framed. It replaces the API's stricter `default-src 'none'` on the console's own answers.
 */
export function consoleCsp(issuer: string | null): string {
  const issuerOrigin = issuer ? ` ${new URL(issuer).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: https:",
    `connect-src 'self'${issuerOrigin}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
