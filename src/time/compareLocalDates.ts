import { checkLocalDate } from './internal/localDate';
import type { LocalDate } from './types';

/**
 * Orders two calendar dates.
 *
 * @param a - the first date
 * @param b - the second date
 * @returns `-1` if `a` is earlier, `0` if equal, `1` if later (usable with `Array.prototype.sort`)
 * @throws `AccountPolicyError` with code `invalid_date` if either is not a real date
 * @example
 * ```ts
 * compareLocalDates({ year: 2026, month: 1, day: 31 }, { year: 2026, month: 2, day: 1 }); // -1
 * ```
 */
export function compareLocalDates(a: LocalDate, b: LocalDate): -1 | 0 | 1 {
  const x = checkLocalDate(a, 'first date');
  const y = checkLocalDate(b, 'second date');
  const kx = x.year * 10_000 + x.month * 100 + x.day;
  const ky = y.year * 10_000 + y.month * 100 + y.day;
  return kx < ky ? -1 : kx > ky ? 1 : 0;
}
