import { MONTH_NAMES } from './internal/monthNames';
import { attempt, type Result } from '../errors';
import { civilMs, daysInMonth, MINUTE_MS } from './internal/civil';
import { describeValue, fail, type Path } from './internal/errors';

/** Longest accepted input: "2026-11-22T09:30:00.123+08:00" is 29 characters. */
const MAX_LENGTH = 40;
const INSTANT_RE =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:\d{2})?$/;
const DATE_ONLY_RE = /^\d{4}-\d{2}-\d{2}$/;
/**
 * Parses an ISO 8601 / RFC 3339 instant that carries an explicit UTC offset.
 *
 * Accepted form: `YYYY-MM-DDTHH:MM[:SS[.fff]]` followed by `Z` or `±HH:MM`, for example
 * `"2026-11-22T09:30:00+08:00"` or `"2026-11-22T01:30:00.250Z"`. Rules:
 * - the offset is required — a local time alone does not name an instant;
 * - at most 3 fractional-second digits (milliseconds);
 * - the date and time must exist on the calendar: no `2026-02-30`, no month 13, no hour 24
 *   (`24:00`), no leap second `:60`; years 0001–9999; offsets up to ±23:59;
 * - uppercase `T` and `Z`; no spaces; at most 40 characters (checked before any pattern matching).
 *
 * @param input - the value to parse (anything; non-strings are rejected)
 * @param path - where the value sits in a larger input, for the error's issue
 * @returns the instant as a `Date`
 * @throws `AccountPolicyError` with code `invalid_instant`, naming the problem and the value
 * @example
 * ```ts
 * parseInstant('2026-11-22T09:30:00+08:00').toISOString(); // '2026-11-22T01:30:00.000Z'
 * parseInstant('2026-11-22T09:30:00'); // throws: the offset is required
 * ```
 */
export function parseInstant(input: unknown, path: Path = []): Date {
  const bad = (problem: string) =>
    fail('invalid_instant', `Invalid instant ${describeValue(input)}: ${problem}`, path);
  if (typeof input !== 'string') {
    throw fail(
      'invalid_instant',
      `Invalid instant: expected an ISO 8601 string such as "2026-11-22T09:30:00+08:00", got ${describeValue(input)}`,
      path,
    );
  }
  if (input.length > MAX_LENGTH) throw bad(`longer than ${MAX_LENGTH} characters`);
  const m = INSTANT_RE.exec(input);
  if (m === null) {
    if (DATE_ONLY_RE.test(input)) {
      throw bad('a date alone is not an instant; add a time and an offset, e.g. T00:00:00+08:00');
    }
    throw bad('not an ISO 8601 instant such as "2026-11-22T09:30:00+08:00"');
  }
  const [, ys, mos, ds, hs, mis, ss, frac, offset] = m;
  if (offset === undefined) {
    throw bad('the UTC offset is required (append Z or ±HH:MM, e.g. +08:00)');
  }
  if (frac !== undefined && frac.length > 3) {
    throw bad('at most 3 fractional-second digits (milliseconds) are allowed');
  }
  const year = Number(ys);
  const month = Number(mos);
  const day = Number(ds);
  const hours = Number(hs);
  const minutes = Number(mis);
  const seconds = ss === undefined ? 0 : Number(ss);
  const ms = frac === undefined ? 0 : Number(frac.padEnd(3, '0'));
  if (year < 1) throw bad('the year must be between 0001 and 9999');
  if (month < 1 || month > 12) throw bad(`there is no month ${mos}`);
  const monthDays = daysInMonth(year, month);
  if (day < 1 || day > monthDays) {
    throw bad(`${MONTH_NAMES[month - 1]} ${ys} has no day ${ds} (it has ${monthDays} days)`);
  }
  if (hours > 23)
    throw bad(`the hour must be 00–23 (got ${hs}; write 24:00 as 00:00 of the next day)`);
  if (minutes > 59) throw bad(`the minute must be 00–59 (got ${mis})`);
  if (seconds > 59)
    throw bad(`the second must be 00–59 (got ${ss}; leap seconds are not supported)`);
  let offsetMinutes = 0;
  if (offset !== 'Z') {
    const oh = Number(offset.slice(1, 3));
    const om = Number(offset.slice(4, 6));
    if (oh > 23 || om > 59) throw bad(`the offset ${offset} is out of range (at most ±23:59)`);
    offsetMinutes = (offset[0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  return new Date(
    civilMs(year, month, day, hours, minutes, seconds, ms) - offsetMinutes * MINUTE_MS,
  );
}

/**
 * Non-throwing twin of {@link parseInstant}.
 *
 * @param input - the value to parse
 * @param path - where the value sits in a larger input, for the error's issue
 * @returns `{ ok: true, value }` with the `Date`, or `{ ok: false, error }` (code `invalid_instant`)
 * @example
 * ```ts
 * const r = safeParseInstant('2026-02-30T00:00:00Z');
 * if (!r.ok) console.log(r.error.message); // … February 2026 has no day 30 …
 * ```
 */
export function safeParseInstant(input: unknown, path: Path = []): Result<Date> {
  return attempt(() => parseInstant(input, path));
}
