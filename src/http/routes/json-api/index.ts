import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { validateUserAttributes } from '../../../domain/user-attributes.ts';
import { RosterError } from '../../../domain/roster-error.ts';
import type { Services } from '../../../services/create-services.ts';
import {
  assertAcceptable,
  assertSupportedContentType,
  JSON_API_MEDIA_TYPE,
} from '../../../views/json-api/content-negotiation.ts';
import { parseDocumentQuery, type QueryParameters } from '../../../views/json-api/document-query.ts';
import { renderMeDocument } from '../../../views/person-json-api/me-document-view.ts';
import { meDocumentRules, publicPersonDocumentRules } from '../../../views/person-json-api/person-document-rules.ts';
import { readPersonUpdateDocument } from '../../../views/person-json-api/person-update-document.ts';
import { renderPublicPersonDocument } from '../../../views/person-json-api/public-person-view.ts';
import { conditionalGet, queryStringOf, type SnapshotView, sendSnapshotAnswer } from '../../conditional-get.ts';
import type { Callers } from '../../callers.ts';
import { loadMe, requireMe } from '../../plugins/me-plugin.ts';
import { jsonApiSchemas } from './schemas.ts';

export interface JsonApiRoutesOptions {
  callers: Callers;
  profile: Services['profile'];
  people: Services['people'];
}

/**
 * `GET`/`PATCH /api/v1/me` and `GET /api/v1/people/:id` — JSON:API 1.1, see docs/json-api.md. Registered
 * under the `/api/v1` prefix, whose scope renders errors as JSON:API documents.
 */
export const jsonApiRoutes: FastifyPluginAsync<JsonApiRoutesOptions> = async (app, { callers, profile, people }) => {
  app.addHook('onRequest', async (request) => assertAcceptable(request.headers.accept));
  requireMe(app, callers);
  const meRules = meDocumentRules(callers.profileSchema);
  const publicRules = publicPersonDocumentRules(callers.profileSchema);
  const jsonApi = (reply: FastifyReply) => reply.type(JSON_API_MEDIA_TYPE);
  const meDocument: SnapshotView = {
    // The document shows the token's issuer, subject and expiry beside the snapshot; a query
    // string that does not parse throws before anything is stored.
    key: (request) => {
      const { issuer, subject, expiresAt } = request.principal;
      return `v1-me ${issuer} ${subject} ${expiresAt.getTime()} ${queryStringOf(request)}`;
    },
    mediaType: JSON_API_MEDIA_TYPE,
    render: (request) =>
      renderMeDocument(
        request.me,
        request.principal,
        parseDocumentQuery(request.query as QueryParameters, meRules),
        callers.profileSchema,
      ),
  };

  app.get<{ Querystring: QueryParameters }>('/me', { schema: jsonApiSchemas.getMe }, (request, reply) => {
    sendSnapshotAnswer(request, reply, meDocument);
  });

  app.patch<{ Querystring: QueryParameters }>(
    '/me',
    {
      schema: jsonApiSchemas.patchMe,
      onRequest: async (request) => assertSupportedContentType(request.headers['content-type']),
    },
    async (request, reply) => {
      const query = parseDocumentQuery(request.query, meRules);
      const userId = request.me.user.id;
      const attributes = readPersonUpdateDocument(request.body, userId);
      const now = callers.clock();
      const update = validateUserAttributes(attributes, {
        schema: callers.profileSchema,
        today: now.toISOString().slice(0, 10),
        writer: 'self',
        dialect: 'json-api',
      });
      await profile.update(userId, update);
      const fresh = await loadMe(callers, userId, request.principal.sessionId);
      return jsonApi(reply).send(renderMeDocument(fresh, request.principal, query, callers.profileSchema));
    },
  );

  app.get<{ Params: { id: string }; Querystring: QueryParameters }>(
    '/people/:id',
    { schema: jsonApiSchemas.getPerson },
    async (request, reply) => {
      const query = parseDocumentQuery(request.query, publicRules);
      const viewer = request.me;
      const person = await people.findVisible(viewer.user, request.params.id);
      if (!person) throw new RosterError('NotFound', 'No such person');
      return conditionalGet(
        jsonApi(reply),
        renderPublicPersonDocument(person, viewer, request.principal, query, callers.profileSchema),
      );
    },
  );
};
