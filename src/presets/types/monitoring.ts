import type { LangText } from '../../messages/lang';
import type { PolicyDuration } from '../../time/types';
import type { TransactionMatcher } from './classes';
import type { MoneyAmount, Sourced } from './common';
import { deepFreeze } from '../internal/deepFreeze';

/** How urgent a monitoring alert is: it decides the review queue, never the account. */
export type AlertSeverity = 'low' | 'medium' | 'high';

/** Every {@link AlertSeverity}, lowest first. */
export const ALERT_SEVERITIES: readonly AlertSeverity[] = /* @__PURE__ */ deepFreeze([
  'low',
  'medium',
  'high',
]);

/**
 * Codes of monitoring alerts (red flags in an account's activity, the red flags of 《银行个人账户培训》). Stable:
 * - `dormant_account_activity`: a transaction on a dormant account;
 * - `fan_in` / `fan_out`: many distinct counterparties sending money into the account, or
 *   receiving money from it, within a short time;
 * - `large_transaction`: a single amount above the class's or tier's review threshold;
 * - `night_activity`: several transactions in the local night hours;
 * - `rapid_in_out`: money in and out again within a short time, leaving little;
 * - `structuring_near_limit`: several amounts just under a limit or a reporting threshold.
 */
export type AlertCode =
  | 'dormant_account_activity'
  | 'fan_in'
  | 'fan_out'
  | 'large_transaction'
  | 'night_activity'
  | 'rapid_in_out'
  | 'structuring_near_limit';

/** Every {@link AlertCode}, in the order alerts are listed (alphabetical). */
export const ALERT_CODES: readonly AlertCode[] = /* @__PURE__ */ deepFreeze([
  'dormant_account_activity',
  'fan_in',
  'fan_out',
  'large_transaction',
  'night_activity',
  'rapid_in_out',
  'structuring_near_limit',
]);

/** Fields every monitoring rule carries: the severity of its alerts and its source. */
export interface MonitoringRuleBase extends Sourced {
  readonly severity: AlertSeverity;
}

/**
 * Rapid in-and-out: within a rolling `window` ending at an outflow, what came in (at least
 * `minInflow`) went out again, leaving at most `maxRetainedRatio` of it.
 */
export interface RapidInOutRule extends MonitoringRuleBase {
  /** The rolling window, e.g. `{ hours: 24 }`. */
  readonly window: PolicyDuration;
  /** Transactions that bring money in. */
  readonly inflow: readonly TransactionMatcher[];
  /** Transactions that take money out (checked first: a transaction matching both is an outflow). */
  readonly outflow: readonly TransactionMatcher[];
  /** Inflows in the window below this total are not looked at. */
  readonly minInflow: MoneyAmount;
  /**
   * Largest share of the inflow that may stay for the pattern to count, as a decimal string from
   * 0 to 1 (`"0.10"`: at most 10% stays). Reached at equality.
   */
  readonly maxRetainedRatio: string;
}

/**
 * Fan-in or fan-out: at least `minCounterparties` distinct `counterpartyId`s among the matching
 * transactions of a rolling `window`. Transactions without a `counterpartyId` are not counted.
 */
export interface FanRule extends MonitoringRuleBase {
  readonly window: PolicyDuration;
  readonly matchers: readonly TransactionMatcher[];
  /** Alert from this many distinct counterparties (a whole number ≥ 1). */
  readonly minCounterparties: number;
}

/** The kinds of amount limits of a class that structuring watches. */
export type WatchedLimitType = 'window_amount' | 'per_transaction';

/** The thresholds of `kyc.nonCounterTransfers` that structuring can watch. */
export type NonCounterThreshold = 'certificateRequiredAbove' | 'largeTransferReminderAbove';

/**
 * What structuring watches:
 * - `class_limits`: every amount limit of the account's class of these types, compared with the
 *   transactions the class counts in the limit's direction (its `counting` rules);
 * - `non_counter_transfer`: a threshold of `kyc.nonCounterTransfers`, compared with the matching
 *   transactions made outside the counter (`lifecycle.counterChannels`; no channel = non-counter);
 * - `amount`: a threshold of its own (e.g. a bank's reporting threshold), with its own source.
 */
