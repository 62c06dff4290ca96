import { citeSources } from '../presets/citeSources';
import { attempt, type Result } from '../errors';
import type { Lang } from '../messages/lang';
import type { Preset } from '../presets/types';
import { advanceValid } from './advance';
import type { LifecycleEvent } from './events';
import { HANDLERS, type HandlerContext } from './internal/handlers';
import { normalizeAccount } from './internal/normalize';
import { reason } from './internal/reasons';
import { ms } from './internal/timing';
import { validateAccount, validateEvent } from './internal/validate';
import { STATUS_WORDS } from './internal/words';
import { TRANSITION_TABLE } from './transitionTable';
import type { TransitionResult } from './transitionTypes';
import type { AccountStateInput } from './types';

/** Options of {@link transition}. */
export interface TransitionOptions {
  /** Language of the reasons and notices (default `'en'`). */
  readonly lang?: Lang;
}

/**
 * Applies a lifecycle event to an account: a pure state machine over `pending → normal ⇄ dormant
 * → closed`, with freezes, a loss report and restrictions held beside the status.
 *
 * 1. Time first passes to the event's `at` ({@link advance}): lapsed freezes, loss reports and
 *    restrictions go, an inactive account becomes dormant. Its effects come first in the result.
 * 2. {@link TRANSITION_TABLE} says whether the event is possible from the status at that instant
 *    (`transition_not_allowed`, or `already_closed` for a closed account).
 * 3. The event's own preconditions are checked — every failing one is listed (channels from the
 *    preset, identity verification, freeze durations and renewals, the lifting party, balances,
 *    closure preconditions, segregation of duties, …).
 *
 * A refused event returns only the reasons: the caller keeps the account it has, unchanged.
 * An event earlier than the account's opening is refused (`event_before_opening`).
 *
 * @param account - the account (validated; `invalid_input` lists every problem)
 * @param event - the event (validated likewise)
 * @param preset - the rule set
 * @param options - `lang` for messages
 * @returns `{ ok: true, account, effects }` or `{ ok: false, reasons }`
 * @throws `AccountPolicyError` `invalid_input` for a malformed account or event
 * @example
 * ```ts
 * const r = transition(
 *   { status: 'normal', balance: '0.00', openedAt: '2025-01-05T10:00:00+08:00',
 *     lastActiveAt: '2026-10-01T10:00:00+08:00', freezes: [], lossReport: null,
 *     pendingBusiness: [], linkedServices: ['payroll'] },
 *   { type: 'close', at: '2026-11-22T10:00:00+08:00', channel: 'counter' },
 *   getPreset(),
 * );
 * r.ok; // false — r.reasons[0].code === 'linked_services'
 * ```
 */
export function transition(
  account: AccountStateInput,
  event: LifecycleEvent,
  preset: Preset,
  options: TransitionOptions = {},
): TransitionResult {
  const result = transitionBody(account, event, preset, options);
  // Cite the reasons and effects only: the account itself is returned as the state machine made it.
  return result.ok
    ? { ok: true, account: result.account, effects: citeSources(preset, result.effects) }
    : { ok: false, reasons: citeSources(preset, result.reasons) };
}

function transitionBody(
  account: AccountStateInput,
  event: LifecycleEvent,
  preset: Preset,
  options: TransitionOptions = {},
): TransitionResult {
  const lang = options.lang ?? 'en';
  validateAccount(account);
  validateEvent(event);
  const atMs = ms(event.at, ['event', 'at']);
  if (atMs < ms(account.openedAt, ['account', 'openedAt']))
    return {
      ok: false,
      reasons: [
        reason(
          'event_before_opening',
          { at: event.at, openedAt: account.openedAt },
          { openedAt: account.openedAt, source: preset.lifecycle.statuses.source },
          lang,
        ),
      ],
    };
  const passed = advanceValid(normalizeAccount(account), atMs, preset, lang);
  const current = passed.account;
  const rule = TRANSITION_TABLE[current.status][event.type];
  if (!rule.allowed)
    return {
      ok: false,
      reasons: [
        reason(
          rule.refusal,
          { event: event.type, status: STATUS_WORDS[current.status][lang] },
          {
            event: event.type,
            status: current.status,
            source:
              rule.refusal === 'already_closed'
                ? preset.lifecycle.closure.source
                : preset.lifecycle.statuses.source,
          },
          lang,
        ),
      ],
    };
  const handler = HANDLERS[event.type] as (
    ctx: HandlerContext<LifecycleEvent>,
  ) => ReturnType<(typeof HANDLERS)['advance']>;
  const outcome = handler({ account: current, event, preset, lang, atMs });
  if ('reasons' in outcome) return { ok: false, reasons: outcome.reasons };
  if (!rule.to.includes(outcome.account.status))
    throw new Error(
      `Internal error: ${event.type} moved a ${current.status} account to ${outcome.account.status}, which the transition table does not allow`,
    );
  return { ok: true, account: outcome.account, effects: [...passed.effects, ...outcome.effects] };
}

/**
 * Non-throwing twin of {@link transition}.
 *
 * @param account - the account
 * @param event - the event
 * @param preset - the rule set
 * @param options - `lang` for messages
 * @returns `{ ok: true, value }` with the transition result, or `{ ok: false, error }` for malformed input
 * @example
 * ```ts
 * const r = safeTransition(account, { type: 'close', at: 'yesterday' } as never, getPreset());
 * r.ok; // false — r.error.code === 'invalid_input'
 * ```
 */
export function safeTransition(
  account: AccountStateInput,
  event: LifecycleEvent,
  preset: Preset,
  options: TransitionOptions = {},
): Result<TransitionResult> {
  return attempt(() => transition(account, event, preset, options));
}
