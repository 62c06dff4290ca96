import type { FreezeRule } from '../../presets/types';
import type { UnfreezeEvent } from '../events';
import { notice } from '../internal/notice';
import type { Freeze } from '../types';
import { authorityNotice } from './guards/authorityNotice';
import { channelAllowed } from './guards/channelAllowed';
import { freezeFound } from './guards/freezeFound';
import { liftingParty } from './guards/liftingParty';
import { notApplicable, type EventContext, type EventUnit, type GuardResult } from './unit';

/** The `unfreeze` event, read once: the freeze it names (if any) and its rule. */
export interface UnfreezeContext extends EventContext<UnfreezeEvent> {
  readonly freeze: Freeze | undefined;
  readonly rule: FreezeRule | undefined;
}

/** Guard: a freeze lifted in person is lifted at a channel its kind allows. */
function liftChannel(f: Freeze, rule: FreezeRule, c: UnfreezeContext): GuardResult {
  const path = `lifecycle.freezes.${f.kind}.liftChannels`;
  if (rule.liftChannels === null) return notApplicable(path, rule.source, 'trace_channel_any', {});
  return channelAllowed({
    rule: path,
    source: rule.source,
    channel: c.event.channel,
    allowed: rule.liftChannels,
    lang: c.lang,
    fields: { freezeId: f.id, freezeKind: f.kind },
  });
}

/** The guards that read the named freeze: only once it is found. */
function onFreeze(c: UnfreezeContext): readonly GuardResult[] {
  const { freeze: f, rule, event, lang } = c;
  if (f === undefined || rule === undefined) return [];
  return [
    liftingParty(f, rule, event.liftedBy, lang),
    authorityNotice(f, rule, event.notice, lang),
    liftChannel(f, rule, c),
  ];
}

/**
 * `unfreeze`: lifts a freeze before it lapses. Guards: the freeze exists; then the lifting party,
 * the authority's notice where its kind needs one (so the bank cannot lift the police's
 * emergency stop-payment by itself), and the lifting channel.
 *
 * @example
 * ```ts
 * runUnit(UNFREEZE, ctx).results.map((r) => r.outcome);
 * ```
 */
export const UNFREEZE: EventUnit<UnfreezeEvent, UnfreezeContext> = {
  prepare: (ctx) => {
    const f = ctx.account.freezes.find((x) => x.id === ctx.event.id);
    return { ...ctx, freeze: f, rule: f && ctx.preset.lifecycle.freezes[f.kind] };
  },
  guards: [(c) => freezeFound(c.freeze, c.event.id, c.preset, c.lang), onFreeze],
  effect: ({ account, freeze, rule, lang }) => ({
    account: { ...account, freezes: account.freezes.filter((x) => x !== freeze) },
    effects: rule!.notifyCustomer
      ? [notice('freeze_lifted', { freezeKind: rule!.title[lang] }, lang)]
      : [],
  }),
};
