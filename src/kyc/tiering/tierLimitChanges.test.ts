import { describe, expect, it } from 'vitest';
import { getPreset } from '../../presets/registry';
import type { AccountClassRules, LimitRule } from '../../presets/types/classes';
import { tierUpgradePath } from './evaluateTiers';
import { limitDimension, tierLimitChanges } from './tierLimitChanges';

const common = { layer: 'bank', source: 'bank-practice' } as const;
const cny = (amount: string) => ({ amount, currency: 'CNY' });

const BALANCE: LimitRule = { ...common, id: 'balance', type: 'balance_cap', limit: cny('2000.00') };
const SINGLE_OUT: LimitRule = {
  ...common,
  id: 'singleOut',
  type: 'per_transaction',
  direction: 'outflow',
  limit: cny('500.00'),
};
const DAILY_COUNT: LimitRule = {
  ...common,
  id: 'dailyCount',
  type: 'window_count',
  direction: 'outflow',
  window: { kind: 'calendar', unit: 'day' },
  count: 10,
};
const WEEK_COUNT: LimitRule = {
  ...common,
  id: 'weekCount',
  type: 'window_count',
  direction: 'inflow',
  window: { kind: 'rolling', duration: { days: 7 } },
  count: 20,
};
const DAILY_OUT: LimitRule = {
  ...common,
  id: 'dailyOut',
  type: 'window_amount',
  direction: 'outflow',
  window: { kind: 'calendar', unit: 'day' },
  limit: cny('1000.00'),
};

const basic = getPreset('tiered-generic').classes.find((c) => c.id === 'basic')!;
const withLimits = (id: string, limits: LimitRule[]): AccountClassRules => ({
  ...basic,
  id,
  limits,
});

describe('limitDimension: what a limit caps, whatever its id', () => {
  it.each([
    [BALANCE, 'balance_cap'],
    [SINGLE_OUT, 'per_transaction:outflow'],
    [{ ...SINGLE_OUT, direction: 'inflow' } as LimitRule, 'per_transaction:inflow'],
    [DAILY_COUNT, 'window_count:outflow:calendar:day'],
    [WEEK_COUNT, 'window_count:inflow:rolling:{"days":7}'],
    [DAILY_OUT, 'window_amount:outflow:calendar:day'],
  ] as const)('%j → %s', (limit, key) => {
    expect(limitDimension(limit)).toBe(key);
  });
});

describe('tierLimitChanges: every dimension that differs, with its cap in each tier', () => {
  it('lists per-transaction, count and balance caps, and leaves out what is equal', () => {
    const current = withLimits('a', [SINGLE_OUT, DAILY_COUNT, WEEK_COUNT, BALANCE]);
    const next = withLimits('b', [
      { ...SINGLE_OUT, id: 'singleOutB', limit: cny('2000.00') },
      { ...SINGLE_OUT, id: 'singleIn', direction: 'inflow', limit: cny('5000.00') },
      { ...DAILY_COUNT, id: 'dailyCountB' },
      { ...WEEK_COUNT, count: 30 },
      { ...WEEK_COUNT, id: 'monthCount', window: { kind: 'rolling', duration: { days: 30 } } },
    ]);
    expect(tierLimitChanges(current, next)).toStrictEqual([
      {
        id: 'singleOut',
        type: 'per_transaction',
        direction: 'outflow',
        current: '500.00',
        next: '2000.00',
      },
      {
        id: 'weekCount',
        type: 'window_count',
        direction: 'inflow',
        window: { days: 7 },
        current: 20,
        next: 30,
      },
      { id: 'balance', type: 'balance_cap', current: '2000.00', next: null },
      {
        id: 'singleIn',
        type: 'per_transaction',
        direction: 'inflow',
        current: null,
        next: '5000.00',
      },
      {
        id: 'monthCount',
        type: 'window_count',
        direction: 'inflow',
        window: { days: 30 },
        current: null,
        next: 20,
      },
    ]);
  });

  it('a count limit and an amount limit on the same window are different dimensions', () => {
    const changes = tierLimitChanges(withLimits('a', [DAILY_COUNT]), withLimits('b', [DAILY_OUT]));
    expect(changes).toStrictEqual([
      {
        id: 'dailyCount',
        type: 'window_count',
        direction: 'outflow',
        window: 'day',
        current: 10,
        next: null,
      },
      {
        id: 'dailyOut',
        type: 'window_amount',
        direction: 'outflow',
        window: 'day',
        current: null,
        next: '1000.00',
      },
    ]);
  });

  it('the same limits give no change', () => {
    expect(
      tierLimitChanges(
        withLimits('a', [BALANCE, DAILY_OUT]),
        withLimits('b', [DAILY_OUT, BALANCE]),
      ),
    ).toEqual([]);
  });

  it('PBOC Class III → Class II (2018): the balance cap goes, outflow caps rise, inflow caps appear', () => {
    // RULES.md §1: Class III balance ≤ 2,000, outflow 2,000/day and 50,000/year; Class II
    // inflow and outflow 10,000/day and 200,000/year, no balance cap.
    const path = tierUpgradePath({
      currentTier: 'III',
      identity: { provided: [], verifications: ['bound_account_check'] },
    });
    expect(path?.tier).toBe('II');
    expect(path?.limitChanges).toStrictEqual([
      { id: 'balance', type: 'balance_cap', current: '2000.00', next: null },
      {
        id: 'dailyOutflow',
        type: 'window_amount',
        direction: 'outflow',
        window: 'day',
        current: '2000.00',
        next: '10000.00',
      },
      {
        id: 'annualOutflow',
        type: 'window_amount',
        direction: 'outflow',
        window: 'year',
        current: '50000.00',
        next: '200000.00',
      },
      {
        id: 'dailyInflow',
        type: 'window_amount',
        direction: 'inflow',
        window: 'day',
        current: null,
        next: '10000.00',
      },
      {
        id: 'annualInflow',
        type: 'window_amount',
        direction: 'inflow',
        window: 'year',
        current: null,
        next: '200000.00',
      },
    ]);
  });
});
