import { DAY_MS } from './civil';

/**
 * Time-zone offset look-ups straight from the runtime's IANA data (`Intl.DateTimeFormat`).
 *
 * Deliberately host-independent: nothing here reads the process's own time zone. (The setters of
 * `TZDate` from `@date-fns/tz` 1.5.0, and so every date-fns function run with `{ in: tz(zone) }`,
 * give results that depend on the host zone around the host's own transitions, and its `tzOffset`
 * drops the sign of offsets such as `-00:44:30`; see the module's README notes in `index.ts`.)
 *
 * @internal
 */

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();
const OFFSET_RE = /^([+\-\u2212])(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * UTC offset of `zone` at instant `t`, in milliseconds (east of Greenwich positive), including
 * historical sub-minute offsets such as Shanghai's LMT +08:05:43. `zone` must already be valid.
 */
export function offsetMsAt(zone: string, t: number): number {
  let formatter = offsetFormatters.get(zone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    offsetFormatters.set(zone, formatter);
  }
  const text = formatter.format(t);
  const tail = text.slice(text.lastIndexOf('GMT') + 3);
  if (tail === '') return 0;
  const m = OFFSET_RE.exec(tail);
  if (m === null) throw new Error(`Unexpected offset format from Intl: ${text}`);
  const sign = m[1] === '+' ? 1 : -1;
  return sign * ((Number(m[2]) * 60 + Number(m[3])) * 60 + Number(m[4] ?? 0)) * 1000;
}

/** The wall-clock reading of `zone` at instant `t`, encoded as a UTC timestamp. */
export function wallAt(zone: string, t: number): number {
  return t + offsetMsAt(zone, t);
}

/**
 * The first instant at which the wall clock of `zone` reads `wall` or later.
 *
 * - An ordinary wall time maps to its only instant.
 * - A repeated wall time (clocks turned back) maps to its first occurrence.
 * - A skipped wall time (clocks turned forward) maps to the instant of the jump, i.e. the first
 *   instant after the gap; a whole skipped day (Pacific/Apia, 2011-12-30) maps to the start of
 *   the next existing day.
 */
export function firstInstantAtWall(zone: string, wall: number): number {
  // Real offsets stay well within ±1 day, so sampling one day either side of `wall` gives the
  // offsets in force before and after any transition near it.
  const offsets = new Set([
    offsetMsAt(zone, wall - DAY_MS),
    offsetMsAt(zone, wall),
    offsetMsAt(zone, wall + DAY_MS),
  ]);
  let best = Number.POSITIVE_INFINITY;
  for (const offset of offsets) {
    const t = wall - offset;
    if (t < best && offsetMsAt(zone, t) === offset) best = t;
  }
  if (best !== Number.POSITIVE_INFINITY) return best;
  // `wall` falls in a gap: binary-search the instant of the jump (wall clock first reaches `wall`).
  let lo = wall - 2 * DAY_MS; // wall clock certainly before `wall`
  let hi = wall + 2 * DAY_MS; // wall clock certainly at or after `wall`
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (wallAt(zone, mid) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}
