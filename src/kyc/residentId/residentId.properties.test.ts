import { describe, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { isValidResidentIdNumber, parseResidentIdNumber } from './parseResidentIdNumber';
import { residentIdCheckCharacter } from './residentIdCheckCharacter';

/**
 * An independent reference for GB 11643-1999, written from the standard's published table (not
 * from the library's ISO 7064 derivation) and with its own calendar check.
 */
const REFERENCE_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const REFERENCE_CHECK_MAP = '10X98765432';

function referenceCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * REFERENCE_WEIGHTS[i]!;
  return REFERENCE_CHECK_MAP[sum % 11]!;
}

function referenceRealDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < 1 || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= days;
}

/** GB/T 2260's province-level codes, typed in from the standard's list (plus 83, residence permits). */
const REFERENCE_PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
  53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
]);

const TODAY = { year: 2026, month: 12, day: 6 };

function referenceValid(text: string): boolean {
  return (
    /^[0-9]{17}[0-9X]$/.test(text) &&
    REFERENCE_PROVINCES.has(Number(text.slice(0, 2))) &&
    referenceRealDate(text.slice(6, 14)) &&
    text.slice(6, 14) <= '20261206' &&
    referenceCheck(text.slice(0, 17)) === text[17]
  );
}

const digit = fc.constantFrom(...'0123456789');
const digits = (n: number) => fc.string({ unit: digit, minLength: n, maxLength: n });

/** Real birth dates as YYYYMMDD, 1900–2099 (some after TODAY), leap days included. */
const birthDigits = fc
  .date({
    min: new Date(Date.UTC(1900, 0, 1)),
    max: new Date(Date.UTC(2099, 11, 31)),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10).replaceAll('-', ''));

/** Valid numbers built from parts, with the reference check character. */
const validNumber = fc
  .tuple(
    fc
      .tuple(fc.constantFrom(...[...REFERENCE_PROVINCES].map(String)), digits(4))
      .map(([p, rest]) => p + rest),
    birthDigits,
    digits(3),
  )
  .map(([region, birth, seq]) => region + birth + seq + referenceCheck(region + birth + seq));

/** Texts near the valid ones: random mutations of valid numbers and random strings of ID characters. */
const nearNumber = fc.oneof(
  validNumber,
  fc
    .tuple(validNumber, fc.nat(17), fc.constantFrom(...'0123456789Xx'))
    .map(([n, i, c]) => n.slice(0, i) + c + n.slice(i + 1)),
  fc.string({ unit: fc.constantFrom(...'0123456789Xx'), minLength: 14, maxLength: 19 }),
  fc
    .tuple(digits(8), fc.constantFrom('18', '19', '20'), digits(8))
    .map(([a, century, b]) => a.slice(0, 6) + century + b + 'X'),
);

describe('resident identity number properties (against an independent reference)', () => {
  test.prop([digits(17)], { numRuns: 2000 })(
    'the check character equals the reference table for any 17 digits',
    (body) => {
      expect(residentIdCheckCharacter(body)).toBe(referenceCheck(body));
    },
  );

  test.prop([nearNumber], { numRuns: 3000 })(
    'the library accepts exactly what the reference accepts',
    (text) => {
      expect(isValidResidentIdNumber(text, { today: TODAY })).toBe(referenceValid(text));
    },
  );

  test.prop([fc.string({ maxLength: 30 })], { numRuns: 1000 })(
    'arbitrary text never throws and is valid only when the reference says so',
    (text) => {
      expect(isValidResidentIdNumber(text, { today: TODAY })).toBe(referenceValid(text));
    },
  );

  test.prop([validNumber], { numRuns: 1000 })(
    'a valid number reads back its birth date and its sex from the 17th digit',
    (n) => {
      const r = parseResidentIdNumber(n);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const b = r.value.birthDate;
      expect(
        `${String(b.year).padStart(4, '0')}${String(b.month).padStart(2, '0')}${String(b.day).padStart(2, '0')}`,
      ).toBe(n.slice(6, 14));
      expect(r.value.sex).toBe(Number(n[16]) % 2 === 1 ? 'male' : 'female');
    },
  );

  test.prop([validNumber, fc.nat(17), fc.integer({ min: 1, max: 10 })], { numRuns: 2000 })(
    'changing any one character to another valid character is always detected',
    (n, i, shift) => {
      const alphabet = i === 17 ? '0123456789X' : '0123456789';
      const at = alphabet.indexOf(n[i]!);
      const replacement = alphabet[(at + shift) % alphabet.length]!;
      fc.pre(replacement !== n[i]);
      const mutated = n.slice(0, i) + replacement + n.slice(i + 1);
      expect(isValidResidentIdNumber(mutated, { today: TODAY })).toBe(false);
    },
  );

  test.prop([validNumber, fc.nat(16)], { numRuns: 2000 })(
    'swapping two different adjacent digits is always detected',
    (n, i) => {
      fc.pre(n[i] !== n[i + 1] && n[i + 1] !== 'X');
      const swapped = n.slice(0, i) + n[i + 1] + n[i] + n.slice(i + 2);
      expect(isValidResidentIdNumber(swapped, { today: TODAY })).toBe(false);
    },
  );

  test.prop([validNumber.filter((n) => n.endsWith('X'))], { numRuns: 200 })(
    'a valid number ending in X is refused with a lowercase x, for that reason only',
    (n) => {
      const r = parseResidentIdNumber(`${n.slice(0, 17)}x`);
      expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['id_lowercase_x']);
    },
  );
});
