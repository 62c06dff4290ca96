import { citeSources } from '../presets/citeSources';
import { attempt, type Result } from '../errors';
import type { Lang } from '../messages/lang';
import type { Preset } from '../presets/types';
import { formatDuration } from '../time';
import type { LifecycleEffect } from './effects';
import { normalizeAccount } from './internal/normalize';
import { notice } from './internal/notice';
import {
  dormantFrom,
  iso,
  lapsed,
  lossReportEnd,
  newAccountSuspensionFrom,
} from './internal/timing';
import { dateArgumentMs, validateAccount } from './internal/validate';
import type {
  AccountState,
  AccountStateInput,
  Freeze,
  InstantArgument,
  LossReport,
  Restriction,
} from './types';

/** Options of {@link advanceWithEffects}. */
export interface AdvanceOptions {
  /** Language of the notices among the effects (default `'en'`). */
  readonly lang?: Lang;
}

/** The account after time has passed, and what happened on the way. */
export interface AdvanceResult {
  readonly account: AccountState;
  readonly effects: readonly LifecycleEffect[];
}

/**
 * Lets time pass to `now`, as {@link advance}, and also says what happened (lapsed freezes, loss
 * reports and restrictions; dormancy; the new-account suspension; notices to the customer).
 *
 * @param account - the account (validated; throws `invalid_input` naming every problem)
 * @param now - the instant time passes to: an ISO 8601 string with its offset, or a `Date`
 * @param preset - the rule set (validity, inactivity and new-account periods, the zone)
 * @param options - `lang` for the notices
 * @returns the new account (the same object when nothing changed) and the effects
 * @throws `AccountPolicyError` `invalid_input` for a malformed account or `now`
 * @example
 * ```ts
 * const { account, effects } = advanceWithEffects(
 *   { status: 'normal', balance: '10.00', openedAt: '2024-01-05T10:00:00+08:00',
 *     lastActiveAt: '2025-03-01T10:00:00+08:00' },
 *   '2026-11-22T10:00:00+08:00',
 *   getPreset(),
 * );
 * account.status; // 'dormant'
 * account.dormantSince; // '2026-03-01T10:00:00+08:00'
 * ```
 */
export function advanceWithEffects(
  account: AccountStateInput,
  now: InstantArgument,
  preset: Preset,
  options: AdvanceOptions = {},
): AdvanceResult {
  const result = advanceWithEffectsBody(account, now, preset, options);
  // Cite the effects only: the account keeps its identity when nothing is due.
  return result.effects.length === 0
    ? result
    : { account: result.account, effects: citeSources(preset, result.effects) };
}

function advanceWithEffectsBody(
  account: AccountStateInput,
  now: InstantArgument,
  preset: Preset,
  options: AdvanceOptions = {},
): AdvanceResult {
  const nowMs = dateArgumentMs(now, 'now');
  validateAccount(account);
  return advanceValid(normalizeAccount(account), nowMs, preset, options.lang ?? 'en');
}

/** The freezes still standing at `nowMs` (the same array when none lapsed); lapses as effects. */
function lapseFreezes(
  freezes: readonly Freeze[],
  nowMs: number,
  effects: LifecycleEffect[],
): readonly Freeze[] {
  if (!freezes.some((f, i) => lapsed(f, nowMs, ['account', 'freezes', i]))) return freezes;
  return freezes.filter((f, i) => {
    if (!lapsed(f, nowMs, ['account', 'freezes', i])) return true;
    effects.push({ type: 'freeze_lapsed', freezeId: f.id, freezeKind: f.kind, at: f.until! });
    return false;
  });
}

/** The loss report still in force at `nowMs`, or `null`; its lapse as an effect. */
function lapseLossReport(
  lossReport: LossReport | null,
  nowMs: number,
  preset: Preset,
  effects: LifecycleEffect[],
): LossReport | null {
  if (lossReport === null) return null;
  const end = lossReportEnd(lossReport, preset);
  if (end > nowMs) return lossReport;
  const source = preset.lifecycle.lossReport.source;
  effects.push({ type: 'loss_report_lapsed', at: iso(end, preset), source });
  return null;
}

/** The restrictions still standing at `nowMs` (the same array when none lapsed). */
function lapseRestrictions(
  restrictions: readonly Restriction[] | undefined,
  nowMs: number,
  effects: LifecycleEffect[],
): readonly Restriction[] | undefined {
  const path = (i: number) => ['account', 'restrictions', i];
  if (restrictions === undefined || !restrictions.some((r, i) => lapsed(r, nowMs, path(i))))
    return restrictions;
  return restrictions.filter((r, i) => {
    if (!lapsed(r, nowMs, path(i))) return true;
    const { id: restrictionId, kind: restrictionKind } = r;
    effects.push({ type: 'restriction_lapsed', restrictionId, restrictionKind, at: r.until! });
    return false;
  });
}

