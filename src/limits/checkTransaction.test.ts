import { describe, expect, it } from 'vitest';
import { BANK_PRESET, NO_RESTORE_PRESET } from '../../test/fixtures/limitPresets';
import { AccountPolicyError } from '../errors';
import { getPreset } from '../presets';
import type { Preset } from '../presets/types/preset';
import type { Counterparty, TransactionKind } from '../presets/types/common';
import {
  checkTransaction,
  checkTransactionFromHistory,
  createUsage,
  recordTransaction,
  safeCheckTransaction,
  safeCheckTransactionFromHistory,
  type LimitAccount,
  type TransactionInput,
  type Usage,
} from '.';

const PBOC = getPreset('cn-pboc-2018');
const PBOC_2016 = getPreset('cn-pboc-2016');
const TIERED = getPreset('tiered-generic');

function tx(
  at: string,
  amount: string,
  kind: TransactionKind = 'transfer_out',
  counterparty: Counterparty = 'other',
  extra: Partial<TransactionInput> = {},
): TransactionInput {
  return { at, amount, kind, counterparty, ...extra };
}

function usageOf(preset: Preset = PBOC, ...txs: TransactionInput[]): Usage {
  return txs.reduce((u, t) => recordTransaction(u, t), createUsage(preset));
}

const II: LimitAccount = { class: 'II', balance: '100000.00' };
const III: LimitAccount = { class: 'III', balance: '0.00' };

/** The codes of a decision's violations. */
function codes(d: { violations: readonly { code: string }[] }): string[] {
  return d.violations.map((v) => v.code);
}

describe('the CLI.md example', () => {
  it('9,000 used of 10,000: 1,500 is refused with every field; headroom for every limit', () => {
    const d = checkTransactionFromHistory(
      { class: 'II', balance: '1500.00', faceToFaceVerified: false },
      tx('2026-11-22T10:00:00+08:00', '1500.00'),
      [tx('2026-11-22T09:00:00+08:00', '9000.00')],
      PBOC,
    );
    expect(d.allowed).toBe(false);
    expect(d.violations).toEqual([
      {
        code: 'daily_outflow_limit',
        limitId: 'dailyOutflow',
        layer: 'regulatory',
        limit: '10000.00',
        used: '9000.00',
        requested: '1500.00',
        remaining: '1000.00',
        resetsAt: '2026-11-23T00:00:00+08:00',
        rule: 'classes.II.limits.dailyOutflow',
        source: '银发〔2016〕302号',
        sourceKey: 'pboc-2016-302',
        message:
          'Daily outflow limit of CNY 10,000.00 would be exceeded: CNY 9,000.00 already used today, CNY 1,500.00 requested, CNY 1,000.00 remaining until 2026-11-23T00:00:00+08:00.',
      },
    ]);
    expect(d.headroom).toEqual({
      dailyInflow: '10000.00',
      annualInflow: '200000.00',
      dailyOutflow: '1000.00',
      annualOutflow: '191000.00',
    });
    expect(d.resetsAt.annualOutflow).toBe('2027-01-01T00:00:00+08:00');
    expect(d.counting).toBe('outflow');
    expect(d.balanceAfter).toBe('0.00');
  });
  it('equality reaches the limit: 1,000.00 passes, 1,000.01 does not', () => {
    const history = [tx('2026-11-22T09:00:00+08:00', '9000.00')];
    const ok = checkTransactionFromHistory(
      II,
      tx('2026-11-22T10:00:00+08:00', '1000.00'),
      history,
      PBOC,
    );
    expect(ok).toMatchObject({ allowed: true, violations: [] });
    const over = checkTransactionFromHistory(
      II,
      tx('2026-11-22T10:00:00+08:00', '1000.01'),
      history,
      PBOC,
    );
    expect(codes(over)).toEqual(['daily_outflow_limit']);
    expect(over.violations[0]).toMatchObject({ remaining: '1000.00', requested: '1000.01' });
  });
  it('zh-CN messages', () => {
    const d = checkTransactionFromHistory(
      II,
      tx('2026-11-22T10:00:00+08:00', '1500.00'),
      [tx('2026-11-22T09:00:00+08:00', '9000.00')],
      PBOC,
      { lang: 'zh-CN' },
    );
    expect(d.violations[0]!.message).toBe(
      '将超过日累计支出限额10,000.00 元：今日已用9,000.00 元，本次1,500.00 元，剩余1,000.00 元，于2026-11-23T00:00:00+08:00重置。',
    );
  });
});

/** Checks `amount` after `used` spent at `usedAt`, at `at`, with usage and with history; both must agree. */
function both(
  account: LimitAccount,
  preset: Preset = PBOC,
  history: TransactionInput[],
  t: TransactionInput,
) {
  const fromUsage = checkTransaction(account, t, usageOf(preset, ...history), preset);
  const fromHistory = checkTransactionFromHistory(account, t, history, preset);
  expect(fromUsage).toEqual(fromHistory);
  return fromUsage;
}

