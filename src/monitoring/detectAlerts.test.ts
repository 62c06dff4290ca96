import { describe, expect, it } from 'vitest';
import { AccountPolicyError } from '../errors';
import type { TransactionInput } from '../limits/types';
import { getPreset } from '../presets/registry';
import type { Preset } from '../presets/types/preset';
import { detectAlerts, safeDetectAlerts } from './detectAlerts';
import { NOW, PBOC, TIERED, run, tx, withMonitoring } from './fixtures.testkit';
import type { MonitorInput } from './types';

/** An ordinary month of a salaried customer: nothing suspicious. */
const CLEAN: readonly TransactionInput[] = [
  tx('2026-11-01', '09:00:00', '12000.00', 'transfer_in', { counterpartyId: 'employer' }),
  tx('2026-11-02', '12:30:00', '58.50', 'payment', { counterpartyId: 'canteen' }),
  tx('2026-11-03', '19:10:00', '3500.00', 'transfer_out', { counterpartyId: 'landlord' }),
  tx('2026-11-05', '10:00:00', '2000.00', 'wealth_purchase'),
  tx('2026-11-10', '18:00:00', '300.00', 'withdraw_cash'),
  tx('2026-11-15', '20:45:00', '129.90', 'payment', { counterpartyId: 'shop' }),
  tx('2026-11-21', '00:00:00', '0.35', 'interest'),
];

function errorOf(fn: () => unknown): AccountPolicyError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AccountPolicyError) return error;
    throw error;
  }
  throw new Error('expected an AccountPolicyError');
}

const input = (over: Partial<MonitorInput> = {}): MonitorInput => ({
  account: { class: 'I', openedAt: '2026-01-01T10:00:00+08:00' },
  history: CLEAN,
  now: NOW,
  ...over,
});

