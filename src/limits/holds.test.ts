import { describe, expect, it } from 'vitest';
import { getPreset } from '../presets';
import type { Counterparty, TransactionKind } from '../presets/types/common';
import {
  checkTransaction,
  commit,
  createUsage,
  expire,
  getHeadroom,
  recordTransaction,
  release,
  reserve,
  safeCommit,
  safeReserve,
  type LimitAccount,
  type ReserveResult,
  type TransactionInput,
  type Usage,
} from '.';

const PBOC = getPreset('cn-pboc-2018');
const II: LimitAccount = { class: 'II', balance: '100000.00' };
const AT = '2026-11-22T10:00:00+08:00';

function tx(
  id: string,
  amount: string,
  kind: TransactionKind = 'transfer_out',
  counterparty: Counterparty = 'other',
  at = AT,
): TransactionInput {
  return { id, at, amount, kind, counterparty };
}

function refused(r: ReserveResult): Extract<ReserveResult, { ok: false }> {
  if (r.ok) throw new Error('expected a refusal');
  return r;
}

function held(r: ReserveResult): Extract<ReserveResult, { ok: true }> {
  if (!r.ok) throw new Error(`expected a hold, got ${JSON.stringify(r.decision.violations)}`);
  return r;
}

describe('reserve', () => {
  it('returns new usage (version + 1) with a hold { id, amount, expiresAt }', () => {
    const u0 = createUsage(PBOC);
    const r = held(reserve(II, tx('t-1', '6000.00'), u0, PBOC));
    expect(r.hold).toMatchObject({
      id: 't-1',
      amount: '6000.00',
      expiresAt: '2026-11-22T10:15:00+08:00',
    });
    expect(r.usage.version).toBe(1);
    expect(r.usage.holds).toHaveLength(1);
    expect(r.replayed).toBe(false);
    expect(r.holdState).toBe('pending');
    expect(u0.holds).toHaveLength(0); // the input is not changed
    expect(
      held(reserve(II, tx('t-9', '1.00'), u0, PBOC, { holdFor: { hours: 2 } })).hold.expiresAt,
    ).toBe('2026-11-22T12:00:00+08:00');
  });
  it('pending holds count as used: 6,000 held, then 4,000 passes and 4,000.01 does not', () => {
    const u1 = held(reserve(II, tx('t-1', '6000.00'), createUsage(PBOC), PBOC)).usage;
    expect(getHeadroom(II, u1, PBOC, AT).headroom.dailyOutflow).toBe('4000.00');
    const refusal = refused(reserve(II, tx('t-2', '4000.01'), u1, PBOC));
    expect(refusal.usage).toBe(u1);
    expect(refusal.decision.violations).toMatchObject([
      { code: 'daily_outflow_limit', used: '6000.00', remaining: '4000.00' },
    ]);
    expect(reserve(II, tx('t-2', '4000.00'), u1, PBOC).ok).toBe(true);
  });
  it('is idempotent by id: the same content returns the same hold and usage; other content is a conflict', () => {
    const first = held(reserve(II, tx('t-1', '6000.00'), createUsage(PBOC), PBOC));
    const again = held(reserve(II, tx('t-1', '6000.00'), first.usage, PBOC));
    expect(again.replayed).toBe(true);
    expect(again.usage).toBe(first.usage);
    expect(again.hold).toEqual(first.hold);
    expect(again.decision).toBeNull();
    const conflict = safeReserve(II, tx('t-1', '6000.01'), first.usage, PBOC);
    expect(!conflict.ok && conflict.error.code).toBe('conflicting_transaction');
    const committed = commit(first.usage, 't-1', '2026-11-22T10:05:00+08:00');
    const late = held(reserve(II, tx('t-1', '6000.00'), committed, PBOC));
    expect(late).toMatchObject({ replayed: true, holdState: 'committed', decision: null });
    expect(late.usage).toBe(committed);
  });
  it('needs an id', () => {
    const r = safeReserve(II, { at: AT, amount: '1.00', kind: 'payment' }, createUsage(PBOC), PBOC);
    expect(!r.ok && r.error.issues[0]!.path).toEqual(['transaction', 'id']);
  });
  it('holds expired at the transaction instant are dropped first', () => {
    const u1 = held(reserve(II, tx('t-1', '10000.00'), createUsage(PBOC), PBOC)).usage;
    expect(
      reserve(
        II,
        tx('t-2', '1.00', 'transfer_out', 'other', '2026-11-22T10:14:59.999+08:00'),
        u1,
        PBOC,
      ).ok,
    ).toBe(false);
    const r = held(
      reserve(
        II,
        tx('t-2', '1.00', 'transfer_out', 'other', '2026-11-22T10:15:00+08:00'),
        u1,
        PBOC,
      ),
    );
    expect(r.usage.holds.map((h) => h.id)).toEqual(['t-2']);
    expect(r.usage.version).toBe(u1.version + 1);
  });
  it('pending credits count toward the balance cap, pending debits toward the frozen amount', () => {
    const iii: LimitAccount = { class: 'III', balance: '500.00', boundFirstDepositReceived: true };
    const u1 = held(
      reserve(iii, tx('c-1', '1000.00', 'transfer_in', 'bound'), createUsage(PBOC), PBOC),
    ).usage;
    expect(reserve(iii, tx('c-2', '500.00', 'transfer_in', 'bound'), u1, PBOC).ok).toBe(true);
    expect(
      refused(reserve(iii, tx('c-2', '500.01', 'transfer_in', 'bound'), u1, PBOC)).decision
        .violations,
    ).toMatchObject([{ code: 'balance_cap', used: '1500.00', remaining: '500.00' }]);
    const frozen: LimitAccount = {
      class: 'II',
      balance: '5000.00',
      freezes: [
        {
          id: 'J',
          kind: 'judicial',
          scope: 'amount',
          amount: '3000.00',
          from: '2026-01-01T00:00:00+08:00',
          authority: 'court',
        },
      ],
    };
    const u2 = held(
      reserve(frozen, tx('d-1', '1500.00', 'payment'), createUsage(PBOC), PBOC),
    ).usage;
    expect(reserve(frozen, tx('d-2', '500.00', 'payment'), u2, PBOC).ok).toBe(true);
    expect(
      refused(reserve(frozen, tx('d-2', '500.01', 'payment'), u2, PBOC)).decision.violations,
    ).toMatchObject([{ code: 'account_state', operation: 'frozen_amount' }]);
  });
  it('a pending reversal does not give headroom back until it is committed', () => {
    let u = recordTransaction(
      createUsage(PBOC),
      tx('p-1', '10000.00', 'payment', 'other', '2026-11-22T09:00:00+08:00'),
    );
    const refund: TransactionInput = {
      ...tx('r-1', '4000.00', 'payment'),
      reverses: { id: 'p-1', at: '2026-11-22T09:00:00+08:00' },
    };
    u = held(reserve(II, refund, u, PBOC)).usage;
    expect(getHeadroom(II, u, PBOC, AT).headroom.dailyOutflow).toBe('0.00');
    u = commit(u, 'r-1', '2026-11-22T10:05:00+08:00');
    expect(getHeadroom(II, u, PBOC, AT).headroom.dailyOutflow).toBe('4000.00');
  });
});