describe('Class II limits: equal, one fen over, and the calendar boundaries in Asia/Shanghai', () => {
  const cases = [
    {
      code: 'daily_outflow_limit',
      limitId: 'dailyOutflow',
      kind: 'transfer_out',
      limit: '10000.00',
      next: '10000.01',
    },
    {
      code: 'daily_inflow_limit',
      limitId: 'dailyInflow',
      kind: 'transfer_in',
      limit: '10000.00',
      next: '10000.01',
    },
  ] as const;
  const f2f: LimitAccount = { ...II, faceToFaceVerified: true };
  for (const c of cases) {
    it(`${c.code}: ${c.limit} at once passes, ${c.next} does not`, () => {
      expect(both(f2f, PBOC, [], tx('2026-11-22T10:00:00+08:00', c.limit, c.kind)).allowed).toBe(
        true,
      );
      const d = both(f2f, PBOC, [], tx('2026-11-22T10:00:00+08:00', c.next, c.kind));
      expect(d.violations).toMatchObject([
        { code: c.code, limitId: c.limitId, used: '0.00', remaining: c.limit },
      ]);
    });
    it(`${c.code}: the last second of the day still counts, the first second of the next day resets`, () => {
      const history = [
        tx('2026-11-22T00:00:00+08:00', '6000.00', c.kind),
        tx('2026-11-22T12:00:00+08:00', '4000.00', c.kind),
      ];
      const last = both(f2f, PBOC, history, tx('2026-11-22T23:59:59+08:00', '0.01', c.kind));
      expect(last.violations).toMatchObject([
        {
          code: c.code,
          used: '10000.00',
          remaining: '0.00',
          resetsAt: '2026-11-23T00:00:00+08:00',
        },
      ]);
      const lastMs = both(f2f, PBOC, history, tx('2026-11-22T15:59:59.999Z', '0.01', c.kind));
      expect(codes(lastMs)).toEqual([c.code]);
      const first = both(f2f, PBOC, history, tx('2026-11-23T00:00:00+08:00', c.limit, c.kind));
      expect(first.allowed).toBe(true);
      expect(first.headroom[c.limitId]).toBe(c.limit);
      expect(first.resetsAt[c.limitId]).toBe('2026-11-24T00:00:00+08:00');
    });
  }
  it('annual_outflow_limit: equal passes, one fen over is refused; the last second of the year counts, the first of the next resets', () => {
    // 19 days of 10,000 plus 9,000 on 31 December: 199,000 used.
    const history: TransactionInput[] = [];
    for (let d = 1; d <= 19; d++)
      history.push(tx(`2026-12-${String(d).padStart(2, '0')}T10:00:00+08:00`, '10000.00'));
    history.push(tx('2026-12-31T09:00:00+08:00', '9000.00'));
    const equal = both(II, PBOC, history, tx('2026-12-31T23:59:59+08:00', '1000.00'));
    expect(equal.allowed).toBe(true);
    expect(equal.headroom.annualOutflow).toBe('1000.00');
    const over = both(II, PBOC, history, tx('2026-12-31T23:59:59+08:00', '1000.01'));
    expect(over.violations).toMatchObject([
      { code: 'daily_outflow_limit', remaining: '1000.00' },
      {
        code: 'annual_outflow_limit',
        limit: '200000.00',
        used: '199000.00',
        remaining: '1000.00',
        resetsAt: '2027-01-01T00:00:00+08:00',
      },
    ]);
    const next = both(II, PBOC, history, tx('2027-01-01T00:00:00+08:00', '10000.00'));
    expect(next.allowed).toBe(true);
    expect(next.headroom.annualOutflow).toBe('200000.00');
    expect(next.resetsAt.annualOutflow).toBe('2028-01-01T00:00:00+08:00');
  });
  it('annual_inflow_limit: 200,000 reached exactly, one fen more refused', () => {
    const history: TransactionInput[] = [];
    for (let d = 1; d <= 20; d++)
      history.push(
        tx(`2026-03-${String(d).padStart(2, '0')}T10:00:00+08:00`, '9999.99', 'deposit_cash'),
      );
    const f2f = { ...II, faceToFaceVerified: true };
    expect(
      both(f2f, PBOC, history, tx('2026-12-31T23:59:59+08:00', '0.20', 'deposit_cash')).allowed,
    ).toBe(true);
    const over = both(f2f, PBOC, history, tx('2026-12-31T23:59:59+08:00', '0.21', 'deposit_cash'));
    expect(over.violations).toMatchObject([
      { code: 'annual_inflow_limit', used: '199999.80', remaining: '0.20' },
    ]);
    expect(
      both(f2f, PBOC, history, tx('2027-01-01T00:00:00+08:00', '10000.00', 'deposit_cash')).allowed,
    ).toBe(true);
  });
  it('Shanghai days are local: 2026-11-22T16:00:00Z is already the 23rd', () => {
    const history = [tx('2026-11-22T15:59:59Z', '10000.00')];
    expect(both(II, PBOC, history, tx('2026-11-22T16:00:00Z', '10000.00')).allowed).toBe(true);
    expect(both(II, PBOC, history, tx('2026-11-22T15:59:59.999Z', '0.01')).allowed).toBe(false);
  });
  it('exempt transactions neither count nor are limited: bound-account transfers and wealth products', () => {
    const history = [tx('2026-11-22T09:00:00+08:00', '10000.00')];
    for (const t of [
      tx('2026-11-22T10:00:00+08:00', '50000.00', 'transfer_out', 'bound'),
      tx('2026-11-22T10:00:00+08:00', '50000.00', 'wealth_purchase'),
      tx('2026-11-22T10:00:00+08:00', '50000.00', 'transfer_in', 'bound'),
    ]) {
      const d = both(II, PBOC, history, t);
      expect(d.allowed).toBe(true);
      expect(d.counting).toBe('exempt');
    }
    const u = usageOf(
      PBOC,
      tx('2026-11-22T09:00:00+08:00', '5000.00', 'transfer_out', 'bound'),
      tx('2026-11-22T09:00:00+08:00', '5000.00', 'wealth_purchase'),
    );
    expect(checkTransaction(II, tx('2026-11-22T10:00:00+08:00', '10000.00'), u, PBOC).allowed).toBe(
      true,
    );
  });
  it('every violation is listed: per day and per year at once', () => {
    const history: TransactionInput[] = [];
    for (let d = 1; d <= 20; d++)
      history.push(tx(`2026-06-${String(d).padStart(2, '0')}T10:00:00+08:00`, '10000.00'));
    const d = both(II, PBOC, history, tx('2026-06-20T11:00:00+08:00', '0.01'));
    expect(codes(d)).toEqual(['daily_outflow_limit', 'annual_outflow_limit']);
  });
});

