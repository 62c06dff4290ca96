import type { LangText } from '../../messages/lang';
import type { PolicyDuration } from '../../time/types';
import type { Channel, Sourced, TransactionKind } from './common';
import { deepFreeze } from '../internal/deepFreeze';

/** Kinds of freezes. */
export type FreezeKind = (typeof FREEZE_KINDS)[number];

/** Every {@link FreezeKind}. */
export const FREEZE_KINDS = /* @__PURE__ */ deepFreeze([
  'judicial',
  'risk',
  'voluntary',
  'compliance',
  'system',
  'stop_payment',
  'risk_hold',
] as const);

/** Who orders a freeze, for kinds whose rule names the authorities that may. */
export type FreezeIssuer = (typeof FREEZE_ISSUERS)[number];

/** Every {@link FreezeIssuer}. */
export const FREEZE_ISSUERS = /* @__PURE__ */ deepFreeze([
  'public_security',
  'court',
  'procuratorate',
  'bank',
] as const);

/** Whose rule an entry is: the regulator's, the bank's own, or common practice. */
export type RuleLayer = 'regulatory' | 'bank' | 'practice';

/** What a freeze covers: everything, debits only, credits only, or a specific amount. */
export type FreezeScope = (typeof FREEZE_SCOPES)[number];

/** Every {@link FreezeScope}. */
export const FREEZE_SCOPES = /* @__PURE__ */ deepFreeze([
  'all',
  'debit',
  'credit',
  'amount',
] as const);

/** Who may lift a freeze. */
export type LiftingParty = (typeof LIFTING_PARTIES)[number];

/** Every {@link LiftingParty}. */
export const LIFTING_PARTIES = /* @__PURE__ */ deepFreeze([
  'authority',
  'risk_team',
  'customer_in_person',
  'compliance_team',
  'system',
  'customer_reverification',
] as const);

/** The rules for one kind of freeze. */
export interface FreezeRule extends Sourced {
  readonly kind: FreezeKind;
  readonly title: LangText;
  /** Longest a single freeze (or renewal) may last; `null`: until lifted. */
  readonly maxDuration: PolicyDuration | null;
  /** How many times it may be renewed; `null`: without limit; `0`: never. */
  readonly maxRenewals: number | null;
  /** The scopes this kind may take. */
  readonly scopes: readonly FreezeScope[];
  /** Who may lift it before it expires (and renew it). */
  readonly liftedBy: readonly LiftingParty[];
  /**
   * Whether placing, renewing or lifting it needs the ordering authority named and its notice
   * referenced (judicial freezes).
   */
  readonly requiresAuthorityNotice: boolean;
  /** Channels where it may be lifted (the customer in person: the counter); `null`: any. */
  readonly liftChannels: readonly Channel[] | null;
  /** Whether the customer is told when it is placed or lifted (not for AML: no tipping-off). */
  readonly notifyCustomer: boolean;
  /**
   * The authorities that may order it (the emergency stop-payment: public security organs);
   * absent or `null`: not checked. A freeze request of such a kind must name its `issuer`.
   */
  readonly issuers?: readonly FreezeIssuer[] | null;
  /** Whose rule it is: the regulator's (an authority's order) or the bank's own. */
  readonly layer?: RuleLayer;
}

/** Loss reports: channels, validity, unreporting. */
export interface LossReportRules extends Sourced {
  /** How long a loss report holds before it lapses. */
  readonly validity: PolicyDuration;
  /** Channels through which a loss may be reported. */
  readonly reportChannels: readonly Channel[];
  /** Channels through which a loss report may be withdrawn (in person with ID). */
  readonly unreportChannels: readonly Channel[];
  /** How long after a verbal report a written one is due (Savings Regulations), if any. */
  readonly writtenReportWithin: PolicyDuration | null;
  /** Channels where a written report is made (a report elsewhere is verbal). */
  readonly writtenReportChannels: readonly Channel[];
  /** Whose rule the written report is (the Savings Administration Regulations); absent: `source`. */
  readonly writtenReportSource?: string;
  /** Channels through which a replacement card or passbook may be issued (in person with ID). */
  readonly replacementChannels: readonly Channel[];
}

