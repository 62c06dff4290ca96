import { assertMoney, assertSameCurrency } from './internal';
import type { Money } from './Money';

/**
 * Compares two amounts of the same currency.
 *
 * @param a - the first amount
 * @param b - the second amount, in the same currency
 * @returns `-1` if `a < b`, `0` if equal, `1` if `a > b`
 * @throws AccountPolicyError `currency_mismatch` if the currencies differ; `invalid_amount` (or
 *   `unknown_currency`) if an argument is not valid Money
 * @example
 * ```ts
 * compareMoney(money('1', 'CNY'), money('2', 'CNY')); // -1
 * ```
 */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  assertSameCurrency(assertMoney(a, 'a'), assertMoney(b, 'b'), 'compare');
  const c = a.amount.comparedTo(b.amount);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

/**
 * Whether two amounts are equal: same currency and same value (`"1.5"` equals `"1.50"`).
 *
 * Unlike the other operations, different currencies do not throw: they are simply not equal.
 *
 * @param a - the first amount
 * @param b - the second amount
 * @returns true if the currency and the value are the same
 * @throws AccountPolicyError `invalid_amount` (or `unknown_currency`) if an argument is not valid Money
 * @example
 * ```ts
 * moneyEquals(money('1.5', 'CNY'), money('1.50', 'CNY')); // true
 * moneyEquals(money('1', 'CNY'), money('1', 'USD')); // false
 * ```
 */
export function moneyEquals(a: Money, b: Money): boolean {
  assertMoney(a, 'a');
  assertMoney(b, 'b');
  return a.currency === b.currency && a.amount.equals(b.amount);
}

/**
 * Whether an amount is zero.
 *
 * @param m - the amount
 * @returns true for zero
 * @throws AccountPolicyError `invalid_amount` (or `unknown_currency`) if `m` is not valid Money
 * @example
 * ```ts
 * isZeroMoney(money('0.00', 'CNY')); // true
 * ```
 */
export function isZeroMoney(m: Money): boolean {
  return assertMoney(m, 'm').amount.isZero();
}

/**
 * Whether an amount is strictly below zero.
 *
 * @param m - the amount
 * @returns true if `m < 0` (zero is not negative)
 * @throws AccountPolicyError `invalid_amount` (or `unknown_currency`) if `m` is not valid Money
 * @example
 * ```ts
 * isNegativeMoney(parseMoney('-0.01', 'CNY', { allowNegative: true })); // true
 * ```
 */
export function isNegativeMoney(m: Money): boolean {
  const { amount } = assertMoney(m, 'm');
  return !amount.isZero() && amount.isNegative();
}

/**
 * The smallest of one or more amounts of the same currency (the first one on ties).
 *
 * @param first - an amount
 * @param rest - further amounts, in the same currency
 * @returns the smallest amount
 * @throws AccountPolicyError `currency_mismatch` if the currencies differ; `invalid_amount` (or
 *   `unknown_currency`) if an argument is not valid Money
 * @example
 * ```ts
 * formatMoney(minMoney(money('5', 'CNY'), money('3', 'CNY'))); // '3.00'
 * ```
 */
export function minMoney(first: Money, ...rest: readonly Money[]): Money {
  let best = assertMoney(first, 'first');
  for (const m of rest) if (compareMoney(m, best) < 0) best = m;
  return best;
}

/**
 * The largest of one or more amounts of the same currency (the first one on ties).
 *
 * @param first - an amount
 * @param rest - further amounts, in the same currency
 * @returns the largest amount
 * @throws AccountPolicyError `currency_mismatch` if the currencies differ; `invalid_amount` (or
 *   `unknown_currency`) if an argument is not valid Money
 * @example
 * ```ts
 * formatMoney(maxMoney(money('5', 'CNY'), money('3', 'CNY'))); // '5.00'
 * ```
 */
export function maxMoney(first: Money, ...rest: readonly Money[]): Money {
  let best = assertMoney(first, 'first');
  for (const m of rest) if (compareMoney(m, best) > 0) best = m;
  return best;
}
