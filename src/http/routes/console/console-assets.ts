import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A file the console serves, read once at start. */
export interface ConsoleAsset {
  readonly body: Buffer;
  readonly contentType: string;
}

const CONSOLE_DIR = fileURLToPath(new URL('../../../../console/', import.meta.url));
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * The console's own files (`console/*`, flat, by name) and its one third-party module,
 * oauth4webapi, served from its package as `vendor/oauth4webapi.js`. Read into memory once, so a
 * request can never name a path outside this set.
 */
export async function loadConsoleAssets(): Promise<ReadonlyMap<string, ConsoleAsset>> {
  const assets = new Map<string, ConsoleAsset>();
  for (const name of await readdir(CONSOLE_DIR)) {
    const contentType = CONTENT_TYPES[extname(name)];
    if (contentType) assets.set(name, { body: await readFile(join(CONSOLE_DIR, name)), contentType });
  }
  const oauth = createRequire(import.meta.url).resolve('oauth4webapi');
  assets.set('vendor/oauth4webapi.js', { body: await readFile(oauth), contentType: CONTENT_TYPES['.js']! });
  return assets;
}
