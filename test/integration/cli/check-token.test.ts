import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runCli } from '../../helpers/cli.ts';
import { startTestIssuer, type TestIssuer } from '../../helpers/jwks-server.ts';

interface Diagnosis {
  accepted: boolean;
  reasons: string[];
  checks: { check: string; ok: boolean | null; received: string; expected: string }[];
}

/** A port nothing listens on: bound, read, released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

describe('roster check-token against a real issuer', () => {
  let issuer: TestIssuer;
  let dir: string;
  let env: Record<string, string>;
  const check = async (token: string, extraEnv: Record<string, string> = {}) => {
    const result = await runCli(['check-token', token, '--json'], { ...env, ...extraEnv });
    return { code: result.code, diagnosis: JSON.parse(result.stdout) as Diagnosis, stderr: result.stderr };
  };
  const line = (diagnosis: Diagnosis, name: string) => diagnosis.checks.find((entry) => entry.check.startsWith(name))!;

  before(async () => {
    issuer = await startTestIssuer();
    dir = await mkdtemp(join(tmpdir(), 'roster-check-token-'));
    env = {
      AUTH_ISSUER: issuer.url,
      AUTH_AUDIENCE: 'roster-api',
      ROSTER_DATA_DIR: dir,
      DATABASE_URL: `sqlite:${join(dir, 'r.db')}`,
    };
  });
  after(async () => {
    await issuer.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('a good token is accepted, every check ok, and the JWKS URL comes from discovery', async () => {
    const { code, diagnosis } = await check(await issuer.sign({ aud: 'roster-api' }));
    assert.equal(code, 0);
    assert.equal(diagnosis.accepted, true);
    assert.deepEqual(diagnosis.reasons, []);
    assert.deepEqual(
      diagnosis.checks.filter((entry) => entry.ok === false),
      [],
    );
    assert.match(line(diagnosis, 'JWKS fetch').received, new RegExp(`^${issuer.jwksUrl}: 1 key`));
    assert.equal(line(diagnosis, 'key id').ok, true);
  });

  test('the human output names each check and says ACCEPTED', async () => {
    const result = await runCli(['check-token', await issuer.sign({ aud: 'roster-api' })], env);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /^ ok {2}issuer \(iss\)\s+received: http:\/\/127\.0\.0\.1:\d+$/m);
    assert.match(result.stdout, /ACCEPTED/);
  });

  test('a wrong issuer is refused, showing expected against received', async () => {
    const { code, diagnosis } = await check(await issuer.sign({ aud: 'roster-api', iss: 'https://elsewhere.example' }));
    assert.equal(code, 1);
    assert.equal(diagnosis.accepted, false);
    assert.deepEqual(line(diagnosis, 'issuer'), {
      check: 'issuer (iss)',
      ok: false,
      received: 'https://elsewhere.example',
      expected: issuer.url,
    });
    assert.ok(
      diagnosis.reasons.some((reason) => /iss/.test(reason)),
      diagnosis.reasons.join(' | '),
    );
  });

  test('a wrong audience is refused on the audience line', async () => {
    const { code, diagnosis } = await check(await issuer.sign({ aud: 'someone-else' }));
    assert.equal(code, 1);
    assert.equal(line(diagnosis, 'audience').ok, false);
    assert.equal(line(diagnosis, 'audience').expected, 'one of roster-api');
  });

  test('an expired token is refused on the exp line', async () => {
    const { code, diagnosis } = await check(await issuer.sign({ aud: 'roster-api' }, { expiresIn: -600 }));
    assert.equal(code, 1);
    assert.equal(line(diagnosis, 'expires').ok, false);
    assert.match(line(diagnosis, 'expires').received, /ago\)$/);
    assert.ok(diagnosis.reasons.some((reason) => /exp/.test(reason)));
  });

  test('a kid the key set does not hold is refused on the kid line', async () => {
    const token = await issuer.sign({ aud: 'roster-api' }, { header: { kid: 'retired-key' } });
    const { code, diagnosis } = await check(token);
    assert.equal(code, 1);
    assert.equal(line(diagnosis, 'key id').ok, false);
    assert.equal(line(diagnosis, 'key id').received, 'retired-key');
    assert.match(line(diagnosis, 'key id').expected, new RegExp(issuer.currentKey().kid));
  });

  test('an unreachable JWKS is refused with the URL and the fetch error', async () => {
    const jwksUrl = `http://127.0.0.1:${await closedPort()}/jwks.json`;
    const { code, diagnosis } = await check(await issuer.sign({ aud: 'roster-api' }), { AUTH_JWKS_URL: jwksUrl });
    assert.equal(code, 1);
    const fetchLine = line(diagnosis, 'JWKS fetch');
    assert.equal(fetchLine.ok, false);
    assert.ok(fetchLine.received.startsWith(`${jwksUrl}: `), fetchLine.received);
    assert.equal(fetchLine.expected, '200 (AUTH_JWKS_URL)');
    assert.ok(
      diagnosis.reasons.some((reason) => /^Unavailable/.test(reason)),
      diagnosis.reasons.join(' | '),
    );
  });

  test('something that is not a JWT is refused on the format line; no token is a usage error', async () => {
    const { code, diagnosis } = await check('not-a-token');
    assert.equal(code, 1);
    assert.equal(diagnosis.checks[0]!.check, 'format');
    assert.equal((await runCli(['check-token'], env)).code, 2);
  });
});