describe('Class III (2018 and 2016) limits', () => {
  it('balance_cap: a credit may bring the balance to the cap exactly, not one fen above (counted or not)', () => {
    const acc = { class: 'III', balance: '1500.00' };
    expect(
      both(acc, PBOC, [], tx('2026-11-22T10:00:00+08:00', '500.00', 'transfer_in', 'bound'))
        .allowed,
    ).toBe(true);
    const over = both(
      acc,
      PBOC,
      [],
      tx('2026-11-22T10:00:00+08:00', '500.01', 'loan_disbursement'),
    );
    expect(over.violations).toMatchObject([
      {
        code: 'balance_cap',
        limitId: 'balance',
        limit: '2000.00',
        used: '1500.00',
        requested: '500.01',
        remaining: '500.00',
        balanceAfter: '2000.01',
        resetsAt: null,
      },
    ]);
    expect(over.counting).toBe('exempt');
    expect(over.violations[0]!.message).toBe(
      'The balance would reach CNY 2,000.01, above the cap of CNY 2,000.00.',
    );
  });
  it('balance_cap: debits are never refused by it, even above the cap', () => {
    expect(
      both(
        { class: 'III', balance: '2500.00' },
        PBOC,
        [],
        tx('2026-11-22T10:00:00+08:00', '10.00', 'payment'),
      ).allowed,
    ).toBe(true);
  });
  it('2018 outflow: 2,000 per day, 50,000 per year', () => {
    const acc = { class: 'III', balance: '2000.00' };
    const history = [tx('2026-11-22T08:00:00+08:00', '1999.99', 'payment')];
    expect(
      both(acc, PBOC, history, tx('2026-11-22T23:59:59+08:00', '0.01', 'transfer_out')).allowed,
    ).toBe(true);
    expect(
      codes(both(acc, PBOC, history, tx('2026-11-22T23:59:59+08:00', '0.02', 'transfer_out'))),
    ).toEqual(['daily_outflow_limit']);
    expect(
      both(acc, PBOC, history, tx('2026-11-23T00:00:00+08:00', '2000.00', 'payment')).allowed,
    ).toBe(true);
    const year: TransactionInput[] = [];
    for (let d = 1; d <= 25; d++)
      year.push(tx(`2026-12-${String(d).padStart(2, '0')}T10:00:00+08:00`, '2000.00', 'payment'));
    const over = both(acc, PBOC, year, tx('2026-12-31T23:59:59+08:00', '0.01', 'payment'));
    expect(over.violations).toMatchObject([
      { code: 'annual_outflow_limit', limit: '50000.00', used: '50000.00', remaining: '0.00' },
    ]);
    expect(
      both(acc, PBOC, year, tx('2027-01-01T00:00:00+08:00', '2000.00', 'payment')).allowed,
    ).toBe(true);
  });
  it('2018: same-bank loans are exempt from the flow limits (but not from the balance cap)', () => {
    const history = [tx('2026-11-22T08:00:00+08:00', '2000.00', 'payment')];
    expect(
      both(
        { class: 'III', balance: '1000.00' },
        PBOC,
        history,
        tx('2026-11-22T10:00:00+08:00', '1000.00', 'loan_repayment'),
      ).allowed,
    ).toBe(true);
  });
  it('2016: inflow 5,000 per day; outflow 5,000 per day; balance 1,000', () => {
    // Non-bound inflows need a face-to-face check in 2016 (302号): the account has had one.
    const acc = { class: 'III', balance: '0.00', faceToFaceVerified: true };
    expect(
      both(acc, PBOC_2016, [], tx('2026-11-22T10:00:00+08:00', '1000.00', 'transfer_in')).allowed,
    ).toBe(true);
    expect(
      codes(both(acc, PBOC_2016, [], tx('2026-11-22T10:00:00+08:00', '1000.01', 'transfer_in'))),
    ).toEqual(['balance_cap']);
    const history = [
      tx('2026-11-22T08:00:00+08:00', '4000.00', 'transfer_in'),
      tx('2026-11-22T08:30:00+08:00', '4000.00', 'payment'),
    ];
    expect(
      both(acc, PBOC_2016, history, tx('2026-11-22T10:00:00+08:00', '1000.00', 'transfer_in'))
        .allowed,
    ).toBe(true);
    // Violations come in the preset's order of limits (the balance cap first for Class III).
    expect(
      codes(
        both(acc, PBOC_2016, history, tx('2026-11-22T10:00:00+08:00', '1000.01', 'transfer_in')),
      ),
    ).toEqual(['balance_cap', 'daily_inflow_limit']);
    expect(
      both(
        { class: 'III', balance: '1000.00' },
        PBOC_2016,
        history,
        tx('2026-11-22T10:00:00+08:00', '1000.00', 'payment'),
      ).allowed,
    ).toBe(true);
    expect(
      codes(
        both(
          { class: 'III', balance: '1000.00' },
          PBOC_2016,
          history,
          tx('2026-11-22T10:00:00+08:00', '1000.01', 'payment'),
        ),
      ),
    ).toEqual(['daily_outflow_limit']);
  });
});

