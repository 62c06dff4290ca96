import { AccountPolicyError, attempt, type Result } from '../errors';
import type { Preset } from '../presets/types';
import type { LiftRestrictionEvent, RestrictPersonEvent } from './events';
import { normalizeAccount } from './internal/normalize';
import { validateAccount, validateEvent } from './internal/validate';
import { transition, type TransitionOptions } from './transition';
import type { TransitionResult } from './transitionTypes';
import type { AccountState, AccountStateInput } from './types';

/** The outcome of {@link applyPersonEvent}: every account after the event, and each account's result. */
export interface PersonEventResult {
  /** The accounts in the same order: changed where the event applied, otherwise as they were. */
  readonly accounts: readonly AccountState[];
  /** The transition result of each account (a closed account refuses with `already_closed`). */
  readonly results: readonly TransitionResult[];
}

/**
 * Applies a restriction on a person (or lifts one) to all of that person's accounts — a
 * restriction binds the person, so it is copied onto each account that is not closed.
 *
 * @param accounts - every account of the person
 * @param event - `restrict_person` or `lift_restriction`
 * @param preset - the rule set
 * @param options - `lang` for messages
 * @returns the accounts after the event and each account's transition result
 * @throws `AccountPolicyError` `invalid_input` when `accounts` is not an array (path
 *   `accounts`), for a malformed account (paths from `accounts.<index>`), for a malformed event or
 *   one that is not `restrict_person` / `lift_restriction` (paths from `event`)
 * @example
 * ```ts
 * const { accounts } = applyPersonEvent(
 *   [classI, classII],
 *   { type: 'restrict_person', at: '2026-11-22T10:00:00+08:00',
 *     restriction: { id: 'R1', kind: 'no_non_counter', reason: 'account_selling' } },
 *   getPreset(),
 * );
 * accounts[1].restrictions?.[0].until; // '2031-11-22T10:00:00+08:00' (5 years in cn-pboc-2018)
 * ```
 */
export function applyPersonEvent(
  accounts: readonly AccountStateInput[],
  event: RestrictPersonEvent | LiftRestrictionEvent,
  preset: Preset,
  options: TransitionOptions = {},
): PersonEventResult {
  validatePersonEvent(accounts, event);
  const results = accounts.map((a) => transition(a, event, preset, options));
  return {
    accounts: accounts.map((a, i) => {
      const r = results[i]!;
      return r.ok ? r.account : normalizeAccount(a);
    }),
    results,
  };
}

/** Checks the arguments whole before any account changes: the list, every account, the event. */
function validatePersonEvent(accounts: unknown, event: unknown): void {
  if (!Array.isArray(accounts))
    throw new AccountPolicyError('invalid_input', 'accounts must be an array of accounts', [
      { path: ['accounts'], message: 'must be an array of accounts' },
    ]);
  // A plain loop, not map: a hole in a sparse array is an account missing, not one to skip.
  for (let i = 0; i < accounts.length; i++) validateAccount(accounts[i], ['accounts', i]);
  validateEvent(event);
  if (event.type !== 'restrict_person' && event.type !== 'lift_restriction')
    throw new AccountPolicyError(
      'invalid_input',
      `Invalid event at event.type: must be restrict_person or lift_restriction, not ${event.type}`,
      [{ path: ['event', 'type'], message: 'must be restrict_person or lift_restriction' }],
    );
}

/**
 * Non-throwing twin of {@link applyPersonEvent}.
 *
 * @param accounts - every account of the person
 * @param event - `restrict_person` or `lift_restriction`
 * @param preset - the rule set
 * @param options - `lang` for messages
 * @returns `{ ok: true, value }` with the accounts and results, or `{ ok: false, error }`
 * @example
 * ```ts
 * safeApplyPersonEvent('not a list' as never, event, getPreset()).ok; // false
 * ```
 */
export function safeApplyPersonEvent(
  accounts: readonly AccountStateInput[],
  event: RestrictPersonEvent | LiftRestrictionEvent,
  preset: Preset,
  options: TransitionOptions = {},
): Result<PersonEventResult> {
  return attempt(() => applyPersonEvent(accounts, event, preset, options));
}
