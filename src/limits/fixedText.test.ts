import { expect, vi } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { PolicyDecimal } from '../money/decimal';
import { fixedText } from './fixedText';

const decimalText = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: 0, max: 6 }))
  .map(([negative, units, places]) => {
    const s = units.toString().padStart(places + 1, '0');
    const text = places === 0 ? s : `${s.slice(0, -places)}.${s.slice(-places)}`;
    return negative ? `-${text}` : text;
  });

test.prop([decimalText, fc.integer({ min: 0, max: 6 })], { numRuns: 5000 })(
  'writes what toFixed writes',
  (text, scale) => {
    const x = new PolicyDecimal(text);
    expect(fixedText(x, scale)).toBe(x.toFixed(scale));
  },
);

test.prop([decimalText, decimalText])('also for sums and differences', (a, b) => {
  const x = new PolicyDecimal(a).minus(b);
  expect(fixedText(x, 6)).toBe(x.toFixed(6));
});

/**
 * The point of fixedText is to skip decimal.js's rounding pass: a decimal exact at the scale (with
 * at most 30 integer digits) must be written without calling `toFixed`, and only a finer one may
 * fall back to it. (The fallback gives the same text, so only this tells a correct fast path from
 * one that falls back for every value.)
 */
test.prop([decimalText, fc.integer({ min: 0, max: 6 })], { numRuns: 2000 })(
  'takes the fast path exactly for decimals exact at the scale',
  (text, scale) => {
    const x = new PolicyDecimal(text);
    const expected = x.toFixed(scale);
    const exact = x.decimalPlaces() <= scale && x.abs().lessThan('1e30');
    const proto = Object.getPrototypeOf(x) as { toFixed: (n: number) => string };
    const spy = vi.spyOn(proto, 'toFixed');
    try {
      expect(fixedText(x, scale)).toBe(expected);
      expect(spy).toHaveBeenCalledTimes(exact ? 0 : 1);
    } finally {
      spy.mockRestore();
    }
  },
);
