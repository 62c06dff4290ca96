/**
 * Proleptic-Gregorian civil-calendar arithmetic on plain numbers.
 *
 * A "wall" value is the local date-time of some zone encoded as if it were a UTC timestamp
 * (milliseconds since 1970-01-01T00:00 on the wall clock). Only UTC getters and setters touch it,
 * so nothing here depends on the host's time zone.
 *
 * @internal
 */

/** Milliseconds in one minute. */
export const MINUTE_MS = 60_000;
/** Milliseconds in one hour. */
export const HOUR_MS = 3_600_000;
/** Milliseconds in one calendar day of 24 hours (only used as a search margin, never to step days). */
export const DAY_MS = 86_400_000;

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Wall milliseconds of a civil date-time. Out-of-range fields overflow like `Date.UTC`
 * (month 13 is January of the next year, day 0 is the last day of the previous month), but unlike
 * `Date.UTC` years 0–99 are taken literally.
 */
export function civilMs(
  year: number,
  month: number,
  day: number,
  hours = 0,
  minutes = 0,
  seconds = 0,
  ms = 0,
): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hours, minutes, seconds, ms);
  return d.getTime();
}

/** Broken-down civil fields of a wall value. */
export interface CivilFields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
  readonly ms: number;
}

/** Splits a wall value into civil fields. */
export function civilFields(wall: number): CivilFields {
  const d = new Date(wall);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hours: d.getUTCHours(),
    minutes: d.getUTCMinutes(),
    seconds: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(),
  };
}
