import type { LangText } from '../../messages/lang';
import { deepFreeze } from '../internal/deepFreeze';

/** An amount of money as plain data: a decimal string and an ISO 4217 currency code. */
export interface MoneyAmount {
  /** Decimal string with at most the currency's scale, e.g. `"10000.00"`. */
  readonly amount: string;
  /** ISO 4217 code, e.g. `"CNY"`. */
  readonly currency: string;
}

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
  /**
   * `false`: the figures citing it were not checked against the original text (the handbook
   * marks it unverified). Absent: not stated.
   */
  readonly verified?: boolean;
}

/** Fields every rule entry carries: the key of its source in `preset.sources` and an optional note. */
export interface Sourced {
  /** Key into {@link Preset.sources}. */
  readonly source: string;
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
