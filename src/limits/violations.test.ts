/*
 * Every kind of limit and permission violation, whole (issue 6): code, limit id, layer, limit,
 * used, requested, remaining, reset instant, rule path, source (reference and key) and the message
 * in English and Simplified Chinese, as the CLI contract and the message catalog word them; and the
 * status of every kind of limit in the headroom.
 */
import { describe, expect, it } from 'vitest';
import { BANK_PRESET } from '../../test/fixtures/limitPresets';
import { derivePreset, getPreset } from '../presets';
import type { Preset } from '../presets/types/preset';
import type { Counterparty, TransactionKind } from '../presets/types/common';
import {
  checkTransactionFromHistory,
  getHeadroom,
  usageFromHistory,
  type LimitAccount,
  type TransactionInput,
} from '.';

const PBOC = getPreset('cn-pboc-2018');

/**
 * A fresh copy of a preset, made inside a test: the engine compiles each preset object once, so
 * a copy makes the test exercise the compilation too.
 */
function fresh(preset: Preset): Preset {
  return JSON.parse(JSON.stringify(preset)) as Preset;
}
const II: LimitAccount = { class: 'II', balance: '100000.00', faceToFaceVerified: true };
const BANK_SOURCE = { source: 'TB-LIM-1', sourceKey: 'test-bank-policy' };
const PBOC_2018_SOURCE = { source: '银发〔2018〕16号', sourceKey: 'pboc-2018-16' };
const PBOC_302_SOURCE = { source: '银发〔2016〕302号', sourceKey: 'pboc-2016-302' };

function tx(
  at: string,
  amount: string,
  kind: TransactionKind = 'transfer_out',
  counterparty: Counterparty = 'other',
): TransactionInput {
  return { at, amount, kind, counterparty };
}

/** The violations of a check in both languages (no upgrade hint). */
function violations(
  account: LimitAccount,
  preset: Preset,
  history: TransactionInput[],
  t: TransactionInput,
) {
  const check = (lang: 'en' | 'zh-CN') =>
    checkTransactionFromHistory(account, t, history, preset, { lang, upgradeHint: false })
      .violations;
  return { en: check('en'), zh: check('zh-CN') };
}

