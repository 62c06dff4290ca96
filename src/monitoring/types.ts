import type { AccountStatus } from '../lifecycle/types';
import type { TransactionInput } from '../limits/types';
import type { Lang } from '../messages/lang';
import type { Channel, Counterparty, TransactionKind } from '../presets/types/common';
import type {
  AlertCode,
  AlertSeverity,
  DormantBankPostings,
  NonCounterThreshold,
  WatchedLimitType,
} from '../presets/types/monitoring';
import type { Preset } from '../presets/types/preset';
import type { PolicyDuration } from '../time/types';

/**
 * The account as monitoring needs it (CLI.md `monitor`): its class or tier, and optionally when
 * it was opened, its last active transaction and its lifecycle status. `dormantSince` (as the
 * lifecycle module writes it) dates a `dormant` status.
 */
export interface MonitorAccount<C extends string = string> {
  /** Class or tier id, e.g. `"II"` or `"intermediate"`. */
  readonly class: C;
  /**
   * ISO 8601 instant the account was opened. Monitoring counts inactivity from it only when
   * `lastActiveAt` is `null`.
   */
  readonly openedAt?: string;
  /**
   * ISO 8601 instant of the last active (customer-initiated) transaction before or within the
   * history. `null` means the account has **never** been active: its inactivity runs from
   * `openedAt`. Absent (`undefined`) means not known: the history is taken as an excerpt and only
   * the gaps inside it count as inactivity (never the time between `openedAt` and the first
   * transaction supplied).
   */
  readonly lastActiveAt?: string | null;
  /** Lifecycle status; default `"normal"`. */
  readonly status?: AccountStatus;
  /** ISO 8601 instant the account became dormant (with status `dormant`). */
  readonly dormantSince?: string;
}

/**
 * What `detectAlerts` looks at: the account, its transactions (any order; none may be after
 * `now`) and the instant of the review.
 */
export interface MonitorInput<C extends string = string> {
  readonly account: MonitorAccount<C>;
  readonly history: readonly TransactionInput[];
  /** ISO 8601 instant with an offset: when the review is made. */
  readonly now: string;
}

/** Options of `detectAlerts`: the rule set and the language of the messages. */
export interface MonitorOptions<C extends string = string> {
  /** The rule set (default: the default preset, `cn-pboc-2018`); `C` is its class ids. */
  readonly preset?: Preset<C>;
  /** The language of the messages (default `en`). */
  readonly lang?: Lang;
}

/** A transaction cited as evidence, normalised: amount with the currency's scale, instant in the preset's zone. */
export interface EvidenceTransaction {
  readonly id?: string;
  readonly at: string;
  readonly amount: string;
  readonly kind: TransactionKind;
  readonly counterparty: Counterparty;
  readonly counterpartyId?: string;
  readonly channel?: Channel;
}

/** Evidence of `rapid_in_out`. Amounts are decimal strings; instants in the preset's zone. */
export interface RapidInOutEvidence {
  /** The outflow that completed the pattern. */
  readonly at: string;
  /** The first inflow of the episode. */
  readonly from: string;
  readonly window: PolicyDuration;
  readonly inflow: string;
  readonly outflow: string;
  /** What stayed: inflow − outflow, never below zero. */
  readonly retained: string;
  /** `retained / inflow`, 4 decimals. */
  readonly retainedRatio: string;
  readonly maxRetainedRatio: string;
  readonly minInflow: string;
  readonly inflowCount: number;
  readonly outflowCount: number;
  /** Distinct counterparty ids involved, sorted (at most `MAX_EVIDENCE_ITEMS`). */
  readonly counterpartyIds: readonly string[];
  /** How many distinct ids `counterpartyIds` leaves out. */
  readonly omittedCounterpartyIds: number;
  /** The first transactions (at most `MAX_EVIDENCE_ITEMS`, canonical order). */
  readonly transactions: readonly EvidenceTransaction[];
  /** How many transactions of the alert `transactions` leaves out (0 when it lists them all). */
  readonly omittedTransactions: number;
}

