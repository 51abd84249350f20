import { email as emailAddress, httpsUrl, object, personName, phone, type LearnedProfile } from '../learned-profile.ts';
import { fetchJson, type UserinfoLog, type UserinfoSource } from './userinfo-source.ts';

/**
 * Clerk's Backend API `GET {apiUrl}/v1/users/{sub}` with the secret key. The primary email is
 * the `email_addresses` entry whose id is `primary_email_address_id`, verified iff its
 * `verification.status` is `verified`; the metadata is the field named by the metadata claim
 * (`public_metadata` by default).
 *
 * A refusal (a wrong secret key: 401; an unknown user: 404) is logged at `warn`.
 *
 * @example const userinfo = createClerkUserinfo(clerk.apiUrl, clerk.secretKey, config.metadataClaim, logger);
 */
export function createClerkUserinfo(
  apiUrl: string,
  secretKey: string,
  metadataClaim: string | null,
  log?: UserinfoLog,
): UserinfoSource {
  return async (principal) => {
    const url = `${apiUrl}/v1/users/${encodeURIComponent(principal.subject)}`;
    const body = object(await fetchJson(url, `Bearer ${secretKey}`, 'the Clerk Backend API', log));
    return body ? clerkProfile(body, metadataClaim) : null;
  };
}

/** Clerk's user record (Backend API or webhook `data`) as a learned profile, each value under the attribute rules. */
export function clerkProfile(user: Record<string, unknown>, metadataClaim: string | null): LearnedProfile {
  const primaryEmail = primaryOf(user.email_addresses, user.primary_email_address_id);
  const primaryPhone = primaryOf(user.phone_numbers, user.primary_phone_number_id);
  const email = emailAddress(primaryEmail?.email_address);
  return {
    email,
    emailVerified: email !== null && object(primaryEmail?.verification)?.status === 'verified',
    firstName: personName(user.first_name),
    lastName: personName(user.last_name),
    avatarUrl: httpsUrl(user.image_url),
    phone: phone(primaryPhone?.phone_number),
    metadata: metadataClaim === null ? null : object(user[metadataClaim]),
  };
}

function primaryOf(list: unknown, primaryId: unknown): Record<string, unknown> | null {
  if (!Array.isArray(list) || typeof primaryId !== 'string') return null;
  return list.map(object).find((entry) => entry?.id === primaryId) ?? null;
}
