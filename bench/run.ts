/**
 * `npm run bench [-- --update] [--fail-on-regression] [--filter TEXT] [--rounds N] [--time MS]`
 *
 * Gathers every `bench/*.bench.ts`, times each candidate against its baseline in the same run
 * (tinybench), and prints for each pair: candidate and baseline operations per second, their cost
 * ratio, the committed reference ratio (bench/reference.json) and a flag when the ratio is more
 * than 20% worse than the reference. The machine may be shared, so every pair is measured in
 * several short rounds, each timing baseline and candidate back to back, and the median of the
 * per-round ratios is reported.
 *
 * - `--update` rewrites bench/reference.json with this run's ratios (others kept).
 * - `--fail-on-regression` exits 1 when a ratio regressed; otherwise the run only reports (exit 0).
 * - `--filter TEXT` runs only the pairs whose name contains TEXT (standalone scripts are skipped).
 *
 * Also writes the results to reports/bench.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Bench, type Task } from 'tinybench';
import {
  benchmarksOf,
  median,
  verdict,
  type BenchmarkModule,
  type BenchmarkPair,
  type PairResult,
} from './harness';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const REFERENCE_FILE = join(HERE, 'reference.json');
const REPORT_FILE = join(ROOT, 'reports', 'bench.json');

interface Options {
  update: boolean;
  failOnRegression: boolean;
  filter: string | undefined;
  rounds: number;
  time: number;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = {
    update: false,
    failOnRegression: false,
    filter: undefined,
    rounds: 5,
    time: 150,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--update') options.update = true;
    else if (arg === '--fail-on-regression') options.failOnRegression = true;
    else if (arg === '--filter') options.filter = value();
    else if (arg === '--rounds') options.rounds = Math.max(1, Number.parseInt(value(), 10));
    else if (arg === '--time') options.time = Math.max(10, Number.parseInt(value(), 10));
    else throw new Error(`Unknown option ${arg}`);
  }
  return options;
}

/** Mean latency (ms per operation) of a finished task. */
function meanMs(task: Task | undefined): number {
  const result = task?.result;
  if (!result || !('latency' in result)) {
    const error = result && 'error' in result ? String(result.error) : 'no result';
    throw new Error(`task ${task?.name ?? '?'} did not complete: ${error}`);
  }
  return result.latency.mean;
}

async function measure(pair: BenchmarkPair, options: Options): Promise<PairResult> {
  pair.verify?.();
  const ratios: number[] = [];
  const candidateMs: number[] = [];
  const baselineMs: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const bench = new Bench({ time: options.time, warmupTime: round === 0 ? 200 : 30 });
    // Alternate the order so neither side always runs on a warmer (or more loaded) machine.
    const order = round % 2 === 0 ? ['baseline', 'candidate'] : ['candidate', 'baseline'];
    for (const side of order)
      bench.add(
        side,
        side === 'baseline' ? () => void pair.baseline() : () => void pair.candidate(),
      );
    await bench.run();
    const base = meanMs(bench.getTask('baseline'));
    const cand = meanMs(bench.getTask('candidate'));
    baselineMs.push(base);
    candidateMs.push(cand);
    ratios.push(cand / base);
  }
  return {
    name: pair.name,
    description: pair.description,
    candidateHz: 1000 / median(candidateMs),
    baselineHz: 1000 / median(baselineMs),
    ratio: median(ratios),
  };
}

function readReference(): Record<string, number> {
  if (!existsSync(REFERENCE_FILE)) return {};
  const parsed = JSON.parse(readFileSync(REFERENCE_FILE, 'utf8')) as { ratios?: unknown };
  return (parsed.ratios ?? {}) as Record<string, number>;
}

const formatHz = (hz: number) =>
  hz >= 1e6 ? `${(hz / 1e6).toFixed(2)}M` : hz >= 1e3 ? `${(hz / 1e3).toFixed(1)}k` : hz.toFixed(0);

