import { checkLocalDate, pad } from './internal/localDate';
import type { LocalDate } from './types';

/**
 * Writes a {@link LocalDate} as `YYYY-MM-DD`, the form {@link parseLocalDate} reads.
 *
 * @param d - a real date (year 0001–9999)
 * @returns the ISO 8601 date string
 * @throws `AccountPolicyError` with code `invalid_date` if `d` is not a real date
 * @example
 * ```ts
 * formatLocalDate({ year: 2026, month: 3, day: 7 }); // '2026-03-07'
 * ```
 */
export function formatLocalDate(d: LocalDate): string {
  const { year, month, day } = checkLocalDate(d);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
