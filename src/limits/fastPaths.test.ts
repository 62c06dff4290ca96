/*
 * The fast paths of src/limits (issue 6). Each one exists to skip work on well-formed input, and
 * falling back to the strict path would give the same answer, only slower; so these tests pin
 * both halves of each contract: the answer, and that well-formed input really takes the fast path
 * (and only well-formed input does).
 */
import { describe, expect, it, vi } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { checkAmountText } from '../money/amountText';
import { PolicyDecimal } from '../money/decimal';
import { parseInstant, safeParseInstant } from '../time';
import { isAccountPolicyError } from '../errors';
import { instantMemo, instantMs, parseInstantMs } from './parse';
import { minorUnits, parseAmountMinor } from '../money/amountMinor';

/** Amount-like strings: valid ones of every scale, near misses, and anything at all. */
const amountLike = fc.oneof(
  fc
    .tuple(fc.bigInt({ min: 0n, max: 10n ** 19n }), fc.integer({ min: 0, max: 4 }))
    .map(([units, places]) => {
      const s = units.toString().padStart(places + 1, '0');
      return places === 0 ? s : `${s.slice(0, -places)}.${s.slice(-places)}`;
    }),
  fc.constantFrom('0', '00', '01', '1.', '.5', '-1', '+1', '1e3', '１', ' 1', '1 ', 'NaN', ''),
  fc.stringMatching(/^[0-9.]{1,34}$/),
  fc.string({ maxLength: 40 }),
);

/** decimal.js's reading of a checked amount, in minor units: the oracle of parseAmountMinor. */
function decimalMinor(text: string, scale: number): bigint {
  return BigInt(new PolicyDecimal(text).times(10 ** scale).toFixed(0));
}

/** parseAmountMinor's answer, or the error's code and path when it refuses. */
function minorOrRefusal(text: unknown, scale: number, allowNegative: boolean) {
  try {
    return parseAmountMinor(text, scale, ['account', 'balance'], allowNegative);
  } catch (error) {
    if (!isAccountPolicyError(error)) throw error;
    return { code: error.code, path: error.issues[0]?.path };
  }
}

describe('parseAmountMinor: amounts in minor units without decimal.js (issue 18)', () => {
  const signed = fc.oneof(
    amountLike,
    amountLike.map((t) => `-${t}`),
  );
  test.prop([signed, fc.integer({ min: 0, max: 3 }), fc.boolean()], { numRuns: 3000 })(
    "gives decimal.js's value of every amount checkAmountText accepts, and refuses the rest at the path",
    (text, scale, allowNegative) => {
      const valid = checkAmountText(text, scale, { allowNegative }) === null;
      expect(minorOrRefusal(text, scale, allowNegative)).toEqual(
        valid
          ? decimalMinor(text, scale)
          : { code: 'invalid_amount', path: ['account', 'balance'] },
      );
    },
  );

  it('at the edges: the longest amount, negative zero, one minor unit, no decimals', () => {
    expect(parseAmountMinor(`${'9'.repeat(18)}.999`, 3, [])).toBe(10n ** 21n - 1n);
    expect(parseAmountMinor('-0.00', 2, [], true)).toBe(0n);
    expect(parseAmountMinor('-0.01', 2, [], true)).toBe(-1n);
    expect(parseAmountMinor('0.001', 3, [])).toBe(1n);
    expect(parseAmountMinor('12', 0, [])).toBe(12n);
    expect(parseAmountMinor('12.5', 2, [])).toBe(1250n);
    expect(() => parseAmountMinor('12.5', 0, ['x'])).toThrow(/x: .*whole number/);
    expect(() => parseAmountMinor(12.5, 2, ['x'])).toThrow(/not a number/);
  });
});

// minorUnits is parseAmountMinor's fast path (and usage validation's): it reads exactly the plain
// amounts, and leaves everything else to the checked path.
describe('minorUnits', () => {
  test.prop([amountLike, fc.integer({ min: 0, max: 3 })], { numRuns: 3000 })(
    'accept exactly the non-negative amounts checkAmountText accepts, with their value',
    (text, scale) => {
      const valid = checkAmountText(text, scale) === null;
      expect(minorUnits(text, scale) !== null).toBe(valid);
    },
  );

  it('refuse what is not a string, and scales they have no pattern for', () => {
    for (const value of [1, null, undefined, 10n, ['1'], { toString: () => '1' }]) {
      expect(minorUnits(value, 2)).toBeNull();
    }
    expect(minorUnits('1', 4)).toBeNull();
    expect(minorUnits('1', -1)).toBeNull();
  });

  it('take the longest valid amounts (18 integer digits, 3 decimals)', () => {
    const longest = `${'9'.repeat(18)}.999`;
    expect(minorUnits(longest, 3)).toBe(10n ** 21n - 1n);
    expect(minorUnits(`1${'0'.repeat(18)}`, 3)).toBeNull();
  });
});

