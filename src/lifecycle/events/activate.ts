import type { ActivateEvent } from '../events';
import { notice } from '../internal/notice';
import type { EventUnit } from './unit';

/**
 * `activate`: pending → normal. No guard beyond the transition table.
 *
 * @example
 * ```ts
 * runUnit(ACTIVATE, ctx); // { results: [], account: { ...account, status: 'normal' }, … }
 * ```
 */
export const ACTIVATE: EventUnit<ActivateEvent> = {
  prepare: (ctx) => ctx,
  guards: [],
  effect: ({ account, event, lang }) => ({
    account: { ...account, status: 'normal', activatedAt: event.at },
    effects: [notice('account_activated', {}, lang)],
  }),
};
