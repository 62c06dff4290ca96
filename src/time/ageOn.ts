import { fail } from './internal/errors';
import { isLeapYear } from './internal/civil';
import { checkLocalDate } from './internal/localDate';
import type { LocalDate } from './types';

/**
 * A person's age in whole completed years on a given date.
 *
 * The age goes up on the birthday itself: someone born 2010-05-20 is 16 on 2026-05-20 and still 15
 * on 2026-05-19. Someone born on **February 29** gets a year older on **March 1** in years that
 * are not leap years (and on February 29 in leap years): born 2008-02-29, they are 17 on
 * 2025-02-28 and 18 on 2026-03-01. This is the rule many jurisdictions use for legal age; it
 * differs on purpose from {@link addYearsToLocalDate}, which clamps to February 28.
 *
 * @param birthDate - the date of birth
 * @param today - the date to measure on (pass it in: this library never reads the clock)
 * @returns completed years, 0 on the birth date itself
 * @throws `AccountPolicyError` with code `invalid_date` if either is not a real date or
 *   `today` is before `birthDate`
 * @example
 * ```ts
 * ageOn({ year: 2010, month: 5, day: 20 }, { year: 2026, month: 5, day: 20 }); // 16
 * ageOn({ year: 2010, month: 5, day: 20 }, { year: 2026, month: 5, day: 19 }); // 15
 * ```
 */
export function ageOn(birthDate: LocalDate, today: LocalDate): number {
  const b = checkLocalDate(birthDate, 'birth date', ['birthDate']);
  const t = checkLocalDate(today, 'date', ['today']);
  const bKey = b.year * 10_000 + b.month * 100 + b.day;
  const tKey = t.year * 10_000 + t.month * 100 + t.day;
  if (tKey < bKey) {
    throw fail('invalid_date', 'Invalid dates: today is before the birth date', ['today']);
  }
  // This year's birthday, as month * 100 + day; Feb 29 falls on Mar 1 outside leap years.
  const birthday =
    b.month === 2 && b.day === 29 && !isLeapYear(t.year) ? 301 : b.month * 100 + b.day;
  const age = t.year - b.year;
  return t.month * 100 + t.day >= birthday ? age : age - 1;
}
