import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DocumentTooLarge, readBoundedBody, readBoundedJson } from '../../../src/identity/bounded-body.ts';

/** A body streamed in `chunks` chunks of `size` bytes, counting how many were pulled. */
function streamed(chunks: number, size: number) {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled += 1;
      controller.enqueue(new Uint8Array(size).fill(32));
    },
  });
  return { response: new Response(stream), pulled: () => pulled };
}

describe('reading a provider document with a size bound', () => {
  test('a body within the bound is read whole', async () => {
    assert.deepEqual(await readBoundedJson(new Response('{"keys":[]}')), { keys: [] });
    assert.equal((await readBoundedBody(streamed(4, 256).response, 1024)).byteLength, 1024);
  });
  test('a declared Content-Length over the bound is refused before reading', async () => {
    const response = new Response('{}', { headers: { 'content-length': String(2 * 1024 * 1024) } });
    await assert.rejects(readBoundedBody(response), DocumentTooLarge);
  });
  test('a streamed body is cut off as soon as it passes the bound, not read to its end', async () => {
    const body = streamed(1_000, 1024);
    await assert.rejects(readBoundedBody(body.response, 4 * 1024), DocumentTooLarge);
    assert.ok(body.pulled() < 10, `pulled ${body.pulled()} chunks`);
  });
});
