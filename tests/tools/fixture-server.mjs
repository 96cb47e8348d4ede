// A small static file server for the demo page and the end-to-end fixtures.
// It serves tests/fixtures on 127.0.0.1 only: one port for the pages and a
// second one, a different origin, for cross-origin iframe fixtures.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../fixtures/', import.meta.url)));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

async function handle(req, res) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  let path = decodeURIComponent(url.pathname);
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(ROOT, path));
  if (file !== ROOT && !file.startsWith(ROOT + sep)) {
    res.writeHead(403).end('Forbidden');
    return;
  }
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  }
}

function listen(port) {
  return new Promise((resolvePort, reject) => {
    const server = createServer((req, res) => {
      handle(req, res).catch(() => res.writeHead(500).end());
    });
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolvePort({ server, port: typeof address === 'object' && address ? address.port : port });
    });
  });
}

/**
 * Starts both servers. Port 0 picks free ports (tests); fixed ports make
 * the demo's address easy to type.
 * @returns {Promise<{origin: string, crossOrigin: string, close: () => Promise<void>}>}
 */
export async function startFixtureServer({ port = 0, crossPort = 0 } = {}) {
  const main = await listen(port);
  const cross = await listen(crossPort).catch((error) => {
    main.server.close();
    throw error;
  });
  return {
    origin: `http://127.0.0.1:${main.port}`,
    crossOrigin: `http://127.0.0.1:${cross.port}`,
    close: () =>
      Promise.all([main.server, cross.server].map((s) => new Promise((done) => s.close(() => done())))).then(() => undefined),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.SVA_PORT || 5173);
  const { origin, crossOrigin } = await startFixtureServer({ port, crossPort: port + 1 }).catch((error) => {
    console.error(
      error?.code === 'EADDRINUSE'
        ? `Port ${port} or ${port + 1} on 127.0.0.1 is already in use. Choose another: SVA_PORT=5180 node tests/tools/fixture-server.mjs`
        : `The demo server could not start: ${error?.message ?? error}`,
    );
    process.exit(1);
  });
  console.log(`Demo page: ${origin}/demo.html (cross-origin frames from ${crossOrigin})`);
}