describe('tiered preset', () => {
  it('basic: 1,000 per day of payments; intermediate 50,000; advanced no fixed cap', () => {
    const history = [tx('2026-11-22T08:00:00+08:00', '600.00', 'payment')];
    expect(
      both(
        { class: 'basic', balance: '0.00' },
        TIERED,
        history,
        tx('2026-11-22T10:00:00+08:00', '400.00', 'payment'),
      ).allowed,
    ).toBe(true);
    const over = both(
      { class: 'basic', balance: '0.00' },
      TIERED,
      history,
      tx('2026-11-22T10:00:00+08:00', '400.01', 'payment'),
    );
    expect(over.violations).toMatchObject([
      {
        code: 'daily_outflow_limit',
        limit: '1000.00',
        rule: 'classes.basic.limits.dailyOutflow',
        source: '《账户分层分级管理办法》 (bank internal policy)',
      },
    ]);
    expect(over.upgrade).toMatchObject({
      class: 'intermediate',
      rank: 2,
      title: 'Intermediate tier',
    });
    expect(
      both(
        { class: 'intermediate', balance: '0.00' },
        TIERED,
        [],
        tx('2026-11-22T10:00:00+08:00', '50000.01', 'payment'),
      ).upgrade,
    ).toMatchObject({
      class: 'advanced',
    });
    expect(
      both(
        { class: 'advanced', balance: '0.00' },
        TIERED,
        [],
        tx('2026-11-22T10:00:00+08:00', '999999.99', 'payment'),
      ),
    ).toMatchObject({
      allowed: true,
      headroom: {},
    });
  });
});

describe('kind_not_permitted', () => {
  it('Class III: cash is never permitted; the hint names the lowest class that would allow it', () => {
    const d = both(III, PBOC, [], tx('2026-11-22T10:00:00+08:00', '100.00', 'deposit_cash'));
    expect(d.violations).toMatchObject([
      {
        code: 'kind_not_permitted',
        kind: 'deposit_cash',
        class: 'III',
        why: 'forbidden',
        rule: 'classes.III.permissions.0',
        source: '银发〔2015〕392号',
      },
    ]);
    expect(d.violations[0]!.message).toBe(
      'A Class III account does not allow this transaction (cash deposit): this class or tier never allows it.',
    );
    // Class II needs face-to-face verification for cash, so Class I is the hint…
    expect(d.upgrade).toMatchObject({ class: 'I', stillBlockedByAccountState: false });
    // …unless the holder was verified face to face.
    expect(
      both(
        { ...III, faceToFaceVerified: true },
        PBOC,
        [],
        tx('2026-11-22T10:00:00+08:00', '100.00', 'deposit_cash'),
      ).upgrade,
    ).toMatchObject({
      class: 'II',
    });
  });
  it('Class II: cash and non-bound inflows only after face-to-face verification', () => {
    const d = both(II, PBOC, [], tx('2026-11-22T10:00:00+08:00', '100.00', 'withdraw_cash'));
    expect(d.violations).toMatchObject([
      { code: 'kind_not_permitted', why: 'conditions', unmet: ['face_to_face_verified'] },
    ]);
    expect(d.violations[0]!.message).toContain(
      "only after the holder's identity has been confirmed face to face",
    );
    expect(
      both(
        { ...II, faceToFaceVerified: true },
        PBOC,
        [],
        tx('2026-11-22T10:00:00+08:00', '100.00', 'withdraw_cash'),
      ).allowed,
    ).toBe(true);
    expect(
      codes(both(II, PBOC, [], tx('2026-11-22T10:00:00+08:00', '100.00', 'transfer_in', 'own'))),
    ).toEqual(['kind_not_permitted']);
    expect(
      both(II, PBOC, [], tx('2026-11-22T10:00:00+08:00', '100.00', 'transfer_in', 'bound')).allowed,
    ).toBe(true);
  });
  it('Class III (2018): non-bound transfers in only after the first deposit from the bound account, or a face-to-face check', () => {
    const d = both(III, PBOC, [], tx('2026-11-22T10:00:00+08:00', '100.00', 'transfer_in'));
    expect(d.violations).toMatchObject([
      { code: 'kind_not_permitted', unmet: ['bound_first_deposit_or_face_to_face'] },
    ]);
    expect(
      both(
        { ...III, faceToFaceVerified: true },
        PBOC,
        [],
        tx('2026-11-22T10:00:00+08:00', '100.00', 'transfer_in'),
      ).allowed,
    ).toBe(true);
    expect(
      both(
        { ...III, boundFirstDepositReceived: true },
        PBOC,
        [],
        tx('2026-11-22T10:00:00+08:00', '100.00', 'transfer_in'),
      ).allowed,
    ).toBe(true);
  });
  it('a kind violation and a limit violation are both listed', () => {
    const d = both(
      { class: 'III', balance: '1950.00' },
      PBOC,
      [],
      tx('2026-11-22T10:00:00+08:00', '100.00', 'transfer_in'),
    );
    expect(codes(d)).toEqual(['kind_not_permitted', 'balance_cap']);
  });
});

