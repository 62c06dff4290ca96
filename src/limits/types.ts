import type { PermissionFacts } from '../classes/evaluatePermission';
import type { CountingDirection } from '../classes/countingDirection';
import type { AccountStateView, StateReasonCode } from '../lifecycle/types';
import type { LimitLayer, LimitRule, PermissionCondition } from '../presets/types/classes';
import type { Channel, Counterparty, TransactionKind } from '../presets/types/common';
import type { FiscalYearStart } from '../time/fiscalYear';
import type { CalendarUnit, PolicyDuration } from '../time/types';
import type { CheckRequirement } from './requirements/types';

/**
 * A transaction as plain data, exactly as in the CLI contract: amounts are decimal strings,
 * instants ISO 8601 strings with an offset.
 */
export interface TransactionInput {
  /** The transaction's id: required to reserve, and makes recording and reserving idempotent. */
  readonly id?: string;
  /** When it happens (the instant the check is made for). */
  readonly at: string;
  /** Non-negative decimal string in the preset's currency, e.g. `"1500.00"`. */
  readonly amount: string;
  readonly kind: TransactionKind;
  /** Who is on the other side; absent: `"other"` (the strictest reading). */
  readonly counterparty?: Counterparty;
  /** Who is on the other side, for monitoring (not used by the limits). */
  readonly counterpartyId?: string;
  /** Where it is made; absent or anything but `"counter"` is non-counter business. */
  readonly channel?: Channel;
  /**
   * This transaction reverses (refunds, returns) an earlier one of the same kind and
   * counterparty: its id and instant. The balance effect is the opposite of the kind's; counted
   * headroom comes back in every window that holds both the original and the reversal, when the
   * class's `counting.reversalsRestoreHeadroom` says so.
   */
  readonly reverses?: { readonly id: string; readonly at: string };
}

/**
 * The account as the limit engine needs it: its class or tier, its booked balance (excluding
 * pending holds), the facts permission conditions test, and optionally its lifecycle state
 * (status, freezes, loss report, restrictions; status defaults to `"normal"`).
 */
export interface LimitAccount<C extends string = string>
  extends PermissionFacts, Partial<AccountStateView> {
  /**
   * Class or tier id, e.g. `"II"` or `"basic"`. `C` is the preset's class ids: with a shipped
   * preset, a class it lacks (`"IV"`) fails to type-check; with a `Preset` typed with string ids,
   * any string type-checks and an unknown class is refused at run time (`invalid_input`).
   */
  readonly class: C;
  /** Booked balance before the transaction, decimal string (may be negative). */
  readonly balance: string;
  /**
   * The account has received its first load (a counted inflow): a class with `nonReloadable`
   * refuses every further one. Absent: false.
   */
  readonly firstLoadReceived?: boolean;
}

/** Per (kind, counterparty) totals in a calendar window. Amounts are decimal strings. */
export interface FlowTotal {
  /** Sum of the amounts of the transactions themselves (reversals excluded). */
  readonly amount: string;
  /** How many transactions (reversals excluded). */
  readonly count: number;
  /** Sum of reversals in this window of transactions also in this window. */
  readonly reversed: string;
}

/** A calendar window's totals, keyed by `"kind:counterparty"`. */
export interface CalendarWindowUsage {
  readonly kind: 'calendar';
  readonly unit: CalendarUnit;
  /** A fiscal year's start date (key `year@MM-DD`); absent for plain calendar windows. */
  readonly startsOn?: FiscalYearStart;
  /** The current window, formatted in the preset's zone; `null` until the first transaction. */
  readonly start: string | null;
  readonly end: string | null;
  readonly flows: { readonly [bucket: string]: FlowTotal };
}

/** One transaction kept for a rolling window (rolling windows need instants, not just totals). */
export interface RollingEntry {
  readonly at: string;
  /** `"kind:counterparty"`. */
  readonly bucket: string;
  readonly amount: string;
  /** Present for a reversal: the instant of the transaction it reverses. */
  readonly originalAt?: string;
}

/**
 * A rolling window's transactions: only those that can still fall in a future window are kept
 * (the size is bounded by the window's length, not by the history's). The window of duration `d`
 * at `now` counts the entries in `(now − d, now]` (docs/windows.md).
 */
