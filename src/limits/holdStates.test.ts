/*
 * Holds after settlement (issue 6): a retried reservation of a committed or released id replays
 * the settled hold, the same id with other content is a conflict with the settled hold, and the
 * safe twins of release and expire return the result or the typed error.
 */
import { describe, expect, it } from 'vitest';
import { AccountPolicyError } from '../errors';
import { getPreset } from '../presets';
import {
  checkTransaction,
  commit,
  recordTransaction,
  release,
  reserve,
  safeExpire,
  safeRelease,
  type LimitAccount,
  type Usage,
  type TransactionInput,
} from '.';
import { PBOC_USAGE_WITH_HOLD } from './storedUsages.testkit';
import { thrownBy } from '../../test/support/thrown';

const PBOC = getPreset('cn-pboc-2018');
const II: LimitAccount = { class: 'II', balance: '5000.00' };
/** The transaction held as `tx-1` in PBOC_USAGE_WITH_HOLD. */
const HELD = {
  id: 'tx-1',
  at: '2026-11-22T10:00:00+08:00',
  amount: '100.00',
  kind: 'payment',
  counterparty: 'other',
} as const satisfies TransactionInput;
/** When a settled tx-1 (at 10:00) is forgotten: IDEMPOTENCY_PERIOD later. */
const REMEMBERED = '2026-11-23T10:00:00+08:00';
const HOLD = {
  id: 'tx-1',
  amount: '100.00',
  expiresAt: '2026-11-22T10:15:00+08:00',
  transaction: HELD,
  fingerprint: '1795312800000|100.00|payment|other|||',
};

function conflict(fn: () => unknown, what: string): void {
  const thrown = thrownBy(fn);
  const message = `Transaction id "tx-1" is already used by ${what} with different content`;
  expect(thrown).toMatchObject({
    code: 'conflicting_transaction',
    message,
    issues: [{ path: ['transaction', 'id'], message }],
  });
}

describe('reserving an id again', () => {
  it('while pending: the same content replays the hold, other content conflicts with the pending hold', () => {
    const r = reserve(II, HELD, PBOC_USAGE_WITH_HOLD, PBOC);
    expect(r).toEqual({
      ok: true,
      usage: PBOC_USAGE_WITH_HOLD,
      hold: HOLD,
      holdState: 'pending',
      replayed: true,
      decision: null,
    });
    conflict(
      () => reserve(II, { ...HELD, amount: '100.01' }, PBOC_USAGE_WITH_HOLD, PBOC),
      'a pending hold',
    );
  });

  it('after commit: the same content replays the committed hold, other content conflicts with the settled hold', () => {
    const committed = commit(PBOC_USAGE_WITH_HOLD, 'tx-1', '2026-11-22T10:05:00+08:00');
    const r = reserve(II, HELD, committed, PBOC);
    expect(r).toEqual({
      ok: true,
      usage: committed,
      // A settled hold's expiresAt is when the usage forgets it (IDEMPOTENCY_PERIOD after its at).
      hold: { ...HOLD, expiresAt: REMEMBERED },
      holdState: 'committed',
      replayed: true,
      decision: null,
    });
    conflict(() => reserve(II, { ...HELD, amount: '99.99' }, committed, PBOC), 'a settled hold');
  });

  it('after release: the same content replays the released hold, other content conflicts with the settled hold', () => {
    const released = release(PBOC_USAGE_WITH_HOLD, 'tx-1', '2026-11-22T10:05:00+08:00');
    expect(reserve(II, HELD, released, PBOC)).toMatchObject({
      ok: true,
      usage: released,
      holdState: 'released',
      replayed: true,
    });
    conflict(
      () => reserve(II, { ...HELD, kind: 'transfer_out' }, released, PBOC),
      'a settled hold',
    );
  });
});

