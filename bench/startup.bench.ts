/*
 * Start-up and bundle-size figures of issue 18 (a standalone script of `npm run bench`: absolute
 * figures of this machine, no reference ratio). Needs `npm run build` first (it runs the built
 * command, dist/cli/bin.cjs, as a user's `npx account-policy` does).
 *
 * Prints:
 * - one `account-policy check` against a bare `node -e 0`: the median of STARTUP_RUNS spawns of
 *   each (alternated, so neither always runs on a warmer machine) and their ratio (target ≤ 2);
 * - `check --ndjson` through one process: NDJSON_LINES lines and five times as many, checks per
 *   second (target ≥ 50,000), the median of three runs, with the default worker threads and with
 *   none;
 * - the min+gzip size of a browser bundle of `checkTransaction` with one preset (esbuild,
 *   minified, gzip level 9; target ≤ 35 KB), and how many of its inputs are zod's.
 *
 * `BENCH_STARTUP_RUNS` (default 20) and `BENCH_NDJSON_LINES` (default 20,000) change the sizes.
 * `BENCH_BASE_BIN=path/to/dist/cli/bin.cjs` (another checkout's build) also times that program in
 * the same runs, alternated with this one, for a before/after on the same machine load.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureCheckBundle } from '../scripts/checkBundle';
import { CLI_CHECK_EXAMPLE } from '../test/fixtures/cliExamples';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'dist', 'cli', 'bin.cjs');
const RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 20);
const LINES = Number(process.env.BENCH_NDJSON_LINES ?? 20_000);

// The contract's example without its preset field (the default preset is used).
const { preset: _preset, ...INPUT_OBJECT } = CLI_CHECK_EXAMPLE;
const INPUT = JSON.stringify(INPUT_OBJECT);

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Milliseconds of one spawn, checked to have succeeded. */
function time(args: readonly string[], input?: string, env?: NodeJS.ProcessEnv): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, {
    input,
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0)
    throw new Error(
      `${args.join(' ')} exited ${run.status}: ${run.stdout.slice(0, 300)}${run.error?.message ?? ''}`,
    );
  return ms;
}

const BASE_BIN = process.env.BENCH_BASE_BIN;
const BINS = BASE_BIN ? [BIN, BASE_BIN] : [BIN];

/** Median milliseconds of `node BIN check` for each program, and of a bare `node -e 0`. */
function startup(): { checks: number[]; bare: number } {
  const checks: number[][] = BINS.map(() => []);
  const bare: number[] = [];
  for (const bin of BINS) time([bin, 'check'], INPUT); // warm the file system cache
  for (let i = 0; i < RUNS; i++) {
    // Alternate the order so that neither always runs on a warmer (or more loaded) machine.
    const order = i % 2 === 0 ? [-1, ...BINS.keys()] : [...BINS.keys(), -1];
    for (const k of order)
      if (k === -1) bare.push(time(['-e', '0']));
      else checks[k]!.push(time([BINS[k]!, 'check'], INPUT));
  }
  return { checks: checks.map(median), bare: median(bare) };
}

/**
 * Checks per second of `check --ndjson` through one process over `count` lines, for each program,
 * with `threads` worker threads (`ACCOUNT_POLICY_NDJSON_THREADS`; 0: all on the main thread).
 */
function ndjson(count: number, threads: number): number[] {
  const lines = Array.from({ length: count }, () => INPUT).join('\n') + '\n';
  const env = { ...process.env, ACCOUNT_POLICY_NDJSON_THREADS: String(threads) };
  const bare = median([0, 1, 2].map(() => time(['-e', '0'])));
  const runs: number[][] = BINS.map(() => []);
  for (let i = 0; i < 3; i++)
    BINS.forEach((bin, k) => runs[k]!.push(time([bin, 'check', '--ndjson'], lines, env)));
  // Checks per second once started: the start-up (about a bare node's) is not the batch's cost.
  return runs.map((r) => count / ((median(r) - bare) / 1000));
}

if (!existsSync(BIN)) {
  console.log('startup bench skipped: dist/cli/bin.cjs is missing (npm run build first)');
  process.exit(0);
}
const s = startup();
BINS.forEach((bin, k) => {
  const label = k === 0 ? 'CLI check' : `CLI check (${bin})`;
  console.log(
    `${label}: ${s.checks[k]!.toFixed(1)} ms median of ${RUNS}; node -e 0: ${s.bare.toFixed(1)} ms; ratio ${(s.checks[k]! / s.bare).toFixed(2)} (target ≤ 2)`,
  );
});
// The default (worker threads, one per core up to four) and the main thread alone, over the
// batch and over a batch five times as long (the threads pay their start and warm-up once).
const THREADS = Math.min(availableParallelism(), 4);
for (const count of [LINES, 5 * LINES])
  for (const threads of availableParallelism() < 2 ? [0] : [THREADS, 0])
    ndjson(count, threads).forEach((rate, k) => {
      const label = k === 0 ? 'check --ndjson' : `check --ndjson (${BINS[k]})`;
      console.log(
        `${label}: ${Math.round(rate).toLocaleString('en')} checks/s over ${count.toLocaleString('en')} lines, one process, ${threads} worker threads (target ≥ 50,000)`,
      );
    });
const b = await measureCheckBundle();
console.log(
  `checkTransaction + one preset (${b.preset}): ${(b.gzipped / 1024).toFixed(1)} KB min+gzip, ${(b.minified / 1024).toFixed(1)} KB min, ${b.inputs.length} inputs, ${b.zod.length} from zod (target ≤ 35 KB, no zod)`,
);
