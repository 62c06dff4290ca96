/**
 * Boundary tests of the three foreign presets: each limit at its figure, one minor unit over, the
 * last millisecond of its window, and India's financial-year rollover at 1 April 00:00 in
 * Asia/Kolkata.
 */
import { describe, expect, it } from 'vitest';
import {
  checkTransaction,
  createUsage,
  recordTransaction,
  safeCheckTransaction,
  type CheckDecision,
  type LimitAccount,
  type TransactionInput,
  type Usage,
} from '../../limits';
import { getPreset } from '../registry';
import type { Preset } from '../types/preset';
import { isDeepFrozen } from '../internal/deepFreeze';

const NG = getPreset('ng-cbn-kyc');
const IN = getPreset('in-rbi-kyc');
const EU = getPreset('eu-emoney-sdd');

const codes = (d: CheckDecision) => d.violations.map((v) => v.code);
const ids = (d: CheckDecision) => d.violations.map((v) => ('limitId' in v ? v.limitId : v.code));
function usageOf(preset: Preset, ...txs: TransactionInput[]): Usage {
  return txs.reduce((u, t) => recordTransaction(u, t), createUsage(preset));
}
const tx = (
  at: string,
  amount: string,
  kind: TransactionInput['kind'],
  extra: Partial<TransactionInput> = {},
): TransactionInput => ({
  at,
  amount,
  kind,
  counterparty: 'other',
  ...extra,
});

describe('the foreign presets are shipped data', () => {
  it.each([NG, IN, EU].map((p) => [p.id, p] as const))(
    '%s is deeply frozen, in its currency and zone, and regulatory',
    (_id, p) => {
      expect(isDeepFrozen(p)).toBe(true);
      for (const c of p.classes)
        for (const l of c.limits) {
          expect(l.layer).toBe('regulatory');
          if ('limit' in l) expect(l.limit.currency).toBe(p.currency);
        }
    },
  );
  it('mark every source not checked against its original as unverified', () => {
    expect(NG.sources['cbn-2016-tier-review']!.verified).toBe(false);
    expect(NG.sources['cbn-2017-mobile-money']!.verified).toBe(false);
    expect(IN.sources['rbi-ppi-md-2021']!.verified).toBe(false);
    expect(IN.sources['in-pml-rules-small-account']!.verified).toBe(false);
    expect(EU.sources['eu-amld-art12']!.verified).toBe(true);
    expect(EU.sources['eu-psd2-art4']!.verified).toBe(false);
  });
});

describe('ng-cbn-kyc (NGN, Africa/Lagos)', () => {
  const T1: LimitAccount = { class: 'tier1', balance: '0.00' };
  const at = '2026-12-07T10:00:00+01:00';
  it('Tier 1: a single deposit of 50,000.00 passes, 50,000.01 is over the single-deposit cap', () => {
    const u = createUsage(NG);
    expect(checkTransaction(T1, tx(at, '50000.00', 'deposit_cash'), u, NG).allowed).toBe(true);
    const d = checkTransaction(T1, tx(at, '50000.01', 'transfer_in'), u, NG);
    expect(ids(d)).toEqual(['singleDeposit']);
    expect(d.violations[0]).toMatchObject({
      code: 'per_transaction_limit',
      limit: '50000.00',
      source: 'CBN FPR/DIR/CIR/GEN/06/002',
    });
    expect(d.upgrade?.class).toBe('tier2');
  });
  it('Tier 1: the balance may reach 300,000.00, not 300,000.01', () => {
    const u = createUsage(NG);
    expect(
      checkTransaction({ ...T1, balance: '250000.00' }, tx(at, '50000.00', 'deposit_cash'), u, NG)
        .allowed,
    ).toBe(true);
    expect(
      ids(
        checkTransaction(
          { ...T1, balance: '250000.01' },
          tx(at, '50000.00', 'deposit_cash'),
          u,
          NG,
        ),
      ),
    ).toEqual(['balanceCap']);
  });
  it('Tier 2: 100,000.00 single deposit and 500,000.00 balance; one kobo over each is refused', () => {
    const T2: LimitAccount = { class: 'tier2', balance: '400000.00' };
    const u = createUsage(NG);
    expect(checkTransaction(T2, tx(at, '100000.00', 'deposit_cash'), u, NG).allowed).toBe(true);
    expect(ids(checkTransaction(T2, tx(at, '100000.01', 'deposit_cash'), u, NG))).toEqual([
      'singleDeposit',
      'balanceCap',
    ]);
  });
  it('Tier 3 has no deposit or balance cap', () => {
    const d = checkTransaction(
      { class: 'tier3', balance: '900000000.00' },
      tx(at, '80000000.00', 'deposit_cash'),
      createUsage(NG),
      NG,
    );
    expect(d.allowed).toBe(true);
  });
  it.each([
    ['tier1', '50000.00'],
    ['tier2', '200000.00'],
    ['tier3', '5000000.00'],
  ])(
    '%s: the mobile-money day holds %s out; one kobo more is refused until midnight Lagos',
    (cls, daily) => {
      const u = usageOf(NG, tx('2026-12-07T00:00:00+01:00', daily, 'payment'));
      const account = { class: cls, balance: '9000000.00' };
      const last = checkTransaction(
        account,
        tx('2026-12-07T23:59:59.999+01:00', '0.01', 'transfer_out'),
        u,
        NG,
      );
      expect(ids(last)).toEqual(['dailyMobileMoney']);
      expect(last.resetsAt.dailyMobileMoney).toBe('2026-12-08T00:00:00+01:00');
      expect(
        checkTransaction(account, tx('2026-12-08T00:00:00+01:00', '0.01', 'transfer_out'), u, NG)
          .allowed,
      ).toBe(true);
    },
  );
});

