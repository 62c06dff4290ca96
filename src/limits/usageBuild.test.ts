/*
 * Building and updating usage (issue 6): usage from history holds the calendar periods around
 * `at` whole and the rolling span ending at `at` (both ends included); recording is idempotent
 * by id for committed transactions only; settling keeps the other settled holds; a usage built
 * for another zone is refused with both zones named.
 */
import { describe, expect, it } from 'vitest';
import { BANK_PRESET } from '../../test/fixtures/limitPresets';
import { AccountPolicyError } from '../errors';
import { getPreset } from '../presets';
import {
  checkTransaction,
  commit,
  recordTransaction,
  release,
  usageFromHistory,
  type TransactionInput,
  type Usage,
} from '.';
import { PBOC_USAGE, PBOC_USAGE_WITH_HOLD } from './storedUsages.testkit';

const PBOC = getPreset('cn-pboc-2018');

function inflow(at: string, amount: string): TransactionInput {
  return { at, amount, kind: 'transfer_in', counterparty: 'other' };
}

describe('usageFromHistory around an instant', () => {
  it('calendar windows hold their whole period; the rolling window the 24 hours ending at `at`, both ends included', () => {
    const history = [
      inflow('2026-11-21T09:59:59+08:00', '1.00'),
      inflow('2026-11-21T10:00:00+08:00', '2.00'),
      inflow('2026-11-22T10:00:00+08:00', '4.00'),
      inflow('2026-11-22T10:00:00.001+08:00', '8.00'),
    ];
    const u = usageFromHistory(BANK_PRESET, history, '2026-11-22T10:00:00+08:00');
    expect(u.windows['rolling:24H']).toStrictEqual({
      kind: 'rolling',
      duration: { hours: 24 },
      horizon: '2026-11-21T10:00:00+08:00',
      entries: [
        { at: '2026-11-21T10:00:00+08:00', bucket: 'transfer_in:other', amount: '2.00' },
        { at: '2026-11-22T10:00:00+08:00', bucket: 'transfer_in:other', amount: '4.00' },
      ],
    });
    expect(u.windows.day).toStrictEqual({
      kind: 'calendar',
      unit: 'day',
      start: '2026-11-22T00:00:00+08:00',
      end: '2026-11-23T00:00:00+08:00',
      flows: { 'transfer_in:other': { amount: '12.00', count: 2, reversed: '0.00' } },
    });
    expect(u.windows.month).toMatchObject({
      start: '2026-11-01T00:00:00+08:00',
      flows: { 'transfer_in:other': { amount: '15.00', count: 4, reversed: '0.00' } },
    });
    expect(u.version).toBe(0);
    expect(u.holds).toEqual([]);
  });

  it('without `at`, the latest entry’s instant; with no history and no `at`, an empty usage', () => {
    const history = [
      inflow('2026-11-22T10:00:00+08:00', '4.00'),
      inflow('2026-11-20T10:00:00+08:00', '1.00'),
    ];
    expect(usageFromHistory(BANK_PRESET, history)).toStrictEqual(
      usageFromHistory(BANK_PRESET, history, '2026-11-22T10:00:00+08:00'),
    );
    const empty = usageFromHistory(PBOC, []);
    expect(empty.windows).toStrictEqual({
      day: { kind: 'calendar', unit: 'day', start: null, end: null, flows: {} },
      year: { kind: 'calendar', unit: 'year', start: null, end: null, flows: {} },
    });
    // With `at` and no history, the periods around `at` are open and empty.
    expect(usageFromHistory(PBOC, [], '2026-12-31T23:59:59+08:00').windows.year).toStrictEqual({
      kind: 'calendar',
      unit: 'year',
      start: '2026-01-01T00:00:00+08:00',
      end: '2027-01-01T00:00:00+08:00',
      flows: {},
    });
  });

  it('a reversal counts in a calendar window only when its original is in the same period', () => {
    const history: TransactionInput[] = [
      { id: 'p', at: '2026-11-21T09:00:00+08:00', amount: '100.00', kind: 'payment' },
      {
        id: 'r',
        at: '2026-11-22T09:00:00+08:00',
        amount: '40.00',
        kind: 'payment',
        reverses: { id: 'p', at: '2026-11-21T09:00:00+08:00' },
      },
    ];
    const u = usageFromHistory(PBOC, history, '2026-11-22T10:00:00+08:00');
    expect(u.windows.day).toStrictEqual({
      kind: 'calendar',
      unit: 'day',
      start: '2026-11-22T00:00:00+08:00',
      end: '2026-11-23T00:00:00+08:00',
      flows: {},
    });
    expect(u.windows.year).toMatchObject({
      flows: { 'payment:other': { amount: '100.00', count: 1, reversed: '40.00' } },
    });
  });
});

