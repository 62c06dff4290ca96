/**
 * Hostile input for every public function of src/money: only AccountPolicyError (with a
 * documented code) comes out, nothing pollutes Object.prototype, and each call answers within
 * 50 ms.
 */
import { fc } from '@fast-check/vitest';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  addMoney,
  checkAmountText,
  compareMoney,
  CURRENCIES,
  describeAmountProblem,
  formatMoney,
  formatMoneyForDisplay,
  getCurrency,
  isCurrencyCode,
  isNegativeMoney,
  isZeroMoney,
  maxMoney,
  minMoney,
  money,
  moneyEquals,
  negateMoney,
  parseMoney,
  PolicyDecimal,
  safeParseMoney,
  subtractMoney,
  sumMoney,
  zeroMoney,
  type Money,
} from '../../src/money';
import { hostileValue, NUMBERISH_STRINGS, variantsOf } from './arbitraries';
import { assertHostile, okValue } from './guard';

const CODES = Object.keys(CURRENCIES);
const currency = fc.oneof(fc.constantFrom(...CODES), hostileValue);

/** Valid amount texts up to the limits (18 integer digits, 3 decimals), signs included. */
const validAmountText = fc
  .tuple(
    fc.boolean(),
    fc.bigInt({ min: 0n, max: 10n ** 18n - 1n }),
    fc.option(fc.integer({ min: 0, max: 999 }), { nil: undefined }),
  )
  .map(
    ([negative, int, frac]) =>
      `${negative ? '-' : ''}${int}${frac === undefined ? '' : `.${String(frac).padStart(3, '0').slice(0, 2)}`}`,
  );

const amountText = fc.oneof(validAmountText, fc.constantFrom(...NUMBERISH_STRINGS), hostileValue);

/** Valid Money, including the extremes of every scale. */
const validMoney: fc.Arbitrary<Money> = fc
  .tuple(fc.constantFrom('CNY', 'JPY', 'BHD', 'USD'), validAmountText)
  .map(([cur, text]) => {
    const scale = getCurrency(cur).scale;
    const [int, frac = ''] = text.split('.');
    return parseMoney(scale === 0 ? int! : `${int}.${frac.slice(0, scale) || '0'}`, cur, {
      allowNegative: true,
    });
  });

/** Things passed where Money is expected: forgeries, near-misses, garbage. */
const notMoney: fc.Arbitrary<unknown> = fc.oneof(
  hostileValue,
  variantsOf({ currency: 'CNY', amount: '12.50' }),
  fc.constantFrom<unknown>(
    { currency: 'CNY', amount: 12.5 },
    { currency: 'CNY', amount: new PolicyDecimal('1e1000000') },
    { currency: 'CNY', amount: new PolicyDecimal('0.001') },
    { currency: 'CNY', amount: new PolicyDecimal('NaN') },
    { currency: 'CNY', amount: new PolicyDecimal('-Infinity') },
    { currency: 'XXX', amount: new PolicyDecimal('1') },
    { currency: '__proto__', amount: new PolicyDecimal('1') },
    { currency: 'CNY', amount: Object.create(Decimal.prototype) as unknown },
    { currency: 'CNY', amount: { toStringTag: '[object Decimal]', d: [1], e: 9e15, s: 1 } },
    JSON.parse('{"currency":"CNY","amount":{"__proto__":{"polluted":"yes"}}}') as unknown,
  ),
);

const moneyOrNot = fc.oneof(
  { weight: 2, arbitrary: validMoney },
  { weight: 3, arbitrary: notMoney },
);
const MONEY_ERRORS = {
  codes: ['invalid_amount', 'unknown_currency', 'currency_mismatch'],
} as const;
const warm = () => addMoney(money('1.00', 'CNY'), money('2.00', 'CNY'));

