/*
 * Window bookkeeping (issue 6): a rolling window keeps its entries in time order whatever order
 * they are recorded in (reversals with their original's instant), and a check before a window's
 * current period is refused, naming the transaction's instant and the window that holds a later
 * period (calendar windows: the period's start; rolling windows: the horizon).
 */
import { describe, expect, it } from 'vitest';
import { BANK_PRESET } from '../../test/fixtures/limitPresets';
import { derivePreset, getPreset } from '../presets';
import {
  checkTransaction,
  createUsage,
  getHeadroom,
  recordTransaction,
  usageFromHistory,
  type Usage,
  type LimitAccount,
  type TransactionInput,
} from '.';
import { BANK_USAGE } from './storedUsages.testkit';
import { thrownBy } from '../../test/support/thrown';

const PBOC = getPreset('cn-pboc-2018');
const II: LimitAccount = { class: 'II', balance: '0.00', faceToFaceVerified: true };

function inflow(at: string, amount: string, extra: Partial<TransactionInput> = {}) {
  return { at, amount, kind: 'transfer_in', counterparty: 'other', ...extra } as TransactionInput;
}

describe('rolling windows keep their entries in time order', () => {
  it('entries recorded out of order are inserted where they belong; equal instants keep their order', () => {
    const history = [
      inflow('2026-11-22T09:00:00+08:00', '1.00', { id: 'a' }),
      inflow('2026-11-22T08:00:00+08:00', '2.00'),
      inflow('2026-11-22T08:30:00+08:00', '3.00'),
      inflow('2026-11-22T09:00:00+08:00', '4.00'),
      inflow('2026-11-22T10:00:00+08:00', '0.50', {
        reverses: { id: 'a', at: '2026-11-22T09:00:00+08:00' },
      }),
    ];
    const u = history.reduce((usage, t) => recordTransaction(usage, t), createUsage(BANK_PRESET));
    expect(u.windows['rolling:24H']).toEqual({
      kind: 'rolling',
      duration: { hours: 24 },
      horizon: '2026-11-21T10:00:00+08:00',
      entries: [
        { at: '2026-11-22T08:00:00+08:00', bucket: 'transfer_in:other', amount: '2.00' },
        { at: '2026-11-22T08:30:00+08:00', bucket: 'transfer_in:other', amount: '3.00' },
        { at: '2026-11-22T09:00:00+08:00', bucket: 'transfer_in:other', amount: '1.00' },
        { at: '2026-11-22T09:00:00+08:00', bucket: 'transfer_in:other', amount: '4.00' },
        {
          at: '2026-11-22T10:00:00+08:00',
          bucket: 'transfer_in:other',
          amount: '0.50',
          originalAt: '2026-11-22T09:00:00+08:00',
        },
      ],
    });
    // 10.00 received, 0.50 of it reversed: 9.50 counts toward the 3,000 of the last 24 hours.
    const d = checkTransaction(II, inflow('2026-11-22T11:00:00+08:00', '2990.50'), u, BANK_PRESET);
    expect(d.allowed).toBe(true);
    expect(d.headroom.rollingInflow).toBe('2990.50');
  });
});

describe('a rolling window holds the 24 hours up to and including the check’s instant', () => {
  it('entries after the instant (in a usage kept without a horizon) do not count', () => {
    const usage = JSON.parse(JSON.stringify(BANK_USAGE)) as Usage;
    const rolling = usage.windows['rolling:24H'] as unknown as {
      horizon: string | null;
      entries: object[];
    };
    rolling.horizon = null;
    rolling.entries.push(
      { at: '2026-11-22T10:00:00+08:00', bucket: 'transfer_in:other', amount: '200.00' },
      { at: '2026-11-22T10:00:00.001+08:00', bucket: 'transfer_in:other', amount: '400.00' },
    );
    const h = checkTransaction(II, inflow('2026-11-22T10:00:00+08:00', '1.00'), usage, BANK_PRESET);
    // 100.00 at 09:00 and 200.00 at 10:00 count; 400.00 a millisecond later does not.
    expect(h.limits.find((l) => l.id === 'rollingInflow')).toMatchObject({
      used: '300.00',
      remaining: '2700.00',
    });
  });
});

