import {
  checkPersonName,
  hasControlCharacter,
  isE164Phone,
  isEmailAddress,
  isHttpsUrl,
  PERSON_NAME_MAX_LENGTH,
} from '../domain/user-attributes.ts';

/**
 * What Roster learns about a signing-in person from token claims or a userinfo source, each value
 * already under the attribute rules every other write obeys: a value that fails
 * them is dropped (null), never refused — the person still signs in.
 */
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

/**
 * Reads standard OIDC claims (`email`, `email_verified`, `given_name`, `family_name`, `name`
 * split when the parts are absent, `picture`, `phone_number`) and the metadata claim.
 * Anything of the wrong type, or failing the attribute rules, counts as absent; `email_verified`
 * must be the boolean `true`.
 */
export function profileFromClaims(
  claims: Readonly<Record<string, unknown>>,
  metadataClaim: string | null,
): LearnedProfile {
  const address = email(claims.email);
  let firstName = personName(claims.given_name);
  let lastName = personName(claims.family_name);
  const name = text(claims.name);
  if (firstName === null && lastName === null && name !== null) {
    const [first, ...rest] = name.split(/\s+/);
    firstName = personName(first);
    lastName = personName(rest.join(' '));
  }
  return {
    email: address,
    emailVerified: address !== null && claims.email_verified === true,
    firstName,
    lastName,
    avatarUrl: httpsUrl(claims.picture),
    phone: phone(claims.phone_number),
    metadata: metadataClaim === null ? null : object(claims[metadataClaim]),
  };
}

/** The token's profile, with what it lacks filled from a userinfo answer (about the same address, for verification). */
export function mergeProfiles(token: LearnedProfile, userinfo: LearnedProfile | null): LearnedProfile {
  if (!userinfo) return token;
  const sameEmail =
    token.email !== null && userinfo.email !== null && token.email.toLowerCase() === userinfo.email.toLowerCase();
  return {
    email: token.email ?? userinfo.email,
    emailVerified:
      token.email === null ? userinfo.emailVerified : token.emailVerified || (sameEmail && userinfo.emailVerified),
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

/**
 * A non-blank string without control characters, trimmed (metadata values, the `name` claim before it is split), else
 * null.
 */
export function text(value: unknown): string | null {
  if (typeof value !== 'string' || hasControlCharacter(value.trim())) return null;
  return value.trim() === '' ? null : value.trim();
}

export function object(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/**
 * A first or last name as a user could have set it, else null. One only too long is cut to
 * {@link PERSON_NAME_MAX_LENGTH} characters on a code point boundary rather than dropped: a long
 * name from the provider is still the person's name.
 */
export function personName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const cut = [...value.trim()].slice(0, PERSON_NAME_MAX_LENGTH).join('');
  const check = checkPersonName(cut);
  return check.ok ? check.value : null;
}

/** An email address as an admin could have set it, else null (as is, untrimmed: emails compare untrimmed). */
export function email(value: unknown): string | null {
  return isEmailAddress(value) ? value : null;
}

/** An avatar URL as a user could have set it (https only), else null. */
export function httpsUrl(value: unknown): string | null {
  return isHttpsUrl(value) ? value : null;
}

export function phone(value: unknown): string | null {
  return isE164Phone(value) ? value : null;
}
