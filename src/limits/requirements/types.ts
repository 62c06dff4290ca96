import type { Lang } from '../../messages/lang';
import type { RequirementCode } from '../../messages/catalog/requirements';
import type { RuleOutcome } from '../../messages/trace';
import type { AccountClassRules } from '../../presets/types/classes';
import type { SourceLayer } from '../../presets/types/common';
import type { Preset } from '../../presets/types/preset';
import type { ParsedTransaction } from '../parse';
import type { Usage } from '../types';
import type { Flows } from '../windowSums';

/**
 * A condition an allowed (or refused) transaction carries: what the service must do for it to go
 * through lawfully (authenticate, remind, report, verify). Not a refusal.
 *
 * @example
 * ```ts
 * const d = checkTransactionFromHistory(account, tx, history, getPreset());
 * d.requires.map((r) => r.code); // ['non_counter_certificate_required', 'large_transfer_reminder']
 * ```
 */
export interface CheckRequirement {
  readonly code: RequirementCode;
  /** The rule's path in the preset, e.g. `"kyc.nonCounterTransfers.certificateRequiredAbove"`. */
  readonly rule: string;
  /** The source's citable reference, e.g. `"银发〔2016〕261号"`. */
  readonly source: string;
  /** The key of the source in `preset.sources`. */
  readonly sourceKey: string;
  /** Regulation, the bank's own rule, or configurable practice. */
  readonly sourceLayer: SourceLayer;
  /** The threshold, a decimal string. */
  readonly threshold: string;
  /** The total the threshold is compared with, this transaction included. */
  readonly total: string;
  /** This transaction's amount. */
  readonly requested: string;
  /**
   * What `total` counts: `usage` (the usage's calendar window, this transaction included;
   * channels are not kept there, so a non-counter total counts the day's counter transfers too),
   * or `transaction` (the usage has no such window: this transaction alone).
   */
  readonly basis: TotalBasis;
  /** For a duty with a deadline: how long, as a duration text (e.g. `"7 days"`). */
  readonly within?: string;
  readonly message: string;
}

/**
 * What a requirement's total counts (see {@link CheckRequirement.basis}).
 *
 * @example
 * ```ts
 * const basis: TotalBasis = 'usage';
 * ```
 */
export type TotalBasis = 'usage' | 'transaction';

/** What a requirement unit reads: the prepared transaction and the account's usage. @internal */
export interface RequirementContext {
  readonly preset: Preset;
  readonly cls: AccountClassRules;
  readonly tx: ParsedTransaction;
  readonly usage: Usage;
  readonly scale: number;
  readonly lang: Lang;
  /** The transaction's local day, `YYYY-MM-DD` in the preset's zone. */
  readonly day: string;
  /**
   * Whether the decision is traced: only then does a unit whose threshold is not reached write
   * its outcome (the values as text), which an untraced check never reads.
   */
  readonly trace: boolean;
  /** The flows objects this check has checked to be unchanged (windowSums.ts). */
  readonly verified?: Flows[];
}

/** A requirement unit's outcome: the trace entry and, when failed, the requirement. @internal */
export interface RequirementResult {
  /** The trace entry; `null` when the decision is not traced and nothing is required. */
  readonly outcome: RuleOutcome | null;
  readonly requirement?: CheckRequirement;
}

/** A requirement unit: one rule, one file. @internal */
export type RequirementUnit = (ctx: RequirementContext) => RequirementResult;

/** A total and what it counts. @internal */
export interface Total {
  /** In integer minor units. */
  readonly minor: bigint;
  readonly basis: TotalBasis;
}