describe('account_state comes from the lifecycle module', () => {
  const at = '2026-11-22T10:00:00+08:00';
  it('a judicial freeze on everything refuses debits and credits, with the freeze facts and source', () => {
    const frozen: LimitAccount = {
      ...II,
      status: 'normal',
      freezes: [
        {
          id: 'F-1',
          kind: 'judicial',
          scope: 'all',
          from: '2026-11-01T00:00:00+08:00',
          authority: 'court',
        },
      ],
    };
    const d = both(frozen, PBOC, [], tx(at, '10.00', 'payment'));
    expect(d.violations).toMatchObject([
      {
        code: 'account_state',
        operation: 'debit',
        reason: 'account_frozen',
        details: { freezeId: 'F-1', freezeKind: 'judicial' },
        rule: 'lifecycle.freezes.judicial',
        source: '法释〔2015〕5号 第四百八十七条',
      },
    ]);
    expect(codes(both(frozen, PBOC, [], tx(at, '10.00', 'transfer_in', 'bound')))).toEqual([
      'account_state',
    ]);
    // An upgrade does not lift a freeze: no hint when the state is the only problem.
    expect(d.upgrade).toBeNull();
  });
  it('a debit-only freeze never blocks credits', () => {
    const frozen: LimitAccount = {
      ...II,
      freezes: [{ id: 'F-2', kind: 'risk', scope: 'debit', from: '2026-11-22T00:00:00+08:00' }],
    };
    expect(both(frozen, PBOC, [], tx(at, '10.00', 'transfer_in', 'bound')).allowed).toBe(true);
    expect(codes(both(frozen, PBOC, [], tx(at, '10.00', 'transfer_out', 'bound')))).toEqual([
      'account_state',
    ]);
  });
  it('a freeze outside its period does not apply', () => {
    const later: LimitAccount = {
      ...II,
      freezes: [{ id: 'F-3', kind: 'risk', scope: 'all', from: '2026-11-22T10:00:00.001+08:00' }],
    };
    expect(both(later, PBOC, [], tx(at, '10.00', 'payment')).allowed).toBe(true);
  });
  it('an amount freeze: a debit may leave exactly the frozen amount, not one fen less', () => {
    const acc: LimitAccount = {
      class: 'II',
      balance: '5000.00',
      freezes: [
        {
          id: 'J-1',
          kind: 'judicial',
          scope: 'amount',
          amount: '3000.00',
          from: '2026-11-01T00:00:00+08:00',
          authority: 'court',
        },
      ],
    };
    expect(both(acc, PBOC, [], tx(at, '2000.00', 'payment')).allowed).toBe(true);
    const d = both(acc, PBOC, [], tx(at, '2000.01', 'payment'));
    expect(d.violations).toMatchObject([
      {
        code: 'account_state',
        operation: 'frozen_amount',
        reason: 'frozen_amount',
        frozenAmount: '3000.00',
        balanceAfter: '2999.99',
        sourceKey: 'cn-civil-procedure-freeze',
      },
    ]);
    expect(d.violations[0]!.message).toBe(
      'The account cannot make this transaction now: an amount of CNY 3,000.00 is frozen and the debit would leave CNY 2,999.99.',
    );
    expect(both(acc, PBOC, [], tx(at, '100000.00', 'transfer_in', 'bound')).allowed).toBe(true);
  });
  it('non-counter business: a restriction refuses it through any channel but the counter (absent channel = non-counter)', () => {
    const acc: LimitAccount = {
      ...II,
      restrictions: [
        {
          id: 'R-1',
          kind: 'no_non_counter',
          from: '2026-01-01T00:00:00+08:00',
          reason: 'account_selling',
        },
      ],
    };
    expect(
      both(acc, PBOC, [], tx(at, '10.00', 'payment', 'other', { channel: 'counter' })).allowed,
    ).toBe(true);
    expect(
      both(acc, PBOC, [], tx(at, '10.00', 'payment', 'other', { channel: 'kiosk_assisted' }))
        .allowed,
    ).toBe(true);
    expect(
      both(acc, PBOC, [], tx(at, '10.00', 'payment', 'other', { channel: 'mobile' })).violations,
    ).toMatchObject([
      { code: 'account_state', operation: 'non_counter', reason: 'person_restricted' },
    ]);
    expect(codes(both(acc, PBOC, [], tx(at, '10.00', 'payment')))).toEqual(['account_state']);
  });
  it('closed accounts refuse everything; a loss report refuses debits', () => {
    expect(
      codes(
        both(
          { ...II, status: 'closed' },
          PBOC,
          [],
          tx(at, '1.00', 'transfer_in', 'bound', { channel: 'counter' }),
        ),
      ),
    ).toEqual(['account_state']);
    const lost: LimitAccount = {
      ...II,
      lossReport: { at: '2026-11-20T10:00:00+08:00', channel: 'phone' },
    };
    expect(
      codes(both(lost, PBOC, [], tx(at, '1.00', 'payment', 'other', { channel: 'counter' }))),
    ).toEqual(['account_state']);
    expect(
      both(lost, PBOC, [], tx(at, '1.00', 'transfer_in', 'bound', { channel: 'counter' })).allowed,
    ).toBe(true);
  });
  it('state and limit violations are listed together, and the hint says the state still blocks', () => {
    const acc: LimitAccount = {
      ...II,
      freezes: [{ id: 'F-4', kind: 'risk', scope: 'debit', from: '2026-11-22T00:00:00+08:00' }],
    };
    const d = both(acc, PBOC, [tx('2026-11-22T09:00:00+08:00', '10000.00')], tx(at, '10.00'));
    expect(codes(d)).toEqual(['account_state', 'daily_outflow_limit']);
    expect(d.upgrade).toMatchObject({ class: 'I', stillBlockedByAccountState: true });
  });
});

