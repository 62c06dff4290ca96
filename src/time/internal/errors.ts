import { AccountPolicyError, type ErrorCode } from '../../errors';

/** Path of a value inside a larger input, as in zod and JSON Schema. */
export type Path = readonly (string | number)[];

/**
 * Shows a value in an error message without echoing an unbounded amount of it.
 *
 * @internal
 */
export function describeValue(value: unknown, max = 40): string {
  if (typeof value === 'string') {
    const cut = value.length > max ? `${value.slice(0, max)}…` : value;
    return JSON.stringify(cut);
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return 'a Date';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `a value of type ${typeof value}`;
}

/**
 * A caller's `path` argument as a path: a path that is not an array (a mistake in a diagnostic
 * argument) becomes the root, so the typed error still comes out.
 *
 * @internal
 */
export function toPath(path: unknown): Path {
  return Array.isArray(path) ? (path as Path) : [];
}

/**
 * Builds the one-issue {@link AccountPolicyError} used throughout the time module.
 *
 * @internal
 */
export function fail(code: ErrorCode, message: string, path: Path = []): AccountPolicyError {
  return new AccountPolicyError(code, message, [{ path: [...toPath(path)], message }]);
}
