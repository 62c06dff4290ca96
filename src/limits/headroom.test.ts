import { describe, expect, it } from 'vitest';
import { BANK_PRESET } from '../../test/fixtures/limitPresets';
import { getPreset } from '../presets';
import {
  createUsage,
  getHeadroom,
  maxTransactionAmount,
  recordTransaction,
  reserve,
  safeGetHeadroom,
  safeMaxTransactionAmount,
  usageFromHistory,
} from '.';

const PBOC = getPreset('cn-pboc-2018');

describe('getHeadroom: how much is left, and when it resets', () => {
  const usage = () =>
    usageFromHistory(PBOC, [
      { at: '2026-11-22T09:00:00+08:00', amount: '9000.00', kind: 'payment' },
    ]);
  it('lists every limit of the class with its reset instant', () => {
    const h = getHeadroom(
      { class: 'II', balance: '0.00' },
      usage(),
      PBOC,
      '2026-11-22T23:59:59+08:00',
    );
    expect(h.headroom).toEqual({
      dailyInflow: '10000.00',
      annualInflow: '200000.00',
      dailyOutflow: '1000.00',
      annualOutflow: '191000.00',
    });
    expect(h.resetsAt).toEqual({
      dailyInflow: '2026-11-23T00:00:00+08:00',
      annualInflow: '2027-01-01T00:00:00+08:00',
      dailyOutflow: '2026-11-23T00:00:00+08:00',
      annualOutflow: '2027-01-01T00:00:00+08:00',
    });
    expect(h.limits[2]).toEqual({
      id: 'dailyOutflow',
      type: 'window_amount',
      layer: 'regulatory',
      direction: 'outflow',
      window: 'day',
      limit: '10000.00',
      used: '9000.00',
      remaining: '1000.00',
      resetsAt: '2026-11-23T00:00:00+08:00',
      rule: 'classes.II.limits.dailyOutflow',
      source: '银发〔2016〕302号',
      sourceKey: 'pboc-2016-302',
    });
  });
  it('the next day starts fresh', () => {
    expect(
      getHeadroom({ class: 'II', balance: '0.00' }, usage(), PBOC, '2026-11-23T00:00:00+08:00')
        .headroom.dailyOutflow,
    ).toBe('10000.00');
  });
  it('the same usage serves every class (totals are per kind, counted at check time)', () => {
    expect(
      getHeadroom({ class: 'III', balance: '1500.00' }, usage(), PBOC, '2026-11-22T12:00:00+08:00')
        .headroom,
    ).toEqual({
      balance: '500.00',
      dailyOutflow: '0.00',
      annualOutflow: '41000.00',
    });
    expect(
      getHeadroom({ class: 'I', balance: '0.00' }, usage(), PBOC, '2026-11-22T12:00:00+08:00')
        .headroom,
    ).toEqual({});
  });
  it('rejects a malformed instant', () => {
    expect(
      safeGetHeadroom({ class: 'II', balance: '0.00' }, usage(), PBOC, '22/11/2026'),
    ).toMatchObject({ ok: false, error: { code: 'invalid_instant' } });
  });
});

describe('maxTransactionAmount: the largest single amount the limits allow now', () => {
  const usage = () =>
    usageFromHistory(PBOC, [
      { at: '2026-11-22T09:00:00+08:00', amount: '9000.00', kind: 'payment' },
    ]);
  const at = '2026-11-22T10:00:00+08:00';
  it('Class II transfer out: bound by the daily limit, until midnight', () => {
    const a = maxTransactionAmount(
      { class: 'II', balance: '0.00' },
      { at, kind: 'transfer_out', counterparty: 'other' },
      usage(),
      PBOC,
    );
    expect(a).toMatchObject({
      maxAmount: '1000.00',
      limitedBy: 'dailyOutflow',
      resetsAt: '2026-11-23T00:00:00+08:00',
    });
    expect(a.decision.allowed).toBe(true);
  });
  it('exempt kinds are not capped by the limits', () => {
    expect(
      maxTransactionAmount(
        { class: 'II', balance: '0.00' },
        { at, kind: 'transfer_out', counterparty: 'bound' },
        usage(),
        PBOC,
      ),
    ).toMatchObject({
      maxAmount: null,
      limitedBy: null,
    });
  });
  it('credits on Class III are bound by the balance cap', () => {
    const a = maxTransactionAmount(
      { class: 'III', balance: '1200.00' },
      { at, kind: 'transfer_in', counterparty: 'bound' },
      usage(),
      PBOC,
    );
    expect(a).toMatchObject({ maxAmount: '800.00', limitedBy: 'balance', resetsAt: null });
  });
  it('a kind the class never permits says so in the decision', () => {
    const a = maxTransactionAmount(
      { class: 'III', balance: '0.00' },
      { at, kind: 'deposit_cash' },
      usage(),
      PBOC,
    );
    expect(a.decision.violations).toMatchObject([{ code: 'kind_not_permitted' }]);
  });
  it('pending holds and per-transaction and count caps bind too', () => {
    const acc = { class: 'II', balance: '0.00' };
    let u = createUsage(BANK_PRESET);
    expect(maxTransactionAmount(acc, { at, kind: 'payment' }, u, BANK_PRESET)).toMatchObject({
      maxAmount: '5000.00',
      limitedBy: 'singleOutflow',
    });
    const r = reserve(acc, { id: 'h', at, amount: '4000.00', kind: 'payment' }, u, BANK_PRESET);
    if (!r.ok) throw new Error('expected a hold');
    expect(maxTransactionAmount(acc, { at, kind: 'payment' }, r.usage, BANK_PRESET)).toMatchObject({
      maxAmount: '4000.00',
      limitedBy: 'bankDailyOutflow',
    });
    for (let i = 0; i < 3; i++) u = recordTransaction(u, { at, amount: '1.00', kind: 'payment' });
    expect(maxTransactionAmount(acc, { at, kind: 'payment' }, u, BANK_PRESET)).toMatchObject({
      maxAmount: '0.00',
      limitedBy: 'dailyOutflowCount',
    });
  });
  it('the safe twin returns errors', () => {
    expect(
      safeMaxTransactionAmount(
        { class: 'II', balance: '0.00' },
        { at: 'x', kind: 'payment' },
        usage(),
        PBOC,
      ).ok,
    ).toBe(false);
  });
});
