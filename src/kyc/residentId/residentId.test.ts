import { describe, expect, it } from 'vitest';
import {
  isValidResidentIdNumber,
  parseResidentIdNumber,
  type ResidentIdParseResult,
} from './parseResidentIdNumber';
import { RESIDENT_ID_WEIGHTS, residentIdCheckCharacter } from './residentIdCheckCharacter';

const codes = (r: ResidentIdParseResult) => (r.ok ? [] : r.problems.map((p) => p.code));

/** A valid number for a birth date and sequence, using the published check map. */
function make(region: string, birth: string, sequence: string): string {
  const body = region + birth + sequence;
  return body + residentIdCheckCharacter(body);
}

describe('residentIdCheckCharacter', () => {
  it('derives the published GB 11643-1999 weights from ISO 7064 MOD 11-2', () => {
    expect(RESIDENT_ID_WEIGHTS).toEqual([7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]);
  });

  it('computes the check character of the RULES.md example, X for the value 10', () => {
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
  });

  it('maps every weighted-sum residue to the published check map 10X98765432', () => {
    // Body digits that make the weighted sum equal r (mod 11) for r = 0…10, by adjusting one digit
    // of weight 1 (position 8) from an all-zero body.
    const map = '10X98765432';
    for (let r = 0; r <= 10; r++) {
      // weight 1 sits at index 7; a sum of r needs digit r there (r ≤ 9), or 9 + 1 elsewhere.
      const digits = Array.from({ length: 17 }, () => 0);
      if (r <= 9) digits[7] = r;
      else {
        digits[7] = 9;
        digits[16] = 6; // weight 2 × 6 = 12 ≡ 1 (mod 11): 9 + 12 = 21 ≡ 10
      }
      expect(residentIdCheckCharacter(digits.join('')), `residue ${r}`).toBe(map[r]);
    }
  });

  it('rejects a body that is not 17 digits', () => {
    expect(() => residentIdCheckCharacter('1101051949123100')).toThrow(/17 digits/);
    expect(() => residentIdCheckCharacter('1101051949123100A')).toThrow(/17 digits/);
  });
});

describe('parseResidentIdNumber', () => {
  it('reads the region, birth date, sequence and sex of a valid number', () => {
    const r = parseResidentIdNumber('11010519491231002X');
    expect(r).toEqual({
      ok: true,
      value: {
        number: '11010519491231002X',
        regionCode: '110105',
        provinceCode: '11',
        birthDate: { year: 1949, month: 12, day: 31 },
        sequence: '002',
        sex: 'female',
        checkCharacter: 'X',
      },
    });
  });

  it('reads an odd sequence as male and an even one as female', () => {
    const male = parseResidentIdNumber(make('440305', '20000229', '123'));
    const female = parseResidentIdNumber(make('440305', '20000229', '124'));
    expect(male.ok && male.value.sex).toBe('male');
    expect(female.ok && female.value.sex).toBe('female');
  });

  it('accepts 29 February in a leap year and refuses it otherwise', () => {
    expect(isValidResidentIdNumber(make('110105', '20000229', '001'))).toBe(true);
    expect(codes(parseResidentIdNumber(make('110105', '19000229', '001')))).toEqual([
      'id_invalid_birth_date',
    ]);
    expect(codes(parseResidentIdNumber(make('110105', '20010229', '001')))).toEqual([
      'id_invalid_birth_date',
    ]);
  });

  it('refuses month 13, day 32, day 00 and year 0000', () => {
    for (const birth of ['19901301', '19900132', '19900100', '00000101'])
      expect(codes(parseResidentIdNumber(make('110105', birth, '001'))), birth).toEqual([
        'id_invalid_birth_date',
      ]);
  });

  it('refuses a lowercase x, and only that, when the check character is X', () => {
    const r = parseResidentIdNumber('11010519491231002x');
    expect(codes(r)).toEqual(['id_lowercase_x']);
    expect(!r.ok && r.problems[0]!.message).toBe('the check character X must be an uppercase X.');
  });

  it('reports a lowercase x and the wrong check character together', () => {
    const body = '11010519491231001';
    expect(residentIdCheckCharacter(body)).not.toBe('X');
    expect(codes(parseResidentIdNumber(`${body}x`))).toEqual([
      'id_lowercase_x',
      'id_checksum_mismatch',
    ]);
  });

  it('reports a wrong check character with the expected one', () => {
    const r = parseResidentIdNumber('110105194912310021');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems).toEqual([
      {
        code: 'id_checksum_mismatch',
        message: 'the check character is 1 but should be X.',
        actual: '1',
        expected: 'X',
      },
    ]);
  });

  it('reports wrong lengths (17 and 19 characters, empty)', () => {
    expect(codes(parseResidentIdNumber('11010519491231002'))).toEqual(['id_wrong_length']);
    expect(codes(parseResidentIdNumber('11010519491231002X1'))).toEqual([
      'id_wrong_length',
      'id_invalid_characters',
    ]);
    const empty = parseResidentIdNumber('');
    expect(!empty.ok && empty.problems[0]).toMatchObject({ code: 'id_wrong_length', length: 0 });
  });

  it('refuses letters other than a final X, spaces and full-width digits', () => {
    expect(codes(parseResidentIdNumber('1101051949123100AX'))).toEqual(['id_invalid_characters']);
    expect(codes(parseResidentIdNumber('X1010519491231002X'))).toEqual(['id_invalid_characters']);
    expect(codes(parseResidentIdNumber(' 1010519491231002X'))).toEqual(['id_invalid_characters']);
    expect(codes(parseResidentIdNumber('１1010519491231002X'))).toEqual(['id_invalid_characters']);
  });

  it('refuses non-text without throwing', () => {
    expect(codes(parseResidentIdNumber(11010519491231002))).toEqual(['id_not_text']);
    expect(codes(parseResidentIdNumber(undefined))).toEqual(['id_not_text']);
  });

  it('with a declared birth date, refuses a number that disagrees', () => {
    const r = parseResidentIdNumber('11010519491231002X', {
      declaredBirthDate: { year: 1990, month: 5, day: 1 },
    });
    expect(!r.ok && r.problems).toEqual([
      {
        code: 'id_birth_date_mismatch',
        message:
          'the birth date in the number (1949-12-31) differs from the declared birth date (1990-05-01).',
        birthDate: '1949-12-31',
        declaredBirthDate: '1990-05-01',
      },
    ]);
    expect(
      parseResidentIdNumber('11010519491231002X', {
        declaredBirthDate: { year: 1949, month: 12, day: 31 },
      }).ok,
    ).toBe(true);
  });

  it('with today, refuses a birth date after today but not on today', () => {
    const n = make('110105', '20261122', '001');
    expect(parseResidentIdNumber(n, { today: { year: 2026, month: 11, day: 22 } }).ok).toBe(true);
    expect(codes(parseResidentIdNumber(n, { today: { year: 2026, month: 11, day: 21 } }))).toEqual([
      'id_birth_date_in_future',
    ]);
  });

  it('writes its problems in Chinese', () => {
    const r = parseResidentIdNumber('110105194912310021', { lang: 'zh-CN' });
    expect(!r.ok && r.problems[0]!.message).toBe('校验码为1，应为X。');
  });
});