describe('limit violations, whole, in both languages', () => {
  it('per_transaction_limit (bank layer): nothing is "used" by a single-transaction cap', () => {
    const v = violations(II, fresh(BANK_PRESET), [], tx('2026-11-22T10:00:00+08:00', '5000.01'));
    const expected = (message: string) => ({
      code: 'per_transaction_limit',
      limitId: 'singleOutflow',
      layer: 'bank',
      limit: '5000.00',
      used: '0.00',
      requested: '5000.01',
      remaining: '5000.00',
      resetsAt: null,
      rule: 'classes.II.limits.singleOutflow',
      ...BANK_SOURCE,
      message,
    });
    expect(v.en).toStrictEqual([
      expected(
        "The amount CNY 5,000.01 exceeds the per-transaction limit of CNY 5,000.00 (bank's own limit).",
      ),
    ]);
    expect(v.zh).toStrictEqual([
      expected('金额5,000.01 元超过单笔限额5,000.00 元（银行自定限额）。'),
    ]);
  });

  it('per_transaction_limit (regulatory layer) says so', () => {
    const preset = derivePreset(getPreset('cn-pboc-2018'), {
      id: 'test-regulatory-single',
      classes: {
        III: {
          limits: {
            singlePayment: {
              type: 'per_transaction',
              direction: 'outflow',
              limit: { amount: '500.00', currency: 'CNY' },
              layer: 'regulatory',
              source: 'pboc-2018-16',
            },
          },
        },
      },
    });
    const v = violations(
      { class: 'III', balance: '1000.00' },
      preset,
      [],
      tx('2026-11-22T10:00:00+08:00', '500.01', 'payment'),
    );
    const expected = (message: string) => ({
      code: 'per_transaction_limit',
      limitId: 'singlePayment',
      layer: 'regulatory',
      limit: '500.00',
      used: '0.00',
      requested: '500.01',
      remaining: '500.00',
      resetsAt: null,
      rule: 'classes.III.limits.singlePayment',
      ...PBOC_2018_SOURCE,
      message,
    });
    expect(v.en).toStrictEqual([
      expected(
        'The amount CNY 500.01 exceeds the per-transaction limit of CNY 500.00 (regulatory limit).',
      ),
    ]);
    expect(v.zh).toStrictEqual([expected('金额500.01 元超过单笔限额500.00 元（监管限额）。')]);
  });

  it('count_limit: counts are whole numbers, one transaction requested', () => {
    const history = [
      tx('2026-11-22T08:00:00+08:00', '1.00', 'payment'),
      tx('2026-11-22T09:00:00+08:00', '1.00', 'withdraw_cash'),
      tx('2026-11-22T09:30:00+08:00', '1.00'),
    ];
    const v = violations(II, fresh(BANK_PRESET), history, tx('2026-11-22T23:59:59+08:00', '1.00'));
    const expected = (message: string) => ({
      code: 'count_limit',
      limitId: 'dailyOutflowCount',
      layer: 'bank',
      limit: '3',
      used: '3',
      requested: '1',
      remaining: '0',
      resetsAt: '2026-11-23T00:00:00+08:00',
      rule: 'classes.II.limits.dailyOutflowCount',
      ...BANK_SOURCE,
      message,
    });
    expect(v.en).toStrictEqual([
      expected('At most 3 such transactions are allowed in this period; 3 already made.'),
    ]);
    expect(v.zh).toStrictEqual([expected('本期间内此类交易最多3笔，已发生3笔。')]);
  });

  it('monthly_outflow_limit: the last second of November still counts November', () => {
    const history = [
      tx('2026-11-02T10:00:00+08:00', '5000.00'),
      tx('2026-11-15T10:00:00+08:00', '5000.00'),
      tx('2026-11-30T10:00:00+08:00', '4000.00'),
    ];
    const v = violations(
      II,
      fresh(BANK_PRESET),
      history,
      tx('2026-11-30T23:59:59+08:00', '1000.01'),
    );
    const expected = (message: string) => ({
      code: 'monthly_outflow_limit',
      limitId: 'monthlyOutflow',
      layer: 'bank',
      limit: '15000.00',
      used: '14000.00',
      requested: '1000.01',
      remaining: '1000.00',
      resetsAt: '2026-12-01T00:00:00+08:00',
      rule: 'classes.II.limits.monthlyOutflow',
      ...BANK_SOURCE,
      message,
    });
    expect(v.en).toStrictEqual([
      expected(
        'Monthly outflow limit of CNY 15,000.00 would be exceeded: CNY 14,000.00 already used this month, CNY 1,000.01 requested, CNY 1,000.00 remaining until 2026-12-01T00:00:00+08:00.',
      ),
    ]);
    expect(v.zh).toStrictEqual([
      expected(
        '将超过月累计支出限额15,000.00 元：本月已用14,000.00 元，本次1,000.01 元，剩余1,000.00 元，于2026-12-01T00:00:00+08:00重置。',
      ),
    ]);
  });

  it('rolling_inflow_limit: no reset instant, the period in words', () => {
    const history = [
      tx('2026-11-22T10:00:00+08:00', '2000.00', 'transfer_in'),
      tx('2026-11-22T20:00:00+08:00', '1000.00', 'transfer_in'),
    ];
    const v = violations(
      II,
      fresh(BANK_PRESET),
      history,
      tx('2026-11-23T09:00:00+08:00', '0.01', 'transfer_in'),
    );
    const expected = (message: string) => ({
      code: 'rolling_inflow_limit',
      limitId: 'rollingInflow',
      layer: 'bank',
      limit: '3000.00',
      used: '3000.00',
      requested: '0.01',
      remaining: '0.00',
      resetsAt: null,
      rule: 'classes.II.limits.rollingInflow',
      ...BANK_SOURCE,
      message,
    });
    expect(v.en).toStrictEqual([
      expected(
        'Inflow limit of CNY 3,000.00 over the last 24 hours would be exceeded: CNY 3,000.00 received, CNY 0.01 incoming, CNY 0.00 remaining.',
      ),
    ]);
    expect(v.zh).toStrictEqual([
      expected(
        '将超过最近24小时内的收入限额3,000.00 元：已收3,000.00 元，本次0.01 元，剩余0.00 元。',
      ),
    ]);
  });

  it('daily_inflow_limit and annual_inflow_limit (regulatory): 10,000 a day, 200,000 a year', () => {
    const history = [
      tx('2026-03-01T10:00:00+08:00', '191000.00', 'transfer_in'),
      tx('2026-11-22T09:00:00+08:00', '9000.00', 'transfer_in'),
    ];
    const v = violations(
      II,
      fresh(PBOC),
      history,
      tx('2026-11-22T10:00:00+08:00', '1000.01', 'transfer_in'),
    );
    expect(v.en).toStrictEqual([
      {
        code: 'daily_inflow_limit',
        limitId: 'dailyInflow',
        layer: 'regulatory',
        limit: '10000.00',
        used: '9000.00',
        requested: '1000.01',
        remaining: '1000.00',
        resetsAt: '2026-11-23T00:00:00+08:00',
        rule: 'classes.II.limits.dailyInflow',
        ...PBOC_302_SOURCE,
        message:
          'Daily inflow limit of CNY 10,000.00 would be exceeded: CNY 9,000.00 already received today, CNY 1,000.01 incoming, CNY 1,000.00 remaining until 2026-11-23T00:00:00+08:00.',
      },
      {
        code: 'annual_inflow_limit',
        limitId: 'annualInflow',
        layer: 'regulatory',
        limit: '200000.00',
        used: '200000.00',
        requested: '1000.01',
        remaining: '0.00',
        resetsAt: '2027-01-01T00:00:00+08:00',
        rule: 'classes.II.limits.annualInflow',
        ...PBOC_302_SOURCE,
        message:
          'Annual inflow limit of CNY 200,000.00 would be exceeded: CNY 200,000.00 already received this year, CNY 1,000.01 incoming, CNY 0.00 remaining until 2027-01-01T00:00:00+08:00.',
      },
    ]);
    expect(v.zh.map((x) => x.message)).toStrictEqual([
      '将超过日累计收入限额10,000.00 元：今日已收9,000.00 元，本次1,000.01 元，剩余1,000.00 元，于2026-11-23T00:00:00+08:00重置。',
      '将超过年累计收入限额200,000.00 元：本年已收200,000.00 元，本次1,000.01 元，剩余0.00 元，于2027-01-01T00:00:00+08:00重置。',
    ]);
  });
});

