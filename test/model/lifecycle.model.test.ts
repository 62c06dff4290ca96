/**
 * Model-based tests of the account lifecycle: random sequences of events (and of time passing)
 * run against `transition` and against a deliberately simple model that knows only a few facts:
 * the balance in fen, which freezes stand until when, whether a loss report stands (15 days in
 * Asia/Shanghai, which has had no DST since 1991, so 15 × 24 hours), the person's restrictions,
 * and whether the account is closed. After every step the model and the real account must agree,
 * and the real decisions must respect the model's safety rules:
 * - closed is absorbing: everything but `advance` is refused with `already_closed`;
 * - no debit passes while a debit-scope freeze, a loss report, a receive-only restriction or
 *   closure stands, nor below the frozen amount;
 * - `advance(t2)` after `advance(t1)` equals `advance(t2)`, and `advance` is idempotent;
 * - nothing is lost: refused events change nothing; accepted ones change only what they are about;
 * - every refusal lists every failing closure precondition the model can see.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { advance } from '../../src/lifecycle/advance';
import type { LifecycleEvent } from '../../src/lifecycle/events';
import { transition } from '../../src/lifecycle/transition';
import type { TransitionResult } from '../../src/lifecycle/transitionTypes';
import type {
  AccountState,
  FreezeKind,
  FreezeScope,
  RestrictionKind,
} from '../../src/lifecycle/types';
import { LIFECYCLE_MESSAGES } from '../../src/messages/catalog/lifecycle';
import type { Channel, LiftingParty, TransactionKind } from '../../src/presets';
import { getPreset } from '../../src/presets';

const preset = getPreset('cn-pboc-2018');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.parse('2026-01-05T10:00:00+08:00');
const LOSS_VALIDITY = 15 * DAY; // Asia/Shanghai: calendar days are 24 h
const COUNTER: readonly Channel[] = ['counter', 'kiosk_assisted'];

interface ModelFreeze {
  readonly id: string;
  readonly kind: FreezeKind;
  readonly scope: FreezeScope;
  readonly fen: number;
  readonly from: number;
  until: number | null;
}
interface ModelRestriction {
  readonly id: string;
  readonly kind: RestrictionKind;
  readonly from: number;
  readonly until: number | null;
}
interface Model {
  now: number;
  /** When the last event was applied (for the monotonicity check). */
  lastEventAt: number;
  closed: boolean;
  fen: number;
  freezes: ModelFreeze[];
  lossAt: number | null;
  restrictions: ModelRestriction[];
  pendingBusiness: boolean;
  nextId: number;
}
interface Real {
  account: AccountState;
}

const iso = (ms: number) => new Date(ms).toISOString();
const money = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
const inForce = (x: { from: number; until: number | null }, now: number) =>
  x.from <= now && (x.until === null || now < x.until);

/** The model forgets what has lapsed by `now`. */
function lapse(m: Model): void {
  m.freezes = m.freezes.filter((f) => f.until === null || f.until > m.now);
  m.restrictions = m.restrictions.filter((r) => r.until === null || r.until > m.now);
  if (m.lossAt !== null && m.lossAt + LOSS_VALIDITY <= m.now) m.lossAt = null;
}
const lossStands = (m: Model) => m.lossAt !== null && m.lossAt <= m.now;
const frozenFen = (m: Model) =>
  m.freezes.filter((f) => f.scope === 'amount' && inForce(f, m.now)).reduce((s, f) => s + f.fen, 0);

const UNFILLED = /\{[A-Za-z]+\}/;

/** Every refusal code the random runs produced, for the coverage check after them. */
const SEEN_CODES = new Set<string>();

/** Every reason cites a source of the preset: its reference, and its key in `preset.sources`. */
function expectCited(result: TransitionResult): void {
  if (result.ok) return;
  for (const reason of result.reasons) {
    SEEN_CODES.add(reason.code);
    expect(reason.sourceKey, `${reason.code} has no source`).toBeTypeOf('string');
    expect(Object.hasOwn(preset.sources, reason.sourceKey!), reason.code).toBe(true);
    expect(reason.source).toBe(preset.sources[reason.sourceKey!]!.ref);
  }
}

