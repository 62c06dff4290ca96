import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import { AccountPolicyError } from '../errors';
import { CURRENCIES, getCurrency, isCurrencyCode } from './currencies';

const REQUIRED: Record<string, [numeric: string, scale: number]> = {
  CNY: ['156', 2],
  USD: ['840', 2],
  EUR: ['978', 2],
  JPY: ['392', 0],
  NGN: ['566', 2],
  INR: ['356', 2],
  HKD: ['344', 2],
  MOP: ['446', 2],
  TWD: ['901', 2],
  GBP: ['826', 2],
  CHF: ['756', 2],
  MXN: ['484', 2],
  KRW: ['410', 0],
  BHD: ['048', 3],
  KWD: ['414', 3],
};

describe('CURRENCIES', () => {
  test.each(Object.entries(REQUIRED))(
    '%s has the ISO 4217 numeric code and scale',
    (code, [n, s]) => {
      const info = getCurrency(code);
      expect(info).toEqual({ code, numeric: n, scale: s, name: expect.any(String) });
      expect(info.name.length).toBeGreaterThan(0);
    },
  );

  test('every entry is consistent, frozen and unique', () => {
    const numerics = new Set<string>();
    for (const [key, info] of Object.entries(CURRENCIES)) {
      expect(info.code).toBe(key);
      expect(key).toMatch(/^[A-Z]{3}$/);
      expect(info.numeric).toMatch(/^\d{3}$/);
      expect([0, 2, 3]).toContain(info.scale);
      expect(Object.isFrozen(info)).toBe(true);
      expect(numerics.has(info.numeric)).toBe(false);
      numerics.add(info.numeric);
    }
    expect(Object.isFrozen(CURRENCIES)).toBe(true);
  });
});

describe('getCurrency / isCurrencyCode', () => {
  test('unknown codes throw unknown_currency naming the code', () => {
    for (const code of ['XYZ', 'cny', '', 'toString', '__proto__', 'constructor', ' CNY']) {
      expect(isCurrencyCode(code)).toBe(false);
      try {
        getCurrency(code);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(AccountPolicyError);
        expect((error as AccountPolicyError).code).toBe('unknown_currency');
        expect((error as AccountPolicyError).message).toContain(JSON.stringify(code));
      }
    }
  });

  test('isCurrencyCode rejects non-strings', () => {
    for (const v of [undefined, null, 156, {}, ['CNY'], Symbol('CNY')]) {
      expect(isCurrencyCode(v)).toBe(false);
    }
    expect(isCurrencyCode('CNY')).toBe(true);
  });
});
