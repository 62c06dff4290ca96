import type { LangText } from '../../messages/lang';
import { deepFreeze } from '../internal/deepFreeze';

/** An amount of money as plain data: a decimal string and an ISO 4217 currency code. */
export interface MoneyAmount {
  /** Decimal string with at most the currency's scale, e.g. `"10000.00"`. */
  readonly amount: string;
  /** ISO 4217 code, e.g. `"CNY"`. */
  readonly currency: string;
}

/**
 * Which layer a source belongs to: a regulation (law, State Council regulation, judicial
 * interpretation, PBOC notice or order, national standard), a bank's own document (its training
 * course, internal policy, suitability rules, job descriptions), or common practice that a bank
 * configures.
 */
export type SourceLayer = 'regulatory' | 'bank' | 'practice';

/** What kind of document a source is, as a reviewer would look it up. */
export type SourceKind =
  | 'law'
  | 'administrative_regulation'
  | 'judicial_interpretation'
  | 'pboc_notice'
  | 'pboc_order'
  | 'departmental_measures'
  | 'national_standard'
  | 'bank_training_course'
  | 'bank_internal_policy'
  | 'bank_suitability_rules'
  | 'bank_job_description'
  | 'practice';

/** A document a rule comes from (a regulation, a standard, a bank document). */
export interface SourceDocument {
  /** Short reference as it is cited, e.g. `"银发〔2018〕16号"`. */
  readonly ref: string;
  /** Full title in every language. */
  readonly title: LangText;
  /** Who issued it, e.g. `"People's Bank of China"`. */
  readonly issuer: string;
  /** Date of issue, `YYYY-MM-DD`, where known. */
  readonly issued?: string;
  /** How the project came to this source (e.g. "checked against secondary sources"). */
  readonly note?: LangText;
  /** What kind of document it is (a PBOC notice, a bank's training course, practice…). */
  readonly kind?: SourceKind;
  /** Regulation, the bank's own document, or configurable practice. */
  readonly layer?: SourceLayer;
  /**
   * `true` only when the cited figures were checked against the document's own text; `false`
   * when they rest on secondary sources (the handbook marks them "unverified" / "未核实").
   */
  readonly verified?: boolean;
  /** `YYYY-MM-DD` from which the document applies, where known (its rules default to it). */
  readonly inForce?: string;
  /** `YYYY-MM-DD` on which it ceased to apply (replaced or repealed), where it has. */
  readonly repealed?: string;
}

/** Fields every rule entry carries: the key of its source in `preset.sources` and an optional note. */
export interface Sourced {
  /** Key into {@link Preset.sources}: the instrument that first set the rule. */
  readonly source: string;
  /** Keys of later instruments that restated (or re-confirmed) the rule. */
  readonly restatedBy?: readonly string[];
  /**
   * `YYYY-MM-DD` from which this rule applies; absent: its source's `inForce`. A preset evaluated
   * at an instant applies only the rules in force then.
   */
  readonly effectiveFrom?: string;
  /** `YYYY-MM-DD` from which this rule no longer applies (absent: still in force). */
  readonly effectiveUntil?: string;
  /** A remark for the handbook: a discrepancy, an interpretation, a bank's practice. */
  readonly note?: LangText;
}

/** Kinds of transactions the library understands. */
export type TransactionKind = (typeof TRANSACTION_KINDS)[number];

/** Every {@link TransactionKind}, in a fixed order. */
export const TRANSACTION_KINDS = /* @__PURE__ */ deepFreeze([
  'deposit_cash',
  'withdraw_cash',
  'transfer_in',
  'transfer_out',
  'payment',
  'wealth_purchase',
  'wealth_redemption',
  'loan_disbursement',
  'loan_repayment',
  'interest',
  'fee',
] as const);

/**
 * Who is on the other side: the account's own bound account, another account of the same person
 * at the same bank, or anybody else.
 */
export type Counterparty = (typeof COUNTERPARTIES)[number];

/** Every {@link Counterparty}. */
export const COUNTERPARTIES = /* @__PURE__ */ deepFreeze(['bound', 'own', 'other'] as const);

/** Channels through which a transaction or a request is made. */
export type Channel = (typeof CHANNELS)[number];

/** Every {@link Channel}. */
export const CHANNELS = /* @__PURE__ */ deepFreeze([
  'counter',
  'kiosk_assisted',
  'atm',
  'online',
  'mobile',
  'phone',
  'remote',
] as const);
