/*
 * The typed error a call throws, for tests: fails the test when the call returns or throws
 * anything but an AccountPolicyError.
 */
import { expect } from 'vitest';
import { AccountPolicyError } from '../../src/errors';

/**
 * Calls `fn` and returns the AccountPolicyError it throws.
 *
 * @param fn - the call expected to throw
 * @returns the error
 * @example
 * ```ts
 * expect(thrownBy(() => parseMoney('1e3', 'CNY')).code).toBe('invalid_amount');
 * ```
 */
export function thrownBy(fn: () => unknown): AccountPolicyError {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(AccountPolicyError);
  return thrown as AccountPolicyError;
}