describe('in-rbi-kyc (INR, Asia/Kolkata, financial year from 1 April)', () => {
  const SA: LimitAccount = { class: 'smallAccount', balance: '0.00' };
  it('small account: credits of 1,00,000.00 in a financial year pass, one paisa more is refused', () => {
    const u = usageOf(IN, tx('2026-04-01T00:00:00+05:30', '99999.99', 'deposit_cash'));
    expect(
      checkTransaction(SA, tx('2027-03-31T23:59:59.999+05:30', '0.01', 'interest'), u, IN).allowed,
    ).toBe(true);
    const over = checkTransaction(
      SA,
      tx('2027-03-31T23:59:59.999+05:30', '0.02', 'transfer_in'),
      u,
      IN,
    );
    expect(ids(over)).toEqual(['annualCredits']);
    expect(over.violations[0]).toMatchObject({
      code: 'annual_inflow_limit',
      resetsAt: '2027-04-01T00:00:00+05:30',
    });
  });
  it('small account: the financial year rolls over at 1 April 00:00 Asia/Kolkata, not 1 January', () => {
    const u = usageOf(IN, tx('2026-12-31T23:00:00+05:30', '100000.00', 'deposit_cash'));
    // 1 January is still the same financial year
    expect(
      ids(checkTransaction(SA, tx('2027-01-01T00:00:00+05:30', '0.01', 'deposit_cash'), u, IN)),
    ).toEqual(['annualCredits']);
    // the last millisecond of 31 March too
    expect(
      ids(checkTransaction(SA, tx('2027-03-31T23:59:59.999+05:30', '0.01', 'deposit_cash'), u, IN)),
    ).toEqual(['annualCredits']);
    // 1 April 00:00 local (18:30 UTC the day before) opens a new one
    expect(
      checkTransaction(SA, tx('2027-03-31T18:30:00Z', '0.01', 'deposit_cash'), u, IN).allowed,
    ).toBe(true);
    const next = recordTransaction(u, tx('2027-04-01T00:00:00+05:30', '1.00', 'deposit_cash'));
    expect(next.windows['year@04-01']).toMatchObject({
      start: '2027-04-01T00:00:00+05:30',
      end: '2028-04-01T00:00:00+05:30',
    });
  });
  it('small account: withdrawals and transfers of 10,000.00 a month; one paisa more is refused until the 1st', () => {
    const u = usageOf(IN, tx('2026-12-01T00:00:00+05:30', '10000.00', 'withdraw_cash'));
    const d = checkTransaction(
      { ...SA, balance: '20000.00' },
      tx('2026-12-31T23:59:59.999+05:30', '0.01', 'payment'),
      u,
      IN,
    );
    expect(ids(d)).toEqual(['monthlyWithdrawals']);
    expect(d.resetsAt.monthlyWithdrawals).toBe('2027-01-01T00:00:00+05:30');
    expect(
      checkTransaction(
        { ...SA, balance: '20000.00' },
        tx('2027-01-01T00:00:00+05:30', '0.01', 'payment'),
        u,
        IN,
      ).allowed,
    ).toBe(true);
  });
  it('small account: balance 50,000.00 at most', () => {
    const u = createUsage(IN);
    expect(
      checkTransaction(
        { ...SA, balance: '40000.00' },
        tx('2026-12-07T10:00:00+05:30', '10000.00', 'deposit_cash'),
        u,
        IN,
      ).allowed,
    ).toBe(true);
    expect(
      ids(
        checkTransaction(
          { ...SA, balance: '40000.00' },
          tx('2026-12-07T10:00:00+05:30', '10000.01', 'deposit_cash'),
          u,
          IN,
        ),
      ),
    ).toEqual(['balanceCap']);
  });
  const PPI: LimitAccount = { class: 'smallPpi', balance: '0.00' };
  it('small PPI: loads of 10,000.00 a month, 1,20,000.00 a financial year, 10,000.00 outstanding', () => {
    const u = usageOf(IN, tx('2026-12-01T00:00:00+05:30', '10000.00', 'transfer_in'));
    expect(
      ids(checkTransaction(PPI, tx('2026-12-31T23:59:59.999+05:30', '0.01', 'transfer_in'), u, IN)),
    ).toEqual(['monthlyLoads']);
    expect(
      checkTransaction(PPI, tx('2027-01-01T00:00:00+05:30', '10000.00', 'deposit_cash'), u, IN)
        .allowed,
    ).toBe(true);
    expect(
      ids(
        checkTransaction(
          { ...PPI, balance: '0.01' },
          tx('2027-01-01T00:00:00+05:30', '10000.00', 'deposit_cash'),
          u,
          IN,
        ),
      ),
    ).toEqual(['outstanding']);
    // 11 months of 10,000.00 (April–February) and 9,999.99 in March: 0.01 more on the last
    // millisecond of 31 March reaches both 10,000.00 for March and 1,20,000.00 for the year
    const months = ['04', '05', '06', '07', '08', '09', '10', '11', '12']
      .map((m) => `2026-${m}-15T10:00:00+05:30`)
      .concat(['2027-01-15T10:00:00+05:30', '2027-02-15T10:00:00+05:30']);
    const year = recordTransaction(
      usageOf(IN, ...months.map((at) => tx(at, '10000.00', 'transfer_in'))),
      tx('2027-03-01T10:00:00+05:30', '9999.99', 'transfer_in'),
    );
    const lastMs = '2027-03-31T23:59:59.999+05:30';
    const atLimit = checkTransaction(PPI, tx(lastMs, '0.01', 'transfer_in'), year, IN);
    expect(atLimit.allowed).toBe(true);
    expect(atLimit.headroom.annualLoads).toBe('0.01');
    const over = checkTransaction(PPI, tx(lastMs, '0.02', 'transfer_in'), year, IN);
    expect(ids(over)).toEqual(['monthlyLoads', 'annualLoads']);
    expect(over.resetsAt.annualLoads).toBe('2027-04-01T00:00:00+05:30');
    // 1 April 00:00 in Kolkata: a new month and a new financial year
    expect(
      checkTransaction(PPI, tx('2027-04-01T00:00:00+05:30', '0.02', 'transfer_in'), year, IN)
        .allowed,
    ).toBe(true);
    // a year of twelve full months: the 1 January boundary does not reset the financial year
    const fromJanuary = checkTransaction(
      PPI,
      tx('2027-01-01T00:00:00+05:30', '10000.00', 'transfer_in'),
      usageOf(
        IN,
        ...months.slice(0, 9).map((at) => tx(at, '10000.00', 'transfer_in')),
        tx('2026-12-20T10:00:00+05:30', '30000.00', 'deposit_cash'),
      ),
      IN,
    );
    expect(ids(fromJanuary)).toEqual(['annualLoads']);
  });
  it('small PPI: no cash withdrawal, no fund transfer', () => {
    const u = createUsage(IN);
    for (const kind of ['withdraw_cash', 'transfer_out'] as const) {
      const d = checkTransaction(
        { ...PPI, balance: '5000.00' },
        tx('2026-12-07T10:00:00+05:30', '1.00', kind),
        u,
        IN,
      );
      expect(codes(d)).toEqual(['kind_not_permitted']);
    }
  });
  it('full-KYC PPI: 2,00,000.00 outstanding at most', () => {
    const FK: LimitAccount = { class: 'fullKycPpi', balance: '199999.99' };
    const u = createUsage(IN);
    expect(
      checkTransaction(FK, tx('2026-12-07T10:00:00+05:30', '0.01', 'transfer_in'), u, IN).allowed,
    ).toBe(true);
    expect(
      ids(checkTransaction(FK, tx('2026-12-07T10:00:00+05:30', '0.02', 'transfer_in'), u, IN)),
    ).toEqual(['outstanding']);
  });
});

