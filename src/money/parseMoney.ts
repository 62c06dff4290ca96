import { AccountPolicyError, attempt, type Result } from '../errors';
import { checkAmountText, describeAmountProblem } from './amountText';
import { getCurrency } from './currencies';
import { PolicyDecimal } from './decimal';
import { makeMoney, previewValue } from './internal';
import type { Money } from './Money';

/** Options for {@link parseMoney} and {@link safeParseMoney}. */
export interface ParseMoneyOptions {
  /** Accept a leading `-` (default false). `"-0"` then parses as zero. */
  readonly allowNegative?: boolean;
  /** Where the amount sits in a larger input, reported in the error's issue (default `[]`). */
  readonly path?: readonly (string | number)[];
}

/**
 * Parses a decimal amount string into exact {@link Money}, validating it before any conversion.
 *
 * @param input - the amount as a decimal string such as `"1000.50"` (numbers are rejected)
 * @param currency - an ISO 4217 code of a supported currency, e.g. `"CNY"`
 * @param options - `allowNegative` to accept `-`; `path` to locate the amount in the error
 * @returns the frozen Money value
 * @throws AccountPolicyError `unknown_currency` for an unsupported currency, `invalid_amount`
 *   (one issue at `path`, or at the root if `path` is not an array) for any text
 *   {@link checkAmountText} rejects
 * @example
 * ```ts
 * formatMoney(parseMoney('1000.5', 'CNY')); // '1000.50'
 * parseMoney('12.345', 'CNY'); // throws invalid_amount: has more than 2 decimal places
 * parseMoney('-3', 'USD', { allowNegative: true }); // -3.00 USD
 * ```
 */
export function parseMoney(input: unknown, currency: string, options?: ParseMoneyOptions): Money {
  const { scale } = getCurrency(currency);
  const path = options?.path;
  const problem = checkAmountText(input, scale, { allowNegative: options?.allowNegative === true });
  if (problem !== null) {
    const message = `Invalid ${currency} amount ${previewValue(input)}: it ${describeAmountProblem(problem, scale)}`;
    throw new AccountPolicyError('invalid_amount', message, [
      { path: Array.isArray(path) ? [...path] : [], message },
    ]);
  }
  return makeMoney(currency, new PolicyDecimal(input as string));
}

/**
 * Non-throwing twin of {@link parseMoney}.
 *
 * @param input - the amount as a decimal string
 * @param currency - an ISO 4217 code of a supported currency
 * @param options - as for {@link parseMoney}
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with the error parseMoney would throw
 * @example
 * ```ts
 * const r = safeParseMoney('1e5', 'CNY');
 * if (!r.ok) r.error.code; // 'invalid_amount'
 * ```
 */
export function safeParseMoney(
  input: unknown,
  currency: string,
  options?: ParseMoneyOptions,
): Result<Money> {
  return attempt(() => parseMoney(input, currency, options));
}

/**
 * Shorthand for `parseMoney(amount, currency)`: a non-negative amount from a decimal string.
 *
 * @param amount - a non-negative decimal string such as `"50000.00"`
 * @param currency - an ISO 4217 code of a supported currency
 * @returns the frozen Money value
 * @throws AccountPolicyError as {@link parseMoney} does
 * @example
 * ```ts
 * const limit = money('50000', 'CNY');
 * formatMoney(limit); // '50000.00'
 * ```
 */
export function money(amount: string, currency: string): Money {
  return parseMoney(amount, currency);
}
