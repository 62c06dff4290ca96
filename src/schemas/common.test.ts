import { fc, test } from '@fast-check/vitest';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { checkAmountText } from '../money/amountText';
import { amountSchema, instantSchema, localDateSchema } from './common';

describe('amountSchema', () => {
  it.each([
    ['9999.99', true],
    ['0', true],
    ['0.5', true],
    ['1.005', false],
    ['-1.00', false],
    ['1e5', false],
    ['01.00', false],
    [' 1.00', false],
    ['１２', false],
  ])('%j → %s', (input, ok) => {
    expect(amountSchema().safeParse(input).success).toBe(ok);
  });

  it('says why a JSON number or an exponent is refused', () => {
    expect(amountSchema().safeParse(12.5).error?.issues[0]?.message).toMatch(
      /decimal string.*a number/,
    );
    expect(amountSchema().safeParse('1e5').error?.issues[0]?.message).toMatch(/exponent/);
    expect(amountSchema().safeParse(undefined).error?.issues[0]?.message).toBe('is required');
  });

  it('is a string with a pattern in JSON Schema', () => {
    expect(z.toJSONSchema(amountSchema())).toMatchObject({
      type: 'string',
      pattern: expect.any(String),
    });
  });

  test.prop([
    fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.stringMatching(/^-?\d{0,20}(\.\d{0,4})?$/),
      fc.bigInt({ min: 0n, max: 10n ** 20n }).map(String),
    ),
    fc.integer({ min: 0, max: 4 }),
  ])('accepts exactly what checkAmountText accepts', (text, scale) => {
    expect(amountSchema(scale).safeParse(text).success).toBe(checkAmountText(text, scale) === null);
  });
});

describe('instant and date schemas', () => {
  it('need an offset and a real date', () => {
    expect(instantSchema().safeParse('2026-11-22T09:30:00+08:00').success).toBe(true);
    expect(instantSchema().safeParse('2026-11-22T09:30:00').success).toBe(false);
    expect(localDateSchema().safeParse('2024-02-29').success).toBe(true);
    expect(localDateSchema().safeParse('2026-02-29').success).toBe(false);
  });
});
