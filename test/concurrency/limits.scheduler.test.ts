/*
 * Concurrency: a service keeps one account's usage and balance in a store and decides payments
 * with reserve → compare-and-set → commit → compare-and-set. fast-check's scheduler interleaves
 * the requests' reads and writes in every order it can find; whatever the order, the approved
 * amounts never go beyond a limit, and nothing approved is lost.
 *
 * A control service that writes its holds without compare-and-set is shown to approve beyond the
 * limit, so the property can fail (on its own assertion: the control checks the error's cause).
 */
import { describe, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import {
  commit,
  createUsage,
  getHeadroom,
  reserve,
  type LimitAccount,
  type TransactionInput,
  type Usage,
} from '../../src/limits';
import { getPreset } from '../../src/presets';
import type { TransactionKind } from '../../src/presets/types/common';

const PBOC = getPreset('cn-pboc-2018');
const AT = '2026-11-22T10:00:00+08:00';

/** What the store holds for one account: its usage (versioned) and its booked balance in fen. */
interface Row {
  readonly usage: Usage;
  readonly balanceFen: number;
}

class Store {
  row: Row;
  constructor(row: Row) {
    this.row = row;
  }
  read(): Row {
    return this.row;
  }
  /** Writes only if the stored usage still has the version the writer read. */
  compareAndSet(expectedVersion: number, next: Row): boolean {
    if (this.row.usage.version !== expectedVersion) return false;
    this.row = next;
    return true;
  }
  /** The broken alternative: last writer wins. */
  blindWrite(next: Row): void {
    this.row = next;
  }
}

const fen = (n: number) => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;

interface Request {
  readonly id: string;
  readonly amountFen: number;
}

type Outcome = 'approved' | 'refused';

/**
 * One request: reserve (retrying on a lost compare-and-set), then commit (retrying likewise),
 * moving the balance with the commit. Every step that touches the store is a scheduling point.
 */
async function handle(
  s: fc.Scheduler,
  store: Store,
  cls: string,
  kind: TransactionKind,
  req: Request,
  useCas: boolean,
): Promise<Outcome> {
  const tx: TransactionInput = {
    id: req.id,
    at: AT,
    amount: fen(req.amountFen),
    kind,
    counterparty: 'other',
  };
  const sign = kind === 'transfer_in' ? 1 : -1;
  for (;;) {
    await s.schedule(Promise.resolve(), `read ${req.id}`);
    const seen = store.read();
    const account: LimitAccount = {
      class: cls,
      balance: fen(Math.max(0, seen.balanceFen)),
      boundFirstDepositReceived: true,
    };
    const r = reserve(account, tx, seen.usage, PBOC);
    if (!r.ok) return 'refused';
    await s.schedule(Promise.resolve(), `write hold ${req.id}`);
    if (!useCas) {
      // The control approves at the hold, as an authorization does. (Going on to commit, it
      // would throw on a hold another blind write had dropped: an error, not the over-approval
      // the control is there to show.)
      store.blindWrite({ ...seen, usage: r.usage });
      return 'approved';
    }
    if (store.compareAndSet(seen.usage.version, { ...seen, usage: r.usage })) break;
  }
  for (;;) {
    await s.schedule(Promise.resolve(), `read for commit ${req.id}`);
    const seen = store.read();
    const usage = commit(seen.usage, req.id, '2026-11-22T10:05:00+08:00');
    await s.schedule(Promise.resolve(), `write commit ${req.id}`);
    const next = { usage, balanceFen: seen.balanceFen + sign * req.amountFen };
    if (usage === seen.usage || store.compareAndSet(seen.usage.version, next)) return 'approved';
  }
}

const requestsArb = (amounts: readonly number[]) =>
  fc
    .array(fc.constantFrom(...amounts), { minLength: 2, maxLength: 7 })
    .map((list) => list.map((amountFen, i): Request => ({ id: `req-${i}`, amountFen })));

async function runAll(
  s: fc.Scheduler,
  store: Store,
  cls: string,
  kind: TransactionKind,
  reqs: readonly Request[],
  useCas: boolean,
) {
  const pending = reqs.map((r) => handle(s, store, cls, kind, r, useCas));
  await s.waitAll();
  return Promise.all(pending);
}

describe('compare-and-set on the usage version never approves beyond a limit', () => {
  test('Class II daily outflow (10,000.00) under interleaved payments', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        requestsArb([300_000, 400_000, 500_000, 600_000, 1_000_000]),
        async (s, reqs) => {
          const store = new Store({ usage: createUsage(PBOC), balanceFen: 10_000_000 });
          const outcomes = await runAll(s, store, 'II', 'payment', reqs, true);
          const approved = reqs
            .filter((_, i) => outcomes[i] === 'approved')
            .reduce((sum, r) => sum + r.amountFen, 0);
          expect(approved).toBeLessThanOrEqual(1_000_000);
          const { usage } = store.read();
          expect(usage.holds).toEqual([]);
          // Nothing approved was lost: the stored totals are exactly the approved amounts.
          const headroom = getHeadroom({ class: 'II', balance: '0.00' }, usage, PBOC, AT).headroom;
          expect(headroom.dailyOutflow).toBe(fen(1_000_000 - approved));
          // A request was refused only if it did not fit beside what was approved.
          reqs.forEach((r, i) => {
            if (outcomes[i] === 'refused')
              expect(approved + r.amountFen).toBeGreaterThan(1_000_000);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  test('Class III balance cap (2,000.00) under interleaved credits, the balance moving with each commit', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        requestsArb([50_000, 70_000, 100_000, 150_000]),
        async (s, reqs) => {
          const store = new Store({ usage: createUsage(PBOC), balanceFen: 0 });
          const outcomes = await runAll(s, store, 'III', 'transfer_in', reqs, true);
          const approved = reqs
            .filter((_, i) => outcomes[i] === 'approved')
            .reduce((sum, r) => sum + r.amountFen, 0);
          expect(approved).toBeLessThanOrEqual(200_000);
          expect(store.read().balanceFen).toBe(approved);
          // A credit was refused only if it did not fit under the cap beside what was approved
          // (so a reserve that refused everything fails here).
          reqs.forEach((r, i) => {
            if (outcomes[i] === 'refused') expect(approved + r.amountFen).toBeGreaterThan(200_000);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  test('control: without compare-and-set, some interleaving approves beyond the limit (the property can fail)', async () => {
    // It fails on the limit's own assertion, not on any error along the way.
    await expect(
      fc.assert(
        fc.asyncProperty(fc.scheduler(), requestsArb([600_000]), async (s, reqs) => {
          const store = new Store({ usage: createUsage(PBOC), balanceFen: 10_000_000 });
          const outcomes = await runAll(s, store, 'II', 'payment', reqs, false);
          const approved = reqs
            .filter((_, i) => outcomes[i] === 'approved')
            .reduce((sum, r) => sum + r.amountFen, 0);
          expect(approved).toBeLessThanOrEqual(1_000_000);
        }),
        { numRuns: 300 },
      ),
    ).rejects.toSatisfy(
      (e: Error) =>
        e.message.startsWith('Property failed') &&
        /to be less than or equal to 1000000/.test(String((e.cause as Error | undefined)?.message)),
    );
  });
});
