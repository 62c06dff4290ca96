/*
 * Model-based test of the incremental limit engine.
 *
 * The system under test keeps a small `Usage` aggregate and advances it with recordTransaction,
 * reserve, commit, release and expire. The model keeps the full list of booked transactions and
 * pending holds, and a deliberately naive reference (below, written independently of src/limits
 * and src/classes: integer fen in BigInt, a linear scan of the whole history for every window)
 * recomputes every decision from scratch. After every command both must agree on the decision
 * and on the headroom of every limit.
 *
 * Times come from a fixed list of instants around the day, month and year boundaries of
 * 2026/2027 in Asia/Shanghai (00:00:00.000, 00:00:00.001, 23:59:59, 23:59:59.999, and 10:00 on
 * consecutive days for the exact 24-hour rolling window), so the boundaries are hit explicitly;
 * amounts mix round values that add up to the limits exactly with arbitrary fen.
 */
import { describe, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { BANK_PRESET, NO_RESTORE_PRESET } from '../fixtures/limitPresets';
import {
  checkTransaction,
  commit,
  createUsage,
  expire,
  recordTransaction,
  release,
  reserve,
  type CheckDecision,
  type TransactionInput,
  type Usage,
} from '../../src/limits';
import { getPreset } from '../../src/presets';
import type { AccountClassRules, LimitRule } from '../../src/presets/types/classes';
import type { Counterparty, TransactionKind } from '../../src/presets/types/common';
import type { Preset } from '../../src/presets/types/preset';
import { addDuration, calendarWindow, formatInstant, rollingWindow } from '../../src/time';
import type { PolicyDuration } from '../../src/time/types';

const RUNS = Number(process.env.LIMITS_MODEL_RUNS ?? 10_000);

// ---------------------------------------------------------------------------------------------
// The naive reference.

const KINDS: readonly TransactionKind[] = [
  'deposit_cash',
  'withdraw_cash',
  'transfer_in',
  'transfer_out',
  'payment',
  'wealth_purchase',
  'wealth_redemption',
  'loan_disbursement',
  'loan_repayment',
  'interest',
  'fee',
];
const PARTIES: readonly Counterparty[] = ['bound', 'own', 'other'];
const CREDIT_KINDS = [
  'deposit_cash',
  'transfer_in',
  'wealth_redemption',
  'loan_disbursement',
  'interest',
];

interface RefTx {
  readonly id: string;
  readonly atMs: number;
  readonly fen: bigint;
  readonly kind: TransactionKind;
  readonly counterparty: Counterparty;
  /** For a reversal: the instant of the original. */
  readonly originalAtMs?: number;
  readonly originalId?: string;
  /** A reversal of an original older than the usage's memory: booked, restoring nothing. */
  readonly untracked?: boolean;
}

/** How long a usage remembers a recorded id (IDEMPOTENCY_PERIOD, 24 hours). */
const MEMORY_MS = 24 * 3_600_000;

interface RefHold {
  readonly tx: RefTx;
  readonly expiresAtMs: number;
}

function fenOf(text: string): bigint {
  const [int, frac = ''] = text.split('.');
  return BigInt(int!) * 100n + BigInt((frac + '00').slice(0, 2));
}

function textOf(fen: bigint): string {
  const s = fen.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
}

function direction(cls: AccountClassRules, tx: RefTx): 'inflow' | 'outflow' | null {
  const hit = (list: AccountClassRules['counting']['inflow']) =>
    list.some(
      (m) =>
        m.kinds.includes(tx.kind) &&
        (!m.counterparties || m.counterparties.includes(tx.counterparty)),
    );
  if (hit(cls.counting.outflow)) return 'outflow';
  if (hit(cls.counting.inflow)) return 'inflow';
  return null;
}

function isCredit(tx: RefTx): boolean {
  const credit = CREDIT_KINDS.includes(tx.kind);
  return tx.originalAtMs === undefined ? credit : !credit;
}

interface RefAccount {
  readonly class: string;
  readonly balanceFen: bigint;
  readonly faceToFaceVerified: boolean;
  readonly boundFirstDepositReceived: boolean;
}

interface RefDecision {
  readonly allowed: boolean;
  readonly violations: readonly string[];
  readonly headroom: Record<string, string>;
}

function referenceCheck(
  preset: Preset,
  account: RefAccount,
  tx: RefTx,
  booked: readonly RefTx[],
  holds: readonly RefHold[],
): RefDecision {
  const cls = preset.classes.find((c) => c.id === account.class)!;
  const t = tx.atMs;
  const reversal = tx.originalAtMs !== undefined;
  const violations: string[] = [];
  const headroom: Record<string, string> = {};
  if (!reversal) {
    const rule = cls.permissions.find(
      (p) =>
        p.kinds.includes(tx.kind) &&
        (!p.counterparties || p.counterparties.includes(tx.counterparty)),
    );
    const ok =
      rule !== undefined &&
      rule.allowed &&
      (rule.requires ?? []).every((c) =>
        c === 'face_to_face_verified'
          ? account.faceToFaceVerified
          : c === 'bound_first_deposit'
            ? account.boundFirstDepositReceived
            : // 2018 Class III: non-bound inflows after the bound first deposit or a face-to-face check
              account.boundFirstDepositReceived || account.faceToFaceVerified,
      );
    if (!ok) violations.push('kind_not_permitted');
  }
  const active = holds.filter((h) => h.expiresAtMs > t && h.tx.id !== tx.id);
  const txDir = reversal ? null : direction(cls, tx);
  for (const limit of cls.limits as readonly LimitRule[]) {
    if (limit.type === 'window_amount' || limit.type === 'window_count') {
      const w =
        limit.window.kind === 'calendar'
          ? calendarWindow(new Date(t), limit.window.unit, preset.timeZone)
          : rollingWindow(new Date(t), limit.window.duration, preset.timeZone);
      const inside = (ms: number) => w.start.getTime() <= ms && ms < w.end.getTime();
      let gross = 0n;
      let reversed = 0n;
      let count = 0;
      for (const b of booked) {
        if (!inside(b.atMs) || direction(cls, b) !== limit.direction) continue;
        if (b.originalAtMs === undefined) {
          gross += b.fen;
          count++;
        } else if (inside(b.originalAtMs) && !b.untracked) reversed += b.fen;
      }
      let used = cls.counting.reversalsRestoreHeadroom ? gross - reversed : gross;
      if (used < 0n) used = 0n;
      for (const h of active) {
        if (
          h.tx.originalAtMs !== undefined ||
          !inside(h.tx.atMs) ||
          direction(cls, h.tx) !== limit.direction
        )
          continue;
        used += h.tx.fen;
        count++;
      }
      if (limit.type === 'window_amount') {
        const cap = fenOf(limit.limit.amount);
        headroom[limit.id] = textOf(cap > used ? cap - used : 0n);
        if (txDir === limit.direction && used + tx.fen > cap)
          violations.push(`${limit.id}:${textOf(used)}`);
      } else {
        headroom[limit.id] = String(Math.max(0, limit.count - count));
        if (txDir === limit.direction && count + 1 > limit.count)
          violations.push(`${limit.id}:${count}`);
      }
    } else if (limit.type === 'per_transaction') {
      headroom[limit.id] = limit.limit.amount;
      if (txDir === limit.direction && tx.fen > fenOf(limit.limit.amount))
        violations.push(`${limit.id}:0.00`);
    } else {
      const cap = fenOf(limit.limit.amount);
      let used = account.balanceFen;
      for (const h of active) if (isCredit(h.tx)) used += h.tx.fen;
      headroom[limit.id] = textOf(cap > used ? cap - used : 0n);
      if (isCredit(tx) && used + tx.fen > cap) violations.push(`${limit.id}:${textOf(used)}`);
    }
  }
  return { allowed: violations.length === 0, violations, headroom };
}

/** The engine's decision in the reference's terms. */
function summary(d: CheckDecision): RefDecision {
  return {
    allowed: d.allowed,
    violations: d.violations.map((v) => ('limitId' in v ? `${v.limitId}:${v.used}` : v.code)),
    headroom: { ...d.headroom },
  };
}

// ---------------------------------------------------------------------------------------------
// Time and amounts.

const ZONE = 'Asia/Shanghai';
const INSTANTS: readonly number[] = (() => {
  const out: number[] = [];
  for (const day of ['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02'])
    for (const time of [
      '00:00:00.000',
      '00:00:00.001',
      '00:00:01',
      '09:59:59.999',
      '10:00:00',
      '10:00:00.001',
      '12:00:00',
      '23:59:59',
      '23:59:59.999',
    ])
      out.push(Date.parse(`${day}T${time}+08:00`));
  return out.sort((a, b) => a - b);
})();
const LAST = INSTANTS.length - 1;

const ROUND_FEN = [
  1n,
  100n,
  99_999n,
  100_000n,
  100_001n,
  200_000n,
  300_000n,
  400_000n,
  500_000n,
  500_001n,
  1_000_000n,
  // near the annual caps (50,000; 100,000; 200,000), so that a few bookings reach them
  4_800_000n,
  5_000_000n,
  9_800_000n,
  10_000_000n,
  19_000_000n,
  19_800_000n,
  20_000_000n,
];
const fenArb = fc.oneof(fc.constantFrom(...ROUND_FEN), fc.bigInt({ min: 0n, max: 1_200_000n }));

const HOLD_DURATIONS: readonly PolicyDuration[] = [{ minutes: 15 }, { hours: 10 }, { days: 1 }];

interface Scenario {
  readonly name: string;
  readonly preset: Preset;
}
const SCENARIOS: readonly Scenario[] = [
  { name: 'cn-pboc-2018', preset: getPreset('cn-pboc-2018') },
  { name: 'cn-pboc-2016', preset: getPreset('cn-pboc-2016') },
  { name: 'tiered-generic', preset: getPreset('tiered-generic') },
  { name: 'bank layers (month, count, per-transaction, rolling 24h)', preset: BANK_PRESET },
  { name: 'reversals do not restore headroom', preset: NO_RESTORE_PRESET },
];

// ---------------------------------------------------------------------------------------------
// Model and commands.

interface Model {
  readonly preset: Preset;
  booked: RefTx[];
  holds: RefHold[];
  /** Index (into INSTANTS) of the latest booked transaction; checks happen from there on. */
  maxBookedIndex: number;
  nextId: number;
  /** Ids the usage has forgotten: a write came 24 hours or more after their instant. */
  forgotten: Set<string>;
}

/**
 * A write at `ms`, before what it adds: holds expired then are dropped, and ids booked 24 hours
 * or more before it are forgotten (as every write of the usage does).
 */
function wrote(m: Model, ms: number): void {
  m.holds = m.holds.filter((h) => h.expiresAtMs > ms);
  for (const b of m.booked) if (b.atMs + MEMORY_MS <= ms) m.forgotten.add(b.id);
}
interface Real {
  usage: Usage;
}

function input(tx: RefTx): TransactionInput {
  return {
    id: tx.id,
    at: formatInstant(new Date(tx.atMs), ZONE),
    amount: textOf(tx.fen),
    kind: tx.kind,
    counterparty: tx.counterparty,
    ...(tx.originalAtMs === undefined
      ? {}
      : { reverses: { id: tx.originalId!, at: formatInstant(new Date(tx.originalAtMs), ZONE) } }),
  };
}

function book(m: Model, tx: RefTx): void {
  m.booked.push(tx);
  const index = INSTANTS.indexOf(tx.atMs);
  if (index > m.maxBookedIndex) m.maxBookedIndex = index;
}

interface Draw {
  readonly offset: number;
  readonly fen: bigint;
  readonly kind: TransactionKind;
  readonly counterparty: Counterparty;
  readonly classChoice: number;
  readonly balanceFen: bigint;
  readonly faceToFaceVerified: boolean;
  readonly boundFirstDepositReceived: boolean;
}
const drawArb: fc.Arbitrary<Draw> = fc.record({
  offset: fc.oneof(
    fc.constant(0),
    fc.integer({ min: 0, max: 4 }),
    fc.integer({ min: 0, max: LAST }),
  ),
  fen: fenArb,
  kind: fc.constantFrom(...KINDS),
  counterparty: fc.constantFrom(...PARTIES),
  classChoice: fc.nat(),
  balanceFen: fc.oneof(
    fc.constantFrom(0n, 100_000n, 150_000n, 200_000n),
    fc.bigInt({ min: 0n, max: 300_000n }),
  ),
  faceToFaceVerified: fc.boolean(),
  boundFirstDepositReceived: fc.boolean(),
});

function accountOf(m: Model, d: Draw): RefAccount {
  const classes = m.preset.classes;
  return {
    class: classes[d.classChoice % classes.length]!.id,
    balanceFen: d.balanceFen,
    faceToFaceVerified: d.faceToFaceVerified,
    boundFirstDepositReceived: d.boundFirstDepositReceived,
  };
}

function engineAccount(a: RefAccount) {
  return {
    class: a.class,
    balance: textOf(a.balanceFen),
    faceToFaceVerified: a.faceToFaceVerified,
    boundFirstDepositReceived: a.boundFirstDepositReceived,
  };
}

/** Books a transaction at any instant (late arrivals included). */
class RecordCommand implements fc.Command<Model, Real> {
  constructor(
    readonly index: number,
    readonly d: Draw,
  ) {}
  check = () => true;
  run(m: Model, r: Real): void {
    const tx: RefTx = {
      id: `b${m.nextId++}`,
      atMs: INSTANTS[this.index]!,
      fen: this.d.fen,
      kind: this.d.kind,
      counterparty: this.d.counterparty,
    };
    r.usage = recordTransaction(r.usage, input(tx));
    wrote(m, tx.atMs);
    book(m, tx);
    expect(r.usage.holds.map((h) => h.id)).toEqual(m.holds.map((h) => h.tx.id));
  }
  toString = () =>
    `record(${this.index}, ${textOf(this.d.fen)} ${this.d.kind}/${this.d.counterparty})`;
}

/** Books a reversal of an earlier booked transaction (part or all of what is left of it). */
class ReverseCommand implements fc.Command<Model, Real> {
  constructor(
    readonly choice: number,
    readonly share: number,
    readonly offset: number,
  ) {}
  private target(m: Model): { original: RefTx; left: bigint } | null {
    const open = m.booked
      .filter((b) => b.originalAtMs === undefined)
      .map((original) => ({
        original,
        left:
          original.fen -
          m.booked.filter((b) => b.originalId === original.id).reduce((s, b) => s + b.fen, 0n),
      }))
      .filter((x) => x.left > 0n);
    return open.length === 0 ? null : open[this.choice % open.length]!;
  }
  check = (m: Readonly<Model>) => this.target(m as Model) !== null;
  run(m: Model, r: Real): void {
    const { original, left } = this.target(m)!;
    const fen = (left * BigInt(this.share)) / 100n || left;
    const index = Math.min(LAST, INSTANTS.indexOf(original.atMs) + this.offset);
    const atMs = INSTANTS[index]!;
    const tx: RefTx = {
      id: `v${m.nextId++}`,
      atMs,
      fen,
      kind: original.kind,
      counterparty: original.counterparty,
      originalAtMs: original.atMs,
      originalId: original.id,
      ...(original.atMs + MEMORY_MS <= atMs ? { untracked: true } : {}),
    };
    if (!tx.untracked && m.forgotten.has(original.id)) {
      // A late reversal of an original the usage has already forgotten: it cannot be verified.
      expect(() => recordTransaction(r.usage, input(tx))).toThrow(
        expect.objectContaining({ code: 'invalid_reversal' }),
      );
      return;
    }
    r.usage = recordTransaction(r.usage, input(tx));
    wrote(m, atMs);
    book(m, tx);
  }
  toString = () => `reverse(${this.choice}, ${this.share}%, +${this.offset})`;
}

/** Checks a transaction (at or after the latest booking) and compares with the reference. */
class CheckCommand implements fc.Command<Model, Real> {
  constructor(readonly d: Draw) {}
  check = () => true;
  run(m: Model, r: Real): void {
    const account = accountOf(m, this.d);
    const tx: RefTx = {
      id: `c${m.nextId++}`,
      atMs: INSTANTS[Math.min(LAST, m.maxBookedIndex + this.d.offset)]!,
      fen: this.d.fen,
      kind: this.d.kind,
      counterparty: this.d.counterparty,
    };
    const expected = referenceCheck(m.preset, account, tx, m.booked, m.holds);
    const actual = summary(
      checkTransaction(engineAccount(account), input(tx), r.usage, m.preset, {
        upgradeHint: false,
      }),
    );
    expect(actual).toEqual(expected);
  }
  toString = () =>
    `check(+${this.d.offset}, ${textOf(this.d.fen)} ${this.d.kind}/${this.d.counterparty}, class#${this.d.classChoice})`;
}

/** Reserves (at or after the latest booking); the engine must hold exactly when the reference allows. */
class ReserveCommand implements fc.Command<Model, Real> {
  constructor(
    readonly d: Draw,
    readonly holdFor: PolicyDuration,
  ) {}
  check = () => true;
  run(m: Model, r: Real): void {
    const account = accountOf(m, this.d);
    const tx: RefTx = {
      id: `h${m.nextId++}`,
      atMs: INSTANTS[Math.min(LAST, m.maxBookedIndex + this.d.offset)]!,
      fen: this.d.fen,
      kind: this.d.kind,
      counterparty: this.d.counterparty,
    };
    const live = m.holds.filter((h) => h.expiresAtMs > tx.atMs);
    const expected = referenceCheck(m.preset, account, tx, m.booked, live);
    const result = reserve(engineAccount(account), input(tx), r.usage, m.preset, {
      holdFor: this.holdFor,
      upgradeHint: false,
    });
    expect(result.ok).toBe(expected.allowed);
    if (result.decision) expect(summary(result.decision)).toEqual(expected);
    if (result.ok) {
      expect(result.usage.version).toBe(r.usage.version + 1);
      r.usage = result.usage;
      m.holds = [
        ...live,
        { tx, expiresAtMs: addDuration(new Date(tx.atMs), this.holdFor, ZONE).getTime() },
      ];
      wrote(m, tx.atMs);
      expect(r.usage.holds.map((h) => h.id)).toEqual(m.holds.map((h) => h.tx.id));
    } else {
      expect(result.usage).toBe(r.usage);
    }
  }
  toString = () =>
    `reserve(+${this.d.offset}, ${textOf(this.d.fen)} ${this.d.kind}/${this.d.counterparty}, class#${this.d.classChoice}, ${JSON.stringify(this.holdFor)})`;
}

/** Retries a pending reservation: same content is a replay (nothing changes), other content a conflict. */
class RetryCommand implements fc.Command<Model, Real> {
  constructor(
    readonly choice: number,
    readonly sameContent: boolean,
  ) {}
  check = (m: Readonly<Model>) => m.holds.length > 0;
  run(m: Model, r: Real): void {
    const hold = m.holds[this.choice % m.holds.length]!;
    const account = {
      class: m.preset.classes[0]!.id,
      balance: '0.00',
      faceToFaceVerified: true,
      boundFirstDepositReceived: true,
    };
    const tx = input(this.sameContent ? hold.tx : { ...hold.tx, fen: hold.tx.fen + 1n });
    if (this.sameContent) {
      const result = reserve(account, tx, r.usage, m.preset);
      expect(result.ok && result.replayed).toBe(true);
      expect(result.usage).toBe(r.usage);
    } else {
      expect(() => reserve(account, tx, r.usage, m.preset)).toThrow(
        expect.objectContaining({ code: 'conflicting_transaction' }),
      );
    }
  }
  toString = () => `retry(${this.choice}, ${this.sameContent ? 'same' : 'different'})`;
}

/** The instant of a settlement: the hold's own, or a few instants later (possibly expired). */
function settleAt(hold: RefHold, offset: number): number {
  return INSTANTS[Math.min(LAST, INSTANTS.indexOf(hold.tx.atMs) + offset)]!;
}

class CommitCommand implements fc.Command<Model, Real> {
  constructor(
    readonly choice: number,
    readonly offset: number,
  ) {}
  check = (m: Readonly<Model>) => m.holds.length > 0;
  run(m: Model, r: Real): void {
    const hold = m.holds[this.choice % m.holds.length]!;
    const now = new Date(settleAt(hold, this.offset));
    if (hold.expiresAtMs <= now.getTime()) {
      // Its headroom may have been given away: an expired hold is never committed.
      expect(() => commit(r.usage, hold.tx.id, now)).toThrow(
        expect.objectContaining({ code: 'invalid_state' }),
      );
      return;
    }
    r.usage = commit(r.usage, hold.tx.id, now);
    m.holds = m.holds.filter((h) => h !== hold);
    wrote(m, now.getTime());
    book(m, hold.tx);
    expect(commit(r.usage, hold.tx.id, now)).toBe(r.usage);
    expect(r.usage.holds.map((h) => h.id)).toEqual(m.holds.map((h) => h.tx.id));
  }
  toString = () => `commit(${this.choice}, +${this.offset})`;
}

class ReleaseCommand implements fc.Command<Model, Real> {
  constructor(
    readonly choice: number,
    readonly offset: number,
  ) {}
  check = (m: Readonly<Model>) => m.holds.length > 0;
  run(m: Model, r: Real): void {
    const hold = m.holds[this.choice % m.holds.length]!;
    const now = new Date(settleAt(hold, this.offset));
    r.usage = release(r.usage, hold.tx.id, now);
    m.holds = m.holds.filter((h) => h !== hold);
    wrote(m, now.getTime());
    expect(release(r.usage, hold.tx.id, now)).toBe(r.usage);
    expect(r.usage.holds.map((h) => h.id)).toEqual(m.holds.map((h) => h.tx.id));
  }
  toString = () => `release(${this.choice}, +${this.offset})`;
}

class ExpireCommand implements fc.Command<Model, Real> {
  constructor(readonly index: number) {}
  check = () => true;
  run(m: Model, r: Real): void {
    const now = INSTANTS[this.index]!;
    const before = r.usage;
    r.usage = expire(r.usage, new Date(now));
    const kept = m.holds.filter((h) => h.expiresAtMs > now);
    if (kept.length === m.holds.length) expect(r.usage.holds).toEqual(before.holds);
    wrote(m, now);
    expect(r.usage.holds.map((h) => h.id)).toEqual(m.holds.map((h) => h.tx.id));
  }
  toString = () => `expire(${this.index})`;
}

const commandsArb = fc.commands(
  [
    fc.tuple(fc.integer({ min: 0, max: LAST }), drawArb).map(([i, d]) => new RecordCommand(i, d)),
    fc
      .tuple(fc.nat(), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 12 }))
      .map(([c, s, o]) => new ReverseCommand(c, s, o)),
    drawArb.map((d) => new CheckCommand(d)),
    drawArb.map((d) => new CheckCommand(d)),
    fc.tuple(drawArb, fc.constantFrom(...HOLD_DURATIONS)).map(([d, h]) => new ReserveCommand(d, h)),
    fc.tuple(fc.nat(), fc.boolean()).map(([c, same]) => new RetryCommand(c, same)),
    fc.tuple(fc.nat(), fc.integer({ min: 0, max: 3 })).map(([c, o]) => new CommitCommand(c, o)),
    fc.tuple(fc.nat(), fc.integer({ min: 0, max: 3 })).map(([c, o]) => new ReleaseCommand(c, o)),
    fc.integer({ min: 0, max: LAST }).map((i) => new ExpireCommand(i)),
  ],
  { maxCommands: 40, size: 'medium' },
);

