/**
 * Codes of the typed errors thrown on misuse (malformed input, unknown preset, …).
 *
 * Expected outcomes (a refused transaction, an ineligible applicant) are never errors: they are
 * returned as decision values. These codes are stable.
 */
export type ErrorCode =
  | 'invalid_amount'
  | 'unknown_currency'
  | 'currency_mismatch'
  | 'invalid_instant'
  | 'invalid_date'
  | 'invalid_time_zone'
  | 'invalid_duration'
  | 'unknown_preset'
  | 'invalid_preset'
  | 'invalid_input'
  | 'invalid_state'
  | 'conflicting_transaction'
  | 'invalid_reversal';

/** One problem found in an input, located by its path (as in zod and JSON Schema). */
export interface InputIssue {
  /** Where the problem is, e.g. `["transaction", "amount"]`. Empty for the input as a whole. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in plain English. */
  readonly message: string;
}

/**
 * The one error class the library throws on misuse.
 *
 * @example
 * ```ts
 * try {
 *   parseMoney('1e5', 'CNY');
 * } catch (error) {
 *   if (error instanceof AccountPolicyError) console.log(error.code); // 'invalid_amount'
 * }
 * ```
 */
export class AccountPolicyError extends Error {
  /** Stable, snake_case error code. */
  readonly code: ErrorCode;
  /** Every problem found, each with its path. At least one. */
  readonly issues: readonly InputIssue[];

  /**
   * @param code - the stable error code
   * @param message - a readable summary naming what is wrong
   * @param issues - every problem found (defaults to one issue at the root carrying `message`)
   */
  constructor(code: ErrorCode, message: string, issues?: readonly InputIssue[]) {
    super(message);
    this.name = 'AccountPolicyError';
    this.code = code;
    this.issues = issues && issues.length > 0 ? issues : [{ path: [], message }];
  }
}

/** The result of a non-throwing twin: the value, or the typed error the throwing form would throw. */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: AccountPolicyError };

/**
 * Runs `fn` and turns a thrown {@link AccountPolicyError} into `{ ok: false, error }`.
 * Any other exception is a bug and is rethrown.
 *
 * @param fn - the throwing computation
 * @returns `{ ok: true, value }` or `{ ok: false, error }`
 * @example
 * ```ts
 * const r = attempt(() => parseMoney('12.345', 'CNY'));
 * if (!r.ok) console.log(r.error.code); // 'invalid_amount'
 * ```
 */
export function attempt<T>(fn: () => T): Result<T> {
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    if (error instanceof AccountPolicyError) return { ok: false, error };
    throw error;
  }
}

/**
 * Whether a value is an {@link AccountPolicyError} (works across bundles where `instanceof` may not).
 *
 * @param value - anything caught
 * @returns true for errors thrown by this library
 * @example
 * ```ts
 * isAccountPolicyError(new AccountPolicyError('invalid_amount', 'bad')); // true
 * ```
 */
export function isAccountPolicyError(value: unknown): value is AccountPolicyError {
  return (
    value instanceof AccountPolicyError ||
    (value instanceof Error && value.name === 'AccountPolicyError' && 'code' in value)
  );
}
