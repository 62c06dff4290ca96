/**
 * The unit of a calendar window: a local day, month or year in an IANA time zone.
 *
 * @example
 * ```ts
 * const unit: CalendarUnit = 'day';
 * ```
 */
export type CalendarUnit = 'day' | 'month' | 'year';

/**
 * A policy duration, such as a cooling-off period or a retention period.
 *
 * Every field is an optional non-negative integer; at least one field is present. The value is
 * plain JSON, so it can appear in presets. Years, months, weeks and days are calendar amounts
 * (added to the local date in a time zone); hours and minutes are elapsed time. See
 * {@link addDuration}.
 *
 * @example
 * ```ts
 * const coolingOff: PolicyDuration = { days: 15 };
 * const retention: PolicyDuration = { years: 5 };
 * const hold: PolicyDuration = { hours: 48 };
 * ```
 */
export interface PolicyDuration {
  readonly years?: number;
  readonly months?: number;
  readonly weeks?: number;
  readonly days?: number;
  readonly hours?: number;
  readonly minutes?: number;
}

/**
 * A civil date without a time or a time zone (a birth date, a document expiry date).
 *
 * `month` is 1–12 and `day` 1–31; the date is always a real Gregorian date with year 0001–9999.
 *
 * @example
 * ```ts
 * const birth: LocalDate = { year: 2010, month: 2, day: 28 };
 * ```
 */
export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * A calendar window: the local day, month or year of `timeZone`, as the half-open interval
 * `[start, end)`.
 *
 * `start` is the first instant of the period (local midnight of its first day, or the first
 * instant of that day when DST skips midnight); `end` is the start of the next period. Its length
 * follows the calendar, not a fixed number of seconds: a day may last 23, 23.5, 24, 24.5 or 25
 * hours (or 22 in Antarctica/Troll).
 *
 * @example
 * ```ts
 * const w = calendarWindow(parseInstant('2026-11-22T10:00:00+08:00'), 'day', 'Asia/Shanghai');
 * // w.start = 2026-11-22T00:00:00+08:00, w.end = 2026-11-23T00:00:00+08:00
 * ```
 */
export interface CalendarWindow {
  readonly kind: 'calendar';
  readonly unit: CalendarUnit;
  readonly timeZone: string;
  /** First instant in the window (inclusive). */
  readonly start: Date;
  /** First instant after the window (exclusive): the start of the next period. */
  readonly end: Date;
}

/**
 * A rolling (sliding) window of a fixed {@link PolicyDuration} that ends at, and includes, a given
 * instant — as opposed to a {@link CalendarWindow}, which is anchored to the local calendar.
 *
 * For an instant `t`, the rolling window ending at `t` is `(t − duration, t]`: `t` itself and
 * everything after the instant exactly one `duration` earlier, which is outside — so the window
 * holds exactly `duration`. Like every window it is stored half-open, `[start, end)`, with
 * `start = t − duration + 1 ms` and `end = t + 1 ms`. `t − duration` is computed with
 * {@link addDuration}'s rules, subtracting calendar parts in `timeZone` (31 March − 1 month is
 * 28 February; `{ days: 1 }` across a DST change is 23 or 25 hours).
 *
 * @example
 * ```ts
 * const w = rollingWindow(parseInstant('2026-11-22T10:00:00Z'), { hours: 24 }, 'UTC');
 * // w.start = 2026-11-21T10:00:00.001Z, w.end = 2026-11-22T10:00:00.001Z
 * ```
 */
export interface RollingWindow {
  readonly kind: 'rolling';
  readonly duration: PolicyDuration;
  readonly timeZone: string;
  /** `t − duration + 1 ms` (inclusive): the instant exactly `duration` before `t` is outside. */
  readonly start: Date;
  /** `t + 1 ms` (exclusive), so that `t` itself is inside. */
  readonly end: Date;
}

/**
 * Either kind of time window; both are half-open `[start, end)`.
 *
 * @example
 * ```ts
 * function label(w: TimeWindow): string {
 *   return w.kind === 'calendar' ? w.unit : 'rolling';
 * }
 * ```
 */
export type TimeWindow = CalendarWindow | RollingWindow;
