import { assertTimeZone } from './assertTimeZone';
import { civilFields, MINUTE_MS } from './internal/civil';
import { fail } from './internal/errors';
import { instantMs } from './internal/instant';
import { pad } from './internal/localDate';
import { offsetMsAt } from './internal/zone';

/**
 * Writes an instant as ISO 8601 local time in `timeZone` with that zone's offset at that instant.
 *
 * Seconds are always written; milliseconds only when non-zero; the offset is always `±HH:MM`
 * (UTC is `+00:00`, never `Z`). The output is read back exactly by {@link parseInstant}.
 * Historical local-mean-time offsets with seconds (Shanghai before 1901 was +08:05:43) are rounded
 * to the minute, with the local time adjusted to match, so the string still names the same instant.
 *
 * @param instant - the instant (its local year in `timeZone` must be 0001–9999)
 * @param timeZone - an IANA time-zone name
 * @returns e.g. `"2026-11-23T00:00:00+08:00"` or `"2026-11-22T16:00:00.250+00:00"`
 * @throws `AccountPolicyError` `invalid_instant` or `invalid_time_zone`
 * @example
 * ```ts
 * formatInstant(parseInstant('2026-11-22T16:00:00Z'), 'Asia/Shanghai'); // '2026-11-23T00:00:00+08:00'
 * formatInstant(parseInstant('2026-11-22T16:00:00Z'), 'UTC'); // '2026-11-22T16:00:00+00:00'
 * ```
 */
export function formatInstant(instant: Date, timeZone: string): string {
  const zone = assertTimeZone(timeZone);
  const t = instantMs(instant);
  const offsetMinutes = Math.round(offsetMsAt(zone, t) / MINUTE_MS);
  const f = civilFields(t + offsetMinutes * MINUTE_MS);
  if (f.year < 1 || f.year > 9999) {
    throw fail(
      'invalid_instant',
      `Cannot format ${instant.toISOString()} in ${zone}: the local year ${f.year} is outside 0001–9999`,
    );
  }
  const abs = Math.abs(offsetMinutes);
  const offset = `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
  const ms = f.ms === 0 ? '' : `.${pad(f.ms, 3)}`;
  return (
    `${pad(f.year, 4)}-${pad(f.month, 2)}-${pad(f.day, 2)}` +
    `T${pad(f.hours, 2)}:${pad(f.minutes, 2)}:${pad(f.seconds, 2)}${ms}${offset}`
  );
}
