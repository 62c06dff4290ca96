import type { LiftRestrictionEvent } from '../events';
import { notice } from '../internal/notice';
import { RESTRICTION_WORDS } from '../internal/words';
import type { Restriction } from '../types';
import { passUnless, refusal, type EventContext, type EventUnit, type GuardResult } from './unit';

/** The `lift_restriction` event, read once: the restriction it names (if any). */
export interface LiftRestrictionContext extends EventContext<LiftRestrictionEvent> {
  readonly restriction: Restriction | undefined;
}

/** Guard: the account has the restriction the event names (`restriction_not_found`). */
function restrictionFound({
  event,
  restriction,
  preset,
  lang,
}: LiftRestrictionContext): GuardResult {
  const id = event.id;
  const source = preset.lifecycle.restrictions.source;
  const found =
    restriction === undefined
      ? refusal('restriction_not_found', { restrictionId: id }, { restrictionId: id, source }, lang)
      : null;
  return passUnless(found, 'lifecycle.restrictions.exists', source, 'trace_restriction_found', {
    restrictionId: id,
  });
}

/**
 * `lift_restriction`: lifts a restriction on the holder. Guard: the restriction exists.
 *
 * @example
 * ```ts
 * runUnit(LIFT_RESTRICTION, ctx).results[0]!.rule; // 'lifecycle.restrictions.exists'
 * ```
 */
export const LIFT_RESTRICTION: EventUnit<LiftRestrictionEvent, LiftRestrictionContext> = {
  prepare: (ctx) => ({
    ...ctx,
    restriction: (ctx.account.restrictions ?? []).find((x) => x.id === ctx.event.id),
  }),
  guards: [restrictionFound],
  effect: ({ account, restriction, lang }) => ({
    account: {
      ...account,
      restrictions: (account.restrictions ?? []).filter((x) => x !== restriction),
    },
    effects: [
      notice(
        'restriction_lifted',
        { restrictionKind: RESTRICTION_WORDS[restriction!.kind][lang] },
        lang,
      ),
    ],
  }),
};
