/**
 * Helpers for the KYC examples of hostile input (issue 6): the typed error a call throws, and the
 * hostile values the fuzzing suite found.
 */
import { expect } from 'vitest';
import { isAccountPolicyError, type AccountPolicyError, type ErrorCode } from '../../errors';

/** Half a megabyte of lone surrogates (512 K characters), as the fuzzing suite sends. */
export const HUGE_SURROGATES = '\uD800'.repeat(1 << 19);

/** One megabyte of text. */
export const HUGE_TEXT = 'a'.repeat(1 << 20);

/**
 * Calls `fn`, expecting the typed error `code` whose message names `path` and whose first issue
 * is at `path`; fails on a value or any other exception (a TypeError above all).
 *
 * @param fn - the call
 * @param code - the expected error code
 * @param path - the expected path of the first issue
 * @returns the error, for further checks
 */
export function typedError(
  fn: () => unknown,
  code: ErrorCode,
  path: readonly (string | number)[],
): AccountPolicyError {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  if (!isAccountPolicyError(thrown))
    throw new Error(`expected AccountPolicyError ${code}, got ${String(thrown).slice(0, 200)}`);
  expect(thrown.code, thrown.message.slice(0, 200)).toBe(code);
  expect(thrown.issues[0]!.path).toEqual(path);
  expect(thrown.message).toContain(path.length > 0 ? path.join('.') : '(root)');
  return thrown;
}

/**
 * Asserts that an error's message and issues are short: a huge value is never echoed whole.
 *
 * @param error - the typed error
 */
export function expectShort(error: AccountPolicyError): void {
  expect(error.message.length).toBeLessThan(600);
  for (const issue of error.issues) expect(issue.message.length).toBeLessThan(600);
}
