import { AccountPolicyError } from '../../errors';
import type { FreezeRule } from '../../presets/types';
import type { RenewFreezeEvent } from '../events';
import { notice } from '../internal/notice';
import { ms, plus } from '../internal/timing';
import type { Freeze } from '../types';
import { authorityNotice } from './guards/authorityNotice';
import { freezeDuration } from './guards/freezeDuration';
import { freezeFound } from './guards/freezeFound';
import { liftingParty } from './guards/liftingParty';
import { renewalLimit } from './guards/renewalLimit';
import type { EventContext, EventUnit, GuardResult } from './unit';

/** The `renew_freeze` event, read once: the freeze it names (if any) and its rule. */
export interface RenewFreezeContext extends EventContext<RenewFreezeEvent> {
  readonly freeze: Freeze | undefined;
  readonly rule: FreezeRule | undefined;
  readonly untilMs: number;
  readonly maxUntilMs: number | null;
}

function prepare(ctx: EventContext<RenewFreezeEvent>): RenewFreezeContext {
  const { account, event, preset } = ctx;
  const f = account.freezes.find((x) => x.id === event.id);
  if (f === undefined) return { ...ctx, freeze: f, rule: undefined, untilMs: 0, maxUntilMs: null };
  const rule = preset.lifecycle.freezes[f.kind];
  const untilMs = ms(event.until, ['event', 'until']);
  const currentMs = f.until === undefined ? null : ms(f.until, ['account', 'freezes']);
  if (currentMs !== null && untilMs <= currentMs) {
    const message = `must be later than the freeze's current expiry ${f.until}`;
    throw new AccountPolicyError('invalid_input', `Invalid event at event.until: ${message}`, [
      { path: ['event', 'until'], message },
    ]);
  }
  const maxUntilMs =
    rule.maxDuration === null || currentMs === null
      ? null
      : plus(currentMs, rule.maxDuration, preset);
  return { ...ctx, freeze: f, rule, untilMs, maxUntilMs };
}

/** The guards that read the named freeze: only once it is found. */
function onFreeze(c: RenewFreezeContext): readonly GuardResult[] {
  const { freeze: f, rule, event, lang } = c;
  if (f === undefined || rule === undefined) return [];
  return [
    liftingParty(f, rule, event.renewedBy, lang),
    authorityNotice(f, rule, event.notice, lang),
    renewalLimit(f, rule, lang),
    freezeDuration({
      kind: f.kind,
      rule,
      freezeId: f.id,
      until: event.until,
      untilMs: c.untilMs,
      maxUntilMs: c.maxUntilMs,
      preset: c.preset,
      lang,
    }),
  ];
}

/**
 * `renew_freeze`: extends a freeze. Guards: the freeze exists; then the renewing party, the
 * authority's notice where its kind needs one, the renewals left, and the longest duration
 * counted from the current expiry.
 *
 * @example
 * ```ts
 * runUnit(RENEW_FREEZE, ctx).results[0]!.rule; // 'lifecycle.freezes.exists'
 * ```
 */
export const RENEW_FREEZE: EventUnit<RenewFreezeEvent, RenewFreezeContext> = {
  prepare,
  guards: [(c) => freezeFound(c.freeze, c.event.id, c.preset, c.lang), onFreeze],
  effect: ({ account, event, freeze, rule, lang }) => {
    const f = freeze!;
    const renewed: Freeze = { ...f, until: event.until, renewals: (f.renewals ?? 0) + 1 };
    const params = { freezeKind: rule!.title[lang], until: event.until };
    return {
      account: { ...account, freezes: account.freezes.map((x) => (x === f ? renewed : x)) },
      effects: rule!.notifyCustomer ? [notice('freeze_renewed', params, lang)] : [],
    };
  },
};
