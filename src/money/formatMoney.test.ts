import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import { AccountPolicyError } from '../errors';
import { PolicyDecimal } from './decimal';
import { formatMoney } from './formatMoney';
import { formatMoneyForDisplay } from './formatMoneyForDisplay';
import { negateMoney, subtractMoney } from './arithmetic';
import type { Money } from './Money';
import { money, parseMoney } from './parseMoney';

const neg = (s: string, c: string): Money => parseMoney(s, c, { allowNegative: true });

describe('formatMoney', () => {
  test('exactly the currency scale, no grouping', () => {
    expect(formatMoney(money('1000', 'CNY'))).toBe('1000.00');
    expect(formatMoney(money('1000.5', 'EUR'))).toBe('1000.50');
    expect(formatMoney(neg('-5', 'USD'))).toBe('-5.00');
    expect(formatMoney(money('1000', 'JPY'))).toBe('1000');
    expect(formatMoney(money('12', 'BHD'))).toBe('12.000');
    expect(formatMoney(money('0.01', 'CNY'))).toBe('0.01');
    expect(formatMoney(money('123456789012345678', 'KRW'))).toBe('123456789012345678');
  });

  test('never "-0.00"', () => {
    expect(formatMoney(neg('-0.00', 'CNY'))).toBe('0.00');
    expect(formatMoney(negateMoney(money('0', 'CNY')))).toBe('0.00');
    expect(formatMoney(subtractMoney(money('1', 'JPY'), money('1', 'JPY')))).toBe('0');
    // even for a hand-built negative zero
    const handMade: Money = { currency: 'CNY', amount: new PolicyDecimal('-0') };
    expect(formatMoney(handMade)).toBe('0.00');
  });

  test('rejects hand-built Money with too many decimals instead of rounding', () => {
    const handMade: Money = { currency: 'CNY', amount: new PolicyDecimal('1.005') };
    expect(() => formatMoney(handMade)).toThrow(AccountPolicyError);
    const unknown: Money = { currency: 'XYZ', amount: new PolicyDecimal('1') };
    expect(() => formatMoney(unknown)).toThrow(/Unknown currency/);
  });
});

describe('formatMoneyForDisplay', () => {
  test('English puts the code first', () => {
    expect(formatMoneyForDisplay(money('10000', 'CNY'), 'en')).toBe('CNY 10,000.00');
    expect(formatMoneyForDisplay(money('1234567.89', 'USD'), 'en')).toBe('USD 1,234,567.89');
    expect(formatMoneyForDisplay(money('1234567', 'JPY'), 'en')).toBe('JPY 1,234,567');
    expect(formatMoneyForDisplay(money('999', 'EUR'), 'en')).toBe('EUR 999.00');
    expect(formatMoneyForDisplay(money('0', 'BHD'), 'en')).toBe('BHD 0.000');
    expect(formatMoneyForDisplay(neg('-1000', 'USD'), 'en')).toBe('USD -1,000.00');
  });

  test('Chinese writes 元 for CNY and the code otherwise', () => {
    expect(formatMoneyForDisplay(money('10000', 'CNY'), 'zh-CN')).toBe('10,000.00 元');
    expect(formatMoneyForDisplay(money('10000', 'USD'), 'zh-CN')).toBe('10,000.00 USD');
    expect(formatMoneyForDisplay(neg('-100000', 'CNY'), 'zh-CN')).toBe('-100,000.00 元');
  });

  test('exact for 18-digit amounts (no Number conversion)', () => {
    expect(formatMoneyForDisplay(money('999999999999999999.99', 'CNY'), 'en')).toBe(
      'CNY 999,999,999,999,999,999.99',
    );
    expect(formatMoneyForDisplay(money('100000000000000001', 'JPY'), 'en')).toBe(
      'JPY 100,000,000,000,000,001',
    );
  });
});