describe('commit, release, expire', () => {
  function withHold(): Usage {
    return held(reserve(II, tx('t-1', '6000.00'), createUsage(PBOC), PBOC)).usage;
  }
  it('commit moves the hold into the totals; headroom is unchanged; again is a no-op', () => {
    const u1 = withHold();
    const u2 = commit(u1, 't-1', '2026-11-22T10:05:00+08:00');
    expect(u2.version).toBe(u1.version + 1);
    expect(u2.holds).toEqual([]);
    expect(u2.windows.day).toMatchObject({
      flows: { 'transfer_out:other': { amount: '6000.00', count: 1 } },
    });
    expect(getHeadroom(II, u2, PBOC, AT).headroom).toEqual(getHeadroom(II, u1, PBOC, AT).headroom);
    expect(commit(u2, 't-1', '2026-11-22T10:05:00+08:00')).toBe(u2);
  });
  it('commit refuses unknown, released and (with now) expired holds', () => {
    const u1 = withHold();
    expect(safeCommit(u1, 'nope', '2026-11-22T10:05:00+08:00')).toMatchObject({
      ok: false,
      error: { code: 'invalid_state' },
    });
    expect(
      safeCommit(
        release(u1, 't-1', '2026-11-22T10:05:00+08:00'),
        't-1',
        '2026-11-22T10:05:00+08:00',
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_state' },
    });
    expect(safeCommit(u1, 't-1', '2026-11-22T10:15:00+08:00')).toMatchObject({
      ok: false,
      error: { code: 'invalid_state' },
    });
    expect(commit(u1, 't-1', '2026-11-22T10:14:59.999+08:00').holds).toEqual([]);
  });
  it('release frees the headroom; again (or for an unknown id) is a no-op; after commit it is refused', () => {
    const u1 = withHold();
    const u2 = release(u1, 't-1', '2026-11-22T10:05:00+08:00');
    expect(u2.version).toBe(u1.version + 1);
    expect(getHeadroom(II, u2, PBOC, AT).headroom.dailyOutflow).toBe('10000.00');
    expect(release(u2, 't-1', '2026-11-22T10:05:00+08:00')).toBe(u2);
    expect(release(u2, 'unknown', '2026-11-22T10:05:00+08:00')).toBe(u2);
    expect(() =>
      release(commit(u1, 't-1', '2026-11-22T10:05:00+08:00'), 't-1', '2026-11-22T10:05:00+08:00'),
    ).toThrow(/was committed/);
  });
  it('expire(now) removes holds whose expiresAt ≤ now, and nothing else', () => {
    const u1 = withHold();
    expect(expire(u1, '2026-11-22T10:14:59.999+08:00')).toBe(u1);
    const u2 = expire(u1, '2026-11-22T10:15:00+08:00');
    expect(u2.holds).toEqual([]);
    expect(u2.version).toBe(u1.version + 1);
    expect(expire(u1, new Date('2026-11-22T02:15:00Z')).holds).toEqual([]);
    expect(() => expire(u1, 'soon')).toThrow(/Invalid instant/);
  });
  it('a check at or after a hold’s expiry no longer counts it', () => {
    const u1 = held(reserve(II, tx('t-1', '10000.00'), createUsage(PBOC), PBOC)).usage;
    const probe = (at: string) =>
      checkTransaction(II, { at, amount: '1.00', kind: 'payment' }, u1, PBOC).allowed;
    expect(probe('2026-11-22T10:14:59.999+08:00')).toBe(false);
    expect(probe('2026-11-22T10:15:00+08:00')).toBe(true);
  });
  it('a check of the held transaction itself does not count its own hold; other content is a conflict', () => {
    const u1 = held(reserve(II, tx('t-1', '10000.00'), createUsage(PBOC), PBOC)).usage;
    expect(checkTransaction(II, tx('t-1', '10000.00'), u1, PBOC).allowed).toBe(true);
    expect(() => checkTransaction(II, tx('t-1', '9000.00'), u1, PBOC)).toThrow(/different content/);
  });
  it('recording a held id commits the hold; the same id with other content is a conflict', () => {
    const u1 = withHold();
    const u2 = recordTransaction(u1, tx('t-1', '6000.00'));
    expect(u2.holds).toEqual([]);
    expect(u2.settled).toMatchObject([{ id: 't-1', outcome: 'committed' }]);
    expect(recordTransaction(u2, tx('t-1', '6000.00'))).toBe(u2);
    expect(() => recordTransaction(u1, tx('t-1', '6000.01'))).toThrow(/different content/);
    expect(() => recordTransaction(u2, tx('t-1', '6000.01'))).toThrow(/different content/);
  });
  it('settled holds are remembered for IDEMPOTENCY_PERIOD after their instant, not just until the hold would expire', () => {
    const u = commit(withHold(), 't-1', '2026-11-22T10:05:00+08:00');
    expect(expire(u, '2026-11-22T10:15:00+08:00')).toBe(u);
    expect(expire(u, '2026-11-23T09:59:59.999+08:00')).toBe(u);
    expect(expire(u, '2026-11-23T10:00:00+08:00').settled).toEqual([]);
  });
});