/** Applies an event and runs the checks every event shares; returns the result. */
function apply(m: Model, r: Real, event: LifecycleEvent): TransitionResult {
  const before = r.account;
  const snapshot = JSON.stringify(before);
  const result = transition(before, event, preset);
  expectCited(result);
  expect(JSON.stringify(before), 'the input account is never mutated').toBe(snapshot);
  if (m.closed) {
    if (event.type === 'advance')
      expect(result).toEqual({ ok: true, account: before, effects: [] });
    else
      expect(result).toEqual({
        ok: false,
        reasons: [expect.objectContaining({ code: 'already_closed' })],
      });
    return result;
  }
  if (!result.ok) {
    expect(result.reasons.length).toBeGreaterThan(0);
    for (const reason of result.reasons) {
      expect(Object.hasOwn(LIFECYCLE_MESSAGES, reason.code), reason.code).toBe(true);
      expect(reason.message).not.toMatch(UNFILLED);
    }
    return result;
  }
  // Time passing first is invisible: applying the event to the advanced account gives the same.
  const passed = advance(before, new Date(event.at), preset);
  const again = transition(passed, event, preset);
  expect(again.ok && again.account).toEqual(result.account);
  const after = result.account;
  expect(after.openedAt).toBe(before.openedAt);
  expect(after.pendingBusiness).toEqual(before.pendingBusiness);
  expect(after.linkedServices).toEqual(before.linkedServices);
  if (event.type !== 'record_activity') expect(after.balance).toBe(before.balance);
  if (event.type !== 'change_information') expect(after.information).toEqual(before.information);
  if (event.type !== 'close') expect(after.status).not.toBe('closed');
  if (after.status === 'pending') expect(before.status).toBe('pending');
  r.account = after;
  m.lastEventAt = m.now;
  return result;
}

/** After each command: the real account, as of now, agrees with the model. */
function agree(m: Model, r: Real): void {
  lapse(m);
  const now = advance(r.account, new Date(m.now), preset);
  expect(now.status === 'closed').toBe(m.closed);
  expect(now.balance).toBe(money(m.fen));
  if (m.closed) return;
  expect(now.freezes.map((f) => f.id).sort()).toEqual(m.freezes.map((f) => f.id).sort());
  expect(now.lossReport !== null).toBe(m.lossAt !== null);
  expect((now.restrictions ?? []).map((x) => x.id).sort()).toEqual(
    m.restrictions.map((x) => x.id).sort(),
  );
}

type Cmd = fc.Command<Model, Real>;
const cmd = (name: string, run: (m: Model, r: Real) => void): Cmd => ({
  check: () => true,
  run: (m, r) => {
    lapse(m);
    run(m, r);
    agree(m, r);
  },
  toString: () => name,
});

const channelArb = fc.constantFrom<Channel>(
  'counter',
  'counter',
  'kiosk_assisted',
  'atm',
  'online',
  'mobile',
  'phone',
);
const waitArb = fc.oneof(
  fc.integer({ min: 1, max: 120 }).map((min) => min * 60_000),
  fc.integer({ min: 1, max: 72 }).map((h) => h * HOUR),
  fc.integer({ min: 1, max: 200 }).map((d) => d * DAY),
  fc.integer({ min: 300, max: 500 }).map((d) => d * DAY),
);

