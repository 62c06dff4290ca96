import { afterAll, describe, expect, test as vitestTest } from 'vitest';
import * as fc from 'fast-check';
import { propertyOf, test } from './fastCheckVitest';

describe('the @fast-check/vitest stand-in', () => {
  vitestTest('a predicate returning false, or throwing, fails the property', async () => {
    await expect(
      fc.assert(
        propertyOf([fc.integer()], (n) => (n as number) < 100),
        { numRuns: 1000 },
      ),
    ).rejects.toThrow(/Property failed/);
    await expect(
      fc.assert(
        propertyOf({ n: fc.nat() }, (value) => {
          if ((value as { n: number }).n >= 0) throw new Error('boom');
        }),
      ),
    ).rejects.toThrow(/Property failed after 1 tests/);
  });

  vitestTest('a true predicate holds, over a tuple and over a record', async () => {
    await fc.assert(propertyOf([fc.nat(), fc.nat()], (a, b) => (a as number) + (b as number) >= 0));
    await fc.assert(
      propertyOf({ s: fc.string() }, (v) => typeof (v as { s: string }).s === 'string'),
    );
  });

  // test.prop registers a real test that runs the predicate numRuns times with the generated values.
  let runs = 0;
  const seen = new Set<string>();
  test.prop([fc.constantFrom('a', 'b', 'c'), fc.nat(9)], { numRuns: 50 })(
    'test.prop runs the predicate with generated values',
    (letter, digit) => {
      runs++;
      seen.add(`${letter}${digit}`);
      expect(['a', 'b', 'c']).toContain(letter);
      expect(digit).toBeLessThanOrEqual(9);
    },
  );
  afterAll(() => {
    expect(runs).toBe(50);
    expect(seen.size).toBeGreaterThan(5);
  });

  test.each([1, 2])('everything else on test is vitest’s own: test.each (%i)', (n) => {
    expect([1, 2]).toContain(n);
  });
});