/** Evidence of `fan_in` and `fan_out`. */
export interface FanEvidence {
  /** The transaction that reached the count. */
  readonly at: string;
  /** The first transaction of the episode. */
  readonly from: string;
  readonly window: PolicyDuration;
  /** How many distinct counterparties. */
  readonly counterparties: number;
  readonly minCounterparties: number;
  /** The distinct counterparty ids, sorted (at most `MAX_EVIDENCE_ITEMS`). */
  readonly counterpartyIds: readonly string[];
  /** How many distinct ids `counterpartyIds` leaves out. */
  readonly omittedCounterpartyIds: number;
  /** How many transactions the episode has. */
  readonly count: number;
  readonly total: string;
  /** The first transactions (at most `MAX_EVIDENCE_ITEMS`, canonical order). */
  readonly transactions: readonly EvidenceTransaction[];
  /** How many transactions of the alert `transactions` leaves out (0 when it lists them all). */
  readonly omittedTransactions: number;
}

/** The threshold a structuring alert saw amounts just under. */
export interface StructuringThreshold {
  /** `class_limit` (a limit of the class), `non_counter_transfer` (a KYC threshold) or `amount`. */
  readonly kind: 'class_limit' | 'non_counter_transfer' | 'amount';
  /** The limit's id, the threshold's name (`certificateRequiredAbove`, …) or the amount target's id. */
  readonly id: string;
  readonly amount: string;
  /** For a class limit: its type and direction. */
  readonly limitType?: WatchedLimitType;
  readonly direction?: 'inflow' | 'outflow';
  /** For a KYC threshold: which one. */
  readonly threshold?: NonCounterThreshold;
  /** Path of the threshold in the preset, e.g. `"classes.II.limits.dailyOutflow"`. */
  readonly rule: string;
  readonly source: string;
  readonly sourceKey: string;
}

/** Evidence of `structuring_near_limit`. */
export interface StructuringEvidence {
  readonly at: string;
  readonly from: string;
  readonly window: PolicyDuration;
  readonly threshold: StructuringThreshold;
  /** The lowest amount that counts as just under: `threshold × (1 − margin)`. */
  readonly lower: string;
  readonly margin: string;
  readonly count: number;
  readonly minOccurrences: number;
  readonly total: string;
  /** The first transactions (at most `MAX_EVIDENCE_ITEMS`, canonical order). */
  readonly transactions: readonly EvidenceTransaction[];
  /** How many transactions of the alert `transactions` leaves out (0 when it lists them all). */
  readonly omittedTransactions: number;
}

/**
 * Evidence of `large_transaction`: the transactions above the threshold at one instant (usually
 * one). `amount` and `transaction` are the first of them.
 */
export interface LargeTransactionEvidence {
  readonly at: string;
  readonly amount: string;
  readonly threshold: string;
  readonly class: string;
  /** Path of the threshold, e.g. `"tiering.reviewThreshold"` or `"monitoring.largeTransaction.thresholds.0"`. */
  readonly thresholdRule: string;
  readonly transaction: EvidenceTransaction;
  /** How many transactions above the threshold at `at`. */
  readonly count: number;
  /** Their total. */
  readonly total: string;
  /** The first transactions (at most `MAX_EVIDENCE_ITEMS`, canonical order). */
  readonly transactions: readonly EvidenceTransaction[];
  /** How many transactions of the alert `transactions` leaves out (0 when it lists them all). */
  readonly omittedTransactions: number;
}

/** Evidence of `night_activity`. */
export interface NightActivityEvidence {
  /** The last transaction of the night. */
  readonly at: string;
  /** The first transaction of the night. */
  readonly from: string;
  /** The local date the night starts on, `YYYY-MM-DD`. */
  readonly night: string;
  /** The night hours, local wall time `HH:MM` (`to` excluded). */
  readonly hours: { readonly from: string; readonly to: string };
  readonly timeZone: string;
  readonly count: number;
  readonly minTransactions: number;
  readonly total: string;
  /** The first transactions (at most `MAX_EVIDENCE_ITEMS`, canonical order). */
  readonly transactions: readonly EvidenceTransaction[];
  /** How many transactions of the alert `transactions` leaves out (0 when it lists them all). */
  readonly omittedTransactions: number;
}

/**
 * Evidence of `dormant_account_activity`: one dormancy episode — the transactions on the dormant
 * account that raise the alert (for `inactivity`, those at the instant that ended dormancy).
 */