describe('the rolling horizon only moves forward', () => {
  it('entries at the horizon are kept; a late entry at the horizon is inserted, one before it is not', () => {
    const entry = (at: string, amount: string) => ({ at, bucket: 'transfer_in:other', amount });
    let u = recordTransaction(
      createUsage(BANK_PRESET),
      inflow('2026-11-21T10:00:00+08:00', '1.00'),
    );
    u = recordTransaction(u, inflow('2026-11-22T10:00:00+08:00', '2.00'));
    expect(u.windows['rolling:24H']).toStrictEqual({
      kind: 'rolling',
      duration: { hours: 24 },
      horizon: '2026-11-21T10:00:00+08:00',
      entries: [
        entry('2026-11-21T10:00:00+08:00', '1.00'),
        entry('2026-11-22T10:00:00+08:00', '2.00'),
      ],
    });
    // Late arrivals: the horizon stays where it is.
    u = recordTransaction(u, inflow('2026-11-21T10:00:00+08:00', '4.00'));
    u = recordTransaction(u, inflow('2026-11-21T09:59:59+08:00', '8.00'));
    u = recordTransaction(u, inflow('2026-11-22T09:00:00+08:00', '16.00'));
    expect(u.windows['rolling:24H']).toStrictEqual({
      kind: 'rolling',
      duration: { hours: 24 },
      horizon: '2026-11-21T10:00:00+08:00',
      entries: [
        entry('2026-11-21T10:00:00+08:00', '1.00'),
        entry('2026-11-21T10:00:00+08:00', '4.00'),
        entry('2026-11-22T09:00:00+08:00', '16.00'),
        entry('2026-11-22T10:00:00+08:00', '2.00'),
      ],
    });
    // The first second after the horizon's day: the entries at the old horizon drop out.
    u = recordTransaction(u, inflow('2026-11-22T10:00:01+08:00', '32.00'));
    expect(u.windows['rolling:24H']).toMatchObject({
      horizon: '2026-11-21T10:00:01+08:00',
      entries: [
        entry('2026-11-22T09:00:00+08:00', '16.00'),
        entry('2026-11-22T10:00:00+08:00', '2.00'),
        entry('2026-11-22T10:00:01+08:00', '32.00'),
      ],
    });
  });
});

describe('a check before a window’s current period is refused', () => {
  it('calendar: the first day window still open is named', () => {
    const u = recordTransaction(createUsage(PBOC), {
      at: '2026-11-23T00:00:00+08:00',
      amount: '1.00',
      kind: 'payment',
    });
    const detail =
      "the transaction at 2026-11-22T23:59:59+08:00 falls before the usage's current window (from 2026-11-23T00:00:00+08:00); check late transactions with checkTransactionFromHistory";
    const e = thrownBy(() =>
      checkTransaction(
        II,
        { at: '2026-11-22T23:59:59+08:00', amount: '1.00', kind: 'payment' },
        u,
        PBOC,
      ),
    );
    expect(e).toMatchObject({
      code: 'invalid_input',
      message: `Invalid input at transaction.at: ${detail}`,
      issues: [
        { path: ['transaction', 'at'], message: detail },
        { path: ['usage', 'windows', 'day'], message: 'holds a later window' },
      ],
    });
  });

  it('rolling: a check whose 24 hours start before the horizon; at the horizon exactly it is fine', () => {
    // BANK_USAGE's rolling window was last moved at 2026-11-22T09:00 (horizon 24 hours before).
    const t = (at: string) => inflow(at, '1.00');
    expect(
      checkTransaction(II, t('2026-11-22T09:00:00+08:00'), BANK_USAGE, BANK_PRESET).allowed,
    ).toBe(true);
    const detail =
      "the transaction at 2026-11-22T08:59:59+08:00 falls before the usage's current window (from 2026-11-21T09:00:00+08:00); check late transactions with checkTransactionFromHistory";
    const e = thrownBy(() =>
      checkTransaction(II, t('2026-11-22T08:59:59+08:00'), BANK_USAGE, BANK_PRESET),
    );
    expect(e).toMatchObject({
      code: 'invalid_input',
      message: `Invalid input at transaction.at: ${detail}`,
      issues: [
        { path: ['transaction', 'at'], message: detail },
        { path: ['usage', 'windows', 'rolling:24H'], message: 'holds a later window' },
      ],
    });
  });
});

