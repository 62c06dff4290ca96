import { fc, test } from '@fast-check/vitest';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { checkAmountText } from '../money/amountText';
import { safeParseInstant } from '../time';
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

describe('instantSchema accepts exactly what parseInstant accepts', () => {
  const message = (text: string) => {
    const r = instantSchema().safeParse(text);
    return r.success ? null : r.error.issues.map((i) => i.message);
  };

  it('a day or time that does not exist is refused in parseInstant’s words', () => {
    expect(message('2026-02-30T10:00:00+08:00')).toStrictEqual([
      'Invalid instant "2026-02-30T10:00:00+08:00": February 2026 has no day 30 (it has 28 days)',
    ]);
    expect(message('2100-02-29T10:00:00+08:00')).toStrictEqual([
      'Invalid instant "2100-02-29T10:00:00+08:00": February 2100 has no day 29 (it has 28 days)',
    ]);
    expect(message('2026-04-31T10:00:00Z')).toStrictEqual([
      'Invalid instant "2026-04-31T10:00:00Z": April 2026 has no day 31 (it has 30 days)',
    ]);
    expect(message('2026-11-22T24:00:00+08:00')).toStrictEqual([
      'Invalid instant "2026-11-22T24:00:00+08:00": the hour must be 00–23 (got 24; write 24:00 as 00:00 of the next day)',
    ]);
    expect(message('2026-11-22T09:30:00+24:00')).toStrictEqual([
      'Invalid instant "2026-11-22T09:30:00+24:00": the offset +24:00 is out of range (at most ±23:59)',
    ]);
    expect(message('2024-02-29T23:59:59.999+08:00')).toBeNull();
    expect(message('2000-02-29T00:00:00Z')).toBeNull();
  });

  it('a wrong shape gets the general message', () => {
    const general = [
      'must be an ISO 8601 instant with an offset, e.g. "2026-11-22T09:30:00+08:00"',
    ];
    expect(message('2026-11-22')).toStrictEqual(general);
    expect(message('2026-11-22T09:30:00')).toStrictEqual(general);
    expect(message('2026-11-22 09:30:00+08:00')).toStrictEqual(general);
  });

  test.prop([
    fc.oneof(
      fc
        .tuple(
          fc.integer({ min: 0, max: 10_000 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
          fc.integer({ min: 0, max: 25 }),
          fc.integer({ min: 0, max: 60 }),
          fc.constantFrom('Z', '+08:00', '-05:30', '+23:59', '+24:00', '-00:60'),
        )
        .map(
          ([y, mo, d, h, mi, off]) =>
            `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}:00${off}`,
        ),
      fc.string({ maxLength: 45 }),
    ),
  ])('agrees with safeParseInstant on every string', (text) => {
    expect(instantSchema().safeParse(text).success).toBe(safeParseInstant(text).ok);
  });
});
