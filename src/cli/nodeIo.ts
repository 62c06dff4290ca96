import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { StreamingCliIo } from './run';

/**
 * The real process's input and output. Standard input is also offered line by line
 * (`stdinLines`, read as it arrives) for `--ndjson`.
 *
 * @returns a {@link StreamingCliIo} over the process's standard streams and file system
 * @example
 * ```ts
 * runCommand(['presets'], nodeIo(), COMMANDS);
 * ```
 */
export function nodeIo(): StreamingCliIo {
  return {
    readStdin: () => readFileSync(0, 'utf8'),
    readFile: (path) => readFileSync(path, 'utf8'),
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stdinLines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
  };
}
