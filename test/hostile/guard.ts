/**
 * What every hostile call must satisfy (issue 6): only the documented typed error comes out,
 * `Object.prototype` is never polluted, and each call answers within {@link TIME_BUDGET_MS}.
 */
import { fc } from '@fast-check/vitest';
import { performance } from 'node:perf_hooks';
import { expect } from 'vitest';
import { AccountPolicyError, isAccountPolicyError, type ErrorCode } from '../../src/errors';
import { describeValue } from './arbitraries';

/** The issue's bound: each bad input is answered within 50 ms. */
export const TIME_BUDGET_MS = 50;

/** Runs per property: enough to reach every path of the examples, within the suite's time. */
export const RUNS = 300;

/** The outcome of one guarded call. */
export type Outcome =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: AccountPolicyError };

/**
 * The value of an outcome that must not be an error (for functions documented not to throw).
 *
 * @param outcome - the outcome of a call
 * @returns its value
 */
export function okValue(outcome: Outcome): unknown {
  if (!outcome.ok)
    throw new Error(`expected a value, got ${outcome.error.code}: ${outcome.error.message}`);
  return outcome.value;
}

/** Which throws a function documents: typed errors (optionally only some codes), or others. */
export interface Documented {
  /** The error codes it may throw (default: any AccountPolicyError). */
  readonly codes?: readonly ErrorCode[];
  /** Other documented exceptions (e.g. checkAmountText's RangeError for a bad scale). */
  readonly also?: (error: unknown) => boolean;
}

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const BASELINE = PROTOTYPES.map((p) => Object.getOwnPropertyNames(p).sort().join(','));

/** Fails if any built-in prototype gained a property (the pollution hostile keys aim for). */
export function assertNoPollution(): void {
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted, 'Object.prototype.polluted').toBeUndefined();
  expect(Object.keys(Object.prototype), 'enumerable keys of Object.prototype').toEqual([]);
  PROTOTYPES.forEach((p, i) => {
    expect(Object.getOwnPropertyNames(p).sort().join(','), 'built-in prototype keys').toBe(
      BASELINE[i],
    );
  });
}

/**
 * Calls `fn` and classifies what came out: a value, a documented error, or a defect (thrown).
 *
 * @param fn - the call under test
 * @param documented - which errors the function documents
 * @param context - says what was called with what, for the failure message
 * @returns the value or the typed error
 */
export function classify(
  fn: () => unknown,
  documented: Documented,
  context: () => string,
): Outcome {
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    if (documented.also?.(error)) return { ok: true, value: error };
    if (!isAccountPolicyError(error)) {
      throw new Error(`${context()} threw an undocumented ${describeError(error)}`, {
        cause: error,
      });
    }
    if (documented.codes && !documented.codes.includes(error.code)) {
      throw new Error(
        `${context()} threw ${error.code}; documented: ${documented.codes.join(', ')} (${error.message})`,
      );
    }
    if (error.issues.length === 0 || typeof error.message !== 'string' || error.message === '')
      throw new Error(`${context()}: a typed error needs a message and at least one issue`);
    return { ok: false, error };
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message.slice(0, 200)}`;
  return describeValue(error);
}

/**
 * Tracks the slowest call of a property. A call over budget is timed up to four more times and its
 * fastest time kept: the functions are pure, so a repeat measures the input's cost, not a garbage
 * collection or another process on the two shared cores.
 */
export class CallTimer {
  private slowest = 0;
  private slowestWhat = '';
  private calls = 0;

  /**
   * Times one call (pure, so it may be repeated).
   *
   * @param fn - the call
   * @param what - what was called with what
   * @returns what the first call returned
   */
  time<T>(fn: () => T, what: () => string): T {
    let start = performance.now();
    const result = fn();
    let best = performance.now() - start;
    for (let retry = 0; retry < 4 && best > TIME_BUDGET_MS; retry++) {
      start = performance.now();
      fn();
      best = Math.min(best, performance.now() - start);
    }
    this.calls++;
    if (best > this.slowest) {
      this.slowest = best;
      this.slowestWhat = what();
    }
    return result;
  }

  /** Asserts that every timed call answered within {@link TIME_BUDGET_MS}. */
  assertWithinBudget(): void {
    expect(this.calls, 'calls timed').toBeGreaterThan(0);
    expect(
      this.slowest,
      `slowest of ${this.calls} calls: ${this.slowest.toFixed(1)} ms for ${this.slowestWhat}`,
    ).toBeLessThan(TIME_BUDGET_MS);
  }
}

/**
 * The common shape of a hostile property: warm the function up once on a valid example (not
 * timed: the first call compiles code and fills caches), then for every generated input call it,
 * time it, classify the outcome, check the prototypes, and let `check` assert more.
 *
 * @param arbitrary - the hostile inputs
 * @param call - calls the function under test with one input
 * @param options - documented errors, a warm-up call, extra checks, the number of runs
 */
export function assertHostile<T>(
  arbitrary: fc.Arbitrary<T>,
  call: (input: T) => unknown,
  options: {
    readonly name: string;
    readonly documented?: Documented;
    readonly warmUp?: () => unknown;
    readonly check?: (outcome: Outcome, input: T) => void;
    readonly numRuns?: number;
  },
): void {
  const timer = new CallTimer();
  options.warmUp?.();
  const details = fc.check(
    fc.property(arbitrary, (input) => {
      const what = () => `${options.name}(${describeValue(input)})`;
      const outcome = timer.time(
        () => classify(() => call(input), options.documented ?? {}, what),
        what,
      );
      assertNoPollution();
      options.check?.(outcome, input);
    }),
    { numRuns: options.numRuns ?? RUNS },
  );
  if (details.failed) {
    // fast-check's own report prints the whole counterexample (a preset, a megabyte): shorten it.
    const cause = details.errorInstance;
    const message = cause instanceof Error ? cause.message : describeValue(cause);
    throw new Error(
      `${options.name} failed after ${details.numRuns} runs (seed ${details.seed}, path ` +
        `"${details.counterexamplePath}") on ${describeValue(details.counterexample?.[0])}:\n${message.slice(0, 2000)}`,
      { cause },
    );
  }
  timer.assertWithinBudget();
}
