import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { AccountPolicyError } from '../errors';
import { addMoney, negateMoney, subtractMoney, sumMoney } from './arithmetic';
import {
  compareMoney,
  isNegativeMoney,
  isZeroMoney,
  maxMoney,
  minMoney,
  moneyEquals,
} from './compareMoney';
import { getCurrency } from './currencies';
import { PolicyDecimal } from './decimal';
import { formatMoney } from './formatMoney';
import type { Money } from './Money';
import { money, parseMoney } from './parseMoney';

/** Error messages name what is wrong: the operation, the argument, the value given. */
function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AccountPolicyError);
    return (error as AccountPolicyError).message;
  }
  throw new Error('expected an AccountPolicyError');
}

const cny = money('1.00', 'CNY');
const usd = money('1.00', 'USD');
const bad = null as unknown as Money;

describe('error messages', () => {
  it('a currency mismatch names the operation and both currencies', () => {
    expect(messageOf(() => addMoney(cny, usd))).toBe(
      'Cannot add CNY and USD: the currencies differ',
    );
    expect(messageOf(() => subtractMoney(cny, usd))).toBe(
      'Cannot subtract CNY and USD: the currencies differ',
    );
    expect(messageOf(() => compareMoney(cny, usd))).toBe(
      'Cannot compare CNY and USD: the currencies differ',
    );
    expect(messageOf(() => sumMoney([cny, usd], 'CNY'))).toBe(
      'Cannot sum CNY and USD: the currencies differ',
    );
  });

  it.each([
    ['addMoney', 'a', () => addMoney(bad, cny)],
    ['addMoney', 'b', () => addMoney(cny, bad)],
    ['subtractMoney', 'a', () => subtractMoney(bad, cny)],
    ['subtractMoney', 'b', () => subtractMoney(cny, bad)],
    ['negateMoney', 'm', () => negateMoney(bad)],
    ['compareMoney', 'a', () => compareMoney(bad, cny)],
    ['compareMoney', 'b', () => compareMoney(cny, bad)],
    ['moneyEquals', 'a', () => moneyEquals(bad, cny)],
    ['moneyEquals', 'b', () => moneyEquals(cny, bad)],
    ['isZeroMoney', 'm', () => isZeroMoney(bad)],
    ['isNegativeMoney', 'm', () => isNegativeMoney(bad)],
    ['minMoney', 'first', () => minMoney(bad)],
    ['maxMoney', 'first', () => maxMoney(bad)],
    ['formatMoney', 'm', () => formatMoney(bad)],
    ['sumMoney', 'list[1]', () => sumMoney([cny, bad], 'CNY')],
  ])('%s names its argument %s', (_fn, name, call) => {
    expect(messageOf(call)).toBe(
      `${name} must be Money (from parseMoney, money or zeroMoney), not null`,
    );
  });

  it.each([
    [12.5, '12.5 (a number)'],
    [12n, '12 (a bigint)'],
    [true, 'true (a boolean)'],
    [undefined, 'undefined'],
    [null, 'null'],
    [Symbol('x'), 'a symbol'],
    [() => '1', 'a function'],
    [['1'], 'an array'],
    [{ amount: '1' }, 'an object'],
    ['x'.repeat(40), JSON.stringify('x'.repeat(40))],
    ['x'.repeat(41), JSON.stringify(`${'x'.repeat(40)}…`)],
  ])('an amount given as %s is shown as %s', (input, shown) => {
    const message = messageOf(() => parseMoney(input, 'CNY'));
    expect(message.startsWith(`Invalid CNY amount ${shown}: it `)).toBe(true);
  });

  it('an unknown currency is shown cut to 40 characters', () => {
    expect(messageOf(() => getCurrency('Z'.repeat(100)))).toBe(
      `Unknown currency ${JSON.stringify('Z'.repeat(40))}: expected a supported ISO 4217 code such as "CNY"`,
    );
    expect(messageOf(() => getCurrency(7 as never))).toBe(
      'Unknown currency number: expected a supported ISO 4217 code such as "CNY"',
    );
  });
});

describe('formatMoney never writes negative zero', () => {
  it('formats a hand-built -0 as zero', () => {
    for (const amount of [new PolicyDecimal('-0'), new Decimal('-0.00')]) {
      expect(formatMoney({ currency: 'CNY', amount })).toBe('0.00');
      expect(formatMoney({ currency: 'JPY', amount })).toBe('0');
      expect(formatMoney({ currency: 'BHD', amount })).toBe('0.000');
    }
  });
});
