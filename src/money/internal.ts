/*
 * Helpers shared by the money functions. Not re-exported from the package.
 */
import { AccountPolicyError } from '../errors';
import { getCurrency } from './currencies';
import { PolicyDecimal } from './decimal';
import type { Money } from './Money';

/**
 * Arithmetic results must stay below 10^(MAX_RESULT_EXPONENT + 1). With at most 3 decimal
 * places and 60 digits of precision, adding two such values is then always exact.
 */
const MAX_RESULT_EXPONENT = 55;

/** A short, side-effect-free rendering of an arbitrary input for error messages (≤ 40 chars). */
export function previewValue(value: unknown): string {
  switch (typeof value) {
    case 'string': {
      const cut = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      return JSON.stringify(cut);
    }
    case 'number':
    case 'bigint':
    case 'boolean':
      return `${String(value)} (a ${typeof value})`;
    case 'undefined':
      return 'undefined';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (value === null) return 'null';
      return Array.isArray(value) ? 'an array' : 'an object';
  }
}

/** Throws `currency_mismatch` unless both values are in the same currency. */
export function assertSameCurrency(a: Money, b: Money, operation: string): void {
  if (a.currency !== b.currency) {
    throw new AccountPolicyError(
      'currency_mismatch',
      `Cannot ${operation} ${a.currency} and ${b.currency}: the currencies differ`,
    );
  }
}

/** Returns `amount` as a value of the package's own decimal constructor. */
export function own(amount: PolicyDecimal): PolicyDecimal {
  return amount.constructor === PolicyDecimal ? amount : new PolicyDecimal(amount);
}

/** Throws `invalid_amount` unless `amount` is finite, within the scale and below 10^56. */
function assertAmountInRange(currency: string, amount: PolicyDecimal, scale: number): void {
  if (!amount.isFinite() || amount.decimalPlaces() > scale) {
    throw new AccountPolicyError(
      'invalid_amount',
      `Invalid ${currency} amount: ${amount.isFinite() ? `more than ${scale} decimal places` : 'not finite'}`,
    );
  }
  if (!amount.isZero() && amount.e > MAX_RESULT_EXPONENT) {
    throw new AccountPolicyError(
      'invalid_amount',
      `${currency} amount is out of range: results must be below 10^${MAX_RESULT_EXPONENT + 1}`,
    );
  }
}

/**
 * Builds a frozen Money, checking the currency, the scale and the exact range, and turning
 * negative zero into zero.
 */
export function makeMoney(currency: string, amount: PolicyDecimal): Money {
  const { scale } = getCurrency(currency);
  assertAmountInRange(currency, amount, scale);
  const value = amount.isZero() ? new PolicyDecimal(0) : own(amount);
  return Object.freeze({ currency, amount: value });
}

/**
 * Checks that a value passed as Money is one this package could have built: an object with a
 * supported `currency` and a finite decimal.js `amount` within the currency's scale and below
 * 10^56. Guards every function taking Money against plain objects, numbers and hand-built
 * values (a hand-built 10^1000000 would otherwise take seconds to format).
 *
 * @param value - what was passed as Money
 * @param what - the parameter's name, for the message
 * @returns the value, typed
 * @throws AccountPolicyError `unknown_currency` for an unsupported currency, `invalid_amount`
 *   for anything else that is not valid Money
 */
export function assertMoney(value: unknown, what: string): Money {
  if (typeof value !== 'object' || value === null) {
    throw new AccountPolicyError(
      'invalid_amount',
      `${what} must be Money (from parseMoney, money or zeroMoney), not ${previewValue(value)}`,
    );
  }
  const { currency, amount } = value as { readonly currency?: unknown; readonly amount?: unknown };
  const { scale } = getCurrency(currency as string);
  // Every decimal.js clone shares one prototype, so this accepts any Decimal, as before; and only
  // money/decimal.ts imports decimal.js, so a bundle that never builds a decimal drops it.
  if (!(amount instanceof PolicyDecimal)) {
    throw new AccountPolicyError(
      'invalid_amount',
      `${what}.amount must be a decimal (PolicyDecimal), not ${previewValue(amount)}`,
    );
  }
  assertAmountInRange(currency as string, amount, scale);
  return value as Money;
}
