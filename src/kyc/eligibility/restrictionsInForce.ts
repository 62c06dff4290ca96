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
import type { RulePeriod } from '../../presets/ruleInForce';
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
 * A restriction only restricts under a rule in force: with `rule.from` (`YYYY-MM-DD`, the day the
 * rule that gives restrictions their effect came into force, e.g. 85号's 2019-04-01) or
 * `rule.until` (the first day it no longer applies), a day outside that period finds nothing in
 * force (the restrictions are still validated).
 *
 * @param restrictions - the person's restrictions
 * @param today - the local day
 * @param timeZone - the bank's IANA zone
 * @param rule - the period of the rule that gives the restrictions effect (absent: always)
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
 * restrictionsInForce(
 *   [{ kind: 'no_non_counter', from: '2017-01-01T00:00:00+08:00' }],
 *   { year: 2017, month: 6, day: 1 },
 *   'Asia/Shanghai',
 *   { from: '2019-04-01' },
 * ).length; // 0: the rule was not yet in force
 * ```
 */
export function restrictionsInForce(
  restrictions: readonly ApplicantRestriction[],
  today: LocalDate,
  timeZone: string,
  rule: RulePeriod = {},
): RestrictionInForce[] {
  const day = readDate(today, ['today'], 'date');
  const dayText = formatLocalDate(day);
  const ruleApplies =
    (rule.from === undefined || rule.from <= dayText) &&
    (rule.until === undefined || dayText < rule.until);
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
    if (ruleApplies) found.push({ restriction, index, from, until, eligibleFrom });
  });
  return found;
}

/**
 * Non-throwing twin of {@link restrictionsInForce}.
 *
 * @param restrictions - the applicant's restrictions
 * @param today - the day of the application
 * @param timeZone - the preset's IANA zone
 * @param rule - the period of the rule that gives the restrictions effect (absent: always)
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
  rule: RulePeriod = {},
): Result<RestrictionInForce[]> {
  return attempt(() => restrictionsInForce(restrictions, today, timeZone, rule));
}
