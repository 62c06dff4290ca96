import { Worker } from 'node:worker_threads';
import { answerJob, worse, type Answer } from './batchJob';
import type { BatchBase } from './run';

/** How a threaded batch runs. */
export interface ThreadedBatchOptions {
  /** The worker's program (dist/cli/batchWorker.cjs); without it, no worker is started. */
  readonly workerFile: string | undefined;
  /** How many worker threads answer lines (0: the main thread answers all). */
  readonly threads: number;
  /**
   * Milliseconds of answering on the main thread before the workers are started: a short batch
   * (or a caller writing a line now and then) never pays for starting and warming them.
   */
  readonly inlineMs: number;
  /** The clock those milliseconds are read from (`performance.now`). */
  readonly now: () => number;
  readonly input: NodeJS.ReadableStream & { pause(): unknown; resume(): unknown };
  readonly output: NodeJS.WritableStream;
}

const NEWLINE = 0x0a;

/** What a worker sends: a job's answers (UTF-8, `length` bytes of them) and their status. */
interface WorkerMessage {
  readonly seq: number;
  readonly bytes: Uint8Array;
  readonly length: number;
  readonly status: 0 | 1 | 2;
}

/** A worker thread and the jobs it has not answered yet. */
interface Helper {
  readonly worker: Worker;
  readonly pending: Map<number, Uint8Array>;
}

/**
 * Answers a `--ndjson` batch from a stream, with exactly the output of the serial batch. The input
 * is cut into jobs at line breaks as it arrives (a job is the whole lines of one chunk). The main
 * thread answers them until it has spent `inlineMs` doing so; then `threads` workers answer every
 * later job (with 0 threads, the main thread answers all). Answers are written in input order as
 * soon as every earlier one is. It streams: at most four jobs per thread are in flight, and input
 * is paused while the output is not draining. A worker that fails has its jobs answered on the
 * main thread.
 *
 * @param command - the command's name (the workers load it)
 * @param base - its flags
 * @param answerLine - the main thread's answerer of the same command
 * @param options - threads, worker program and streams
 * @returns the batch's exit status: the worst of its lines'
 * @example
 * ```ts
 * await runThreadedBatch('check', base, lineAnswerer(checkCommand, base), options); // 0 or 2
 * ```
 */
export function runThreadedBatch(
  command: string,
  base: BatchBase,
  answerLine: (line: string) => Answer | undefined,
  options: ThreadedBatchOptions,
): Promise<number> {
  return new ThreadedBatch(command, base, answerLine, options).run();
}

/** One threaded batch's state: see {@link runThreadedBatch}. */
class ThreadedBatch {
  readonly #helpers: Helper[] = [];
  /** Answers not written yet, by job number. */
  readonly #answered = new Map<number, Uint8Array>();
  readonly #maxInFlight: number;
  /** The bytes after the last line break so far, in the pieces they came in. */
  #carry: Uint8Array[] = [];
  #status: 0 | 1 | 2 = 0;
  #nextSeq = 0;
  #nextWrite = 0;
  #inlineMs = 0;
  #ended = false;
  #started = false;
  #waitingForDrain = false;
  #finish: (status: number) => void = () => {};

  constructor(
    readonly command: string,
    readonly base: BatchBase,
    readonly answerLine: (line: string) => Answer | undefined,
    readonly options: ThreadedBatchOptions,
  ) {
    this.#maxInFlight = 4 * Math.max(1, options.threads);
  }

