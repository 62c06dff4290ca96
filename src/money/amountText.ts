/**
 * Why an amount string was rejected. `null` from {@link checkAmountText} means it is valid.
 *
 * - `not_a_string` – not a string at all (a JavaScript number, even `12.5`, is rejected)
 * - `empty` – the empty string
 * - `too_long` – more than {@link MAX_AMOUNT_TEXT_LENGTH} characters
 * - `whitespace` – contains spaces or other whitespace (leading, trailing or inside)
 * - `exponent` – numeric-looking text with `e`/`E`, such as `"1e5"`
 * - `not_finite` – `NaN`, `Infinity`, `-Infinity` (any case, optional sign)
 * - `sign_not_allowed` – starts with `-` where negatives are not allowed
 * - `plus_sign` – starts with `+`
 * - `leading_zeros` – integer part with leading zeros, such as `"007"`
 * - `malformed` – anything else that is not `digits[.digits]`, e.g. `"1."`, `".5"`, `"1,000"`
 * - `too_many_decimals` – more decimal places than the currency's scale
 * - `too_large` – more than {@link MAX_INTEGER_DIGITS} integer digits
 * - `full_width_digits` – uses full-width digits `０`–`９` (U+FF10–U+FF19)
 */
export type AmountTextProblem =
  | 'not_a_string'
  | 'empty'
  | 'too_long'
  | 'whitespace'
  | 'exponent'
  | 'not_finite'
  | 'sign_not_allowed'
  | 'plus_sign'
  | 'leading_zeros'
  | 'malformed'
  | 'too_many_decimals'
  | 'too_large'
  | 'full_width_digits';

/**
 * Maximum length of an amount string, checked before anything else.
 *
 * @example
 * ```ts
 * checkAmountText('1'.repeat(33), 2); // 'too_long'
 * ```
 */
export const MAX_AMOUNT_TEXT_LENGTH = 32;

/**
 * Maximum number of digits before the decimal point.
 *
 * @example
 * ```ts
 * checkAmountText('9'.repeat(19), 2); // 'too_large'
 * ```
 */
export const MAX_INTEGER_DIGITS = 18;

/** Options for {@link checkAmountText}. */
export interface AmountTextOptions {
  /** Accept a leading `-` (default false). `"-0"` then means zero. */
  readonly allowNegative?: boolean;
}

// All patterns are anchored character classes or fixed alternatives: linear, no backtracking.
const WHITESPACE = /\s/u;
const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19]/u;
const NOT_FINITE = /^[+-]?(?:nan|inf|infinity)$/i;
const EXPONENT_CHARS = /^[0-9.+\-eE]*$/;
const DIGITS = /^[0-9]*$/;

/**
 * Checks the shape, length and scale of an amount string without converting it to a number.
 *
 * Runs in time linear in `min(length, 32)`, so hostile input such as `"1e1000000000"` or a
 * one-megabyte string is rejected in microseconds. Valid text is `-?(0|[1-9]\d{0,17})(\.\d{1,scale})?`
 * in ASCII digits (the `-` only with `allowNegative`; with scale 0 no `.` at all).
 *
 * @param input - the candidate amount (anything; only strings can be valid)
 * @param scale - the currency's number of decimal places, an integer from 0 to 18
 * @param options - `allowNegative` to accept a leading `-`
 * @returns the first problem found, or `null` if the text is a valid amount
 * @throws RangeError if `scale` is not an integer from 0 to 18 (a programming error)
 * @example
 * ```ts
 * checkAmountText('12.50', 2); // null
 * checkAmountText('12.345', 2); // 'too_many_decimals'
 * checkAmountText('-5', 2); // 'sign_not_allowed'
 * checkAmountText('-5', 2, { allowNegative: true }); // null
 * checkAmountText(12.5, 2); // 'not_a_string'
 * ```
 */
export function checkAmountText(
  input: unknown,
  scale: number,
  options?: AmountTextOptions,
): AmountTextProblem | null {
  if (!Number.isInteger(scale) || scale < 0 || scale > 18) {
    const shown = typeof scale === 'number' ? String(scale) : `a ${typeof scale}`;
    throw new RangeError(`scale must be an integer from 0 to 18, got ${shown}`);
  }
  if (typeof input !== 'string') return 'not_a_string';
  if (input.length === 0) return 'empty';
  if (input.length > MAX_AMOUNT_TEXT_LENGTH) return 'too_long';
  if (WHITESPACE.test(input)) return 'whitespace';
  if (NOT_FINITE.test(input)) return 'not_finite';
  if (FULL_WIDTH_DIGIT.test(input)) return 'full_width_digits';
  if ((input.includes('e') || input.includes('E')) && EXPONENT_CHARS.test(input)) {
    return 'exponent';
  }

  let body = input;
  const first = input.charAt(0);
  if (first === '+') return 'plus_sign';
  if (first === '-') {
    if (options?.allowNegative !== true) return 'sign_not_allowed';
    body = input.slice(1);
  }

  const dot = body.indexOf('.');
  const hasDot = dot >= 0;
  const intPart = hasDot ? body.slice(0, dot) : body;
  const fracPart = hasDot ? body.slice(dot + 1) : '';
  if (!DIGITS.test(intPart) || !DIGITS.test(fracPart)) return 'malformed'; // also a second '.'
  if (intPart.length === 0 && fracPart.length === 0) return 'malformed'; // ".", or "-" alone
  if (hasDot && scale === 0) return 'too_many_decimals';
  if (intPart.length === 0 || (hasDot && fracPart.length === 0)) return 'malformed'; // ".5", "1."
  if (fracPart.length > scale) return 'too_many_decimals';
  if (intPart.length > 1 && intPart.charAt(0) === '0') return 'leading_zeros';
  if (intPart.length > MAX_INTEGER_DIGITS) return 'too_large';
  return null;
}

/**
 * Describes an {@link AmountTextProblem} in plain English, as a predicate of "the amount".
 *
 * @param problem - the problem reported by {@link checkAmountText}
 * @param scale - the currency's number of decimal places (used by `too_many_decimals`)
 * @returns a lower-case phrase such as `"has more than 2 decimal places"`
 * @example
 * ```ts
 * describeAmountProblem('too_many_decimals', 2); // 'has more than 2 decimal places'
 * describeAmountProblem('too_many_decimals', 0); // 'must be a whole number (no decimal places)'
 * ```
 */
export function describeAmountProblem(problem: AmountTextProblem, scale: number): string {
  switch (problem) {
    case 'not_a_string':
      return 'must be a decimal string such as "12.50", not a number or other value';
    case 'empty':
      return 'is empty';
    case 'too_long':
      return `is longer than ${MAX_AMOUNT_TEXT_LENGTH} characters`;
    case 'whitespace':
      return 'contains spaces or other whitespace';
    case 'exponent':
      return 'uses exponent notation (e/E); write plain digits';
    case 'not_finite':
      return 'is not a finite number';
    case 'sign_not_allowed':
      return 'is negative, which is not allowed here';
    case 'plus_sign':
      return 'starts with a plus sign';
    case 'leading_zeros':
      return 'has leading zeros';
    case 'malformed':
      return 'is not a plain decimal number such as "12.50"';
    case 'too_many_decimals':
      return scale === 0
        ? 'must be a whole number (no decimal places)'
        : `has more than ${scale} decimal place${scale === 1 ? '' : 's'}`;
    case 'too_large':
      return `has more than ${MAX_INTEGER_DIGITS} digits before the decimal point`;
    case 'full_width_digits':
      return 'uses full-width digits; use ASCII digits 0-9';
  }
}
