import { describe, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { checkAmountText, describeAmountProblem, type AmountTextProblem } from './amountText';

const NEG = { allowNegative: true } as const;

describe('checkAmountText: one example per problem', () => {
  const cases: [unknown, number, AmountTextProblem, boolean?][] = [
    [12.5, 2, 'not_a_string'],
    [12, 2, 'not_a_string'],
    [12n, 2, 'not_a_string'],
    [null, 2, 'not_a_string'],
    [undefined, 2, 'not_a_string'],
    [{ toString: () => '1' }, 2, 'not_a_string'],
    ['', 2, 'empty'],
    ['1'.repeat(33), 2, 'too_long'],
    [' 1', 2, 'whitespace'],
    ['1 ', 2, 'whitespace'],
    ['1 000', 2, 'whitespace'],
    ['1\u00a0', 2, 'whitespace'],
    ['\t1', 2, 'whitespace'],
    ['1\n', 2, 'whitespace'],
    ['1e5', 2, 'exponent'],
    ['1E5', 2, 'exponent'],
    ['1.5e-3', 2, 'exponent'],
    ['1e1000000000', 2, 'exponent'],
    ['-1e5', 2, 'exponent', true],
    ['NaN', 2, 'not_finite'],
    ['Infinity', 2, 'not_finite'],
    ['-Infinity', 2, 'not_finite'],
    ['-Infinity', 2, 'not_finite', true],
    ['+Infinity', 2, 'not_finite'],
    ['nan', 2, 'not_finite'],
    ['5inf', 2, 'malformed'], // only the whole word is "not finite"
    ['infinity5', 2, 'malformed'],
    ['-nan', 2, 'not_finite', true],
    ['-5', 2, 'sign_not_allowed'],
    ['-0', 2, 'sign_not_allowed'],
    ['+5', 2, 'plus_sign'],
    ['+5', 2, 'plus_sign', true],
    ['007', 2, 'leading_zeros'],
    ['00', 2, 'leading_zeros'],
    ['01.50', 2, 'leading_zeros'],
    ['-007', 2, 'leading_zeros', true],
    ['1.', 2, 'malformed'],
    ['.5', 2, 'malformed'],
    ['.', 2, 'malformed'],
    ['.', 0, 'malformed'], // a lone point is malformed, not "decimals in a whole-number currency"
    ['.5', 0, 'too_many_decimals'], // both hold; the decimals problem is reported first
    ['.', 2, 'malformed', true],
    ['-', 2, 'malformed', true],
    ['--5', 2, 'malformed', true],
    ['1.2.3', 2, 'malformed'],
    ['1,000', 2, 'malformed'],
    ['abc', 2, 'malformed'],
    ['hello', 2, 'malformed'],
    ['0x10', 2, 'malformed'],
    ['١٢', 2, 'malformed'],
    ['12.345', 2, 'too_many_decimals'],
    ['1.5', 0, 'too_many_decimals'],
    ['1.', 0, 'too_many_decimals'],
    ['1.0', 0, 'too_many_decimals'],
    ['1.2345', 3, 'too_many_decimals'],
    ['1'.repeat(19), 2, 'too_large'],
    ['１２', 2, 'full_width_digits'],
    ['1２.5', 2, 'full_width_digits'],
  ];
  test.each(cases)('%o (scale %i) -> %s', (input, scale, problem, allowNegative) => {
    expect(checkAmountText(input, scale, { allowNegative: allowNegative === true })).toBe(problem);
  });
});

describe('checkAmountText: valid text and boundaries', () => {
  test.each([
    ['0', 2],
    ['0.00', 2],
    ['0.5', 2],
    ['12.50', 2],
    ['1000', 0],
    ['1.234', 3],
    ['9'.repeat(18), 2],
    [`${'9'.repeat(18)}.99`, 2],
    [`${'9'.repeat(18)}.999`, 3],
  ])('%s is valid at scale %i', (input, scale) => {
    expect(checkAmountText(input, scale)).toBeNull();
  });

  test('negatives, -0 and -0.00 are valid only with allowNegative', () => {
    for (const s of ['-0', '-0.00', '-5', '-0.01', `-${'9'.repeat(18)}.99`]) {
      expect(checkAmountText(s, 2, NEG)).toBeNull();
      expect(checkAmountText(s, 2)).toBe('sign_not_allowed');
      expect(checkAmountText(s, 2, { allowNegative: false })).toBe('sign_not_allowed');
    }
  });

  test('length: exactly 32 characters passes the length check, 33 does not', () => {
    const s32 = `1.${'0'.repeat(30)}`;
    const s33 = `1.${'0'.repeat(31)}`;
    expect(s32).toHaveLength(32);
    expect(checkAmountText(s32, 2)).toBe('too_many_decimals');
    expect(checkAmountText(s33, 2)).toBe('too_long');
    // the length check comes first, whatever else is wrong
    expect(checkAmountText(` ${'x'.repeat(32)}`, 2)).toBe('too_long');
  });

  test('18 integer digits ok, 19 too large', () => {
    expect(checkAmountText('1'.repeat(18), 0)).toBeNull();
    expect(checkAmountText('1'.repeat(19), 0)).toBe('too_large');
    expect(checkAmountText(`-${'1'.repeat(19)}`, 2, NEG)).toBe('too_large');
  });

  test('scale 2 vs 3 decimals', () => {
    expect(checkAmountText('1.234', 2)).toBe('too_many_decimals');
    expect(checkAmountText('1.234', 3)).toBeNull();
    expect(checkAmountText('1.23', 2)).toBeNull();
  });

  test('JPY-like scale 0 rejects any decimal point', () => {
    expect(checkAmountText('1000', 0)).toBeNull();
    expect(checkAmountText('1000.0', 0)).toBe('too_many_decimals');
  });

  test('a 1 MB string is rejected by length', () => {
    expect(checkAmountText('9'.repeat(1_000_000), 2)).toBe('too_long');
  });

  test('invalid scale is a programming error', () => {
    expect(() => checkAmountText('1', -1)).toThrow(RangeError);
    expect(() => checkAmountText('1', 1.5)).toThrow(RangeError);
    expect(() => checkAmountText('1', 19)).toThrow(RangeError);
    // the bounds themselves are valid scales
    expect(checkAmountText(`1.${'1'.repeat(18)}`, 18)).toBeNull();
    expect(checkAmountText('1', 0)).toBeNull();
  });
});

describe('describeAmountProblem', () => {
  test('plain English', () => {
    expect(describeAmountProblem('too_many_decimals', 2)).toBe('has more than 2 decimal places');
    expect(describeAmountProblem('too_many_decimals', 1)).toBe('has more than 1 decimal place');
    expect(describeAmountProblem('too_many_decimals', 0)).toMatch(/whole number/);
    const all: AmountTextProblem[] = [
      'not_a_string',
      'empty',
      'too_long',
      'whitespace',
      'exponent',
      'not_finite',
      'sign_not_allowed',
      'plus_sign',
      'leading_zeros',
      'malformed',
      'too_many_decimals',
      'too_large',
      'full_width_digits',
    ];
    const texts = all.map((p) => describeAmountProblem(p, 2));
    expect(new Set(texts).size).toBe(all.length);
    for (const t of texts) expect(t).toMatch(/^[a-z]/);
  });
});

describe('checkAmountText properties', () => {
  const unit = fc.constantFrom(
    ...'0123456789'.split(''),
    '0',
    '1',
    '.',
    '-',
    '+',
    'e',
    'E',
    ' ',
    ',',
    'a',
    '１',
  );
  const reference = (s: string, scale: number, neg: boolean): boolean => {
    const frac = scale === 0 ? '' : `(\\.[0-9]{1,${scale}})?`;
    const re = new RegExp(`^${neg ? '-?' : ''}(0|[1-9][0-9]{0,17})${frac}$`);
    return s.length <= 32 && re.test(s);
  };

  test.prop(
    [
      fc.oneof(fc.string({ unit, maxLength: 40 }), fc.string({ unit, maxLength: 40, size: 'max' })),
      fc.constantFrom(0, 2, 3),
      fc.boolean(),
    ],
    {
      numRuns: 2000,
    },
  )('accepts exactly the reference grammar', (s, scale, neg) => {
    const ok = checkAmountText(s, scale, { allowNegative: neg }) === null;
    expect(ok).toBe(reference(s, scale, neg));
  });

  test.prop([fc.string({ maxLength: 40, size: 'max' }), fc.constantFrom(0, 2, 3), fc.boolean()], {
    numRuns: 1000,
  })('accepts exactly the reference grammar (arbitrary unicode)', (s, scale, neg) => {
    const ok = checkAmountText(s, scale, { allowNegative: neg }) === null;
    expect(ok).toBe(reference(s, scale, neg));
  });

  test.prop([fc.anything().filter((v) => typeof v !== 'string')], { numRuns: 1000 })(
    'non-strings are always not_a_string',
    (v) => {
      expect(checkAmountText(v, 2, NEG)).toBe('not_a_string');
    },
  );
});
