/*
 * The reference service under load and faults (issue 16). It starts a throwaway PostgreSQL,
 * installs examples/service with the library from its packed tarball, and starts the service
 * as a child process. Then 64 clients send more than 20,000 requests over 24 accounts: amounts
 * near the limits, captures and releases, and 10% duplicates (the same id; an authorization
 * sometimes with a later `at`). Half way, the service is killed with SIGKILL and started again;
 * every request that was in flight (or sent while it was down) is sent again. Holds last one
 * minute, and some authorizations are captured (twice) only after their hold expired.
 *
 * Afterwards it recomputes every account from the ledger with checkTransactionFromHistory and
 * asserts: each booked transaction was within every limit (and the funds) given what was booked
 * before it, every approved id is in the ledger exactly once, every duplicate got the first
 * answer, nothing approved or captured was lost. It prints the counts.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTransactionFromHistory, type TransactionInput } from '../../src/limits';
import { getPreset } from '../../src/presets';
import { CLI_TRANSITION_ACCOUNT } from '../fixtures/cliExamples';
import { installService, startService, type Service } from './harness';
import { freePort, startPostgres, type Postgres } from './postgres';

const TOTAL = Number(process.env.SERVICE_REQUESTS ?? 20_000);
const CONCURRENCY = 64;
const ACCOUNTS = 24;
const PRESET = getPreset('cn-pboc-2018');
/** Holds of one minute, so that some captures come after the hold expired. */
const HOLD = { HOLD_MINUTES: '1' };

// ---------------------------------------------------------------------------------------------
// The load.

