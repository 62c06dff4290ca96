/*
 * Model-based test of the library as a service uses it (issue 16): authorizations (reserve),
 * captures and releases (commit/release), check + record, retries of the same id (sometimes
 * with a later `at`, sometimes after the hold expired), forged reversals (a ghost id, more than
 * is left), and a clock skewed by up to a minute either way around a true clock that only moves
 * forward. The system under test is one Class II account of cn-pboc-2018 (10,000.00 a day out).
 *
 * The reference is deliberately naive: the list of booked transactions and of holds, integer
 * fen, a linear scan for the day (UTC+8 arithmetic, not src/time), and the rules written out:
 * a hold counts until its expiry and is gone after any write at or after it; an id is
 * remembered until a write 24 hours after its instant; a reversal needs a remembered original.
 * After every command the engine must agree with it, and the booked day total never exceeds
 * the limit.
 */
import { describe, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import {
  checkTransaction,
  commit,
  createUsage,
  expire,
  recordTransaction,
  release,
  reserve,
  type TransactionInput,
  type Usage,
} from '../../src/limits';
import { getPreset } from '../../src/presets';

const RUNS = Number(process.env.LIMITS_MODEL_RUNS ?? 10_000);
const PRESET = getPreset('cn-pboc-2018');
const ACCOUNT = { class: 'II', balance: '1000000.00', faceToFaceVerified: true };
const LIMIT = 1_000_000n; // 10,000.00 in fen
const HOUR = 3_600_000;
const HOLD_MS = 15 * 60_000;
const MEMORY_MS = 24 * HOUR;
const START = Date.parse('2026-11-22T08:00:00+08:00');

interface Tx {
  readonly id: string;
  readonly atMs: number;
  readonly fen: bigint;
  readonly reverses?: { readonly id: string; readonly atMs: number };
}
interface Hold {
  readonly tx: Tx;
  readonly expiresAtMs: number;
}
interface Model {
  clock: number;
  booked: Tx[];
  holds: Hold[];
  /** Approved ids and how they ended, for retries. */
  approved: Map<string, { tx: Tx; state: 'pending' | 'committed' | 'released' | 'recorded' }>;
  forgotten: Set<string>;
  next: number;
}
interface Real {
  usage: Usage;
}

const text = (fen: bigint) => `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
const iso = (ms: number) => new Date(ms).toISOString();
const dayOf = (ms: number) => Math.floor((ms + 8 * HOUR) / (24 * HOUR));

function input(tx: Tx): TransactionInput {
  return {
    id: tx.id,
    at: iso(tx.atMs),
    amount: text(tx.fen),
    kind: 'transfer_out',
    counterparty: 'other',
    ...(tx.reverses ? { reverses: { id: tx.reverses.id, at: iso(tx.reverses.atMs) } } : {}),
  };
}

/** What is used of the day at `ms`: booked, less reversals of the same day, plus live holds. */
function used(m: Model, ms: number, self?: string): bigint {
  let sum = 0n;
  for (const b of m.booked) {
    if (dayOf(b.atMs) !== dayOf(ms)) continue;
    if (!b.reverses) sum += b.fen;
    else if (dayOf(b.reverses.atMs) === dayOf(ms)) sum -= b.fen;
  }
  if (sum < 0n) sum = 0n;
  for (const h of m.holds) if (h.expiresAtMs > ms && h.tx.id !== self) sum += h.tx.fen;
  return sum;
}

/** What is left of a booked original to reverse. */
function left(m: Model, id: string): bigint {
  const original = m.booked.find((b) => b.id === id && !b.reverses);
  if (!original) return 0n;
  return m.booked.filter((b) => b.reverses?.id === id).reduce((s, b) => s - b.fen, original.fen);
}

/** A write at `ms` (before what it adds): expired holds go, old ids are forgotten. */
function wrote(m: Model, ms: number): void {
  m.holds = m.holds.filter((h) => h.expiresAtMs > ms);
  for (const b of m.booked) if (b.atMs + MEMORY_MS <= ms) m.forgotten.add(b.id);
}

/** The true clock moves forward; the instant seen is skewed around it. */
function tick(m: Model, step: number, skew: number): number {
  m.clock += step;
  return m.clock + skew;
}

function bookedDayWithinLimit(m: Model): void {
  for (const b of m.booked) {
    const total = m.booked
      .filter((x) => dayOf(x.atMs) === dayOf(b.atMs))
      .reduce((s, x) => (x.reverses ? s - x.fen : s + x.fen), 0n);
    expect(total <= LIMIT).toBe(true);
  }
}

type Step = { readonly step: number; readonly skew: number };
const stepArb = fc.record({
  step: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 20 * 60_000 })),
  skew: fc.oneof(fc.constant(0), fc.integer({ min: -60_000, max: 60_000 })),
});
const fenArb = fc.oneof(
  fc.constantFrom(100n, 100_000n, 400_000n, 500_000n, 600_000n, 900_000n, 1_000_000n),
  fc.bigInt({ min: 1n, max: 1_000_001n }),
);

class Authorize implements fc.Command<Model, Real> {
  constructor(
    readonly s: Step,
    readonly fen: bigint,
  ) {}
  check = () => true;
  run(m: Model, r: Real): void {
    const now = tick(m, this.s.step, this.s.skew);
    const tx: Tx = { id: `a${m.next++}`, atMs: now, fen: this.fen };
    const expected = used(m, now) + tx.fen <= LIMIT;
    const result = reserve(ACCOUNT, input(tx), r.usage, PRESET);
    expect(result.ok).toBe(expected);
    if (!result.ok) return;
    wrote(m, now);
    m.holds.push({ tx, expiresAtMs: now + HOLD_MS });
    m.approved.set(tx.id, { tx, state: 'pending' });
    r.usage = result.usage;
  }
  toString = () => `authorize(${JSON.stringify(this.s)}, ${text(this.fen)})`;
}

class Settle implements fc.Command<Model, Real> {
  constructor(
    readonly s: Step,
    readonly choice: number,
    readonly capture: boolean,
  ) {}
  check = (m: Readonly<Model>) => [...m.approved.values()].some((a) => a.state === 'pending');
  run(m: Model, r: Real): void {
    const pending = [...m.approved.values()].filter((a) => a.state === 'pending');
    const a = pending[this.choice % pending.length]!;
    const now = tick(m, this.s.step, this.s.skew);
    const hold = m.holds.find((h) => h.tx.id === a.tx.id);
    if (!this.capture) {
      r.usage = release(r.usage, a.tx.id, iso(now));
      // Releasing what is no longer held writes nothing.
      if (hold) wrote(m, now);
      m.holds = m.holds.filter((h) => h !== hold);
      // Nothing changed: the hold stays until a write drops it (a retry at an earlier instant of
      // a skewed clock still finds it pending).
      return;
    }
    if (!hold || hold.expiresAtMs <= now) {
      // Expired (dropped or not): never committed, its headroom may be someone else's.
      expect(() => commit(r.usage, a.tx.id, iso(now))).toThrow(
        expect.objectContaining({ code: 'invalid_state' }),
      );
      // Nothing changed: the hold stays until a write drops it (a retry at an earlier instant of
      // a skewed clock still finds it pending).
      return;
    }
    r.usage = commit(r.usage, a.tx.id, iso(now));
    wrote(m, now);
    m.holds = m.holds.filter((h) => h !== hold);
    m.booked.push(a.tx);
    a.state = 'committed';
    bookedDayWithinLimit(m);
  }
  toString = () =>
    `${this.capture ? 'capture' : 'release'}(${JSON.stringify(this.s)}, ${this.choice})`;
}

/** check + record on the same usage (what a service does under compare-and-set). */
class CheckRecord implements fc.Command<Model, Real> {
  constructor(
    readonly s: Step,
    readonly fen: bigint,
  ) {}
  check = () => true;
  run(m: Model, r: Real): void {
    const now = tick(m, this.s.step, this.s.skew);
    const tx: Tx = { id: `c${m.next++}`, atMs: now, fen: this.fen };
    const d = checkTransaction(ACCOUNT, input(tx), r.usage, PRESET, { upgradeHint: false });
    expect(d.allowed).toBe(used(m, now) + tx.fen <= LIMIT);
    if (!d.allowed) return;
    r.usage = recordTransaction(r.usage, input(tx));
    wrote(m, now);
    m.booked.push(tx);
    m.approved.set(tx.id, { tx, state: 'recorded' });
    bookedDayWithinLimit(m);
  }
  toString = () => `checkRecord(${JSON.stringify(this.s)}, ${text(this.fen)})`;
}

/** A retry of an approved id, with the `at` of the retry: it replays while remembered. */
class Retry implements fc.Command<Model, Real> {
  constructor(
    readonly s: Step,
    readonly choice: number,
  ) {}
  check = (m: Readonly<Model>) => m.approved.size > 0;
  run(m: Model, r: Real): void {
    const all = [...m.approved.values()];
    const a = all[this.choice % all.length]!;
    const now = Math.max(a.tx.reverses?.atMs ?? 0, tick(m, this.s.step, this.s.skew));
    const retried = { ...input(a.tx), at: iso(now) };
    const before = r.usage;
    if (a.state === 'recorded') {
      if (m.forgotten.has(a.tx.id)) return;
      expect(recordTransaction(before, retried)).toBe(before);
      return;
    }
    if (m.forgotten.has(a.tx.id)) return;
    // A hold expired at the retry's instant (dropped or not) replays as released.
    const hold = m.holds.find((h) => h.tx.id === a.tx.id);
    const state = a.state === 'pending' && !(hold && hold.expiresAtMs > now) ? 'released' : a.state;
    const result = reserve(ACCOUNT, retried, before, PRESET);
    expect(result).toMatchObject({ ok: true, replayed: true, holdState: state });
    expect(result.usage).toBe(before);
  }
  toString = () => `retry(${JSON.stringify(this.s)}, ${this.choice})`;
}

/** A reversal: forged (a ghost, or more than is left) is refused; a true one is booked. */
class Reverse implements fc.Command<Model, Real> {
  constructor(
    readonly s: Step,
    readonly choice: number,
    readonly forge: 'ghost' | 'excess' | 'none',
    readonly share: number,
  ) {}
  check = (m: Readonly<Model>) => m.booked.some((b) => !b.reverses);
  run(m: Model, r: Real): void {
    const originals = m.booked.filter((b) => !b.reverses);
    const o = originals[this.choice % originals.length]!;
    // A reversal is never earlier than its original, whatever the skew.
    const now = Math.max(o.atMs, tick(m, this.s.step, this.s.skew));
    const rest = left(m, o.id);
    const fen =
      this.forge === 'excess' ? rest + 1n : (rest * BigInt(this.share)) / 100n || rest || 1n;
    const target = this.forge === 'ghost' ? { id: `ghost${m.next}`, atMs: o.atMs } : o;
    const tx: Tx = { id: `v${m.next++}`, atMs: now, fen, reverses: target };
    const old = target.atMs + MEMORY_MS <= now;
    const forged = this.forge !== 'none' || rest === 0n || m.forgotten.has(o.id);
    const d = checkTransaction(ACCOUNT, input(tx), r.usage, PRESET, { upgradeHint: false });
    if (forged && !old) {
      expect(d.violations.map((v) => v.code)).toEqual([
        this.forge === 'ghost' || m.forgotten.has(o.id)
          ? 'unknown_reversal'
          : 'reversal_exceeds_original',
      ]);
      expect(() => recordTransaction(r.usage, input(tx))).toThrow(
        expect.objectContaining({ code: 'invalid_reversal' }),
      );
      return;
    }
    expect(d.allowed).toBe(true);
    r.usage = recordTransaction(r.usage, input(tx));
    wrote(m, now);
    // Older than the memory: booked, restoring nothing (the reference does not count it).
    if (!old) m.booked.push(tx);
    m.approved.set(tx.id, { tx, state: 'recorded' });
  }
  toString = () =>
    `reverse(${JSON.stringify(this.s)}, ${this.choice}, ${this.forge}, ${this.share}%)`;
}

class Expire implements fc.Command<Model, Real> {
  constructor(readonly s: Step) {}
  check = () => true;
  run(m: Model, r: Real): void {
    const now = tick(m, this.s.step, this.s.skew);
    r.usage = expire(r.usage, iso(now));
    wrote(m, now);
    expect(r.usage.holds.map((h) => h.id).sort()).toEqual(m.holds.map((h) => h.tx.id).sort());
  }
  toString = () => `expire(${JSON.stringify(this.s)})`;
}

const commands = fc.commands(
  [
    fc.tuple(stepArb, fenArb).map(([s, f]) => new Authorize(s, f)),
    fc.tuple(stepArb, fenArb).map(([s, f]) => new Authorize(s, f)),
    fc.tuple(stepArb, fc.nat(), fc.boolean()).map(([s, c, k]) => new Settle(s, c, k)),
    fc.tuple(stepArb, fc.nat()).map(([s, c]) => new Settle(s, c, true)),
    fc.tuple(stepArb, fenArb).map(([s, f]) => new CheckRecord(s, f)),
    fc.tuple(stepArb, fc.nat()).map(([s, c]) => new Retry(s, c)),
    fc
      .tuple(
        stepArb,
        fc.nat(),
        fc.constantFrom('ghost' as const, 'excess' as const, 'none' as const),
        fc.integer({ min: 1, max: 100 }),
      )
      .map(([s, c, f, p]) => new Reverse(s, c, f, p)),
    stepArb.map((s) => new Expire(s)),
  ],
  { maxCommands: 40 },
);

describe('the library as a service uses it agrees with a naive reference', () => {
  test('authorize, capture, release, check + record, retries, forged reversals, clock skew', () => {
    fc.assert(
      fc.property(commands, (cmds) => {
        fc.modelRun(
          () => ({
            model: {
              clock: START,
              booked: [],
              holds: [],
              approved: new Map(),
              forgotten: new Set<string>(),
              next: 0,
            },
            real: { usage: createUsage(PRESET) },
          }),
          cmds,
        );
      }),
      { numRuns: RUNS },
    );
  });
});
