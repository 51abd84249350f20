import type { MeSnapshot } from '../../domain/me-snapshot.ts';
import { buildSingleResourceDocument, type SingleResourceDocument } from '../json-api/compound-document.ts';
import type { DocumentQuery } from '../json-api/document-query.ts';
import { personMeta, type AuthContext } from './me-document-view.ts';
import type { ProfileSchema } from '../../domain/profile-schema.ts';
import { publicPersonResource, type PublicPersonSource } from './person-resources.ts';

/**
 * The `/api/v1/people/:id` document: the same shape as `/api/v1/me` (meta about the caller
 * included) but the person carries only public attributes and public custom attributes, and
 * no relationships. Deciding whether the caller may see the person is the route's business.
 */
export function renderPublicPersonDocument(
  person: PublicPersonSource,
  caller: MeSnapshot,
  auth: AuthContext,
  query: DocumentQuery,
  schema: ProfileSchema,
): SingleResourceDocument {
  return buildSingleResourceDocument(publicPersonResource(person, schema), {
    include: null,
    fields: query.fields,
    meta: personMeta(caller, auth),
  });
}