describe('recording reversals in calendar windows', () => {
  const payment = (at: string, amount: string, extra: Partial<TransactionInput> = {}) =>
    ({ at, amount, kind: 'payment', counterparty: 'other', ...extra }) as TransactionInput;

  it('reversals add to `reversed` of the bucket; the amount and count stay those of the originals', () => {
    const reversal = (at: string, amount: string, originalAt: string) =>
      payment(at, amount, { reverses: { id: 'p', at: originalAt } });
    let u = createUsage(PBOC);
    u = recordTransaction(u, payment('2026-11-22T09:00:00+08:00', '100.00', { id: 'p' }));
    u = recordTransaction(
      u,
      reversal('2026-11-22T10:00:00+08:00', '40.00', '2026-11-22T09:00:00+08:00'),
    );
    u = recordTransaction(
      u,
      reversal('2026-11-22T11:00:00+08:00', '10.00', '2026-11-22T09:00:00+08:00'),
    );
    expect(u.windows.day).toStrictEqual({
      kind: 'calendar',
      unit: 'day',
      start: '2026-11-22T00:00:00+08:00',
      end: '2026-11-23T00:00:00+08:00',
      flows: { 'payment:other': { amount: '100.00', count: 1, reversed: '50.00' } },
    });
    // A reversal of a transaction of an earlier day: the day is untouched, the year restored.
    // (Its original, recorded elsewhere, is in the usage's memory; here it is put there.)
    u = remembered(u, 'p-old', '2026-11-21T13:00:00+08:00', 'payment', '5.00');
    u = recordTransaction(
      u,
      payment('2026-11-22T12:00:00+08:00', '5.00', {
        reverses: { id: 'p-old', at: '2026-11-21T13:00:00+08:00' },
      }),
    );
    expect(u.windows.day).toMatchObject({
      flows: { 'payment:other': { amount: '100.00', count: 1, reversed: '50.00' } },
    });
    expect(u.windows.year).toMatchObject({
      flows: { 'payment:other': { amount: '100.00', count: 1, reversed: '55.00' } },
    });
    // The first entry of a bucket may be a reversal (its original recorded elsewhere).
    u = remembered(u, 'o', '2026-11-22T08:00:00+08:00', 'transfer_out', '7.00');
    u = recordTransaction(u, {
      at: '2026-11-22T13:00:00+08:00',
      amount: '7.00',
      kind: 'transfer_out',
      counterparty: 'other',
      reverses: { id: 'o', at: '2026-11-22T08:00:00+08:00' },
    });
    expect(u.windows.day).toMatchObject({
      flows: { 'transfer_out:other': { amount: '0.00', count: 0, reversed: '7.00' } },
    });
    expect(u.version).toBe(5);
  });
});

describe('the bound on rolling entries when recording', () => {
  it('recording into a full rolling window is refused with the count and the bound', () => {
    const base = Date.parse('2026-11-22T00:00:00+08:00');
    const entries = Array.from({ length: 10000 }, (_, i) => ({
      at: new Date(base + i * 1000).toISOString(),
      bucket: 'transfer_in:other',
      amount: '0.00',
    }));
    const empty = createUsage(BANK_PRESET);
    const full = {
      ...empty,
      windows: { ...empty.windows, 'rolling:24H': { ...empty.windows['rolling:24H']!, entries } },
    } as Usage;
    const e = thrownBy(() => recordTransaction(full, inflow('2026-11-22T12:00:00+08:00', '1.00')));
    // One entry fewer: the 10,000th is kept.
    const room = {
      ...full,
      windows: {
        ...full.windows,
        'rolling:24H': { ...full.windows['rolling:24H']!, entries: entries.slice(1) },
      },
    } as Usage;
    const recorded = recordTransaction(room, inflow('2026-11-22T12:00:00+08:00', '1.00'));
    expect(recorded.windows['rolling:24H']).toMatchObject({ entries: { length: 10000 } });
    const message =
      'the rolling windows would keep 10001 transactions; a usage keeps at most 10000';
    expect(e).toMatchObject({
      code: 'invalid_state',
      message: `Cannot record the transaction: ${message}`,
      issues: [{ path: ['usage', 'windows'], message }],
    });
  });
});

