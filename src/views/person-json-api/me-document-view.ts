import { currentMembership, type MeSnapshot } from '../../domain/me-snapshot.ts';
import type { Principal } from '../../identity/principal.ts';
import { buildSingleResourceDocument, type SingleResourceDocument } from '../json-api/compound-document.ts';
import type { DocumentQuery } from '../json-api/document-query.ts';
import type { ProfileSchema } from '../../domain/profile-schema.ts';
import { ownerPersonResource } from './person-resources.ts';

/** Who is asking, as `meta.auth` reports it. */
export type AuthContext = Pick<Principal, 'issuer' | 'subject' | 'expiresAt'>;

/**
 * The `/api/v1/me` document rendered from the snapshot alone: the person with
 * every attribute and relationship, what `query` includes, and `meta` — the current
 * organization's id, the key of the top role there, and the permissions there ∪ the global
 * ones (as `/api/users/me` `permissions`), plus the token's issuer, subject, session and expiry.
 */
export function renderMeDocument(
  snapshot: MeSnapshot,
  auth: AuthContext,
  query: DocumentQuery,
  schema: ProfileSchema,
): SingleResourceDocument {
  return buildSingleResourceDocument(ownerPersonResource(snapshot, schema), {
    include: query.include,
    fields: query.fields,
    meta: personMeta(snapshot, auth),
  });
}

/** `meta` of every `/api/v1` person document: the caller's current context and token. */
export function personMeta(snapshot: MeSnapshot, auth: AuthContext): Record<string, unknown> {
  const membership = currentMembership(snapshot);
  const permissions = new Set([
    ...(membership?.permissions ?? []),
    ...snapshot.globalPermissions.map((permission) => permission.key),
  ]);
  return {
    currentPersonContext: {
      organizationId: membership ? snapshot.currentOrganizationId : null,
      role: membership?.topRole?.key ?? null,
      permissions: [...permissions].sort(),
    },
    auth: {
      issuer: auth.issuer,
      subject: auth.subject,
      sessionId: snapshot.sessionId,
      expiresAt: auth.expiresAt.toISOString(),
    },
  };
}
