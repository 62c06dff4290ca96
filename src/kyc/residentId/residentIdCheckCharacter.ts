import { AccountPolicyError } from '../../errors';
import { deepFreeze } from '../../presets/internal/deepFreeze';

/** The ISO 7064 MOD 11-2 modulus and radix: check values are computed modulo 11 with radix 2. */
const MODULUS = 11;
const RADIX = 2;

/**
 * The weight of each of the 17 body digits under ISO 7064 MOD 11-2: the digit `i` places to the
 * left of the check character weighs `2^i mod 11`. This yields GB 11643-1999's published table
 * `7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2`.
 */
export const RESIDENT_ID_WEIGHTS: readonly number[] = /* @__PURE__ */ deepFreeze(
  Array.from({ length: 17 }, (_, index) => {
    let weight = 1;
    for (let k = 0; k < 17 - index; k++) weight = (weight * RADIX) % MODULUS;
    return weight;
  }),
);

/**
 * The check character GB 11643-1999 (ISO 7064 MOD 11-2) assigns to 17 body digits: the value
 * `(12 − Σ dᵢ·wᵢ mod 11) mod 11`, written `X` when it is 10.
 *
 * @param body - exactly 17 ASCII digits (region code, birth date, sequence)
 * @returns `'0'`–`'9'` or `'X'`
 * @throws AccountPolicyError `invalid_input` if `body` is not 17 digits
 * @example
 * ```ts
 * residentIdCheckCharacter('11010519491231002'); // 'X'
 * ```
 */
export function residentIdCheckCharacter(body: string): string {
  if (typeof body !== 'string' || !/^[0-9]{17}$/.test(body)) {
    throw new AccountPolicyError(
      'invalid_input',
      'The body of a resident identity number must be exactly 17 digits',
      [{ path: [], message: 'must be exactly 17 digits' }],
    );
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (body.charCodeAt(i) - 48) * RESIDENT_ID_WEIGHTS[i]!;
  const value = (MODULUS + 1 - (sum % MODULUS)) % MODULUS;
  return value === 10 ? 'X' : String(value);
}
