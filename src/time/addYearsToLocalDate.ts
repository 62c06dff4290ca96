import { daysInMonth } from './internal/civil';
import { describeValue, fail } from './internal/errors';
import { checkLocalDate } from './internal/localDate';
import type { LocalDate } from './types';

/**
 * Adds whole years to a calendar date, keeping month and day.
 *
 * February 29 moved to a year that is not a leap year becomes **February 28** (the last day of
 * that February), as date-fns `addYears` does: 2024-02-29 + 1 year = 2025-02-28, and
 * 2024-02-29 + 4 years = 2028-02-29. (Note that {@link ageOn} instead counts a February 29
 * birthday as reached on March 1 in non-leap years.)
 *
 * @param d - a real date
 * @param years - a whole number of years, negative to go back
 * @returns the new date (year must stay within 0001–9999)
 * @throws `AccountPolicyError` with code `invalid_date` if `d` is not a real date, `years`
 *   is not an integer, or the result leaves 0001–9999
 * @example
 * ```ts
 * addYearsToLocalDate({ year: 2024, month: 2, day: 29 }, 1); // { year: 2025, month: 2, day: 28 }
 * ```
 */
export function addYearsToLocalDate(d: LocalDate, years: number): LocalDate {
  const { year, month, day } = checkLocalDate(d);
  if (typeof years !== 'number' || !Number.isInteger(years)) {
    throw fail(
      'invalid_date',
      `Invalid number of years: expected an integer, got ${describeValue(years)}`,
    );
  }
  const y = year + years;
  if (y < 1 || y > 9999) {
    throw fail('invalid_date', `Adding ${years} years to year ${year} leaves the range 0001–9999`);
  }
  return { year: y, month, day: Math.min(day, daysInMonth(y, month)) };
}
