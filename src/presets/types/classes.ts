import type { LangText } from '../../messages/lang';
import type { FiscalYearStart } from '../../time/fiscalYear';
import type { CalendarUnit, PolicyDuration } from '../../time/types';
import type { Channel, Counterparty, MoneyAmount, Sourced, TransactionKind } from './common';
import { deepFreeze } from '../internal/deepFreeze';

/** Selects transactions by kind and, optionally, counterparty (omitted: any counterparty). */
export interface TransactionMatcher {
  readonly kinds: readonly TransactionKind[];
  readonly counterparties?: readonly Counterparty[];
}

/**
 * A condition a permission may require:
 * - `face_to_face_verified`: the holder's identity was confirmed face to face (counter, or kiosk
 *   with staff);
 * - `bound_first_deposit`: the account has received a first deposit from its bound account.
 */
/**
 * A condition a permission waits for: identity confirmed face to face; a first deposit from the
 * bound account; or either of the two (`bound_first_deposit_or_face_to_face`, Class III in 2018).
 */
export type PermissionCondition =
  'face_to_face_verified' | 'bound_first_deposit' | 'bound_first_deposit_or_face_to_face';

/**
 * Whether a kind of transaction is permitted on a class. The first entry of
 * {@link AccountClassRules.permissions} matching the transaction decides; a transaction no entry
 * matches is not permitted.
 */
export interface KindPermission extends Sourced, TransactionMatcher {
  /** `false`: never permitted. `true`: permitted when every condition in `requires` holds. */
  readonly allowed: boolean;
  readonly requires?: readonly PermissionCondition[];
}

/**
 * Which window a windowed limit counts in: a local day, month or year of the preset's zone, or a
 * rolling duration. A `year` window with `startsOn` is a fiscal year starting on that local date
 * every year (`{ month: 4, day: 1 }`: India's April–March financial year).
 */
export type LimitWindow =
  | {
      readonly kind: 'calendar';
      readonly unit: CalendarUnit;
      /** Only with `unit: 'year'`: the fiscal year starts on this date (absent: 1 January). */
      readonly startsOn?: FiscalYearStart;
    }
  | { readonly kind: 'rolling'; readonly duration: PolicyDuration };

/** Whose rule a limit is: the regulator's, or the bank's own cap layered on top. */
export type LimitLayer = 'regulatory' | 'bank';

/**
 * The entry a derived limit stands in for, as `derivePreset` records it: its layer, its source and
 * its value (`amount` in the preset's currency for amount limits, `count` for count limits).
 */
export interface LimitOrigin {
  readonly layer: LimitLayer;
  /** Key into {@link Preset.sources} of the original entry. */
  readonly source: string;
  /** The original amount (amount limits), a decimal string. */
  readonly amount?: string;
  /** The original count (count limits). */
  readonly count?: number;
}

/** Fields shared by every limit. */
export interface LimitBase extends Sourced {
  /** Unique within the class, camelCase; it names the headroom entry, e.g. `"dailyOutflow"`. */
  readonly id: string;
  readonly layer: LimitLayer;
  /**
   * Set by `derivePreset` on a limit it changed from a regulatory entry: that entry. A bank's own
   * limit (`layer: 'bank'`) that overrides a regulatory one may never exceed it; a regulatory
   * limit replaced by a newer document names the one it replaced.
   */
  readonly overrides?: LimitOrigin;
}

/** A cap on the counted amount flowing in or out within a window. */
export interface WindowAmountLimit extends LimitBase {
  readonly type: 'window_amount';
  readonly direction: 'inflow' | 'outflow';
  readonly window: LimitWindow;
  readonly limit: MoneyAmount;
}

/**
 * A cap on one transaction's amount (counted transactions of that direction only). On inflows it
 * is a single-deposit cap. `kinds` and `channels` narrow it to a purpose or a channel (a cash
 * withdrawal, a remote payment); absent, it applies to every counted transaction of its
 * direction.
 */
export interface PerTransactionLimit extends LimitBase {
  readonly type: 'per_transaction';
  readonly direction: 'inflow' | 'outflow';
  readonly limit: MoneyAmount;
  /** Only transactions of these kinds (absent: any kind). */
  readonly kinds?: readonly TransactionKind[];
  /** Only transactions made through these channels (absent: any channel, or none given). */
  readonly channels?: readonly Channel[];
}

/** A cap on the balance at any moment (applies to every credit, counted or not). */
export interface BalanceCap extends LimitBase {
  readonly type: 'balance_cap';
  readonly limit: MoneyAmount;
}

/** A cap on the number of counted transactions of a direction within a window. */
export interface WindowCountLimit extends LimitBase {
  readonly type: 'window_count';
  readonly direction: 'inflow' | 'outflow';
  readonly window: LimitWindow;
  readonly count: number;
}

