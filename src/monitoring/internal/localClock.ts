/*
 * Local wall-clock readings in an IANA zone, from the public time API. Internal to src/monitoring.
 */
import { formatInstant } from '../../time';

/** Minutes in a day. */
export const MINUTES_PER_DAY = 24 * 60;

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/** A wall-clock reading: the local date and the minute of the local day (0–1439). */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly minuteOfDay: number;
}

/**
 * What the clocks of `timeZone` show at an instant (seconds ignored: 04:59:59 is minute 299).
 * Read from {@link formatInstant}, so DST and historical offsets follow the zone's rules.
 *
 * @internal
 */
export function wallClock(atMs: number, timeZone: string): WallClock {
  const m = WALL.exec(formatInstant(new Date(atMs), timeZone))!;
  return {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    minuteOfDay: Number(m[4]) * 60 + Number(m[5]),
  };
}

/**
 * Parses a wall time `HH:MM` (00:00–23:59) into minutes after midnight, or `null` when invalid.
 *
 * @internal
 */
export function parseWallTime(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/**
 * The local date (`YYYY-MM-DD`) a wall reading falls on once moved back by `minutes`: the date a
 * night starting at `minutes` after midnight began on.
 *
 * @internal
 */
export function dateBefore(clock: WallClock, minutes: number): string {
  const midnight = new Date(0);
  midnight.setUTCFullYear(clock.year, clock.month - 1, clock.day); // years below 100 stay as they are
  const shifted = new Date(midnight.getTime() + (clock.minuteOfDay - minutes) * 60_000);
  const y = shifted.getUTCFullYear();
  const mo = shifted.getUTCMonth() + 1;
  const d = shifted.getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
