/**
 * The engine features the foreign presets brought, as general rules: fiscal-year usage windows,
 * per-transaction limits scoped by kind or channel, non-reloadable classes; and what the preset
 * and usage validators say about them.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { getPreset } from '../../presets/registry';
import { presetIssues } from '../../presets/validatePreset';
import type { Preset } from '../../presets/types/preset';
import { fiscalYearWindow } from '../../time/fiscalYear';
import {
  checkTransaction,
  checkTransactionFromHistory,
  createUsage,
  recordTransaction,
  safeCheckTransaction,
  usageFromHistory,
} from '..';
import { calendarKeyProblem, calendarWindowKey } from './fiscalYearWindow';
import { perTransactionScopeSelects } from './perTransactionScope';

const IN = getPreset('in-rbi-kyc');
const EU = getPreset('eu-emoney-sdd');
type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
/** A deep copy that shares nothing (structuredClone keeps shared references). */
const copy = (p: Preset): Mutable => JSON.parse(JSON.stringify(p)) as Mutable;
const paths = (p: Mutable) => presetIssues(p as unknown as Preset).map((i) => i.path.join('.'));

describe('fiscal-year usage windows', () => {
  it('are keyed year@MM-DD and carry their start date', () => {
    expect(calendarWindowKey('year', { month: 4, day: 1 })).toBe('year@04-01');
    expect(calendarWindowKey('month')).toBe('month');
    expect(createUsage(IN).windows['year@04-01']).toEqual({
      kind: 'calendar',
      unit: 'year',
      startsOn: { month: 4, day: 1 },
      start: null,
      end: null,
      flows: {},
    });
  });
  it('a usage whose key and start date disagree is refused at the path', () => {
    expect(calendarKeyProblem('year@04-01', 'year', { month: 4, day: 1 })).toBeNull();
    expect(calendarKeyProblem('year@04-01', 'year', { month: 5, day: 1 })?.field).toBe('startsOn');
    expect(calendarKeyProblem('month@04-01', 'month', { month: 4, day: 1 })?.field).toBe('kind');
    expect(calendarKeyProblem('day', 'day', { month: 4, day: 1 })?.field).toBe('startsOn');
    expect(calendarKeyProblem('year@02-29', 'year', { month: 2, day: 29 })?.field).toBe('startsOn');
    const u = createUsage(IN) as Mutable;
    u.windows['year@04-01'] = { ...u.windows['year@04-01'], startsOn: { month: 1, day: 1 } };
    const r = safeCheckTransaction(
      { class: 'smallAccount', balance: '0.00' },
      { at: '2026-12-07T10:00:00+05:30', amount: '1.00', kind: 'deposit_cash' },
      u as never,
      IN,
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.issues[0]!.path).toEqual(['usage', 'windows', 'year@04-01', 'startsOn']);
  });
  test.prop([fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) })], {
    numRuns: 60,
  })(
    'the stored window holds the recorded instant, is half-open, and resets at the next 1 April in Kolkata',
    (t) => {
      const at = new Date(t).toISOString();
      const u = recordTransaction(createUsage(IN), { at, amount: '1.00', kind: 'deposit_cash' });
      const w = u.windows['year@04-01'] as { start: string; end: string };
      const expected = fiscalYearWindow(new Date(t), { month: 4, day: 1 }, 'Asia/Kolkata');
      expect(Date.parse(w.start)).toBe(expected.start.getTime());
      expect(Date.parse(w.end)).toBe(expected.end.getTime());
      expect(Date.parse(w.start)).toBeLessThanOrEqual(t);
      expect(t).toBeLessThan(Date.parse(w.end));
      const account = { class: 'smallAccount', balance: '-100000.00' };
      const last = new Date(Date.parse(w.end) - 1).toISOString();
      const d = checkTransaction(
        account,
        { at: last, amount: '99999.00', kind: 'deposit_cash' },
        u,
        IN,
      );
      expect(d.violations.map((v) => ('limitId' in v ? v.limitId : v.code))).toEqual([]);
      expect(d.resetsAt.annualCredits).toBe(
        checkTransaction(account, { at, amount: '0.00', kind: 'deposit_cash' }, u, IN).resetsAt
          .annualCredits,
      );
      const over = checkTransaction(
        account,
        { at: last, amount: '99999.01', kind: 'deposit_cash' },
        u,
        IN,
      );
      expect(over.violations.map((v) => v.code)).toEqual(['annual_inflow_limit']);
      const next = checkTransaction(
        account,
        { at: w.end, amount: '100000.00', kind: 'deposit_cash' },
        u,
        IN,
      );
      expect(next.allowed).toBe(true);
    },
  );
  it('history and usage agree across the 1 April rollover (usageFromHistory, checkTransactionFromHistory)', () => {
    const history = [
      { at: '2026-05-01T10:00:00+05:30', amount: '60000.00', kind: 'deposit_cash' as const },
      { at: '2027-03-31T23:59:59.999+05:30', amount: '40000.00', kind: 'transfer_in' as const },
      { at: '2027-04-01T00:00:00+05:30', amount: '30000.00', kind: 'deposit_cash' as const },
    ];
    const account = { class: 'smallAccount', balance: '-100000.00' };
    const next = {
      at: '2027-06-01T10:00:00+05:30',
      amount: '70000.01',
      kind: 'deposit_cash' as const,
    };
    const fromHistory = checkTransactionFromHistory(account, next, history, IN);
    const fromUsage = checkTransaction(
      account,
      next,
      history.reduce((u, t) => recordTransaction(u, t), createUsage(IN)),
      IN,
    );
    expect(fromHistory).toEqual(fromUsage);
    expect(fromHistory.violations.map((v) => v.code)).toEqual(['annual_inflow_limit']);
    expect(fromHistory.headroom.annualCredits).toBe('70000.00');
    const built = usageFromHistory(IN, history);
    expect(built.windows['year@04-01']).toMatchObject({
      start: '2027-04-01T00:00:00+05:30',
      startsOn: { month: 4, day: 1 },
    });
  });
  it('validatePreset refuses a start date on a month window, 29 February, and unknown fields', () => {
    const p = copy(IN);
    p.classes[0].limits[0].window = {
      kind: 'calendar',
      unit: 'month',
      startsOn: { month: 4, day: 1 },
    };
    p.classes[0].limits[1].window = {
      kind: 'calendar',
      unit: 'year',
      startsOn: { month: 2, day: 29 },
    };
    p.classes[1].limits[0].window = {
      kind: 'calendar',
      unit: 'year',
      startsOn: { month: 4, day: 1, year: 1 },
    };
    expect(paths(p)).toEqual([
      'classes.0.limits.0.window.startsOn',
      'classes.0.limits.1.window.startsOn',
      'classes.1.limits.0.window.startsOn',
    ]);
  });
});

