import { describe, expect, it } from 'vitest';
import {
  isValidResidentIdNumber,
  parseResidentIdNumber,
  type ResidentIdParseResult,
} from './parseResidentIdNumber';
import { RESIDENT_ID_PROVINCE_CODES } from './provinceCodes';
import { upgradeLegacyResidentIdNumber } from './upgradeLegacyResidentIdNumber';
import { RESIDENT_ID_WEIGHTS, residentIdCheckCharacter } from './residentIdCheckCharacter';

const codes = (r: ResidentIdParseResult) => (r.ok ? [] : r.problems.map((p) => p.code));

/** A valid number for a birth date and sequence, using the published check map. */
function make(region: string, birth: string, sequence: string): string {
  const body = region + birth + sequence;
  return body + residentIdCheckCharacter(body);
}

const TODAY = { year: 2026, month: 12, day: 6 };

describe('address code (GB/T 2260 province level)', () => {
  it('refuses 000000… and 99…, which pass the check character', () => {
    for (const number of ['000000199001010026', make('990000', '19900101', '002')]) {
      const r = parseResidentIdNumber(number, { today: TODAY });
      expect(codes(r)).toEqual(['id_unknown_region']);
      expect(!r.ok && r.problems[0]).toMatchObject({
        provinceCode: number.slice(0, 2),
        source: 'GB/T 2260',
        sourceKey: 'gb-t-2260',
      });
      expect(isValidResidentIdNumber(number, { today: TODAY })).toBe(false);
    }
  });

  it('accepts every listed province and no other two digits', () => {
    for (let p = 0; p < 100; p++) {
      const code = String(p).padStart(2, '0');
      const ok = parseResidentIdNumber(make(`${code}0105`, '19900101', '002')).ok;
      expect(ok, code).toBe(RESIDENT_ID_PROVINCE_CODES[code] !== undefined);
    }
    expect(Object.keys(RESIDENT_ID_PROVINCE_CODES)).toHaveLength(35);
    expect(Object.isFrozen(RESIDENT_ID_PROVINCE_CODES)).toBe(true);
  });

  it('gives the message in both languages', () => {
    const r = parseResidentIdNumber('000000199001010026', { lang: 'zh-CN' });
    expect(!r.ok && r.problems[0]!.message).toContain('GB/T 2260');
  });
});

describe('isValidResidentIdNumber requires today', () => {
  it('refuses a birth date in 9999, which parses without today', () => {
    const future = make('110105', '99991231', '002');
    expect(parseResidentIdNumber(future).ok).toBe(true);
    expect(isValidResidentIdNumber(future, { today: TODAY })).toBe(false);
    expect(isValidResidentIdNumber(make('110105', '20261206', '002'), { today: TODAY })).toBe(true);
    expect(isValidResidentIdNumber(make('110105', '20261207', '002'), { today: TODAY })).toBe(
      false,
    );
  });
});

describe('first-generation 15-digit numbers', () => {
  it('are refused with a reason that says so and gives the 18-digit number', () => {
    const r = parseResidentIdNumber('110105491231002', { today: TODAY });
    expect(codes(r)).toEqual(['id_legacy_15_digit']);
    expect(!r.ok && r.problems[0]).toMatchObject({
      upgraded: '11010519491231002X',
      source: 'GB 11643-1999',
      sourceKey: 'gb-11643-1999',
    });
    expect(!r.ok && r.problems[0]!.message).toContain('15-digit');
  });

  it('with an impossible birth date say that too', () => {
    expect(codes(parseResidentIdNumber('110105491331002'))).toEqual([
      'id_legacy_15_digit',
      'id_invalid_birth_date',
    ]);
  });

  it('convert to 18 digits with the century 19 and the check character', () => {
    expect(upgradeLegacyResidentIdNumber('110105491231002')).toEqual({
      ok: true,
      value: '11010519491231002X',
    });
    const upgraded = upgradeLegacyResidentIdNumber('440305800229123');
    expect(upgraded.ok && parseResidentIdNumber(upgraded.value).ok).toBe(true);
    expect(upgradeLegacyResidentIdNumber('11010549123100').ok).toBe(false);
    expect(upgradeLegacyResidentIdNumber(110105491231002).ok).toBe(false);
    const bad = upgradeLegacyResidentIdNumber('110105490230002', { lang: 'zh-CN' });
    expect(!bad.ok && bad.problems.map((p) => p.code)).toEqual(['id_invalid_birth_date']);
  });
});

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
    expect(isValidResidentIdNumber(make('110105', '20000229', '001'), { today: TODAY })).toBe(true);
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
        source: 'GB 11643-1999',
        sourceKey: 'gb-11643-1999',
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
        source: 'GB 11643-1999',
        sourceKey: 'gb-11643-1999',
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
