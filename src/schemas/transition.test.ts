import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import type { LifecycleEvent } from '../lifecycle/events';
import { LIFECYCLE_EVENT_TYPES } from '../lifecycle/events';
import type { AccountStateInput } from '../lifecycle/types';
import { lifecycleEventSchema, transitionInputSchema } from './transition';

// The parsed input is what the library takes (compile-time check).
const _event: LifecycleEvent = {} as z.infer<typeof lifecycleEventSchema>;
const _account: AccountStateInput = {} as z.infer<typeof transitionInputSchema>['account'];
void _event;
void _account;

const account = {
  status: 'normal',
  balance: '0.00',
  openedAt: '2025-01-05T10:00:00+08:00',
  freezes: [],
  lossReport: null,
  pendingBusiness: [],
  linkedServices: [],
};
const at = '2026-11-22T10:00:00+08:00';

describe('transitionInputSchema', () => {
  it('accepts the contract’s example and every event type', () => {
    expect(
      transitionInputSchema.safeParse({ account, event: { type: 'close', at, channel: 'counter' } })
        .success,
    ).toBe(true);
    const samples: Record<string, object> = {
      freeze: { freeze: { id: 'F', kind: 'risk', scope: 'debit' } },
      renew_freeze: { id: 'F', until: at },
      unfreeze: { id: 'F' },
      record_activity: { kind: 'payment', amount: '1.00' },
      change_information: { changes: [{ field: 'phone', value: '1' }], enteredBy: 'S1' },
      restrict_person: { restriction: { id: 'R', kind: 'receive_only' } },
      lift_restriction: { id: 'R' },
    };
    for (const type of LIFECYCLE_EVENT_TYPES)
      expect(
        lifecycleEventSchema.safeParse({ type, at, ...(samples[type] ?? {}) }).success,
        type,
      ).toBe(true);
  });

  it('knows exactly the library’s event types', () => {
    const r = lifecycleEventSchema.safeParse({ type: 'explode', at });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe(
      `type must be one of ${LIFECYCLE_EVENT_TYPES.join(', ')}`,
    );
  });

  it('refuses amounts as numbers, instants without offsets, and inconsistent freezes', () => {
    const paths = (input: unknown) => {
      const r = transitionInputSchema.safeParse(input);
      return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
    };
    expect(
      paths({
        account: { ...account, balance: 10 },
        event: { type: 'advance', at: '2026-11-22T10:00:00' },
      }),
    ).toEqual(['account.balance', 'event.at']);
    expect(
      paths({
        account: {
          ...account,
          freezes: [
            { id: 'A', kind: 'judicial', scope: 'all', amount: '5.00', from: at },
            { id: 'B', kind: 'risk', scope: 'debit', from: at, until: at },
          ],
        },
        event: { type: 'record_activity', at, kind: 'payment', amount: '0.00' },
      }),
    ).toEqual(['account.freezes.0.amount', 'account.freezes.1.until', 'event.amount']);
  });
});
