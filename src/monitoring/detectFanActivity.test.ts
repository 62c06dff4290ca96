import { describe, expect, it } from 'vitest';
import type { TransactionInput } from '../limits/types';
import { PBOC, only, run, tx, withMonitoring } from './fixtures.testkit';

const D = '2026-11-22';

/** Transfers in from the given counterparties, one per minute from 10:00. */
function transfersIn(ids: readonly string[], day = D, extra: Partial<TransactionInput> = {}) {
  return ids.map((id, i) =>
    tx(day, `10:${String(i).padStart(2, '0')}:00`, '100.00', 'transfer_in', {
      counterpartyId: id,
      ...extra,
    }),
  );
}

describe('fan_in: many distinct counterparties into the account', () => {
  it('alerts from 5 distinct counterparties within 24 hours, listing them', () => {
    const alerts = only(run(transfersIn(['e', 'd', 'c', 'b', 'a'])), 'fan_in');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      code: 'fan_in',
      severity: 'medium',
      rule: 'monitoring.fanIn',
      sourceKey: 'bank-practice',
      evidence: {
        at: '2026-11-22T10:04:00+08:00',
        from: '2026-11-22T10:00:00+08:00',
        window: { hours: 24 },
        counterparties: 5,
        minCounterparties: 5,
        counterpartyIds: ['a', 'b', 'c', 'd', 'e'],
        total: '500.00',
      },
    });
    expect(alerts[0]!.evidence.transactions).toHaveLength(5);
    expect(alerts[0]!.message).toBe(
      'Distinct counterparties that sent money into the account between 2026-11-22T10:00:00+08:00 and 2026-11-22T10:04:00+08:00: 5 (transactions: 5, total CNY 500.00).',
    );
  });

  it('does not alert on 4 distinct counterparties, however many transactions', () => {
    expect(only(run(transfersIn(['a', 'b', 'c', 'd', 'a', 'b', 'c'])), 'fan_in')).toEqual([]);
  });

  it('counts a counterparty a millisecond short of 24 hours back, not exactly 24 hours: (t − 24 h, t]', () => {
    const first = tx('2026-11-21', '10:04:00.001', '100.00', 'transfer_in', {
      counterpartyId: 'z',
    });
    const four = transfersIn(['a', 'b', 'c', 'd']); // 10:00–10:03 on D
    const last = tx(D, '10:04:00', '100.00', 'transfer_in', { counterpartyId: 'y' });
    expect(only(run([first, ...four.slice(1), last]), 'fan_in')).toHaveLength(1);
    const early = { ...first, at: '2026-11-21T10:04:00+08:00' };
    expect(only(run([early, ...four.slice(1), last]), 'fan_in')).toEqual([]);
  });

  it('ignores transactions without a counterpartyId and those from own or bound accounts', () => {
    const history = [
      ...transfersIn(['a', 'b', 'c', 'd']),
      tx(D, '11:00:00', '100.00', 'transfer_in'),
      tx(D, '11:01:00', '100.00', 'transfer_in', { counterparty: 'own', counterpartyId: 'e' }),
      tx(D, '11:02:00', '100.00', 'transfer_in', { counterparty: 'bound', counterpartyId: 'f' }),
      tx(D, '11:03:00', '100.00', 'transfer_out', { counterpartyId: 'g' }),
    ];
    expect(only(run(history), 'fan_in')).toEqual([]);
  });

  it('counts cash deposits naming the depositor', () => {
    const history = transfersIn(['a', 'b', 'c', 'd', 'e']).map((t) => ({
      ...t,
      kind: 'deposit_cash' as const,
    }));
    expect(only(run(history, { account: { class: 'I' } }), 'fan_in')).toHaveLength(1);
  });

  it('gives one alert per 5 new counterparties: 9 give one, 10 give two', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
    expect(only(run(transfersIn(ids.slice(0, 9))), 'fan_in')).toHaveLength(1);
    const two = only(run(transfersIn(ids)), 'fan_in');
    expect(two.map((a) => a.evidence.counterpartyIds)).toEqual([
      ['a', 'b', 'c', 'd', 'e'],
      ['f', 'g', 'h', 'i', 'j'],
    ]);
  });

  it('a calendar-day window follows the local calendar, even when the clocks go back', () => {
    // New York, 2026-11-01: 02:00 EDT becomes 01:00 EST. The window of { days: 1 } ending at
    // 01:10 EST starts at 01:10 EDT the day before — earlier than the window ending at 01:30 EDT.
    const ny = withMonitoring(
      PBOC,
      { fanIn: { ...PBOC.monitoring.fanIn, window: { days: 1 } } },
      { timeZone: 'America/New_York' },
    );
    const t = (at: string, id: string) =>
      ({ at, amount: '10.00', kind: 'transfer_in', counterpartyId: id }) as const;
    const history = [
      t('2026-10-31T01:15:00-04:00', 'a'),
      t('2026-10-31T12:00:00-04:00', 'b'),
      t('2026-10-31T18:00:00-04:00', 'c'),
      t('2026-11-01T01:30:00-04:00', 'd'),
      t('2026-11-01T01:10:00-05:00', 'e'),
    ];
    const [alert] = only(run(history, { preset: ny }), 'fan_in');
    expect(alert!.evidence).toMatchObject({
      from: '2026-10-31T01:15:00-04:00',
      at: '2026-11-01T01:10:00-05:00',
      counterpartyIds: ['a', 'b', 'c', 'd', 'e'],
    });
  });

  it('follows the preset’s count', () => {
    const three = withMonitoring(PBOC, {
      fanIn: { ...PBOC.monitoring.fanIn, minCounterparties: 3 },
    });
    expect(only(run(transfersIn(['a', 'b', 'c']), { preset: three }), 'fan_in')).toHaveLength(1);
    expect(only(run(transfersIn(['a', 'b']), { preset: three }), 'fan_in')).toEqual([]);
  });
});

describe('fan_out: money out to many distinct counterparties', () => {
  const out = (ids: readonly string[]) =>
    ids.map((id, i) =>
      tx(D, `14:${String(i).padStart(2, '0')}:00`, '200.00', 'transfer_out', {
        counterpartyId: id,
      }),
    );

  it('alerts from 5 distinct counterparties, not 4', () => {
    const alerts = only(run(out(['p', 'q', 'r', 's', 't'])), 'fan_out');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      rule: 'monitoring.fanOut',
      evidence: { counterparties: 5, total: '1000.00', counterpartyIds: ['p', 'q', 'r', 's', 't'] },
    });
    expect(alerts[0]!.message).toContain('Distinct counterparties the account sent money to');
    expect(only(run(out(['p', 'q', 'r', 's'])), 'fan_out')).toEqual([]);
  });

  it('leaves payments to merchants out', () => {
    const payments = out(['p', 'q', 'r', 's', 't']).map((t) => ({
      ...t,
      kind: 'payment' as const,
    }));
    expect(only(run(payments), 'fan_out')).toEqual([]);
  });

  it('writes the message in Chinese with zh-CN', () => {
    const [alert] = only(run(out(['p', 'q', 'r', 's', 't']), { lang: 'zh-CN' }), 'fan_out');
    expect(alert!.message).toBe(
      '2026-11-22T14:00:00+08:00至2026-11-22T14:04:00+08:00期间本账户向5个不同交易对手转出资金（5笔，合计1,000.00 元）。',
    );
  });
});
