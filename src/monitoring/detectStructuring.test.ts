import { describe, expect, it } from 'vitest';
import type { TransactionInput } from '../limits/types';
import { derivePreset } from '../presets/derivePreset';
import { PBOC, PBOC_2016, TIERED, only, run, tx, withMonitoring } from './fixtures.testkit';

/** Daytime transactions on the 20th, 22nd and 24th of November 2026. */
function spread(amounts: readonly string[], kind: TransactionInput['kind'], extra = {}) {
  return amounts.map((amount, i) =>
    tx(`2026-11-${20 + 2 * i}`, '11:00:00', amount, kind, { id: `s${i}`, ...extra }),
  );
}

const structuring = (history: readonly TransactionInput[], options?: Parameters<typeof run>[1]) =>
  only(run(history, options), 'structuring_near_limit');

describe('structuring_near_limit: several amounts just under a limit or threshold', () => {
  it('Class II: three outflows within 10% under the daily outflow limit within 7 days', () => {
    const alerts = structuring(spread(['9000.00', '9500.00', '10000.00'], 'transfer_out'));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      code: 'structuring_near_limit',
      severity: 'medium',
      rule: 'monitoring.structuring',
      sourceKey: 'bank-practice',
      evidence: {
        at: '2026-11-24T11:00:00+08:00',
        from: '2026-11-20T11:00:00+08:00',
        window: { days: 7 },
        threshold: {
          kind: 'class_limit',
          id: 'dailyOutflow',
          amount: '10000.00',
          limitType: 'window_amount',
          direction: 'outflow',
          rule: 'classes.II.limits.dailyOutflow',
          source: '银发〔2016〕302号',
          sourceKey: 'pboc-2016-302',
        },
        lower: '9000.00',
        margin: '0.10',
        count: 3,
        minOccurrences: 3,
        total: '28500.00',
      },
    });
    expect(alerts[0]!.evidence.transactions.map((t) => t.id)).toEqual(['s0', 's1', 's2']);
    expect(alerts[0]!.message).toBe(
      'Amounts from CNY 9,000.00 up to CNY 10,000.00, just under the daily outflow limit of the Class II account (CNY 10,000.00), seen between 2026-11-20T11:00:00+08:00 and 2026-11-24T11:00:00+08:00: 3.',
    );
  });

  it('the band is [limit × 90%, limit]: 8,999.99 and 10,000.01 are outside it', () => {
    expect(structuring(spread(['8999.99', '9500.00', '9600.00'], 'payment'))).toEqual([]);
    expect(structuring(spread(['10000.01', '9500.00', '9600.00'], 'payment'))).toEqual([]);
    expect(structuring(spread(['9000.00', '9500.00', '10000.00'], 'payment'))).toHaveLength(1);
  });

  it('needs 3 such amounts: 2 are not enough', () => {
    expect(structuring(spread(['9500.00', '9600.00'], 'transfer_out'))).toEqual([]);
  });

  it('counts amounts up to a millisecond short of 7 days apart: the window (t − 7 days, t] holds exactly 7 days', () => {
    const history = [
      tx('2026-11-15', '11:00:00', '9500.00', 'payment'),
      tx('2026-11-18', '11:00:00', '9500.00', 'payment'),
      tx('2026-11-22', '10:59:59.999', '9500.00', 'payment'),
    ];
    expect(structuring(history)).toHaveLength(1);
    const later = [...history.slice(0, 2), tx('2026-11-22', '11:00:00', '9500.00', 'payment')];
    expect(structuring(later)).toEqual([]);
  });

  it('watches each limit in the direction the class counts it', () => {
    const inflows = spread(['9500.00', '9500.00', '9500.00'], 'transfer_in');
    expect(structuring(inflows)[0]!.evidence.threshold).toMatchObject({
      id: 'dailyInflow',
      direction: 'inflow',
    });
    // Transfers with the bound account are exempt from Class II limits.
    const bound = spread(['9500.00', '9500.00', '9500.00'], 'transfer_in', {
      counterparty: 'bound',
    });
    expect(structuring(bound)).toEqual([]);
    // Class III (2018) has no inflow limit; its outflow limit is 2,000.00 (band from 1,800.00).
    expect(structuring(inflows, { account: { class: 'III' } })).toEqual([]);
    const small = spread(['1800.00', '1900.00', '2000.00'], 'payment');
    expect(structuring(small, { account: { class: 'III' } })[0]!.evidence).toMatchObject({
      lower: '1800.00',
      threshold: { rule: 'classes.III.limits.dailyOutflow', amount: '2000.00' },
    });
    // The 2016 edition: Class III inflow limit 5,000.00 from non-bound accounts.
    const in2016 = spread(['4500.00', '4800.00', '5000.00'], 'transfer_in');
    expect(
      structuring(in2016, { account: { class: 'III' }, preset: PBOC_2016 })[0]!.evidence.threshold,
    ).toMatchObject({ id: 'dailyInflow', source: '银发〔2016〕302号' });
  });

  it('watches the non-counter transfer thresholds of kyc.nonCounterTransfers (Class I has no limits)', () => {
    const online = spread(['45000.00', '48000.00', '50000.00'], 'transfer_out', {
      channel: 'online',
    });
    const alerts = structuring(online, { account: { class: 'I' } });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.evidence.threshold).toEqual({
      kind: 'non_counter_transfer',
      id: 'certificateRequiredAbove',
      amount: '50000.00',
      threshold: 'certificateRequiredAbove',
      rule: 'kyc.nonCounterTransfers.certificateRequiredAbove',
      source: '银发〔2016〕261号',
      sourceKey: 'pboc-2016-261',
    });
    expect(alerts[0]!.message).toContain(
      'just under the daily amount of non-counter transfers above which a digital certificate or e-signature is needed',
    );
    // A transaction without a channel is non-counter business too.
    const noChannel = spread(['45000.00', '48000.00', '50000.00'], 'transfer_out');
    expect(structuring(noChannel, { account: { class: 'I' } })).toHaveLength(1);
    // At the counter, or to one's own account at the bank: not watched.
    const counter = spread(['45000.00', '48000.00', '50000.00'], 'transfer_out', {
      channel: 'counter',
    });
    expect(structuring(counter, { account: { class: 'I' } })).toEqual([]);
    const own = spread(['45000.00', '48000.00', '50000.00'], 'transfer_out', {
      counterparty: 'own',
    });
    expect(structuring(own, { account: { class: 'I' } })).toEqual([]);
    const below = spread(['44999.99', '48000.00', '50000.00'], 'transfer_out');
    expect(structuring(below, { account: { class: 'I' } })).toEqual([]);
    const reminder = spread(['270000.00', '280000.00', '300000.00'], 'transfer_out');
    expect(structuring(reminder, { account: { class: 'I' } })[0]!.evidence.threshold).toMatchObject(
      { id: 'largeTransferReminderAbove', sourceKey: 'pboc-2016-261' },
    );
  });

  it('lists one alert per threshold approached, ordered by time, then threshold', () => {
    const history = [
      ...spread(['9500.00', '9500.00', '9500.00'], 'transfer_in'),
      ...spread(['9500.00', '9500.00', '9500.00'], 'transfer_out'),
    ];
    expect(structuring(history).map((a) => a.evidence.threshold.id)).toEqual([
      'dailyInflow',
      'dailyOutflow',
    ]);
  });

  it('watches a bank’s own per-transaction and rolling limits, naming them', () => {
    const bank = derivePreset(PBOC, {
      id: 'bank-limits',
      classes: {
        II: {
          limits: {
            singlePayment: {
              type: 'per_transaction',
              direction: 'outflow',
              limit: { amount: '5000.00', currency: 'CNY' },
              layer: 'bank',
              source: 'bank-practice',
            },
            rollingOutflow: {
              type: 'window_amount',
              direction: 'outflow',
              window: { kind: 'rolling', duration: { hours: 48 } },
              limit: { amount: '8000.00', currency: 'CNY' },
              layer: 'bank',
              source: 'bank-practice',
            },
          },
        },
      },
    });
    const perTx = structuring(spread(['4600.00', '4800.00', '5000.00'], 'payment'), {
      preset: bank,
    });
    expect(perTx.map((a) => a.evidence.threshold.id)).toEqual(['singlePayment']);
    expect(perTx[0]!.evidence.threshold.limitType).toBe('per_transaction');
    expect(perTx[0]!.message).toContain(
      'just under the per-transaction outflow limit of the Class II account',
    );
    const rolling = structuring(spread(['7300.00', '7500.00', '8000.00'], 'payment'), {
      preset: bank,
      lang: 'zh-CN',
    });
    expect(rolling.map((a) => a.evidence.threshold.id)).toEqual(['rollingOutflow']);
    expect(rolling[0]!.message).toContain('接近Ⅱ类户滚动48小时支出限额');
  });

  it('tiered basic tier: just under its 1,000 daily payment limit', () => {
    const history = spread(['900.00', '950.00', '999.99'], 'payment');
    expect(
      structuring(history, { account: { class: 'basic' }, preset: TIERED })[0]!.evidence,
    ).toMatchObject({ lower: '900.00', threshold: { rule: 'classes.basic.limits.dailyOutflow' } });
  });

  it('watches an amount of the preset’s own, rounding the band up to the currency’s scale', () => {
    const preset = withMonitoring(PBOC, {
      structuring: {
        ...PBOC.monitoring.structuring,
        watch: [
          {
            kind: 'amount',
            id: 'cashReport',
            title: { en: 'the cash reporting threshold', 'zh-CN': '现金报告金额' },
            amount: { amount: '10.01', currency: 'CNY' },
            matchers: [{ kinds: ['deposit_cash'] }],
            source: 'bank-practice',
          },
        ],
      },
    });
    // 10.01 × 0.9 = 9.009: the lowest amount that counts is 9.01; 9.00 is out.
    const history = spread(['9.01', '9.50', '10.01'], 'deposit_cash');
    const [alert] = structuring(history, { account: { class: 'I' }, preset });
    expect(alert!.evidence).toMatchObject({
      lower: '9.01',
      threshold: {
        kind: 'amount',
        id: 'cashReport',
        amount: '10.01',
        rule: 'monitoring.structuring.watch.0',
        sourceKey: 'bank-practice',
      },
    });
    expect(alert!.message).toContain('just under the cash reporting threshold');
    expect(
      structuring(spread(['9.00', '9.50', '10.01'], 'deposit_cash'), {
        account: { class: 'I' },
        preset,
      }),
    ).toEqual([]);
  });

  it('describes what was seen and never suggests how to split a payment', () => {
    const history = spread(['9500.00', '9500.00', '9500.00'], 'transfer_out');
    for (const lang of ['en', 'zh-CN'] as const) {
      const [alert] = structuring(history, { lang });
      expect(alert!.message).not.toMatch(/split|instead|smaller|try|拆分|分笔|分多笔|建议/i);
    }
  });
});