describe('checking a held id', () => {
  it('the held transaction itself is checked without its own hold; other content conflicts with the hold', () => {
    const d = checkTransaction(II, HELD, PBOC_USAGE_WITH_HOLD, PBOC);
    // 9,000 transferred and 200 paid today; the hold of tx-1 is this very payment.
    expect(d.limits[2]).toMatchObject({ id: 'dailyOutflow', used: '9200.00' });
    conflict(
      () => checkTransaction(II, { ...HELD, amount: '100.01' }, PBOC_USAGE_WITH_HOLD, PBOC),
      'a pending hold',
    );
    // Another id: the hold counts.
    const other = checkTransaction(II, { ...HELD, id: 'tx-2' }, PBOC_USAGE_WITH_HOLD, PBOC);
    expect(other.limits[2]).toMatchObject({ id: 'dailyOutflow', used: '9300.00' });
  });
});

describe('a conflict on a long id', () => {
  it('quotes the id cut to 80 characters', () => {
    const id = 'i'.repeat(200);
    const r = reserve(II, { ...HELD, id }, PBOC_USAGE_WITH_HOLD, PBOC);
    if (!r.ok) throw new Error('expected a hold');
    let thrown: unknown;
    try {
      recordTransaction(r.usage, { ...HELD, id, amount: '1.00' });
    } catch (error) {
      thrown = error;
    }
    const message = `Transaction id "${'i'.repeat(79)} is already used by a pending hold with different content`;
    expect(thrown).toMatchObject({
      code: 'conflicting_transaction',
      message,
      issues: [{ path: ['transaction', 'id'], message }],
    });
  });
});

