import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { Validator } from '@seriousme/openapi-schema-validator';
import openapiTS from 'openapi-typescript';
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

const TSC = resolve(import.meta.dirname, '../../../node_modules/.bin/tsc');

describe('the OpenAPI document', () => {
  let t: TestApp;
  let document: Document;
  const operations = () => Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));

  before(async () => {
    t = await startTestApp('sqlite');
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
    assert.ok(icon, 'an SVG icon of its own, not Fastify\'s PNGs');
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
    assert.ok(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z0-9]+$/.test(id)), ids.join(' '));
    assert.equal(new Set(ids).size, ids.length);
    for (const { path, method, op } of operations()) {
      assert.ok(op.tags && op.tags.length > 0, `${method} ${path} has a tag`);
      for (const [status, response] of Object.entries(op.responses)) assert.notEqual(response.description, 'Default Response', `${method} ${path} ${status}`);
      assert.doesNotMatch(op.summary ?? '', /seed 00|contract|§/);
    }
  });

  test("the caller's own tags come before admin", () => {
    const names = document.tags.map((tag) => tag.name);
    for (const mine of ['users-me', 'auth', 'me', 'json-api']) assert.ok(names.indexOf(mine) < names.indexOf('admin'), mine);
  });

  test('GET /api/v1/me declares include, fields[TYPE] and If-None-Match, and answers application/vnd.api+json', () => {
    const op = document.paths['/api/v1/me']!['get']!;
    const names = op.parameters!.map((parameter) => `${parameter.in}:${parameter.name}`);
    for (const name of ['query:include', 'query:fields[person]', 'query:fields[membership]', 'query:fields[organization]', 'header:if-none-match']) {
      assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
    }
    assert.deepEqual(Object.keys(op.responses['200']!.content!), ['application/vnd.api+json']);
    assert.deepEqual(Object.keys(op.responses['401']!.content!), ['application/vnd.api+json']);
    for (const status of ['304', '400', '401', '404', '406', '429', '503']) assert.ok(op.responses[status], status);
  });

  test('PATCH /api/v1/me declares its JSON:API request body with a valid example', () => {
    const op = document.paths['/api/v1/me']!['patch']!;
    const body = op.requestBody!.content['application/vnd.api+json']!;
    const schema = body.schema as { required: string[]; example: { data: { type: string; attributes: object } } };
    assert.deepEqual(schema.required, ['data']);
    assert.equal(schema.example.data.type, 'person');
    for (const status of ['413', '415']) assert.ok(op.responses[status], status);
  });

  test('the example bodies of both PATCH /me routes are accepted as they stand', async () => {
    const token = await t.token({ email: 'ada@example.com', email_verified: true });
    const plain = document.paths['/api/users/me']!['patch']!.requestBody!.content['application/json']!.schema as { example: object };
    const response = await t.request({ method: 'PATCH', url: '/api/users/me', token, payload: plain.example });
    assert.equal(response.statusCode, 200, response.body);
    const id = response.json().data.id as string;
    const jsonApi = document.paths['/api/v1/me']!['patch']!.requestBody!.content['application/vnd.api+json']!.schema as {
      example: { data: { id: string } };
    };
    const payload = { ...jsonApi.example, data: { ...jsonApi.example.data, id } };
    const patched = await t.request({
      method: 'PATCH', url: '/api/v1/me', token, payload: JSON.stringify(payload),
      headers: { 'content-type': 'application/vnd.api+json', accept: 'application/vnd.api+json' },
    });
    assert.equal(patched.statusCode, 200, patched.body);
    assert.equal(patched.json().data.attributes.firstName, 'Ada');
  });

  test('every error status carries its family error body', () => {
    const admin = document.paths['/api/admin/organizations/{id}']!['patch']!;
    for (const status of ['400', '401', '403', '404', '409', '413', '415', '429', '500', '503']) {
      const schema = admin.responses[status]!.content!['application/json']!.schema;
      assert.deepEqual((schema['required'] as string[]) ?? [], ['error'], status);
    }
    const auth = document.paths['/api/auth/me']!['get']!;
    assert.ok((auth.responses['401']!.content!['application/json']!.schema['required'] as string[]).includes('success'));
  });

  test('openapi-typescript types data.attributes.firstName of GET /api/v1/me as a string', async () => {
    const types = await openapiTS(structuredClone(document) as never);
    const dir = await mkdtemp(join(tmpdir(), 'roster-openapi-'));
    try {
      await writeFile(join(dir, 'roster-api.d.ts'), types);
      const program = (body: string) => [
        "import type { paths } from './roster-api.d.ts';",
        "type Me = paths['/api/v1/me']['get']['responses'][200]['content']['application/vnd.api+json'];",
        'export function greet(me: Me): string {',
        body,
        '}',
      ].join('\n');
      const config = { compilerOptions: { strict: true, noEmit: true, module: 'nodenext', target: 'es2022', allowImportingTsExtensions: true, skipLibCheck: false } };
      await writeFile(join(dir, 'tsconfig.json'), JSON.stringify(config));
      const tsc = () => promisify(execFile)(TSC, ['-p', dir]).then(() => '', (error: { stdout: string }) => error.stdout || String(error));

      await writeFile(join(dir, 'main.ts'), program('  const first = me.data.attributes?.firstName;\n  return typeof first === "string" ? first.toUpperCase() : "(no name)";'));
      assert.equal(await tsc(), '');
      await writeFile(join(dir, 'main.ts'), program('  const first: string | null | undefined = me.data.attributes?.firstName;\n  const n: number | undefined = me.data.attributes?.firstName;\n  return String(first) + n;'));
      assert.match(await tsc(), /error TS2322/, 'firstName is typed, not unknown: assigning it to a number fails');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
