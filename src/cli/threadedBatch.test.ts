/**
 * The threaded `--ndjson` batch (threadedBatch.ts) against the serial one, in process, over the
 * built worker (dist/cli/batchWorker.cjs; npm test builds first): the same bytes out for input cut
 * anywhere (inside a line, a character, a CRLF), jobs really answered by workers, a failing worker's
 * jobs answered on the main thread, and input paused while the output does not drain.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLI_CHECK_EXAMPLE } from '../../test/fixtures/cliExamples';
import { answerJob, type Answer } from './batchJob';
import { checkCommand } from './commands/check';
import { lineAnswerer, type BatchBase } from './run';
import { runThreadedBatch } from './threadedBatch';

const WORKER = fileURLToPath(new URL('../../dist/cli/batchWorker.cjs', import.meta.url));
const BASE: BatchBase = { args: [], format: undefined, lang: 'zh-CN', presetFlag: undefined };

const allowed = {
  ...CLI_CHECK_EXAMPLE,
  transaction: { ...CLI_CHECK_EXAMPLE.transaction, amount: '1.00' },
};
const LINES = [
  JSON.stringify(CLI_CHECK_EXAMPLE),
  JSON.stringify(allowed),
  '{"account":1}',
  '',
  '   ',
  '{"account":',
  JSON.stringify({ ...allowed, note: '多余的字段' }),
];
// Every line ending readline knows: \n, \r\n and a lone \r.
const ENDINGS = ['\n', '\r\n', '\r', '\n'];

/** A batch of `n` lines, mixed as above. */
function batch(n: number): Buffer {
  let text = '';
  for (let k = 0; k < n; k++) text += LINES[k % LINES.length]! + ENDINGS[k % ENDINGS.length]!;
  return Buffer.from(text, 'utf8');
}

/** What the serial batch prints for the input: every line through one answerer. */
function serial(input: Buffer): { text: string; status: 0 | 1 | 2 } {
  return answerJob(input, lineAnswerer(checkCommand, BASE));
}

/** The input cut at the given offsets into chunks. */
function chunked(input: Buffer, cuts: readonly number[]): Buffer[] {
  const at = [...new Set(cuts)].filter((c) => c > 0 && c < input.length).sort((a, b) => a - b);
  return [0, ...at].map((start, k) => input.subarray(start, at[k] ?? input.length));
}

interface Run {
  readonly out: string;
  readonly status: number;
  readonly inlineLines: number;
  readonly pauses: number;
}

async function threaded(
  chunks: readonly Buffer[],
  options: { workerFile?: string; inlineMs?: number; slowOutput?: boolean } = {},
): Promise<Run> {
  let inlineLines = 0;
  let pauses = 0;
  const own = lineAnswerer(checkCommand, BASE);
  const answerLine = (line: string): Answer | undefined => {
    const a = own(line);
    if (a !== undefined) inlineLines++;
    return a;
  };
  const input = Readable.from(chunks, { objectMode: false, highWaterMark: 1 });
  const pause = input.pause.bind(input);
  input.pause = () => {
    pauses++;
    return pause();
  };
  const written: Buffer[] = [];
  const output = new Writable({
    highWaterMark: options.slowOutput ? 1 : 1 << 20,
    write(chunk: Buffer, _enc, done) {
      written.push(Buffer.from(chunk));
      if (options.slowOutput) setTimeout(done, 1);
      else done();
    },
  });
  const status = await runThreadedBatch('check', BASE, answerLine, {
    workerFile: options.workerFile ?? WORKER,
    threads: 2,
    inlineMs: options.inlineMs ?? 0,
    now: () => performance.now(),
    input,
    output,
  });
  await new Promise<void>((resolve) => output.end(resolve));
  return { out: Buffer.concat(written).toString('utf8'), status, inlineLines, pauses };
}

describe('threaded --ndjson batch', () => {
  it('has the built worker to run', () => {
    expect(existsSync(WORKER), `${WORKER} is missing: run \`npm run build\` first`).toBe(true);
  });

  it('prints what the serial batch prints, and workers answer most of the lines', async () => {
    const input = batch(7000);
    const expected = serial(input);
    // The decisions themselves: one refused, one allowed, invalid lines refused as invalid.
    const first = expected.text
      .split('\n')
      .slice(0, 5)
      .map((l) => JSON.parse(l));
    expect(first.map((a) => a.allowed)).toEqual([false, true, undefined, undefined, undefined]);
    expect(first[0].violations[0].message).toContain('日累计');
    const chunks = chunked(
      input,
      Array.from({ length: 200 }, (_, k) => k * 4099),
    );
    const run = await threaded(chunks);
    expect(run.status).toBe(2);
    expect(run.out).toBe(expected.text);
    // The first jobs are answered here while the workers start; most are not.
    expect(run.inlineLines).toBeLessThan(5000 * 0.8);
  }, 60_000);

  it('cuts anywhere (in a line, a character, between \\r and \\n) change nothing', async () => {
    const input = batch(60);
    const expected = serial(input).text;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: input.length - 1 }), { maxLength: 12 }),
        async (cuts) => {
          const run = await threaded(chunked(input, cuts), { inlineMs: Infinity });
          expect(run.out).toBe(expected);
        },
      ),
      { numRuns: 60 },
    );
    // And over the workers, at every CRLF and inside a Chinese character.
    const crlf = [...input.keys()].filter((i) => input[i] === 0x0d).map((i) => i + 1);
    const han = input.indexOf(Buffer.from('多')) + 1;
    expect((await threaded(chunked(input, [...crlf, han]))).out).toBe(expected);
  }, 60_000);

  it('answers a failing worker’s jobs on the main thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ap-worker-'));
    const failing = join(dir, 'failing.cjs');
    writeFileSync(
      failing,
      `const { parentPort } = require('node:worker_threads');
parentPort.on('message', () => { throw new Error('worker failed'); });`,
    );
    const input = batch(700);
    const run = await threaded(
      chunked(
        input,
        Array.from({ length: 50 }, (_, k) => k * 997),
      ),
      {
        workerFile: failing,
      },
    );
    expect(run.out).toBe(serial(input).text);
    expect(run.inlineLines).toBe(500); // 700 lines, of which 200 blank: all answered here
  }, 60_000);

  it('pauses its input while the output does not drain, and still prints everything', async () => {
    const input = batch(1400);
    const run = await threaded(
      chunked(
        input,
        Array.from({ length: 120 }, (_, k) => k * 2003),
      ),
      { slowOutput: true },
    );
    expect(run.pauses).toBeGreaterThan(0);
    expect(run.out).toBe(serial(input).text);
  }, 60_000);

  it('mixes of cuts, a worker failing at any job and a slow reader print what the serial batch prints', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ap-flaky-'));
    const input = batch(420);
    const expected = serial(input).text;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: input.length - 1 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 30 }),
        fc.boolean(),
        async (cuts, failAt, slowOutput) => {
          // The real worker, made to fail at its failAt-th job (after answering the ones before).
          const flaky = join(dir, `flaky-${failAt}.cjs`);
          writeFileSync(
            flaky,
            `let n = 0;
require('node:worker_threads').parentPort.on('message', () => { if (++n === ${failAt}) throw new Error('flaky'); });
require(${JSON.stringify(WORKER)});`,
          );
          const run = await threaded(chunked(input, cuts), { workerFile: flaky, slowOutput });
          expect(run.status).toBe(2);
          expect(run.out).toBe(expected);
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