  run(): Promise<number> {
    const { input, output } = this.options;
    input.on('data', (chunk: Buffer) => this.#onData(chunk));
    input.on('end', () => {
      if (this.#carry.length > 0) this.#dispatch(joined(this.#carry));
      this.#ended = true;
      this.#flush();
    });
    output.on('drain', () => {
      this.#waitingForDrain = false;
      this.#resumeIfRoom();
    });
    return new Promise<number>((resolve) => (this.#finish = resolve));
  }

  #onData(chunk: Buffer): void {
    const last = chunk.lastIndexOf(NEWLINE);
    // A stream's chunks are not reused, so the carry keeps them as they are: a job is copied into
    // a buffer of its own once, when it is cut.
    if (last < 0) return void this.#carry.push(chunk);
    this.#dispatch(joined([...this.#carry, chunk.subarray(0, last + 1)]));
    this.#carry = last + 1 < chunk.length ? [chunk.subarray(last + 1)] : [];
    this.#flush();
  }

  #dispatch(bytes: Uint8Array): void {
    const seq = this.#nextSeq++;
    // Once started, the workers answer every job: one still loading its command keeps the jobs
    // sent to it until it is ready.
    let best: Helper | undefined;
    for (const h of this.#helpers) if (!best || h.pending.size < best.pending.size) best = h;
    if (best) {
      best.pending.set(seq, bytes);
      // A copy of its own for the worker: the answer's retry (on a worker's failure) keeps this one.
      const sent = bytes.slice();
      best.worker.postMessage({ seq, bytes: sent }, [sent.buffer]);
    } else {
      const { options } = this;
      const start = options.now();
      this.#answerInline(seq, bytes);
      this.#inlineMs += options.now() - start;
      if (!this.#started && this.#inlineMs >= options.inlineMs) this.#startHelpers();
    }
    if (this.#nextSeq - this.#nextWrite >= this.#maxInFlight) this.options.input.pause();
  }

  #answerInline(seq: number, bytes: Uint8Array): void {
    const answer = answerJob(bytes, this.answerLine);
    this.#status = worse(this.#status, answer.status);
    this.#answered.set(seq, Buffer.from(answer.text, 'utf8'));
  }

  #startHelpers(): void {
    this.#started = true;
    const file = this.options.workerFile;
    if (file === undefined) return;
    for (let k = 0; k < this.options.threads; k++) {
      const worker = new Worker(file, {
        workerData: { command: this.command, base: this.base },
      });
      const helper: Helper = { worker, pending: new Map() };
      worker.on('message', (m: WorkerMessage) => {
        // A lost worker's jobs were answered here already.
        if (!helper.pending.delete(m.seq)) return;
        this.#status = worse(this.#status, m.status);
        this.#answered.set(m.seq, new Uint8Array(m.bytes.buffer, m.bytes.byteOffset, m.length));
        this.#flush();
      });
      worker.on('error', () => this.#lose(helper));
      worker.on('exit', () => this.#lose(helper));
      this.#helpers.push(helper);
    }
  }

  /**
   * A worker that failed or stopped: its jobs are answered here instead (a line that throws there
   * throws here too, and becomes its internal-error line).
   */
  #lose(helper: Helper): void {
    const at = this.#helpers.indexOf(helper);
    if (at < 0) return;
    this.#helpers.splice(at, 1);
    for (const [seq, bytes] of helper.pending) this.#answerInline(seq, bytes);
    helper.pending.clear();
    this.#flush();
  }

  /** Writes every answer whose earlier ones are all written; finishes after the last. */
  #flush(): void {
    const answered = this.#answered;
    for (
      let a = answered.get(this.#nextWrite);
      a !== undefined;
      a = answered.get(this.#nextWrite)
    ) {
      answered.delete(this.#nextWrite++);
      if (a.byteLength > 0 && !this.options.output.write(a)) {
        this.#waitingForDrain = true;
        this.options.input.pause();
      }
    }
    if (this.#ended && this.#nextWrite === this.#nextSeq) {
      for (const h of this.#helpers.splice(0)) void h.worker.terminate();
      return this.#finish(this.#status);
    }
    this.#resumeIfRoom();
  }

  #resumeIfRoom(): void {
    if (this.#ended || this.#waitingForDrain) return;
    if (this.#nextSeq - this.#nextWrite < this.#maxInFlight) this.options.input.resume();
  }
}

/** Byte runs as one, in a buffer of its own (not a slice of a shared pool or of a chunk). */
function joined(parts: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const p of parts) size += p.byteLength;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}
