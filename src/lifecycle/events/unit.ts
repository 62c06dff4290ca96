import type { Lang } from '../../messages/lang';
import type { MessageParams } from '../../messages/renderMessage';
import type { RuleOutcome, TraceValue } from '../../messages/trace';
import { sourceRef } from '../../presets/citeSources';
import type { Preset } from '../../presets/types';
import type { LifecycleEffect } from '../effects';
import type { LifecycleEvent } from '../events';
import { reason } from '../internal/reasons';
import type { TransitionReason, TransitionReasonCode } from '../transitionTypes';
import type { AccountState } from '../types';

/**
 * What an event's guards and effect read: the account as of the event's instant (time has
 * passed to it), the event, the rules, the language of messages, and the event's instant.
 */
export interface EventContext<E extends LifecycleEvent = LifecycleEvent> {
  readonly account: AccountState;
  readonly event: E;
  readonly preset: Preset;
  readonly lang: Lang;
  readonly atMs: number;
}

/** The values a guard compared, as the trace carries them (plain JSON scalars). */
export type TraceValues = Readonly<Record<string, TraceValue>>;

/** A refusal reason, with the message parameters it was rendered from (its trace values). */
export interface Refusal {
  readonly reason: TransitionReason;
  readonly values: TraceValues;
}

/**
 * How one guard came out: passed or not applicable with a `trace_…` code and the values it
 * compared, or failed with every reason it gives. `source` is a key of `preset.sources`.
 */
export type GuardResult =
  | {
      readonly rule: string;
      readonly source: string;
      readonly outcome: 'passed' | 'not_applicable';
      readonly code: string;
      readonly values: TraceValues;
    }
  | {
      readonly rule: string;
      readonly source: string;
      readonly outcome: 'failed';
      readonly refusals: readonly Refusal[];
    };

/** A named guard: reads the prepared context, returns its outcome (or several, in order). */
export type Guard<C> = (c: C) => GuardResult | readonly GuardResult[];

/** What an event does once every guard passed: the new account and its effects. */
export interface EventEffect {
  readonly account: AccountState;
  readonly effects: readonly LifecycleEffect[];
}

/**
 * One lifecycle event as a unit: `prepare` reads the event once (and throws `invalid_input` for
 * what no rule could accept), `guards` are its preconditions in order, `effect` applies it.
 */
export interface EventUnit<E extends LifecycleEvent, C extends EventContext<E> = EventContext<E>> {
  readonly prepare: (ctx: EventContext<E>) => C;
  readonly guards: readonly Guard<C>[];
  readonly effect: (c: C) => EventEffect;
}

/** The outcome of running a unit: every guard result, then the reasons or the effect. */
export type UnitOutcome = { readonly results: readonly GuardResult[] } & (
  { readonly reasons: readonly TransitionReason[] } | EventEffect
);

/** Message parameters as trace values (absent ones dropped). */
export function traceValues(params: MessageParams): TraceValues {
  const out: Record<string, TraceValue> = {};
  for (const [k, v] of Object.entries(params)) if (v !== undefined) out[k] = v;
  return out;
}

/** A refusal: the reason with its message in `lang`, and its parameters as trace values. */
export function refusal(
  code: TransitionReasonCode,
  params: MessageParams,
  fields: Omit<TransitionReason, 'code' | 'message'>,
  lang: Lang,
): Refusal {
  return { reason: reason(code, params, fields, lang), values: traceValues(params) };
}

/** A passed guard. */
export function passed(rule: string, source: string, code: string, values: TraceValues = {}) {
  return { rule, source, outcome: 'passed', code, values } as const satisfies GuardResult;
}

/** A guard whose rule does not apply here. */
export function notApplicable(
  rule: string,
  source: string,
  code: string,
  values: TraceValues = {},
) {
  return { rule, source, outcome: 'not_applicable', code, values } as const satisfies GuardResult;
}

/** A failed guard with its reasons. */
export function failed(rule: string, source: string, refusals: readonly Refusal[]): GuardResult {
  return { rule, source, outcome: 'failed', refusals };
}

/** Failed with `found` when there is one, otherwise passed with `code` and `values`. */
export function passUnless(
  found: Refusal | null,
  rule: string,
  source: string,
  code: string,
  values: TraceValues = {},
): GuardResult {
  return found === null ? passed(rule, source, code, values) : failed(rule, source, [found]);
}

/**
 * Runs a unit: prepares, evaluates every guard in order, and folds them: refused with every
 * reason when any guard failed, otherwise the effect.
 */
export function runUnit<E extends LifecycleEvent, C extends EventContext<E>>(
  unit: EventUnit<E, C>,
  ctx: EventContext<E>,
): UnitOutcome {
  const c = unit.prepare(ctx);
  const results = unit.guards.flatMap((guard): readonly GuardResult[] => {
    const r = guard(c);
    return Array.isArray(r) ? r : [r as GuardResult];
  });
  const reasons = results.flatMap((r) =>
    r.outcome === 'failed' ? r.refusals.map((x) => x.reason) : [],
  );
  return reasons.length > 0 ? { results, reasons } : { results, ...unit.effect(c) };
}

/** The trace entries of guard results: one per reason of a failed guard, one per other guard. */
export function traceOf(results: readonly GuardResult[], preset: Preset): RuleOutcome[] {
  return results.flatMap((r): RuleOutcome[] => {
    const source = sourceRef(preset, r.source);
    if (r.outcome !== 'failed')
      return [{ rule: r.rule, source, outcome: r.outcome, code: r.code, values: r.values }];
    return r.refusals.map((x) => ({
      rule: r.rule,
      source,
      outcome: 'failed',
      code: x.reason.code,
      values: x.values,
    }));
  });
}
