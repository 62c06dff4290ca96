/**
 * Helpers the package tests share: running a program (its output, or an error carrying its
 * output), packing the package as npm publishes it, and listing what the tarball holds.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

/** The repository root (where package.json is). */
export const root = resolve(__dirname, '..', '..');

/**
 * Runs a program and returns its standard output; on failure, throws with its stdout and stderr.
 *
 * @param cmd - the program
 * @param args - its arguments
 * @param cwd - where it runs
 * @param input - its standard input
 * @returns what it printed on standard output
 */
export function run(cmd: string, args: readonly string[], cwd: string, input?: string): string {
  try {
    return execFileSync(cmd, args, {
      cwd,
      encoding: 'utf8',
      input,
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: 240_000,
    });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${err.stdout}\n${err.stderr}`, {
      cause: e,
    });
  }
}

/**
 * Packs the package (`npm pack`) into a directory.
 *
 * @param destination - where the tarball goes
 * @returns the tarball's path
 */
export function pack(destination: string): string {
  const packed = JSON.parse(
    run('npm', ['pack', '--json', '--pack-destination', destination], root),
  ) as { filename: string }[];
  return join(destination, packed[0]!.filename);
}

/**
 * The files npm would publish (`npm pack --dry-run`), as paths relative to the root with `/`.
 *
 * @returns the packed paths
 */
export function packedFiles(): string[] {
  const packed = JSON.parse(run('npm', ['pack', '--dry-run', '--json'], root)) as {
    files: { path: string }[];
  }[];
  return packed[0]!.files.map((f) => f.path.split('\\').join('/'));
}
