import type { PolicyDuration } from '../types';
import { civilFields, civilMs, daysInMonth, MINUTE_MS } from './civil';
import { firstInstantAtWall, wallAt } from './zone';
import { deepFreeze } from '../../presets/internal/deepFreeze';

/**
 * The fields of a {@link PolicyDuration}, largest first, each with its maximum (about 10,000
 * years' worth).
 *
 * @internal
 */
export const DURATION_FIELDS = /* @__PURE__ */ deepFreeze([
  ['years', 10_000],
  ['months', 120_000],
  ['weeks', 522_000],
  ['days', 3_653_000],
  ['hours', 87_660_000],
  ['minutes', 5_259_600_000],
] as const);

/** A key of {@link PolicyDuration}. @internal */
export type DurationField = (typeof DURATION_FIELDS)[number][0];

/**
 * Moves instant `t` by `sign` × `d` in `zone` (both already validated), date-fns style: first
 * years and months on the local calendar (clamping the day to the month's length), then weeks and
 * days on the local calendar keeping the wall-clock time, then hours and minutes as elapsed time.
 * A local time that does not exist (DST gap) resolves to the first instant after the gap; one that
 * exists twice resolves to its first occurrence.
 *
 * @internal
 */
export function shiftInstant(t: number, d: PolicyDuration, sign: 1 | -1, zone: string): number {
  const months = sign * ((d.years ?? 0) * 12 + (d.months ?? 0));
  const days = sign * ((d.weeks ?? 0) * 7 + (d.days ?? 0));
  const elapsed = sign * ((d.hours ?? 0) * 60 + (d.minutes ?? 0)) * MINUTE_MS;
  let r = t;
  if (months !== 0 || days !== 0) {
    const f = civilFields(wallAt(zone, t));
    const monthIndex = f.year * 12 + (f.month - 1) + months;
    const year = Math.floor(monthIndex / 12);
    const month = monthIndex - year * 12 + 1;
    const day = Math.min(f.day, daysInMonth(year, month)) + days;
    r = firstInstantAtWall(zone, civilMs(year, month, day, f.hours, f.minutes, f.seconds, f.ms));
  }
  return r + elapsed;
}

/**
 * More than any zone's UTC offset changes by over any stretch of time: offsets in the IANA data
 * since 1900 lie within −12:00 … +14:00, so two of them differ by at most 26 hours.
 *
 * @internal
 */
const MAX_OFFSET_SWING_MS = 26 * 60 * MINUTE_MS;

/**
 * An upper bound on how far back a rolling window of duration `d` can reach from its instant,
 * in any zone: `t − shiftInstant(t, d, -1, zone) <= maxReachMs(d)` for every `t` and `zone`.
 *
 * Hours and minutes are elapsed time, exact. Calendar parts move the local wall clock, by at most
 * 366 days a year, 31 a month (a clamped day only lengthens the step: 31 March − 1 month is
 * 28 February, 31 days), 7 a week and 1 a day; turning the wall time back into an instant then
 * adds at most the zone's offset change in between. Unlike `t − shiftInstant(t, d, -1, zone)`,
 * `t − maxReachMs(d)` grows with `t`, so it bounds the start of every later window too: what lies
 * before it can never be counted again.
 *
 * @internal
 */
export function maxReachMs(d: PolicyDuration): number {
  const elapsed = ((d.hours ?? 0) * 60 + (d.minutes ?? 0)) * MINUTE_MS;
  const days = (d.years ?? 0) * 366 + (d.months ?? 0) * 31 + (d.weeks ?? 0) * 7 + (d.days ?? 0);
  return days === 0 ? elapsed : elapsed + days * 24 * 60 * MINUTE_MS + MAX_OFFSET_SWING_MS;
}
