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

/** The preset's source an entry cites, when the preset has it. */
function sourceOf(preset: Preset, entry: Sourced): Preset['sources'][string] | undefined {
  return Object.hasOwn(preset.sources, entry.source) ? preset.sources[entry.source] : undefined;
}

/** An entry's first day: its own, its source's, or (a bank's document or practice, which
 * carries no date) the preset's own. */
function startOf(preset: Preset, entry: Sourced, source: Preset['sources'][string] | undefined) {
  return entry.effectiveFrom ?? source?.inForce ?? preset.effectiveFrom;
}

/** The day an entry ends: its own, or its source's repeal. */
function endOf(entry: Sourced, source: Preset['sources'][string] | undefined) {
  return entry.effectiveUntil ?? source?.repealed;
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
  const source = sourceOf(preset, entry);
  const from = startOf(preset, entry, source);
  const until = endOf(entry, source);
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
  // rulePeriod's dates, read without building its object (a check asks this of every
  // requirement unit).
  const source = sourceOf(preset, entry);
  const from = startOf(preset, entry, source);
  const until = endOf(entry, source);
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