/** Dormancy: inactivity period, what counts as activity, how to reactivate. */
export interface DormancyRules extends Sourced {
  /** An account with no active transaction for this long becomes dormant. */
  readonly inactivityPeriod: PolicyDuration;
  /** Kinds that count as customer-initiated activity (interest and fees do not). */
  readonly activeKinds: readonly TransactionKind[];
  /** Channels where a dormant account can be reactivated (identity verification always needed). */
  readonly reactivationChannels: readonly Channel[];
}

/** The rule that an account unused since opening loses non-counter business. */
export interface NewAccountInactivityRules extends Sourced {
  /** No transaction within this period after opening suspends non-counter business. */
  readonly period: PolicyDuration;
  /** Channels where identity may be re-verified to lift the suspension. */
  readonly reverificationChannels: readonly Channel[];
}

/** Closure preconditions and record retention. */
export interface ClosureRules extends Sourced {
  /** The balance must be exactly zero. */
  readonly requireZeroBalance: boolean;
  /** Records of a closed account are kept at least this long. */
  readonly recordRetention: PolicyDuration;
  /** Channels where an account may be closed. */
  readonly channels: readonly Channel[];
}

/**
 * One dated regime for persons identified as selling or renting accounts: from its start (its
 * `effectiveFrom`, or its source's `inForce`) until the next regime, a restriction lasts
 * `duration` unless the authority's decision says otherwise.
 */
export interface AccountSellingPeriod extends Sourced {
  /** The default length of a restriction placed under this regime. */
  readonly duration: PolicyDuration;
  /** The lengths the regime allows (the 2024 Measures: 2 or 3 years). */
  readonly allowedDurations: readonly PolicyDuration[];
  /** Restrictions in a row may not exceed this (the 2024 Measures: 5 years); `null`: no cap. */
  readonly maxConsecutive: PolicyDuration | null;
  /** Whether basic financial services (counter deposits, withdrawals) are kept. */
  readonly basicServicesKept: boolean;
}

/** Restrictions placed on persons (e.g. identified as selling or renting accounts). */
export interface PersonRestrictionRules extends Sourced {
  /** How long a restriction for account selling/renting lasts (before any dated period applies). */
  readonly accountSellingDuration: PolicyDuration;
  /**
   * Dated regimes, oldest first: a restriction from a day takes the duration of the last regime
   * in force that day (absent or none in force: `accountSellingDuration`).
   */
  readonly accountSellingPeriods?: readonly AccountSellingPeriod[];
}

/** Which fields are key (counter only, with proof) and which are not. */
export interface InformationChangeRules extends Sourced {
  readonly keyFields: readonly string[];
  readonly keyFieldChannels: readonly Channel[];
  readonly nonKeyFields: readonly string[];
  readonly nonKeyFieldChannels: readonly Channel[];
  /** Whether the staff member entering a change must differ from the one approving it. */
  readonly segregationOfDuties: boolean;
}

/**
 * Rules of the account's statuses (pending, normal, dormant, closed) and of which events each
 * status allows: the source cited when an event is refused outright (`transition_not_allowed`,
 * `already_closed`) or names a freeze the account does not have (`freeze_not_found`).
 */
export type StatusRules = Sourced;

/**
 * Rules of postings: a debit may not take the balance below zero (`insufficient_balance`) nor
 * below an amount frozen on the account (`frozen_amount`).
 */
export type PostingRules = Sourced;

/** Every lifecycle rule of a preset. */
export interface LifecycleRules {
  readonly statuses: StatusRules;
  readonly postings: PostingRules;
  /**
   * Channels that count as the counter (business in person with staff); every other channel is
   * non-counter business (ATM, online, mobile, phone, remote).
   */
  readonly counterChannels: readonly Channel[];
  readonly freezes: { readonly [K in FreezeKind]: FreezeRule };
  readonly lossReport: LossReportRules;
  readonly dormancy: DormancyRules;
  readonly newAccountInactivity: NewAccountInactivityRules;
  readonly closure: ClosureRules;
  readonly restrictions: PersonRestrictionRules;
  readonly informationChange: InformationChangeRules;
}