describe('kind_not_permitted, whole, in both languages', () => {
  it('Class II cash before face-to-face verification: the unmet condition is named', () => {
    const v = violations(
      { class: 'II', balance: '0.00' },
      fresh(PBOC),
      [],
      tx('2026-11-22T10:00:00+08:00', '100.00', 'deposit_cash'),
    );
    const expected = (message: string) => ({
      code: 'kind_not_permitted',
      kind: 'deposit_cash',
      counterparty: 'other',
      class: 'II',
      why: 'conditions',
      unmet: ['face_to_face_verified'],
      rule: 'classes.II.permissions.0',
      ...PBOC_302_SOURCE,
      message,
    });
    expect(v.en).toStrictEqual([
      expected(
        "A Class II account does not allow this transaction (cash deposit): only after the holder's identity has been confirmed face to face.",
      ),
    ]);
    expect(v.zh).toStrictEqual([
      expected('Ⅱ类户不允许办理此类交易（现金存入）：须经面对面核实身份后方可办理。'),
    ]);
  });

  it('Class III cash withdrawal: never allowed, cited to 银发〔2015〕392号', () => {
    const v = violations(
      { class: 'III', balance: '500.00' },
      fresh(PBOC),
      [],
      tx('2026-11-22T10:00:00+08:00', '100.00', 'withdraw_cash'),
    );
    const expected = (message: string) => ({
      code: 'kind_not_permitted',
      kind: 'withdraw_cash',
      counterparty: 'other',
      class: 'III',
      why: 'forbidden',
      unmet: [],
      rule: 'classes.III.permissions.0',
      source: '银发〔2015〕392号',
      sourceKey: 'pboc-2015-392',
      message,
    });
    expect(v.en).toStrictEqual([
      expected(
        'A Class III account does not allow this transaction (cash withdrawal): this class or tier never allows it.',
      ),
    ]);
    expect(v.zh).toStrictEqual([
      expected('Ⅲ类户不允许办理此类交易（现金支取）：该类别或层级不允许办理此类交易。'),
    ]);
  });
});

