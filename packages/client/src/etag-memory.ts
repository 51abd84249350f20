interface Remembered {
  readonly etag: string;
  readonly body: unknown;
}

/**
 * What the client remembers of its GETs: the last ETag and body per (token, URL), so the next
 * GET can revalidate with `If-None-Match` and take the body from here on a 304. Bounded; the
 * least recently used entry goes first (a rotating token would otherwise grow it forever).
 */
export class EtagMemory {
  private readonly entries = new Map<string, Remembered>();

  constructor(private readonly maxEntries = 100) {}

  get(token: string, url: string): Remembered | undefined {
    const key = keyOf(token, url);
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(token: string, url: string, etag: string, body: unknown): void {
    const key = keyOf(token, url);
    this.entries.delete(key);
    this.entries.set(key, { etag, body });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }

  forget(token: string, url: string): void {
    this.entries.delete(keyOf(token, url));
  }
}

// A token never holds a newline, so the pair cannot collide.
const keyOf = (token: string, url: string) => `${token}\n${url}`;
