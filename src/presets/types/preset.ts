import type { LangText } from '../../messages/lang';
import type { PolicyDuration } from '../../time/types';
import type { AccountClassRules } from './classes';
import type { SourceDocument } from './common';
import type { KycRules, SuitabilityRules, TieringRules } from './kyc';
import type { LifecycleRules } from './lifecycle';
import type { MonitoringRules } from './monitoring';

/** A note for reviewers where sources disagree, and which one the preset follows. */
export interface Discrepancy {
  readonly text: LangText;
  readonly sources: readonly string[];
}

/**
 * A rule set: plain, JSON-serialisable data. Every rule entry names its source (a key of
 * {@link Preset.sources}); no regulatory number lives in code.
 *
 * `C` is the union of its class ids: a literal union for the shipped presets (`getPreset` returns
 * `Preset<'I' | 'II' | 'III'>` for the PBOC editions), `string` for a preset of one's own, so that
 * entry points taking an account and a preset refuse, at compile time, a class the preset lacks.
 *
 * @example
 * ```ts
 * const preset: Preset = derivePreset(getPreset(), { id: 'my-bank' }); // class ids: string
 * ```
 */
export interface Preset<C extends string = string> {
  /** Stable id, e.g. `"cn-pboc-2018"`. */
  readonly id: string;
  readonly title: LangText;
  readonly description: LangText;
  /** ISO 3166-1 alpha-2 code, or `"generic"` for schemes not tied to one jurisdiction. */
  readonly jurisdiction: string;
  /** ISO 4217 code every limit is expressed in. */
  readonly currency: string;
  /** IANA zone in which daily, monthly and annual windows are counted. */
  readonly timeZone: string;
  /** `YYYY-MM-DD` from which the rules apply. */
  readonly effectiveFrom: string;
  /** The source (a key of `sources`) that sets `effectiveFrom`. */
  readonly effectiveFromSource?: string;
  /** Ids of the presets (or editions) this one replaces. */
  readonly supersedes: readonly string[];
  /** For a preset built with `derivePreset`: the base preset's id. */
  readonly derivedFrom?: string;
  readonly sources: { readonly [key: string]: SourceDocument };
  /** Account classes or tiers, lowest rank first. */
  readonly classes: readonly AccountClassRules<C>[];
  readonly lifecycle: LifecycleRules;
  readonly kyc: KycRules;
  readonly suitability: SuitabilityRules;
  /** Tier re-evaluation rules; `null` for class-based (non-tiered) presets. */
  readonly tiering: TieringRules | null;
  /** Monitoring red flags: every threshold of the alerts `detectAlerts` raises. */
  readonly monitoring: MonitoringRules;
  readonly discrepancies: readonly Discrepancy[];
  /**
   * How long a usage remembers settled and recorded transaction ids after their instant (retries
   * replay, reversals are verified): longer than zero, at most 31 days. Absent: 24 hours, or the
   * longest rolling window of the preset's limits when that is longer (up to 31 days).
   */
  readonly idempotencyPeriod?: PolicyDuration;
}
