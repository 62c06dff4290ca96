// The named export, not the default one: decimal.js's types are CommonJS, so in a `node16`/
// `nodenext` ESM consumer its default import is the module object, and the declarations emitted
// from `typeof Decimal` would not be a constructor there. The named export is the class in
// every module mode (decimal.js sets `Decimal.Decimal = Decimal` at run time too).
import { Decimal } from 'decimal.js';

/**
 * The package's own decimal.js constructor, with fixed settings (the global `Decimal` is never
 * configured or mutated, so the host application's decimal.js settings cannot leak in or out).
 *
 * Settings:
 * - `precision: 60` significant digits. Money amounts are at most 18 integer + 3 decimal
 *   digits when parsed, and arithmetic results are capped below 10^56 (see `addMoney`), so
 *   sums and differences are always exact.
 * - `rounding: ROUND_HALF_EVEN` (banker's rounding) for any operation that must round.
 * - `toExpNeg: -60`, `toExpPos: 60`: `toString()` uses plain notation for every value in range.
 *   Formatting uses `toFixed`, which never uses exponent notation anyway.
 * - `minE: -9e15`, `maxE: 9e15`: decimal.js limits (amounts are validated long before these).
 * - `modulo: ROUND_DOWN` (truncated remainder, like JavaScript's `%`).
 * - `crypto: false`: `random()` is never used; the library is deterministic.
 *
 * @example
 * ```ts
 * new PolicyDecimal('0.1').plus('0.2').toString(); // '0.3'
 * ```
 */
// Pure: a bundle that never uses it (the check path) drops it, and decimal.js with it.
export const PolicyDecimal: typeof Decimal = /* @__PURE__ */ Decimal.clone({
  defaults: true,
  precision: 60,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -60,
  toExpPos: 60,
  minE: -9e15,
  maxE: 9e15,
  crypto: false,
  modulo: Decimal.ROUND_DOWN,
});

/**
 * A value created by {@link PolicyDecimal} (the decimal.js instance type).
 *
 * @example
 * ```ts
 * const d: PolicyDecimal = new PolicyDecimal('12.50');
 * ```
 */
export type PolicyDecimal = Decimal;
