import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { CheckedDestination } from './destination-guard.ts';

/** The answer to one POST: a status, or why there was none. */
export type PostResult = { status: number } | { error: string };

/**
 * POSTs `body` to a checked destination, connecting to the address the guard approved (never
 * resolving the host again), with TLS still verified against the URL's host name. Gives up
 * after `timeoutMs`; never follows redirects; reads at most a little of the answer.
 */
export function postJson(
  destination: CheckedDestination,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
  cancel?: AbortSignal,
): Promise<PostResult> {
  const { url, address, family } = destination;
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if ((options as { all?: boolean }).all)
      (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address, family }]);
    else callback(null, address, family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const request = client.request(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
        'user-agent': 'Roster-Webhooks/1',
        ...headers,
      },
      lookup: pinned,
      signal: cancel ? AbortSignal.any([AbortSignal.timeout(timeoutMs), cancel]) : AbortSignal.timeout(timeoutMs),
    });
    request.on('response', (response) => {
      let read = 0;
      response.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (read > 64 * 1024) response.destroy();
      });
      response.on('close', () => resolve({ status: response.statusCode ?? 0 }));
      response.on('error', () => {});
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      resolve({
        error: error.name === 'AbortError' ? `no answer within ${timeoutMs / 1000} s` : (error.code ?? error.message),
      });
    });
    request.end(body);
  });
}
