/**
 * The form in which two emails are "the same": ASCII letters lower-cased and
 * nothing else — no trimming, no Unicode folding, `+tags` kept.
 */
export function normalizeEmail(email: string): string {
  return email.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}
