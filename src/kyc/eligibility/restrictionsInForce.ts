import { attempt, type Result } from '../../errors';
import {
  addDuration,
  assertTimeZone,
  compareLocalDates,
  formatLocalDate,
  localDateOf,
  type LocalDate,
} from '../../time';
import { atPath, invalid, readDate, readInstant, readList, readObject } from '../internal/inputs';
import type { ApplicantRestriction } from './types';

/** A restriction found in force on a day, with its instants read. */
export interface RestrictionInForce {
  readonly restriction: ApplicantRestriction;
  readonly index: number;
  readonly from: Date;
  readonly until: Date | undefined;
  /** The first local day on which it is no longer in force, `YYYY-MM-DD` (absent: until lifted). */
  readonly eligibleFrom: string | undefined;
}

/**
 * The restrictions in force at some moment of a local day. A restriction applies while
 * `from ≤ t < until`; it is in force on `today` when that interval meets the day
 * `[00:00, 24:00)` in `timeZone`.
 *
 * @param restrictions - the person's restrictions
 * @param today - the local day
 * @param timeZone - the bank's IANA zone
 * @returns those in force on that day, in input order
 * @throws AccountPolicyError `invalid_instant` for a malformed instant, `invalid_input` when
 *   `until` is not after `from` or `restrictions` is not a list of objects, `invalid_date` for a
 *   malformed `today`, `invalid_time_zone` for an unknown zone
 * @example
 * ```ts
 * restrictionsInForce(
 *   [{ kind: 'no_non_counter', from: '2025-01-01T00:00:00+08:00' }],
 *   { year: 2026, month: 11, day: 22 },
 *   'Asia/Shanghai',
 * ).length; // 1
 * ```
 */
export function restrictionsInForce(
  restrictions: readonly ApplicantRestriction[],
  today: LocalDate,
  timeZone: string,
): RestrictionInForce[] {
  const day = readDate(today, ['today'], 'date');
  const zone = atPath(['timeZone'], () => assertTimeZone(timeZone, ['timeZone']));
  const found: RestrictionInForce[] = [];
  readList(restrictions, ['applicant', 'restrictions']).forEach((item, index) => {
    const path = ['applicant', 'restrictions', index];
    const restriction = readObject(item, path) as unknown as ApplicantRestriction;
    const from = readInstant(restriction.from, [...path, 'from']);
    const until =
      restriction.until === undefined
        ? undefined
        : readInstant(restriction.until, [...path, 'until']);
    if (until !== undefined && until.getTime() <= from.getTime())
      throw invalid([...path, 'until'], 'must be after from');
    if (compareLocalDates(localDateOf(from, zone), day) > 0) return;
    let eligibleFrom: string | undefined;
    if (until !== undefined) {
      const lastInForce = new Date(until.getTime() - 1);
      const lastDay = localDateOf(lastInForce, zone);
      if (compareLocalDates(lastDay, day) < 0) return;
      eligibleFrom = formatLocalDate(
        localDateOf(addDuration(lastInForce, { days: 1 }, zone), zone),
      );
    }
    found.push({ restriction, index, from, until, eligibleFrom });
  });
  return found;
}

/**
 * Non-throwing twin of {@link restrictionsInForce}.
 *
 * @param restrictions - the applicant's restrictions
 * @param today - the day of the application
 * @param timeZone - the preset's IANA zone
 * @returns `{ ok: true, value }` with the restrictions in force, or `{ ok: false, error }`
 * @example
 * ```ts
 * safeRestrictionsInForce([], { year: 2026, month: 11, day: 22 }, 'Mars/Olympus').ok; // false
 * ```
 */
export function safeRestrictionsInForce(
  restrictions: readonly ApplicantRestriction[],
  today: LocalDate,
  timeZone: string,
): Result<RestrictionInForce[]> {
  return attempt(() => restrictionsInForce(restrictions, today, timeZone));
}