const commands: fc.Arbitrary<Cmd>[] = [
  waitArb.map((ms) => cmd(`Wait(${ms / 60_000} min)`, (m) => void (m.now += ms))),

  fc.double({ min: 0, max: 1, noNaN: true }).map((f) =>
    cmd(`Advance(${f.toFixed(2)})`, (m, r) => {
      const before = r.account;
      const mid = Math.max(
        Date.parse(before.openedAt),
        Math.floor(m.lastEventAt + f * (m.now - m.lastEventAt)),
      );
      const direct = advance(before, new Date(m.now), preset);
      expect(advance(advance(before, new Date(mid), preset), new Date(m.now), preset)).toEqual(
        direct,
      );
      expect(advance(direct, new Date(m.now), preset)).toBe(direct);
      const result = apply(m, r, { type: 'advance', at: iso(m.now) });
      expect(result.ok).toBe(true);
    }),
  ),

  fc
    .record({
      kind: fc.constantFrom<FreezeKind>('judicial', 'risk', 'voluntary', 'compliance', 'system'),
      scope: fc.constantFrom<FreezeScope>('all', 'debit', 'credit', 'amount'),
      hours: fc.option(fc.integer({ min: 1, max: 24 * 400 }), { nil: undefined }),
      fen: fc.integer({ min: 1, max: 300_000 }),
      laterH: fc.constantFrom(0, 0, 0, 5),
    })
    .map(({ kind, scope, hours, fen, laterH }) =>
      cmd(`Freeze(${kind}, ${scope}, ${hours}h, from +${laterH}h)`, (m, r) => {
        const id = `F${m.nextId++}`;
        const from = m.now + laterH * HOUR;
        const result = apply(m, r, {
          type: 'freeze',
          at: iso(m.now),
          freeze: {
            id,
            kind,
            scope,
            ...(scope === 'amount' ? { amount: money(fen) } : {}),
            ...(laterH > 0 ? { from: iso(from) } : {}),
            ...(hours === undefined ? {} : { until: iso(from + hours * HOUR) }),
          },
        });
        if (!result.ok || m.closed) return;
        const rule = preset.lifecycle.freezes[kind];
        expect(rule.scopes).toContain(scope);
        const placed = result.account.freezes.find((f) => f.id === id)!;
        const until = placed.until === undefined ? null : Date.parse(placed.until);
        const limitH = {
          judicial: 366 * 24,
          risk: 48,
          system: 24,
          voluntary: Infinity,
          compliance: Infinity,
          stop_payment: 48,
          risk_hold: 72,
        }[kind];
        if (limitH !== Infinity) expect(until !== null && until - from <= limitH * HOUR).toBe(true);
        m.freezes.push({ id, kind, scope, fen: scope === 'amount' ? fen : 0, from, until });
      }),
    ),

  fc
    .record({
      pick: fc.nat(5),
      hours: fc.oneof(fc.integer({ min: 1, max: 48 }), fc.integer({ min: 1, max: 24 * 400 })),
      party: fc.option(
        fc.constantFrom<LiftingParty>('authority', 'risk_team', 'customer_in_person', 'system'),
        {
          nil: undefined,
          freq: 2,
        },
      ),
      notice: fc.constantFrom(true, true, false),
    })
    .map(({ pick, hours, party, notice }) =>
      cmd(`Renew(#${pick}, +${hours}h, ${party}, notice ${notice})`, (m, r) => {
        const target =
          pick === 5 || m.freezes.length === 0 ? undefined : m.freezes[pick % m.freezes.length];
        const until = (target?.until ?? m.now) + hours * HOUR;
        const result = apply(m, r, {
          type: 'renew_freeze',
          at: iso(m.now),
          id: target?.id ?? 'missing',
          until: iso(until),
          ...(party === undefined ? {} : { renewedBy: party }),
          ...(notice ? { notice: 'N-1' } : {}),
        });
        if (!result.ok || m.closed) return;
        expect(target).toBeDefined();
        expect(target!.kind).not.toBe('system'); // 24 hours, never renewed
        expect(target!.until).not.toBeNull(); // nothing to renew on an open-ended freeze
        if (target!.kind === 'judicial') expect(notice).toBe(true);
        target!.until = until;
      }),
    ),

  fc
    .record({
      pick: fc.nat(5),
      party: fc.option(
        fc.constantFrom<LiftingParty>(
          'authority',
          'risk_team',
          'customer_in_person',
          'compliance_team',
          'system',
        ),
        {
          nil: undefined,
          freq: 2,
        },
      ),
      channel: channelArb,
      notice: fc.constantFrom(true, true, false),
    })
    .map(({ pick, party, channel, notice }) =>
      cmd(`Unfreeze(#${pick}, ${party}, ${channel}, notice ${notice})`, (m, r) => {
        const target =
          pick === 5 || m.freezes.length === 0 ? undefined : m.freezes[pick % m.freezes.length];
        const result = apply(m, r, {
          type: 'unfreeze',
          at: iso(m.now),
          id: target?.id ?? 'missing',
          channel,
          ...(party === undefined ? {} : { liftedBy: party }),
          ...(notice ? { notice: 'N-2' } : {}),
        });
        if (!result.ok || m.closed) return;
        expect(target).toBeDefined();
        if (target!.kind === 'judicial')
          expect(notice && (party ?? 'authority') === 'authority').toBe(true);
        if (target!.kind === 'voluntary') expect(COUNTER).toContain(channel);
        m.freezes = m.freezes.filter((f) => f !== target);
      }),
    ),

  channelArb.map((channel) =>
    cmd(`ReportLoss(${channel})`, (m, r) => {
      const result = apply(m, r, { type: 'report_loss', at: iso(m.now), channel });
      if (!result.ok || m.closed) return;
      expect(m.lossAt).toBeNull();
      m.lossAt = m.now;
    }),
  ),

  fc
    .record({
      channel: channelArb,
      verified: fc.option(fc.boolean(), { nil: undefined }),
      replace: fc.boolean(),
    })
    .map(({ channel, verified, replace }) =>
      cmd(
        `${replace ? 'ReplaceCard' : 'UnreportLoss'}(${channel}, verified ${verified})`,
        (m, r) => {
          const result = apply(m, r, {
            type: replace ? 'replace_card' : 'unreport_loss',
            at: iso(m.now),
            channel,
            ...(verified === undefined ? {} : { identityVerified: verified }),
          });
          if (!result.ok || m.closed) return;
          expect(channel).toBe('counter');
          expect(verified).not.toBe(false);
          if (!replace) expect(m.lossAt).not.toBeNull();
          m.lossAt = null;
        },
      ),
    ),

  fc
    .record({
      fen: fc.integer({ min: 1, max: 500_000 }),
      kind: fc.constantFrom<TransactionKind>('withdraw_cash', 'transfer_out', 'payment', 'fee'),
      channel: channelArb,
    })
    .map(({ fen, kind, channel }) =>
      cmd(`Debit(${money(fen)}, ${kind}, ${channel})`, (m, r) => {
        const state = advance(r.account, new Date(m.now), preset);
        const blockedByFreeze = m.freezes.some(
          (f) => (f.scope === 'all' || f.scope === 'debit') && inForce(f, m.now),
        );
        const receiveOnly = m.restrictions.some(
          (x) => x.kind === 'receive_only' && inForce(x, m.now),
        );
        const covered = fen <= m.fen - frozenFen(m);
        const result = apply(m, r, {
          type: 'record_activity',
          at: iso(m.now),
          kind,
          amount: money(fen),
          channel,
        });
        if (m.closed) return;
        if (result.ok) {
          expect(blockedByFreeze, 'no debit under a debit-scope freeze').toBe(false);
          expect(lossStands(m), 'no debit while a loss report stands').toBe(false);
          expect(receiveOnly, 'no debit under receive-only').toBe(false);
          expect(covered, 'no debit below the frozen amount or the balance').toBe(true);
          expect(state.status).not.toBe('pending');
          if (kind !== 'fee') expect(state.status).toBe('normal');
          m.fen -= fen;
          return;
        }
        const clean =
          !blockedByFreeze &&
          !lossStands(m) &&
          !receiveOnly &&
          covered &&
          state.status === 'normal' &&
          COUNTER.includes(channel);
        expect(clean, `refused a clean debit: ${JSON.stringify(result.reasons)}`).toBe(false);
      }),
    ),

  fc
    .record({
      fen: fc.integer({ min: 1, max: 500_000 }),
      kind: fc.constantFrom<TransactionKind>('deposit_cash', 'transfer_in', 'interest'),
      channel: channelArb,
    })
    .map(({ fen, kind, channel }) =>
      cmd(`Credit(${money(fen)}, ${kind}, ${channel})`, (m, r) => {
        const state = advance(r.account, new Date(m.now), preset);
        const blocked = m.freezes.some(
          (f) => (f.scope === 'all' || f.scope === 'credit') && inForce(f, m.now),
        );
        const result = apply(m, r, {
          type: 'record_activity',
          at: iso(m.now),
          kind,
          amount: money(fen),
          channel,
        });
        if (m.closed) return;
        if (result.ok) {
          expect(blocked, 'no credit under a credit-scope freeze').toBe(false);
          m.fen += fen;
          return;
        }
        expect(
          !blocked && state.status !== 'pending',
          `refused a clean credit: ${JSON.stringify(result.reasons)}`,
        ).toBe(false);
      }),
    ),

  channelArb.map((channel) =>
    cmd(`Close(${channel})`, (m, r) => {
      const state = advance(r.account, new Date(m.now), preset);
      const result = apply(m, r, { type: 'close', at: iso(m.now), channel });
      if (m.closed) return;
      const codes = result.ok ? [] : result.reasons.map((x) => x.code);
      if (result.ok) {
        expect(m.fen).toBe(0);
        expect(m.freezes).toEqual([]);
        expect(m.lossAt).toBeNull();
        expect(m.pendingBusiness).toBe(false);
        expect(channel).toBe('counter');
        expect(
          result.account.retainRecordsUntil! >=
            `${new Date(m.now + 8 * HOUR).getUTCFullYear() + 5}`,
        ).toBe(true);
        m.closed = true;
        return;
      }
      // every failure the model can see is listed
      expect(codes.includes('balance_not_zero')).toBe(m.fen !== 0);
      expect(codes.filter((c) => c === 'account_frozen').length).toBe(m.freezes.length);
      expect(codes.includes('loss_reported')).toBe(m.lossAt !== null);
      expect(codes.includes('pending_business')).toBe(m.pendingBusiness);
      expect(codes.includes('channel_not_allowed')).toBe(channel !== 'counter');
      expect(state.status).not.toBe('closed');
    }),
  ),

  fc
    .record({
      type: fc.constantFrom(
        'activate',
        'reactivate',
        'mark_dormant',
        'verify_identity',
      ) as fc.Arbitrary<'activate' | 'reactivate' | 'mark_dormant' | 'verify_identity'>,
      channel: channelArb,
      verified: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map(({ type, channel, verified }) =>
      cmd(`${type}(${channel}, verified ${verified})`, (m, r) => {
        const state = advance(r.account, new Date(m.now), preset);
        const result = apply(m, r, {
          type,
          at: iso(m.now),
          channel,
          ...(verified === undefined || type === 'activate' || type === 'mark_dormant'
            ? {}
            : { identityVerified: verified }),
        } as LifecycleEvent);
        if (!result.ok || m.closed) return;
        if (type === 'activate')
          expect([state.status, result.account.status]).toEqual(['pending', 'normal']);
        if (type === 'reactivate') {
          expect([state.status, result.account.status]).toEqual(['dormant', 'normal']);
          expect(verified === true || (verified === undefined && COUNTER.includes(channel))).toBe(
            true,
          );
        }
        if (type === 'mark_dormant') expect(result.account.status).toBe('dormant');
        if (type === 'verify_identity')
          expect(result.account.identityReverificationRequired).toBeUndefined();
      }),
    ),

  fc
    .record({
      field: fc.constantFrom('name', 'id_number', 'phone', 'address', 'occupation', 'balance'),
      channel: channelArb,
      enteredBy: fc.constantFrom('S1', 'S2', 'customer'),
      approvedBy: fc.option(fc.constantFrom('S1', 'S2'), { nil: undefined }),
      proof: fc.boolean(),
    })
    .map(({ field, channel, enteredBy, approvedBy, proof }) =>
      cmd(`Change(${field}, ${channel}, ${enteredBy}/${approvedBy}, proof ${proof})`, (m, r) => {
        const old = r.account.information?.[field] ?? null;
        const value = `v${m.nextId++}`;
        const result = apply(m, r, {
          type: 'change_information',
          at: iso(m.now),
          channel,
          changes: [{ field, value }],
          enteredBy,
          ...(approvedBy === undefined ? {} : { approvedBy }),
          ...(proof ? { proof: 'P-1' } : {}),
        });
        if (!result.ok || m.closed) return;
        expect(approvedBy).not.toBe(enteredBy);
        expect(field).not.toBe('balance');
        if (field === 'name' || field === 'id_number') {
          expect(channel).toBe('counter');
          expect(proof && approvedBy !== undefined).toBe(true);
        }
        expect(result.account.information?.[field]).toBe(value);
        expect(result.effects.find((e) => e.type === 'audit_record')).toMatchObject({
          field,
          oldValue: old,
          newValue: value,
          enteredBy,
        });
      }),
    ),

  fc
    .record({
      kind: fc.constantFrom<RestrictionKind>('receive_only', 'no_non_counter'),
      days: fc.option(fc.integer({ min: 1, max: 2000 }), { nil: undefined }),
      lift: fc.nat(3),
      lifting: fc.boolean(),
    })
    .map(({ kind, days, lift, lifting }) =>
      cmd(lifting ? `Lift(#${lift})` : `Restrict(${kind}, ${days}d)`, (m, r) => {
        if (lifting) {
          const target = m.restrictions[lift];
          const result = apply(m, r, {
            type: 'lift_restriction',
            at: iso(m.now),
            id: target?.id ?? 'missing',
          });
          if (!result.ok || m.closed) return;
          m.restrictions = m.restrictions.filter((x) => x !== target);
          return;
        }
        const id = `R${m.nextId++}`;
        const result = apply(m, r, {
          type: 'restrict_person',
          at: iso(m.now),
          restriction: {
            id,
            kind,
            ...(days === undefined ? {} : { until: iso(m.now + days * DAY) }),
          },
        });
        if (!result.ok || m.closed) return;
        m.restrictions.push({
          id,
          kind,
          from: m.now,
          until: days === undefined ? null : m.now + days * DAY,
        });
      }),
    ),
];

/** Closing and waiting more often than the rest, so that closed and dormant accounts get exercised. */
const weighted = [
  ...commands,
  commands[0]!,
  commands[0]!,
  commands[9]!,
  commands[9]!,
  commands[10]!,
];

const initialArb = fc.record({
  start: fc.constantFrom('pending', 'normal', 'normal', 'idle') as fc.Arbitrary<
    'pending' | 'normal' | 'idle'
  >,
  fen: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1_000_000 })),
  business: fc.integer({ min: 0, max: 9 }),
});

