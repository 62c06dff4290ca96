import type { AdvanceEvent } from '../events';
import type { EventUnit } from './unit';

/**
 * `advance`: time passes to the event (done before any unit runs); nothing else happens.
 *
 * @example
 * ```ts
 * runUnit(ADVANCE, ctx); // { results: [], account, effects: [] }
 * ```
 */
export const ADVANCE: EventUnit<AdvanceEvent> = {
  prepare: (ctx) => ctx,
  guards: [],
  effect: ({ account }) => ({ account, effects: [] }),
};
