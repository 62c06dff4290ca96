import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { StreamingCliIo } from './run';

/**
 * The real process's input and output. Standard input is also offered line by line
 * (`stdinLines`, read as it arrives) for `--ndjson`. Standard output is written once per turn
 * of the event loop: the answers to every line of one chunk of input go out in one write (encoded
 * into buffers as they come), before
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
  const out = new PendingOutput();
  return {
    readStdin: () => readFileSync(0, 'utf8'),
    readFile: (path) => readFileSync(path, 'utf8'),
    stdout: (text) => {
      if (out.empty())
        setImmediate(() => {
          for (const chunk of out.take()) process.stdout.write(chunk);
        });
      out.add(text);
    },
    stderr: (text) => void process.stderr.write(text),
    stdinLines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
  };
}

const CHUNK = 1 << 16;

/**
 * Text waiting to be written, encoded as UTF-8 as it comes, into 64 KB buffers. A batch's
 * answers quote Chinese source titles, so their text is two-byte: concatenating the answers and
 * encoding them at the write was a fifth of `--ndjson`'s time, writing each one into a buffer
 * costs a tenth of that (issue 18).
 */
class PendingOutput {
  #full: Buffer[] = [];
  #chunk = Buffer.allocUnsafe(CHUNK);
  #used = 0;

  empty(): boolean {
    return this.#used === 0 && this.#full.length === 0;
  }

  add(text: string): void {
    const most = text.length * 3;
    if (this.#used + most > this.#chunk.length) {
      if (this.#used > 0) this.#full.push(this.#chunk.subarray(0, this.#used));
      this.#chunk = Buffer.allocUnsafe(Math.max(CHUNK, most));
      this.#used = 0;
    }
    this.#used += this.#chunk.write(text, this.#used);
  }

  /**
   * Everything added so far, as its buffers in order (written one after the other: joining them
   * first copied every byte once more); the output is empty again.
   */
  take(): Buffer[] {
    if (this.#used > 0) this.#full.push(this.#chunk.subarray(0, this.#used));
    const all = this.#full;
    this.#full = [];
    this.#chunk = Buffer.allocUnsafe(CHUNK);
    this.#used = 0;
    return all;
  }
}
