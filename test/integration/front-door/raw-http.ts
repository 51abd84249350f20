import { connect, type AddressInfo, type Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';

/** Starts the app listening on an ephemeral loopback port (what `app.inject` cannot show: sockets). */
export async function listen(app: FastifyInstance): Promise<number> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return (app.server.address() as AddressInfo).port;
}

/** One raw HTTP/1.1 exchange: what the server wrote, and whether it closed the connection. */
export interface RawExchange {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
  /** The server ended the connection (within `waitMs`). */
  readonly closedByServer: boolean;
}

/**
 * Writes `head` (request line and headers, CRLF-separated, without the blank line) and then
 * `body` to a fresh connection, keeps it open, and reports the first response and whether the
 * server closed the socket within `waitMs` of answering.
 */
export async function rawRequest(port: number, head: string, body = '', waitMs = 2_000): Promise<RawExchange> {
  const socket = connect(port, '127.0.0.1');
  socket.on('error', () => {});
  socket.write(`${head}\r\n\r\n${body}`);
  const text = await responseText(socket);
  const closedByServer = await closesWithin(socket, waitMs);
  socket.destroy();
  return { ...parseResponse(text), closedByServer };
}

/** Resolves with everything received once a full response head and its Content-Length body are in. */
export function responseText(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const onData = (chunk: Buffer) => {
      text += chunk.toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      if (end === -1) return;
      const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(text.slice(0, end))?.[1] ?? 0);
      if (text.length >= end + 4 + length) {
        socket.off('data', onData);
        resolve(text);
      }
    };
    socket.on('data', onData);
    socket.once('close', () => (text ? resolve(text) : reject(new Error('closed without an answer'))));
  });
}

/** Whether the peer ends or closes the socket within `waitMs`. */
export function closesWithin(socket: Socket, waitMs: number): Promise<boolean> {
  if (socket.destroyed || socket.readableEnded) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), waitMs);
    const done = () => {
      clearTimeout(timer);
      resolve(true);
    };
    socket.resume();
    socket.once('end', done);
    socket.once('close', done);
  });
}

function parseResponse(text: string): Omit<RawExchange, 'closedByServer'> {
  const end = text.indexOf('\r\n\r\n');
  const [statusLine = '', ...lines] = text.slice(0, end).split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return {
    status: Number(statusLine.split(' ')[1]),
    headers,
    body: Buffer.from(text.slice(end + 4), 'latin1').toString('utf8'),
  };
}
