import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { addYearsToLocalDate } from './addYearsToLocalDate';
import { ageOn } from './ageOn';
import { compareLocalDates } from './compareLocalDates';
import { formatLocalDate } from './formatLocalDate';
import { parseLocalDate, safeParseLocalDate } from './parseLocalDate';
import type { LocalDate } from './types';

const d = (s: string) => parseLocalDate(s);
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return 'no error';
};

/** Real dates 0001-01-01 … 9999-12-31, via a day count. */
const localDateArb: fc.Arbitrary<LocalDate> = fc
  .integer({ min: -719_162, max: 2_932_896 })
  .map((days) => {
    const x = new Date(days * 86_400_000);
    return { year: x.getUTCFullYear(), month: x.getUTCMonth() + 1, day: x.getUTCDate() };
  });

describe('parseLocalDate / formatLocalDate', () => {
  test('parses real dates, including leap days', () => {
    expect(d('2026-11-22')).toEqual({ year: 2026, month: 11, day: 22 });
    expect(d('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(d('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
    expect(d('0001-01-01')).toEqual({ year: 1, month: 1, day: 1 });
    expect(d('9999-12-31')).toEqual({ year: 9999, month: 12, day: 31 });
  });

  test('rejects impossible and malformed dates with invalid_date', () => {
    for (const bad of [
      '2026-02-29',
      '1900-02-29',
      '2026-02-30',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '0000-01-01',
      '2026-1-1',
      '2026/01/01',
      '20260101',
      '2026-01-01T00:00:00Z',
      ' 2026-01-01',
      '',
      'x'.repeat(10_000),
      20260101,
      null,
      undefined,
      { year: 2026, month: 1, day: 1 },
    ]) {
      expect(
        code(() => parseLocalDate(bad)),
        String(bad).slice(0, 30),
      ).toBe('invalid_date');
    }
    expect(() => parseLocalDate('2026-02-29')).toThrow(/2026-02 has no day 29 \(it has 28 days\)/);
  });

  test('safeParseLocalDate and paths', () => {
    expect(safeParseLocalDate('2024-02-29')).toEqual({
      ok: true,
      value: { year: 2024, month: 2, day: 29 },
    });
    const r = safeParseLocalDate('2026-02-29', ['applicant', 'birthDate']);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues[0]!.path).toEqual(['applicant', 'birthDate']);
  });

  test('formatLocalDate pads and validates', () => {
    expect(formatLocalDate({ year: 2026, month: 3, day: 7 })).toBe('2026-03-07');
    expect(formatLocalDate({ year: 33, month: 12, day: 1 })).toBe('0033-12-01');
    expect(code(() => formatLocalDate({ year: 2026, month: 2, day: 29 }))).toBe('invalid_date');
    expect(code(() => formatLocalDate({ year: 2026, month: 1.5, day: 1 }))).toBe('invalid_date');
  });

  test.prop([localDateArb])('format then parse is the identity', (date) => {
    expect(parseLocalDate(formatLocalDate(date))).toEqual(date);
  });
});

describe('compareLocalDates', () => {
  test('orders dates', () => {
    expect(compareLocalDates(d('2026-01-31'), d('2026-02-01'))).toBe(-1);
    expect(compareLocalDates(d('2026-02-01'), d('2026-02-01'))).toBe(0);
    expect(compareLocalDates(d('2027-01-01'), d('2026-12-31'))).toBe(1);
  });

  test.prop([localDateArb, localDateArb])('agrees with string order of the ISO form', (a, b) => {
    const sa = formatLocalDate(a);
    const sb = formatLocalDate(b);
    expect(compareLocalDates(a, b)).toBe(sa < sb ? -1 : sa > sb ? 1 : 0);
    expect(compareLocalDates(b, a)).toBe(-compareLocalDates(a, b) || 0);
  });
});

describe('addYearsToLocalDate', () => {
  test('Feb 29 + 1 year is Feb 28; + 4 years is Feb 29', () => {
    expect(addYearsToLocalDate(d('2024-02-29'), 1)).toEqual(d('2025-02-28'));
    expect(addYearsToLocalDate(d('2024-02-29'), 4)).toEqual(d('2028-02-29'));
    expect(addYearsToLocalDate(d('2024-02-29'), 76)).toEqual(d('2100-02-28'));
    expect(addYearsToLocalDate(d('2024-02-29'), -24)).toEqual(d('2000-02-29'));
    expect(addYearsToLocalDate(d('2026-11-22'), 16)).toEqual(d('2042-11-22'));
  });

  test('rejects non-integers and results outside 0001–9999', () => {
    expect(code(() => addYearsToLocalDate(d('2026-01-01'), 1.5))).toBe('invalid_date');
    expect(code(() => addYearsToLocalDate(d('9999-01-01'), 1))).toBe('invalid_date');
    expect(code(() => addYearsToLocalDate(d('0001-01-01'), -1))).toBe('invalid_date');
  });
});

describe('ageOn', () => {
  const born = d('2010-05-20');

  test('turns 16 on the 16th birthday itself, not the day before', () => {
    expect(ageOn(born, d('2026-05-19'))).toBe(15);
    expect(ageOn(born, d('2026-05-20'))).toBe(16);
    expect(ageOn(born, d('2026-05-21'))).toBe(16);
    expect(ageOn(born, d('2027-05-19'))).toBe(16);
    expect(ageOn(born, born)).toBe(0);
  });

  test('born on Feb 29: older on Mar 1 in common years, on Feb 29 in leap years', () => {
    const leapling = d('2008-02-29');
    expect(ageOn(leapling, d('2024-02-28'))).toBe(15);
    expect(ageOn(leapling, d('2024-02-29'))).toBe(16); // leap year: the birthday exists
    expect(ageOn(leapling, d('2025-02-28'))).toBe(16);
    expect(ageOn(leapling, d('2025-03-01'))).toBe(17); // common year: Mar 1
    expect(ageOn(leapling, d('2026-02-28'))).toBe(17);
    expect(ageOn(leapling, d('2026-03-01'))).toBe(18);
    expect(ageOn(d('2000-02-29'), d('2100-02-28'))).toBe(99); // 2100 is not a leap year
    expect(ageOn(d('2000-02-29'), d('2100-03-01'))).toBe(100);
  });

  test('born on Feb 28 or Mar 1 is unaffected', () => {
    expect(ageOn(d('2008-02-28'), d('2026-02-28'))).toBe(18);
    expect(ageOn(d('2008-03-01'), d('2026-02-28'))).toBe(17);
    expect(ageOn(d('2008-03-01'), d('2024-02-29'))).toBe(15);
  });

  test('rejects today before birth, and invalid dates', () => {
    expect(code(() => ageOn(born, d('2010-05-19')))).toBe('invalid_date');
    expect(code(() => ageOn({ year: 2010, month: 2, day: 30 }, d('2026-01-01')))).toBe(
      'invalid_date',
    );
  });

  test.prop([localDateArb, localDateArb])(
    'is non-decreasing in today, and the age is reached exactly on the (adjusted) birthday',
    (a, b) => {
      const [birth, today] = compareLocalDates(a, b) <= 0 ? [a, b] : [b, a];
      const age = ageOn(birth, today);
      expect(age).toBeGreaterThanOrEqual(0);
      expect(age).toBeLessThanOrEqual(today.year - birth.year);
      expect(age).toBeGreaterThanOrEqual(today.year - birth.year - 1);
      // Not yet a year older than `age`: the (age+1)th birthday is after today.
      if (birth.year + age + 1 <= 9999) {
        const next = addYearsToLocalDate(birth, age + 1);
        const nextBirthday =
          birth.month === 2 && birth.day === 29 && next.day === 28
            ? d(`${formatLocalDate(next).slice(0, 4)}-03-01`)
            : next;
        expect(compareLocalDates(nextBirthday, today)).toBe(1);
      }
    },
  );
});
