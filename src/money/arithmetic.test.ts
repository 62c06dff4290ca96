import Decimal from 'decimal.js';
import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
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
import { PolicyDecimal } from './decimal';
import { formatMoney } from './formatMoney';
import type { Money } from './Money';
import { money, parseMoney } from './parseMoney';
import { zeroMoney } from './zeroMoney';

const neg = (s: string, c: string): Money => parseMoney(s, c, { allowNegative: true });

function errorOf(fn: () => unknown): AccountPolicyError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AccountPolicyError);
    return error as AccountPolicyError;
  }
  throw new Error('expected an AccountPolicyError');
}

describe('arithmetic', () => {
  test('exact decimal addition and subtraction', () => {
    expect(formatMoney(addMoney(money('0.10', 'CNY'), money('0.20', 'CNY')))).toBe('0.30');
    expect(formatMoney(subtractMoney(money('5', 'USD'), money('10', 'USD')))).toBe('-5.00');
    expect(formatMoney(addMoney(money('0.001', 'KWD'), money('0.002', 'KWD')))).toBe('0.003');
    expect(formatMoney(addMoney(money('999999999999999999.99', 'CNY'), money('0.01', 'CNY')))).toBe(
      '1000000000000000000.00',
    );
    expect(formatMoney(negateMoney(money('5', 'USD')))).toBe('-5.00');
    expect(formatMoney(negateMoney(neg('-5', 'USD')))).toBe('5.00');
  });

  test('results are frozen PolicyDecimal values', () => {
    const r = addMoney(money('1', 'CNY'), money('2', 'CNY'));
    expect(Object.isFrozen(r)).toBe(true);
    expect(r.amount).toBeInstanceOf(PolicyDecimal);
    expect(r.amount.constructor).toBe(PolicyDecimal);
  });

  test('hand-built Money with a global Decimal still computes with package settings', () => {
    const foreign: Money = { currency: 'CNY', amount: new Decimal('1.10') };
    const r = addMoney(foreign, money('2.20', 'CNY'));
    expect(r.amount.constructor).toBe(PolicyDecimal);
    expect(formatMoney(r)).toBe('3.30');
  });

  test('sumMoney', () => {
    expect(formatMoney(sumMoney([], 'CNY'))).toBe('0.00');
    expect(formatMoney(sumMoney([], 'JPY'))).toBe('0');
    expect(
      formatMoney(
        sumMoney([money('1.10', 'CNY'), money('2.20', 'CNY'), neg('-0.30', 'CNY')], 'CNY'),
      ),
    ).toBe('3.00');
    expect(errorOf(() => sumMoney([], 'XYZ')).code).toBe('unknown_currency');
    const e = errorOf(() => sumMoney([money('1', 'CNY'), money('1', 'USD')], 'CNY'));
    expect(e.code).toBe('currency_mismatch');
    expect(errorOf(() => sumMoney([money('1', 'USD')], 'CNY')).code).toBe('currency_mismatch');
  });

  test('currency mismatch names both codes', () => {
    const a = money('1', 'CNY');
    const b = money('1', 'USD');
    for (const fn of [
      () => addMoney(a, b),
      () => subtractMoney(a, b),
      () => compareMoney(a, b),
      () => minMoney(a, b),
      () => maxMoney(a, b),
    ]) {
      const e = errorOf(fn);
      expect(e.code).toBe('currency_mismatch');
      expect(e.message).toContain('CNY');
      expect(e.message).toContain('USD');
    }
  });

  test('results beyond the exact range are refused, never rounded', () => {
    const big: Money = { currency: 'CNY', amount: new PolicyDecimal('9e55') };
    expect(errorOf(() => addMoney(big, big)).code).toBe('invalid_amount');
  });
});

describe('comparisons', () => {
  test('compareMoney, moneyEquals, min, max', () => {
    const one = money('1', 'CNY');
    const two = money('2.00', 'CNY');
    expect(compareMoney(one, two)).toBe(-1);
    expect(compareMoney(two, one)).toBe(1);
    expect(compareMoney(money('1.5', 'CNY'), money('1.50', 'CNY'))).toBe(0);
    expect(moneyEquals(money('1.5', 'CNY'), money('1.50', 'CNY'))).toBe(true);
    expect(moneyEquals(one, two)).toBe(false);
    expect(moneyEquals(money('1', 'CNY'), money('1', 'USD'))).toBe(false);
    expect(minMoney(two, one)).toBe(one);
    expect(maxMoney(one, two)).toBe(two);
    expect(minMoney(one)).toBe(one);
    expect(formatMoney(minMoney(money('5', 'CNY'), neg('-3', 'CNY'), money('4', 'CNY')))).toBe(
      '-3.00',
    );
    const a = money('1', 'CNY');
    const b = money('1.0', 'CNY');
    expect(minMoney(a, b)).toBe(a);
    expect(maxMoney(a, b)).toBe(a);
  });

  test('isZeroMoney, isNegativeMoney', () => {
    expect(isZeroMoney(zeroMoney('CNY'))).toBe(true);
    expect(isZeroMoney(money('0.01', 'CNY'))).toBe(false);
    expect(isNegativeMoney(neg('-0.01', 'CNY'))).toBe(true);
    expect(isNegativeMoney(zeroMoney('CNY'))).toBe(false);
    expect(isNegativeMoney({ currency: 'CNY', amount: new PolicyDecimal('-0') })).toBe(false);
  });
});
