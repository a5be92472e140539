import { createReadStream, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Resolves a URL path inside `root`, or null when it would escape it (`..`, encoded
 * separators, NUL) or names nothing servable.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const rel = decoded === '/' ? 'index.html' : normalize(decoded).replace(/^[/\\]+/, '');
  const base = resolve(root);
  const full = resolve(join(base, rel));
  if (full !== base && !full.startsWith(base + sep)) return null;
  return full;
}

/** Streams one file of the built renderer; 404 when absent. */
export function serveStatic(root: string, urlPath: string, res: ServerResponse, headers: Record<string, string>): void {
  const file = resolveStaticPath(root, urlPath);
  let size = -1;
  try {
    if (file) {
      const st = statSync(file);
      if (st.isFile()) size = st.size;
    }
  } catch {
    size = -1;
  }
  if (!file || size < 0) {
    const missingApp = urlPath === '/' || urlPath === '/index.html';
    res.writeHead(missingApp ? 503 : 404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(missingApp ? 'The Outlay renderer is not built. Run `npm run build`.\n' : 'Not found\n');
    return;
  }
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(200, {
    ...headers,
    'Content-Type': type,
    'Content-Length': String(size),
    // Hashed assets could be cached for ever, but a rebuild reuses index.html's name.
    'Cache-Control': 'no-cache',
  });
  createReadStream(file).pipe(res);
}
