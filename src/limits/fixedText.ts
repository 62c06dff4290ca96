/*
 * A fast `toFixed(scale)` for decimals that are already exact at that scale (sums and differences
 * of amounts): reads decimal.js's documented instance properties (`d` digits in base 1e7, `e`
 * exponent, `s` sign) and pads, with no rounding pass. Anything with more decimals than `scale`
 * falls back to decimal.js's own `toFixed`. Internal to src/limits.
 */
import type { PolicyDecimal } from '../money/decimal';

const ZEROS = '000000000000000000000000000000';

/**
 * The plain fixed-point text of `x` with exactly `scale` decimals, as `x.toFixed(scale)` gives it.
 *
 * @param x - a finite decimal
 * @param scale - decimals to write (0–18)
 * @returns e.g. `"1000.00"`, `"-5.00"`, `"0.00"`
 * @example
 * ```ts
 * fixedText(new PolicyDecimal('1000.5'), 2); // '1000.50'
 * ```
 */
export function fixedText(x: PolicyDecimal, scale: number): string {
  const words = (x as unknown as { d: number[] | null }).d;
  const e = (x as unknown as { e: number }).e;
  const s = (x as unknown as { s: number }).s;
  if (!words || words.length === 0) return x.toFixed(scale);
  if (words.length === 1 && words[0] === 0) return scale === 0 ? '0' : `0.${ZEROS.slice(0, scale)}`;
  let digits = String(words[0]);
  for (let i = 1; i < words.length; i++) {
    const w = String(words[i]);
    digits += ZEROS.slice(0, 7 - w.length) + w;
  }
  // Value = 0.digits × 10^(e + 1): the first e + 1 digits are the integer part.
  let int: string;
  let frac: string;
  if (e >= 0) {
    int =
      digits.length > e + 1
        ? digits.slice(0, e + 1)
        : digits + ZEROS.slice(0, e + 1 - digits.length);
    frac = digits.length > e + 1 ? digits.slice(e + 1) : '';
  } else {
    int = '0';
    frac = ZEROS.slice(0, -e - 1) + digits;
  }
  let end = frac.length;
  while (end > 0 && frac.charCodeAt(end - 1) === 48) end--;
  if (end > scale || int.length > ZEROS.length) return x.toFixed(scale);
  const text = scale === 0 ? int : `${int}.${frac.slice(0, end)}${ZEROS.slice(0, scale - end)}`;
  return s < 0 ? `-${text}` : text;
}
