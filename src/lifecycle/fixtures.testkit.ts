/**
 * Accounts and events for the lifecycle tests (not part of the public API).
 *
 * @internal
 * @module
 */
import type { LifecycleEvent, LifecycleEventType } from './events';
import type { AccountState, AccountStatus } from './types';

/** The instant most test events happen at. */
export const T0 = '2026-11-22T10:00:00+08:00';

/** `T0` plus some hours, as an ISO instant in +08:00. */
export function hoursAfterT0(hours: number): string {
  return new Date(Date.parse(T0) + hours * 3_600_000).toISOString();
}

/** A clean account of each status, as of `T0` (no freeze, no loss report, not inactive). */
export const ACCOUNTS: { readonly [S in AccountStatus]: AccountState } = {
  pending: {
    status: 'pending',
    balance: '0.00',
    openedAt: '2026-11-01T10:00:00+08:00',
    lastActiveAt: null,
    freezes: [],
    lossReport: null,
    pendingBusiness: [],
    linkedServices: [],
  },
  normal: {
    status: 'normal',
    balance: '0.00',
    openedAt: '2025-01-05T10:00:00+08:00',
    lastActiveAt: '2026-10-01T10:00:00+08:00',
    activatedAt: '2025-01-05T10:30:00+08:00',
    freezes: [],
    lossReport: null,
    pendingBusiness: [],
    linkedServices: [],
  },
  dormant: {
    status: 'dormant',
    balance: '0.00',
    openedAt: '2024-01-05T10:00:00+08:00',
    lastActiveAt: '2024-06-01T10:00:00+08:00',
    activatedAt: '2024-01-05T10:30:00+08:00',
    dormantSince: '2025-06-01T10:00:00+08:00',
    freezes: [],
    lossReport: null,
    pendingBusiness: [],
    linkedServices: [],
  },
  closed: {
    status: 'closed',
    balance: '0.00',
    openedAt: '2020-01-05T10:00:00+08:00',
    lastActiveAt: '2021-10-01T10:00:00+08:00',
    freezes: [],
    lossReport: null,
    pendingBusiness: [],
    linkedServices: [],
    closedAt: '2022-01-05T10:00:00+08:00',
    retainRecordsUntil: '2027-01-05',
  },
};

const RISK_FREEZE = {
  id: 'F1',
  kind: 'risk' as const,
  scope: 'debit' as const,
  from: hoursAfterT0(-1),
  until: hoursAfterT0(47),
};

/**
 * An account of `status` and an event of `type` set up so that nothing but the transition table
 * could refuse it: the channels, parties and identity checks are right, and the objects the event
 * names exist.
 */
export function favourable(
  status: AccountStatus,
  type: LifecycleEventType,
): { account: AccountState; event: LifecycleEvent } {
  const account = ACCOUNTS[status];
  const at = T0;
  switch (type) {
    case 'activate':
    case 'report_loss':
    case 'advance':
      return {
        account,
        event: { type, at, channel: type === 'report_loss' ? 'phone' : 'counter' },
      };
    case 'freeze':
      return { account, event: { type, at, freeze: { id: 'NEW', kind: 'risk', scope: 'debit' } } };
    case 'renew_freeze':
      return {
        account: { ...account, freezes: [RISK_FREEZE] },
        event: { type, at, id: 'F1', until: hoursAfterT0(71), renewedBy: 'risk_team' },
      };
    case 'unfreeze':
      return {
        account: { ...account, freezes: [RISK_FREEZE] },
        event: { type, at, id: 'F1', liftedBy: 'risk_team' },
      };
    case 'unreport_loss':
      return {
        account: { ...account, lossReport: { at: hoursAfterT0(-24), channel: 'phone' } },
        event: { type, at, channel: 'counter' },
      };
    case 'replace_card':
    case 'reactivate':
    case 'verify_identity':
    case 'close':
      return { account, event: { type, at, channel: 'counter' } };
    case 'mark_dormant':
      return {
        account:
          status === 'normal' ? { ...account, lastActiveAt: '2025-06-01T10:00:00+08:00' } : account,
        event: { type, at },
      };
    case 'record_activity':
      return {
        account,
        event: { type, at, channel: 'counter', kind: 'deposit_cash', amount: '100.00' },
      };
    case 'change_information':
      return {
        account,
        event: {
          type,
          at,
          channel: 'mobile',
          changes: [{ field: 'phone', value: '13800000000' }],
          enteredBy: 'customer',
        },
      };
    case 'restrict_person':
      return {
        account,
        event: {
          type,
          at,
          restriction: { id: 'R1', kind: 'no_non_counter', reason: 'account_selling' },
        },
      };
    case 'lift_restriction':
      return {
        account: {
          ...account,
          restrictions: [{ id: 'R1', kind: 'no_non_counter', from: hoursAfterT0(-24) }],
        },
        event: { type, at, id: 'R1' },
      };
  }
}