describe('eu-emoney-sdd (EUR, Europe/Brussels)', () => {
  const at = '2026-12-07T10:00:00+01:00';
  const NR: LimitAccount = { class: 'sddNonReloadable', balance: '0.00' };
  const R: LimitAccount = { class: 'sddReloadable', balance: '100.00' };
  it('non-reloadable: the first load (up to 150.00 stored) passes, any further load is refused', () => {
    const u = createUsage(EU);
    expect(checkTransaction(NR, tx(at, '150.00', 'transfer_in'), u, EU).allowed).toBe(true);
    expect(ids(checkTransaction(NR, tx(at, '150.01', 'transfer_in'), u, EU))).toEqual(['stored']);
    const again = checkTransaction(
      { ...NR, balance: '10.00', firstLoadReceived: true },
      tx(at, '0.01', 'deposit_cash'),
      u,
      EU,
    );
    expect(again.violations).toEqual([
      expect.objectContaining({
        code: 'not_reloadable',
        class: 'sddNonReloadable',
        rule: 'classes.sddNonReloadable.nonReloadable',
        sourceKey: 'eu-amld-art12',
      }),
    ]);
    expect(again.upgrade?.class).toBe('sddReloadable');
    // spending and a refund (a reversal) are no loads
    expect(
      checkTransaction(
        { ...NR, balance: '10.00', firstLoadReceived: true },
        tx(at, '5.00', 'payment'),
        u,
        EU,
      ).allowed,
    ).toBe(true);
  });
  it('reloadable: 150.00 of payments a calendar month; one cent more is refused until 1st 00:00 Brussels', () => {
    const u = usageOf(
      EU,
      tx('2026-12-01T00:00:00+01:00', '100.00', 'payment'),
      tx('2026-12-10T00:00:00+01:00', '50.00', 'withdraw_cash'),
    );
    const last = checkTransaction(R, tx('2026-12-31T23:59:59.999+01:00', '0.01', 'payment'), u, EU);
    expect(ids(last)).toEqual(['monthlyPayments']);
    expect(last.resetsAt.monthlyPayments).toBe('2027-01-01T00:00:00+01:00');
    expect(
      checkTransaction(R, tx('2027-01-01T00:00:00+01:00', '0.01', 'payment'), u, EU).allowed,
    ).toBe(true);
  });
  it('cash redemption: 50.00 passes, 50.01 loses the exemption', () => {
    const u = createUsage(EU);
    expect(
      checkTransaction(R, tx(at, '50.00', 'withdraw_cash', { channel: 'atm' }), u, EU).allowed,
    ).toBe(true);
    const d = checkTransaction(R, tx(at, '50.01', 'withdraw_cash', { channel: 'atm' }), u, EU);
    expect(ids(d)).toEqual(['cashRedemption']);
    expect(d.upgrade?.class).toBe('cdd');
  });
  it('remote payment: 50.01 online is refused, the same at a counter (not remote) passes', () => {
    const u = createUsage(EU);
    expect(
      checkTransaction(R, tx(at, '50.00', 'payment', { channel: 'online' }), u, EU).allowed,
    ).toBe(true);
    expect(
      ids(checkTransaction(R, tx(at, '50.01', 'payment', { channel: 'mobile' }), u, EU)),
    ).toEqual(['remotePayment']);
    expect(
      checkTransaction(R, tx(at, '50.01', 'payment', { channel: 'counter' }), u, EU).allowed,
    ).toBe(true);
    expect(checkTransaction(R, tx(at, '50.01', 'payment'), u, EU).allowed).toBe(true);
  });
  it('goods and services only: a transfer out is not permitted; after full CDD it is', () => {
    const u = createUsage(EU);
    expect(codes(checkTransaction(R, tx(at, '1.00', 'transfer_out'), u, EU))).toEqual([
      'kind_not_permitted',
    ]);
    expect(
      checkTransaction(
        { class: 'cdd', balance: '5000.00' },
        tx(at, '4000.00', 'transfer_out'),
        u,
        EU,
      ).allowed,
    ).toBe(true);
  });
  it('firstLoadReceived must be a boolean', () => {
    const r = safeCheckTransaction(
      { ...NR, firstLoadReceived: 'yes' as never },
      tx(at, '1.00', 'payment'),
      createUsage(EU),
      EU,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues[0]!.path).toEqual(['account', 'firstLoadReceived']);
  });
  it('messages are in both languages', () => {
    const u = createUsage(EU);
    const acc = { ...NR, balance: '10.00', firstLoadReceived: true };
    const en = checkTransaction(acc, tx(at, '1.00', 'transfer_in'), u, EU).violations[0]!.message;
    const zh = checkTransaction(acc, tx(at, '1.00', 'transfer_in'), u, EU, { lang: 'zh-CN' })
      .violations[0]!.message;
    expect(en).toContain('cannot be reloaded');
    expect(zh).toContain('不可再充值');
  });
});
