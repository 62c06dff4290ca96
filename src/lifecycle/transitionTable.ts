import type { LifecycleEventType } from './events';
import type { AccountStatus } from './types';
import { deepFreeze } from '../presets/internal/deepFreeze';

/**
 * What an event may do from a status: move to one of `to` (when its own preconditions hold), or
 * be refused outright with `refusal`.
 */
export type TransitionRule =
  | { readonly allowed: true; readonly to: readonly AccountStatus[] }
  | { readonly allowed: false; readonly refusal: 'transition_not_allowed' | 'already_closed' };

/** The transition table: for each status (at the event's instant) and event, its {@link TransitionRule}. */
export type TransitionTable = {
  readonly [S in AccountStatus]: { readonly [E in LifecycleEventType]: TransitionRule };
};

const stay = (s: AccountStatus): TransitionRule => ({ allowed: true, to: [s] });
const to = (...targets: AccountStatus[]): TransitionRule => ({ allowed: true, to: targets });
const no: TransitionRule = { allowed: false, refusal: 'transition_not_allowed' };
const closedNo: TransitionRule = { allowed: false, refusal: 'already_closed' };

/**
 * The account lifecycle as data: `transition` consults this table (it is not a copy), the docs
 * render it as a Mermaid diagram, and a test checks every (status × event) pair against it.
 *
 * The status looked up is the status at the event's instant, after time has passed to it (so a
 * `normal` account that has been inactive for the dormancy period is `dormant` by then).
 * Events that keep the status (freezes, loss reports, restrictions, information changes) are held
 * beside it. A closed account refuses everything (`already_closed`) except `advance`, which
 * leaves it as it is: closed is final.
 *
 * @example
 * ```ts
 * TRANSITION_TABLE.dormant.reactivate; // { allowed: true, to: ['normal'] }
 * TRANSITION_TABLE.closed.activate; // { allowed: false, refusal: 'already_closed' }
 * ```
 */
export const TRANSITION_TABLE: TransitionTable = /* @__PURE__ */ deepFreeze({
  pending: {
    activate: to('normal'),
    freeze: stay('pending'),
    renew_freeze: stay('pending'),
    unfreeze: stay('pending'),
    report_loss: stay('pending'),
    unreport_loss: stay('pending'),
    replace_card: stay('pending'),
    mark_dormant: no,
    reactivate: no,
    verify_identity: stay('pending'),
    record_activity: no,
    close: to('closed'),
    change_information: stay('pending'),
    restrict_person: stay('pending'),
    lift_restriction: stay('pending'),
    advance: stay('pending'),
  },
  normal: {
    activate: no,
    freeze: stay('normal'),
    renew_freeze: stay('normal'),
    unfreeze: stay('normal'),
    report_loss: stay('normal'),
    unreport_loss: stay('normal'),
    replace_card: stay('normal'),
    mark_dormant: to('dormant'),
    reactivate: no,
    verify_identity: stay('normal'),
    record_activity: stay('normal'),
    close: to('closed'),
    change_information: stay('normal'),
    restrict_person: stay('normal'),
    lift_restriction: stay('normal'),
    advance: to('normal', 'dormant'),
  },
  dormant: {
    activate: no,
    freeze: stay('dormant'),
    renew_freeze: stay('dormant'),
    unfreeze: stay('dormant'),
    report_loss: stay('dormant'),
    unreport_loss: stay('dormant'),
    replace_card: stay('dormant'),
    mark_dormant: stay('dormant'),
    reactivate: to('normal'),
    verify_identity: no,
    record_activity: stay('dormant'),
    close: to('closed'),
    change_information: stay('dormant'),
    restrict_person: stay('dormant'),
    lift_restriction: stay('dormant'),
    advance: stay('dormant'),
  },
  closed: {
    activate: closedNo,
    freeze: closedNo,
    renew_freeze: closedNo,
    unfreeze: closedNo,
    report_loss: closedNo,
    unreport_loss: closedNo,
    replace_card: closedNo,
    mark_dormant: closedNo,
    reactivate: closedNo,
    verify_identity: closedNo,
    record_activity: closedNo,
    close: closedNo,
    change_information: closedNo,
    restrict_person: closedNo,
    lift_restriction: closedNo,
    advance: stay('closed'),
  },
});