describe('the incremental engine agrees with a naive recomputation from the full history', () => {
  test('on random histories with reservations, commits, releases, expiries, reversals and late arrivals', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SCENARIOS.map((s) => s.name)), commandsArb, (name, cmds) => {
        const scenario = SCENARIOS.find((s) => s.name === name)!;
        fc.modelRun(
          () => ({
            model: {
              preset: scenario.preset,
              booked: [],
              holds: [],
              maxBookedIndex: 0,
              nextId: 0,
              forgotten: new Set<string>(),
            },
            real: { usage: createUsage(scenario.preset) },
          }),
          cmds,
        );
      }),
      { numRuns: RUNS },
    );
  });

  test('the reference itself reaches the limit at equality and refuses one fen more (it can fail)', () => {
    const preset = getPreset('cn-pboc-2018');
    const at = Date.parse('2026-12-31T23:59:59+08:00');
    const booked: RefTx[] = [
      { id: 'a', atMs: at - 1000, fen: 900_000n, kind: 'payment', counterparty: 'other' },
    ];
    const account: RefAccount = {
      class: 'II',
      balanceFen: 0n,
      faceToFaceVerified: false,
      boundFirstDepositReceived: false,
    };
    const tx = (fen: bigint, atMs = at): RefTx => ({
      id: 'x',
      atMs,
      fen,
      kind: 'transfer_out',
      counterparty: 'other',
    });
    expect(referenceCheck(preset, account, tx(100_000n), booked, []).allowed).toBe(true);
    expect(referenceCheck(preset, account, tx(100_001n), booked, []).violations).toEqual([
      'dailyOutflow:9000.00',
    ]);
    expect(referenceCheck(preset, account, tx(1_000_000n, at + 1000), booked, []).allowed).toBe(
      true,
    );
  });
});
