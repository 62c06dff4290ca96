import { AccountPolicyError, type InputIssue } from './AccountPolicyError';

type Path = readonly (string | number)[];

/**
 * The own enumerable fields of an input object, copied into an object without a prototype, after
 * checking that each is one the input may have. An unknown field is invalid input, never ignored:
 * a typo in a restrictive field (`staus: 'closed'`, `linkedService`) must not let an operation
 * through. Inherited properties are never read, so a field set on a prototype (or on a polluted
 * `Object.prototype`) counts for nothing. Internal: every parser of inputs calls it, with the
 * same field list as the input's schema (a test holds the two together).
 *
 * @param value - the input object (already known to be a non-array object)
 * @param known - the fields it may have
 * @param path - where it sits in the arguments, e.g. `['transaction']`
 * @param what - what it is, for the message, e.g. `"transaction"`
 * @returns its own fields, on a prototype-free object
 * @throws AccountPolicyError `invalid_input` with one issue per unknown field, at its path
 * @example
 * ```ts
 * ownFields({ staus: 'closed' }, new Set(['status']), ['account'], 'account');
 * // throws invalid_input: account.staus is not a field of an account
 * ```
 */
export function ownFields(
  value: object,
  known: ReadonlySet<string>,
  path: Path,
  what: string,
): Readonly<Record<string, unknown>> {
  const own: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  let unknown: InputIssue[] | undefined;
  for (const key of Object.keys(value)) {
    if (!known.has(key)) {
      (unknown ??= []).push({
        path: [...path, key],
        message: `is not a field of ${what} (fields: ${[...known].join(', ')})`,
      });
      continue;
    }
    own[key] = (value as Record<string, unknown>)[key];
  }
  if (unknown !== undefined) {
    const where = unknown[0]!.path.join('.');
    throw new AccountPolicyError(
      'invalid_input',
      `Invalid input: ${where} is not a field of ${what}` +
        (unknown.length > 1 ? ` (and ${unknown.length - 1} more unknown fields)` : ''),
      unknown,
    );
  }
  return own;
}
