/**
 * Who a verified access token speaks for. Produced only by the token verifier; everything
 * downstream (provisioning, the "me" snapshot) starts from it.
 */
export interface Principal {
  /** The token's `iss`, equal to the configured issuer. */
  issuer: string;
  /** The token's `sub`, never empty and free of control characters. */
  subject: string;
  /**
   * The token's `sid` when it is a non-empty string, else null (the session then falls back to the user); a `sid` with
   * a control character makes the token invalid.
   */
  sessionId: string | null;
  /** Every claim of the token, deeply frozen. */
  claims: Readonly<Record<string, unknown>>;
  expiresAt: Date;
  /** The raw compact JWT, kept to call the issuer's userinfo endpoint on the user's behalf. */
  token: string;
}
