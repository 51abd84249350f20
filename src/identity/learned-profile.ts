/** What Roster learns about a signing-in person from token claims or a userinfo source. */
export interface LearnedProfile {
  readonly email: string | null;
  /** True only when the source marks this very address verified (the boolean `true`). */
  readonly emailVerified: boolean;
  readonly firstName: string | null;
  readonly lastName: string | null;
  readonly avatarUrl: string | null;
  readonly phone: string | null;
  /** The metadata object (`tenantId`/`organizationId`, `role`), or null. */
  readonly metadata: Readonly<Record<string, unknown>> | null;
}

const E164 = /^\+[1-9]\d{1,14}$/;

/**
 * Reads standard OIDC claims (`email`, `email_verified`, `given_name`, `family_name`, `name`
 * split when the parts are absent, `picture`, `phone_number`) and the metadata claim.
 * Anything of the wrong type counts as absent; `email_verified` must be the boolean `true`.
 */
export function profileFromClaims(claims: Readonly<Record<string, unknown>>, metadataClaim: string | null): LearnedProfile {
  const email = text(claims['email']);
  let firstName = text(claims['given_name']);
  let lastName = text(claims['family_name']);
  const name = text(claims['name']);
  if (firstName === null && lastName === null && name !== null) {
    const [first, ...rest] = name.split(/\s+/);
    firstName = first || null;
    lastName = rest.length > 0 ? rest.join(' ') : null;
  }
  return {
    email,
    emailVerified: email !== null && claims['email_verified'] === true,
    firstName: firstName?.slice(0, 100) ?? null,
    lastName: lastName?.slice(0, 100) ?? null,
    avatarUrl: httpUrl(claims['picture']),
    phone: phone(claims['phone_number']),
    metadata: metadataClaim === null ? null : object(claims[metadataClaim]),
  };
}

/** The token's profile, with what it lacks filled from a userinfo answer (about the same address, for verification). */
export function mergeProfiles(token: LearnedProfile, userinfo: LearnedProfile | null): LearnedProfile {
  if (!userinfo) return token;
  const sameEmail = token.email !== null && userinfo.email !== null && token.email.toLowerCase() === userinfo.email.toLowerCase();
  return {
    email: token.email ?? userinfo.email,
    emailVerified: token.email === null ? userinfo.emailVerified : token.emailVerified || (sameEmail && userinfo.emailVerified),
    firstName: token.firstName ?? userinfo.firstName,
    lastName: token.lastName ?? userinfo.lastName,
    avatarUrl: token.avatarUrl ?? userinfo.avatarUrl,
    phone: token.phone ?? userinfo.phone,
    metadata: token.metadata ?? userinfo.metadata,
  };
}

/** Whether a userinfo source could tell more than the token did. */
export function lacksSomething(profile: LearnedProfile, metadataClaim: string | null): boolean {
  return (
    profile.email === null ||
    !profile.emailVerified ||
    (profile.firstName === null && profile.lastName === null) ||
    (metadataClaim !== null && profile.metadata === null)
  );
}

export function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

export function object(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

export function httpUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2048 || !URL.canParse(value)) return null;
  const { protocol } = new URL(value);
  return protocol === 'https:' || protocol === 'http:' ? value : null;
}

export function phone(value: unknown): string | null {
  return typeof value === 'string' && E164.test(value) ? value : null;
}