describe('lifecycle model', () => {
  it('agrees with the simple model over 10,000 random command sequences', () => {
    fc.assert(
      fc.property(
        initialArb,
        fc.commands(weighted, { maxCommands: 30 }),
        ({ start, fen, business }, cmds) => {
          const pending = start === 'pending';
          const hasBusiness = business === 0; // one account in ten has a time deposit: it never closes
          const account: AccountState = {
            status: pending ? 'pending' : 'normal',
            balance: money(fen),
            openedAt: iso(START - 500 * DAY),
            lastActiveAt: pending ? null : iso(start === 'idle' ? START - 400 * DAY : START),
            freezes: [],
            lossReport: null,
            pendingBusiness: hasBusiness ? ['time_deposit'] : [],
            linkedServices: [],
          };
          const model: Model = {
            now: START + HOUR,
            lastEventAt: START - 500 * DAY,
            closed: false,
            fen,
            freezes: [],
            lossAt: null,
            restrictions: [],
            pendingBusiness: hasBusiness,
            nextId: 1,
          };
          fc.modelRun(() => ({ model, real: { account } }), cmds);
        },
      ),
      { numRuns: 10_000 },
    );
  });

  // Under `npm run mutation` every property stops after one second (test/support/mutationSetup.ts),
  // so the runs above may not reach every code; this coverage check only holds for the full runs.
  it.skipIf(process.env['MUTATION_TEST_FILES'] !== undefined)(
    'met every refusal code of the catalog in those runs, each cited to a source',
    () => {
      // Codes the model's commands cannot produce: each is asserted whole, with its source, in
      // src/lifecycle/transition.refusals.test.ts.
      // account_not_activated and account_closed are permission reasons (accountPermissions, and
      // the limits' account_state), asserted with their sources in accountPermissions.reasons.test.ts.
      const unreachable = new Set([
        'account_not_activated',
        'account_closed',
        'linked_services',
        'event_before_opening',
        'freeze_id_exists',
        'restriction_id_exists',
        'unknown_field',
        'proof_required',
        'approval_required',
        'segregation_of_duties',
        // The model places only the original kinds; the stop-payment's issuer is asserted whole in
        // src/lifecycle/events/guards/freezeIssuer.test.ts.
        'freeze_issuer_not_allowed',
      ]);
      const codes = Object.keys(LIFECYCLE_MESSAGES).filter(
        (c) => !c.startsWith('notice_') && !unreachable.has(c),
      );
      expect(codes.filter((c) => !SEEN_CODES.has(c))).toEqual([]);
    },
  );
});
