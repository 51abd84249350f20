import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, test } from 'node:test';
import type { FastifyBaseLogger } from 'fastify';
import { pino } from 'pino';
import { lazyChildLoggerFactory } from '../../../src/http/lazy-child-logger.ts';

function logger(level: string) {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const base = pino({ level }, sink);
  let children = 0;
  const child = base.child;
  base.child = function (this: typeof base, ...args: Parameters<typeof child>) {
    children += 1;
    return child.apply(this, args);
  } as typeof base.child;
  return { base: base as unknown as FastifyBaseLogger, lines, children: () => children };
}

describe('the lazy request logger', () => {
  test('nothing logged at an enabled level: no pino child is made', () => {
    const { base, children } = logger('warn');
    const log = lazyChildLoggerFactory(base, { reqId: 'r-1' }, {});
    log.info({ req: { method: 'GET' } }, 'incoming request');
    log.debug('details');
    assert.equal(children(), 0);
    assert.equal(log.level, 'warn');
  });

  test('a line at an enabled level carries the bindings, and the child is made once', async () => {
    const { base, lines, children } = logger('info');
    const log = lazyChildLoggerFactory(base, { reqId: 'r-2' }, {});
    log.info('first');
    log.warn({ code: 'X' }, 'second');
    log.debug('not at this level');
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(children(), 1);
    assert.deepEqual(
      lines.map(({ reqId, msg, code }) => ({ reqId, msg, code })),
      [
        { reqId: 'r-2', msg: 'first', code: undefined },
        { reqId: 'r-2', msg: 'second', code: 'X' },
      ],
    );
  });

  test('a route with its own level gets a real child at once', () => {
    const { base, children } = logger('info');
    const log = lazyChildLoggerFactory(base, { reqId: 'r-3' }, { level: 'warn' });
    assert.equal(children(), 1);
    assert.equal(log.level, 'warn');
  });

  test('a child of the lazy logger keeps both bindings', async () => {
    const { base, lines } = logger('info');
    lazyChildLoggerFactory(base, { reqId: 'r-4' }, {}).child({ part: 'sender' }).info('hello');
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(lines[0]?.reqId, 'r-4');
    assert.equal(lines[0]?.part, 'sender');
  });
});
