/*
 * How pending holds count at an instant (issue 6): a hold counts in the windows that hold its
 * transaction's instant (the day it was made, the year) and until it expires; a pending reversal
 * gives no headroom back until committed, but its credit counts toward the balance cap.
 */
import { describe, expect, it } from 'vitest';
import { BANK_PRESET } from '../../test/fixtures/limitPresets';
import { derivePreset, getPreset } from '../presets';
import type { Preset } from '../presets/types/preset';
import {
  checkTransaction,
  createUsage,
  getHeadroom,
  recordTransaction,
  reserve,
  type LimitAccount,
  type TransactionInput,
  type Usage,
} from '.';

const PBOC = getPreset('cn-pboc-2018');

function reserved(
  account: LimitAccount,
  t: TransactionInput,
  usage: Usage,
  options: Parameters<typeof reserve>[4] = {},
  preset: Preset = PBOC,
): Usage {
  const r = reserve(account, t, usage, preset, options);
  if (!r.ok) throw new Error(`expected a hold: ${JSON.stringify(r.decision.violations)}`);
  return r.usage;
}

describe('a hold counts in the windows holding its instant, until it expires', () => {
  it('a hold made in the last second of a day counts in that year, not in the next day', () => {
    const ii: LimitAccount = { class: 'II', balance: '100000.00' };
    let u = reserved(
      ii,
      { id: 'h-1', at: '2026-11-21T23:59:59+08:00', amount: '3000.00', kind: 'payment' },
      createUsage(PBOC),
      { holdFor: { hours: 1 } },
    );
    const at = (t: string) => getHeadroom(ii, u, PBOC, t).headroom;
    expect(at('2026-11-21T23:59:59+08:00')).toMatchObject({
      dailyOutflow: '7000.00',
      annualOutflow: '197000.00',
    });
    expect(at('2026-11-22T00:30:00+08:00')).toEqual({
      dailyInflow: '10000.00',
      annualInflow: '200000.00',
      dailyOutflow: '10000.00',
      annualOutflow: '197000.00',
    });
    // A hold made at the first instant of the day counts in that day.
    u = reserved(
      ii,
      { id: 'h-2', at: '2026-11-22T00:00:00+08:00', amount: '2000.00', kind: 'payment' },
      u,
      { holdFor: { hours: 1 } },
    );
    expect(at('2026-11-22T00:30:00+08:00')).toMatchObject({
      dailyOutflow: '8000.00',
      annualOutflow: '195000.00',
    });
    // h-1 lapses at 00:59:59, h-2 at 01:00:00.
    expect(at('2026-11-22T00:59:59+08:00')).toMatchObject({
      dailyOutflow: '8000.00',
      annualOutflow: '198000.00',
    });
    expect(at('2026-11-22T01:00:00+08:00')).toMatchObject({
      dailyOutflow: '10000.00',
      annualOutflow: '200000.00',
    });
  });
});

describe('a hold dated later than the check', () => {
  it('a hold for the first instant of the next day counts in the year now, in the day only from then', () => {
    const ii: LimitAccount = { class: 'II', balance: '100000.00' };
    const u = reserved(
      ii,
      { id: 'f-1', at: '2026-11-23T00:00:00+08:00', amount: '3000.00', kind: 'payment' },
      createUsage(PBOC),
    );
    expect(getHeadroom(ii, u, PBOC, '2026-11-22T23:00:00+08:00').headroom).toMatchObject({
      dailyOutflow: '10000.00',
      annualOutflow: '197000.00',
    });
    expect(getHeadroom(ii, u, PBOC, '2026-11-23T00:00:00+08:00').headroom).toMatchObject({
      dailyOutflow: '7000.00',
      annualOutflow: '197000.00',
    });
  });
});

