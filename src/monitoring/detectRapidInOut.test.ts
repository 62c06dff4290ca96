import { describe, expect, it } from 'vitest';
import { PBOC, only, run, tx, withMonitoring } from './fixtures.testkit';

const D = '2026-11-22';
const rapid = (history: Parameters<typeof run>[0], options?: Parameters<typeof run>[1]) =>
  only(run(history, options), 'rapid_in_out');

describe('rapid_in_out: money in and out again within 24 hours, leaving little', () => {
  it('alerts when exactly 10% stays (the ratio is reached at equality), with structured evidence', () => {
    const alerts = rapid([
      tx(D, '09:00:00', '10000.00', 'transfer_in', { counterpartyId: 'a', id: 't1' }),
      tx(D, '10:00:00', '9000.00', 'transfer_out', { counterpartyId: 'b', id: 't2' }),
    ]);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      code: 'rapid_in_out',
      severity: 'high',
      rule: 'monitoring.rapidInOut',
      source: 'common bank practice, configurable',
      sourceKey: 'bank-practice',
      evidence: {
        at: '2026-11-22T10:00:00+08:00',
        from: '2026-11-22T09:00:00+08:00',
        window: { hours: 24 },
        inflow: '10000.00',
        outflow: '9000.00',
        retained: '1000.00',
        retainedRatio: '0.1000',
        maxRetainedRatio: '0.10',
        minInflow: '5000.00',
        inflowCount: 1,
        outflowCount: 1,
        counterpartyIds: ['a', 'b'],
      },
    });
    expect(alerts[0]!.evidence.transactions.map((t) => t.id)).toEqual(['t1', 't2']);
    expect(alerts[0]!.message).toBe(
      'Between 2026-11-22T09:00:00+08:00 and 2026-11-22T10:00:00+08:00, CNY 10,000.00 came in and CNY 9,000.00 went out again (transactions in: 1, out: 1), leaving CNY 1,000.00 (10.00% of what came in).',
    );
  });

  it('does not alert when one fen more stays (10.0001%)', () => {
    expect(
      rapid([
        tx(D, '09:00:00', '10000.00', 'transfer_in'),
        tx(D, '10:00:00', '8999.99', 'transfer_out'),
      ]),
    ).toEqual([]);
  });

  it('counts an inflow a millisecond short of 24 hours before the outflow, not exactly 24 hours: (t − 24 h, t]', () => {
    const at24h = [
      tx('2026-11-21', '10:00:00.001', '10000.00', 'transfer_in'),
      tx(D, '10:00:00', '10000.00', 'transfer_out'),
    ];
    expect(rapid(at24h)).toHaveLength(1);
    const over = [
      tx('2026-11-21', '10:00:00', '10000.00', 'transfer_in'),
      tx(D, '10:00:00', '10000.00', 'transfer_out'),
    ];
    expect(rapid(over)).toEqual([]);
  });

  it('looks only at inflows of at least 5,000.00 in the window', () => {
    expect(
      rapid([
        tx(D, '09:00:00', '5000.00', 'deposit_cash'),
        tx(D, '09:05:00', '5000.00', 'payment'),
      ]),
    ).toHaveLength(1);
    expect(
      rapid([
        tx(D, '09:00:00', '4999.99', 'deposit_cash'),
        tx(D, '09:05:00', '4999.99', 'payment'),
      ]),
    ).toEqual([]);
  });

  it('leaves out transfers with the bound account (the customer’s own money)', () => {
    expect(
      rapid([
        tx(D, '09:00:00', '10000.00', 'transfer_in', { counterparty: 'bound' }),
        tx(D, '09:30:00', '10000.00', 'transfer_out'),
      ]),
    ).toEqual([]);
    expect(
      rapid([
        tx(D, '09:00:00', '10000.00', 'transfer_in'),
        tx(D, '09:30:00', '10000.00', 'transfer_out', { counterparty: 'bound' }),
      ]),
    ).toEqual([]);
  });

  it('adds up several outflows and cites every transaction of the episode', () => {
    const alerts = rapid([
      tx(D, '09:00:00', '6000.00', 'transfer_in', { counterpartyId: 'a' }),
      tx(D, '09:10:00', '4000.00', 'transfer_in', { counterpartyId: 'b' }),
      tx(D, '09:20:00', '3000.00', 'transfer_out', { counterpartyId: 'c' }),
      tx(D, '09:30:00', '6500.00', 'transfer_out', { counterpartyId: 'd' }),
    ]);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.evidence).toMatchObject({
      at: '2026-11-22T09:30:00+08:00',
      inflow: '10000.00',
      outflow: '9500.00',
      retained: '500.00',
      retainedRatio: '0.0500',
      inflowCount: 2,
      outflowCount: 2,
      counterpartyIds: ['a', 'b', 'c', 'd'],
    });
  });

  it('never counts what left before the first inflow of the window', () => {
    expect(
      rapid([
        tx(D, '08:00:00', '9500.00', 'transfer_out'),
        tx(D, '09:00:00', '10000.00', 'transfer_in'),
        tx(D, '10:00:00', '500.00', 'transfer_out'),
      ]),
    ).toEqual([]);
  });

  it('gives one alert per episode: the next one starts after the last transaction cited', () => {
    const history = [
      tx(D, '09:00:00', '10000.00', 'transfer_in'),
      tx(D, '09:30:00', '10000.00', 'transfer_out'),
      tx(D, '10:30:00', '10000.00', 'transfer_out'),
    ];
    expect(rapid(history)).toHaveLength(1);
    const again = [
      ...history,
      tx(D, '11:00:00', '8000.00', 'deposit_cash'),
      tx(D, '11:10:00', '8000.00', 'withdraw_cash'),
    ];
    expect(rapid(again).map((a) => a.evidence.at)).toEqual([
      '2026-11-22T09:30:00+08:00',
      '2026-11-22T11:10:00+08:00',
    ]);
  });

  it('counts more going out than came in as leaving nothing (retained never below zero)', () => {
    const [alert] = rapid([
      tx(D, '09:00:00', '6000.00', 'transfer_in'),
      tx(D, '09:30:00', '9000.00', 'transfer_out'),
    ]);
    expect(alert!.evidence).toMatchObject({ retained: '0.00', retainedRatio: '0.0000' });
  });

  it('follows the preset: a longer window and a looser ratio change the outcome', () => {
    const loose = withMonitoring(PBOC, {
      rapidInOut: { ...PBOC.monitoring.rapidInOut, window: { days: 2 }, maxRetainedRatio: '0.5' },
    });
    const history = [
      tx('2026-11-20', '12:00:00', '10000.00', 'transfer_in'),
      tx(D, '11:00:00', '5000.00', 'transfer_out'),
    ];
    expect(rapid(history)).toEqual([]);
    expect(rapid(history, { preset: loose })).toHaveLength(1);
  });

  it('writes the message in Chinese with zh-CN', () => {
    const [alert] = rapid(
      [tx(D, '09:00:00', '10000.00', 'transfer_in'), tx(D, '10:00:00', '9000.00', 'transfer_out')],
      { lang: 'zh-CN' },
    );
    expect(alert!.message).toBe(
      '2026-11-22T09:00:00+08:00至2026-11-22T10:00:00+08:00期间转入10,000.00 元（1笔）后又转出9,000.00 元（1笔），仅留存1,000.00 元（占转入金额的10.00%）。',
    );
  });
});