/** Any limit a class can carry. */
export type LimitRule = WindowAmountLimit | PerTransactionLimit | BalanceCap | WindowCountLimit;

/** What counts toward the inflow and outflow limits; everything else is exempt. */
export interface CountingRules extends Sourced {
  readonly inflow: readonly TransactionMatcher[];
  readonly outflow: readonly TransactionMatcher[];
  /** Whether a reversal or refund of a counted transaction gives its amount back to the windows. */
  readonly reversalsRestoreHeadroom: boolean;
}

/** Identity verification methods. */
export type Verification = (typeof VERIFICATIONS)[number];

/** Every {@link Verification}. */
export const VERIFICATIONS = /* @__PURE__ */ deepFreeze([
  'id_network_check',
  'face_recognition',
  'bound_account_check',
  'sms_code',
  'digital_certificate',
  'face_to_face',
] as const);

/** Channels through which an account can be opened. */
export type OpeningChannel = (typeof OPENING_CHANNELS)[number];

/** Every {@link OpeningChannel}. */
export const OPENING_CHANNELS = /* @__PURE__ */ deepFreeze([
  'counter',
  'kiosk_assisted',
  'remote',
] as const);

/** Information or documents a tier asks for at opening (tiered schemes). */
export type OpeningRequirement = (typeof OPENING_REQUIREMENTS)[number];

/** Every {@link OpeningRequirement}. */
export const OPENING_REQUIREMENTS = /* @__PURE__ */ deepFreeze([
  'name',
  'contact',
  'id_number',
  'online_id_check',
  'address_proof',
  'income_proof',
  'face_recognition',
  'second_phone_check',
  'business_licence',
  'tax_record',
  'financial_statements',
  'credit_report',
  'background_check',
  'service_agreement',
] as const);

/** How a class or tier is opened. */
export interface OpeningRules extends Sourced {
  /** Channels through which it may be opened. */
  readonly channels: readonly OpeningChannel[];
  /** Whether identity must be confirmed face to face (counter or staffed kiosk). */
  readonly faceToFaceRequired: boolean;
  /** How many distinct verification methods are needed at least. */
  readonly minVerifications: number;
  /** Methods that must be among them (e.g. the bound-account check). */
  readonly requiredVerifications: readonly Verification[];
  /** Accounts of this class one person may hold at one bank (`null`: no cap). */
  readonly maxPerPersonPerBank: number | null;
  /** Information and documents asked for (tiered schemes; empty where the class says nothing). */
  readonly requirements: readonly OpeningRequirement[];
}

/** Something a class can or cannot do, for the handbook and front ends. */
export type CapabilityValue =
  | 'yes'
  | 'no'
  | 'if_face_to_face'
  | 'after_bound_first_deposit'
  | 'after_bound_first_deposit_or_face_to_face';

/**
 * A duty to verify the holder's identity once the amounts received and paid on the class reach
 * a total (Class III, 2018: 50,000, within 7 days). The check attaches it to the decision under
 * `requires`; it is not a refusal.
 */
export interface CumulativeIdentityCheckRule extends Sourced {
  /** Received plus paid, in total, that triggers the duty (reached at equality). */
  readonly total: MoneyAmount;
  /** How long the bank has to verify. */
  readonly within: PolicyDuration;
  /** Which transactions count as received or paid. */
  readonly counted: readonly TransactionMatcher[];
}

/** One account class (PBOC I/II/III) or tier (basic/intermediate/advanced); `C` is its id's type. */
export interface AccountClassRules<C extends string = string> extends Sourced {
  readonly id: C;
  readonly title: LangText;
  /** Higher is more capable; used for upgrade hints ("which class would allow this"). */
  readonly rank: number;
  readonly summary: LangText;
  readonly opening: OpeningRules;
  /** Ordered; the first entry matching a transaction decides whether its kind is permitted. */
  readonly permissions: readonly KindPermission[];
  readonly counting: CountingRules;
  readonly limits: readonly LimitRule[];
  /** Capabilities for display (physical card, cash, …). */
  readonly capabilities: {
    readonly physicalCard: CapabilityValue;
    readonly cash: CapabilityValue;
    readonly nonBoundInflow: CapabilityValue;
  };
  /** Channels on which transactions are allowed (counter business is always allowed). */
  readonly transactionChannels?: readonly Channel[];
  /** A duty to verify identity once received plus paid reach a total (absent: none). */
  readonly cumulativeIdentityCheck?: CumulativeIdentityCheckRule;
  /**
   * Present: the class is not reloadable. Its first load (a counted inflow) is allowed; once the
   * account has been loaded (`account.firstLoadReceived`), every further counted inflow is
   * refused with `not_reloadable`.
   */
  readonly nonReloadable?: Sourced;
}
