/*
 * fixedText by example (issue 6): the fast fixed-point writer gives exactly what toFixed gives,
 * for zero, one-word and multi-word decimals, negatives and each scale the engine uses.
 */
import { describe, expect, it } from 'vitest';
import { PolicyDecimal } from '../money/decimal';
import { fixedText } from './fixedText';

describe('fixedText', () => {
  it.each([
    ['0', 2, '0.00'],
    ['0', 0, '0'],
    ['0.00', 3, '0.000'],
    ['5', 0, '5'],
    ['5', 2, '5.00'],
    ['1000.5', 2, '1000.50'],
    ['0.05', 2, '0.05'],
    ['-5', 2, '-5.00'],
    ['-0.01', 2, '-0.01'],
    ['9999999', 2, '9999999.00'],
    ['10000000', 2, '10000000.00'],
    ['10000001', 2, '10000001.00'],
    ['10000000.01', 2, '10000000.01'],
    ['12345678.9', 2, '12345678.90'],
    ['200000.00', 2, '200000.00'],
    ['123456789012345678.99', 2, '123456789012345678.99'],
    ['1.234', 2, '1.23'],
  ] as const)('%s at scale %i is %s', (text, scale, expected) => {
    const x = new PolicyDecimal(text);
    expect(fixedText(x, scale)).toBe(expected);
    expect(fixedText(x, scale)).toBe(x.toFixed(scale));
  });

  it('sums and differences of amounts', () => {
    const a = new PolicyDecimal('9000.00');
    expect(fixedText(a.plus('1000.00'), 2)).toBe('10000.00');
    expect(fixedText(a.minus('9000.01'), 2)).toBe('-0.01');
    expect(fixedText(a.minus(a), 2)).toBe('0.00');
  });
});