describe('hostile input: money parsing', () => {
  it('parseMoney answers a typed error or exact Money that formats back', () => {
    assertHostile(
      fc.tuple(
        amountText,
        currency,
        fc.oneof(
          fc.constant(undefined),
          hostileValue,
          fc.record(
            { allowNegative: hostileValue, path: fc.oneof(fc.constant(['a', 0]), hostileValue) },
            { requiredKeys: [] },
          ),
        ),
      ),
      ([input, cur, options]) => parseMoney(input, cur as string, options as never),
      {
        name: 'parseMoney',
        documented: { codes: ['invalid_amount', 'unknown_currency', 'invalid_input'] },
        warmUp: () => parseMoney('1.00', 'CNY'),
        check: (outcome, [input, cur]) => {
          if (!outcome.ok) return;
          const m = outcome.value as Money;
          expect(typeof input).toBe('string');
          expect(Object.isFrozen(m)).toBe(true);
          expect(m.currency).toBe(cur);
          expect(new PolicyDecimal(formatMoney(m)).equals(new PolicyDecimal(input as string))).toBe(
            true,
          );
        },
      },
    );
  });

  it('safeParseMoney never throws, whatever it gets', () => {
    assertHostile(
      fc.tuple(amountText, currency, hostileValue),
      ([input, cur, options]) => safeParseMoney(input, cur as string, options as never),
      {
        name: 'safeParseMoney',
        documented: { codes: [] },
        check: (outcome) => {
          expect(outcome.ok).toBe(true);
          const r = okValue(outcome) as { ok: boolean };
          expect(typeof r.ok).toBe('boolean');
        },
      },
    );
  });

  it('money, zeroMoney and getCurrency refuse what is not a supported amount or currency', () => {
    assertHostile(fc.tuple(amountText, currency), ([a, c]) => money(a as string, c as string), {
      name: 'money',
      documented: { codes: ['invalid_amount', 'unknown_currency'] },
    });
    assertHostile(currency, (c) => zeroMoney(c as string), {
      name: 'zeroMoney',
      documented: { codes: ['unknown_currency'] },
    });
    assertHostile(currency, (c) => getCurrency(c as string), {
      name: 'getCurrency',
      documented: { codes: ['unknown_currency'] },
      check: (outcome, c) => expect(outcome.ok).toBe(isCurrencyCode(c)),
    });
  });

  it('isCurrencyCode and checkAmountText answer values, never throw (except a bad scale)', () => {
    assertHostile(hostileValue, (c) => isCurrencyCode(c), {
      name: 'isCurrencyCode',
      documented: { codes: [] },
      check: (outcome) => expect(typeof okValue(outcome)).toBe('boolean'),
    });
    assertHostile(
      fc.tuple(amountText, fc.integer({ min: 0, max: 18 }), hostileValue),
      ([input, scale, options]) => checkAmountText(input, scale, options as never),
      {
        name: 'checkAmountText',
        documented: { codes: [] },
        check: (outcome, [, scale]) => {
          const problem = okValue(outcome) as Parameters<typeof describeAmountProblem>[0] | null;
          if (problem !== null) expect(describeAmountProblem(problem, scale)).toMatch(/^[a-z]/);
        },
      },
    );
    assertHostile(
      fc.tuple(amountText, hostileValue),
      ([input, scale]) => checkAmountText(input, scale as number),
      {
        name: 'checkAmountText(bad scale)',
        documented: { codes: [], also: (e) => e instanceof RangeError },
      },
    );
  });
});

describe('hostile input: functions taking Money', () => {
  it('formatMoney and formatMoneyForDisplay format valid Money and refuse anything else', () => {
    assertHostile(moneyOrNot, (m) => formatMoney(m as Money), {
      name: 'formatMoney',
      documented: MONEY_ERRORS,
      warmUp: warm,
      check: (outcome, m) => {
        if (outcome.ok) expect(formatMoney(m as Money)).toMatch(/^-?\d+(\.\d+)?$/);
      },
    });
    assertHostile(
      fc.tuple(moneyOrNot, fc.oneof(fc.constantFrom('en', 'zh-CN'), hostileValue)),
      ([m, lang]) => formatMoneyForDisplay(m as Money, lang as 'en'),
      { name: 'formatMoneyForDisplay', documented: MONEY_ERRORS, warmUp: warm },
    );
  });

  it('addMoney, subtractMoney, compareMoney and moneyEquals refuse non-Money', () => {
    const pair = fc.tuple(moneyOrNot, moneyOrNot);
    for (const [name, fn] of [
      ['addMoney', addMoney],
      ['subtractMoney', subtractMoney],
      ['compareMoney', compareMoney],
      ['moneyEquals', moneyEquals],
      ['minMoney', minMoney],
      ['maxMoney', maxMoney],
    ] as const) {
      assertHostile(pair, ([a, b]) => (fn as (x: unknown, y: unknown) => unknown)(a, b), {
        name,
        documented: MONEY_ERRORS,
        warmUp: warm,
      });
    }
  });

  it('negateMoney, isZeroMoney and isNegativeMoney refuse non-Money', () => {
    for (const [name, fn] of [
      ['negateMoney', negateMoney],
      ['isZeroMoney', isZeroMoney],
      ['isNegativeMoney', isNegativeMoney],
    ] as const) {
      assertHostile(moneyOrNot, (m) => (fn as (x: unknown) => unknown)(m), {
        name,
        documented: MONEY_ERRORS,
        warmUp: warm,
      });
    }
  });

  it('sumMoney refuses a list that is not an array of Money in its currency', () => {
    assertHostile(
      fc.tuple(fc.oneof(fc.array(moneyOrNot, { maxLength: 20 }), hostileValue), currency),
      ([list, cur]) => sumMoney(list as Money[], cur as string),
      { name: 'sumMoney', documented: MONEY_ERRORS, warmUp: warm },
    );
  });
});
