import { citeSources } from '../presets/citeSources';
import { attempt, type Result } from '../errors';
import type { Lang } from '../messages/lang';
import type { Traced } from '../messages/trace';
import type { Preset } from '../presets/types';
import { advanceValid } from './advance';
import type { LifecycleEvent } from './events';
import { unitOf } from './events/index';
import { eventAfterOpening, transitionAllowed } from './events/guards/transitionAllowed';
import { runUnit, traceOf, type GuardResult } from './events/unit';
import { normalizeAccount } from './internal/normalize';
import { readTransitionOptions } from './internal/options';
import { ms } from './internal/timing';
import { validateAccount, validateEvent } from './internal/validate';
import { TRANSITION_TABLE } from './transitionTable';
import type { TransitionResult } from './transitionTypes';
import type { AccountStateInput } from './types';

/** Options of {@link transition}. */
export interface TransitionOptions {
  /** Language of the reasons and notices (default `'en'`). */
  readonly lang?: Lang;
  /**
   * Add `trace`: every guard evaluated, in order (passed / failed / not applicable), with the
   * values it compared (in `lang`'s words) and its source (default `false`).
   */
  readonly trace?: boolean;
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
 * @param options - `lang` for messages; `trace: true` adds `trace` (every guard evaluated, in order)
 * @returns `{ ok: true, account, effects }` or `{ ok: false, reasons }` (plus `trace` when asked)
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
 * // With { trace: true }, r.trace lists every guard: explainDecision(r) renders it as sentences.
 * ```
 */
export function transition(
  account: AccountStateInput,
  event: LifecycleEvent,
  preset: Preset,
  options?: TransitionOptions & { readonly trace?: false },
): TransitionResult;
export function transition(
  account: AccountStateInput,
  event: LifecycleEvent,
  preset: Preset,
  options: TransitionOptions & { readonly trace: true },
): Traced<TransitionResult>;
export function transition(
  account: AccountStateInput,
  event: LifecycleEvent,
  preset: Preset,
  options?: TransitionOptions,
): TransitionResult | Traced<TransitionResult>;
export function transition(
  account: AccountStateInput,
  event: LifecycleEvent,
  preset: Preset,
  options: TransitionOptions = {},
): TransitionResult | Traced<TransitionResult> {
  const { lang, trace } = readTransitionOptions(options);
  const { result, results } = transitionBody(account, event, preset, lang);
  // Cite the reasons and effects only: the account itself is returned as the state machine made it.
  const cited: TransitionResult = result.ok
    ? { ok: true, account: result.account, effects: citeSources(preset, result.effects) }
    : { ok: false, reasons: citeSources(preset, result.reasons) };
  return trace ? { ...cited, trace: traceOf(results, preset) } : cited;
}

interface Body {
  readonly result: TransitionResult;
  readonly results: readonly GuardResult[];
}

function transitionBody(
  account: AccountStateInput,
  event: LifecycleEvent,
  preset: Preset,
  lang: Lang,
): Body {
  validateAccount(account);
  validateEvent(event);
  const atMs = ms(event.at, ['event', 'at']);
  const openedMs = ms(account.openedAt, ['account', 'openedAt']);
  const opening = eventAfterOpening(event.at, account.openedAt, atMs, openedMs, preset, lang);
  if (opening.outcome === 'failed') return refusedBy([opening]);
  const passed = advanceValid(normalizeAccount(account), atMs, preset, lang);
  const current = passed.account;
  const table = transitionAllowed(event, current.status, preset, lang);
  if (table.outcome === 'failed') return refusedBy([opening, table]);
  const outcome = runUnit(unitOf(event), { account: current, event, preset, lang, atMs });
  const results = [opening, table, ...outcome.results];
  if ('reasons' in outcome) return { result: { ok: false, reasons: outcome.reasons }, results };
  const rule = TRANSITION_TABLE[current.status][event.type];
  if (!rule.allowed || !rule.to.includes(outcome.account.status))
    throw new Error(
      `Internal error: ${event.type} moved a ${current.status} account to ${outcome.account.status}, which the transition table does not allow`,
    );
  const effects = [...passed.effects, ...outcome.effects];
  return { result: { ok: true, account: outcome.account, effects }, results };
}

/** The refusal made by guards evaluated before the event's own. */
function refusedBy(results: readonly GuardResult[]): Body {
  const reasons = results.flatMap((r) =>
    r.outcome === 'failed' ? r.refusals.map((x) => x.reason) : [],
  );
  return { result: { ok: false, reasons }, results };
}

/**
 * Non-throwing twin of {@link transition}.
 *
 * @param account - the account
 * @param event - the event
 * @param preset - the rule set
 * @param options - `lang` for messages; `trace: true` adds `trace`
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
  options?: TransitionOptions & { readonly trace?: false },
): Result<TransitionResult>;
export function safeTransition(
  account: AccountStateInput,
  event: LifecycleEvent,
  preset: Preset,
  options: TransitionOptions & { readonly trace: true },
): Result<Traced<TransitionResult>>;
export function safeTransition(
  account: AccountStateInput,
  event: LifecycleEvent,
  preset: Preset,
  options?: TransitionOptions,
): Result<TransitionResult | Traced<TransitionResult>>;
export function safeTransition(
  account: AccountStateInput,
  event: LifecycleEvent,
  preset: Preset,
  options: TransitionOptions = {},
): Result<TransitionResult | Traced<TransitionResult>> {
  return attempt(() => transition(account, event, preset, options));
}
