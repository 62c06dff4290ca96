/*
 * The local date of an instant as `YYYY-MM-DD`, for the engine's hot path (a check dates its
 * requirement rules by the transaction's local day). `localDateOf` + `formatLocalDate` validate
 * their arguments and build an object each call; here the zone is one a preset already checked,
 * and the text of the last local day asked is kept: the date is a function of the wall-clock day
 * number alone (whatever the zone), and consecutive checks almost always fall on the same one.
 */
import { formatLocalDate } from '../formatLocalDate';
import { civilFields } from './civil';
import { wallAt } from './zone';

const DAY_MS = 86_400_000;

/** The last local day asked for: its number (wall-clock days since 1970-01-01) and its text. */
let lastDay = -Infinity;
let lastText = '';

/**
 * The calendar date shown by clocks in `zone` at instant `t`, as `YYYY-MM-DD`.
 *
 * @param zone - an IANA zone already validated (a preset's `timeZone`)
 * @param t - the instant, epoch milliseconds (a supported instant)
 * @returns the local date's text, what `formatLocalDate(localDateOf(new Date(t), zone))` gives
 * @example
 * ```ts
 * localDayText('Asia/Shanghai', Date.parse('2026-11-22T16:30:00Z')); // '2026-11-23'
 * ```
 */
export function localDayText(zone: string, t: number): string {
  const wall = wallAt(zone, t);
  const n = Math.floor(wall / DAY_MS);
  if (n !== lastDay) {
    const { year, month, day } = civilFields(wall);
    lastText = formatLocalDate({ year, month, day });
    lastDay = n;
  }
  return lastText;
}
