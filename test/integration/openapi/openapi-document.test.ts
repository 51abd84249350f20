import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { Validator } from '@seriousme/openapi-schema-validator';
import openapiTS from 'openapi-typescript';
import { EXAMPLE_ID } from '../../../src/http/openapi/body-examples.ts';
import { startTestApp, type TestApp } from '../../helpers/app.ts';

type Operation = {
  operationId?: string;
  tags?: string[];
  summary?: string;
  parameters?: { name: string; in: string }[];
  requestBody?: { content: Record<string, { schema: unknown; example?: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: Record<string, unknown> }> }>;
};
type Document = { info: { title: string }; tags: { name: string }[]; paths: Record<string, Record<string, Operation>> };

const ADMIN = 'docs-example-admin';
const TSC = resolve(import.meta.dirname, '../../../node_modules/.bin/tsc');

describe('the OpenAPI document', () => {
  let t: TestApp;
  let document: Document;
  const operations = () =>
    Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ path, method, op })),
    );

  before(async () => {
    t = await startTestApp('sqlite', { env: { ROSTER_ADMIN_TOKEN: ADMIN } });
    const response = await t.request({ method: 'GET', url: '/openapi.json' });
    assert.equal(response.statusCode, 200);
    document = response.json();
  });
  after(() => t.close());

  test('is a valid OpenAPI 3.1 document titled Roster API', async () => {
    const result = await new Validator().validate(structuredClone(document) as never);
    assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));
    assert.equal(document.info.title, 'Roster API');
  });

  test('/docs is Roster-branded: title, logo and icon', async () => {
    const page = await t.request({ method: 'GET', url: '/docs/' });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<title>Roster API<\/title>/);
    const icon = /<link rel="icon" type="image\/svg\+xml" href="([^"]+)"/.exec(page.body);
    assert.ok(icon, "an SVG icon of its own, not Fastify's PNGs");
    const iconAnswer = await t.request({ method: 'GET', url: icon[1]!.replace(/^\.\//, '/docs/') });
    assert.equal(iconAnswer.statusCode, 200);
    assert.match(iconAnswer.body, /<svg/);
    const initializer = await t.request({ method: 'GET', url: '/docs/static/swagger-initializer.js' });
    const logo = /data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)/.exec(initializer.body);
    assert.ok(logo, 'the logo is replaced');
    assert.match(Buffer.from(logo[1]!, 'base64').toString('utf8'), />Roster API</);
  });

  test('every operation has a unique operationId, a tag, and no "Default Response"', () => {
    const ids = operations().map(({ op }) => op.operationId);
    assert.ok(
      ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z0-9]+$/.test(id)),
      ids.join(' '),
    );
    assert.equal(new Set(ids).size, ids.length);
    for (const { path, method, op } of operations()) {
      assert.ok(op.tags && op.tags.length > 0, `${method} ${path} has a tag`);
      for (const [status, response] of Object.entries(op.responses)) {
        assert.notEqual(response.description, 'Default Response', `${method} ${path} ${status}`);
      }
      assert.doesNotMatch(op.summary ?? '', /seed 00|contract|§/);
    }
  });

  test("the caller's own tags come before admin", () => {
    const names = document.tags.map((tag) => tag.name);
    for (const mine of ['users-me', 'auth', 'me', 'json-api']) {
      assert.ok(names.indexOf(mine) < names.indexOf('admin'), mine);
    }
  });

  test('GET /api/v1/me declares include, fields[TYPE] and If-None-Match, and answers application/vnd.api+json', () => {
    const op = document.paths['/api/v1/me']!.get!;
    const names = op.parameters!.map((parameter) => `${parameter.in}:${parameter.name}`);
    const expected = ['query:include', 'query:fields[person]', 'query:fields[membership]'];
    for (const name of [...expected, 'query:fields[organization]', 'header:if-none-match']) {
      assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
    }
    assert.deepEqual(Object.keys(op.responses['200']!.content!), ['application/vnd.api+json']);
    assert.deepEqual(Object.keys(op.responses['401']!.content!), ['application/vnd.api+json']);
    for (const status of ['304', '400', '401', '404', '406', '429', '503']) assert.ok(op.responses[status], status);
  });

  test('PATCH /api/v1/me declares its JSON:API request body with a valid example', () => {
    const op = document.paths['/api/v1/me']!.patch!;
    const body = op.requestBody!.content['application/vnd.api+json']!;
    const schema = body.schema as { required: string[]; example: { data: { type: string; attributes: object } } };
    assert.deepEqual(schema.required, ['data']);
    assert.equal(schema.example.data.type, 'person');
    const include = op.parameters!.some((parameter) => parameter.name === 'include');
    assert.ok(include, 'include shapes the answer of a PATCH too');
    for (const status of ['413', '415']) assert.ok(op.responses[status], status);
  });

  test('every example body /docs prefills is accepted as it stands (ids apart)', async () => {
    const examples = new Map<string, Record<string, unknown>>();
    for (const { path, method, op } of operations()) {
      const media = op.requestBody && Object.values(op.requestBody.content)[0];
      const example = (media?.schema as { example?: Record<string, unknown> } | undefined)?.example;
      if (example) examples.set(`${method.toUpperCase()} ${path}`, example);
    }
    const placeholder = EXAMPLE_ID;
    const used = new Set<string>();
    const send = async (key: string, path: string, ids: Record<string, string>, token = ADMIN) => {
      used.add(key);
      const body = JSON.stringify(examples.get(key)).replaceAll(placeholder, ids.example ?? placeholder);
      const jsonApi = path.startsWith('/api/v1/');
      const type = jsonApi ? 'application/vnd.api+json' : 'application/json';
      const response = await t.request({
        method: key.split(' ')[0] as 'POST',
        url: path,
        token,
        payload: body,
        headers: { 'content-type': type, accept: type },
      });
      assert.ok([200, 201].includes(response.statusCode), `${key}: ${response.statusCode} ${response.body}`);
      return response.json().data as { id: string };
    };
    const org = await send('POST /api/admin/organizations', '/api/admin/organizations', {});
    await send('PATCH /api/admin/organizations/{id}', `/api/admin/organizations/${org.id}`, {});
    await send('POST /api/admin/permissions', '/api/admin/permissions', {});
    await send('PATCH /api/admin/permissions/{key}', '/api/admin/permissions/projects:create', {});
    const role = await send('POST /api/admin/roles', '/api/admin/roles', {});
    await send('PATCH /api/admin/roles/{id}', `/api/admin/roles/${role.id}`, {});
    const user = await send('POST /api/admin/users', '/api/admin/users', {});
    await send('PATCH /api/admin/users/{id}', `/api/admin/users/${user.id}`, {});
    const members = `/api/admin/organizations/${org.id}/members`;
    const membership = await send('POST /api/admin/organizations/{id}/members', members, {});
    await send('POST /api/admin/invitations', '/api/admin/invitations', { example: org.id });
    await send('POST /api/admin/users/{id}/permissions', `/api/admin/users/${user.id}/permissions`, {});
    const support = { key: 'support', name: 'Support', scope: 'platform' };
    const supportRole = await t.request({ method: 'POST', url: '/api/admin/roles', token: ADMIN, payload: support });
    assert.equal(supportRole.statusCode, 201);
    await send('POST /api/admin/users/{id}/roles', `/api/admin/users/${user.id}/roles`, {});
    await send('POST /api/admin/users/{id}/resource-grants', `/api/admin/users/${user.id}/resource-grants`, {});

    const ada = await t.token({ email: 'ada@example.com', email_verified: true });
    await send('POST /api/me/switch-organization', '/api/me/switch-organization', { example: org.id }, ada);
    await send('PATCH /api/users/me', '/api/users/me', {}, ada);
    await send('PATCH /api/v1/me', '/api/v1/me', { example: user.id }, ada);
    await send('PATCH /api/admin/memberships/{id}', `/api/admin/memberships/${membership.id}`, {});
    assert.deepEqual(
      [...examples.keys()].filter((key) => !used.has(key)),
      [],
      'every example is exercised',
    );
    assert.ok(used.size >= 17);
  });

  test('every error status carries its family error body', () => {
    const admin = document.paths['/api/admin/organizations/{id}']!.patch!;
    for (const status of ['400', '401', '403', '404', '409', '413', '415', '429', '500', '503']) {
      const schema = admin.responses[status]!.content!['application/json']!.schema;
      assert.deepEqual((schema.required as string[]) ?? [], ['error'], status);
    }
    const auth = document.paths['/api/auth/me']!.get!;
    const required = auth.responses['401']!.content!['application/json']!.schema.required as string[];
    assert.ok(required.includes('success'));
  });

  test('openapi-typescript types data.attributes.firstName of GET /api/v1/me as a string', async () => {
    const types = await openapiTS(structuredClone(document) as never);
    const dir = await mkdtemp(join(tmpdir(), 'roster-openapi-'));
    try {
      await writeFile(join(dir, 'roster-api.d.ts'), types);
      const program = (body: string) =>
        [
          "import type { paths } from './roster-api.d.ts';",
          "type Me = paths['/api/v1/me']['get']['responses'][200]['content']['application/vnd.api+json'];",
          'export function greet(me: Me): string {',
          body,
          '}',
        ].join('\n');
      const config = {
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: 'nodenext',
          target: 'es2022',
          allowImportingTsExtensions: true,
          skipLibCheck: false,
        },
      };
      await writeFile(join(dir, 'tsconfig.json'), JSON.stringify(config));
      const tsc = () =>
        promisify(execFile)(TSC, ['-p', dir]).then(
          () => '',
          (error: { stdout: string }) => error.stdout || String(error),
        );

      const reads = [
        '  const first = me.data.attributes?.firstName;',
        '  return typeof first === "string" ? first.toUpperCase() : "(no name)";',
      ];
      await writeFile(join(dir, 'main.ts'), program(reads.join('\n')));
      assert.equal(await tsc(), '');
      const misreads = [
        '  const first: string | null | undefined = me.data.attributes?.firstName;',
        '  const n: number | undefined = me.data.attributes?.firstName;',
        '  return String(first) + n;',
      ];
      await writeFile(join(dir, 'main.ts'), program(misreads.join('\n')));
      assert.match(await tsc(), /error TS2322/, 'firstName is typed, not unknown: assigning it to a number fails');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
