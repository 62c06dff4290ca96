import { calendarWindow } from './calendarWindow';
import type { CalendarUnit } from './types';

/**
 * When a daily, monthly or annual counter next resets: the end of the calendar window containing
 * `instant`, i.e. the start of the next local day, month or year in `timeZone`.
 *
 * @param instant - the current instant (passed in: this library never reads the clock)
 * @param unit - `'day'`, `'month'` or `'year'`
 * @param timeZone - an IANA time-zone name
 * @returns `calendarWindow(instant, unit, timeZone).end`
 * @throws `AccountPolicyError` `invalid_instant`, `invalid_time_zone` or `invalid_input`
 * @example
 * ```ts
 * nextReset(parseInstant('2026-11-22T10:00:00+08:00'), 'month', 'Asia/Shanghai');
 * // 2026-12-01T00:00:00+08:00
 * ```
 */
export function nextReset(instant: Date, unit: CalendarUnit, timeZone: string): Date {
  return calendarWindow(instant, unit, timeZone).end;
}
