import type { LifecycleReasonCode } from '../messages/catalog/lifecycle';
import type { PolicyReason } from '../messages/decision';
import type {
  Channel,
  FreezeIssuer,
  FreezeKind,
  FreezeScope,
  LiftingParty,
} from '../presets/types';
import type { LifecycleEffect } from './effects';
import type { LifecycleEventType } from './events';
import type { AccountState, AccountStatus, RestrictionKind } from './types';

/** Codes of the reasons a transition is refused. */
export type TransitionReasonCode = LifecycleReasonCode;

/** Why a transition is refused: a stable code, a message, and the facts behind it. */
export interface TransitionReason extends PolicyReason<TransitionReasonCode> {
  readonly event?: LifecycleEventType;
  readonly status?: AccountStatus;
  readonly channel?: Channel | null;
  readonly allowedChannels?: readonly Channel[];
  readonly balance?: string;
  readonly amount?: string;
  readonly balanceAfter?: string;
  readonly frozenAmount?: string;
  readonly freezeId?: string;
  readonly freezeKind?: FreezeKind;
  readonly scope?: FreezeScope;
  readonly allowedScopes?: readonly FreezeScope[];
  readonly issuer?: FreezeIssuer | null;
  readonly allowedIssuers?: readonly FreezeIssuer[];
  readonly party?: LiftingParty;
  readonly allowedParties?: readonly LiftingParty[];
  readonly renewals?: number;
  readonly maxRenewals?: number;
  readonly until?: string;
  readonly maxUntil?: string;
  readonly since?: string;
  readonly dormantFrom?: string;
  readonly items?: readonly string[];
  readonly field?: string;
  readonly staff?: string;
  readonly restrictionId?: string;
  readonly restrictionKind?: RestrictionKind;
  readonly openedAt?: string;
  /** The rule's source: a key of `preset.sources`, cited as its reference in results. */
  readonly source: string;
  /** The key of the source in `preset.sources` (`source` is its citable reference). */
  readonly sourceKey?: string;
}

/** The outcome of {@link transition}: the new account and its effects, or every reason it is refused. */
export type TransitionResult =
  | {
      readonly ok: true;
      readonly account: AccountState;
      readonly effects: readonly LifecycleEffect[];
    }
  | { readonly ok: false; readonly reasons: readonly TransitionReason[] };
