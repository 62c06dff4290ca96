import { instantMs } from './internal/instant';
import type { TimeWindow } from './types';

/**
 * Whether an instant lies in a window, which is half-open: `start <= instant < end`.
 *
 * @param window - a calendar or rolling window
 * @param instant - the instant to test
 * @returns true when inside
 * @throws `AccountPolicyError` `invalid_instant` if `instant`, `window.start` or
 *   `window.end` is not a valid Date
 * @example
 * ```ts
 * const w = calendarWindow(parseInstant('2026-11-22T10:00:00+08:00'), 'day', 'Asia/Shanghai');
 * windowContains(w, parseInstant('2026-11-22T23:59:59.999+08:00')); // true
 * windowContains(w, parseInstant('2026-11-23T00:00:00+08:00')); // false
 * ```
 */
export function windowContains(window: TimeWindow, instant: Date): boolean {
  const t = instantMs(instant);
  const bounds = window as Partial<TimeWindow> | null | undefined;
  const start = instantMs(bounds?.start, 'window.start');
  const end = instantMs(bounds?.end, 'window.end');
  return start <= t && t < end;
}
