import { AccountPolicyError } from '../../errors';
import { formatMoney, parseMoney } from '../../money';
import type { FreezeRule } from '../../presets/types';
import type { FreezeEvent } from '../events';
import { notice } from '../internal/notice';
import { iso, ms, plus } from '../internal/timing';
import { list, untilText } from '../internal/words';
import type { Freeze } from '../types';
import { freezeDuration } from './guards/freezeDuration';
import { freezeIssuer } from './guards/freezeIssuer';
import { passUnless, refusal, type EventContext, type EventUnit, type GuardResult } from './unit';

/** The `freeze` event, read once. */
export interface FreezeContext extends EventContext<FreezeEvent> {
  readonly rule: FreezeRule;
  readonly fromText: string;
  readonly maxUntilMs: number | null;
  readonly placedUntil: string | undefined;
}

function prepare(ctx: EventContext<FreezeEvent>): FreezeContext {
  const { event, preset, atMs } = ctx;
  const req = event.freeze;
  const rule = preset.lifecycle.freezes[req.kind];
  const fromText = req.from ?? event.at;
  const fromMs = ms(fromText, ['event', 'freeze', 'from']);
  const maxUntilMs = rule.maxDuration === null ? null : plus(fromMs, rule.maxDuration, preset);
  const placedUntil = req.until ?? (maxUntilMs === null ? undefined : iso(maxUntilMs, preset));
  if (placedUntil !== undefined && ms(placedUntil, ['event', 'freeze', 'until']) <= atMs) {
    const message = 'must be later than the event (the freeze would never apply)';
    throw new AccountPolicyError(
      'invalid_input',
      `Invalid event at event.freeze.until: ${message}`,
      [{ path: ['event', 'freeze', 'until'], message }],
    );
  }
  return { ...ctx, rule, fromText, maxUntilMs, placedUntil };
}

/** Guard: no freeze on the account has the new freeze's id (`freeze_id_exists`). */
function freezeIdUnique({ account, event, preset, lang }: FreezeContext): GuardResult {
  const id = event.freeze.id;
  const source = preset.lifecycle.statuses.source;
  const found = account.freezes.some((f) => f.id === id)
    ? refusal('freeze_id_exists', { freezeId: id }, { freezeId: id, source }, lang)
    : null;
  return passUnless(found, 'lifecycle.freezes.uniqueId', source, 'trace_freeze_id_unique', {
    freezeId: id,
  });
}

/** Guard: the freeze's scope is one its kind allows (`freeze_scope_not_allowed`). */
function freezeScopeAllowed({ event, rule, lang }: FreezeContext): GuardResult {
  const { kind, scope } = event.freeze;
  const words = { freezeKind: rule.title[lang], scope, allowed: list(rule.scopes, lang) };
  const found = rule.scopes.includes(scope)
    ? null
    : refusal(
        'freeze_scope_not_allowed',
        words,
        { freezeKind: kind, scope, allowedScopes: rule.scopes, source: rule.source },
        lang,
      );
  return passUnless(
    found,
    `lifecycle.freezes.${kind}.scopes`,
    rule.source,
    'trace_freeze_scope_allowed',
    words,
  );
}

/** Guard: the requested end is within the kind's longest duration. */
function freezeWithinDuration(c: FreezeContext): GuardResult {
  const until = c.event.freeze.until;
  return freezeDuration({
    kind: c.event.freeze.kind,
    rule: c.rule,
    until,
    untilMs: until === undefined ? undefined : ms(until, ['event', 'freeze', 'until']),
    maxUntilMs: c.maxUntilMs,
    preset: c.preset,
    lang: c.lang,
  });
}

function placedFreeze({ account, event, preset, fromText, placedUntil }: FreezeContext): Freeze {
  const req = event.freeze;
  const currency = account.currency ?? preset.currency;
  const amountPath = { path: ['event', 'freeze', 'amount'] };
  return {
    id: req.id,
    kind: req.kind,
    scope: req.scope,
    ...(req.amount === undefined
      ? {}
      : { amount: formatMoney(parseMoney(req.amount, currency, amountPath)) }),
    from: fromText,
    ...(placedUntil === undefined ? {} : { until: placedUntil }),
    ...(req.authority === undefined ? {} : { authority: req.authority }),
    ...(req.issuer === undefined ? {} : { issuer: req.issuer }),
    ...(req.reference === undefined ? {} : { reference: req.reference }),
  };
}

/**
 * `freeze`: places a freeze. Guards: a new id, a scope the kind allows, no longer than the kind's
 * longest duration, and for an authority's kind an issuer the kind names.
 *
 * @example
 * ```ts
 * runUnit(FREEZE, ctx).results.map((r) => r.rule); // ['lifecycle.freezes.uniqueId', …]
 * ```
 */
export const FREEZE: EventUnit<FreezeEvent, FreezeContext> = {
  prepare,
  guards: [freezeIdUnique, freezeScopeAllowed, freezeWithinDuration, freezeIssuer],
  effect: (c) => {
    const title = c.rule.title[c.lang];
    const placed = placedFreeze(c);
    const params = {
      freezeKind: title,
      from: c.fromText,
      untilText: untilText(c.placedUntil, c.lang),
    };
    return {
      account: { ...c.account, freezes: [...c.account.freezes, placed] },
      effects: c.rule.notifyCustomer ? [notice('freeze_placed', params, c.lang)] : [],
    };
  },
};
