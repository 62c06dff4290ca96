import {
  closeSync,
  createReadStream,
  existsSync,
  fstatSync,
  openSync,
  readFileSync,
  type ReadStream,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { StreamingCliIo } from './run';
import { runThreadedBatch } from './threadedBatch';

/**
 * The worker threads of a `--ndjson` batch: `ACCOUNT_POLICY_NDJSON_THREADS` when set (0 answers
 * every line on the main thread), else one per core up to four, none on a single core.
 */
function batchThreads(): number {
  const set = process.env.ACCOUNT_POLICY_NDJSON_THREADS;
  if (set !== undefined && /^\d{1,2}$/.test(set)) return Number(set);
  const cores = availableParallelism();
  return cores < 2 ? 0 : Math.min(cores, 4);
}

/** The built worker program beside the built command (absent when run from the sources). */
function workerFile(): string | undefined {
  if (typeof __dirname !== 'string') return undefined;
  const file = join(__dirname, 'batchWorker.cjs');
  return existsSync(file) ? file : undefined;
}

/**
 * How long a batch is answered on the main thread before it starts its worker threads. Starting
 * them and warming their compiled code costs about 0.4 s of work (measured on two cores: a cold
 * worker's first 4,000 `check` lines took 92 µs each, the next 27 µs), which a batch of 20,000
 * lines does not win back; a long-running one does.
 */
const INLINE_MS = 1000;

/** {@link INLINE_MS}, or `ACCOUNT_POLICY_NDJSON_INLINE_MS` when set (tests start them at once). */
function inlineMs(): number {
  const set = process.env.ACCOUNT_POLICY_NDJSON_INLINE_MS;
  return set !== undefined && /^\d{1,6}$/.test(set) ? Number(set) : INLINE_MS;
}

/**
 * The `--input` file of a batch, read as a stream (a file of any size, or a named pipe written as
 * it is read); `undefined` for a directory, left to the whole-file read, which refuses it. Throws
 * what opening it throws (a missing file, no permission).
 */
function fileStream(path: string): ReadStream | undefined {
  const fd = openSync(path, 'r');
  if (fstatSync(fd).isDirectory()) {
    closeSync(fd);
    return undefined;
  }
  return createReadStream('', { fd });
}

/**
 * The real process's input and output. A `--ndjson` batch streams its input, standard input or
 * the `--input` file, through `streamBatch` (threadedBatch.ts: over worker threads once it has run
 * a second); other output is written as it is printed.
 *
 * @returns a {@link StreamingCliIo} over the process's standard streams and file system
 * @example
 * ```ts
 * runCommand(['presets'], nodeIo(), COMMANDS);
 * ```
 */
export function nodeIo(): StreamingCliIo {
  // A reader that closes early (`| head`) ends the run at once: exit 1 (not every answer was
  // read), without the stack trace of an unhandled EPIPE.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(1);
  });
  return {
    readStdin: () => readFileSync(0, 'utf8'),
    readFile: (path) => readFileSync(path, 'utf8'),
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    streamBatch: (input, command, base, answerLine) => {
      const source = input === undefined ? process.stdin : fileStream(input);
      if (source === undefined) return undefined;
      return runThreadedBatch(command, base, answerLine, {
        workerFile: workerFile(),
        threads: batchThreads(),
        inlineMs: inlineMs(),
        now: () => performance.now(),
        input: source,
        output: process.stdout,
      });
    },
  };
}