interface Request {
  readonly key: string;
  readonly path: string;
  body: Record<string, unknown>;
}
interface Answer {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/** The part of an answer a duplicate must repeat. */
function gist(a: Answer): string {
  const { replayed: _r, message: _m, ...rest } = a.body;
  const violations = (rest.violations as { code: string }[] | undefined)?.map((v) => v.code);
  const all: Record<string, unknown> = {
    status: a.status,
    ...rest,
    ...(violations ? { violations } : {}),
  };
  return JSON.stringify(
    Object.fromEntries(Object.entries(all).sort(([x], [y]) => x.localeCompare(y))),
  );
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const OUT_II = ['9999.99', '5000.00', '4999.99', '2500.00', '1000.01', '333.33', '0.01'];
const OUT_III = ['2000.00', '1999.99', '1000.00', '500.00', '0.01'];
const IN_AMOUNTS = ['10000.00', '5000.00', '1000.00', '0.01'];

const accountId = (i: number) => `acc-${String(i).padStart(2, '0')}`;
const classOf = (i: number) => (i % 3 === 2 ? 'III' : 'II');
const openingBalance = (i: number) => (classOf(i) === 'III' ? '1500.00' : '30000.00');

describe('the reference service under load, duplicates and a kill -9', () => {
  let db: Postgres;
  let service: Service;
  let pool: pg.Pool;

  beforeAll(async () => {
    installService();
    db = await startPostgres();
    pool = new pg.Pool({
      host: db.env.PGHOST,
      port: db.port,
      user: db.env.PGUSER,
      database: db.env.PGDATABASE,
      max: 2,
    });
    service = await startService(db, await freePort(), HOLD);
  }, 300_000);

  afterAll(async () => {
    if (service && service.child.exitCode === null) {
      const exited = new Promise((resolve) => service.child.once('exit', resolve));
      service.child.kill('SIGTERM');
      await exited;
    }
    await pool?.end();
    db?.stop();
  });

  it('never exceeds a limit, books every approved id once, answers every duplicate the first way', async () => {
    const base = () => `http://127.0.0.1:${service.port}`;
    // The contract's normal account state; each account gets its own opening balance below.
    const state = CLI_TRANSITION_ACCOUNT;
    for (let i = 0; i < ACCOUNTS; i++) {
      const r = await fetch(`${base()}/accounts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          id: accountId(i),
          class: classOf(i),
          state: { ...state, balance: openingBalance(i) },
        }),
      });
      expect(r.status).toBe(201);
    }

    const rnd = random(16);
    const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
    const first = new Map<string, string>();
    const sent: Request[] = [];
    const held: { accountId: string; id: string }[] = [];
    const late: { accountId: string; id: string; since: number }[] = [];
    const approved = new Set<string>();
    const captured = new Set<string>();
    const counts = {
      requests: 0,
      approved: 0,
      refused: 0,
      replays: 0,
      duplicates: 0,
      resent: 0,
      expired: 0,
      /** Answers of 400: every request the test sends is well-formed, so this stays 0. */
      invalid: 0,
    };
    const latencies: number[] = [];
    let nextId = 0;
    let up: Promise<void> = Promise.resolve();
    let killed = false;

    const nextRequest = (): Request => {
      if (sent.length > 100 && rnd() < 0.1) {
        counts.duplicates++;
        const d = pick(sent);
        if (d.path === '/authorize' && rnd() < 0.5) {
          const tx = d.body.transaction as Record<string, unknown>;
          return {
            ...d,
            body: { ...d.body, transaction: { ...tx, at: new Date().toISOString() } },
          };
        }
        return d;
      }
      if (held.length > 0 && rnd() < 0.35) {
        const h = held.splice(Math.floor(rnd() * held.length), 1)[0]!;
        const op = rnd() < 0.75 ? 'capture' : 'release';
        return { key: `${op}:${h.id}`, path: `/${op}`, body: h };
      }
      const i = Math.floor(rnd() * ACCOUNTS);
      const inflow = rnd() < 0.15;
      const amount = inflow ? pick(IN_AMOUNTS) : pick(classOf(i) === 'III' ? OUT_III : OUT_II);
      const id = `tx-${nextId++}`;
      const transaction = {
        id,
        at: new Date().toISOString(),
        amount,
        kind: inflow ? 'transfer_in' : pick(['transfer_out', 'payment'] as const),
        counterparty: 'other',
      };
      return {
        key: `authorize:${id}`,
        path: '/authorize',
        body: { accountId: accountId(i), transaction },
      };
    };

    /** Sends until an answer comes back, resending after connection failures. */
    const send = async (req: Request): Promise<Answer> => {
      for (;;) {
        await up;
        const t = performance.now();
        try {
          const r = await fetch(`${base()}${req.path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(req.body),
          });
          const answer = { status: r.status, body: (await r.json()) as Record<string, unknown> };
          latencies.push(performance.now() - t);
          return answer;
        } catch {
          counts.resent++;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    };

    const kill = async () => {
      killed = true;
      let restarted!: () => void;
      up = new Promise((resolve) => (restarted = resolve));
      const old = service.child;
      const exited = new Promise((resolve) => old.once('exit', resolve));
      old.kill('SIGKILL');
      await exited;
      service = await startService(db, service.port, HOLD);
      restarted();
    };

    const started = performance.now();
    const worker = async () => {
      while (counts.requests < TOTAL) {
        counts.requests++;
        if (!killed && counts.requests >= TOTAL / 2) void kill();
        const req = nextRequest();
        sent.push(req);
        const answer = await send(req);
        expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(500);
        if (answer.status === 400) counts.invalid++;
        if (answer.body.replayed) counts.replays++;
        const g = gist(answer);
        const before = first.get(req.key);
        if (before === undefined) first.set(req.key, g);
        else expect(g, req.key).toBe(before);
        if (req.path === '/authorize' && before === undefined) {
          const tx = req.body.transaction as { id: string };
          if (answer.body.approved === true) {
            counts.approved++;
            approved.add(tx.id);
            const h = { accountId: req.body.accountId as string, id: tx.id };
            // Some are captured only after their hold expired (and then retried).
            if (counts.requests < TOTAL * 0.6 && rnd() < 0.05)
              late.push({ ...h, since: Date.now() });
            else held.push(h);
          } else if (answer.body.approved === false) counts.refused++;
        }
        if (req.path === '/capture' && answer.body.captured === true)
          captured.add(answer.body.id as string);
        if (req.path === '/capture' && before === undefined && answer.status === 409)
          counts.expired++;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const seconds = (performance.now() - started) / 1000;

    // Captures after the holds expired (one minute), each sent twice: refused the same way both
    // times, and the ledger marks them expired.
    const newest = Math.max(0, ...late.map((l) => l.since));
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, newest + 61_000 - Date.now())));
    for (const l of late) {
      const req = {
        key: `capture:${l.id}`,
        path: '/capture',
        body: { accountId: l.accountId, id: l.id },
      };
      const answers = [await send(req), await send(req)];
      expect(answers.map((a) => [a.status, a.body.error])).toEqual([
        [409, 'invalid_state'],
        [409, 'invalid_state'],
      ]);
      expect(answers[1]!.body.replayed).toBe(true);
      counts.requests += 2;
      counts.expired++;
    }

    // The ledger: every approved id once, every capture booked.
    const ledger = await pool.query<{
      id: string;
      account_id: string;
      tx: TransactionInput;
      status: string;
    }>('SELECT id, account_id, tx, status FROM transactions ORDER BY at, id');
    const ids = ledger.rows.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const inLedger = new Set(ids);
    for (const id of approved) expect(inLedger.has(id), id).toBe(true);
    const booked = new Set(ledger.rows.filter((r) => r.status === 'captured').map((r) => r.id));
    for (const id of captured) expect(booked.has(id), id).toBe(true);

    // Recompute every account from its booked history.
    let worst = 0;
    for (let i = 0; i < ACCOUNTS; i++) {
      const history: TransactionInput[] = [];
      let balance = Number(openingBalance(i));
      for (const row of ledger.rows) {
        if (row.account_id !== accountId(i) || row.status !== 'captured') continue;
        const d = checkTransactionFromHistory(
          { class: classOf(i), balance: balance.toFixed(2), faceToFaceVerified: true },
          row.tx,
          history,
          PRESET,
          { checkFunds: true, upgradeHint: false },
        );
        expect(
          d.violations.map((v) => v.code),
          row.id,
        ).toEqual([]);
        for (const l of d.limits)
          if (l.type === 'window_amount') {
            const after =
              (Number(l.used) + (d.counting === l.direction ? Number(row.tx.amount) : 0)) /
              Number(l.limit);
            if (after > worst) worst = after;
          }
        balance += (d.effect === 'credit' ? 1 : -1) * Number(row.tx.amount);
        history.push(row.tx);
      }
      expect(balance).toBeGreaterThanOrEqual(0);
    }

    latencies.sort((a, b) => a - b);
    const p = (q: number) => latencies[Math.floor(q * (latencies.length - 1))]!.toFixed(1);
    console.log(
      `service: ${counts.requests} requests (${counts.duplicates} duplicates, ${counts.resent} resent after the kill -9) ` +
        `in ${seconds.toFixed(1)} s, ${(counts.requests / seconds).toFixed(0)} requests/s, p50 ${p(0.5)} ms, p99 ${p(0.99)} ms; ` +
        `authorizations ${counts.approved} approved, ${counts.refused} refused, ${counts.invalid} invalid; ${counts.replays} replays; ` +
        `${counts.expired} captures refused after the hold expired; ` +
        `${booked.size} captured; ledger ${ids.length} rows; worst usage ${(worst * 100).toFixed(2)}% of a limit`,
    );
    expect(counts.requests).toBeGreaterThanOrEqual(TOTAL);
    expect(worst).toBeLessThanOrEqual(1);
    // The run decided something: well-formed requests were never refused as invalid input (all
    // of them were, unnoticed, while the service passed the lifecycle's closure-only lists to the
    // limit check), and there were approvals, refusals near the limits and captures.
    expect(counts.invalid).toBe(0);
    expect(late.length).toBeGreaterThan(0);
    expect(counts.approved).toBeGreaterThan(0);
    expect(counts.refused).toBeGreaterThan(0);
    expect(booked.size).toBeGreaterThan(0);
  }, 900_000);
});