export interface RollingWindowUsage {
  readonly kind: 'rolling';
  readonly duration: PolicyDuration;
  /**
   * Entries before this instant were dropped: the latest recorded transaction's instant minus an
   * upper bound on any window's reach (so every window ending then or later finds its entries);
   * a check whose window starts earlier (a late transaction) is refused.
   */
  readonly horizon: string | null;
  /** Sorted by instant. */
  readonly entries: readonly RollingEntry[];
}

/** The usage of one window. */
export type WindowUsage = CalendarWindowUsage | RollingWindowUsage;

/** A transaction as stored in usage: normalised (counterparty resolved, amount and instant formatted). */
export interface StoredTransaction {
  readonly id?: string;
  readonly at: string;
  readonly amount: string;
  readonly kind: TransactionKind;
  readonly counterparty: Counterparty;
  readonly counterpartyId?: string;
  readonly channel?: Channel;
  readonly reverses?: { readonly id: string; readonly at: string };
}

/** A reservation of headroom for a transaction that is not yet booked. */
export interface Hold {
  /** The transaction's id. */
  readonly id: string;
  /** The amount reserved (the transaction's amount). */
  readonly amount: string;
  /** When the hold lapses (it stops counting from this instant; `expire` removes it). */
  readonly expiresAt: string;
  readonly transaction: StoredTransaction;
  /** The transaction's content key: the same id with another content is a conflict. */
  readonly fingerprint: string;
}

/**
 * A committed or released hold, or a transaction recorded with an id: remembered until its
 * `expiresAt` (the later of the hold's expiry and the transaction's instant plus
 * `IDEMPOTENCY_PERIOD`), so that retries replay and reversals can be verified.
 */
export interface SettledHold extends Hold {
  readonly outcome: 'committed' | 'released';
}

/**
 * An account's usage of its windowed limits: a small JSON-serialisable aggregate a service stores
 * beside the account (O(1) in the length of the history for calendar windows). Create it with
 * `createUsage`, advance it with `recordTransaction`, `reserve`, `commit`, `release`, `expire`;
 * every change returns a new value with `version + 1`, for compare-and-set in the store.
 *
 * Totals are kept per `kind:counterparty`, not per class, so one usage serves every class of its
 * preset (an upgrade needs no rebuild) and the upgrade hint is exact.
 *
 * A usage read back from a store is untrusted: every function that takes one validates its whole
 * structure first (plain objects with only these fields, known window keys and buckets, decimal
 * amounts, ISO instants, whole-number counts, lists within `USAGE_BOUNDS`) and refuses a
 * bad one with `invalid_input` (or `invalid_amount`, `invalid_instant`, `invalid_duration`)
 * naming the path, e.g. `usage.windows.day.flows.payment:other.count`. A usage is an immutable
 * value: each object is validated once and remembered (the last few objects), so change a usage
 * by building a new one (as the functions do), never in place.
 */
export interface Usage {
  /** Incremented by every change; store it and compare-and-set on it. */
  readonly version: number;
  /** The preset's currency and time zone (checked on use). */
  readonly currency: string;
  readonly timeZone: string;
  /** One entry per window the preset's limits use: `"day"`, `"month"`, `"year"`, `"rolling:P…"`. */
  readonly windows: { readonly [windowKey: string]: WindowUsage };
  /** Pending reservations. */
  readonly holds: readonly Hold[];
  /** Recently settled reservations and recorded ids (idempotent retries, verified reversals). */
  readonly settled: readonly SettledHold[];
  /**
   * How long settled and recorded ids are remembered after their instant, when the preset's
   * period is not the default `IDEMPOTENCY_PERIOD` (24 hours); absent: 24 hours.
   */
  readonly rememberFor?: PolicyDuration;
}

