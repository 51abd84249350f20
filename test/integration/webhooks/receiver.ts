import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/** One POST the receiver got, verified with the standardwebhooks package. */
export interface ReceivedEvent {
  id: string;
  type: string;
  timestamp: string;
  data: Record<string, any>;
  headers: IncomingHttpHeaders;
  /** What the receiver answered. */
  status: number;
}

/** A real webhook receiver on loopback that verifies every signature with `standardwebhooks`. */
export interface TestReceiver {
  url: string;
  /** Every request (verified or not), in arrival order. */
  readonly received: ReceivedEvent[];
  /** Requests whose signature did not verify. */
  readonly rejected: { headers: IncomingHttpHeaders; body: string }[];
  /** Set the secret to verify with (from the webhook's 201). */
  useSecret(secret: string): void;
  /** Decides the status of each verified request (default 204). */
  respondWith(status: (event: ReceivedEvent) => number): void;
  /** Resolves with the verified requests once `done` holds for them (fails after `timeoutMs`). */
  waitFor(done: (events: ReceivedEvent[]) => boolean, timeoutMs?: number): Promise<ReceivedEvent[]>;
  close(): Promise<void>;
}

export async function startReceiver(port = 0): Promise<TestReceiver> {
  let verifier: Webhook | null = null;
  let decide: (event: ReceivedEvent) => number = () => 204;
  const received: ReceivedEvent[] = [];
  const rejected: { headers: IncomingHttpHeaders; body: string }[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      try {
        if (!verifier) throw new Error('no secret yet');
        const payload = verifier.verify(body, request.headers as Record<string, string>) as Omit<
          ReceivedEvent,
          'headers' | 'status'
        >;
        const event: ReceivedEvent = { ...payload, headers: request.headers, status: 0 };
        event.status = decide(event);
        received.push(event);
        response.writeHead(event.status).end();
      } catch {
        rejected.push({ headers: request.headers, body });
        response.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/hooks`,
    received,
    rejected,
    useSecret: (secret) => void (verifier = new Webhook(secret)),
    respondWith: (status) => void (decide = status),
    async waitFor(done, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (!done(received)) {
        if (Date.now() > deadline) {
          throw new Error(
            `receiver: condition not met; got ${JSON.stringify(received.map((e) => [e.type, e.status]))}, ` +
              `rejected ${rejected.length}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return received;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The events received that are of `type`, in order. */
export function ofType(events: readonly ReceivedEvent[], type: string): ReceivedEvent[] {
  return events.filter((event) => event.type === type);
}