/** A ratio for display: two decimals, or three significant digits below 0.1 (e.g. 0.000412). */
const formatRatio = (ratio: number) => (ratio >= 0.1 ? ratio.toFixed(2) : ratio.toPrecision(3));

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const files = readdirSync(HERE)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  const pairs: { file: string; pair: BenchmarkPair }[] = [];
  const standalone: string[] = [];
  for (const file of files) {
    const source = readFileSync(join(HERE, file), 'utf8');
    // A module that does not export `benchmarks` is a standalone script: importing it here would
    // run it inside this process and disturb the other measurements, so it runs on its own below.
    if (!/export\s+const\s+benchmarks\b/.test(source)) {
      standalone.push(file);
      continue;
    }
    const mod = (await import(pathToFileURL(join(HERE, file)).href)) as BenchmarkModule;
    for (const pair of benchmarksOf(file, mod.benchmarks)) pairs.push({ file, pair });
  }
  const names = new Set<string>();
  for (const { file, pair } of pairs) {
    if (names.has(pair.name)) throw new Error(`${file}: duplicate benchmark name ${pair.name}`);
    names.add(pair.name);
  }
  const selected = pairs.filter(
    ({ pair }) => !options.filter || pair.name.includes(options.filter),
  );

  const reference = readReference();
  const results: (PairResult & {
    file: string;
    reference: number | undefined;
    verdict: string;
    goal: number | undefined;
  })[] = [];
  for (const { file, pair } of selected) {
    process.stderr.write(`measuring ${pair.name} …\n`);
    const result = await measure(pair, options);
    const ref = reference[pair.name];
    results.push({
      ...result,
      file,
      reference: ref,
      verdict: verdict(result.ratio, ref),
      goal: pair.goal,
    });
  }

  console.log(
    `\nBenchmarks: candidate vs baseline, ${options.rounds} rounds of ${options.time} ms each, medians.`,
  );
  console.log(
    'ratio = candidate time / baseline time (lower is better); reference: bench/reference.json\n',
  );
  console.table(
    results.map((r) => ({
      name: r.name,
      'candidate ops/s': formatHz(r.candidateHz),
      'baseline ops/s': formatHz(r.baselineHz),
      ratio: formatRatio(r.ratio),
      reference: r.reference === undefined ? '—' : formatRatio(r.reference),
      flag: r.verdict === 'ok' ? '' : r.verdict,
      goal: r.goal === undefined ? '' : `≤ ${r.goal} ${r.ratio <= r.goal ? 'met' : 'MISSED'}`,
    })),
  );
  for (const r of results) if (r.description) console.log(`  ${r.name}: ${r.description}`);

  if (!options.filter) {
    for (const file of standalone) {
      console.log(`\n=== ${file} (standalone script: its own output, no reference ratio) ===`);
      const run = spawnSync(process.execPath, ['--import', 'tsx', join(HERE, file)], {
        cwd: ROOT,
        stdio: 'inherit',
      });
      if (run.status !== 0) console.log(`${file} exited with status ${run.status}`);
    }
  }

  mkdirSync(dirname(REPORT_FILE), { recursive: true });
  writeFileSync(REPORT_FILE, JSON.stringify({ rounds: options.rounds, results }, null, 2) + '\n');
  if (options.update) {
    const ratios = { ...reference };
    for (const r of results) ratios[r.name] = Number(r.ratio.toPrecision(4));
    const sorted = Object.fromEntries(
      Object.entries(ratios).sort(([a], [b]) => a.localeCompare(b)),
    );
    writeFileSync(
      REFERENCE_FILE,
      JSON.stringify(
        {
          note: 'Reference cost ratios (candidate time / baseline time) of `npm run bench`; rewrite with `npm run bench -- --update`. A ratio more than 20% above its reference is flagged REGRESSED.',
          ratios: sorted,
        },
        null,
        2,
      ) + '\n',
    );
    console.log(`\nwrote ${results.length} ratios to bench/reference.json`);
  }
  const regressed = results.filter((r) => r.verdict === 'REGRESSED');
  if (regressed.length > 0) {
    console.log(
      `\n${regressed.length} ratio(s) regressed by more than 20%: ${regressed.map((r) => r.name).join(', ')}`,
    );
    if (options.failOnRegression) return 1;
  }
  return 0;
}

main().then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  },
);