describe('detectAlerts', () => {
  it('a clean history gives no alert, on every preset and class', () => {
    for (const preset of [PBOC, getPreset('cn-pboc-2016')])
      for (const cls of ['I', 'II', 'III'])
        expect(run(CLEAN, { preset, account: { class: cls } })).toEqual([]);
    for (const cls of ['basic', 'intermediate', 'advanced'])
      expect(run(CLEAN, { preset: TIERED, account: { class: cls } })).toEqual([]);
    expect(detectAlerts(input({ history: [] }))).toEqual({
      alerts: [],
      truncated: false,
      omitted: {},
    });
  });

  it('uses the default preset and English without options', () => {
    const { alerts } = detectAlerts(
      input({ history: [tx('2026-11-22', '10:00:00', '50000.01', 'deposit_cash')] }),
    );
    expect(alerts.map((a) => a.code)).toEqual(['large_transaction']);
    expect(alerts[0]!.message).toMatch(/^A single cash deposit of CNY 50,000.01/);
  });

  it('lists every alert by code, then time', () => {
    const history = [
      tx('2026-11-22', '01:00:00', '60000.00', 'transfer_in', { counterpartyId: 'a' }),
      tx('2026-11-22', '01:30:00', '59000.00', 'transfer_out', { counterpartyId: 'b' }),
      tx('2026-11-22', '02:00:00', '55000.00', 'transfer_in', { counterpartyId: 'c' }),
      tx('2026-11-22', '02:05:00', '55000.00', 'transfer_out', { counterpartyId: 'd' }),
    ];
    const alerts = run(history, {
      account: { class: 'I', lastActiveAt: '2025-01-01T00:00:00+08:00' },
    });
    expect(alerts.map((a) => [a.code, a.evidence.at])).toEqual([
      ['dormant_account_activity', '2026-11-22T01:00:00+08:00'],
      ['large_transaction', '2026-11-22T01:00:00+08:00'],
      ['large_transaction', '2026-11-22T01:30:00+08:00'],
      ['large_transaction', '2026-11-22T02:00:00+08:00'],
      ['large_transaction', '2026-11-22T02:05:00+08:00'],
      ['night_activity', '2026-11-22T02:05:00+08:00'],
      ['rapid_in_out', '2026-11-22T01:30:00+08:00'],
      ['rapid_in_out', '2026-11-22T02:05:00+08:00'],
    ]);
  });

  it('never flags reversals: a refund is not activity of its own', () => {
    const refund = tx('2026-11-22', '10:00:00', '80000.00', 'payment', {
      reverses: { id: 'p1', at: '2026-11-20T10:00:00+08:00' },
    });
    expect(
      run([refund], { account: { class: 'I', lastActiveAt: '2020-01-01T00:00:00Z' } }),
    ).toEqual([]);
  });

  it('never changes its input', () => {
    const value = input({ history: [tx('2026-11-22', '10:00:00', '50000.01', 'payment')] });
    const copy = structuredClone(value);
    detectAlerts(value, { preset: PBOC });
    expect(value).toEqual(copy);
  });

  describe('bad input is refused with a clear error naming the path', () => {
    const cases: [string, unknown, string, (string | number)[]][] = [
      ['not an object', null, 'invalid_input', []],
      [
        'an unknown class',
        input({ account: { class: 'IV' } }),
        'invalid_input',
        ['account', 'class'],
      ],
      [
        'a class that is not a string',
        input({ account: { class: 2 as never } }),
        'invalid_input',
        ['account', 'class'],
      ],
      [
        'an account that is not an object',
        input({ account: 'I' as never }),
        'invalid_input',
        ['account'],
      ],
      [
        'an unknown status',
        input({ account: { class: 'I', status: 'asleep' as never } }),
        'invalid_input',
        ['account', 'status'],
      ],
      [
        'a bad openedAt',
        input({ account: { class: 'I', openedAt: '2026-02-30T00:00:00Z' } }),
        'invalid_instant',
        ['account', 'openedAt'],
      ],
      ['a missing now', input({ now: undefined as never }), 'invalid_instant', ['now']],
      [
        'a history that is not a list',
        input({ history: {} as never }),
        'invalid_input',
        ['history'],
      ],
      [
        'an entry that is not an object',
        input({ history: [7 as never] }),
        'invalid_input',
        ['history', 0],
      ],
      [
        'an amount as a number',
        input({ history: [{ ...CLEAN[0]!, amount: 100 as never }] }),
        'invalid_amount',
        ['history', 0, 'amount'],
      ],
      [
        'an amount with 3 decimals in CNY',
        input({ history: [{ ...CLEAN[0]!, amount: '1.001' }] }),
        'invalid_amount',
        ['history', 0, 'amount'],
      ],
      [
        'an unknown kind',
        input({ history: [{ ...CLEAN[0]!, kind: 'gift' as never }] }),
        'invalid_input',
        ['history', 0, 'kind'],
      ],
      [
        'an unknown counterparty',
        input({ history: [{ ...CLEAN[0]!, counterparty: 'x' as never }] }),
        'invalid_input',
        ['history', 0, 'counterparty'],
      ],
      [
        'an unknown channel',
        input({ history: [{ ...CLEAN[0]!, channel: 'fax' as never }] }),
        'invalid_input',
        ['history', 0, 'channel'],
      ],
      [
        'an empty counterpartyId',
        input({ history: [{ ...CLEAN[0]!, counterpartyId: '' }] }),
        'invalid_input',
        ['history', 0, 'counterpartyId'],
      ],
      [
        'an id that is too long',
        input({ history: [{ ...CLEAN[0]!, id: 'x'.repeat(201) }] }),
        'invalid_input',
        ['history', 0, 'id'],
      ],
      [
        'a malformed reverses',
        input({ history: [{ ...CLEAN[0]!, reverses: 'p1' as never }] }),
        'invalid_input',
        ['history', 0, 'reverses'],
      ],
      [
        'a reverses without at',
        input({ history: [{ ...CLEAN[0]!, reverses: { id: 'p1' } as never }] }),
        'invalid_instant',
        ['history', 0, 'reverses', 'at'],
      ],
      [
        'a transaction after now',
        input({ history: [tx('2027-01-01', '00:00:01', '1.00', 'payment')] }),
        'invalid_input',
        ['history', 0, 'at'],
      ],
    ];
    it.each(cases)('%s', (_, value, code, path) => {
      const error = errorOf(() => detectAlerts(value as MonitorInput, { preset: PBOC }));
      expect(error.code).toBe(code);
      expect(error.issues[0]!.path).toEqual(path);
      expect(error.message.length).toBeGreaterThan(10);
    });
    it('an unknown language, or options that are not an object', () => {
      expect(errorOf(() => detectAlerts(input(), { lang: 'fr' as never })).issues[0]!.path).toEqual(
        ['options', 'lang'],
      );
      expect(errorOf(() => detectAlerts(input(), 'x' as never)).code).toBe('invalid_input');
    });
    it('a transaction exactly at now is accepted', () => {
      expect(
        detectAlerts(input({ history: [tx('2027-01-01', '00:00:00', '1.00', 'payment')] })),
      ).toEqual({ alerts: [], truncated: false, omitted: {} });
    });
  });

  it('refuses a preset whose monitoring rules are invalid, listing every issue', () => {
    const broken = withMonitoring(PBOC, {
      fanIn: { ...PBOC.monitoring.fanIn, minCounterparties: 0, source: 'nowhere' },
    });
    const error = errorOf(() => detectAlerts(input(), { preset: broken }));
    expect(error.code).toBe('invalid_preset');
    expect(error.issues.map((i) => i.path.join('.'))).toEqual([
      'monitoring.fanIn.source',
      'monitoring.fanIn.minCounterparties',
    ]);
    const { monitoring: _, ...none } = PBOC;
    expect(errorOf(() => detectAlerts(input(), { preset: none as Preset })).code).toBe(
      'invalid_preset',
    );
    expect(errorOf(() => detectAlerts(input(), { preset: 'cn-pboc-2018' as never })).code).toBe(
      'invalid_preset',
    );
  });

  it('safeDetectAlerts returns the value or the error instead of throwing', () => {
    const ok = safeDetectAlerts(input(), { preset: PBOC });
    expect(ok).toEqual({ ok: true, value: { alerts: [], truncated: false, omitted: {} } });
    const bad = safeDetectAlerts(input({ account: { class: 'IV' } }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe('invalid_input');
  });
});
