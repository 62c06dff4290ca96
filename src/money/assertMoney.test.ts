import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { AccountPolicyError } from '../errors';
import { addMoney, negateMoney, subtractMoney, sumMoney } from './arithmetic';
import { checkAmountText } from './amountText';
import {
  compareMoney,
  isNegativeMoney,
  isZeroMoney,
  maxMoney,
  minMoney,
  moneyEquals,
} from './compareMoney';
import { PolicyDecimal } from './decimal';
import { formatMoney } from './formatMoney';
import { formatMoneyForDisplay } from './formatMoneyForDisplay';
import type { Money } from './Money';
import { money, parseMoney } from './parseMoney';

function errorOf(fn: () => unknown): AccountPolicyError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AccountPolicyError);
    return error as AccountPolicyError;
  }
  throw new Error('expected an AccountPolicyError');
}

const forged = (currency: unknown, amount: unknown) => ({ currency, amount }) as unknown as Money;
const one = money('1.00', 'CNY');

/** Every function taking Money, called with `bad` in one Money position. */
const TAKING_MONEY: readonly (readonly [string, (bad: Money) => unknown])[] = [
  ['formatMoney', (bad) => formatMoney(bad)],
  ['formatMoneyForDisplay', (bad) => formatMoneyForDisplay(bad, 'en')],
  ['addMoney (a)', (bad) => addMoney(bad, one)],
  ['addMoney (b)', (bad) => addMoney(one, bad)],
  ['subtractMoney (a)', (bad) => subtractMoney(bad, one)],
  ['subtractMoney (b)', (bad) => subtractMoney(one, bad)],
  ['negateMoney', (bad) => negateMoney(bad)],
  ['sumMoney', (bad) => sumMoney([one, bad], 'CNY')],
  ['compareMoney (a)', (bad) => compareMoney(bad, one)],
  ['compareMoney (b)', (bad) => compareMoney(one, bad)],
  ['moneyEquals (a)', (bad) => moneyEquals(bad, one)],
  ['moneyEquals (b)', (bad) => moneyEquals(one, bad)],
  ['isZeroMoney', (bad) => isZeroMoney(bad)],
  ['isNegativeMoney', (bad) => isNegativeMoney(bad)],
  ['minMoney (first)', (bad) => minMoney(bad, one)],
  ['minMoney (rest)', (bad) => minMoney(one, bad)],
  ['maxMoney (first)', (bad) => maxMoney(bad, one)],
  ['maxMoney (rest)', (bad) => maxMoney(one, bad)],
];

