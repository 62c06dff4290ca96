/*
 * Amounts in integer minor units (fen for CNY): the limit engine's sums and comparisons. Every
 * amount the engine accepts has at most the currency's scale of decimals (transaction amounts,
 * balances, holds, stored totals and preset limits are all checked by `checkAmountText` with the
 * currency's scale, which refuses more decimals with `too_many_decimals`), so every one is an
 * exact whole number of minor units, and sums of them are too.
 *
 * The type is `bigint`, not `number`: an amount may have 18 integer digits and 3 decimals, i.e.
 * up to 10^21 − 1 minor units, beyond `Number.MAX_SAFE_INTEGER` (about 9.007 × 10^15), and sums
 * of up to `USAGE_BOUNDS` entries go further still. A `bigint` is exact at any size, so no bound
 * is needed for money. The check path builds no decimal at all (issue 18): odd spellings and
 * negatives go through `parseAmountMinor`, display text through `minorText`. Shared by
 * src/limits, src/lifecycle and preset validation.
 */
import { AccountPolicyError } from '../errors/AccountPolicyError';
import { checkAmountText, describeAmountProblem } from './amountText';

type Path = readonly (string | number)[];

/** 10^scale for the supported scales (0–3). */
const POW: readonly bigint[] = [1n, 10n, 100n, 1000n];
/** 10^k as numbers, for the exact path below. */
const POW_NUM: readonly number[] = [1, 10, 100, 1000];
/** Longest plain amount: 18 integer digits, a point and 3 decimals. */
const MAX_PLAIN = 22;
/** Digits (scale padding included) that always fit a double exactly: 10^15 < 2^53. */
const EXACT_DIGITS = 15;

/**
 * A plain non-negative amount — `(0|[1-9]\d{0,17})(\.\d{1,scale})?`, the form the engine writes
 * and `checkAmountText` accepts — in minor units, without building a decimal; `null` for
 * anything else (then parse it with `parseAmountMinor`, which refuses it or handles it).
 *
 * @param text - the candidate amount
 * @param scale - the currency's scale (0–3)
 * @returns the amount in minor units, or `null`
 * @example
 * ```ts
 * minorUnits('1500.5', 2); // 150050n
 * minorUnits('1e3', 2); // null
 * minorUnits('0.001', 2); // null (more decimals than the scale)
 * ```
 */
export function minorUnits(text: unknown, scale: number): bigint | null {
  if (typeof text !== 'string') return null;
  const n = text.length;
  if (n === 0 || n > MAX_PLAIN || scale > 3) return null;
  let dot = -1;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 && dot < 0 && i > 0) dot = i;
    else if (c >= 48 && c <= 57) value = value * 10 + (c - 48);
    else return null;
  }
  const intDigits = dot < 0 ? n : dot;
  const decimals = dot < 0 ? 0 : n - dot - 1;
  if (intDigits > 18 || decimals > scale || (dot >= 0 && decimals === 0)) return null;
  if (intDigits > 1 && text.charCodeAt(0) === 48) return null; // leading zero
  const pad = scale - decimals;
  // Below 10^15 every partial value above was exact, so is the result.
  if (intDigits + scale <= EXACT_DIGITS) return BigInt(value * POW_NUM[pad]!);
  const digits = dot < 0 ? text : text.slice(0, dot) + text.slice(dot + 1);
  return BigInt(digits) * POW[pad]!;
}

/**
 * Parses an amount string of the given scale into integer minor units (see above), or throws
 * `invalid_amount` at `path`. No decimal is built: the check path bundles no decimal.js.
 *
 * @param text - the amount string
 * @param scale - the currency's scale (0–3)
 * @param path - where the amount sits, for the error
 * @param allowNegative - accept a leading `-` (balances)
 * @returns the amount in minor units
 * @throws AccountPolicyError `invalid_amount` at `path`, naming the problem
 * @example
 * ```ts
 * parseAmountMinor('12.5', 2, ['transaction', 'amount']); // 1250n
 * parseAmountMinor('-3', 2, ['account', 'balance'], true); // -300n
 * ```
 */
export function parseAmountMinor(
  text: unknown,
  scale: number,
  path: Path,
  allowNegative = false,
): bigint {
  // Fast path: the plain form; anything else goes through checkAmountText for its message.
  const plain = minorUnits(text, scale);
  if (plain !== null) return plain;
  const problem = checkAmountText(text, scale, { allowNegative });
  if (problem !== null) {
    const message = `must be a decimal string amount such as "1000.00": it ${describeAmountProblem(problem, scale)}`;
    throw new AccountPolicyError(
      'invalid_amount',
      `Invalid amount at ${path.join('.')}: ${message}`,
      [{ path: [...path], message }],
    );
  }
  return minorOfAmountText(text as string, scale);
}

/**
 * An amount text that {@link checkAmountText} accepted with this scale (optional `-`, 1–18
 * integer digits, at most `scale` decimals), in minor units: `"-12.5"` at scale 2 is `-1250n`.
 *
 * Call it only on checked text: anything else gives a meaningless result or throws a
 * `SyntaxError` from `BigInt`.
 *
 * @param text - an amount that `checkAmountText(text, scale, …)` returned `null` for
 * @param scale - the scale it was checked with (the currency's number of decimals)
 * @returns the amount in minor units
 * @example
 * ```ts
 * minorOfAmountText('1500.5', 2); // 150050n
 * minorOfAmountText('-0.05', 2); // -5n
 * minorOfAmountText('12', 0); // 12n
 * ```
 */
export function minorOfAmountText(text: string, scale: number): bigint {
  const negative = text.charCodeAt(0) === 45; // '-'
  const body = negative ? text.slice(1) : text;
  const dot = body.indexOf('.');
  const digits =
    dot < 0
      ? body + '0'.repeat(scale)
      : body.slice(0, dot) + body.slice(dot + 1) + '0'.repeat(scale - (body.length - dot - 1));
  const value = BigInt(digits);
  return negative ? -value : value;
}

const ZEROS = '000';

/**
 * The fixed-point text of an amount in minor units, with exactly `scale` decimals (what
 * `toFixed(scale)` gives for the same decimal).
 *
 * @param x - the amount in minor units
 * @param scale - the currency's scale (0–3)
 * @returns e.g. `"1500.50"`, `"-5.00"`, `"0.00"`
 * @example
 * ```ts
 * minorText(150050n, 2); // '1500.50'
 * minorText(-5n, 2); // '-0.05'
 * ```
 */
export function minorText(x: bigint, scale: number): string {
  const negative = x < 0n;
  const digits = (negative ? -x : x).toString();
  if (scale === 0) return negative ? `-${digits}` : digits;
  const padded =
    digits.length > scale ? digits : ZEROS.slice(0, scale + 1 - digits.length) + digits;
  const text = `${padded.slice(0, padded.length - scale)}.${padded.slice(padded.length - scale)}`;
  return negative ? `-${text}` : text;
}
