import type {
  Channel,
  FreezeIssuer,
  FreezeKind,
  FreezeScope,
  LiftingParty,
  TransactionKind,
} from '../presets/types';
import { deepFreeze } from '../presets/internal/deepFreeze';

/**
 * Where an account is in its life: opened but not yet activated, in normal use, dormant after a
 * long time without customer-initiated activity, or closed (final). Freezes, a loss report and
 * restrictions are held beside the status, not in it.
 */
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/** Every {@link AccountStatus}, in lifecycle order. */
export const ACCOUNT_STATUSES = /* @__PURE__ */ deepFreeze([
  'pending',
  'normal',
  'dormant',
  'closed',
] as const);

/**
 * An instant given to `advance`, `advanceWithEffects` and `accountPermissions`: an ISO 8601
 * string with its offset, as every other entry point takes (e.g. `"2026-11-22T10:00:00+08:00"`),
 * or a `Date`.
 *
 * @example
 * ```ts
 * const now: InstantArgument = '2026-11-22T10:00:00+08:00';
 * ```
 */
export type InstantArgument = string | Date;

/**
 * One freeze on an account. Several may stand at once. It applies while `from ≤ now < until`
 * (no `until`: until lifted).
 */
export interface Freeze {
  /** Unique among the account's freezes, e.g. the case or ticket number. */
  readonly id: string;
  readonly kind: FreezeKind;
  /** `all` blocks debits and credits; `debit` debits; `credit` credits; `amount` keeps `amount` untouchable. */
  readonly scope: FreezeScope;
  /** Decimal string, only (and always) for scope `amount`, e.g. `"5000.00"`. */
  readonly amount?: string;
  /** ISO 8601 instant from which it applies. */
  readonly from: string;
  /** ISO 8601 instant at which it lapses (exclusive); absent: until lifted. */
  readonly until?: string;
  /** Who ordered it (court, police, …); required for kinds whose preset rule says so (judicial). */
  readonly authority?: string;
  /** Which kind of authority ordered it (for kinds whose rule names `issuers`). */
  readonly issuer?: FreezeIssuer;
  /** The order's or ticket's reference. */
  readonly reference?: string;
  /** How many times it has been renewed (0 when absent). */
  readonly renewals?: number;
}

/** A report that the card or passbook is lost, stolen or damaged. */
export interface LossReport {
  /** ISO 8601 instant of the report; it lapses after the preset's validity. */
  readonly at: string;
  /** Where it was reported. */
  readonly channel: Channel;
}

/** Kinds of restrictions placed on a person (and so on all of their accounts). */
export type RestrictionKind = (typeof RESTRICTION_KINDS)[number];

/** Every {@link RestrictionKind}. */
export const RESTRICTION_KINDS = /* @__PURE__ */ deepFreeze([
  'receive_only',
  'no_non_counter',
] as const);

/**
 * A dated restriction on the account holder, copied onto each of their accounts: `receive_only`
 * blocks debits, `no_non_counter` blocks non-counter business. Applies while `from ≤ now < until`.
 */
export interface Restriction {
  readonly id: string;
  readonly kind: RestrictionKind;
  /** ISO 8601 instant from which it applies. */
  readonly from: string;
  /** ISO 8601 instant at which it lapses (exclusive); absent: until lifted. */
  readonly until?: string;
  /** Why, e.g. `"account_selling"` (then the preset gives the duration). */
  readonly reason?: string;
}

/**
 * An account's lifecycle state: a plain JSON-serialisable value (ISO instants, decimal-string
 * amounts) mirroring the `transition` input of the CLI contract. Functions never mutate it; they
 * return new values.
 */