describe('a hold counts as one transaction toward count limits', () => {
  const at = '2026-11-22T10:00:00+08:00';
  const ii: LimitAccount = { class: 'II', balance: '100000.00', faceToFaceVerified: true };

  it('outflows: the bank preset’s 3 a day', () => {
    const u = reserved(
      ii,
      { id: 'c-1', at, amount: '10.00', kind: 'payment' },
      createUsage(BANK_PRESET),
      {},
      BANK_PRESET,
    );
    const h = getHeadroom(ii, u, BANK_PRESET, at);
    expect(h.limits.find((l) => l.id === 'dailyOutflowCount')).toMatchObject({
      used: '1',
      remaining: '2',
    });
  });

  it('inflows: a count limit on inflows counts received transactions and pending ones', () => {
    const preset = derivePreset(getPreset('cn-pboc-2018'), {
      id: 'test-inflow-count',
      classes: {
        II: {
          limits: {
            dailyInflowCount: {
              type: 'window_count',
              direction: 'inflow',
              window: { kind: 'calendar', unit: 'day' },
              count: 2,
              layer: 'bank',
              source: 'pboc-2018-16',
            },
          },
        },
      },
    });
    const received = recordTransaction(createUsage(preset), {
      at: '2026-11-22T09:00:00+08:00',
      amount: '10.00',
      kind: 'transfer_in',
      counterparty: 'other',
    });
    const u = reserved(
      ii,
      { id: 'c-2', at, amount: '10.00', kind: 'transfer_in', counterparty: 'other' },
      received,
      {},
      preset,
    );
    const h = getHeadroom(ii, u, preset, at);
    expect(h.limits.find((l) => l.id === 'dailyInflowCount')).toEqual({
      id: 'dailyInflowCount',
      type: 'window_count',
      layer: 'bank',
      direction: 'inflow',
      window: 'day',
      limit: '2',
      used: '2',
      remaining: '0',
      resetsAt: '2026-11-23T00:00:00+08:00',
      rule: 'classes.II.limits.dailyInflowCount',
      source: '银发〔2018〕16号',
      sourceKey: 'pboc-2018-16',
    });
    const d = checkTransaction(
      ii,
      { at, amount: '1.00', kind: 'transfer_in', counterparty: 'other' },
      u,
      preset,
      { upgradeHint: false },
    );
    expect(d.violations.map((v) => v.code)).toEqual(['count_limit']);
    // Outflows do not count toward it.
    const out = checkTransaction(ii, { at, amount: '1.00', kind: 'payment' }, received, preset);
    expect(out.limits.find((l) => l.id === 'dailyInflowCount')).toMatchObject({ used: '1' });
  });
});

describe('a pending reversal', () => {
  const payment: TransactionInput = {
    id: 'p-1',
    at: '2026-11-22T09:00:00+08:00',
    amount: '500.00',
    kind: 'payment',
  };
  const refund: TransactionInput = {
    id: 'r-1',
    at: '2026-11-22T10:00:00+08:00',
    amount: '400.00',
    kind: 'payment',
    reverses: { id: 'p-1', at: '2026-11-22T09:00:00+08:00' },
  };

  it('neither gives outflow headroom back nor takes any; its credit counts toward the balance cap', () => {
    const iii: LimitAccount = { class: 'III', balance: '1500.00' };
    const u = reserved(iii, refund, recordTransaction(createUsage(PBOC), payment));
    const h = getHeadroom(iii, u, PBOC, '2026-11-22T10:05:00+08:00');
    expect(h.headroom).toEqual({
      balance: '100.00',
      dailyOutflow: '1500.00',
      annualOutflow: '49500.00',
    });
    // The balance cap's "used" is the booked balance plus the pending credit.
    expect(h.limits[0]).toMatchObject({ id: 'balance', used: '1900.00', remaining: '100.00' });
    // After it lapses: the balance cap is free again, the outflow unchanged.
    const lapsed = getHeadroom(iii, u, PBOC, '2026-11-22T10:15:00+08:00');
    expect(lapsed.limits[0]).toMatchObject({ id: 'balance', used: '1500.00' });
    expect(lapsed.headroom).toEqual({
      balance: '500.00',
      dailyOutflow: '1500.00',
      annualOutflow: '49500.00',
    });
  });
});
