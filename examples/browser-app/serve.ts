// Serves the browser app from its own origin: the page, its script, and the built client under
// /client/. `npm run build -w @roster/client`, then `node --import tsx examples/browser-app/serve.ts`.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const PAGE_DIR = fileURLToPath(new URL('.', import.meta.url));
const DEFAULT_CLIENT_DIR = fileURLToPath(new URL('../../packages/client/dist/', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

export interface BrowserAppServer {
  /** Where the page is, e.g. `http://127.0.0.1:5173`: the origin to put in Roster's `CORS_ORIGINS`. */
  readonly origin: string;
  close(): Promise<void>;
}

/** Starts the static server; `clientDir` is where the client was built (default packages/client/dist). */
export async function serveBrowserApp(
  options: { host?: string; port?: number; clientDir?: string } = {},
): Promise<BrowserAppServer> {
  const clientDir = resolve(options.clientDir ?? DEFAULT_CLIENT_DIR);
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://page').pathname);
    const file =
      path === '/'
        ? join(PAGE_DIR, 'index.html')
        : path === '/app.js'
          ? join(PAGE_DIR, 'app.js')
          : path.startsWith('/client/')
            ? resolve(clientDir, `.${path.slice('/client'.length)}`)
            : null;
    const type = file ? TYPES[extname(file)] : undefined;
    if (!file || !type || (path.startsWith('/client/') && !file.startsWith(clientDir + sep))) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    try {
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' }).end(await readFile(file));
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolveListen) =>
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolveListen),
  );
  const { address, port } = server.address() as AddressInfo;
  return {
    origin: `http://${address}:${port}`,
    close: () => new Promise((resolveClose) => server.close(() => resolveClose())),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const app = await serveBrowserApp({ port: Number(process.env.PORT ?? 5173) });
  console.log(`browser app on ${app.origin} — start Roster with CORS_ORIGINS=${app.origin}`);
}
