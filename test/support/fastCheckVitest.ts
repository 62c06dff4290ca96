/**
 * `@fast-check/vitest` without its import cost: vitest.config.ts aliases the package to this file.
 *
 * @fast-check/vitest 0.5.0 (the latest) builds, at import, a `.prop` variant of every chain of
 * vitest's test modifiers (`test.skip.only.concurrent…`): with vitest 4.1's 22 modifiers that is
 * 307,392 functions, about 4 s of CPU in every test file that imports it (42 files here), and again
 * for every mutant under mutation testing. The tests only use `test.prop` / `it.prop` and `fc`, so
 * this module provides exactly those, with the package's own types: `test.prop(arbitraries,
 * params)(name, predicate, timeout)` registers a vitest test that runs `fc.assert` over the
 * arbitraries (a tuple, or a record), with the global fast-check configuration applied as usual.
 * Every other property of `test` / `it` is vitest's own.
 */
import type { test as FastCheckTest } from '@fast-check/vitest';
import * as fc from 'fast-check';
import { test as vitestTest } from 'vitest';

type Arbitraries =
  readonly fc.Arbitrary<unknown>[] | { readonly [key: string]: fc.Arbitrary<unknown> };
type Predicate = (...values: unknown[]) => boolean | void | PromiseLike<boolean | void>;

/**
 * The property `test.prop` checks: the predicate over a tuple of arbitraries (one argument each)
 * or over a record of arbitraries (one object argument).
 *
 * @param arbitraries - a tuple or a record of arbitraries
 * @param predicate - fails by throwing or by returning `false`
 * @returns an asynchronous fast-check property
 */
export function propertyOf(
  arbitraries: Arbitraries,
  predicate: Predicate,
): fc.IAsyncPropertyWithHooks<unknown[]> {
  const tuple: fc.Arbitrary<unknown[]> = Array.isArray(arbitraries)
    ? fc.tuple(...(arbitraries as fc.Arbitrary<unknown>[]))
    : fc.record(arbitraries as { [key: string]: fc.Arbitrary<unknown> }).map((value) => [value]);
  return fc.asyncProperty(tuple, async (values) => predicate(...values));
}

/**
 * `test.prop`: registers a vitest test that asserts the property.
 *
 * @param arbitraries - a tuple or a record of arbitraries
 * @param params - fast-check parameters (`numRuns`, `seed`, …) over the global configuration
 * @returns a function taking the test's name, predicate and optional timeout
 */
export function prop(arbitraries: Arbitraries, params?: fc.Parameters<unknown[]>) {
  return (testName: string, predicate: Predicate, timeout?: number): void => {
    vitestTest(
      testName,
      async () => {
        await fc.assert(propertyOf(arbitraries, predicate), params);
      },
      timeout,
    );
  };
}

/** vitest's `test`, plus `test.prop`. */
export const test = new Proxy(vitestTest, {
  get: (target, key, receiver) => (key === 'prop' ? prop : Reflect.get(target, key, receiver)),
}) as unknown as typeof FastCheckTest;

/** Same as {@link test}. */
export const it: typeof FastCheckTest = test;

export { fc };