export interface DormantActivityEvidence {
  /** The first transaction of the episode. */
  readonly at: string;
  /**
   * `inactivity`: no activity for the dormancy period before this transaction;
   * `status`: the account's status is dormant and the transaction is from its dormancy on.
   */
  readonly basis: 'inactivity' | 'status';
  /**
   * When the account became dormant; `null` only with `basis: 'status'` and no date to go by
   * (no `dormantSince`, `lastActiveAt` or never-active `openedAt`).
   */
  readonly dormantSince: string | null;
  /** The activity before it (a transaction, `lastActiveAt` or `openedAt`), if known. */
  readonly lastActivity: string | null;
  readonly inactivityPeriod: PolicyDuration;
  /** The first transaction of the episode (canonical order). */
  readonly transaction: EvidenceTransaction;
  /** How many transactions of the episode raise the alert. */
  readonly count: number;
  readonly total: string;
  /** The last transaction of the episode. */
  readonly lastAt: string;
  /** The first transactions (at most `MAX_EVIDENCE_ITEMS`, canonical order). */
  readonly transactions: readonly EvidenceTransaction[];
  /** How many transactions of the alert `transactions` leaves out (0 when it lists them all). */
  readonly omittedTransactions: number;
  /** The rule applied to bank postings (`monitoring.dormantAccountActivity.bankPostings`). */
  readonly bankPostings: DormantBankPostings;
  /**
   * Bank postings (interest, fees: kinds that are not activity) on the dormant account during
   * the episode that raised no alert (`bankPostings: 'ignore'`): their count, total and kinds.
   */
  readonly ignoredPostings: {
    readonly count: number;
    readonly total: string;
    readonly kinds: readonly TransactionKind[];
  };
}

/** Fields every alert has. */
interface AlertBase<C extends AlertCode, E> {
  readonly code: C;
  readonly severity: AlertSeverity;
  readonly evidence: E;
  /** Path of the rule in the preset, e.g. `"monitoring.fanIn"`. */
  readonly rule: string;
  /** The source document's reference, as `preset.sources[sourceKey].ref` gives it. */
  readonly source: string;
  /** The key of the source in `preset.sources`. */
  readonly sourceKey: string;
  readonly message: string;
}

/** Money in and out again within a short time, leaving little. */
export type RapidInOutAlert = AlertBase<'rapid_in_out', RapidInOutEvidence>;
/** Many distinct counterparties into the account, or out of it. */
export type FanAlert = AlertBase<'fan_in' | 'fan_out', FanEvidence>;
/** Several amounts just under a limit or a reporting threshold. */
export type StructuringAlert = AlertBase<'structuring_near_limit', StructuringEvidence>;
/** A single amount above the class's review threshold. */
export type LargeTransactionAlert = AlertBase<'large_transaction', LargeTransactionEvidence>;
/** Several transactions in one night. */
export type NightActivityAlert = AlertBase<'night_activity', NightActivityEvidence>;
/** A transaction on a dormant account. */
export type DormantActivityAlert = AlertBase<'dormant_account_activity', DormantActivityEvidence>;

/** A red flag: it proposes a review and never changes the account. */
export type Alert =
  | RapidInOutAlert
  | FanAlert
  | StructuringAlert
  | LargeTransactionAlert
  | NightActivityAlert
  | DormantActivityAlert;

/**
 * The alert type of one code, e.g. `AlertOf<'fan_in'>` is {@link FanAlert}.
 *
 * @example
 * ```ts
 * const fanIn = alerts.filter((a): a is AlertOf<'fan_in'> => a.code === 'fan_in');
 * ```
 */
export type AlertOf<C extends AlertCode> = Alert extends infer A
  ? A extends Alert
    ? C extends A['code']
      ? A
      : never
    : never
  : never;

/**
 * The result of `detectAlerts`: the alerts, by code, then time (`[]` when nothing is
 * suspicious). At most `MAX_ALERTS_PER_CODE` alerts of one code are listed, the earliest; the
 * rest are counted in `omitted` and `truncated` is then `true`.
 */
export interface MonitoringReport {
  readonly alerts: readonly Alert[];
  /** Whether some alerts were left out (see `omitted`). */
  readonly truncated: boolean;
  /** How many alerts of each code were left out; `{}` when none was. */
  readonly omitted: Readonly<Partial<Record<AlertCode, number>>>;
}
