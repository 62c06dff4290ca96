import type { Preset } from '../presets/types';
import type { LiftRestrictionEvent, RestrictPersonEvent } from './events';
import { normalizeAccount } from './internal/normalize';
import { validateAccount } from './internal/validate';
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
 * @throws {@link AccountPolicyError} `invalid_input` for a malformed account or event
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
  const results = accounts.map((a) => transition(a, event, preset, options));
  return {
    accounts: accounts.map((a, i) => {
      const r = results[i]!;
      if (r.ok) return r.account;
      validateAccount(a);
      return normalizeAccount(a);
    }),
    results,
  };
}
