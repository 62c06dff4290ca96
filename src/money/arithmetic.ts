import { getCurrency } from './currencies';
import { PolicyDecimal } from './decimal';
import { AccountPolicyError } from '../errors';
import { assertMoney, assertSameCurrency, makeMoney, own, previewValue } from './internal';
import type { Money } from './Money';

/**
 * Adds two amounts of the same currency, exactly.
 *
 * Results may exceed the 18 integer digits `parseMoney` accepts; they must stay below 10^56.
 *
 * @param a - the first amount
 * @param b - the second amount, in the same currency
 * @returns `a + b`
 * @throws AccountPolicyError `currency_mismatch` if the currencies differ; `invalid_amount` if
 *   the result reaches 10^56 or an argument is not valid Money (`unknown_currency` for its currency)
 * @example
 * ```ts
 * formatMoney(addMoney(money('0.10', 'CNY'), money('0.20', 'CNY'))); // '0.30'
 * ```
 */
export function addMoney(a: Money, b: Money): Money {
  assertSameCurrency(assertMoney(a, 'a'), assertMoney(b, 'b'), 'add');
  return makeMoney(a.currency, own(a.amount).plus(b.amount));
}

/**
 * Subtracts one amount from another of the same currency, exactly. The result may be negative.
 *
 * @param a - the amount to subtract from
 * @param b - the amount to subtract, in the same currency
 * @returns `a - b`
 * @throws AccountPolicyError `currency_mismatch` if the currencies differ; `invalid_amount` if
 *   the result reaches 10^56 in magnitude or an argument is not valid Money
 * @example
 * ```ts
 * formatMoney(subtractMoney(money('5', 'USD'), money('10', 'USD'))); // '-5.00'
 * ```
 */
export function subtractMoney(a: Money, b: Money): Money {
  assertSameCurrency(assertMoney(a, 'a'), assertMoney(b, 'b'), 'subtract');
  return makeMoney(a.currency, own(a.amount).minus(b.amount));
}

/**
 * The amount with its sign flipped (zero stays zero, never negative zero).
 *
 * @param m - the amount
 * @returns `-m`
 * @throws AccountPolicyError `invalid_amount` (or `unknown_currency`) if `m` is not valid Money
 * @example
 * ```ts
 * formatMoney(negateMoney(money('5', 'USD'))); // '-5.00'
 * ```
 */
export function negateMoney(m: Money): Money {
  assertMoney(m, 'm');
  return makeMoney(m.currency, own(m.amount).negated());
}

/**
 * Sums a list of amounts, all in the given currency, exactly. An empty list sums to zero.
 *
 * @param list - the amounts
 * @param currency - the currency every amount must be in (also the currency of an empty sum)
 * @returns the total
 * @throws AccountPolicyError `unknown_currency` for an unsupported currency,
 *   `currency_mismatch` if any amount is in another currency, `invalid_amount` if the total
 *   reaches 10^56 in magnitude or `list` is not an array of valid Money
 * @example
 * ```ts
 * formatMoney(sumMoney([money('1.10', 'CNY'), money('2.20', 'CNY')], 'CNY')); // '3.30'
 * formatMoney(sumMoney([], 'JPY')); // '0'
 * ```
 */
export function sumMoney(list: readonly Money[], currency: string): Money {
  getCurrency(currency);
  if (!Array.isArray(list)) {
    throw new AccountPolicyError(
      'invalid_amount',
      `sumMoney needs an array of Money, not ${previewValue(list)}`,
    );
  }
  let total = makeMoney(currency, new PolicyDecimal(0));
  for (const [index, item] of list.entries()) {
    assertSameCurrency(total, assertMoney(item, `list[${index}]`), 'sum');
    total = makeMoney(currency, total.amount.plus(item.amount));
  }
  return total;
}
