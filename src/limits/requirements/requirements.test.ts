/**
 * The conditions a check attaches (`requires`): 261号's non-counter thresholds, PBOC Order 2016
 * No. 3's large-value reports and 16号's Class III identity check. Each fails on the code before
 * issue 17, where a decision had no `requires` at all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getPreset } from '../../presets';
import { checkTransactionFromHistory } from '../checkTransactionFromHistory';
import type { TransactionInput } from '../types';

const P2018 = getPreset('cn-pboc-2018');
const P2016 = getPreset('cn-pboc-2016');
const I = { class: 'I', balance: '1000000.00' };

function out(at: string, amount: string, extra: Partial<TransactionInput> = {}): TransactionInput {
  return { at, amount, kind: 'transfer_out', counterparty: 'other', channel: 'mobile', ...extra };
}

function codes(d: { requires: readonly { code: string }[] }): string[] {
  return d.requires.map((r) => r.code);
}

describe('261号: non-counter transfers, daily cumulative', () => {
  it('a Class I mobile transfer taking the day to 340,000 carries the certificate and the reminder', () => {
    const d = checkTransactionFromHistory(
      I,
      out('2026-11-22T15:00:00+08:00', '40000.00'),
      [out('2026-11-22T09:00:00+08:00', '300000.00')],
      P2018,
    );
    expect(d.allowed).toBe(true);
    expect(d.violations).toEqual([]);
    expect(d.requires).toEqual([
      {
        code: 'non_counter_certificate_required',
        rule: 'kyc.nonCounterTransfers.certificateRequiredAbove',
        source: '银发〔2016〕261号',
        sourceKey: 'pboc-2016-261',
        sourceLayer: 'regulatory',
        threshold: '50000.00',
        total: '340000.00',
        requested: '40000.00',
        basis: 'usage',
        message:
          'Non-counter transfers today reach a daily cumulative 340000.00 (this one 40000.00), above 50000.00: the transfer must be authenticated with a digital certificate or an electronic signature.',
      },
      {
        code: 'large_transfer_reminder',
        rule: 'kyc.nonCounterTransfers.largeTransferReminderAbove',
        source: '银发〔2016〕261号',
        sourceKey: 'pboc-2016-261',
        sourceLayer: 'regulatory',
        threshold: '300000.00',
        total: '340000.00',
        requested: '40000.00',
        basis: 'usage',
        message:
          'Transfers today reach a daily cumulative 340000.00 (this one 40000.00), above 300000.00 (companies: 1000000.00): the customer must be given a large-transfer reminder before it is made.',
      },
    ]);
  });

  it('at 50,000.00 exactly nothing is required; one fen over needs the certificate', () => {
    const at = '2026-11-22T10:00:00+08:00';
    expect(checkTransactionFromHistory(I, out(at, '50000.00'), [], P2018).requires).toEqual([]);
    expect(codes(checkTransactionFromHistory(I, out(at, '50000.01'), [], P2018))).toEqual([
      'non_counter_certificate_required',
    ]);
    expect(codes(checkTransactionFromHistory(I, out(at, '300000.00'), [], P2018))).toEqual([
      'non_counter_certificate_required',
    ]);
    expect(codes(checkTransactionFromHistory(I, out(at, '300000.01'), [], P2018))).toEqual([
      'non_counter_certificate_required',
      'large_transfer_reminder',
    ]);
  });

  it('the day is the calendar day in Asia/Shanghai: the last millisecond counts, midnight starts over', () => {
    const history = [out('2026-11-22T23:59:59.999+08:00', '30000.00')];
    const same = out('2026-11-22T23:59:59.999+08:00', '20000.01', { id: 'b' });
    expect(codes(checkTransactionFromHistory(I, same, history, P2018))).toEqual([
      'non_counter_certificate_required',
    ]);
    const next = out('2026-11-23T00:00:00+08:00', '20000.01');
    expect(checkTransactionFromHistory(I, next, history, P2018).requires).toEqual([]);
  });

  it('counter transfers and transfers to own accounts are not non-counter business', () => {
    const at = '2026-11-22T10:00:00+08:00';
    expect(
      checkTransactionFromHistory(I, out(at, '60000.00', { channel: 'counter' }), [], P2018)
        .requires,
    ).toEqual([]);
    expect(
      checkTransactionFromHistory(I, out(at, '60000.00', { counterparty: 'own' }), [], P2018)
        .requires,
    ).toEqual([]);
  });

  it('a refused transaction lists its requires too; Chinese messages use 日累计', () => {
    const d = checkTransactionFromHistory(
      { class: 'II', balance: '100000.00' },
      out('2026-11-22T10:00:00+08:00', '60000.00'),
      [],
      P2018,
      { lang: 'zh-CN' },
    );
    expect(d.allowed).toBe(false);
    expect(codes(d)).toEqual(['non_counter_certificate_required']);
    expect(d.requires[0]!.message).toContain('日累计');
  });

  it('261号 applies from 2016-12-01: not to a transfer on 2016-11-30', () => {
    const before = out('2016-11-30T23:59:59.999+08:00', '60000.00');
    expect(checkTransactionFromHistory(I, before, [], P2016).requires).toEqual([]);
    const from = out('2016-12-01T00:00:00+08:00', '60000.00');
    expect(codes(checkTransactionFromHistory(I, from, [], P2016))).toEqual([
      'non_counter_certificate_required',
    ]);
  });

  it('law: a larger amount never drops a requirement (monotone in the amount)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60_000_000 }),
        fc.integer({ min: 0, max: 60_000_000 }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const at = '2026-11-22T10:00:00+08:00';
          const r = (fen: number) =>
            codes(checkTransactionFromHistory(I, out(at, (fen / 100).toFixed(2)), [], P2018));
          const small = r(lo);
          const large = r(hi);
          return small.every((c) => large.includes(c));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('PBOC Order 2016 No. 3: large-value reports (duties, not refusals)', () => {
  it('cash in and out of 50,000.00 in a day is reported; 49,999.99 is not', () => {
    const at = '2026-11-22T10:00:00+08:00';
    const cash = (amount: string): TransactionInput => ({
      at,
      amount,
      kind: 'deposit_cash',
      channel: 'counter',
    });
    expect(checkTransactionFromHistory(I, cash('49999.99'), [], P2018).requires).toEqual([]);
    const d = checkTransactionFromHistory(I, cash('50000.00'), [], P2018);
    expect(d.allowed).toBe(true);
    expect(d.requires).toMatchObject([
      {
        code: 'large_value_cash_report',
        rule: 'monitoring.largeValueReporting.cashPerDay',
        source: '中国人民银行令〔2016〕第3号',
        sourceLayer: 'regulatory',
        threshold: '50000.00',
        total: '50000.00',
      },
    ]);
  });

  it('a personal account’s domestic transfers of 500,000.00 in a day are reported', () => {
    const at = '2026-11-22T10:00:00+08:00';
    const counter = { channel: 'counter' as const };
    const history = [out('2026-11-22T09:00:00+08:00', '250000.00', counter)];
    expect(
      codes(checkTransactionFromHistory(I, out(at, '249999.99', counter), history, P2018)),
    ).toEqual([]);
    expect(
      codes(checkTransactionFromHistory(I, out(at, '250000.00', counter), history, P2018)),
    ).toEqual(['large_value_transfer_report']);
  });

  it('does not apply before 2017-07-01', () => {
    const cash: TransactionInput = {
      at: '2017-06-30T12:00:00+08:00',
      amount: '60000.00',
      kind: 'deposit_cash',
      channel: 'counter',
    };
    expect(checkTransactionFromHistory(I, cash, [], P2016).requires).toEqual([]);
  });
});

describe('16号 (2018): Class III identity check at 50,000 received plus paid', () => {
  const III = { class: 'III', balance: '0.00', boundFirstDepositReceived: true };
  const history: TransactionInput[] = Array.from({ length: 25 }, (_, i): TransactionInput => ({
    at: `2026-${String(1 + Math.floor(i / 3)).padStart(2, '0')}-0${1 + (i % 3)}T10:00:00+08:00`,
    amount: '1000.00',
    kind: 'transfer_in',
    counterparty: 'bound',
  })).flatMap((t): TransactionInput[] => [
    t,
    { ...t, at: t.at.replace('T10', 'T11'), kind: 'payment' },
  ]);

  it('49,000 before, 1,000 more reaches 50,000: verify within 7 days; 999.99 does not', () => {
    const at = '2026-11-22T10:00:00+08:00';
    const tx = (amount: string): TransactionInput => ({
      at,
      amount,
      kind: 'payment',
      counterparty: 'other',
    });
    const below = checkTransactionFromHistory(III, tx('999.99'), history.slice(0, 49), P2018);
    expect(codes(below)).toEqual([]);
    const reached = checkTransactionFromHistory(III, tx('1000.00'), history.slice(0, 49), P2018);
    expect(reached.requires).toMatchObject([
      {
        code: 'identity_verification_due',
        rule: 'classes.III.cumulativeIdentityCheck',
        source: '银发〔2018〕16号',
        threshold: '50000.00',
        total: '50000.00',
        within: '7 days',
      },
    ]);
  });

  it('the 2016 edition has no such rule', () => {
    const at = '2026-11-22T10:00:00+08:00';
    const d = checkTransactionFromHistory(
      { ...III, faceToFaceVerified: true },
      { at, amount: '1000.00', kind: 'payment', counterparty: 'other' },
      history.slice(0, 49),
      P2016,
    );
    expect(codes(d)).toEqual([]);
  });
});
