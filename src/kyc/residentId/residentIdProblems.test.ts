/**
 * Every problem a resident identity card number can have (GB 11643-1999, RULES.md §4), as a whole:
 * code, facts and message in both languages. Check characters are worked out by hand with the
 * weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 and the map 10X98765432.
 */
import { describe, expect, it } from 'vitest';
import { isAccountPolicyError } from '../../errors';
import { parseResidentIdNumber } from './parseResidentIdNumber';
import { residentIdCheckCharacter } from './residentIdCheckCharacter';

const LANGS = ['en', 'zh-CN'] as const;
type Lang = (typeof LANGS)[number];
const text = (lang: Lang, en: string, zh: string) => (lang === 'en' ? en : zh);

/** The RULES.md example: 1949-12-31, check character X. */
const EXAMPLE = '11010519491231002X';

describe.each(LANGS)('parseResidentIdNumber: each problem in full (%s)', (lang) => {
  const problems = (value: unknown, options: Parameters<typeof parseResidentIdNumber>[1] = {}) => {
    const r = parseResidentIdNumber(value, { ...options, lang });
    expect(r.ok).toBe(false);
    return r.ok ? [] : r.problems;
  };

  it('id_not_text', () => {
    expect(problems(11010519491231)).toStrictEqual([
      {
        code: 'id_not_text',
        source: 'GB 11643-1999',
        sourceKey: 'gb-11643-1999',
        message: text(lang, 'the number must be text.', '号码须为文本。'),
      },
    ]);
  });

  it('id_wrong_length', () => {
    expect(problems('1101051949123100')).toStrictEqual([
      {
        code: 'id_wrong_length',
        source: 'GB 11643-1999',
        sourceKey: 'gb-11643-1999',
        message: text(
          lang,
          'it has 16 characters; a resident identity card number has 18.',
          '号码为16位；居民身份证号码应为18位。',
        ),
        length: 16,
      },
    ]);
  });

  it('id_invalid_characters', () => {
    expect(problems('A1010519491231002X')).toStrictEqual([
      {
        code: 'id_invalid_characters',
        source: 'GB 11643-1999',
        sourceKey: 'gb-11643-1999',
        message: text(
          lang,
          'only digits are allowed, and a final check character X.',
          '只能包含数字，末位校验码可为X。',
        ),
      },
    ]);
  });

  it('id_invalid_birth_date: 13th month (the check character 3 is right)', () => {
    // 11010519491331001: weighted sum 174 ≡ 9 → '3'.
    expect(problems('110105194913310013')).toStrictEqual([
      {
        code: 'id_invalid_birth_date',
        source: 'GB 11643-1999',
        sourceKey: 'gb-11643-1999',
        message: text(
          lang,
          'characters 7–14 (19491331) are not a real birth date.',
          '第7至14位（19491331）不是有效的出生日期。',
        ),
        digits: '19491331',
      },
    ]);
  });

  it('id_birth_date_in_future: born the day after today', () => {
    expect(problems(EXAMPLE, { today: { year: 1949, month: 12, day: 30 } })).toStrictEqual([
      {
        code: 'id_birth_date_in_future',
        source: 'GB 11643-1999',
        sourceKey: 'gb-11643-1999',
        message: text(
          lang,
          'the birth date in the number (1949-12-31) is after 1949-12-30.',
          '号码中的出生日期（1949-12-31）晚于1949-12-30。',
        ),
        birthDate: '1949-12-31',
      },
    ]);
  });

  it('id_checksum_mismatch', () => {
    expect(problems('110105194912310021')).toStrictEqual([
      {
        code: 'id_checksum_mismatch',
        source: 'GB 11643-1999',
        sourceKey: 'gb-11643-1999',
        message: text(lang, 'the check character is 1 but should be X.', '校验码为1，应为X。'),
        actual: '1',
        expected: 'X',
      },
    ]);
  });

  it('id_birth_date_mismatch', () => {
    expect(
      problems(EXAMPLE, { declaredBirthDate: { year: 1990, month: 5, day: 1 } }),
    ).toStrictEqual([
      {
        code: 'id_birth_date_mismatch',
        source: 'GB 11643-1999',
        sourceKey: 'gb-11643-1999',
        message: text(
          lang,
          'the birth date in the number (1949-12-31) differs from the declared birth date (1990-05-01).',
          '号码中的出生日期（1949-12-31）与申报的出生日期（1990-05-01）不一致。',
        ),
        birthDate: '1949-12-31',
        declaredBirthDate: '1990-05-01',
      },
    ]);
  });

  it('several problems at once, in the order of the checks', () => {
    expect(
      problems('11010519491231001x', {
        today: { year: 1949, month: 12, day: 30 },
        declaredBirthDate: { year: 1949, month: 12, day: 30 },
      }).map((p) => p.code),
    ).toEqual([
      'id_lowercase_x',
      'id_birth_date_in_future',
      'id_birth_date_mismatch',
      'id_checksum_mismatch',
    ]);
  });
});

describe('parseResidentIdNumber: what is not a problem', () => {
  it('born today, and the declared birth date agreeing', () => {
    const r = parseResidentIdNumber(EXAMPLE, {
      today: { year: 1949, month: 12, day: 31 },
      declaredBirthDate: { year: 1949, month: 12, day: 31 },
    });
    expect(r.ok).toBe(true);
  });

  it('only the last character may be a letter, and only X', () => {
    expect(parseResidentIdNumber(EXAMPLE).ok).toBe(true);
    const lastLetter = parseResidentIdNumber('11010519491231002A');
    expect(!lastLetter.ok && lastLetter.problems.map((p) => p.code)).toEqual([
      'id_invalid_characters',
    ]);
    const misplaced = parseResidentIdNumber('1101051949123100X2');
    expect(!misplaced.ok && misplaced.problems.map((p) => p.code)).toEqual([
      'id_invalid_characters',
    ]);
  });
});

describe('residentIdCheckCharacter: the body must be exactly 17 digits', () => {
  it.each([['1101051949123100'], ['110105194912310021'], ['1101051949123100A'], [''], [17]])(
    '%j is invalid input',
    (body) => {
      let thrown: unknown;
      try {
        residentIdCheckCharacter(body as string);
      } catch (error) {
        thrown = error;
      }
      expect(isAccountPolicyError(thrown)).toBe(true);
      if (!isAccountPolicyError(thrown)) return;
      expect(thrown.code).toBe('invalid_input');
      expect(thrown.message).toBe(
        'The body of a resident identity number must be exactly 17 digits',
      );
      expect(thrown.issues).toEqual([{ path: [], message: 'must be exactly 17 digits' }]);
    },
  );
});
