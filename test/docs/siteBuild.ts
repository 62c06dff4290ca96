/**
 * The built handbook site for the docs tests: `npm run docs`' site builder, run once when
 * docs/site/ is missing or older than its inputs (src/, scripts/, docs/*.md, typedoc.json), and a
 * static file server over it on the loopback address for the browser check.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const SITE = join(ROOT, 'docs', 'site');
const STAMP = join(SITE, 'index.html');

function newestMtime(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    const child = join(path, entry);
    if (child === SITE || entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(child));
  }
  return newest;
}

/** Builds docs/site/ unless it is newer than everything it is built from. */
export function ensureSite(): void {
  const inputs = ['src', 'scripts', 'docs', 'typedoc.json', 'typedoc.site.json'].map((p) =>
    join(ROOT, p),
  );
  if (existsSync(STAMP) && statSync(STAMP).mtimeMs > Math.max(...inputs.map(newestMtime))) return;
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build-site.ts'],
    { cwd: ROOT, stdio: 'pipe' },
  );
}

/** Every file of the site, relative to its root, with `/` separators. */
export function siteFiles(dir = SITE, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? siteFiles(join(dir, e.name), `${prefix}${e.name}/`)
      : [`${prefix}${e.name}`],
  );
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
};

/** Serves docs/site/ on 127.0.0.1 (a free port); resolves to the server and its base URL. */
export async function serveSite(): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(SITE, url.endsWith('/') ? `${url}index.html` : url));
    if (!file.startsWith(SITE + sep) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, base: `http://127.0.0.1:${port}/` };
}
