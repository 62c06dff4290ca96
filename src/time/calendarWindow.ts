import { assertTimeZone } from './assertTimeZone';
import { civilFields, civilMs } from './internal/civil';
import { describeValue, fail } from './internal/errors';
import { instantMs } from './internal/instant';
import { firstInstantAtWall, wallAt } from './internal/zone';
import type { CalendarUnit, CalendarWindow } from './types';

const UNITS: readonly CalendarUnit[] = ['day', 'month', 'year'];

/**
 * The local day, month or year of `timeZone` that contains `instant`, as a half-open window
 * `[start, end)`.
 *
 * Computed on the local calendar of the zone, never by adding 86,400 seconds:
 * - `start` is local midnight of the period's first day; if DST skips that midnight (America/
 *   Sao_Paulo, 2018-11-04) it is the first instant of that day (01:00); if midnight happens twice,
 *   the first one;
 * - `end` is the `start` of the next period, so consecutive windows tile time with no gap or
 *   overlap;
 * - days may last 23 or 25 hours (Asia/Shanghai 1986–1991), 23.5 or 24.5 (Australia/Lord_Howe),
 *   22 or 26 (Antarctica/Troll); a day that does not exist at all (Pacific/Apia skipped
 *   2011-12-30) has no window: the window of 2011-12-29 ends where that of 2011-12-31 starts.
 *
 * @param instant - the instant (0001-01-01Z to 9999-12-31Z)
 * @param unit - `'day'`, `'month'` or `'year'`
 * @param timeZone - an IANA time-zone name
 * @returns the calendar window containing `instant` (`start <= instant < end`)
 * @throws `AccountPolicyError` `invalid_instant`, `invalid_time_zone`, or `invalid_input`
 *   for an unknown unit
 * @example
 * ```ts
 * const w = calendarWindow(parseInstant('2026-11-22T10:00:00+08:00'), 'day', 'Asia/Shanghai');
 * formatInstant(w.start, 'Asia/Shanghai'); // '2026-11-22T00:00:00+08:00'
 * formatInstant(w.end, 'Asia/Shanghai'); // '2026-11-23T00:00:00+08:00'
 * ```
 */
export function calendarWindow(
  instant: Date,
  unit: CalendarUnit,
  timeZone: string,
): CalendarWindow {
  const t = instantMs(instant);
  const zone = assertTimeZone(timeZone);
  if (!UNITS.includes(unit)) {
    throw fail(
      'invalid_input',
      `Invalid calendar unit ${describeValue(unit)}: expected "day", "month" or "year"`,
    );
  }
  const f = civilFields(wallAt(zone, t));
  // Periods are numbered by their first day; `boundary(i)` is the start of period i after ours.
  const first =
    unit === 'day'
      ? { y: f.year, m: f.month, d: f.day }
      : unit === 'month'
        ? { y: f.year, m: f.month, d: 1 }
        : { y: f.year, m: 1, d: 1 };
  const boundary = (i: number): number =>
    firstInstantAtWall(
      zone,
      unit === 'day'
        ? civilMs(first.y, first.m, first.d + i)
        : unit === 'month'
          ? civilMs(first.y, first.m + i, 1)
          : civilMs(first.y + i, 1, 1),
    );
  let i = 0;
  let start = boundary(0);
  let end = boundary(1);
  // Defensive: only a zone whose clock ran backwards across midnight could need these.
  for (let guard = 0; guard < 4 && t >= end; guard++) {
    i += 1;
    start = end;
    end = boundary(i + 1);
  }
  for (let guard = 0; guard < 4 && t < start; guard++) {
    i -= 1;
    end = start;
    start = boundary(i);
  }
  return Object.freeze({
    kind: 'calendar',
    unit,
    timeZone: zone,
    start: new Date(start),
    end: new Date(end),
  });
}
