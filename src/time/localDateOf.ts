import { assertTimeZone } from './assertTimeZone';
import { civilFields } from './internal/civil';
import { instantMs } from './internal/instant';
import { wallAt } from './internal/zone';
import type { LocalDate } from './types';

/**
 * The calendar date shown by clocks in `timeZone` at an instant.
 *
 * @param instant - the instant (0001-01-01Z to 9999-12-31Z)
 * @param timeZone - an IANA time-zone name
 * @returns the local date `{ year, month, day }`
 * @throws `AccountPolicyError` `invalid_instant` or `invalid_time_zone`
 * @example
 * ```ts
 * localDateOf(parseInstant('2026-11-22T16:30:00Z'), 'Asia/Shanghai'); // { year: 2026, month: 11, day: 23 }
 * ```
 */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const t = instantMs(instant);
  const zone = assertTimeZone(timeZone);
  const { year, month, day } = civilFields(wallAt(zone, t));
  return { year, month, day };
}
