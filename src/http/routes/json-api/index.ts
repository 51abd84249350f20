import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { isVisibleTo, type OtherPerson } from '../../../domain/person-visibility.ts';
import { validateUserAttributes } from '../../../domain/user-attributes.ts';
import { RosterError } from '../../../domain/roster-error.ts';
import { updateProfile } from '../../../services/profile-service.ts';
import { findPublicPersonForViewer } from '../../../queries/public-person-queries.ts';
import { assertAcceptable, assertSupportedContentType, JSON_API_MEDIA_TYPE } from '../../../views/json-api/content-negotiation.ts';
import { parseDocumentQuery, type QueryParameters } from '../../../views/json-api/document-query.ts';
import { renderMeDocument } from '../../../views/person-json-api/me-document-view.ts';
import { meDocumentRules, publicPersonDocumentRules } from '../../../views/person-json-api/person-document-rules.ts';
import { readPersonUpdateDocument } from '../../../views/person-json-api/person-update-document.ts';
import { renderPublicPersonDocument } from '../../../views/person-json-api/public-person-view.ts';
import { conditionalGet } from '../../conditional-get.ts';
import type { MeServices } from '../../me-services.ts';
import { loadMe, requireMe } from '../../plugins/me-plugin.ts';
import { jsonApiSchemas } from './schemas.ts';

export interface JsonApiRoutesOptions {
  me: MeServices;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * `GET`/`PATCH /api/v1/me` and `GET /api/v1/people/:id` — JSON:API 1.1, see docs/json-api.md. Registered
 * under the `/api/v1` prefix, whose scope renders errors as JSON:API documents.
 */
export const jsonApiRoutes: FastifyPluginAsync<JsonApiRoutesOptions> = async (app, { me }) => {
  app.addHook('onRequest', async (request) => assertAcceptable(request.headers.accept));
  requireMe(app, me);
  const meRules = meDocumentRules(me.profileSchema);
  const publicRules = publicPersonDocumentRules(me.profileSchema);
  const jsonApi = (reply: FastifyReply) => reply.type(JSON_API_MEDIA_TYPE);

  app.get<{ Querystring: QueryParameters }>('/me', { schema: jsonApiSchemas.getMe }, async (request, reply) => {
    const query = parseDocumentQuery(request.query, meRules);
    return conditionalGet(jsonApi(reply), renderMeDocument(request.me, request.principal, query, me.profileSchema));
  });

  app.patch<{ Querystring: QueryParameters }>(
    '/me',
    { schema: jsonApiSchemas.patchMe, onRequest: async (request) => assertSupportedContentType(request.headers['content-type']) },
    async (request, reply) => {
      const query = parseDocumentQuery(request.query, meRules);
      const userId = request.me.user.id;
      const attributes = readPersonUpdateDocument(request.body, userId);
      const now = me.clock();
      const update = validateUserAttributes(attributes, { schema: me.profileSchema, today: now.toISOString().slice(0, 10), writer: 'self', dialect: 'json-api' });
      await updateProfile(me.writeContext(userId), userId, update, me.profileSchema);
      const fresh = await loadMe(me, userId, request.principal.sessionId);
      return jsonApi(reply).send(renderMeDocument(fresh, request.principal, query, me.profileSchema));
    },
  );

  app.get<{ Params: { id: string }; Querystring: QueryParameters }>('/people/:id', { schema: jsonApiSchemas.getPerson }, async (request, reply) => {
    const query = parseDocumentQuery(request.query, publicRules);
    const viewer = request.me;
    // UUIDs are case-insensitive; Roster's are stored lower-case.
    const id = request.params.id.toLowerCase();
    let person: OtherPerson | null = null;
    if (id === viewer.user.id) person = { ...viewer.user, sharesActiveOrganization: false };
    else if (UUID.test(id)) person = await findPublicPersonForViewer(me.database.db, id, viewer.user.id);
    // One answer for "no such id", "not a UUID" and "not visible to you", so ids cannot be probed.
    if (!person || !isVisibleTo(viewer.user.id, person)) throw new RosterError('NotFound', 'No such person');
    return conditionalGet(jsonApi(reply), renderPublicPersonDocument(person, viewer, request.principal, query, me.profileSchema));
  });
};
