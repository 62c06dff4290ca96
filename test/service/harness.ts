/*
 * Installing and starting the reference service (examples/service) for the service test and the
 * bench: the library is built when stale, packed, and installed into the example from the
 * tarball; the service runs as a child process (so that it can be killed with SIGKILL).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Postgres } from './postgres';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SERVICE = join(ROOT, 'examples', 'service');

/** Builds (when stale), packs and installs the library into the example. */
export function installService(): void {
  const run = (cmd: string, args: string[], cwd: string) => {
    const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env } });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr || r.stdout}`);
  };
  const dist = join(ROOT, 'dist', 'index.js');
  const newest = (dir: string): number =>
    Math.max(
      ...readdirSync(dir, { withFileTypes: true }).map((e) =>
        e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
      ),
    );
  if (!existsSync(dist) || statSync(dist).mtimeMs < newest(join(ROOT, 'src')))
    run('npm', ['run', 'build', '--silent'], ROOT);
  run('npm', ['pack', '--silent'], ROOT);
  run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], SERVICE);
}

export interface Service {
  child: ChildProcess;
  port: number;
}

export async function startService(
  db: Postgres,
  port: number,
  env: Record<string, string> = {},
): Promise<Service> {
  const child = spawn(process.execPath, ['src/server.js'], {
    cwd: SERVICE,
    env: { ...process.env, ...db.env, PORT: String(port), PG_POOL: '12', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('listening')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`service exited with ${code}`)));
  });
  return { child, port };
}
