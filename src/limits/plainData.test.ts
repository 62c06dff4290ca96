/*
 * Inputs as plain data (issue 6): usage parsed in another realm or built without a prototype is
 * plain data, a class instance is not; amounts given in a non-canonical form are written back
 * with the currency's scale; an invalid instant names its path once, then the time module's
 * diagnosis; a hold's content key covers every field of the transaction.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { getPreset } from '../presets';
import {
  checkTransaction,
  createUsage,
  expire,
  getHeadroom,
  release,
  reserve,
  type LimitAccount,
  type TransactionInput,
  type Usage,
} from '.';
import { PBOC_USAGE, PBOC_USAGE_WITH_HOLD } from './storedUsages.testkit';
import { thrownBy } from '../../test/support/thrown';

const PBOC = getPreset('cn-pboc-2018');
const AT = '2026-11-22T10:00:00+08:00';
const II: LimitAccount = { class: 'II', balance: '5000.00' };
const TX: TransactionInput = { at: AT, amount: '10.00', kind: 'payment', counterparty: 'other' };

describe('plain data', () => {
  it('a usage parsed in another realm (another JSON.parse) is plain data', () => {
    const foreign = runInNewContext('JSON.parse(text)', {
      text: JSON.stringify(PBOC_USAGE),
    }) as Usage;
    expect(Object.getPrototypeOf(foreign)).not.toBe(Object.prototype);
    expect(checkTransaction(II, TX, foreign, PBOC).limits[2]).toMatchObject({
      id: 'dailyOutflow',
      used: '9200.00',
    });
  });

  it('a usage whose objects have no prototype is plain data', () => {
    const bare = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(bare);
      if (typeof value !== 'object' || value === null) return value;
      const out = Object.create(null) as Record<string, unknown>;
      for (const [k, v] of Object.entries(value)) out[k] = bare(v);
      return out;
    };
    const usage = bare(PBOC_USAGE) as Usage;
    expect(checkTransaction(II, TX, usage, PBOC).limits[2]).toMatchObject({ used: '9200.00' });
  });

  it('a class instance is not plain data', () => {
    class StoredUsage {
      constructor(readonly windows: unknown) {}
    }
    const e = thrownBy(() =>
      checkTransaction(
        II,
        TX,
        { ...PBOC_USAGE, windows: new StoredUsage(PBOC_USAGE.windows) } as unknown as Usage,
        PBOC,
      ),
    );
    expect(e.issues).toEqual([
      {
        path: ['usage', 'windows'],
        message:
          'must be an object of windows by key (see createUsage), got an object that is not plain data',
      },
    ]);
  });
});

describe('amounts in a non-canonical form are written with the currency’s scale', () => {
  it('a balance of 1500.5 is used as 1500.50', () => {
    const h = getHeadroom({ class: 'III', balance: '1500.5' }, createUsage(PBOC), PBOC, AT);
    expect(h.limits[0]).toMatchObject({ id: 'balance', used: '1500.50', remaining: '499.50' });
  });

  it('a stored total of 100 is used as 100.00', () => {
    const usage = JSON.parse(JSON.stringify(PBOC_USAGE)) as {
      windows: { day: { flows: Record<string, { amount: string }> } };
    };
    usage.windows.day.flows['transfer_out:other']!.amount = '100';
    delete usage.windows.day.flows['payment:other'];
    const h = getHeadroom(II, usage as unknown as Usage, PBOC, AT);
    expect(h.limits[2]).toMatchObject({ id: 'dailyOutflow', used: '100.00', remaining: '9900.00' });
  });
});

describe('an invalid instant', () => {
  it('is named at its path, followed by what is wrong with it', () => {
    const noOffset = thrownBy(() =>
      checkTransaction(II, { ...TX, at: '2026-11-22T10:00:00' }, createUsage(PBOC), PBOC),
    );
    expect(noOffset.code).toBe('invalid_instant');
    expect(noOffset.message).toBe(
      'Invalid instant at transaction.at: "2026-11-22T10:00:00": the UTC offset is required (append Z or ±HH:MM, e.g. +08:00)',
    );
    expect(noOffset.issues[0]!.path).toEqual(['transaction', 'at']);
    const notText = thrownBy(() =>
      checkTransaction(II, { ...TX, at: 5 as never }, createUsage(PBOC), PBOC),
    );
    expect(notText.message).toBe(
      'Invalid instant at transaction.at: expected an ISO 8601 string such as "2026-11-22T09:30:00+08:00", got 5',
    );
    for (const [at, got] of [
      [null, 'null'],
      [undefined, 'a value of type undefined'],
    ] as const) {
      const e = thrownBy(() =>
        checkTransaction(II, { ...TX, at: at as never }, createUsage(PBOC), PBOC),
      );
      expect(e.code).toBe('invalid_instant');
      expect(e.issues[0]!.path).toEqual(['transaction', 'at']);
      expect(e.message).toBe(
        `Invalid instant at transaction.at: expected an ISO 8601 string such as "2026-11-22T09:30:00+08:00", got ${got}`,
      );
    }
  });
});

describe('a hold’s content key', () => {
  const full: TransactionInput = {
    id: 'tx-9',
    at: AT,
    amount: '100',
    kind: 'payment',
    counterparty: 'other',
    channel: 'mobile',
    counterpartyId: 'merchant-42',
    // An original older than the usage remembers: the reversal is accepted, restoring nothing.
    reverses: { id: 'tx-0', at: '2026-11-21T09:00:00+08:00' },
  };

  it('joins instant, amount, kind, counterparty, channel, counterpartyId and the reversed transaction', () => {
    const r = reserve(II, full, createUsage(PBOC), PBOC);
    expect(r.ok && r.hold.fingerprint).toBe(
      '1795312800000|100.00|payment|other|mobile|merchant-42|tx-0@1795222800000',
    );
  });

  it('the same id with any field changed is a conflict', () => {
    const r = reserve(II, full, createUsage(PBOC), PBOC);
    if (!r.ok) throw new Error('expected a hold');
    expect(reserve(II, full, r.usage, PBOC)).toMatchObject({ ok: true, replayed: true });
    for (const change of [
      { channel: 'online' as const },
      { counterpartyId: 'merchant-43' },
      { reverses: { id: 'tx-1', at: '2026-11-21T09:00:00+08:00' } },
      { reverses: { id: 'tx-0', at: '2026-11-21T09:00:01+08:00' } },
    ]) {
      const e = thrownBy(() => reserve(II, { ...full, ...change }, r.usage, PBOC));
      expect(e.code).toBe('conflicting_transaction');
    }
  });
});

describe('settled holds are kept until their own expiry', () => {
  /** PBOC_USAGE_WITH_HOLD with tx-0 settled (committed, expiring at 12:00) beside pending tx-1. */
  function withSettled(): Usage {
    const pending = PBOC_USAGE_WITH_HOLD.holds[0]!;
    return {
      ...PBOC_USAGE_WITH_HOLD,
      settled: [
        {
          ...pending,
          id: 'tx-0',
          expiresAt: '2026-11-22T12:00:00+08:00',
          transaction: { ...pending.transaction, id: 'tx-0', at: '2026-11-22T09:30:00+08:00' },
          fingerprint: '1795311000000|100.00|payment|other|||',
          outcome: 'committed',
        },
      ],
    };
  }

  it('release adds the released hold and keeps the others', () => {
    const usage = withSettled();
    const released = release(usage, 'tx-1', '2026-11-22T10:05:00+08:00');
    expect(released.settled.map((h) => [h.id, h.outcome])).toEqual([
      ['tx-0', 'committed'],
      ['tx-1', 'released'],
    ]);
  });

  it('expire drops the pending hold at 10:15 (remembering it as released) and keeps tx-0 until 12:00', () => {
    const usage = withSettled();
    const at1015 = expire(usage, '2026-11-22T10:15:00+08:00');
    expect(at1015.holds).toEqual([]);
    expect(at1015.settled.map((h) => [h.id, h.outcome])).toEqual([
      ['tx-0', 'committed'],
      ['tx-1', 'released'],
    ]);
    expect(expire(usage, '2026-11-22T12:00:00+08:00').settled.map((h) => h.id)).toEqual(['tx-1']);
  });
});
