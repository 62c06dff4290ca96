/*
 * What the engine takes from a preset (issue 6): the windows its limits use (and so the windows a
 * usage keeps), the windows each class needs from a usage, and each kind of limit as it is then
 * reported. Each test compiles a fresh copy of the preset (the engine compiles a preset object
 * once and keeps the result).
 */
import { describe, expect, it } from 'vitest';
import { BANK_PRESET } from '../../test/fixtures/limitPresets';
import { AccountPolicyError } from '../errors';
import { getPreset } from '../presets';
import type { Preset } from '../presets/types/preset';
import { checkTransaction, createUsage, getHeadroom, type LimitAccount } from '.';

/** A fresh copy of a preset (a new object: compiled anew). */
function fresh(preset: Preset): Preset {
  return JSON.parse(JSON.stringify(preset)) as Preset;
}

const II: LimitAccount = { class: 'II', balance: '0.00', faceToFaceVerified: true };
const AT = '2026-11-22T10:00:00+08:00';

describe('the windows of a preset', () => {
  it('a usage keeps one window per period any class’s amount or count limits use', () => {
    expect(Object.keys(createUsage(fresh(getPreset('cn-pboc-2018'))).windows)).toEqual([
      'day',
      'year',
    ]);
    expect(Object.keys(createUsage(fresh(BANK_PRESET)).windows).sort()).toEqual([
      'day',
      'month',
      'rolling:24H',
      'year',
    ]);
  });

  it('a new usage: version 0, the preset’s currency and zone, empty windows, no holds', () => {
    expect(createUsage(fresh(BANK_PRESET))).toStrictEqual({
      version: 0,
      currency: 'CNY',
      timeZone: 'Asia/Shanghai',
      windows: {
        day: { kind: 'calendar', unit: 'day', start: null, end: null, flows: {} },
        year: { kind: 'calendar', unit: 'year', start: null, end: null, flows: {} },
        month: { kind: 'calendar', unit: 'month', start: null, end: null, flows: {} },
        'rolling:24H': { kind: 'rolling', duration: { hours: 24 }, horizon: null, entries: [] },
      },
      holds: [],
      settled: [],
    });
  });

  it('a count limit alone makes a window', () => {
    const base = getPreset('tiered-generic');
    const counted = fresh({
      ...base,
      id: 'test-count-only',
      classes: base.classes.map((c) => ({
        ...c,
        limits: [
          {
            id: 'monthlyCount',
            type: 'window_count' as const,
            direction: 'outflow' as const,
            window: { kind: 'calendar' as const, unit: 'month' as const },
            count: 30,
            layer: 'bank' as const,
            source: c.source,
          },
        ],
      })),
    });
    expect(Object.keys(createUsage(counted).windows)).toEqual(['month']);
  });

  it('a class needs from a usage every window its limits use', () => {
    const bank = fresh(BANK_PRESET);
    let thrown: unknown;
    try {
      checkTransaction(
        II,
        { at: AT, amount: '1.00', kind: 'payment' },
        createUsage(getPreset('cn-pboc-2018')),
        bank,
      );
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AccountPolicyError);
    const message =
      'has no totals for the "month" window the preset\'s limits use; rebuild it with usageFromHistory';
    expect(thrown).toMatchObject({
      code: 'invalid_input',
      message: `Invalid usage: ${message}`,
      issues: [{ path: ['usage', 'windows', 'month'], message }],
    });
  });
});

describe('each kind of limit as compiled', () => {
  it('the bank preset’s Class II: every limit with its type, window, limit and source', () => {
    const bank = fresh(BANK_PRESET);
    const h = getHeadroom(II, createUsage(bank), bank, AT);
    // Nothing used yet: amounts read 0.00, counts 0; everything remains.
    expect(h.limits.map((l) => [l.used, l.remaining])).toEqual([
      ['0.00', '10000.00'],
      ['0.00', '200000.00'],
      ['0.00', '10000.00'],
      ['0.00', '200000.00'],
      ['0.00', '8000.00'],
      ['0.00', '15000.00'],
      ['0', '3'],
      ['0.00', '5000.00'],
      ['0.00', '3000.00'],
    ]);
    const shape = h.limits.map((l) => [
      l.id,
      l.type,
      'window' in l ? l.window : null,
      'direction' in l ? l.direction : null,
      l.layer,
      l.limit,
      l.rule,
      l.source,
    ]);
    const pboc = '银发〔2016〕302号';
    expect(shape).toEqual([
      [
        'dailyInflow',
        'window_amount',
        'day',
        'inflow',
        'regulatory',
        '10000.00',
        'classes.II.limits.dailyInflow',
        pboc,
      ],
      [
        'annualInflow',
        'window_amount',
        'year',
        'inflow',
        'regulatory',
        '200000.00',
        'classes.II.limits.annualInflow',
        pboc,
      ],
      [
        'dailyOutflow',
        'window_amount',
        'day',
        'outflow',
        'regulatory',
        '10000.00',
        'classes.II.limits.dailyOutflow',
        pboc,
      ],
      [
        'annualOutflow',
        'window_amount',
        'year',
        'outflow',
        'regulatory',
        '200000.00',
        'classes.II.limits.annualOutflow',
        pboc,
      ],
      [
        'bankDailyOutflow',
        'window_amount',
        'day',
        'outflow',
        'bank',
        '8000.00',
        'classes.II.limits.bankDailyOutflow',
        'TB-LIM-1',
      ],
      [
        'monthlyOutflow',
        'window_amount',
        'month',
        'outflow',
        'bank',
        '15000.00',
        'classes.II.limits.monthlyOutflow',
        'TB-LIM-1',
      ],
      [
        'dailyOutflowCount',
        'window_count',
        'day',
        'outflow',
        'bank',
        '3',
        'classes.II.limits.dailyOutflowCount',
        'TB-LIM-1',
      ],
      [
        'singleOutflow',
        'per_transaction',
        null,
        'outflow',
        'bank',
        '5000.00',
        'classes.II.limits.singleOutflow',
        'TB-LIM-1',
      ],
      [
        'rollingInflow',
        'window_amount',
        'rolling',
        'inflow',
        'bank',
        '3000.00',
        'classes.II.limits.rollingInflow',
        'TB-LIM-1',
      ],
    ]);
  });

  it('a per-transaction cap limits each transaction, a balance cap the balance', () => {
    const bank = fresh(BANK_PRESET);
    const pay = (amount: string) =>
      checkTransaction(
        { class: 'II', balance: '10000.00' },
        { at: AT, amount, kind: 'payment' },
        createUsage(bank),
        bank,
        { upgradeHint: false },
      );
    expect(pay('5000.00').allowed).toBe(true);
    expect(pay('5000.01').violations.map((v) => v.code)).toEqual(['per_transaction_limit']);
    const iii = fresh(getPreset('cn-pboc-2018'));
    const h = getHeadroom({ class: 'III', balance: '1999.99' }, createUsage(iii), iii, AT);
    expect(h.limits[0]).toMatchObject({ id: 'balance', type: 'balance_cap', remaining: '0.01' });
  });
});
