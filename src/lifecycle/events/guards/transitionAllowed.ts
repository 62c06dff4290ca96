import type { Lang } from '../../../messages/lang';
import type { Preset } from '../../../presets/types';
import type { LifecycleEvent } from '../../events';
import { EVENT_WORDS, STATUS_WORDS } from '../../internal/words';
import { TRANSITION_TABLE } from '../../transitionTable';
import type { AccountStatus } from '../../types';
import { passUnless, refusal, type GuardResult } from '../unit';

/** The rule path of {@link eventAfterOpening}. */
export const OPENING_RULE = 'lifecycle.statuses.eventAfterOpening';
/** The rule path of {@link transitionAllowed}. */
export const TABLE_RULE = 'lifecycle.statuses.transitionTable';

/**
 * Guard: the event is not earlier than the account's opening (`event_before_opening`); at the
 * opening instant itself it is allowed.
 *
 * @example
 * ```ts
 * eventAfterOpening(event, account.openedAt, atMs, openedMs, getPreset(), 'en').outcome;
 * ```
 */
export function eventAfterOpening(
  at: string,
  openedAt: string,
  atMs: number,
  openedMs: number,
  preset: Preset,
  lang: Lang,
): GuardResult {
  const source = preset.lifecycle.statuses.source;
  const found =
    atMs < openedMs
      ? refusal('event_before_opening', { at, openedAt }, { openedAt, source }, lang)
      : null;
  return passUnless(found, OPENING_RULE, source, 'trace_event_after_opening', { at, openedAt });
}

/**
 * Guard: the transition table allows the event from the account's status at its instant
 * (`transition_not_allowed`, or `already_closed` for a closed account).
 *
 * @example
 * ```ts
 * transitionAllowed({ type: 'activate', at }, 'closed', getPreset(), 'en').outcome; // 'failed'
 * ```
 */
export function transitionAllowed(
  event: LifecycleEvent,
  status: AccountStatus,
  preset: Preset,
  lang: Lang,
): GuardResult {
  const rule = TRANSITION_TABLE[status][event.type];
  const words = { event: event.type, status: STATUS_WORDS[status][lang] };
  const source =
    !rule.allowed && rule.refusal === 'already_closed'
      ? preset.lifecycle.closure.source
      : preset.lifecycle.statuses.source;
  const found = rule.allowed
    ? null
    : refusal(rule.refusal, words, { event: event.type, status, source }, lang);
  return passUnless(found, TABLE_RULE, source, 'trace_transition_allowed', {
    ...words,
    event: EVENT_WORDS[event.type][lang],
  });
}
