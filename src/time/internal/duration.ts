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