describe('layered limits (a bank preset on top of the regulation)', () => {
  const acc: LimitAccount = { class: 'II', balance: '100000.00', faceToFaceVerified: true };
  it('the stricter bank cap refuses first and says its layer; both layers are listed when both are exceeded', () => {
    const history = [
      tx('2026-11-22T09:00:00+08:00', '4000.00'),
      tx('2026-11-22T09:30:00+08:00', '3000.00'),
    ];
    expect(
      both(acc, BANK_PRESET, history, tx('2026-11-22T10:00:00+08:00', '1000.00')).allowed,
    ).toBe(true);
    const d = both(acc, BANK_PRESET, history, tx('2026-11-22T10:00:00+08:00', '1000.01'));
    expect(d.violations).toMatchObject([
      {
        code: 'daily_outflow_limit',
        limitId: 'bankDailyOutflow',
        layer: 'bank',
        limit: '8000.00',
        source: 'TB-LIM-1',
        sourceKey: 'test-bank-policy',
        rule: 'classes.II.limits.bankDailyOutflow',
      },
    ]);
    expect(d.violations[0]!.message).toContain(
      'Daily outflow limit of CNY 8,000.00 would be exceeded',
    );
    const both2 = both(
      acc,
      BANK_PRESET,
      [tx('2026-11-22T09:00:00+08:00', '4000.00'), tx('2026-11-22T09:30:00+08:00', '4500.00')],
      tx('2026-11-22T10:00:00+08:00', '4000.00'),
    );
    expect(
      both2.violations.map((v) => ('limitId' in v ? `${v.layer}:${v.limitId}` : v.code)),
    ).toEqual(['regulatory:dailyOutflow', 'bank:bankDailyOutflow']);
  });
  it('per_transaction_limit: 5,000.00 passes, 5,000.01 does not (only counted outflows)', () => {
    expect(both(acc, BANK_PRESET, [], tx('2026-11-22T10:00:00+08:00', '5000.00')).allowed).toBe(
      true,
    );
    const d = both(acc, BANK_PRESET, [], tx('2026-11-22T10:00:00+08:00', '5000.01'));
    expect(d.violations).toMatchObject([
      {
        code: 'per_transaction_limit',
        limitId: 'singleOutflow',
        layer: 'bank',
        limit: '5000.00',
        resetsAt: null,
      },
    ]);
    expect(d.violations[0]!.message).toBe(
      "The amount CNY 5,000.01 exceeds the per-transaction limit of CNY 5,000.00 (bank's own limit).",
    );
    expect(
      both(
        acc,
        BANK_PRESET,
        [],
        tx('2026-11-22T10:00:00+08:00', '9000.00', 'transfer_out', 'bound'),
      ).allowed,
    ).toBe(true);
  });
  it('count_limit: the 3rd outflow of a day passes, the 4th does not; the next day resets', () => {
    const history = [
      tx('2026-11-22T00:00:00+08:00', '1.00', 'payment'),
      tx('2026-11-22T12:00:00+08:00', '1.00', 'withdraw_cash'),
    ];
    expect(both(acc, BANK_PRESET, history, tx('2026-11-22T23:59:59+08:00', '1.00')).allowed).toBe(
      true,
    );
    const three = [...history, tx('2026-11-22T13:00:00+08:00', '1.00')];
    const d = both(acc, BANK_PRESET, three, tx('2026-11-22T23:59:59+08:00', '1.00'));
    expect(d.violations).toMatchObject([
      {
        code: 'count_limit',
        limitId: 'dailyOutflowCount',
        limit: '3',
        used: '3',
        requested: '1',
        remaining: '0',
        resetsAt: '2026-11-23T00:00:00+08:00',
      },
    ]);
    expect(d.headroom.dailyOutflowCount).toBe('0');
    expect(both(acc, BANK_PRESET, three, tx('2026-11-23T00:00:00+08:00', '1.00')).allowed).toBe(
      true,
    );
  });
  it('monthly_outflow_limit: 15,000 per calendar month; the first second of the next month resets', () => {
    const history = [
      tx('2026-11-02T10:00:00+08:00', '5000.00'),
      tx('2026-11-15T10:00:00+08:00', '5000.00'),
      tx('2026-11-30T10:00:00+08:00', '4000.00'),
    ];
    expect(
      both(acc, BANK_PRESET, history, tx('2026-11-30T23:59:59+08:00', '1000.00')).allowed,
    ).toBe(true);
    const d = both(acc, BANK_PRESET, history, tx('2026-11-30T23:59:59+08:00', '1000.01'));
    expect(d.violations).toMatchObject([
      {
        code: 'monthly_outflow_limit',
        limitId: 'monthlyOutflow',
        used: '14000.00',
        remaining: '1000.00',
        resetsAt: '2026-12-01T00:00:00+08:00',
      },
    ]);
    expect(
      both(acc, BANK_PRESET, history, tx('2026-12-01T00:00:00+08:00', '5000.00')).allowed,
    ).toBe(true);
  });
  it('rolling_inflow_limit: 3,000 over the last 24 hours, (t − 24 h, t]: exactly 24 hours back is outside', () => {
    const history = [
      tx('2026-11-22T10:00:00+08:00', '2000.00', 'transfer_in'),
      tx('2026-11-22T20:00:00+08:00', '1000.00', 'transfer_in'),
    ];
    const d = both(
      acc,
      BANK_PRESET,
      history,
      tx('2026-11-23T09:59:59.999+08:00', '0.01', 'transfer_in'),
    );
    expect(d.violations).toMatchObject([
      {
        code: 'rolling_inflow_limit',
        limitId: 'rollingInflow',
        used: '3000.00',
        remaining: '0.00',
        resetsAt: null,
      },
    ]);
    expect(d.violations[0]!.message).toBe(
      'Inflow limit of CNY 3,000.00 over the last 24 hours would be exceeded: CNY 3,000.00 received, CNY 0.01 incoming, CNY 0.00 remaining.',
    );
    // At 10:00 the 2,000.00 of the day before is exactly 24 hours back: not counted.
    const later = tx('2026-11-23T10:00:00+08:00', '2000.00', 'transfer_in');
    expect(both(acc, BANK_PRESET, history, later).headroom.rollingInflow).toBe('2000.00');
  });
});

