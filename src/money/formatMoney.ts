import { AccountPolicyError } from '../errors';
import { getCurrency } from './currencies';
import type { Money } from './Money';

/**
 * Formats Money as a plain decimal string with exactly the currency's number of decimal places.
 *
 * No grouping, no currency, never exponent notation, never `"-0.00"`. The output is accepted
 * by `parseMoney` (with `allowNegative` when negative) for any amount of up to 18 integer digits.
 *
 * @param m - the money value
 * @returns e.g. `"1000.00"`, `"-5.00"`, `"1000"` for JPY, `"0.000"` for BHD
 * @throws AccountPolicyError `unknown_currency`, or `invalid_amount` if `m` was built by hand
 *   with more decimal places than its currency allows
 * @example
 * ```ts
 * formatMoney(money('1000', 'CNY')); // '1000.00'
 * formatMoney(money('1000', 'JPY')); // '1000'
 * ```
 */
export function formatMoney(m: Money): string {
  const { scale } = getCurrency(m.currency);
  const amount = m.amount;
  if (!amount.isFinite() || amount.decimalPlaces() > scale) {
    throw new AccountPolicyError(
      'invalid_amount',
      `Cannot format ${m.currency} amount: it is not finite or has more than ${scale} decimal places`,
    );
  }
  if (amount.isZero()) return scale === 0 ? '0' : `0.${'0'.repeat(scale)}`;
  return amount.toFixed(scale);
}