export interface AccountState {
  readonly status: AccountStatus;
  /** Decimal string, e.g. `"0.00"`. */
  readonly balance: string;
  /** ISO 4217 code; absent: the preset's currency. */
  readonly currency?: string;
  /** ISO 8601 instant the account was opened. */
  readonly openedAt: string;
  /** Last customer-initiated (active) transaction; `null` or absent: none yet. */
  readonly lastActiveAt?: string | null;
  readonly freezes: readonly Freeze[];
  readonly lossReport: LossReport | null;
  /** Unfinished business that blocks closure, e.g. `"time_deposit"`, `"loan"`. */
  readonly pendingBusiness: readonly string[];
  /** Linked services that block closure, e.g. `"payroll"`, `"auto_debit"`. */
  readonly linkedServices: readonly string[];
  /** Restrictions on the holder (applied to all of their accounts). */
  readonly restrictions?: readonly Restriction[];
  /**
   * Non-counter business is suspended until identity is re-verified (set by the new-account
   * inactivity rule, or by the bank for identity doubts; cleared by `verify_identity`/`reactivate`).
   */
  readonly identityReverificationRequired?: boolean;
  /** ISO 8601 instant of the last identity re-verification. */
  readonly identityReverifiedAt?: string;
  /** ISO 8601 instant the account was activated. */
  readonly activatedAt?: string;
  /** ISO 8601 instant the account became dormant (the end of the inactivity period). */
  readonly dormantSince?: string;
  /** ISO 8601 instant of the last reactivation from dormancy. */
  readonly reactivatedAt?: string;
  /** ISO 8601 instant of closure. */
  readonly closedAt?: string;
  /** `YYYY-MM-DD` until which the closed account's records must be kept. */
  readonly retainRecordsUntil?: string;
  /** Customer information by field (`name`, `id_number`, `phone`, …). */
  readonly information?: { readonly [field: string]: string };
}

/**
 * An account as accepted by `transition` and `advance`: as {@link AccountState}, but `freezes`,
 * `lossReport`, `pendingBusiness` and `linkedServices` may be omitted (none).
 */
export type AccountStateInput = Omit<
  AccountState,
  'freezes' | 'lossReport' | 'pendingBusiness' | 'linkedServices'
> &
  Partial<Pick<AccountState, 'freezes' | 'lossReport' | 'pendingBusiness' | 'linkedServices'>>;

/** What {@link accountPermissions} needs of an account: the status and what is held beside it. */
export type AccountStateView = Pick<AccountState, 'status'> &
  Partial<
    Pick<
      AccountState,
      | 'freezes'
      | 'lossReport'
      | 'restrictions'
      | 'openedAt'
      | 'lastActiveAt'
      | 'activatedAt'
      | 'reactivatedAt'
      | 'dormantSince'
      | 'identityReverificationRequired'
      | 'identityReverifiedAt'
      | 'currency'
    >
  >;

/** Codes of the reasons an account's state forbids an operation. */
export type StateReasonCode =
  | 'account_not_activated'
  | 'account_closed'
  | 'account_dormant'
  | 'account_frozen'
  | 'loss_reported'
  | 'person_restricted'
  | 'identity_reverification_required';

/** Why the account's state forbids an operation now, with the facts behind it. */
export interface StateReason {
  readonly code: StateReasonCode;
  readonly message: string;
  readonly status?: AccountStatus;
  readonly freezeId?: string;
  readonly freezeKind?: FreezeKind;
  readonly scope?: FreezeScope;
  /** ISO 8601 instant when the cause started (freeze from, loss report, dormancy, deadline). */
  readonly since?: string;
  /** ISO 8601 instant when the cause lapses by itself, where it does. */
  readonly until?: string;
  readonly restrictionId?: string;
  readonly restrictionKind?: RestrictionKind;
  /** The rule's source: a key of `preset.sources`, cited as its reference in results. */
  readonly source: string;
  /** The key of the source in `preset.sources` (`source` is its citable reference). */
  readonly sourceKey?: string;
}

/** Whether one kind of operation is allowed, and if not, every reason. */
export type OperationPermission =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly reasons: readonly StateReason[] };

/** What the account may do now. */
export interface AccountPermissions {
  /** Customer-initiated debits (withdrawals, transfers out, payments). */
  readonly debit: OperationPermission;
  /** Credits (deposits, transfers in). */
  readonly credit: OperationPermission;
  /** Business through non-counter channels (ATM, online, mobile, phone, …). */
  readonly nonCounter: OperationPermission;
  /** Sum of amount-scope freezes in force, with the currency's scale; the balance after a debit must stay ≥ it. */
  readonly frozenAmount: string;
}

export type { Channel, FreezeKind, FreezeScope, LiftingParty, TransactionKind };