describe('reversals', () => {
  const original = tx('2026-11-22T09:00:00+08:00', '6000.00', 'payment', 'other', { id: 'p-1' });
  const refund = tx('2026-11-22T11:00:00+08:00', '2000.00', 'payment', 'other', {
    id: 'r-1',
    reverses: { id: 'p-1', at: '2026-11-22T09:00:00+08:00' },
  });
  it('a refund in the same window gives counted headroom back when the preset says so', () => {
    const d = both(II, PBOC, [original, refund], tx('2026-11-22T12:00:00+08:00', '6000.00'));
    expect(d.allowed).toBe(true);
    expect(d.headroom.dailyOutflow).toBe('6000.00');
    expect(
      codes(both(II, PBOC, [original, refund], tx('2026-11-22T12:00:00+08:00', '6000.01'))),
    ).toEqual(['daily_outflow_limit']);
  });
  it('…and not when the preset says reversals do not restore headroom', () => {
    const d = both(
      II,
      NO_RESTORE_PRESET,
      [original, refund],
      tx('2026-11-22T12:00:00+08:00', '4000.00'),
    );
    expect(d.allowed).toBe(true);
    expect(d.headroom.dailyOutflow).toBe('4000.00');
    expect(
      codes(
        both(II, NO_RESTORE_PRESET, [original, refund], tx('2026-11-22T12:00:00+08:00', '4000.01')),
      ),
    ).toEqual(['daily_outflow_limit']);
  });
  it('a refund on a later day restores the year, not the new day', () => {
    const late = tx('2026-11-23T08:00:00+08:00', '2000.00', 'payment', 'other', {
      id: 'r-2',
      reverses: { id: 'p-1', at: '2026-11-22T09:00:00+08:00' },
    });
    const d = both(II, PBOC, [original, late], tx('2026-11-23T12:00:00+08:00', '1.00'));
    expect(d.headroom.dailyOutflow).toBe('10000.00');
    expect(d.headroom.annualOutflow).toBe('196000.00');
  });
  it('a refund of a transaction older than the usage remembers restores nothing there; the history verifies it', () => {
    const later = tx('2026-11-23T11:00:00+08:00', '2000.00', 'payment', 'other', {
      id: 'r-2',
      reverses: { id: 'p-1', at: '2026-11-22T09:00:00+08:00' },
    });
    const next = tx('2026-11-23T12:00:00+08:00', '1.00');
    const fromUsage = checkTransaction(II, next, usageOf(PBOC, original, later), PBOC);
    expect(fromUsage.headroom.annualOutflow).toBe('194000.00');
    const fromHistory = checkTransactionFromHistory(II, next, [original, later], PBOC);
    expect(fromHistory.headroom.annualOutflow).toBe('196000.00');
  });
  it('the balance effect of a reversal is always the opposite of its kind, and it is checked against the balance cap', () => {
    const d = both(
      { class: 'III', balance: '1900.00' },
      PBOC,
      [],
      tx('2026-11-22T11:00:00+08:00', '100.01', 'payment', 'other', {
        reverses: { id: 'x', at: '2026-11-21T09:00:00+08:00' },
      }),
    );
    expect(d.effect).toBe('credit');
    expect(d.balanceAfter).toBe('2000.01');
    expect(codes(d)).toEqual(['balance_cap']);
  });
  it('a reversal is not refused by flow limits or kind permissions', () => {
    const full = [
      tx('2026-11-22T09:00:00+08:00', '10000.00', 'transfer_in', 'other', { id: 'in-1' }),
    ];
    const back = tx('2026-11-22T10:00:00+08:00', '10000.00', 'transfer_in', 'other', {
      reverses: { id: 'in-1', at: '2026-11-22T09:00:00+08:00' },
    });
    const d = both({ ...II, faceToFaceVerified: false }, PBOC, full, back);
    expect(d).toMatchObject({ allowed: true, effect: 'debit' });
  });
  it('history reversals are validated against their originals', () => {
    const wrongKind = { ...refund, kind: 'transfer_out' as const };
    expect(() =>
      checkTransactionFromHistory(
        II,
        tx('2026-11-22T12:00:00+08:00', '1.00'),
        [original, wrongKind],
        PBOC,
      ),
    ).toThrow(/kind and counterparty/);
    const tooMuch = { ...refund, amount: '6000.01' };
    expect(() =>
      checkTransactionFromHistory(
        II,
        tx('2026-11-22T12:00:00+08:00', '1.00'),
        [original, tooMuch],
        PBOC,
      ),
    ).toThrow(/more than/);
    const wrongAt = { ...refund, reverses: { id: 'p-1', at: '2026-11-22T09:00:01+08:00' } };
    expect(() =>
      checkTransactionFromHistory(
        II,
        tx('2026-11-22T12:00:00+08:00', '1.00'),
        [original, wrongAt],
        PBOC,
      ),
    ).toThrow(/instant/);
  });
});

