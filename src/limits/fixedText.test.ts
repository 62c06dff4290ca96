import { expect } from 'vitest';
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
