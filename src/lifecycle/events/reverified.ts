import type { AccountState } from '../types';

/**
 * The account after a successful identity re-verification at `at`.
 *
 * @example
 * ```ts
 * reverified(account, '2026-11-22T10:00:00+08:00').identityReverifiedAt;
 * ```
 */
export function reverified(account: AccountState, at: string): AccountState {
  const { identityReverificationRequired: _flag, ...rest } = account;
  return { ...rest, identityReverifiedAt: at };
}