describe('headroom and upgrade hints', () => {
  it('a Class III payment over the daily cap suggests Class II; nothing suggests splitting', () => {
    const d = both(
      { class: 'III', balance: '2000.00' },
      PBOC,
      [],
      tx('2026-11-22T10:00:00+08:00', '2000.01', 'payment'),
    );
    expect(d.upgrade).toEqual({
      class: 'II',
      rank: 2,
      title: 'Class II account',
      stillBlockedByAccountState: false,
    });
    expect(JSON.stringify(d)).not.toMatch(/split|several|拆分/i);
  });
  it('no higher class allows it: no hint', () => {
    const d = both(
      { class: 'I', balance: '0.00', status: 'closed' },
      PBOC,
      [],
      tx('2026-11-22T10:00:00+08:00', '1.00', 'payment'),
    );
    expect(d.upgrade).toBeNull();
    const t = both(
      { class: 'basic', balance: '0.00' },
      TIERED,
      [],
      tx('2026-11-22T10:00:00+08:00', '1000000.00', 'payment'),
    );
    expect(t.upgrade).toMatchObject({ class: 'advanced' });
  });
  it('the hint can be turned off', () => {
    const d = checkTransaction(
      { class: 'III', balance: '0.00' },
      tx('2026-11-22T10:00:00+08:00', '2000.01', 'payment'),
      createUsage(PBOC),
      PBOC,
      {
        upgradeHint: false,
      },
    );
    expect(d.upgrade).toBeNull();
  });
  it('Class I has no regulatory limits: empty headroom, allowed', () => {
    expect(
      both(
        { class: 'I', balance: '0.00' },
        PBOC,
        [],
        tx('2026-11-22T10:00:00+08:00', '999999999.99'),
      ),
    ).toMatchObject({
      allowed: true,
      headroom: {},
      limits: [],
    });
  });
});

describe('misuse throws AccountPolicyError, the safe twins return it', () => {
  const usage = () => createUsage(PBOC);
  const ok = tx('2026-11-22T10:00:00+08:00', '1.00');
  it.each([
    [{ class: 'IV', balance: '0.00' }, ok, 'invalid_input', ['account', 'class']],
    [{ class: 'II', balance: '1,000' }, ok, 'invalid_amount', ['account', 'balance']],
    [II, { ...ok, amount: 1 as unknown as string }, 'invalid_amount', ['transaction', 'amount']],
    [II, { ...ok, amount: '0.001' }, 'invalid_amount', ['transaction', 'amount']],
    [II, { ...ok, amount: '-1.00' }, 'invalid_amount', ['transaction', 'amount']],
    [II, { ...ok, at: '2026-11-22T10:00:00' }, 'invalid_instant', ['transaction', 'at']],
    [II, { ...ok, at: '2026-02-30T10:00:00+08:00' }, 'invalid_instant', ['transaction', 'at']],
    [II, { ...ok, kind: 'gift' as TransactionKind }, 'invalid_input', ['transaction', 'kind']],
    [
      II,
      { ...ok, counterparty: 'friend' as Counterparty },
      'invalid_input',
      ['transaction', 'counterparty'],
    ],
    [
      II,
      { ...ok, reverses: { id: 'x', at: '2026-11-22T10:00:01+08:00' } },
      'invalid_input',
      ['transaction', 'reverses', 'at'],
    ],
  ] as const)('%j %j → %s', (account, t, code, path) => {
    const r = safeCheckTransaction(account as LimitAccount, t as TransactionInput, usage(), PBOC);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toBeInstanceOf(AccountPolicyError);
      expect(r.error.code).toBe(code);
      expect(r.error.issues[0]!.path).toEqual(path);
    }
  });
  it('history entries are located by index', () => {
    const r = safeCheckTransactionFromHistory(II, ok, [ok, { ...ok, amount: '1e5' }], PBOC);
    expect(!r.ok && r.error.issues[0]!.path).toEqual(['history', 1, 'amount']);
  });
  it('a check before the usage’s current window is refused explicitly (use the history form)', () => {
    const u = recordTransaction(usage(), tx('2026-11-23T00:00:00+08:00', '1.00'));
    expect(() => checkTransaction(II, tx('2026-11-22T23:59:59+08:00', '1.00'), u, PBOC)).toThrow(
      /falls before the usage's current window/,
    );
    // The history form handles late transactions exactly.
    const d = checkTransactionFromHistory(
      II,
      tx('2026-11-22T23:59:59+08:00', '10000.00'),
      [tx('2026-11-23T00:00:00+08:00', '10000.00')],
      PBOC,
    );
    expect(d.allowed).toBe(true);
    expect(d.headroom.annualOutflow).toBe('190000.00');
  });
  it('usage built for another preset is refused', () => {
    expect(() => checkTransaction(II, ok, usage(), BANK_PRESET)).toThrow(
      /has no totals for the "month" window/,
    );
    expect(() => checkTransaction(II, ok, { ...usage(), timeZone: 'UTC' }, PBOC)).toThrow(
      /counts in UTC/,
    );
    expect(() => checkTransaction(II, ok, { ...usage(), version: -1 }, PBOC)).toThrow(/version/);
  });
  it('a tampered usage amount is named by its path', () => {
    const u = recordTransaction(usage(), tx('2026-11-22T09:00:00+08:00', '1.00'));
    const bad = {
      ...u,
      windows: {
        ...u.windows,
        day: {
          ...u.windows.day!,
          flows: { 'transfer_out:other': { amount: '1e3', count: 1, reversed: '0.00' } },
        },
      },
    } as Usage;
    const r = safeCheckTransaction(II, ok, bad, PBOC);
    expect(!r.ok && r.error.issues[0]!.path).toEqual([
      'usage',
      'windows',
      'day',
      'flows',
      'transfer_out:other',
      'amount',
    ]);
  });
  it('the same id in history with other content is a conflict; with the same content it is the transaction itself', () => {
    const mine = { ...ok, id: 't-1' };
    expect(checkTransactionFromHistory(II, mine, [mine, mine], PBOC).headroom.dailyOutflow).toBe(
      '10000.00',
    );
    const r = safeCheckTransactionFromHistory(II, mine, [{ ...mine, amount: '2.00' }], PBOC);
    expect(!r.ok && r.error.code).toBe('conflicting_transaction');
    const dup = safeCheckTransactionFromHistory(II, ok, [mine, { ...mine, amount: '2.00' }], PBOC);
    expect(!dup.ok && dup.error.code).toBe('conflicting_transaction');
  });
});