describe('safeRelease', () => {
  it('returns the new usage: the hold is settled as released, version + 1', () => {
    const r = safeRelease(PBOC_USAGE_WITH_HOLD, 'tx-1', '2026-11-22T10:05:00+08:00');
    expect(r).toEqual({
      ok: true,
      value: {
        ...PBOC_USAGE_WITH_HOLD,
        version: 4,
        holds: [],
        settled: [{ ...HOLD, expiresAt: REMEMBERED, outcome: 'released' }],
      },
    });
  });

  it('returns the state error for a committed hold instead of throwing', () => {
    const r = safeRelease(
      commit(PBOC_USAGE_WITH_HOLD, 'tx-1', '2026-11-22T10:05:00+08:00'),
      'tx-1',
      '2026-11-22T10:05:00+08:00',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toBeInstanceOf(AccountPolicyError);
    const message = 'Hold "tx-1" was committed; reverse the transaction instead';
    expect(r.error).toMatchObject({
      code: 'invalid_state',
      message,
      issues: [{ path: ['holdId'], message }],
    });
  });
});

describe('safeExpire', () => {
  it('drops the hold at its expiry instant, not a second before', () => {
    expect(safeExpire(PBOC_USAGE_WITH_HOLD, '2026-11-22T10:14:59+08:00')).toEqual({
      ok: true,
      value: PBOC_USAGE_WITH_HOLD,
    });
    expect(safeExpire(PBOC_USAGE_WITH_HOLD, new Date('2026-11-22T02:15:00Z'))).toEqual({
      ok: true,
      // The expired hold is remembered as released, so that a retry replays.
      value: {
        ...PBOC_USAGE_WITH_HOLD,
        version: 4,
        holds: [],
        settled: [{ ...HOLD, expiresAt: REMEMBERED, outcome: 'released' }],
      },
    });
  });

  it('returns invalid_instant at now for something that is not an instant', () => {
    const r = safeExpire(PBOC_USAGE_WITH_HOLD, 'tomorrow');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toBeInstanceOf(AccountPolicyError);
    expect(r.error.code).toBe('invalid_instant');
    expect(r.error.issues[0]!.path).toEqual(['now']);
    expect(r.error.message).toMatch(/^Invalid instant at now: /);
  });
});

/** The state error `fn` throws for hold `tx-1`, with its one issue at `holdId`. */
function stateError(fn: () => unknown, problem: string): void {
  const thrown = thrownBy(fn);
  const message = `Hold "tx-1" ${problem}`;
  expect(thrown).toMatchObject({
    code: 'invalid_state',
    message,
    issues: [{ path: ['holdId'], message }],
  });
}

describe('commit', () => {
  it('books the held payment in the day and the year and settles the hold as committed', () => {
    const flows = {
      'transfer_out:other': { amount: '9000.00', count: 1, reversed: '0.00' },
      'payment:other': { amount: '300.00', count: 2, reversed: '0.00' },
    };
    const expected: Usage = {
      ...PBOC_USAGE_WITH_HOLD,
      version: 4,
      windows: {
        day: { ...PBOC_USAGE_WITH_HOLD.windows.day!, flows } as Usage['windows'][string],
        year: { ...PBOC_USAGE_WITH_HOLD.windows.year!, flows } as Usage['windows'][string],
      },
      holds: [],
      settled: [{ ...HOLD, expiresAt: REMEMBERED, outcome: 'committed' }],
    };
    expect(commit(PBOC_USAGE_WITH_HOLD, 'tx-1', '2026-11-22T10:05:00+08:00')).toEqual(expected);
    expect(commit(PBOC_USAGE_WITH_HOLD, 'tx-1', '2026-11-22T10:14:59+08:00')).toEqual(expected);
    // Recording the held transaction itself commits it the same way.
    expect(recordTransaction(PBOC_USAGE_WITH_HOLD, HELD)).toEqual(expected);
  });

  it('refuses an unknown id, a released hold and a hold expired at `now`, saying which', () => {
    stateError(
      () => commit({ ...PBOC_USAGE_WITH_HOLD, holds: [] }, 'tx-1', '2026-11-22T10:05:00+08:00'),
      'is not pending (unknown, or expired and removed)',
    );
    stateError(
      () =>
        commit(
          release(PBOC_USAGE_WITH_HOLD, 'tx-1', '2026-11-22T10:05:00+08:00'),
          'tx-1',
          '2026-11-22T10:05:00+08:00',
        ),
      'was released; it cannot be committed',
    );
    stateError(
      () => commit(PBOC_USAGE_WITH_HOLD, 'tx-1', '2026-11-22T10:15:00+08:00'),
      'expired at 2026-11-22T10:15:00+08:00; reserve again',
    );
  });

  it('refuses an invalid Date as now', () => {
    let thrown: unknown;
    try {
      commit(PBOC_USAGE_WITH_HOLD, 'tx-1', new Date(Number.NaN));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AccountPolicyError);
    expect(thrown).toMatchObject({
      code: 'invalid_instant',
      message: 'Invalid instant at now: an invalid Date',
      issues: [{ path: ['now'], message: 'is an invalid Date' }],
    });
  });

  it('recording a committed id with other content is a conflict with the committed transaction', () => {
    const committed = commit(PBOC_USAGE_WITH_HOLD, 'tx-1', '2026-11-22T10:05:00+08:00');
    expect(recordTransaction(committed, HELD)).toBe(committed);
    conflict(
      () => recordTransaction(committed, { ...HELD, amount: '100.10' }),
      'a committed transaction',
    );
    conflict(
      () => recordTransaction(PBOC_USAGE_WITH_HOLD, { ...HELD, amount: '100.10' }),
      'a pending hold',
    );
  });
});

describe('reserve refusals', () => {
  it('a transaction without an id cannot be reserved', () => {
    const { id: _, ...noId } = HELD;
    let thrown: unknown;
    try {
      reserve(II, noId, PBOC_USAGE_WITH_HOLD, PBOC);
    } catch (error) {
      thrown = error;
    }
    const issue = 'is required to reserve (it makes retries idempotent)';
    expect(thrown).toBeInstanceOf(AccountPolicyError);
    expect(thrown).toMatchObject({
      code: 'invalid_input',
      message: `Invalid input at transaction.id: ${issue}`,
      issues: [{ path: ['transaction', 'id'], message: issue }],
    });
  });

  it('a usage already holding 1,000 pending holds takes no more', () => {
    const template = PBOC_USAGE_WITH_HOLD.holds[0]!;
    // Interest is exempt from every limit: only the bound on the list can refuse.
    const holds = Array.from({ length: 1000 }, (_, i) => ({
      ...template,
      id: `h${i}`,
      amount: '0.00',
      expiresAt: '2026-11-22T23:00:00+08:00',
      transaction: { ...template.transaction, id: `h${i}`, amount: '0.00', kind: 'interest' },
    })) as Usage['holds'];
    const full: Usage = { ...PBOC_USAGE_WITH_HOLD, holds };
    let thrown: unknown;
    try {
      reserve(II, { ...HELD, id: 'one-more', amount: '1.00' }, full, PBOC);
    } catch (error) {
      thrown = error;
    }
    const message =
      'Hold "one-more" cannot be reserved: the usage already has 1000 pending holds; commit, release or expire some first';
    expect(thrown).toBeInstanceOf(AccountPolicyError);
    expect(thrown).toMatchObject({
      code: 'invalid_state',
      message,
      issues: [{ path: ['transaction', 'id'], message }],
    });
    // With one hold fewer there is room.
    expect(
      reserve(
        II,
        { ...HELD, id: 'one-more', amount: '1.00' },
        { ...full, holds: holds.slice(1) },
        PBOC,
      ).ok,
    ).toBe(true);
  });
});

describe('a usage remembering 1,000 settled holds', () => {
  it('settling one more forgets the entry forgotten soonest, whichever way the hold is settled', () => {
    const template = PBOC_USAGE_WITH_HOLD.holds[0]!;
    const settled = Array.from({ length: 1000 }, (_, i) => ({
      ...template,
      id: `s${i}`,
      // s0 is forgotten first; none is forgotten at the instant of the write.
      expiresAt: i === 0 ? '2026-11-22T11:00:00+08:00' : '2026-11-22T12:00:00+08:00',
      transaction: { ...template.transaction, id: `s${i}` },
      outcome: 'released' as const,
    }));
    const usage: Usage = { ...PBOC_USAGE_WITH_HOLD, settled };
    for (const settle of [
      () => commit(usage, 'tx-1', '2026-11-22T10:05:00+08:00'),
      () => release(usage, 'tx-1', '2026-11-22T10:05:00+08:00'),
      () => recordTransaction(usage, HELD),
    ]) {
      const after = settle();
      expect(after.settled).toHaveLength(1000);
      expect(after.settled.map((h) => h.id)).not.toContain('s0');
      expect(after.settled.at(-1)!.id).toBe('tx-1');
    }
  });
});

describe('reserve options', () => {
  it('a malformed transaction is named under transaction', () => {
    let thrown: unknown;
    try {
      reserve(II, { ...HELD, id: 'tx-2', amount: '1.5.0' }, PBOC_USAGE_WITH_HOLD, PBOC);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AccountPolicyError);
    expect(thrown).toMatchObject({
      code: 'invalid_amount',
      issues: [{ path: ['transaction', 'amount'] }],
    });
  });

  it('holdFor must be a duration: the path names the field at fault', () => {
    let thrown: unknown;
    try {
      reserve(II, { ...HELD, id: 'tx-2' }, PBOC_USAGE_WITH_HOLD, PBOC, {
        holdFor: { minutes: 1.5 },
      });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AccountPolicyError);
    const e = thrown as AccountPolicyError;
    expect(e.code).toBe('invalid_duration');
    expect(e.issues[0]!.path).toEqual(['options', 'holdFor', 'minutes']);
    expect(e.message).toMatch(/^Invalid duration at options\.holdFor\.minutes: /);
  });

  it('a hold lasts 15 minutes by default, holdFor otherwise, from the transaction’s instant', () => {
    const t = { ...HELD, id: 'tx-2' };
    const r = reserve(II, t, PBOC_USAGE_WITH_HOLD, PBOC);
    expect(r.ok && r.hold.expiresAt).toBe('2026-11-22T10:15:00+08:00');
    const d = reserve(II, t, PBOC_USAGE_WITH_HOLD, PBOC, { holdFor: { days: 1 } });
    expect(d.ok && d.hold.expiresAt).toBe('2026-11-23T10:00:00+08:00');
  });
});
