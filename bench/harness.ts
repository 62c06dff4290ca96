/**
 * The benchmark interface of `npm run bench` (issue 6).
 *
 * A benchmark module is a file `bench/NAME.bench.ts` that exports `benchmarks`: a list of
 * {@link BenchmarkPair}s. Each pair times a candidate (the library doing a job) against a baseline
 * (the simplest thing that does the same job, e.g. bare decimal.js or a bare zod schema) in the
 * same run, and reports the ratio of their costs. Ratios, unlike absolute speeds, are comparable
 * between machines and runs, so they are what bench/reference.json commits and what a regression
 * is judged on.
 *
 * A `.bench.ts` module that exports no `benchmarks` is a standalone script: `npm run bench` runs it
 * in its own process and shows its output, without reference ratios.
 */

/** One measured comparison: how many times the baseline's cost the candidate costs. */
export interface BenchmarkPair {
  /** Stable, unique name: the key of the committed reference ratio. */
  readonly name: string;
  /** The job done and what each side is, e.g. "parse+add+format: money vs bare decimal.js". */
  readonly description?: string;
  /** The library's way of doing the job. */
  readonly candidate: () => unknown;
  /** The simplest way of doing the same job, to compare with. */
  readonly baseline: () => unknown;
  /**
   * Run once before timing: throws if candidate and baseline do not compute the same answer
   * (a faster baseline that does something else would make the ratio meaningless).
   */
  readonly verify?: () => void;
  /** The target for the ratio, if it has one (`npm run bench` prints met or missed). */
  readonly goal?: number;
}

/** The exports `npm run bench` looks for in a `.bench.ts` module. */
export interface BenchmarkModule {
  readonly benchmarks?: readonly BenchmarkPair[];
}

/** What one pair measured: medians over the rounds of the run. */
export interface PairResult {
  readonly name: string;
  readonly description: string | undefined;
  /** Candidate operations per second (median over rounds). */
  readonly candidateHz: number;
  /** Baseline operations per second (median over rounds). */
  readonly baselineHz: number;
  /** Candidate time / baseline time, the median of the per-round ratios: lower is better. */
  readonly ratio: number;
}

/** How a measured ratio compares with its committed reference. */
export type Verdict = 'ok' | 'REGRESSED' | 'improved' | 'new';

/** A ratio more than this much worse than its reference is a regression (issue 6: 20%). */
export const REGRESSION_TOLERANCE = 0.2;

/**
 * Judges a measured ratio against its reference.
 *
 * @param ratio - candidate time / baseline time, measured now
 * @param reference - the committed ratio, if any
 * @returns `REGRESSED` when more than 20% worse (higher), `improved` when more than 20% better,
 *   `new` without a reference, else `ok`
 * @example
 * ```ts
 * verdict(1.25, 1.0); // 'REGRESSED'
 * verdict(1.19, 1.0); // 'ok'
 * ```
 */
export function verdict(ratio: number, reference: number | undefined): Verdict {
  if (reference === undefined) return 'new';
  if (ratio > reference * (1 + REGRESSION_TOLERANCE)) return 'REGRESSED';
  if (ratio < reference * (1 - REGRESSION_TOLERANCE)) return 'improved';
  return 'ok';
}

/**
 * The median of a non-empty list.
 *
 * @param values - numbers
 * @returns the middle value (the mean of the two middle ones for an even count)
 * @example
 * ```ts
 * median([3, 1, 2]); // 2
 * ```
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Checks that a module's `benchmarks` export is a list of well-formed pairs.
 *
 * @param file - the module's file name, for messages
 * @param value - its `benchmarks` export
 * @returns the pairs
 */
export function benchmarksOf(file: string, value: unknown): readonly BenchmarkPair[] {
  if (!Array.isArray(value)) throw new TypeError(`${file}: "benchmarks" must be an array`);
  for (const [i, pair] of value.entries()) {
    const p = pair as Partial<BenchmarkPair> | null;
    if (
      typeof p?.name !== 'string' ||
      typeof p.candidate !== 'function' ||
      typeof p.baseline !== 'function'
    )
      throw new TypeError(`${file}: benchmarks[${i}] needs a name, a candidate and a baseline`);
  }
  return value as BenchmarkPair[];
}