export type StructuringTarget =
  | { readonly kind: 'class_limits'; readonly limitTypes: readonly WatchedLimitType[] }
  | {
      readonly kind: 'non_counter_transfer';
      readonly threshold: NonCounterThreshold;
      readonly matchers: readonly TransactionMatcher[];
    }
  | (Sourced & {
      readonly kind: 'amount';
      /** Unique among the amount targets, camelCase. */
      readonly id: string;
      readonly title: LangText;
      readonly amount: MoneyAmount;
      readonly matchers: readonly TransactionMatcher[];
    });

/**
 * Structuring: at least `minOccurrences` amounts "just under" a watched threshold within a
 * rolling `window`. Just under means from `threshold × (1 − margin)` up to the threshold itself,
 * both included (an amount equal to a cap or to an "above X" threshold stays clear of it).
 */
export interface StructuringRule extends MonitoringRuleBase {
  /** How close counts as just under, as a decimal string from 0 to 1 (`"0.10"`: within 10%). */
  readonly margin: string;
  /** Alert from this many such amounts (a whole number ≥ 1). */
  readonly minOccurrences: number;
  readonly window: PolicyDuration;
  readonly watch: readonly StructuringTarget[];
}

/**
 * The review threshold of one class or tier: a single amount strictly above it raises an alert.
 * `'tiering.reviewThreshold'` reads the preset's tiering rule; `null`: no threshold.
 */
export interface LargeTransactionThreshold extends Sourced {
  /** A class id of the preset. */
  readonly class: string;
  readonly above: MoneyAmount | 'tiering.reviewThreshold' | null;
}

/** Large single transactions, per class or tier (every class of the preset has an entry). */
export interface LargeTransactionRule extends MonitoringRuleBase {
  readonly matchers: readonly TransactionMatcher[];
  readonly thresholds: readonly LargeTransactionThreshold[];
}

/**
 * Night activity: at least `minTransactions` matching transactions in one night, the local hours
 * `[from, to)` in the preset's zone. `from` after `to` spans midnight (`"22:00"`–`"05:00"`); the
 * night is named by the local date it starts on.
 */
export interface NightActivityRule extends MonitoringRuleBase {
  /** Local wall time `HH:MM` the night starts at (included). */
  readonly from: string;
  /** Local wall time `HH:MM` the night ends at (excluded). */
  readonly to: string;
  readonly minTransactions: number;
  readonly matchers: readonly TransactionMatcher[];
}

/**
 * What the dormant-account alert does with bank postings — transactions of kinds outside
 * `lifecycle.dormancy.activeKinds`, such as interest credits and fees, which the bank initiates.
 * They are never activity: they never end dormancy.
 * - `ignore`: they raise no alert either; an alert counts those of its episode in
 *   `evidence.ignoredPostings`;
 * - `alert`: they raise the alert like a customer's transaction.
 */
export type DormantBankPostings = 'ignore' | 'alert';

/** {@link DormantBankPostings} with the source that decides it. */
export interface DormantBankPostingsRule extends Sourced {
  readonly onDormantAccount: DormantBankPostings;
}

/**
 * Activity on a dormant account. What is dormant comes from `lifecycle.dormancy` (its
 * inactivity period and active kinds); this rule carries its severity, its source and what bank
 * postings (interest, fees) on a dormant account do.
 */
export interface DormantAccountActivityRule extends MonitoringRuleBase {
  readonly bankPostings: DormantBankPostingsRule;
}

/**
 * Thresholds of large-value transaction reports, each reached at equality ("以上（含）"), per
 * calendar day in the preset's zone.
 */
export interface LargeValueReportingRule extends Sourced {
  /** Cash deposits plus withdrawals in a day. */
  readonly cashPerDay: MoneyAmount;
  /** A natural person's domestic transfers in and out in a day. */
  readonly domesticTransferPerDay: MoneyAmount;
  /**
   * A natural person's cross-border transfers in a day. Not evaluated by the check: transactions
   * carry no cross-border flag (shown in the handbook).
   */
  readonly crossBorderTransferPerDay: MoneyAmount;
}

/** Every monitoring threshold of a preset, each with its source. */
export interface MonitoringRules {
  /**
   * Large-value transaction reports (PBOC Order 2016 No. 3): reporting duties, not refusals. The
   * check attaches them under `requires`; absent: none.
   */
  readonly largeValueReporting?: LargeValueReportingRule;
  readonly rapidInOut: RapidInOutRule;
  readonly fanIn: FanRule;
  readonly fanOut: FanRule;
  readonly structuring: StructuringRule;
  readonly largeTransaction: LargeTransactionRule;
  readonly nightActivity: NightActivityRule;
  readonly dormantAccountActivity: DormantAccountActivityRule;
}
