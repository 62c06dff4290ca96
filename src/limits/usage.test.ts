import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { BANK_PRESET } from '../../test/fixtures/limitPresets';
import { getPreset } from '../presets';
import { COUNTERPARTIES, TRANSACTION_KINDS } from '../presets/types/common';
import {
  createUsage,
  getHeadroom,
  recordTransaction,
  safeRecordTransaction,
  safeUsageFromHistory,
  usageFromHistory,
  type TransactionInput,
  type Usage,
} from '.';

const PBOC = getPreset('cn-pboc-2018');
const II = { class: 'II', balance: '0.00' };

function out(at: string, amount: string): TransactionInput {
  return { at, amount, kind: 'transfer_out', counterparty: 'other' };
}

describe('createUsage', () => {
  it('has one window per period the preset’s limits use', () => {
    expect(Object.keys(createUsage(PBOC).windows)).toEqual(['day', 'year']);
    expect(Object.keys(createUsage(getPreset('tiered-generic')).windows)).toEqual(['day']);
    expect(Object.keys(createUsage(BANK_PRESET).windows).sort()).toEqual([
      'day',
      'month',
      'rolling:24H',
      'year',
    ]);
    expect(createUsage(PBOC)).toMatchObject({
      version: 0,
      currency: 'CNY',
      timeZone: 'Asia/Shanghai',
      holds: [],
      settled: [],
    });
  });
});

describe('recordTransaction', () => {
  it('totals per kind and counterparty, per window, and bumps the version', () => {
    let u = createUsage(PBOC);
    u = recordTransaction(u, out('2026-11-22T09:00:00+08:00', '100.00'));
    u = recordTransaction(u, out('2026-11-22T10:00:00+08:00', '0.50'));
    u = recordTransaction(u, { at: '2026-11-22T11:00:00+08:00', amount: '7', kind: 'interest' });
    expect(u.version).toBe(3);
    expect(u.windows.day).toEqual({
      kind: 'calendar',
      unit: 'day',
      start: '2026-11-22T00:00:00+08:00',
      end: '2026-11-23T00:00:00+08:00',
      flows: {
        'transfer_out:other': { amount: '100.50', count: 2, reversed: '0.00' },
        'interest:other': { amount: '7.00', count: 1, reversed: '0.00' },
      },
    });
  });
  it('rolls a window over when a transaction falls in a later period (calendar, in the preset’s zone)', () => {
    let u = recordTransaction(createUsage(PBOC), out('2026-12-31T23:59:59+08:00', '100.00'));
    u = recordTransaction(u, out('2027-01-01T00:00:00+08:00', '1.00'));
    expect(u.windows.day).toMatchObject({
      start: '2027-01-01T00:00:00+08:00',
      flows: { 'transfer_out:other': { amount: '1.00' } },
    });
    expect(u.windows.year).toMatchObject({
      start: '2027-01-01T00:00:00+08:00',
      end: '2028-01-01T00:00:00+08:00',
    });
  });
  it('a late arrival counts where its period is still current and is ignored where it is closed', () => {
    let u = recordTransaction(createUsage(PBOC), out('2026-11-23T08:00:00+08:00', '100.00'));
    u = recordTransaction(u, out('2026-11-22T23:00:00+08:00', '50.00'));
    expect(getHeadroom(II, u, PBOC, '2026-11-23T09:00:00+08:00').headroom).toMatchObject({
      dailyOutflow: '9900.00',
      annualOutflow: '199850.00',
    });
    const older = recordTransaction(u, out('2025-12-31T23:00:00+08:00', '50.00'));
    expect(older.windows).toEqual(u.windows);
  });
  it('stays small whatever the history’s length (calendar windows keep only totals)', () => {
    let u = createUsage(PBOC);
    for (let i = 0; i < 1000; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
      u = recordTransaction(u, {
        at: `2026-${month}-${day}T10:00:00+08:00`,
        amount: '1.00',
        kind: TRANSACTION_KINDS[i % 11]!,
        counterparty: COUNTERPARTIES[i % 3]!,
      });
    }
    expect(JSON.stringify(u).length).toBeLessThan(6000);
  });
  it('survives a JSON round trip (it is plain data)', () => {
    const u = recordTransaction(createUsage(BANK_PRESET), {
      at: '2026-11-22T09:00:00+08:00',
      amount: '3.00',
      kind: 'transfer_in',
    });
    const copy = JSON.parse(JSON.stringify(u)) as Usage;
    expect(copy).toEqual(u);
    expect(recordTransaction(copy, out('2026-11-22T10:00:00+08:00', '1.00'))).toEqual(
      recordTransaction(u, out('2026-11-22T10:00:00+08:00', '1.00')),
    );
  });
  it('rolling windows keep only entries that can still fall in a window', () => {
    let u = createUsage(BANK_PRESET);
    u = recordTransaction(u, {
      at: '2026-11-20T09:00:00+08:00',
      amount: '1.00',
      kind: 'transfer_in',
    });
    u = recordTransaction(u, {
      at: '2026-11-22T09:00:00+08:00',
      amount: '2.00',
      kind: 'transfer_in',
    });
    expect(u.windows['rolling:24H']).toMatchObject({
      horizon: '2026-11-21T09:00:00+08:00',
      entries: [{ amount: '2.00' }],
    });
  });
  it('rejects a malformed transaction, naming the field', () => {
    const r = safeRecordTransaction(createUsage(PBOC), {
      at: '2026-11-22T09:00:00+08:00',
      amount: '1',
      kind: 'transfer_out',
      channel: 'pigeon' as 'atm',
    });
    expect(!r.ok && r.error.issues[0]!.path).toEqual(['transaction', 'channel']);
  });
});

describe('usageFromHistory', () => {
  const instants = fc
    .integer({
      min: Date.parse('2026-12-29T00:00:00+08:00'),
      max: Date.parse('2027-01-03T00:00:00+08:00'),
    })
    .map((ms) => new Date(ms - (ms % 60_000)).toISOString());
  const entry = fc.record({
    at: instants,
    amount: fc
      .integer({ min: 0, max: 500_000 })
      .map((fen) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`),
    kind: fc.constantFrom(...TRANSACTION_KINDS),
    counterparty: fc.constantFrom(...COUNTERPARTIES),
  });
  test.prop([fc.array(entry, { maxLength: 30 }), fc.constantFrom(PBOC, BANK_PRESET)])(
    'equals recording the same history in time order',
    (history, preset) => {
      const sorted = [...history].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
      const recorded = sorted.reduce((u, t) => recordTransaction(u, t), createUsage(preset));
      const built = usageFromHistory(preset, history);
      expect(built.windows).toEqual(recorded.windows);
    },
  );
  it('reports bad entries by index', () => {
    const r = safeUsageFromHistory(PBOC, [
      out('2026-11-22T09:00:00+08:00', '1.00'),
      out('2026-11-22T09:00:00+08:00', '1.000'),
    ]);
    expect(!r.ok && r.error.issues[0]!.path).toEqual(['history', 1, 'amount']);
  });
});
