/*
 * Fiscal-year windows in usage: the window key of a calendar window with a start date, and the
 * window of an instant for a stored calendar window (a fiscal year when it has `startsOn`, else
 * the plain calendar day, month or year). Internal to src/limits.
 */
import { calendarWindow } from '../../time/calendarWindow';
import {
  fiscalYearStartProblem,
  fiscalYearWindow,
  type FiscalYearStart,
} from '../../time/fiscalYear';
import type { CalendarUnit, CalendarWindow } from '../../time/types';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The usage key of a calendar window: its unit, or for a fiscal year `year@MM-DD`.
 *
 * @param unit - the calendar unit
 * @param startsOn - the fiscal year's start date, if any
 * @returns the key, e.g. `'month'` or `'year@04-01'`
 * @example
 * ```ts
 * calendarWindowKey('year', { month: 4, day: 1 }); // 'year@04-01'
 * ```
 */
export function calendarWindowKey(unit: CalendarUnit, startsOn?: FiscalYearStart): string {
  return startsOn === undefined ? unit : `${unit}@${pad(startsOn.month)}-${pad(startsOn.day)}`;
}

/**
 * The window of a stored calendar window that holds an instant.
 *
 * @param instant - the instant
 * @param w - the window's unit and optional fiscal-year start
 * @param zone - the preset's time zone
 * @returns the calendar (or fiscal-year) window holding `instant`
 * @example
 * ```ts
 * windowOfCalendarUsage(new Date(), { unit: 'year', startsOn: { month: 4, day: 1 } }, 'Asia/Kolkata');
 * ```
 */
export function windowOfCalendarUsage(
  instant: Date,
  w: { readonly unit: CalendarUnit; readonly startsOn?: FiscalYearStart },
  zone: string,
): CalendarWindow {
  return w.startsOn === undefined
    ? calendarWindow(instant, w.unit, zone)
    : fiscalYearWindow(instant, w.startsOn, zone);
}

/**
 * Why a stored calendar window's key, unit and start date disagree, or `null`: `day`, `month`
 * and `year` have no start date; `year@MM-DD` is a year window starting on that date.
 *
 * @param key - the window key in `usage.windows`
 * @param unit - the stored unit
 * @param startsOn - the stored start date (absent for plain calendar windows)
 * @returns `{ field, message }` naming the field at fault, or `null`
 * @example
 * ```ts
 * calendarKeyProblem('year@04-01', 'year', { month: 4, day: 1 }); // null
 * ```
 */
export function calendarKeyProblem(
  key: string,
  unit: unknown,
  startsOn: unknown,
): { readonly field: 'kind' | 'unit' | 'startsOn'; readonly message: string } | null {
  const at = key.indexOf('@');
  const keyUnit = at < 0 ? key : key.slice(0, at);
  if (!['day', 'month', 'year'].includes(keyUnit) || (at >= 0 && keyUnit !== 'year'))
    return {
      field: 'kind',
      message:
        at < 0
          ? `a calendar window's key is its unit (day, month or year)`
          : `a fiscal-year window's key is year@MM-DD`,
    };
  if (unit !== keyUnit) return { field: 'unit', message: `must be "${keyUnit}", the window's key` };
  if (at < 0)
    return startsOn === undefined
      ? null
      : { field: 'startsOn', message: `only a year@MM-DD window has a start date` };
  const problem = fiscalYearStartProblem(startsOn);
  if (problem !== null) return { field: 'startsOn', message: problem };
  if (calendarWindowKey('year', startsOn as FiscalYearStart) !== key)
    return { field: 'startsOn', message: `must be the date in the window's key ${key}` };
  return null;
}
