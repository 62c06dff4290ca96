import { describe, expect, it } from 'vitest';
import { getPreset } from '../../presets/registry';
import { DOCUMENT_NUMBER_SHAPE, checkDocumentNumber } from './checkDocumentNumber';

const rules = getPreset().kyc.documents;

/** The one shape problem of a number of `type`, in English. */
const shapeProblem = (label: string) => [
  {
    code: 'document_number_shape',
    message: `a ${label} number is 5–20 capital letters and digits.`,
    minLength: 5,
    maxLength: 20,
  },
];

describe('checkDocumentNumber: misuse is a typed error naming the argument', () => {
  it('without rules, or with a bad type or context, names the argument', () => {
    const call =
      (...args: unknown[]) =>
      () =>
        (checkDocumentNumber as (...a: unknown[]) => unknown)(...args);
    const cases: [unknown[], string][] = [
      [['passport', 'E1234567'], 'rules'],
      [['passport', 'E1234567', null, { lang: 'en' }], 'rules'],
      [['passport', 'E1234567', {}, { lang: 'en' }], 'rules'],
      [['driving_licence', 'E1234567', rules, { lang: 'en' }], 'type'],
      [['passport', 'E1234567', rules], 'context'],
      [['passport', 'E1234567', rules, { lang: 'fr' }], 'context'],
    ];
    for (const [args, path] of cases)
      expect(call(...args)).toThrowError(
        expect.objectContaining({
          code: 'invalid_input',
          issues: [expect.objectContaining({ path: [path] })],
        }),
      );
  });
});

describe('checkDocumentNumber: numbers other than GB 11643-1999, for shape only', () => {
  it('the shape is 5–20 capital letters and digits (the preset note says so too)', () => {
    expect(DOCUMENT_NUMBER_SHAPE.minLength).toBe(5);
    expect(DOCUMENT_NUMBER_SHAPE.maxLength).toBe(20);
    expect(rules.note?.en).toContain('5–20 capital letters and digits');
  });

  it.each([
    ['E1234', 'exactly 5 characters'],
    ['E1234567890123456789', 'exactly 20 characters'],
    ['G12345678', 'a usual passport number'],
    ['1234567', 'digits only'],
  ])('%j is accepted (%s)', (number) => {
    expect(checkDocumentNumber('passport', number, rules, { lang: 'en' })).toEqual([]);
  });

  it.each([
    ['E123', '4 characters'],
    ['E12345678901234567890', '21 characters'],
    ['', 'empty'],
    ['e1234567', 'a lowercase letter'],
    ['E-123456', 'a hyphen'],
    ['E１２３４５', 'full-width digits'],
  ])('%j is refused (%s)', (number) => {
    expect(checkDocumentNumber('passport', number, rules, { lang: 'en' })).toStrictEqual(
      shapeProblem('passport'),
    );
  });

  it('a value that is not text is refused, even one that reads like a good number', () => {
    const lookalike = { length: 8, toString: () => 'E1234567' };
    for (const number of [12345678, null, undefined, lookalike, ['E1234567']])
      expect(checkDocumentNumber('passport', number, rules, { lang: 'en' })).toStrictEqual(
        shapeProblem('passport'),
      );
  });

  it('names the document type in the language asked for', () => {
    expect(
      checkDocumentNumber('hk_macao_taiwan_permit', 'x', rules, { lang: 'zh-CN' }),
    ).toStrictEqual([
      {
        code: 'document_number_shape',
        message: '港澳台居民居住证或通行证号码应为5至20位大写字母和数字。',
        minLength: 5,
        maxLength: 20,
      },
    ]);
    expect(
      checkDocumentNumber('foreign_permanent_residence', 'x', rules, { lang: 'en' }),
    ).toStrictEqual(shapeProblem('foreign permanent residence ID card'));
  });
});

describe('checkDocumentNumber: the resident identity card, in full (GB 11643-1999)', () => {
  it('accepts the RULES.md example and gives every problem of a bad number', () => {
    expect(
      checkDocumentNumber('resident_id_card', '11010519491231002X', rules, { lang: 'en' }),
    ).toEqual([]);
    // A shape-valid passport number is no valid identity card number.
    expect(
      checkDocumentNumber('resident_id_card', 'E1234567', rules, { lang: 'en' }).map((p) => p.code),
    ).toEqual(['id_wrong_length', 'id_invalid_characters']);
  });

  it('checks the birth date against today and the declared one', () => {
    const problems = checkDocumentNumber('resident_id_card', '11010519491231002X', rules, {
      lang: 'en',
      today: { year: 1949, month: 12, day: 30 },
      declaredBirthDate: { year: 1949, month: 12, day: 31 },
    });
    expect(problems).toStrictEqual([
      {
        code: 'id_birth_date_in_future',
        source: 'GB 11643-1999',
        sourceKey: 'gb-11643-1999',
        message: 'the birth date in the number (1949-12-31) is after 1949-12-30.',
        birthDate: '1949-12-31',
      },
    ]);
  });

  it('a preset that checks no number against GB 11643 checks the identity card for shape', () => {
    const shapeOnly = { ...rules, gb11643Numbers: [] };
    expect(
      checkDocumentNumber('resident_id_card', '11010519491231001X', shapeOnly, { lang: 'en' }),
    ).toEqual([]);
  });
});