/** {@link advanceWithEffects} on an account already validated and normalised. @internal */
export function advanceValid(
  account: AccountState,
  nowMs: number,
  preset: Preset,
  lang: Lang,
): AdvanceResult {
  if (account.status === 'closed') return { account, effects: [] };
  const effects: LifecycleEffect[] = [];
  const freezes = lapseFreezes(account.freezes, nowMs, effects);
  const lossReport = lapseLossReport(account.lossReport, nowMs, preset, effects);
  const restrictions = lapseRestrictions(account.restrictions, nowMs, effects);
  const suspend =
    account.identityReverificationRequired !== true &&
    newAccountSuspensionFrom(account, nowMs, preset) !== null;
  if (suspend) effects.push(notice('non_counter_suspended', {}, lang));
  const dormantAt = dormantFrom(account, nowMs, preset);
  if (dormantAt !== null) {
    const period = formatDuration(preset.lifecycle.dormancy.inactivityPeriod, lang);
    effects.push(notice('account_dormant', { period }, lang));
  }
  const changed =
    freezes !== account.freezes ||
    lossReport !== account.lossReport ||
    restrictions !== account.restrictions ||
    suspend ||
    dormantAt !== null;
  if (!changed) return { account, effects };
  const next: AccountState = {
    ...account,
    freezes,
    lossReport,
    ...(restrictions === undefined ? {} : { restrictions }),
    ...(suspend ? { identityReverificationRequired: true } : {}),
    ...(dormantAt === null
      ? {}
      : { status: 'dormant' as const, dormantSince: iso(dormantAt, preset) }),
  };
  return { account: next, effects };
}

/**
 * Lets time pass to `now`: freezes, loss reports and restrictions whose time is up lapse; a normal
 * account without an active (customer-initiated) transaction for the preset's inactivity period
 * becomes dormant, from the end of that period; an account without any active transaction within
 * the preset's period after opening has non-counter business suspended until identity is
 * re-verified. A closed account is left as it is.
 *
 * Idempotent (`advance(advance(a, t), t)` equals `advance(a, t)`) and monotonic
 * (`advance(advance(a, t1), t2)` equals `advance(a, t2)` for `t1 ≤ t2`): every date it writes is
 * computed from the account's own dates, never from `now`. Time never runs back: advancing to an
 * earlier instant changes nothing that a later one did.
 *
 * @param account - the account
 * @param now - the instant time passes to: an ISO 8601 string with its offset, or a `Date`
 * @param preset - the rule set
 * @returns the new account (the same object when nothing changed)
 * @throws `AccountPolicyError` `invalid_input` for a malformed account or `now`
 * @example
 * ```ts
 * const a = advance(account, '2026-11-22T10:00:00+08:00', getPreset());
 * advance(a, '2026-11-22T10:00:00+08:00', getPreset()) === a; // true: nothing left to do
 * ```
 */
export function advance(
  account: AccountStateInput,
  now: InstantArgument,
  preset: Preset,
): AccountState {
  return advanceWithEffects(account, now, preset).account;
}

/**
 * Non-throwing twin of {@link advance}.
 *
 * @param account - the account
 * @param now - the instant time passes to: an ISO 8601 string with its offset, or a `Date`
 * @param preset - the rule set
 * @returns `{ ok: true, value }` with the new account, or `{ ok: false, error }`
 * @example
 * ```ts
 * const r = safeAdvance({ status: 'normal' } as never, '2026-11-22T10:00:00+08:00', getPreset());
 * r.ok; // false: the account is malformed
 * ```
 */
export function safeAdvance(
  account: AccountStateInput,
  now: InstantArgument,
  preset: Preset,
): Result<AccountState> {
  return attempt(() => advance(account, now, preset));
}

/**
 * Non-throwing twin of {@link advanceWithEffects}.
 *
 * @param account - the account
 * @param now - the instant time passes to: an ISO 8601 string with its offset, or a `Date`
 * @param preset - the rule set
 * @param options - `lang` for the notices
 * @returns `{ ok: true, value }` with the account and effects, or `{ ok: false, error }`
 * @example
 * ```ts
 * safeAdvanceWithEffects({ status: 'normal' } as never, '2026-11-22T10:00:00+08:00', getPreset()).ok; // false
 * ```
 */
export function safeAdvanceWithEffects(
  account: AccountStateInput,
  now: InstantArgument,
  preset: Preset,
  options: AdvanceOptions = {},
): Result<AdvanceResult> {
  return attempt(() => advanceWithEffects(account, now, preset, options));
}