/** Calls `fn` and counts the calls it makes to Date.parse (the instant fast path's only parser). */
function dateParseCalls(fn: () => unknown): { calls: number; result: unknown } {
  const spy = vi.spyOn(Date, 'parse');
  try {
    let result: unknown;
    try {
      result = fn();
    } catch (error) {
      result = error;
    }
    return { calls: spy.mock.calls.length, result };
  } finally {
    spy.mockRestore();
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

describe('parseInstantMs: the fast path takes every well-formed instant, and no other', () => {
  it('every day of every month, in common and leap years (1900, 2000, 2024, 2026, 2100, 2400)', () => {
    for (const year of [1900, 2000, 2024, 2026, 2100, 2400]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const text = `${year}-${pad(month)}-${pad(day)}T12:00:00+08:00`;
          const strict = safeParseInstant(text);
          const { calls, result } = dateParseCalls(() => parseInstantMs(text, ['at']));
          if (strict.ok) {
            expect({ text, calls, result }).toStrictEqual({
              text,
              calls: 1,
              result: strict.value.getTime(),
            });
          } else {
            expect({ text, calls }).toStrictEqual({ text, calls: 0 });
            expect((result as Error).message).toContain('has no day');
          }
        }
      }
    }
  });

  test.prop(
    [
      fc.date({
        min: new Date('0001-01-01T00:00:00Z'),
        max: new Date('9999-12-30T00:00:00Z'),
        noInvalidDate: true,
      }),
      fc.constantFrom('Z', '+08:00', '-05:30', '+23:59'),
      fc.boolean(),
    ],
    { numRuns: 2000 },
  )(
    'any real instant in any shape parseInstant accepts: one Date.parse, the same answer',
    (d, offset, withMs) => {
      const iso = d.toISOString();
      const text = `${iso.slice(0, withMs ? 23 : 19)}${offset}`;
      if (!safeParseInstant(text).ok) return; // a year-0001 date moved before 0001 by the offset
      const { calls, result } = dateParseCalls(() => parseInstantMs(text, ['at']));
      expect(calls).toBe(1);
      expect(result).toBe(parseInstant(text).getTime());
    },
  );

  it('anything else goes to the strict parser, whose error names the path', () => {
    for (const text of [
      '2026-11-22T09:30:00',
      '2026-11-22',
      `2026-11-22T09:30:00.${'0'.repeat(30)}+08:00`,
      '0000-01-01T00:00:00Z',
      '2026-13-01T00:00:00Z',
      '2026-11-22T24:00:00Z',
    ]) {
      const { calls, result } = dateParseCalls(() => parseInstantMs(text, ['transaction', 'at']));
      expect({ text, calls }).toStrictEqual({ text, calls: 0 });
      expect((result as { issues: unknown }).issues).toStrictEqual([
        { path: ['transaction', 'at'], message: expect.any(String) },
      ]);
    }
    expect(dateParseCalls(() => parseInstantMs(20261122, ['at'])).calls).toBe(0);
  });
});

describe('the instant memo', () => {
  it('remembers an instant once parsed, and nothing that failed', () => {
    const text = '1987-06-05T04:03:02+08:00';
    expect(instantMemo(text)).toBeUndefined();
    expect(instantMs(text, ['at'])).toBe(parseInstant(text).getTime());
    expect(instantMemo(text)).toBe(parseInstant(text).getTime());
    // A second read takes the memo: no parsing at all.
    expect(dateParseCalls(() => instantMs(text, ['at']))).toStrictEqual({
      calls: 0,
      result: parseInstant(text).getTime(),
    });
    // Parsing another keeps the first.
    instantMs('1987-06-05T04:03:03+08:00', ['at']);
    expect(instantMemo(text)).toBe(parseInstant(text).getTime());
    expect(() => instantMs('1987-02-30T00:00:00Z', ['at'])).toThrow(/has no day 30/);
    expect(instantMemo('1987-02-30T00:00:00Z')).toBeUndefined();
  });

  it('is bounded: it starts afresh once it holds 4,096 instants', () => {
    const first = '1988-01-01T00:00:00Z';
    instantMs(first, []);
    expect(instantMemo(first)).toBe(Date.UTC(1988, 0, 1));
    // 4,096 more distinct instants: at most 4,095 fit beside the first, so it is forgotten.
    for (let i = 1; i <= 4096; i++) {
      const t = new Date(Date.UTC(1988, 0, 1) + i * 60_000).toISOString();
      instantMs(t, []);
    }
    expect(instantMemo(first)).toBeUndefined();
    // The newest is remembered.
    const last = new Date(Date.UTC(1988, 0, 1) + 4096 * 60_000).toISOString();
    expect(instantMemo(last)).toBe(Date.UTC(1988, 0, 1) + 4096 * 60_000);
  });
});
