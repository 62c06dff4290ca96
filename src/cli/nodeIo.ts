import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { StreamingCliIo } from './run';

/**
 * The real process's input and output. Standard input is also offered line by line
 * (`stdinLines`, read as it arrives) for `--ndjson`. Standard output is written once per turn
 * of the event loop: the answers to every line of one chunk of input go out in one write, before
 * the next chunk is read (so a caller that writes one line still reads its answer first), not in
 * one system call per line.
 *
 * @returns a {@link StreamingCliIo} over the process's standard streams and file system
 * @example
 * ```ts
 * runCommand(['presets'], nodeIo(), COMMANDS);
 * ```
 */
export function nodeIo(): StreamingCliIo {
  let pending = '';
  const flush = () => {
    const text = pending;
    pending = '';
    process.stdout.write(text);
  };
  return {
    readStdin: () => readFileSync(0, 'utf8'),
    readFile: (path) => readFileSync(path, 'utf8'),
    stdout: (text) => {
      if (pending === '') setImmediate(flush);
      pending += text;
    },
    stderr: (text) => void process.stderr.write(text),
    stdinLines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
  };
}
