import type {
  Channel,
  FreezeIssuer,
  FreezeKind,
  FreezeScope,
  LiftingParty,
  TransactionKind,
} from '../presets/types';
import type { RestrictionKind } from './types';
import { deepFreeze } from '../presets/internal/deepFreeze';

/** What every lifecycle event carries. */
export interface EventBase {
  /** ISO 8601 instant of the event; time first passes to it (see `advance`). */
  readonly at: string;
  /** Where the event happens; needed where a rule limits the channels. */
  readonly channel?: Channel;
}

/**
 * Whether the holder's identity was verified for this event. Omitted at a counter channel: the
 * staff's in-person ID check is assumed (counter business is in person with ID); omitted
 * elsewhere: not verified. `false` is never enough.
 */
export interface IdentityCheck {
  readonly identityVerified?: boolean;
}

/** Activate an opened account (pending → normal). */
export interface ActivateEvent extends EventBase {
  readonly type: 'activate';
}

/** A freeze to place; `from` defaults to the event's `at`, `until` to `from` + the kind's longest duration. */
export interface FreezeRequest {
  readonly id: string;
  readonly kind: FreezeKind;
  readonly scope: FreezeScope;
  /** Decimal string; required for scope `amount`, not allowed otherwise. */
  readonly amount?: string;
  readonly from?: string;
  readonly until?: string;
  readonly authority?: string;
  /** Which kind of authority ordered it; required for kinds whose rule names `issuers`. */
  readonly issuer?: FreezeIssuer;
  readonly reference?: string;
}

/** Place a freeze (the account's status does not change). */
export interface FreezeEvent extends EventBase {
  readonly type: 'freeze';
  readonly freeze: FreezeRequest;
}

/** Extend a freeze in force to a later expiry (bounded by the kind's duration and renewal count). */
export interface RenewFreezeEvent extends EventBase {
  readonly type: 'renew_freeze';
  readonly id: string;
  /** The new expiry, later than the current one. */
  readonly until: string;
  /** Who renews it; omitted: the kind's first lifting party. */
  readonly renewedBy?: LiftingParty;
  /** Reference of the authority's renewal notice (needed for judicial freezes). */
  readonly notice?: string;
}

/** Lift a freeze before it lapses. */
export interface UnfreezeEvent extends EventBase {
  readonly type: 'unfreeze';
  readonly id: string;
  /** Who lifts it; omitted: the kind's first lifting party (the rule's checks still apply). */
  readonly liftedBy?: LiftingParty;
  /** Reference of the authority's lifting notice (needed for judicial freezes). */
  readonly notice?: string;
}

/** Report the card or passbook lost, stolen or damaged. */
export interface ReportLossEvent extends EventBase {
  readonly type: 'report_loss';
}

/** Withdraw a loss report (in person, at a channel the preset allows). */
export interface UnreportLossEvent extends EventBase, IdentityCheck {
  readonly type: 'unreport_loss';
}

/** Issue a replacement card or passbook; ends a loss report in force. */
export interface ReplaceCardEvent extends EventBase, IdentityCheck {
  readonly type: 'replace_card';
}

/** Mark the account dormant (normal → dormant) once the inactivity period has run out. */
export interface MarkDormantEvent extends EventBase {
  readonly type: 'mark_dormant';
}

/** Reactivate a dormant account (dormant → normal); needs identity verification. */
export interface ReactivateEvent extends EventBase, IdentityCheck {
  readonly type: 'reactivate';
}

/** Re-verify the holder's identity, lifting the non-counter suspension. */
export interface VerifyIdentityEvent extends EventBase, IdentityCheck {
  readonly type: 'verify_identity';
}

/** Post a transaction to the account (balance and activity), subject to what the account may do. */
export interface RecordActivityEvent extends EventBase {
  readonly type: 'record_activity';
  readonly kind: TransactionKind;
  /** Decimal string, greater than zero. */
  readonly amount: string;
}

/** Close the account (final). */
export interface CloseEvent extends EventBase {
  readonly type: 'close';
}

/** One field's new value. */
export interface InformationChange {
  readonly field: string;
  readonly value: string;
}

/** Change customer information (key fields at the counter with proof and a second approver). */
export interface ChangeInformationEvent extends EventBase {
  readonly type: 'change_information';
  readonly changes: readonly InformationChange[];
  /** Who entered the change (staff id, or `"customer"` for self-service). */
  readonly enteredBy: string;
  /** Who approved it (staff id); must differ from `enteredBy`. */
  readonly approvedBy?: string;
  /** Reference of the official proof (needed for key fields). */
  readonly proof?: string;
}

/** A restriction to place on the holder; `from` defaults to `at`. */
export interface RestrictionRequest {
  readonly id: string;
  readonly kind: RestrictionKind;
  readonly from?: string;
  /** Absent with reason `account_selling`: `from` + the preset's duration; otherwise until lifted. */
  readonly until?: string;
  readonly reason?: string;
}

/** Place a restriction on the holder (apply to each of their accounts; see `restrictPerson`). */
export interface RestrictPersonEvent extends EventBase {
  readonly type: 'restrict_person';
  readonly restriction: RestrictionRequest;
}

/** Lift a restriction on the holder. */
export interface LiftRestrictionEvent extends EventBase {
  readonly type: 'lift_restriction';
  readonly id: string;
}

/** Let time pass to `at` (lapses, dormancy, the new-account rule); see `advance`. */
export interface AdvanceEvent extends EventBase {
  readonly type: 'advance';
}

/** Every lifecycle event. */
export type LifecycleEvent =
  | ActivateEvent
  | FreezeEvent
  | RenewFreezeEvent
  | UnfreezeEvent
  | ReportLossEvent
  | UnreportLossEvent
  | ReplaceCardEvent
  | MarkDormantEvent
  | ReactivateEvent
  | VerifyIdentityEvent
  | RecordActivityEvent
  | CloseEvent
  | ChangeInformationEvent
  | RestrictPersonEvent
  | LiftRestrictionEvent
  | AdvanceEvent;

/** The type of a lifecycle event. */
export type LifecycleEventType = LifecycleEvent['type'];

/** Every {@link LifecycleEventType}, in the order of the documentation. */
export const LIFECYCLE_EVENT_TYPES: readonly LifecycleEventType[] = /* @__PURE__ */ deepFreeze([
  'activate',
  'freeze',
  'renew_freeze',
  'unfreeze',
  'report_loss',
  'unreport_loss',
  'replace_card',
  'mark_dormant',
  'reactivate',
  'verify_identity',
  'record_activity',
  'close',
  'change_information',
  'restrict_person',
  'lift_restriction',
  'advance',
]);
