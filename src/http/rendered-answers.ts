import { createHash } from 'node:crypto';

/** A `/me` answer as it goes on the wire: the serialized body and its strong ETag. */
export interface RenderedAnswer {
  readonly body: Buffer;
  readonly etag: string;
}

/**
 * How many renderings one snapshot keeps (views × distinct query strings); the oldest goes first.
 * A snapshot is read thousands of times between changes through a handful of views, so a few
 * suffice, and a client trying endless query strings cannot grow one without bound.
 */
const MAX_ANSWERS_PER_SNAPSHOT = 16;

// Keyed by the snapshot object itself: the snapshot cache replaces the object whenever the
// user's data changes, so a rendering can never outlive the data it was made from, and it is
// collected with its snapshot when the snapshot cache lets go of it.
const answersBySnapshot = new WeakMap<object, Map<string, RenderedAnswer>>();

/**
 * The answer `key` names for this snapshot, if already rendered: the hot path, no closure, no
 * work. `key` must name everything besides the snapshot that the body depends on (the view, the
 * query string, token claims the view shows); on a miss, render and {@link rememberAnswer}.
 */
export function cachedAnswer(snapshot: object, key: string): RenderedAnswer | undefined {
  return answersBySnapshot.get(snapshot)?.get(key);
}

/** Keeps `text` as the answer for this snapshot and key, with its ETag, and returns it. */
export function rememberAnswer(snapshot: object, key: string, text: string): RenderedAnswer {
  let answers = answersBySnapshot.get(snapshot);
  if (answers === undefined) {
    answers = new Map();
    answersBySnapshot.set(snapshot, answers);
  }
  const answer = { body: bytesOf(text), etag: etagOf(text) };
  if (answers.size >= MAX_ANSWERS_PER_SNAPSHOT) answers.delete(answers.keys().next().value as string);
  answers.set(key, answer);
  return answer;
}

// Outside Node's shared 8 KiB pool: a small pooled slice kept for long would keep its whole slab.
function bytesOf(text: string): Buffer {
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text));
  bytes.write(text);
  return bytes;
}

/** A strong ETag over the very bytes of a body. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}
