import { assertTimeZone } from './assertTimeZone';
import { civilFields, civilMs, daysInMonth } from './internal/civil';
import { describeValue, fail, type Path } from './internal/errors';
import { instantMs } from './internal/instant';
import { firstInstantAtWall, wallAt } from './internal/zone';
import type { CalendarWindow } from './types';

/**
 * The local date on which a fiscal (financial) year starts, every year: `{ month: 4, day: 1 }`
 * is India's April–March financial year. The date must exist in every year (29 February is
 * refused), so that every fiscal year starts on the same date.
 *
 * @example
 * ```ts
 * const indianFinancialYear: FiscalYearStart = { month: 4, day: 1 };
 * ```
 */
export interface FiscalYearStart {
  /** 1–12. */
  readonly month: number;
  /** 1 to the month's length in a common year (28 for February). */
  readonly day: number;
}

/** A fiscal-year window: a calendar window of unit `year` that starts on `startsOn`. */
export interface FiscalYearWindow extends CalendarWindow {
  readonly startsOn: FiscalYearStart;
}

/**
 * Why a value is not a {@link FiscalYearStart}, or `null` when it is one.
 *
 * @param value - the candidate
 * @returns a message for an input issue, or `null`
 * @example
 * ```ts
 * fiscalYearStartProblem({ month: 2, day: 29 }); // 'day must be 1–28 for month 2 (…)'
 * fiscalYearStartProblem({ month: 4, day: 1 }); // null
 * ```
 */
export function fiscalYearStartProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'must be { month, day }';
  const fields = Object.keys(value);
  const extra = fields.find((k) => k !== 'month' && k !== 'day');
  if (extra !== undefined) return `has an unknown field ${describeValue(extra)}`;
  const { month, day } = value as { month?: unknown; day?: unknown };
  if (typeof month !== 'number' || !Number.isInteger(month) || month < 1 || month > 12)
    return `month must be a whole number 1–12, got ${describeValue(month)}`;
  const max = daysInMonth(2001, month); // a common year: the date must exist every year
  if (typeof day !== 'number' || !Number.isInteger(day) || day < 1 || day > max)
    return `day must be 1–${max} for month ${month} (a date every year has), got ${describeValue(day)}`;
  return null;
}

/**
 * Throws `invalid_input` naming `path` unless `value` is a {@link FiscalYearStart}.
 *
 * @param value - the candidate
 * @param path - where it was found, for the error
 * @returns the value, typed
 * @throws `AccountPolicyError` `invalid_input`
 * @example
 * ```ts
 * assertFiscalYearStart({ month: 4, day: 1 }, ['startsOn']).month; // 4
 * ```
 */
export function assertFiscalYearStart(value: unknown, path: Path = []): FiscalYearStart {
  const problem = fiscalYearStartProblem(value);
  if (problem !== null) throw fail('invalid_input', `Invalid fiscal-year start: ${problem}`, path);
  return value as FiscalYearStart;
}

/**
 * The fiscal year of `timeZone` that contains `instant`, as a half-open window `[start, end)`:
 * `start` is local midnight of `startsOn` in the latest year where that is not after the
 * instant's local date, `end` the same date a year later (the first instant of the day where DST
 * skips midnight, as {@link calendarWindow} does). India's financial year 2026–27 is
 * `[2026-04-01T00:00+05:30, 2027-04-01T00:00+05:30)`: 31 March 23:59:59.999 is in the old year.
 *
 * @param instant - the instant (0001-01-01Z to 9999-12-31Z)
 * @param startsOn - the local date every fiscal year starts on
 * @param timeZone - an IANA time-zone name
 * @returns the window containing `instant`, with `unit: 'year'` and `startsOn`
 * @throws `AccountPolicyError` `invalid_instant`, `invalid_time_zone`, or `invalid_input`
 * @example
 * ```ts
 * const w = fiscalYearWindow(parseInstant('2027-03-31T23:59:59.999+05:30'), { month: 4, day: 1 }, 'Asia/Kolkata');
 * formatInstant(w.start, 'Asia/Kolkata'); // '2026-04-01T00:00:00+05:30'
 * formatInstant(w.end, 'Asia/Kolkata'); // '2027-04-01T00:00:00+05:30'
 * ```
 */
export function fiscalYearWindow(
  instant: Date,
  startsOn: FiscalYearStart,
  timeZone: string,
): FiscalYearWindow {
  const t = instantMs(instant);
  const zone = assertTimeZone(timeZone);
  const { month, day } = assertFiscalYearStart(startsOn, ['startsOn']);
  const f = civilFields(wallAt(zone, t));
  const beforeStart = f.month < month || (f.month === month && f.day < day);
  const year = beforeStart ? f.year - 1 : f.year;
  const boundary = (y: number): number => firstInstantAtWall(zone, civilMs(y, month, day));
  let start = boundary(year);
  let end = boundary(year + 1);
  // Defensive, as in calendarWindow: only a clock running backwards across midnight needs these.
  for (let y = year, guard = 0; guard < 4 && t >= end; guard++) {
    y += 1;
    start = end;
    end = boundary(y + 1);
  }
  for (let y = year, guard = 0; guard < 4 && t < start; guard++) {
    y -= 1;
    end = start;
    start = boundary(y);
  }
  return Object.freeze({
    kind: 'calendar',
    unit: 'year',
    timeZone: zone,
    start: new Date(start),
    end: new Date(end),
    startsOn: Object.freeze({ month, day }),
  });
}