describe('rolling totals per direction', () => {
  it('count what the class counts, per direction, with reversals of originals inside the span', () => {
    const preset = derivePreset(getPreset('cn-pboc-2018'), {
      id: 'test-rolling-week',
      classes: {
        II: {
          limits: {
            weekOutflow: {
              type: 'window_amount',
              direction: 'outflow',
              window: { kind: 'rolling', duration: { days: 7 } },
              limit: { amount: '20000.00', currency: 'CNY' },
              layer: 'bank',
              source: 'pboc-2018-16',
            },
            weekOutflowCount: {
              type: 'window_count',
              direction: 'outflow',
              window: { kind: 'rolling', duration: { days: 7 } },
              count: 5,
              layer: 'bank',
              source: 'pboc-2018-16',
            },
            weekInflowCount: {
              type: 'window_count',
              direction: 'inflow',
              window: { kind: 'rolling', duration: { days: 7 } },
              count: 3,
              layer: 'bank',
              source: 'pboc-2018-16',
            },
          },
        },
      },
    });
    const t = (id: string, at: string, amount: string, kind: string, extra = {}) =>
      ({ id, at, amount, kind, counterparty: 'other', ...extra }) as TransactionInput;
    const history: TransactionInput[] = [
      t('o0', '2026-11-14T10:00:00+08:00', '700.00', 'transfer_out'),
      t('o1', '2026-11-15T10:00:00.001+08:00', '1000.00', 'transfer_out'),
      { ...t('b1', '2026-11-20T10:00:00+08:00', '5000.00', 'transfer_out'), counterparty: 'bound' },
      t('p1', '2026-11-21T10:00:00+08:00', '300.00', 'payment'),
      t('i1', '2026-11-21T12:00:00+08:00', '400.00', 'transfer_in'),
      t('c1', '2026-11-21T13:00:00+08:00', '100.00', 'deposit_cash'),
      t('r1', '2026-11-22T09:00:00+08:00', '100.00', 'payment', {
        reverses: { id: 'p1', at: '2026-11-21T10:00:00+08:00' },
      }),
      t('r0', '2026-11-22T09:10:00+08:00', '200.00', 'transfer_out', {
        reverses: { id: 'o0', at: '2026-11-14T10:00:00+08:00' },
      }),
      t('r2', '2026-11-22T09:20:00+08:00', '50.00', 'transfer_out', {
        reverses: { id: 'o1', at: '2026-11-15T10:00:00.001+08:00' },
      }),
    ];
    const at = '2026-11-22T10:00:00+08:00';
    const h = getHeadroom(II, usageFromHistory(preset, history, at), preset, at);
    const byId = Object.fromEntries(h.limits.map((l) => [l.id, [l.used, l.remaining]]));
    // The week after 11-15 10:00 (exactly 7 days back, outside): 1,000 + 300 counted out, the bound transfer exempt;
    // the refunds of p1 and o1 (inside the week) give 100 and 50 back, that of o0 (before) not.
    expect(byId).toMatchObject({
      weekOutflow: ['1150.00', '18850.00'],
      weekOutflowCount: ['2', '3'],
      weekInflowCount: ['2', '1'],
    });
  });
});

describe('calendar totals per direction', () => {
  it('several buckets of one direction are reported as their sum, whatever their order', () => {
    const f2f: LimitAccount = { ...II, faceToFaceVerified: true };
    const t = (at: string, amount: string, kind: string, counterparty = 'other') =>
      ({ at, amount, kind, counterparty }) as TransactionInput;
    const history = [
      t('2026-11-22T08:00:00+08:00', '3000.00', 'payment'),
      t('2026-11-22T08:30:00+08:00', '4000.00', 'transfer_out'),
      t('2026-11-22T08:45:00+08:00', '500.50', 'withdraw_cash'),
      t('2026-11-22T09:00:00+08:00', '2000.00', 'transfer_in'),
      t('2026-11-22T09:30:00+08:00', '1500.25', 'deposit_cash'),
      t('2026-11-22T09:40:00+08:00', '100.00', 'transfer_in', 'own'),
    ];
    const at = '2026-11-22T10:00:00+08:00';
    for (const order of [history, [...history].reverse()]) {
      const usage = usageFromHistory(PBOC, order, at);
      const used = Object.fromEntries(
        getHeadroom(f2f, usage, PBOC, at).limits.map((l) => [l.id, l.used]),
      );
      expect(used).toStrictEqual({
        dailyInflow: '3600.25',
        annualInflow: '3600.25',
        dailyOutflow: '7500.50',
        annualOutflow: '7500.50',
      });
      const d = checkTransaction(f2f, t(at, '2499.51', 'payment'), usage, PBOC);
      expect(d.violations).toStrictEqual([
        {
          code: 'daily_outflow_limit',
          limitId: 'dailyOutflow',
          layer: 'regulatory',
          limit: '10000.00',
          used: '7500.50',
          requested: '2499.51',
          remaining: '2499.50',
          resetsAt: '2026-11-23T00:00:00+08:00',
          rule: 'classes.II.limits.dailyOutflow',
          source: '银发〔2016〕302号',
          sourceKey: 'pboc-2016-302',
          message:
            'Daily outflow limit of CNY 10,000.00 would be exceeded: CNY 7,500.50 already used today, CNY 2,499.51 requested, CNY 2,499.50 remaining until 2026-11-23T00:00:00+08:00.',
        },
      ]);
    }
  });
});

/** The usage with a transaction in its memory (settled), as if recorded before its windows. */
function remembered(
  u: Usage,
  id: string,
  at: string,
  kind: 'payment' | 'transfer_out',
  amount: string,
): Usage {
  const transaction = { id, at, amount, kind, counterparty: 'other' as const };
  return {
    ...u,
    settled: [
      ...u.settled,
      {
        id,
        amount,
        expiresAt: '2026-11-23T23:00:00+08:00',
        transaction,
        fingerprint: id,
        outcome: 'committed',
      },
    ],
  };
}
