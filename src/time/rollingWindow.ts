import { assertTimeZone } from './assertTimeZone';
import { shiftInstant } from './internal/duration';
import { instantMs } from './internal/instant';
import type { PolicyDuration, RollingWindow } from './types';
import { validateDuration } from './validateDuration';

/**
 * The rolling window of length `duration` that ends at, and includes, `instant`: the instants
 * after `instant − duration`, up to and including `instant` — `(instant − duration, instant]`.
 *
 * So a window of duration `d` holds exactly `d`: an instant exactly `d` before `instant` is
 * outside, one a millisecond later inside. As a {@link TimeWindow} it is half-open `[start, end)`
 * like every window, with `start = instant − duration + 1 ms` and `end = instant + 1 ms` (instants
 * have millisecond precision). `instant − duration` follows {@link addDuration}'s rules in reverse:
 * calendar parts (years, months, weeks, days) go back on the local calendar of `timeZone`,
 * date-fns style, keeping the local time and clamping the day to the month (31 March − 1 month is
 * 28 February) — so `{ days: 1 }` may span 23 or 25 hours and `{ months: 1 }` 28 to 31 days —
 * while hours and minutes are elapsed time (`{ hours: 24 }` is always exactly 24 hours).
 *
 * Use this for "in the last 24 hours"-style limits; for "today" or "this month" use
 * {@link calendarWindow}.
 *
 * @param instant - the instant the window ends at (included)
 * @param duration - the window's length
 * @param timeZone - an IANA time-zone name, giving the calendar for calendar parts
 * @returns the rolling window
 * @throws `AccountPolicyError` `invalid_instant`, `invalid_duration` or `invalid_time_zone`
 * @example
 * ```ts
 * const w = rollingWindow(parseInstant('2026-11-22T10:00:00Z'), { hours: 24 }, 'UTC');
 * // w.start = 2026-11-21T10:00:00.001Z, w.end = 2026-11-22T10:00:00.001Z
 * windowContains(w, parseInstant('2026-11-21T10:00:00Z')); // false: exactly 24 hours before
 * windowContains(w, parseInstant('2026-11-21T10:00:00.001Z')); // true
 * windowContains(w, parseInstant('2026-11-22T10:00:00Z')); // true
 * ```
 */
export function rollingWindow(
  instant: Date,
  duration: PolicyDuration,
  timeZone: string,
): RollingWindow {
  const t = instantMs(instant);
  const d = validateDuration(duration);
  const zone = assertTimeZone(timeZone);
  return Object.freeze({
    kind: 'rolling',
    duration: d,
    timeZone: zone,
    start: new Date(shiftInstant(t, d, -1, zone) + 1),
    end: new Date(t + 1),
  });
}