describe('the status of every kind of limit', () => {
  it('per-transaction and count limits in the bank preset’s headroom', () => {
    const usage = usageFromHistory(
      fresh(BANK_PRESET),
      [tx('2026-11-22T09:00:00+08:00', '1200.00')],
      '2026-11-22T10:00:00+08:00',
    );
    const h = getHeadroom(II, usage, fresh(BANK_PRESET), '2026-11-22T10:00:00+08:00');
    const byId = Object.fromEntries(h.limits.map((l) => [l.id, l]));
    expect(byId.singleOutflow).toStrictEqual({
      id: 'singleOutflow',
      type: 'per_transaction',
      layer: 'bank',
      direction: 'outflow',
      limit: '5000.00',
      used: '0.00',
      remaining: '5000.00',
      resetsAt: null,
      rule: 'classes.II.limits.singleOutflow',
      ...BANK_SOURCE,
    });
    expect(byId.dailyOutflowCount).toStrictEqual({
      id: 'dailyOutflowCount',
      type: 'window_count',
      layer: 'bank',
      direction: 'outflow',
      window: 'day',
      limit: '3',
      used: '1',
      remaining: '2',
      resetsAt: '2026-11-23T00:00:00+08:00',
      rule: 'classes.II.limits.dailyOutflowCount',
      ...BANK_SOURCE,
    });
    expect(byId.monthlyOutflow).toMatchObject({
      window: 'month',
      used: '1200.00',
      remaining: '13800.00',
      resetsAt: '2026-12-01T00:00:00+08:00',
    });
  });

  it('used amounts are read per direction: inflows for inflow limits, outflows for outflow limits', () => {
    const preset = fresh(PBOC);
    const usage = usageFromHistory(
      preset,
      [
        tx('2026-11-22T09:00:00+08:00', '100.00', 'transfer_in'),
        tx('2026-11-22T09:30:00+08:00', '1200.00'),
      ],
      '2026-11-22T10:00:00+08:00',
    );
    const h = getHeadroom(II, usage, preset, '2026-11-22T10:00:00+08:00');
    expect(h.limits.map((l) => [l.id, l.used, l.remaining])).toStrictEqual([
      ['dailyInflow', '100.00', '9900.00'],
      ['annualInflow', '100.00', '199900.00'],
      ['dailyOutflow', '1200.00', '8800.00'],
      ['annualOutflow', '1200.00', '198800.00'],
    ]);
  });

  it('several counted buckets add up per direction', () => {
    const preset = fresh(PBOC);
    const usage = usageFromHistory(
      preset,
      [
        tx('2026-11-22T08:00:00+08:00', '100.00', 'transfer_in'),
        tx('2026-11-22T08:30:00+08:00', '50.00', 'deposit_cash'),
        tx('2026-11-22T09:00:00+08:00', '1200.00'),
        tx('2026-11-22T09:30:00+08:00', '300.00', 'withdraw_cash'),
        tx('2026-11-22T09:45:00+08:00', '25.00', 'payment'),
      ],
      '2026-11-22T10:00:00+08:00',
    );
    const h = getHeadroom(II, usage, preset, '2026-11-22T10:00:00+08:00');
    expect(h.limits.map((l) => [l.id, l.used, l.remaining])).toStrictEqual([
      ['dailyInflow', '150.00', '9850.00'],
      ['annualInflow', '150.00', '199850.00'],
      ['dailyOutflow', '1525.00', '8475.00'],
      ['annualOutflow', '1525.00', '198475.00'],
    ]);
  });

  it('the balance cap in Class III’s headroom: the balance is what is used', () => {
    const h = getHeadroom(
      { class: 'III', balance: '1500.50' },
      usageFromHistory(fresh(PBOC), []),
      fresh(PBOC),
      '2026-11-22T10:00:00+08:00',
    );
    expect(h.limits[0]).toStrictEqual({
      id: 'balance',
      type: 'balance_cap',
      layer: 'regulatory',
      limit: '2000.00',
      used: '1500.50',
      remaining: '499.50',
      resetsAt: null,
      rule: 'classes.III.limits.balance',
      ...PBOC_2018_SOURCE,
    });
    expect(h.headroom).toStrictEqual({
      balance: '499.50',
      dailyOutflow: '2000.00',
      annualOutflow: '50000.00',
    });
  });
});