describe('per-transaction limits by kind and channel', () => {
  it('select by every list they have', () => {
    const cash = { kinds: ['withdraw_cash'] as const };
    const remote = { kinds: ['payment'] as const, channels: ['online', 'mobile'] as const };
    expect(perTransactionScopeSelects(cash, 'withdraw_cash', undefined)).toBe(true);
    expect(perTransactionScopeSelects(cash, 'payment', 'online')).toBe(false);
    expect(perTransactionScopeSelects(remote, 'payment', 'online')).toBe(true);
    expect(perTransactionScopeSelects(remote, 'payment', 'counter')).toBe(false);
    expect(perTransactionScopeSelects(remote, 'payment', undefined)).toBe(false);
    expect(perTransactionScopeSelects({}, 'fee', undefined)).toBe(true);
  });
  it('a scoped limit is listed in the headroom, and only its transactions hit it', () => {
    const account = { class: 'sddReloadable', balance: '100.00' };
    const u = createUsage(EU);
    const at = '2026-12-07T10:00:00+01:00';
    const atm = checkTransaction(
      account,
      { at, amount: '60.00', kind: 'payment', channel: 'atm' },
      u,
      EU,
    );
    expect(atm.allowed).toBe(true);
    expect(atm.limits.find((l) => l.id === 'remotePayment')).toMatchObject({
      type: 'per_transaction',
      remaining: '50.00',
      direction: 'outflow',
    });
    const online = checkTransaction(
      account,
      { at, amount: '60.00', kind: 'payment', channel: 'online' },
      u,
      EU,
    );
    expect(online.violations.map((v) => ('limitId' in v ? v.limitId : v.code))).toEqual([
      'remotePayment',
    ]);
    // a cash withdrawal online is not a remote payment, but is a cash redemption
    const cash = checkTransaction(
      account,
      { at, amount: '60.00', kind: 'withdraw_cash', channel: 'online' },
      u,
      EU,
    );
    expect(cash.violations.map((v) => ('limitId' in v ? v.limitId : v.code))).toEqual([
      'cashRedemption',
    ]);
  });
  it('validatePreset refuses unknown, empty and repeated kinds and channels', () => {
    const p = copy(EU);
    p.classes[0].limits[1].kinds = ['teleport'];
    p.classes[0].limits[2].channels = [];
    p.classes[1].limits[2].channels = ['online', 'online'];
    expect(paths(p)).toEqual([
      'classes.0.limits.1.kinds.0',
      'classes.0.limits.2.channels',
      'classes.1.limits.2.channels.1',
    ]);
  });
});

describe('non-reloadable classes', () => {
  const at = '2026-12-07T10:00:00+01:00';
  const loaded = { class: 'sddNonReloadable', balance: '20.00', firstLoadReceived: true };
  it('refuse every counted inflow once loaded, and nothing else', () => {
    const u = createUsage(EU);
    for (const kind of ['deposit_cash', 'transfer_in'] as const)
      expect(
        checkTransaction(loaded, { at, amount: '0.01', kind }, u, EU).violations.map((v) => v.code),
      ).toEqual(['not_reloadable']);
    // interest is not counted as a load here: not refused by this rule
    expect(checkTransaction(loaded, { at, amount: '0.01', kind: 'interest' }, u, EU).allowed).toBe(
      true,
    );
    expect(
      checkTransaction(
        { ...loaded, firstLoadReceived: false },
        { at, amount: '10.00', kind: 'transfer_in' },
        u,
        EU,
      ).allowed,
    ).toBe(true);
    expect(
      checkTransaction(
        { ...loaded, class: 'sddReloadable' },
        { at, amount: '10.00', kind: 'transfer_in' },
        u,
        EU,
      ).allowed,
    ).toBe(true);
  });
  it('validatePreset checks the rule names a source', () => {
    const p = copy(EU);
    p.classes[0].nonReloadable = { source: 'nowhere' };
    expect(paths(p)).toEqual(['classes.0.nonReloadable.source']);
  });
});
