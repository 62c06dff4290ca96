import type { PolicyDecimal } from './decimal';

/**
 * An exact amount of money in one currency: an immutable (frozen) value.
 *
 * Create it with `parseMoney`, `money` or `zeroMoney`, never by hand, so that `amount` is a
 * {@link PolicyDecimal} whose decimal places never exceed the currency's scale and which is
 * never negative zero. Serialise it with `formatMoney` (a decimal string), never as a number.
 *
 * @example
 * ```ts
 * const m: Money = parseMoney('10.50', 'CNY');
 * m.currency; // 'CNY'
 * formatMoney(m); // '10.50'
 * ```
 */
export interface Money {
  /** ISO 4217 alphabetic code of a supported currency, e.g. `"CNY"`. */
  readonly currency: string;
  /** The exact amount; at most the currency's scale in decimal places. */
  readonly amount: PolicyDecimal;
}
