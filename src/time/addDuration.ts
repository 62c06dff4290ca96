import { assertTimeZone } from './assertTimeZone';
import { shiftInstant } from './internal/duration';
import { instantMs } from './internal/instant';
import type { PolicyDuration } from './types';
import { validateDuration } from './validateDuration';

/**
 * Adds a {@link PolicyDuration} to an instant, on the calendar of `timeZone`.
 *
 * Order and meaning, as date-fns `add` on a zoned date:
 * 1. `years` and `months` move the local date by calendar months, keeping the local time; the
 *    day is clamped to the target month (Jan 31 + 1 month = Feb 28/29; Feb 29 + 1 year = Feb 28);
 * 2. `weeks` (× 7) and `days` move the local date by calendar days, keeping the local time — so
 *    `{ days: 1 }` is 23 or 25 hours across a DST change, while `{ hours: 24 }` is always 24 hours;
 * 3. `hours` and `minutes` are then added as elapsed time.
 *
 * If the resulting local time does not exist (clocks jumped forward over it), the result is the
 * first instant after the jump — e.g. New York 2026-03-07T02:30 + 1 day is 2026-03-08T03:00-04:00
 * (date-fns/`Temporal` would give 03:30; the earliest instant at which the local clock has reached
 * 02:30 keeps the result monotonic). If it exists twice (clocks turned back), the first occurrence.
 * A consequence: two instants inside a repeated hour an hour apart, + 1 day, land on the same
 * local time, so the map is monotonic only where the local clock is.
 *
 * @param instant - the starting instant
 * @param duration - the duration to add (validated)
 * @param timeZone - an IANA time-zone name, giving the calendar
 * @returns the new instant
 * @throws `AccountPolicyError` `invalid_instant`, `invalid_duration` or `invalid_time_zone`
 * @example
 * ```ts
 * const t = parseInstant('2026-01-31T10:00:00+08:00');
 * formatInstant(addDuration(t, { months: 1 }, 'Asia/Shanghai'), 'Asia/Shanghai');
 * // '2026-02-28T10:00:00+08:00'
 * ```
 */
export function addDuration(instant: Date, duration: PolicyDuration, timeZone: string): Date {
  const t = instantMs(instant);
  const d = validateDuration(duration);
  const zone = assertTimeZone(timeZone);
  return new Date(shiftInstant(t, d, 1, zone));
}
