/**
 * What one detectAlerts call may produce: one alert per detector and episode (an instant is
 * never split), evidence lists of at most MAX_EVIDENCE_ITEMS, at most MAX_ALERTS_PER_CODE alerts
 * of each code, whatever the size of the history.
 */
import { describe, expect, it } from 'vitest';
import type { TransactionInput } from '../limits/types';
import { ALERT_CODES } from '../presets/types/monitoring';
import { detectAlerts } from './detectAlerts';
import { NOW, PBOC, only, run, tx } from './fixtures.testkit';
import { MAX_ALERTS_PER_CODE, MAX_EVIDENCE_ITEMS } from './index';

const AT = '2026-11-22T02:00:00+08:00';

describe('bounded output', () => {
  it('100,000 entries at one instant: one alert per code, small output, reasonable time', () => {
    const history: TransactionInput[] = Array.from({ length: 100_000 }, (_, i) => ({
      at: AT,
      amount: '60000.00',
      kind: 'transfer_out',
      counterparty: 'other',
      counterpartyId: `c${i % 50}`,
      id: `t${i}`,
    }));
    const started = Date.now();
    const report = detectAlerts(
      {
        account: { class: 'I', lastActiveAt: '2025-01-01T00:00:00+08:00' },
        history,
        now: NOW,
      },
      { preset: PBOC },
    );
    const elapsed = Date.now() - started;
    const bytes = JSON.stringify(report).length;
    // Before: 200,013 alerts (one large_transaction and one dormant_account_activity per
    // entry), 156.8 MB of JSON, 4.4 s. Now 4 alerts, about 14 kB, about 2 s (2 shared cores).
    expect(report.alerts.map((a) => a.code)).toEqual([
      'dormant_account_activity',
      'fan_out',
      'large_transaction',
      'night_activity',
    ]);
    expect(report.truncated).toBe(false);
    expect(bytes).toBeLessThan(50_000);
    expect(elapsed).toBeLessThan(10_000);
    const [large] = only(report.alerts, 'large_transaction');
    expect(large!.evidence).toMatchObject({
      at: AT,
      count: 100_000,
      total: '6000000000.00',
      omittedTransactions: 100_000 - MAX_EVIDENCE_ITEMS,
    });
    expect(large!.evidence.transactions).toHaveLength(MAX_EVIDENCE_ITEMS);
    const [dormant] = only(report.alerts, 'dormant_account_activity');
    expect(dormant!.evidence).toMatchObject({ count: 100_000, at: AT, lastAt: AT });
    const [fan] = only(report.alerts, 'fan_out');
    expect(fan!.evidence).toMatchObject({
      count: 100_000,
      counterparties: 50,
      omittedCounterpartyIds: 50 - MAX_EVIDENCE_ITEMS,
    });
    expect(fan!.evidence.counterpartyIds).toHaveLength(MAX_EVIDENCE_ITEMS);
    const [night] = only(report.alerts, 'night_activity');
    expect(night!.evidence.count).toBe(100_000);
    expect(night!.evidence.transactions).toHaveLength(MAX_EVIDENCE_ITEMS);
  }, 60_000);

  it('episodes of a windowed rule that share an instant are one alert', () => {
    const burst = Array.from({ length: 10 }, (_, i) =>
      tx('2026-11-22', '10:00:00', '100.00', 'transfer_out', { counterpartyId: `p${i}` }),
    );
    const alerts = only(run(burst), 'fan_out');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.evidence).toMatchObject({ counterparties: 10, count: 10 });
    expect(alerts[0]!.message).toContain(': 10 (transactions: 10');
  });

  it('at most MAX_ALERTS_PER_CODE alerts of one code, the earliest; the rest counted', () => {
    const start = Date.parse('2026-01-01T10:00:00+08:00');
    const history: TransactionInput[] = Array.from({ length: 250 }, (_, i) => ({
      at: new Date(start + i * 86_400_000).toISOString(),
      amount: '60000.00',
      kind: 'transfer_out',
    }));
    const report = detectAlerts(
      { account: { class: 'I' }, history, now: NOW },
      { preset: PBOC, lang: 'zh-CN' },
    );
    const large = only(report.alerts, 'large_transaction');
    expect(large).toHaveLength(MAX_ALERTS_PER_CODE);
    expect(large[0]!.evidence.at).toBe('2026-01-01T10:00:00+08:00');
    expect(report).toMatchObject({ truncated: true, omitted: { large_transaction: 150 } });
    for (const code of ALERT_CODES)
      expect(only(report.alerts, code).length).toBeLessThanOrEqual(MAX_ALERTS_PER_CODE);
  });
});
