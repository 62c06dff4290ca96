import type { Sourced } from './types/common';
import type { AccountSellingPeriod } from './types/lifecycle';
import type { Preset } from './types/preset';

/** When a rule applies: from a day (inclusive) until a day (exclusive, absent: still in force). */
export interface RulePeriod {
  /** `YYYY-MM-DD`: the rule's own date, its source's, or the preset's. */
  readonly from?: string;
  /** `YYYY-MM-DD`, the first day on which it no longer applies. */
  readonly until?: string;
}

/**
 * The period in which a rule entry applies: its own `effectiveFrom`/`effectiveUntil`, or else the
 * `inForce`/`repealed` dates of its source, or else (a bank's document, practice) from the
 * preset's own `effectiveFrom`.
 *
 * @param preset - the preset whose sources the entry names
 * @param entry - a rule entry (anything with a `source`)
 * @returns the period (dates `YYYY-MM-DD`)
 * @example
 * ```ts
 * rulePeriod(getPreset('cn-pboc-2016'), getPreset('cn-pboc-2016').kyc.openingRestrictions);
 * // { from: '2019-04-01' }
 * ```
 */
export function rulePeriod(preset: Preset, entry: Sourced): RulePeriod {
  const source = Object.hasOwn(preset.sources, entry.source)
    ? preset.sources[entry.source]
    : undefined;
  // A bank's document or practice carries no date: it applies from the preset's own date.
  const from = entry.effectiveFrom ?? source?.inForce ?? preset.effectiveFrom;
  const until = entry.effectiveUntil ?? source?.repealed;
  return { ...(from === undefined ? {} : { from }), ...(until === undefined ? {} : { until }) };
}

/**
 * Whether a rule entry is in force on a local day (`YYYY-MM-DD` in the preset's zone): on or
 * after its start and before its end. A rule with no known start is in force.
 *
 * @param preset - the preset
 * @param entry - the rule entry
 * @param day - the local day, `YYYY-MM-DD`
 * @returns whether it applies that day
 * @example
 * ```ts
 * const p = getPreset('cn-pboc-2016');
 * ruleInForceOn(p, p.kyc.openingRestrictions, '2017-06-01'); // false (85号 applies from 2019-04-01)
 * ruleInForceOn(p, p.kyc.openingRestrictions, '2019-04-01'); // true
 * ```
 */
export function ruleInForceOn(preset: Preset, entry: Sourced, day: string): boolean {
  const { from, until } = rulePeriod(preset, entry);
  // `YYYY-MM-DD` strings compare as dates.
  return (from === undefined || from <= day) && (until === undefined || day < until);
}

/**
 * The regime for account selling/renting in force on a local day: the last of
 * `lifecycle.restrictions.accountSellingPeriods` in force that day, or `undefined` when none is.
 *
 * @param preset - the preset
 * @param day - the local day, `YYYY-MM-DD`
 * @returns the regime in force, if any
 * @example
 * ```ts
 * accountSellingPeriodOn(getPreset(), '2025-01-01')?.duration; // { years: 2 } (2024 Measures)
 * accountSellingPeriodOn(getPreset(), '2020-01-01')?.duration; // { years: 5 } (85号)
 * ```
 */
export function accountSellingPeriodOn(
  preset: Preset,
  day: string,
): AccountSellingPeriod | undefined {
  const periods = preset.lifecycle.restrictions.accountSellingPeriods ?? [];
  return periods.filter((p) => ruleInForceOn(preset, p, day)).at(-1);
}