/** How a limit is doing: the limit, what is used, what remains and when it resets. */
export interface LimitStatus {
  /** The limit's id, e.g. `"dailyOutflow"`. */
  readonly id: string;
  readonly type: LimitRule['type'];
  readonly layer: LimitLayer;
  /** Inflow or outflow (absent for the balance cap). */
  readonly direction?: 'inflow' | 'outflow';
  /** `"day"`, `"month"`, `"year"` or `"rolling"` (absent for per-transaction and balance limits). */
  readonly window?: CalendarUnit | 'rolling';
  /** The cap: a decimal string, or a whole number of transactions for count limits. */
  readonly limit: string;
  /** Used so far in the current window (pending holds included); the balance for a balance cap. */
  readonly used: string;
  /** What is left before the cap (never below zero). */
  readonly remaining: string;
  /** When the window resets (start of the next window); `null` for limits without a window. */
  readonly resetsAt: string | null;
  /** Path of the rule in the preset, e.g. `"classes.II.limits.dailyOutflow"`. */
  readonly rule: string;
  /** The source document's reference, e.g. `"银发〔2018〕16号"`. */
  readonly source: string;
  /** The key of the source in `preset.sources`. */
  readonly sourceKey: string;
}

/** Codes of violations tied to a limit. */
export type LimitViolationKind =
  | 'per_transaction_limit'
  | 'daily_outflow_limit'
  | 'monthly_outflow_limit'
  | 'annual_outflow_limit'
  | 'rolling_outflow_limit'
  | 'daily_inflow_limit'
  | 'monthly_inflow_limit'
  | 'annual_inflow_limit'
  | 'rolling_inflow_limit'
  | 'count_limit'
  | 'balance_cap';

/** A limit the transaction would exceed. Amounts are decimal strings (counts: whole numbers). */
export interface LimitViolation {
  readonly code: LimitViolationKind;
  readonly limitId: string;
  readonly layer: LimitLayer;
  readonly limit: string;
  /** Used before this transaction (pending holds included); for a balance cap, the balance. */
  readonly used: string;
  /** This transaction's amount (`"1"` for a count limit). */
  readonly requested: string;
  /** What was left before it (never below zero). */
  readonly remaining: string;
  readonly resetsAt: string | null;
  /** For a balance cap: the balance the transaction would leave. */
  readonly balanceAfter?: string;
  readonly rule: string;
  readonly source: string;
  readonly sourceKey: string;
  readonly message: string;
}

/** The class or tier does not permit the transaction (or not through this channel). */
export interface PermissionViolation {
  readonly code: 'kind_not_permitted' | 'channel_not_permitted';
  readonly kind: TransactionKind;
  readonly counterparty: Counterparty;
  readonly class: string;
  /** `forbidden`: never on this class; `conditions`: not until `unmet` hold; `no_rule`: nothing permits it; `channel`: not through this channel. */
  readonly why: 'forbidden' | 'conditions' | 'no_rule' | 'channel';
  readonly unmet: readonly PermissionCondition[];
  readonly channel?: Channel;
  /** Path of the deciding rule, e.g. `"classes.III.permissions.0"`. */
  readonly rule: string;
  readonly source: string;
  readonly sourceKey: string;
  readonly message: string;
}

/**
 * The account's state forbids the transaction. The reason comes from the lifecycle module's
 * `accountPermissions` (the one source of truth), or is the amount-scope freeze.
 */
export interface AccountStateViolation {
  readonly code: 'account_state';
  /** Which permission failed: a debit, a credit, non-counter business, or the frozen amount. */
  readonly operation: 'debit' | 'credit' | 'non_counter' | 'frozen_amount';
  /** The lifecycle reason code (`frozen_amount` for the amount-scope freeze check). */
  readonly reason: StateReasonCode | 'frozen_amount';
  /** The lifecycle reason's facts (freeze id, since, until, …), as it gave them. */
  readonly details: { readonly [field: string]: string | undefined };
  /** For `frozen_amount`: the frozen amount and the balance the debit would leave. */
  readonly frozenAmount?: string;
  readonly balanceAfter?: string;
  readonly rule: string;
  readonly source: string;
  readonly sourceKey: string;
  readonly message: string;
}

/**
 * The booked balance, less pending debits, does not cover the debit (only with
 * `CheckOptions.checkFunds`).
 */
export interface FundsViolation {
  readonly code: 'insufficient_funds';
  readonly balance: string;
  /** Pending debits (holds) already counted against the balance. */
  readonly pending: string;
  readonly requested: string;
  /** What the debit may take: balance minus pending debits (never below zero). */
  readonly available: string;
  readonly rule: string;
  readonly source: string;
  readonly sourceKey: string;
  readonly message: string;
}

