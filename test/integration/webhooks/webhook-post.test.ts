import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { postJson } from '../../../src/webhooks/webhook-post.ts';

describe('postJson', () => {
  let server: Server;
  let port: number;
  const seen: IncomingMessage[] = [];
  let answer: 'ok' | 'hang' = 'ok';
  before(async () => {
    server = createServer((request, response) => {
      seen.push(request);
      request.resume();
      if (answer === 'ok') request.on('end', () => response.writeHead(202).end('fine'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  test('connects to the checked address, never resolving the host name again', async () => {
    answer = 'ok';
    const url = new URL(`http://hooks.roster-test.invalid:${port}/in`);
    const result = await postJson({ url, address: '127.0.0.1', family: 4 }, { 'webhook-id': 'evt' }, '{"a":1}', 5_000);
    assert.deepEqual(result, { status: 202 });
    const request = seen.at(-1)!;
    assert.equal(request.headers.host, `hooks.roster-test.invalid:${port}`);
    assert.equal(request.headers['webhook-id'], 'evt');
    assert.equal(request.headers['content-type'], 'application/json');
    assert.equal(request.method, 'POST');
  });

  test('a receiver that does not answer in time is a failure naming the timeout', async () => {
    answer = 'hang';
    const result = await postJson(
      { url: new URL(`http://127.0.0.1:${port}/slow`), address: '127.0.0.1', family: 4 },
      {},
      '{}',
      200,
    );
    assert.deepEqual(result, { error: 'no answer within 0.2 s' });
  });

  test('a refused connection is a failure with its code', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const result = await postJson(
      { url: new URL(`http://127.0.0.1:${closedPort}/`), address: '127.0.0.1', family: 4 },
      {},
      '{}',
      2_000,
    );
    assert.deepEqual(result, { error: 'ECONNREFUSED' });
  });
});
