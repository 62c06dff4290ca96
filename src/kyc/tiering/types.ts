import type { PolicyReason } from '../../messages/decision';
import type { OpeningChannel, OpeningRequirement, Verification } from '../../presets/types/classes';
import type { CreditRating } from '../../presets/types/kyc';
import type { PolicyDuration } from '../../time';

/** What a customer has shown of their identity: documents provided, methods done, channel. */
export interface TierIdentity {
  /** Information and documents provided (name, proof of address, credit report, …). */
  readonly provided: readonly OpeningRequirement[];
  /** Verification methods completed. */
  readonly verifications: readonly Verification[];
  /**
   * Where the identity was confirmed; a face-to-face channel (counter, staffed kiosk) counts as
   * the `face_to_face` method. Absent: remote.
   */
  readonly channel?: OpeningChannel;
}

/** A summary of a customer's usage, as the periodic re-evaluation reads it. */
export interface TierUsage {
  /** Cumulative transaction volume, a decimal string in the preset's currency (e.g. `"12500.00"`). */
  readonly cumulativeVolume: string;
  /** Transactions in the period reviewed. */
  readonly transactionCount: number;
  readonly creditRating: CreditRating | 'unrated';
  /** Confirmed alerts (large or abnormal transactions found suspicious) in the period reviewed. */
  readonly alerts: number;
  /** ISO 8601 instant the relationship (first account) began. */
  readonly openedAt: string | Date;
  /** ISO 8601 instant the summary is taken at (the evaluation time). */
  readonly asOf: string | Date;
}

/** Fields every criterion carries. */
interface CriterionBase<K extends string, C extends string> extends PolicyReason<C> {
  readonly kind: K;
  /** Whether the customer meets it. */
  readonly met: boolean;
  /** Key of its source in `preset.sources`. */
  readonly source: string;
  /** The key of the source in `preset.sources` (`source` is its citable reference). */
  readonly sourceKey?: string;
}

/**
 * One thing a tier requires, whether the customer meets it, and a message to show: the data a
 * front end renders as "what do I need to upgrade", and the reasons of a re-evaluation.
 */
export type TierCriterion =
  | (CriterionBase<'document', 'tier_requirement_document'> & {
      readonly requirement: OpeningRequirement;
    })
  | (CriterionBase<'verification', 'tier_requirement_verification'> & {
      readonly verification: Verification;
    })
  | (CriterionBase<'verification_count', 'tier_requirement_verification_count'> & {
      readonly required: number;
      readonly actual: number;
    })
  | CriterionBase<'face_to_face', 'tier_requirement_face_to_face'>
  | (CriterionBase<'cumulative_volume', 'tier_requirement_cumulative_volume'> & {
      /** Decimal string in the preset's currency. */
      readonly required: string;
      readonly actual: string | null;
      readonly currency: string;
    })
  | (CriterionBase<'transaction_count', 'tier_requirement_transaction_count'> & {
      readonly required: number;
      readonly actual: number | null;
    })
  | (CriterionBase<'history', 'tier_requirement_history'> & {
      readonly required: PolicyDuration;
      /** When the relationship began, and when it reaches the required length (ISO instants). */
      readonly since: string | null;
      readonly reachedAt: string | null;
    })
  | (CriterionBase<'credit_rating', 'tier_requirement_credit_rating'> & {
      readonly required: CreditRating;
      readonly actual: CreditRating | 'unrated' | null;
    })
  | (CriterionBase<'alerts', 'tier_requirement_alerts'> & {
      /** At most this many. */
      readonly required: number;
      readonly actual: number | null;
    });

/** Kinds of {@link TierCriterion}. */
export type TierCriterionKind = TierCriterion['kind'];

/** One limit compared between two tiers; `null` is no cap. */
export interface TierLimitChange {
  /** The limit's id in the tier that has it, e.g. `"dailyOutflow"`. */
  readonly id: string;
  readonly type: 'window_amount' | 'per_transaction' | 'balance_cap' | 'window_count';
  readonly direction?: 'inflow' | 'outflow';
  /** `"day"`, `"month"`, `"year"` for calendar windows; a duration for rolling ones. */
  readonly window?: string | PolicyDuration;
  /** Decimal string (amount limits) or count, or `null` for no cap. */
  readonly current: string | number | null;
  readonly next: string | number | null;
}

/** Everything one tier requires, and which of it the customer meets. */
export interface TierRequirements {
  readonly tier: string;
  readonly title: string;
  /** Every criterion, identity first, then usage; each with `met`. */
  readonly criteria: readonly TierCriterion[];
  /** Whether every criterion is met. */
  readonly met: boolean;
  /** The criteria not met yet (the to-do list). */
  readonly outstanding: readonly TierCriterion[];
}

/** What moving from one tier to the next would need and bring. */
export interface TierUpgradePath extends TierRequirements {
  readonly from: string;
  /** How each limit changes (only limits that differ). */
  readonly limitChanges: readonly TierLimitChange[];
}

/** The initial tier from the identity shown at opening. */
export interface InitialTierAssessment {
  /** The highest tier whose identity requirements are met, or `null` when not even the lowest. */
  readonly tier: string | null;
  readonly message: string;
  /** The criteria of the assigned tier (all met), or of the lowest tier when none is met. */
  readonly criteria: readonly TierCriterion[];
  /** What the next tier up requires, or `null` at the top. */
  readonly next: TierUpgradePath | TierRequirements | null;
}

/** A periodic re-evaluation's proposal. */
export interface TierReevaluation {
  readonly currentTier: string;
  readonly proposedTier: string;
  readonly change: 'upgrade' | 'downgrade' | 'none';
  /** A change is only a proposal: it takes effect once approved, and the customer is notified. */
  readonly requiresApproval: boolean;
  readonly message: string;
  /**
   * Why: for a downgrade the criteria of the current tier no longer met; for an upgrade the
   * criteria of the proposed tier (all met); for none, the outstanding criteria of the next tier.
   */
  readonly reasons: readonly TierCriterion[];
  /** What the next tier above the proposed one requires, or `null` at the top. */
  readonly next: TierUpgradePath | null;
  /** When the next periodic re-evaluation is due (ISO instant in the preset's zone). */
  readonly nextReevaluationAt: string;
}

/** Whether the basic tier's inactivity freeze applies. */
export interface TierInactivityStatus {
  /** Whether the rule applies to this tier (the lowest tier of a tiered preset). */
  readonly applies: boolean;
  readonly frozen: boolean;
  /** The last transaction, or the opening when there was none (ISO instant). */
  readonly since: string;
  /** When the freeze starts (or started) without a new transaction; `null` when the rule does not apply. */
  readonly frozenFrom: string | null;
  /** Who lifts it: the customer, by re-verifying their identity. */
  readonly liftedBy: 'customer_reverification';
  readonly message: string;
  readonly source: string;
  /** The key of the source in `preset.sources` (`source` is its citable reference). */
  readonly sourceKey?: string;
}
