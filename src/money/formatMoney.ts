import { getCurrency } from './currencies';
import { assertMoney } from './internal';
import type { Money } from './Money';

/**
 * Formats Money as a plain decimal string with exactly the currency's number of decimal places.
 *
 * No grouping, no currency, never exponent notation, never `"-0.00"`. The output is accepted
 * by `parseMoney` (with `allowNegative` when negative) for any amount of up to 18 integer digits.
 *
 * @param m - the money value
 * @returns e.g. `"1000.00"`, `"-5.00"`, `"1000"` for JPY, `"0.000"` for BHD
 * @throws AccountPolicyError `unknown_currency`, or `invalid_amount` if `m` is not valid Money
 *   (e.g. built by hand with more decimal places than its currency allows, or 10^56 or more)
 * @example
 * ```ts
 * formatMoney(money('1000', 'CNY')); // '1000.00'
 * formatMoney(money('1000', 'JPY')); // '1000'
 * ```
 */
export function formatMoney(m: Money): string {
  const { currency, amount } = assertMoney(m, 'm');
  const { scale } = getCurrency(currency);
  // decimal.js writes zero, negative zero included, without a sign: never "-0.00".
  return amount.toFixed(scale);
}
