import Decimal from 'decimal.js';
import { describe, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { AccountPolicyError } from '../errors';
import { PolicyDecimal } from './decimal';
import { formatMoney } from './formatMoney';
import { isNegativeMoney, isZeroMoney } from './compareMoney';
import { money, parseMoney, safeParseMoney } from './parseMoney';
import { zeroMoney } from './zeroMoney';

function errorOf(fn: () => unknown): AccountPolicyError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AccountPolicyError);
    return error as AccountPolicyError;
  }
  throw new Error('expected an AccountPolicyError');
}

describe('parseMoney', () => {
  test('parses exact values into frozen Money', () => {
    const m = parseMoney('1000.5', 'CNY');
    expect(m.currency).toBe('CNY');
    expect(m.amount.toString()).toBe('1000.5');
    expect(m.amount).toBeInstanceOf(PolicyDecimal);
    expect(Object.isFrozen(m)).toBe(true);
    expect(formatMoney(m)).toBe('1000.50');
    expect(formatMoney(parseMoney('0.1', 'USD'))).toBe('0.10');
    expect(formatMoney(parseMoney('1.234', 'BHD'))).toBe('1.234');
    expect(formatMoney(parseMoney('1000', 'JPY'))).toBe('1000');
    expect(formatMoney(parseMoney('999999999999999999.99', 'CNY'))).toBe('999999999999999999.99');
  });

  test('-0 and -0.00 parse as (positive) zero when negatives are allowed', () => {
    for (const s of ['-0', '-0.00', '-0.0']) {
      const m = parseMoney(s, 'CNY', { allowNegative: true });
      expect(isZeroMoney(m)).toBe(true);
      expect(isNegativeMoney(m)).toBe(false);
      expect(m.amount.isNegative()).toBe(false);
      expect(formatMoney(m)).toBe('0.00');
    }
    expect(errorOf(() => parseMoney('-0', 'CNY')).code).toBe('invalid_amount');
  });

  test('negatives only with allowNegative', () => {
    expect(formatMoney(parseMoney('-5', 'USD', { allowNegative: true }))).toBe('-5.00');
    const e = errorOf(() => parseMoney('-5', 'USD'));
    expect(e.code).toBe('invalid_amount');
    expect(e.message).toContain('negative');
  });

  test('errors name the problem and the value, with the issue at the given path', () => {
    const e = errorOf(() => parseMoney('12.345', 'CNY', { path: ['transaction', 'amount'] }));
    expect(e.code).toBe('invalid_amount');
    expect(e.message).toContain('"12.345"');
    expect(e.message).toContain('has more than 2 decimal places');
    expect(e.message).toContain('CNY');
    expect(e.issues).toEqual([{ path: ['transaction', 'amount'], message: e.message }]);
    expect(errorOf(() => parseMoney('1.5', 'JPY')).message).toContain('whole number');
    expect(errorOf(() => parseMoney('1.2345', 'BHD')).message).toContain('3 decimal places');
  });

  test('the offending value is truncated to 40 characters in the message', () => {
    const long = `${'1'.repeat(45)}`;
    const e = errorOf(() => parseMoney(long, 'CNY'));
    expect(e.message).toContain(`"${'1'.repeat(40)}…"`);
    expect(e.message).not.toContain('1'.repeat(41));
    expect(e.issues[0]?.path).toEqual([]);
  });

  test('numbers, NaN, Infinity and other non-strings are rejected', () => {
    for (const v of [12.5, 0, 100, NaN, Infinity, -Infinity, 10n, null, undefined, true, {}, []]) {
      const e = errorOf(() => parseMoney(v, 'CNY', { allowNegative: true }));
      expect(e.code).toBe('invalid_amount');
      expect(e.message).toContain('decimal string');
    }
    for (const s of ['NaN', 'Infinity', '-Infinity']) {
      expect(errorOf(() => parseMoney(s, 'CNY', { allowNegative: true })).code).toBe(
        'invalid_amount',
      );
    }
  });

  test('hostile input is rejected before any Decimal is built', () => {
    expect(errorOf(() => parseMoney('1e1000000000', 'CNY')).code).toBe('invalid_amount');
    expect(errorOf(() => parseMoney('1e1000000000', 'CNY')).message).toContain('exponent');
    const huge = '9'.repeat(1e6);
    const e = errorOf(() => parseMoney(huge, 'CNY'));
    expect(e.code).toBe('invalid_amount');
    expect(e.message.length).toBeLessThan(200);
  });

  test('unknown currency is reported before the amount', () => {
    expect(errorOf(() => parseMoney('1', 'XYZ')).code).toBe('unknown_currency');
    expect(errorOf(() => parseMoney('bad', 'XYZ')).code).toBe('unknown_currency');
    expect(errorOf(() => parseMoney('1', 'cny')).code).toBe('unknown_currency');
  });

  test('does not touch the global Decimal configuration', () => {
    expect(Decimal.precision).toBe(20);
    expect(Decimal.rounding).toBe(Decimal.ROUND_HALF_UP);
    expect(PolicyDecimal.precision).toBe(60);
    expect(PolicyDecimal.rounding).toBe(Decimal.ROUND_HALF_EVEN);
    expect(PolicyDecimal.crypto).toBe(false);
  });
});

describe('safeParseMoney, money, zeroMoney', () => {
  test('safeParseMoney returns results instead of throwing', () => {
    const ok = safeParseMoney('10', 'CNY');
    expect(ok.ok && formatMoney(ok.value)).toBe('10.00');
    const bad = safeParseMoney('1e5', 'CNY', { path: ['x'] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('invalid_amount');
      expect(bad.error.issues[0]?.path).toEqual(['x']);
    }
    const unknown = safeParseMoney('1', 'XYZ');
    expect(!unknown.ok && unknown.error.code).toBe('unknown_currency');
  });

  test('money is parseMoney without negatives', () => {
    expect(formatMoney(money('50000', 'CNY'))).toBe('50000.00');
    expect(errorOf(() => money('-1', 'CNY')).code).toBe('invalid_amount');
  });

  test('zeroMoney', () => {
    expect(formatMoney(zeroMoney('CNY'))).toBe('0.00');
    expect(formatMoney(zeroMoney('JPY'))).toBe('0');
    expect(formatMoney(zeroMoney('KWD'))).toBe('0.000');
    expect(errorOf(() => zeroMoney('XYZ')).code).toBe('unknown_currency');
  });

  test.prop(
    [
      fc.oneof(
        fc.double(),
        fc.integer(),
        fc.bigInt(),
        fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e21, 5e-324),
        fc.constantFrom('NaN', 'Infinity', '-Infinity', '+Infinity', 'nan', 'inf'),
      ),
    ],
    { numRuns: 1000 },
  )('JSON numbers, NaN and Infinity are always rejected', (v) => {
    const r = safeParseMoney(v, 'CNY', { allowNegative: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('invalid_amount');
  });

  test.prop([fc.double({ noNaN: true, noDefaultInfinity: true })], { numRuns: 1000 })(
    'a JSON round-tripped number is rejected as a number',
    (n) => {
      const r = safeParseMoney(JSON.parse(JSON.stringify(n)), 'USD', { allowNegative: true });
      expect(!r.ok && r.error.message).toContain('decimal string');
    },
  );
});
