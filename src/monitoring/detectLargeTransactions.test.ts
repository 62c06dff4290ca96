import { describe, expect, it } from 'vitest';
import { derivePreset } from '../presets/derivePreset';
import type { Preset } from '../presets/types/preset';
import { PBOC, TIERED, only, run, tx } from './fixtures.testkit';

const D = '2026-11-22';
const large = (
  amount: string,
  cls: string,
  preset: Preset = TIERED,
  kind: Parameters<typeof tx>[3] = 'transfer_out',
) =>
  only(
    run([tx(D, '10:00:00', amount, kind)], { account: { class: cls }, preset }),
    'large_transaction',
  );

describe('large_transaction: a single amount over the review threshold', () => {
  it('intermediate tier: 30,000.00 is not over tiering.reviewThreshold, 30,000.01 is', () => {
    expect(large('30000.00', 'intermediate')).toEqual([]);
    const alerts = large('30000.01', 'intermediate');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      code: 'large_transaction',
      severity: 'medium',
      rule: 'monitoring.largeTransaction',
      source: '《账户分层分级管理办法》 (bank internal policy)',
      sourceKey: 'tiering-measures',
      evidence: {
        at: '2026-11-22T10:00:00+08:00',
        amount: '30000.01',
        threshold: '30000.00',
        class: 'intermediate',
        thresholdRule: 'tiering.reviewThreshold',
        transaction: { amount: '30000.01', kind: 'transfer_out', counterparty: 'other' },
      },
    });
    expect(alerts[0]!.message).toBe(
      'A single transfer out of CNY 30,000.01 at 2026-11-22T10:00:00+08:00 is above the review threshold of CNY 30,000.00 for the Intermediate tier.',
    );
  });

  it('basic tier uses the same threshold (bank practice); advanced has none', () => {
    expect(large('30000.01', 'basic', TIERED, 'transfer_in')[0]).toMatchObject({
      sourceKey: 'bank-practice',
      evidence: { threshold: '30000.00' },
    });
    expect(large('9999999.99', 'advanced')).toEqual([]);
  });

  it('PBOC classes: 50,000.00 is not over, 50,000.01 is (bank practice)', () => {
    for (const cls of ['I', 'II', 'III']) {
      expect(large('50000.00', cls, PBOC)).toEqual([]);
      expect(large('50000.01', cls, PBOC)[0]).toMatchObject({
        sourceKey: 'bank-practice',
        evidence: { threshold: '50000.00', class: cls },
      });
    }
    expect(large('50000.01', 'I', PBOC)[0]!.evidence.thresholdRule).toBe(
      'monitoring.largeTransaction.thresholds.0',
    );
  });

  it('looks only at customer-initiated money movements (no interest, fees or the bank’s loans)', () => {
    for (const kind of ['interest', 'fee', 'loan_disbursement', 'loan_repayment'] as const)
      expect(large('90000.00', 'intermediate', TIERED, kind)).toEqual([]);
    for (const kind of ['deposit_cash', 'wealth_purchase', 'payment'] as const)
      expect(large('90000.00', 'intermediate', TIERED, kind)).toHaveLength(1);
  });

  it('follows tiering.reviewThreshold of a derived preset', () => {
    const bank = derivePreset(TIERED, {
      id: 'tiered-bank',
      tiering: { reviewThreshold: { amount: '20000.00', currency: 'CNY' } },
    });
    expect(large('20000.01', 'intermediate', bank)[0]!.evidence.threshold).toBe('20000.00');
    expect(large('20000.00', 'intermediate', bank)).toEqual([]);
  });

  it('gives one alert per transaction, in time order', () => {
    const alerts = only(
      run(
        [
          tx(D, '15:00:00', '40000.00', 'deposit_cash', { id: 'b' }),
          tx(D, '09:00:00', '35000.00', 'transfer_in', { id: 'a' }),
        ],
        { account: { class: 'intermediate' }, preset: TIERED },
      ),
      'large_transaction',
    );
    expect(alerts.map((a) => a.evidence.transaction.id)).toEqual(['a', 'b']);
  });

  it('transactions at one instant are one alert, listed in canonical order, not the input’s', () => {
    const a = tx(D, '09:00:00', '35000.00', 'transfer_in', { id: 'a' });
    const z = tx(D, '09:00:00', '35000.00', 'deposit_cash', { id: 'z' });
    const large = (history: Parameters<typeof run>[0], lang: 'en' | 'zh-CN' = 'en') =>
      only(
        run(history, { account: { class: 'intermediate' }, preset: TIERED, lang }),
        'large_transaction',
      );
    for (const history of [
      [a, z],
      [z, a],
    ]) {
      const alerts = large(history);
      expect(alerts).toHaveLength(1);
      expect(alerts[0]!.evidence).toMatchObject({
        transaction: { id: 'z' },
        count: 2,
        total: '70000.00',
        omittedTransactions: 0,
      });
      expect(alerts[0]!.evidence.transactions.map((t) => t.id)).toEqual(['z', 'a']);
    }
    expect(large([a, z])[0]!.message).toContain(
      'Transactions above the threshold at that instant: 2 (total CNY 70,000.00).',
    );
    expect(large([a, z], 'zh-CN')[0]!.message).toContain('同一时刻超过阈值的交易共2笔');
  });
});
