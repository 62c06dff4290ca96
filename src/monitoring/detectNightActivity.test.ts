import { describe, expect, it } from 'vitest';
import { PBOC, only, run, tx, withMonitoring } from './fixtures.testkit';
import { inNight } from './detectNightActivity';

const D = '2026-11-22';
const night = (history: Parameters<typeof run>[0], options?: Parameters<typeof run>[1]) =>
  only(run(history, options), 'night_activity');

describe('night_activity: several transactions in the local night', () => {
  it('alerts on 3 transactions between 00:00 and 05:00 Shanghai time', () => {
    const alerts = night([
      tx(D, '00:00:00', '100.00', 'payment', { id: 'n1' }),
      tx(D, '02:00:00', '200.00', 'transfer_out', { id: 'n2' }),
      tx(D, '04:59:59', '300.00', 'transfer_in', { id: 'n3' }),
    ]);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      code: 'night_activity',
      severity: 'low',
      rule: 'monitoring.nightActivity',
      sourceKey: 'bank-practice',
      evidence: {
        at: '2026-11-22T04:59:59+08:00',
        from: '2026-11-22T00:00:00+08:00',
        night: D,
        hours: { from: '00:00', to: '05:00' },
        timeZone: 'Asia/Shanghai',
        count: 3,
        minTransactions: 3,
        total: '600.00',
      },
    });
    expect(alerts[0]!.message).toBe(
      'Transactions between 00:00 and 05:00 local time in the night of 2026-11-22: 3 (total CNY 600.00).',
    );
  });

  it('05:00:00 and 23:59:59 are outside the night; 2 night transactions are not enough', () => {
    const two = [tx(D, '00:00:00', '100.00', 'payment'), tx(D, '04:59:59', '100.00', 'payment')];
    expect(night([...two, tx(D, '05:00:00', '100.00', 'payment')])).toEqual([]);
    expect(night([...two, tx('2026-11-21', '23:59:59', '100.00', 'payment')])).toEqual([]);
    expect(night(two)).toEqual([]);
  });

  it('reads the local time in the preset’s zone, whatever offset the input uses', () => {
    const utc = ['16:10:00', '17:00:00', '20:59:59'].map((time) => ({
      at: `2026-11-21T${time}Z`,
      amount: '100.00',
      kind: 'payment' as const,
    }));
    const [alert] = night(utc);
    expect(alert!.evidence).toMatchObject({ night: D, from: '2026-11-22T00:10:00+08:00' });
    expect(night([...utc.slice(0, 2), { ...utc[2]!, at: '2026-11-21T21:00:00Z' }])).toEqual([]);
  });

  it('counts each night on its own', () => {
    expect(
      night([
        tx(D, '01:00:00', '100.00', 'payment'),
        tx(D, '02:00:00', '100.00', 'payment'),
        tx('2026-11-23', '01:00:00', '100.00', 'payment'),
        tx('2026-11-23', '02:00:00', '100.00', 'payment'),
      ]),
    ).toEqual([]);
  });

  it('leaves interest and fees out', () => {
    expect(
      night([
        tx(D, '01:00:00', '1.00', 'interest'),
        tx(D, '02:00:00', '1.00', 'fee'),
        tx(D, '03:00:00', '100.00', 'payment'),
      ]),
    ).toEqual([]);
  });

  it('a night spanning midnight (22:00–05:00) is named by the date it starts on', () => {
    const late = withMonitoring(PBOC, {
      nightActivity: { ...PBOC.monitoring.nightActivity, from: '22:00' },
    });
    const history = [
      tx('2026-11-21', '22:00:00', '100.00', 'payment'),
      tx('2026-11-21', '23:30:00', '100.00', 'payment'),
      tx(D, '03:00:00', '100.00', 'payment'),
    ];
    const [alert] = night(history, { preset: late });
    expect(alert!.evidence).toMatchObject({
      night: '2026-11-21',
      count: 3,
      hours: { from: '22:00' },
    });
    expect(
      night([{ ...history[0]!, at: '2026-11-21T21:59:59+08:00' }, ...history.slice(1)], {
        preset: late,
      }),
    ).toEqual([]);
  });

  it('follows daylight saving time: local wall-clock hours, not fixed offsets', () => {
    const ny = withMonitoring(PBOC, {}, { timeZone: 'America/New_York' });
    // 2026-03-08: clocks in New York go from 02:00 EST to 03:00 EDT.
    const history = [
      { at: '2026-03-08T00:30:00-05:00', amount: '10.00', kind: 'payment' as const },
      { at: '2026-03-08T01:30:00-05:00', amount: '10.00', kind: 'payment' as const },
      { at: '2026-03-08T04:59:00-04:00', amount: '10.00', kind: 'payment' as const },
    ];
    expect(night(history, { preset: ny })[0]!.evidence.night).toBe('2026-03-08');
    // 05:00 EDT is 04:00 EST: outside the night, although only 4 elapsed hours after midnight.
    const fiveEdt = { ...history[2]!, at: '2026-03-08T05:00:00-04:00' };
    expect(night([...history.slice(0, 2), fiveEdt], { preset: ny })).toEqual([]);
  });

  it('inNight: half-open hours, spanning midnight when from > to', () => {
    expect([0, 299, 300].map((m) => inNight(m, 0, 300))).toEqual([true, true, false]);
    expect([1319, 1320, 0, 299, 300].map((m) => inNight(m, 1320, 300))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });
});