describe('a reversal of a transaction made at the first instant of the day', () => {
  it('counts in that day, whether built from history or recorded', () => {
    const history: TransactionInput[] = [
      { id: 'p', at: '2026-11-22T00:00:00+08:00', amount: '100.00', kind: 'payment' },
      {
        id: 'r',
        at: '2026-11-22T09:00:00+08:00',
        amount: '40.00',
        kind: 'payment',
        reverses: { id: 'p', at: '2026-11-22T00:00:00+08:00' },
      },
    ];
    const flows = { 'payment:other': { amount: '100.00', count: 1, reversed: '40.00' } };
    expect(usageFromHistory(PBOC, history).windows.day).toMatchObject({ flows });
    const recorded = history.reduce((u, t) => recordTransaction(u, t), usageFromHistory(PBOC, []));
    expect(recorded.windows.day).toMatchObject({ flows });
  });
});

describe('recordTransaction and ids', () => {
  const held: TransactionInput = {
    id: 'tx-1',
    at: '2026-11-22T10:00:00+08:00',
    amount: '100.00',
    kind: 'payment',
    counterparty: 'other',
  };

  it('an id whose hold was released is recorded as a new transaction', () => {
    const released = release(PBOC_USAGE_WITH_HOLD, 'tx-1', '2026-11-22T10:05:00+08:00');
    const recorded = recordTransaction(released, held);
    expect(recorded.version).toBe(released.version + 1);
    expect(recorded.windows.day).toMatchObject({
      flows: { 'payment:other': { amount: '300.00', count: 2, reversed: '0.00' } },
    });
  });

  it('committing keeps the other settled holds', () => {
    const pending = PBOC_USAGE_WITH_HOLD.holds[0]!;
    const usage: Usage = {
      ...PBOC_USAGE_WITH_HOLD,
      settled: [
        {
          ...pending,
          id: 'tx-0',
          transaction: { ...pending.transaction, id: 'tx-0' },
          outcome: 'released',
        },
      ],
    };
    expect(
      commit(usage, 'tx-1', '2026-11-22T10:05:00+08:00').settled.map((h) => [h.id, h.outcome]),
    ).toEqual([
      ['tx-0', 'released'],
      ['tx-1', 'committed'],
    ]);
    expect(recordTransaction(usage, held).settled.map((h) => [h.id, h.outcome])).toEqual([
      ['tx-0', 'released'],
      ['tx-1', 'committed'],
    ]);
  });
});

describe('a usage for another zone', () => {
  it('is refused at usage.timeZone, naming both zones', () => {
    let thrown: unknown;
    try {
      checkTransaction(
        { class: 'II', balance: '0.00' },
        { at: '2026-11-22T10:00:00+08:00', amount: '1.00', kind: 'payment' },
        { ...PBOC_USAGE, timeZone: 'UTC' },
        PBOC,
      );
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AccountPolicyError);
    const message = 'counts in UTC, the preset cn-pboc-2018 in Asia/Shanghai';
    expect(thrown).toMatchObject({
      code: 'invalid_input',
      message: `Invalid usage: ${message}`,
      issues: [{ path: ['usage', 'timeZone'], message }],
    });
  });
});

describe('the bound on what a usage from history keeps', () => {
  it('10,000 transactions in the rolling windows are kept; 10,001 are refused with the count', () => {
    const base = Date.parse('2026-11-22T00:00:00+08:00');
    const history = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        at: new Date(base + i * 1000).toISOString(),
        amount: '1.00',
        kind: 'transfer_in' as const,
      }));
    const kept = usageFromHistory(BANK_PRESET, history(10000));
    expect(kept.windows['rolling:24H']).toMatchObject({ entries: { length: 10000 } });
    let thrown: unknown;
    try {
      usageFromHistory(BANK_PRESET, history(10001));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AccountPolicyError);
    const message =
      'the rolling windows would keep 10001 transactions; a usage keeps at most 10000 (check this history with checkTransactionFromHistory instead)';
    expect(thrown).toMatchObject({
      code: 'invalid_state',
      message: `Cannot build the usage: ${message}`,
      issues: [{ path: ['history'], message }],
    });
  });
});
