/**
 * A yardstick server in its own process, so it can be pinned to the core Roster gets:
 *
 *   node --import tsx bench/yardstick-server.ts node|fastify <body.json>
 *
 * `node` answers the file's bytes from a plain node:http handler (the ceiling); `fastify` answers
 * the parsed body through Fastify 5 and a response schema inferred from it, as a Fastify route
 * serializes. Prints `listening <port>` once ready; stops on SIGTERM.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';

const [kind, file] = process.argv.slice(2);
const text = readFileSync(file!, 'utf8');

if (kind === 'node') {
  const bytes = Buffer.from(text);
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': bytes.length });
    response.end(bytes);
  });
  server.listen(0, '127.0.0.1', () => console.log(`listening ${(server.address() as AddressInfo).port}`));
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
} else if (kind === 'fastify') {
  const body = JSON.parse(text) as unknown;
  const app = Fastify({ logger: false });
  app.get('/', { schema: { response: { 200: schemaOf(body) } } }, async () => body);
  await app.listen({ port: 0, host: '127.0.0.1' });
  console.log(`listening ${(app.server.address() as AddressInfo).port}`);
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
} else {
  console.error('usage: yardstick-server.ts node|fastify <body.json>');
  process.exit(2);
}

/** A JSON schema with every property of `value` named and typed, as a route's response schema would be. */
function schemaOf(value: unknown): Record<string, unknown> {
  if (value === null) return { type: 'null' };
  if (Array.isArray(value))
    return value.length === 0 ? { type: 'array' } : { type: 'array', items: schemaOf(value[0]) };
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return {
      type: 'object',
      properties: Object.fromEntries(entries.map(([key, item]) => [key, schemaOf(item)])),
    };
  }
  return { type: typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'string' };
}
