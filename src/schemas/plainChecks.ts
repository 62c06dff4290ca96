/*
 * The checks and English messages the input schemas (common.ts, zod) and the zod-free validation
 * of the limit path (lifecycle/internal/viewIssues.ts) share, in one module that imports no zod:
 * the engine's path must not load zod (issue 18), and the two must say the same.
 */
import { MAX_INTEGER_DIGITS, checkAmountText, describeAmountProblem } from '../money/amountText';
import { daysInMonth } from '../time/internal/civil';
import { safeParseInstant } from '../time/parseInstant';

/** An instant's shape: date, time, optional seconds and milliseconds, a required offset. */
export const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
/** The instants `parseInstant` accepts, but for the month's length (checked after it). */
const VALID_INSTANT =
  /^(?!0000)(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,3})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
/** The message of an instant of the wrong shape. */
export const INSTANT_MESSAGE =
  'must be an ISO 8601 instant with an offset, e.g. "2026-11-22T09:30:00+08:00"';
/** The message of an instant string longer than 40 characters. */
export const INSTANT_TOO_LONG = 'must be an ISO 8601 instant (too long)';

/**
 * Why a string is not an instant `parseInstant` accepts, or `null` when it is one: a valid instant
 * is recognised by pattern and month length alone (no Date is built); otherwise the general
 * message for a wrong shape, or `parseInstant`'s own words for a date or time that does not exist.
 *
 * @param s - the string
 * @returns the problem, or `null`
 * @example
 * ```ts
 * instantProblem('2026-02-30T09:30:00+08:00'); // 'Invalid instant "2026-02-30T09:30:00+08:00": February 2026 has no day 30 (it has 28 days)'
 * ```
 */
export function instantProblem(s: string): string | null {
  const m = VALID_INSTANT.exec(s);
  if (m !== null && Number(m[3]) <= daysInMonth(Number(m[1]), Number(m[2]))) return null;
  if (!INSTANT.test(s)) return INSTANT_MESSAGE;
  const parsed = safeParseInstant(s);
  return parsed.ok ? null : parsed.error.message;
}

/**
 * The pattern of a non-negative decimal-string amount of at most `scale` decimals.
 *
 * @param scale - the number of decimals (0–13)
 * @returns the pattern
 * @example
 * ```ts
 * amountPattern(2).test('9999.99'); // true
 * ```
 */
export function amountPattern(scale: number): RegExp {
  const fraction = scale > 0 ? `(\\.\\d{1,${scale}})?` : '';
  return new RegExp(`^(0|[1-9]\\d{0,${MAX_INTEGER_DIGITS - 1}})${fraction}$`);
}

/**
 * The English message of a value that is not an amount of at most `scale` decimals, as the CLI
 * and services get it.
 *
 * @param input - the value
 * @param scale - the number of decimals
 * @returns the message
 * @example
 * ```ts
 * amountMessage('1.2345', 3); // 'must be a decimal string amount such as "1000.00": has more than 3 decimal places'
 * ```
 */
export function amountMessage(input: unknown, scale: number): string {
  const problem = checkAmountText(input, scale);
  if (problem === 'not_a_string') return describeAmountProblem(problem, scale);
  return `must be a decimal string amount such as "1000.00": ${problem ? describeAmountProblem(problem, scale) : 'invalid amount'}`;
}

/**
 * What a value of the wrong type is told: `is required` when absent, otherwise what was expected
 * and what came.
 *
 * @param expected - zod's name of the expected type (`object`, `array`, `string`, …)
 * @param input - the value
 * @returns the message
 * @example
 * ```ts
 * typeMessage('array', 'x'); // 'must be a list, not string'
 * ```
 */
export function typeMessage(expected: string | undefined, input: unknown): string {
  if (input === undefined) return 'is required';
  const got = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input;
  return `must be ${expected === 'object' ? 'an object' : expected === 'array' ? 'a list' : `a ${expected}`}, not ${got}`;
}

/**
 * What a value outside an enumeration is told.
 *
 * @param values - the allowed values
 * @returns the message
 * @example
 * ```ts
 * enumMessage(['a', 'b']); // 'must be one of "a", "b"'
 * ```
 */
export function enumMessage(values: readonly unknown[]): string {
  return `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;
}

/**
 * What an unknown field is told.
 *
 * @param key - the field
 * @returns the message
 * @example
 * ```ts
 * unknownFieldMessage('staus'); // 'is not a field here: "staus"'
 * ```
 */
export function unknownFieldMessage(key: string): string {
  return `is not a field here: ${JSON.stringify(key)}`;
}

/**
 * Plain-English messages for zod's generic issues, for `safeParse(input, { error: readableIssues })`:
 * a missing field "is required", an unknown enum value lists the allowed ones, a wrong type names
 * what was expected and what came. Messages a schema defines itself take precedence.
 *
 * @param issue - a zod issue
 * @returns the message, or `undefined` to keep zod's own
 * @example
 * ```ts
 * checkInputSchema.safeParse({}, { error: readableIssues }).error?.issues[0]?.message; // 'is required'
 * ```
 */
export function readableIssues(issue: {
  readonly code?: string;
  readonly input?: unknown;
  readonly expected?: string;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
}): string | undefined {
  if (issue.code === 'unrecognized_keys' && issue.keys)
    return `is not a field here: ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
  if (issue.code === 'invalid_type') return typeMessage(issue.expected, issue.input);
  if (issue.code === 'invalid_value' && issue.values) return enumMessage(issue.values);
  if (issue.code === 'invalid_union') return 'does not match any accepted form';
  return undefined;
}

/**
 * The library's input issues for zod's issues: paths of strings and numbers under `root`, and an
 * unknown-fields issue split into one issue per field, at the field's own path (as the library's
 * own parsers report them). Use with {@link readableIssues} as the error map.
 *
 * @param issues - `safeParse(…).error.issues`
 * @param root - where the parsed value sits, e.g. `['account']`
 * @returns one `{ path, message }` per problem
 * @example
 * ```ts
 * const r = checkInputSchema.safeParse({ account: { class: 'II', balance: '0', staus: 'closed' } }, { error: readableIssues });
 * inputIssuesOf(r.error!.issues)[0]; // { path: ['account', 'staus'], message: 'is not a field here: "staus"' }
 * ```
 */
export function inputIssuesOf(
  issues: readonly {
    readonly path: readonly PropertyKey[];
    readonly message: string;
    readonly code?: string;
    readonly keys?: readonly string[];
  }[],
  root: readonly (string | number)[] = [],
): { readonly path: readonly (string | number)[]; readonly message: string }[] {
  const out: { path: readonly (string | number)[]; message: string }[] = [];
  for (const i of issues) {
    const path = [...root, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (i.code === 'unrecognized_keys' && i.keys)
      for (const key of i.keys)
        out.push({ path: [...path, key], message: unknownFieldMessage(key) });
    else out.push({ path, message: i.message });
  }
  return out;
}
