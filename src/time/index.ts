/**
 * Time: instants, calendar dates, IANA time zones, calendar and rolling windows, durations.
 *
 * Pure: nothing here reads the clock, the environment or the host's time zone. Calendar windows
 * follow the local calendar of an IANA zone (days of 23/25 hours, skipped days) using the
 * runtime's `Intl` time-zone data; they are never computed by adding 86,400 seconds.
 *
 * Implementation note: `@date-fns/tz` 1.5.0's `TZDate` setters (and so date-fns functions run with
 * `{ in: tz(zone) }`) return results that depend on the host's time zone near the host's own
 * transitions, and its `tzOffset` loses the sign of offsets like `-00:44:30`; this module therefore
 * reads offsets from `Intl` itself and does calendar arithmetic on plain proleptic-Gregorian fields.
 *
 * @module
 */
export type {
  CalendarUnit,
  CalendarWindow,
  LocalDate,
  PolicyDuration,
  RollingWindow,
  TimeWindow,
} from './types';
export { parseInstant, safeParseInstant } from './parseInstant';
export { parseLocalDate, safeParseLocalDate } from './parseLocalDate';
export { formatLocalDate } from './formatLocalDate';
export { compareLocalDates } from './compareLocalDates';
export { addYearsToLocalDate } from './addYearsToLocalDate';
export { ageOn } from './ageOn';
export { assertTimeZone, isTimeZone } from './assertTimeZone';
export { calendarWindow } from './calendarWindow';
export {
  assertFiscalYearStart,
  fiscalYearStartProblem,
  fiscalYearWindow,
  type FiscalYearStart,
  type FiscalYearWindow,
} from './fiscalYear';
export { nextReset } from './nextReset';
export { rollingWindow } from './rollingWindow';
export { windowContains } from './windowContains';
export { addDuration } from './addDuration';
export { validateDuration } from './validateDuration';
export { formatInstant } from './formatInstant';
export { localDateOf } from './localDateOf';
export { formatDuration } from './formatDuration';
export { formatEvery } from './formatEvery';
export type { Path } from './internal/errors';