describe('functions taking Money refuse what is not valid Money', () => {
  it.each(TAKING_MONEY)('%s: null, a number or a string is invalid_amount', (_name, call) => {
    for (const bad of [null, undefined, 12.5, '12.50']) {
      const error = errorOf(() => call(bad as unknown as Money));
      expect(error.code).toBe('invalid_amount');
      expect(error.message).toMatch(/must be Money \(from parseMoney, money or zeroMoney\)/);
    }
  });

  it.each(TAKING_MONEY)('%s: an amount that is not a decimal is invalid_amount', (_name, call) => {
    for (const amount of ['12.50', 12.5, null, { d: [1], e: 0, s: 1 }]) {
      const error = errorOf(() => call(forged('CNY', amount)));
      expect(error.code).toBe('invalid_amount');
      expect(error.message).toMatch(/amount must be a decimal/);
    }
  });

  it.each(TAKING_MONEY)('%s: an unsupported currency is unknown_currency', (_name, call) => {
    for (const currency of ['XXX', undefined, '__proto__', 156]) {
      expect(errorOf(() => call(forged(currency, new PolicyDecimal(1)))).code).toBe(
        'unknown_currency',
      );
    }
  });

  it.each(TAKING_MONEY)('%s: more decimals than the scale, or not finite', (_name, call) => {
    for (const text of ['0.001', 'NaN', 'Infinity', '-Infinity']) {
      const error = errorOf(() => call(forged('CNY', new PolicyDecimal(text))));
      expect(error.code).toBe('invalid_amount');
    }
    expect(errorOf(() => call(forged('CNY', new PolicyDecimal('0.001')))).message).toContain(
      'more than 2 decimal places',
    );
    expect(errorOf(() => call(forged('CNY', new PolicyDecimal('NaN')))).message).toContain(
      'not finite',
    );
  });

  it('accepts amounts just below 10^56 and refuses 10^56 (formatting one would be huge)', () => {
    const below = forged('JPY', new PolicyDecimal('9'.repeat(56)));
    expect(formatMoney(below)).toBe('9'.repeat(56));
    const at = forged('JPY', new PolicyDecimal(`1${'0'.repeat(56)}`));
    expect(errorOf(() => formatMoney(at)).message).toContain('results must be below 10^56');
    const bomb = forged('JPY', new PolicyDecimal('1e1000000'));
    expect(errorOf(() => formatMoney(bomb)).code).toBe('invalid_amount');
    expect(formatMoney(forged('JPY', new PolicyDecimal('-' + '9'.repeat(56))))).toBe(
      '-' + '9'.repeat(56),
    );
  });

  it('accepts hand-built Money whose amount is a decimal.js value of any clone', () => {
    expect(formatMoney(forged('CNY', new Decimal('12.5')))).toBe('12.50');
    expect(isZeroMoney(forged('CNY', new PolicyDecimal(0)))).toBe(true);
    expect(isNegativeMoney(forged('CNY', new Decimal('-0.01')))).toBe(true);
  });

  it('refuses a forged decimal that only claims to be one', () => {
    const fake = { toStringTag: '[object Decimal]', d: [1], e: 9e15, s: 1 };
    expect(errorOf(() => formatMoney(forged('CNY', fake))).code).toBe('invalid_amount');
  });

  it('names the argument that is wrong', () => {
    expect(errorOf(() => addMoney(one, null as unknown as Money)).message).toMatch(/^b must be/);
    expect(errorOf(() => addMoney(null as unknown as Money, one)).message).toMatch(/^a must be/);
    expect(errorOf(() => minMoney(null as unknown as Money)).message).toMatch(/^first must be/);
    expect(errorOf(() => isZeroMoney(null as unknown as Money)).message).toMatch(/^m must be/);
    expect(errorOf(() => sumMoney([one, one, null as unknown as Money], 'CNY')).message).toMatch(
      /^list\[2\] must be/,
    );
  });

  it('sumMoney needs an array', () => {
    for (const list of [null, 'abc', { length: 1, 0: one }, one]) {
      const error = errorOf(() => sumMoney(list as unknown as Money[], 'CNY'));
      expect(error.code).toBe('invalid_amount');
      expect(error.message).toContain('sumMoney needs an array of Money');
    }
    expect(errorOf(() => sumMoney(null as unknown as Money[], 'XXX')).code).toBe(
      'unknown_currency',
    );
  });
});

describe('parseMoney options and checkAmountText scale', () => {
  it('reports the error at the root when options.path is not an array', () => {
    for (const path of ['amount', 5, { 0: 'a' }, null]) {
      expect(parseMoney('1.00', 'CNY', { path: path as never }).currency).toBe('CNY');
      const error = errorOf(() => parseMoney('1.0.0', 'CNY', { path: path as never }));
      expect(error.code).toBe('invalid_amount');
      expect(error.issues[0]!.path).toEqual([]);
    }
    expect(errorOf(() => parseMoney('x', 'CNY', { path: ['a', 0] })).issues[0]!.path).toEqual([
      'a',
      0,
    ]);
  });

  it('describes a bad scale without converting it to text', () => {
    expect(() => checkAmountText('1', { toString: '' } as never)).toThrow(
      new RangeError('scale must be an integer from 0 to 18, got a object'),
    );
    expect(() => checkAmountText('1', 2.5)).toThrow(
      new RangeError('scale must be an integer from 0 to 18, got 2.5'),
    );
    expect(() => checkAmountText('1', Symbol('s') as never)).toThrow(/got a symbol/);
  });
});
