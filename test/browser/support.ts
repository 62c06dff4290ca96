import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DEMO = join(ROOT, 'examples/web');
export const CHROMIUM = '/usr/bin/chromium';

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const run = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });

/**
 * Builds the demo as a user would get it: the library built (when dist is older than src) and
 * packed, the tarball installed into examples/web with npm, then `vite build`.
 *
 * @returns the directory of the built page
 */
export function buildDemo(): string {
  const built = join(ROOT, 'dist/schemas/index.js');
  if (!existsSync(built) || statSync(built).mtimeMs < newest(join(ROOT, 'src')))
    run('npm', ['run', 'build'], ROOT);
  // vendor/ is not committed: a fresh clone has none.
  mkdirSync(join(DEMO, 'vendor'), { recursive: true });
  run('npm', ['pack', '--pack-destination', join(DEMO, 'vendor')], ROOT);
  if (!existsSync(join(DEMO, 'node_modules/react-hook-form')))
    run('npm', ['ci', '--no-audit', '--no-fund'], DEMO);
  // The tarball changes with every build: install it afresh, leaving package-lock.json as it is.
  run(
    'npm',
    ['install', '--no-save', '--no-audit', '--no-fund', './vendor/account-policy-0.1.0.tgz'],
    DEMO,
  );
  run(
    process.execPath,
    [join(DEMO, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    DEMO,
  );
  return join(DEMO, 'dist');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Serves a directory on 127.0.0.1 (a free port). */
export async function serve(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, server };
}
