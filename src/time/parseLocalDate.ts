import { attempt, type Result } from '../errors';
import { daysInMonth } from './internal/civil';
import { describeValue, fail, type Path } from './internal/errors';
import type { LocalDate } from './types';

const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses a calendar date written `YYYY-MM-DD` (ISO 8601 extended format), such as a birth date.
 *
 * The date must exist: `2024-02-29` is accepted (leap year), `2026-02-29`, `2026-04-31`,
 * month `13` and year `0000` are rejected. Strings longer than 10 characters are rejected before
 * any pattern matching.
 *
 * @param input - the value to parse (anything; non-strings are rejected)
 * @param path - where the value sits in a larger input, for the error's issue
 * @returns the date as `{ year, month, day }`
 * @throws `AccountPolicyError` with code `invalid_date`, naming the problem and the value
 * @example
 * ```ts
 * parseLocalDate('2024-02-29'); // { year: 2024, month: 2, day: 29 }
 * parseLocalDate('2026-02-29'); // throws invalid_date
 * ```
 */
export function parseLocalDate(input: unknown, path: Path = []): LocalDate {
  const bad = (problem: string) =>
    fail('invalid_date', `Invalid date ${describeValue(input)}: ${problem}`, path);
  if (typeof input !== 'string') {
    throw fail(
      'invalid_date',
      `Invalid date: expected a "YYYY-MM-DD" string, got ${describeValue(input)}`,
      path,
    );
  }
  if (input.length > 10) throw bad('expected the form YYYY-MM-DD (10 characters)');
  const m = LOCAL_DATE_RE.exec(input);
  if (m === null) throw bad('expected the form YYYY-MM-DD');
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1) throw bad('the year must be between 0001 and 9999');
  if (month < 1 || month > 12) throw bad(`there is no month ${m[2]}`);
  const monthDays = daysInMonth(year, month);
  if (day < 1 || day > monthDays) {
    throw bad(`${m[1]}-${m[2]} has no day ${m[3]} (it has ${monthDays} days)`);
  }
  return { year, month, day };
}

/**
 * Non-throwing twin of {@link parseLocalDate}.
 *
 * @param input - the value to parse
 * @param path - where the value sits in a larger input, for the error's issue
 * @returns `{ ok: true, value }` with the date, or `{ ok: false, error }` (code `invalid_date`)
 * @example
 * ```ts
 * safeParseLocalDate('2026-13-01').ok; // false
 * ```
 */
export function safeParseLocalDate(input: unknown, path: Path = []): Result<LocalDate> {
  return attempt(() => parseLocalDate(input, path));
}
