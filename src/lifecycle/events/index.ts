import type { LifecycleEvent, LifecycleEventType } from '../events';
import { ACTIVATE } from './activate';
import { ADVANCE } from './advance';
import { CHANGE_INFORMATION } from './changeInformation';
import { CLOSE } from './close';
import { FREEZE } from './freeze';
import { LIFT_RESTRICTION } from './liftRestriction';
import { MARK_DORMANT } from './markDormant';
import { REACTIVATE } from './reactivate';
import { RECORD_ACTIVITY } from './recordActivity';
import { RENEW_FREEZE } from './renewFreeze';
import { REPLACE_CARD } from './replaceCard';
import { REPORT_LOSS } from './reportLoss';
import { RESTRICT_PERSON } from './restrictPerson';
import { UNFREEZE } from './unfreeze';
import { UNREPORT_LOSS } from './unreportLoss';
import { VERIFY_IDENTITY } from './verifyIdentity';
import type { EventContext, EventUnit } from './unit';

/**
 * Every event's unit (its guards and its effect), by event type.
 *
 * @example
 * ```ts
 * EVENT_UNITS.close.guards.length; // 6
 * ```
 */
export const EVENT_UNITS: {
  readonly [E in LifecycleEventType]: EventUnit<
    Extract<LifecycleEvent, { type: E }>,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each unit has its own context
    any
  >;
} = {
  activate: ACTIVATE,
  freeze: FREEZE,
  renew_freeze: RENEW_FREEZE,
  unfreeze: UNFREEZE,
  report_loss: REPORT_LOSS,
  unreport_loss: UNREPORT_LOSS,
  replace_card: REPLACE_CARD,
  mark_dormant: MARK_DORMANT,
  reactivate: REACTIVATE,
  verify_identity: VERIFY_IDENTITY,
  record_activity: RECORD_ACTIVITY,
  close: CLOSE,
  change_information: CHANGE_INFORMATION,
  restrict_person: RESTRICT_PERSON,
  lift_restriction: LIFT_RESTRICTION,
  advance: ADVANCE,
};

/**
 * The unit of an event.
 *
 * @example
 * ```ts
 * unitOf({ type: 'close', at: '2026-11-22T10:00:00+08:00' }) === EVENT_UNITS.close; // true
 * ```
 */
export function unitOf(event: LifecycleEvent): EventUnit<LifecycleEvent, EventContext> {
  return EVENT_UNITS[event.type] as EventUnit<LifecycleEvent, EventContext>;
}