/**
 * A reversal that names no recorded transaction of its kind, counterparty and instant
 * (`unknown_reversal`), or is larger than what is left of it (`reversal_exceeds_original`).
 */
export interface ReversalViolation {
  readonly code: 'unknown_reversal' | 'reversal_exceeds_original';
  /** The id the reversal names. */
  readonly original: string;
  readonly requested: string;
  /** What is left of the original to reverse (for `reversal_exceeds_original`). */
  readonly remaining?: string;
  readonly rule: string;
  readonly source: string;
  readonly sourceKey: string;
  readonly message: string;
}

/** A further load into a loaded account of a non-reloadable class or tier. */
export interface ReloadViolation {
  readonly code: 'not_reloadable';
  readonly class: string;
  /** `classes.<id>.nonReloadable`. */
  readonly rule: string;
  readonly source: string;
  readonly sourceKey: string;
  readonly message: string;
}

/** Any reason a transaction is refused. */
export type Violation =
  | LimitViolation
  | PermissionViolation
  | AccountStateViolation
  | FundsViolation
  | ReversalViolation
  | ReloadViolation;

/** The lowest-ranked class or tier above the account's under which the transaction would pass. */
export interface UpgradeHint {
  readonly class: string;
  readonly rank: number;
  readonly title: string;
  /** True when the account's state would still refuse it (an upgrade does not lift a freeze). */
  readonly stillBlockedByAccountState: boolean;
}

/** The decision on a transaction: allowed or not, every violation, and the headroom of every limit. */
/**
 * The outcome of a check: a discriminated union on `allowed`, as `TransitionResult` is on `ok`.
 * A refused decision lists at least one violation (a non-empty tuple); an allowed one none.
 *
 * @example
 * ```ts
 * const d: CheckDecision = checkTransaction(account, tx, usage, getPreset());
 * if (!d.allowed) d.violations[0].code; // no undefined check needed
 * ```
 */
export type CheckDecision =
  | (CheckDecisionFields & { readonly allowed: true; readonly violations: readonly [] })
  | (CheckDecisionFields & {
      readonly allowed: false;
      /** Every rule the transaction breaks: at least one. */
      readonly violations: readonly [Violation, ...Violation[]];
    });

/** What every check decision carries besides `allowed` and `violations`. */
export interface CheckDecisionFields {
  /**
   * Conditions the service must meet for the transaction (authenticate with a certificate, give a
   * large-transfer reminder, file a large-value report, verify identity within a period), each
   * with its code, rule, source and the numbers compared. Not refusals: present on allowed and
   * refused decisions alike; `[]` when none.
   */
  readonly requires: readonly CheckRequirement[];
  /** Remaining headroom per limit id, before this transaction (decimal strings; counts as whole numbers). */
  readonly headroom: { readonly [limitId: string]: string };
  /** When each limit's headroom resets (`null`: it does not reset by time). */
  readonly resetsAt: { readonly [limitId: string]: string | null };
  /** The full status of every limit of the class, in preset order. */
  readonly limits: readonly LimitStatus[];
  /** Which limits the transaction counts toward. */
  readonly counting: CountingDirection;
  /** `"credit"` or `"debit"`. */
  readonly effect: 'credit' | 'debit';
  /** The booked balance the transaction would leave. */
  readonly balanceAfter: string;
  /** For a refused transaction: the class or tier that would allow it, or `null`. */
  readonly upgrade: UpgradeHint | null;
}

/** Options of the checks. */
export interface CheckOptions {
  /** Language of the messages (default `"en"`). */
  readonly lang?: 'en' | 'zh-CN';
  /** Compute the upgrade hint for refused transactions (default true). */
  readonly upgradeHint?: boolean;
  /**
   * Refuse a debit the booked balance, less pending debits, does not cover, with an
   * `insufficient_funds` violation (default false: the core banking system checks funds).
   */
  readonly checkFunds?: boolean;
  /**
   * Add `trace`: every rule evaluated (permission, channel, each limit, account state, reversal,
   * funds), in evaluation order, each with its outcome and the values it compared (default false:
   * the decision is exactly as without the option).
   */
  readonly trace?: boolean;
}
