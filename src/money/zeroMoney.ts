import { PolicyDecimal } from './decimal';
import { makeMoney } from './internal';
import type { Money } from './Money';

/**
 * Zero in the given currency.
 *
 * @param currency - an ISO 4217 code of a supported currency
 * @returns the frozen Money value 0
 * @throws AccountPolicyError `unknown_currency` for an unsupported currency
 * @example
 * ```ts
 * formatMoney(zeroMoney('JPY')); // '0'
 * ```
 */
export function zeroMoney(currency: string): Money {
  return makeMoney(currency, new PolicyDecimal(0));
}
