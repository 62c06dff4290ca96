import { describe, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { addMoney, negateMoney, subtractMoney, sumMoney } from './arithmetic';
import { compareMoney, maxMoney, minMoney, moneyEquals } from './compareMoney';
import { getCurrency } from './currencies';
import { formatMoney } from './formatMoney';
import { formatMoneyForDisplay } from './formatMoneyForDisplay';
import type { Money } from './Money';
import { parseMoney } from './parseMoney';

const RUNS = { numRuns: 1000 } as const;
const NEG = { allowNegative: true } as const;
const CODES = ['CNY', 'JPY', 'BHD', 'USD', 'KWD', 'KRW'] as const;

/** Reference formatting of an integer number of minor units, using only bigint. */
function minorToText(units: bigint, scale: number): string {
  const sign = units < 0n ? '-' : '';
  const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
  if (scale === 0) return sign + digits;
  return `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

/** Minor units whose amount has at most 18 integer digits. */
const minorUnits = (scale: number): fc.Arbitrary<bigint> => {
  const bound = 10n ** BigInt(18 + scale) - 1n;
  return fc.oneof(
    fc.bigInt({ min: -bound, max: bound }),
    fc.bigInt({ min: -100_000n, max: 100_000n }),
    fc.constantFrom(0n, 1n, -1n, bound, -bound),
  );
};

const currency = fc.constantFrom(...CODES);

/** A currency with `n` amounts in it, each paired with its minor units. */
const amountsIn = (n: number) =>
  currency.chain((code) => {
    const { scale } = getCurrency(code);
    return fc.array(minorUnits(scale), { minLength: n, maxLength: n }).map((units) => ({
      code,
      scale,
      units,
      values: units.map((u) => parseMoney(minorToText(u, scale), code, NEG)),
    }));
  });

/** Valid (non-canonical) amount text with its canonical formatted form. */
const amountText = currency.chain((code) => {
  const { scale } = getCurrency(code);
  const digit = fc.constantFrom(...'0123456789'.split(''));
  const intPart = fc.oneof(
    fc.constant('0'),
    fc
      .tuple(fc.constantFrom(...'123456789'.split('')), fc.string({ unit: digit, maxLength: 17 }))
      .map(([h, t]) => h + t),
  );
  const fracPart =
    scale === 0 ? fc.constant('') : fc.string({ unit: digit, minLength: 1, maxLength: scale });
  return fc
    .record({ negative: fc.boolean(), int: intPart, frac: fc.option(fracPart, { nil: '' }) })
    .map(({ negative, int, frac }) => {
      const text = `${negative ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
      const padded = scale === 0 ? int : `${int}.${frac.padEnd(scale, '0')}`;
      const isZero = /^[0.]*$/.test(padded);
      return { code, text, canonical: `${negative && !isZero ? '-' : ''}${padded}` };
    });
});

const PLAIN = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;

describe('money properties', () => {
  test.prop([amountText], RUNS)('format(parse(s)) is the canonical s padded to scale', (c) => {
    expect(formatMoney(parseMoney(c.text, c.code, NEG))).toBe(c.canonical);
  });

  test.prop([amountsIn(1)], RUNS)('parse(format(m)) equals m, and format matches bigint', (c) => {
    const m = c.values[0] as Money;
    const text = formatMoney(m);
    expect(text).toBe(minorToText(c.units[0] as bigint, c.scale));
    const back = parseMoney(text, c.code, NEG);
    expect(moneyEquals(back, m)).toBe(true);
    expect(formatMoney(back)).toBe(text);
  });

  test.prop(
    [
      currency.chain((code) => {
        const { scale } = getCurrency(code);
        return fc
          .array(minorUnits(scale), { maxLength: 200, size: 'max' })
          .map((units) => ({ code, scale, units }));
      }),
    ],
    { numRuns: 1000 },
  )('sumMoney equals the bigint minor-unit sum', ({ code, scale, units }) => {
    const list = units.map((u) => parseMoney(minorToText(u, scale), code, NEG));
    const expected = units.reduce((acc, u) => acc + u, 0n);
    expect(formatMoney(sumMoney(list, code))).toBe(minorToText(expected, scale));
  });

  test.prop([amountsIn(3)], RUNS)('addition is commutative and associative', (c) => {
    const [a, b, d] = c.values as [Money, Money, Money];
    expect(moneyEquals(addMoney(a, b), addMoney(b, a))).toBe(true);
    expect(moneyEquals(addMoney(addMoney(a, b), d), addMoney(a, addMoney(b, d)))).toBe(true);
    const [ua, ub, ud] = c.units as [bigint, bigint, bigint];
    expect(formatMoney(addMoney(addMoney(a, b), d))).toBe(minorToText(ua + ub + ud, c.scale));
  });

  test.prop([amountsIn(2)], RUNS)('subtraction is the inverse of addition', (c) => {
    const [a, b] = c.values as [Money, Money];
    const [ua, ub] = c.units as [bigint, bigint];
    expect(moneyEquals(subtractMoney(addMoney(a, b), b), a)).toBe(true);
    expect(moneyEquals(addMoney(subtractMoney(a, b), b), a)).toBe(true);
    expect(formatMoney(subtractMoney(a, b))).toBe(minorToText(ua - ub, c.scale));
    expect(moneyEquals(subtractMoney(a, b), negateMoney(subtractMoney(b, a)))).toBe(true);
  });

  test.prop([amountsIn(2)], RUNS)('compareMoney agrees with bigint comparison', (c) => {
    const [a, b] = c.values as [Money, Money];
    const [ua, ub] = c.units as [bigint, bigint];
    const expected = ua < ub ? -1 : ua > ub ? 1 : 0;
    expect(compareMoney(a, b)).toBe(expected);
    expect(compareMoney(b, a)).toBe(-expected || 0);
    expect(moneyEquals(a, b)).toBe(expected === 0);
    expect(formatMoney(minMoney(a, b))).toBe(minorToText(ua < ub ? ua : ub, c.scale));
    expect(formatMoney(maxMoney(a, b))).toBe(minorToText(ua > ub ? ua : ub, c.scale));
  });

  test.prop([amountsIn(2)], RUNS)('formatting never uses exponent notation', (c) => {
    const [a, b] = c.values as [Money, Money];
    for (const m of [a, b, addMoney(a, b), subtractMoney(a, b), negateMoney(a)]) {
      const text = formatMoney(m);
      expect(text).toMatch(PLAIN);
      expect(text).not.toMatch(/[eE]/);
      expect(/^-0(\.0*)?$/.test(text)).toBe(false);
      const decimals = text.includes('.') ? (text.split('.')[1] as string).length : 0;
      expect(decimals).toBe(c.scale);
      const display = formatMoneyForDisplay(m, 'en');
      expect(display).not.toMatch(/[eE]/);
      expect(display.slice(c.code.length + 1).replaceAll(',', '')).toBe(text);
    }
  });
});
