import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentRoute, operationIdOf } from '../../../src/http/openapi/route-documentation.ts';

test('operationIdOf names a route by method and path, path parameters as By…', () => {
  assert.equal(operationIdOf('GET', '/api/admin/organizations/:id/members'), 'getApiAdminOrganizationsByIdMembers');
  const grant = operationIdOf('DELETE', '/api/admin/users/:id/resource-grants/:grantId');
  assert.equal(grant, 'deleteApiAdminUsersByIdResourceGrantsByGrantId');
  assert.equal(operationIdOf('GET', '/.well-known/jwks.json'), 'getWellKnownJwksJson');
});

test('a route without a schema still gets an operationId, its family tag and its error answers', () => {
  const documented = documentRoute('POST', '/api/webhooks/clerk', undefined);
  assert.equal(documented.operationId, 'postApiWebhooksClerk');
  assert.deepEqual(documented.tags, ['webhooks']);
  const responses = documented.response as Record<string, { description: string }>;
  assert.deepEqual(Object.keys(responses).sort(), ['400', '401', '404', '409', '413', '415', '429', '500', '503']);
});

test('declared answers keep their schema, gain a description, and the family decides the error body', () => {
  const declared = { type: 'object', properties: { ok: { type: 'boolean' } } };
  const schema = { tags: ['json-api'], response: { 200: declared, 304: { type: 'null' } } };
  const documented = documentRoute('GET', '/api/v1/me', schema);
  const responses = documented.response as Record<string, Record<string, unknown>>;
  assert.deepEqual(responses['200'], { ...declared, description: 'OK' });
  assert.match(String(responses['304']!.description), /Not Modified/);
  assert.deepEqual(responses['406']!.required as string[], ['errors']);
  assert.deepEqual(documented.produces, ['application/vnd.api+json']);
  const headers = documented.headers as { properties: Record<string, unknown> };
  assert.ok(headers.properties['if-none-match']);
});

test('the documentation key is lifted into the OpenAPI view and never left on the schema', () => {
  const querystring = { type: 'object', properties: { include: { type: 'string' } } };
  const documented = documentRoute('GET', '/api/v1/people/:id', { documentation: { querystring } });
  assert.equal(documented.querystring, querystring);
  assert.equal('documentation' in documented, false);
});
