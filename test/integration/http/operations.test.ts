import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../../helpers/app.ts';
import { testEngines } from '../../helpers/databases.ts';

for (const engine of await testEngines()) {
  describe(`operations endpoints on ${engine}`, () => {
    let roster: TestApp;
    before(async () => {
      roster = await startTestApp(engine);
    });
    after(() => roster.close());

    test('GET /healthz answers ok without a token', async () => {
      const response = await roster.request({ method: 'GET', url: '/healthz' });
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.json(), { status: 'ok' });
      assert.ok(response.headers['x-request-id']);
    });

    test('GET /readyz answers ok while the database answers', async () => {
      const response = await roster.request({ method: 'GET', url: '/readyz' });
      assert.equal(response.statusCode, 200);
    });

    test('GET /openapi.json is an OpenAPI 3.1 document', async () => {
      const response = await roster.request({ method: 'GET', url: '/openapi.json' });
      assert.equal(response.statusCode, 200);
      const document = response.json();
      assert.equal(document.openapi, '3.1.0');
      for (const path of [
        '/healthz',
        '/readyz',
        '/metrics',
        '/openapi.json',
        '/api/users/me',
        '/api/auth/me',
        '/api/me/organizations',
        '/api/v1/me',
        '/api/admin/organizations',
      ]) {
        assert.ok(document.paths[path], `${path} is documented`);
      }
    });

    test('GET /docs serves a browsable page', async () => {
      const response = await roster.request({ method: 'GET', url: '/docs' });
      const page =
        response.statusCode === 302
          ? await roster.request({ method: 'GET', url: response.headers.location as string })
          : response;
      assert.equal(page.statusCode, 200);
      assert.match(page.headers['content-type'] as string, /text\/html/);
    });

    test('GET /metrics counts requests by route and status', async () => {
      await roster.request({ method: 'GET', url: '/healthz' });
      const response = await roster.request({ method: 'GET', url: '/metrics' });
      assert.equal(response.statusCode, 200);
      assert.match(response.body, /roster_http_requests_total\{method="GET",route="\/healthz",status_code="200"\} \d+/);
      assert.match(response.body, /roster_http_request_duration_seconds_bucket/);
    });

    test('an unknown route is a 404 in the family shape', async () => {
      const plain = await roster.request({ method: 'GET', url: '/nope' });
      assert.equal(plain.statusCode, 404);
      assert.deepEqual(plain.json(), {
        error: { code: 'NotFound', message: 'No route for GET /nope', statusCode: 404 },
      });
      const auth = await roster.request({ method: 'GET', url: '/api/auth/nope' });
      assert.equal(auth.statusCode, 404);
      assert.equal(auth.json().success, false);
      assert.equal(auth.json().error.code, 'NotFound');
      const jsonApi = await roster.request({ method: 'GET', url: '/api/v1/nope' });
      assert.equal(jsonApi.statusCode, 404);
      assert.match(jsonApi.headers['content-type'] as string, /application\/vnd\.api\+json/);
      assert.equal(jsonApi.json().errors[0].code, 'NotFound');
      assert.equal(jsonApi.json().errors[0].status, '404');
    });

    test('the dev issuer JWKS is not served when an issuer is configured', async () => {
      const response = await roster.request({ method: 'GET', url: '/.well-known/jwks.json' });
      assert.equal(response.statusCode, 404);
    });
  });
}

describe('readiness when the database is gone', () => {
  test('GET /readyz is 503 Unavailable with Retry-After', async () => {
    const roster = await startTestApp('sqlite');
    try {
      await roster.database.destroy();
      const response = await roster.request({ method: 'GET', url: '/readyz' });
      assert.equal(response.statusCode, 503);
      assert.equal(response.json().error.code, 'Unavailable');
      assert.equal(response.headers['retry-after'], '5');
    } finally {
      await roster.close();
    }
  });
});
