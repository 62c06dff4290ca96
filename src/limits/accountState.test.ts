/*
 * account_state violations as the limit engine reports them (issue 6): every state reason of the
 * lifecycle module becomes one violation per refused operation, with its facts, the preset rule
 * behind it (RULES.md §3), the source (key and citable reference) and the message in both
 * languages; the amount-scope freeze is checked against the balance the debit leaves.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { accountPermissions } from '../lifecycle/accountPermissions';
import type { AccountStateView } from '../lifecycle/types';
import { minorUnits } from '../money/amountMinor';
import { AccountPolicyError } from '../errors';
import { derivePreset, getPreset, listPresets } from '../presets';
import { sourceRef } from '../presets/citeSources';
import type { Preset } from '../presets/types/preset';
import {
  checkTransaction,
  createUsage,
  type CheckOptions,
  type LimitAccount,
  type TransactionInput,
} from '.';

const PBOC = getPreset('cn-pboc-2018');
const AT = '2026-11-22T10:00:00+08:00';
const EN = 'The account cannot make this transaction now: ';
const ZH = '账户当前不能办理此交易：';

/** A payment (a debit) at the counter, so only debit reasons apply. */
const PAYMENT: TransactionInput = {
  at: AT,
  amount: '10.00',
  kind: 'payment',
  counterparty: 'other',
  channel: 'counter',
};
/** A transfer in from the bound account at the counter: a credit that no limit counts. */
const CREDIT: TransactionInput = {
  at: AT,
  amount: '10.00',
  kind: 'transfer_in',
  counterparty: 'bound',
  channel: 'counter',
};

function check(
  account: LimitAccount,
  transaction: TransactionInput,
  options: CheckOptions = {},
  preset: Preset = PBOC,
) {
  return checkTransaction(account, transaction, createUsage(preset), preset, options);
}

const JUDICIAL_ALL = {
  id: 'F-1',
  kind: 'judicial',
  scope: 'all',
  from: '2026-11-01T00:00:00+08:00',
  authority: 'court',
} as const;

describe('account_state: one violation per refused operation, with rule, source and messages', () => {
  it('a judicial freeze on everything: the debit and the credit are refused with the freeze facts', () => {
    const account: LimitAccount = { class: 'II', balance: '5000.00', freezes: [JUDICIAL_ALL] };
    const expected = (operation: 'debit' | 'credit', message: string) => ({
      code: 'account_state',
      operation,
      reason: 'account_frozen',
      details: {
        freezeId: 'F-1',
        freezeKind: 'judicial',
        scope: 'all',
        since: '2026-11-01T00:00:00+08:00',
      },
      rule: 'lifecycle.freezes.judicial',
      source: '法释〔2015〕5号 第四百八十七条',
      sourceKey: 'cn-civil-procedure-freeze',
      message,
    });
    const debit = check(account, PAYMENT);
    expect(debit.allowed).toBe(false);
    expect(debit.violations).toStrictEqual([
      expected('debit', `${EN}The account has an active freeze (Judicial freeze, F-1).`),
    ]);
    expect(check(account, CREDIT).violations).toStrictEqual([
      expected('credit', `${EN}The account has an active freeze (Judicial freeze, F-1).`),
    ]);
    expect(check(account, CREDIT, { lang: 'zh-CN' }).violations).toStrictEqual([
      expected('credit', `${ZH}账户存在有效冻结（司法冻结，F-1）。`),
    ]);
  });

  it('a loss report refuses debits, and non-counter business too when no counter channel is named', () => {
    const account: LimitAccount = {
      class: 'II',
      balance: '5000.00',
      lossReport: { at: '2026-11-20T10:00:00+08:00', channel: 'phone' },
    };
    // Valid 15 days (RULES.md §3): from the 20th to the 5th of December.
    const expected = (operation: 'debit' | 'non_counter', message: string) => ({
      code: 'account_state',
      operation,
      reason: 'loss_reported',
      details: { since: '2026-11-20T10:00:00+08:00', until: '2026-12-05T10:00:00+08:00' },
      rule: 'lifecycle.lossReport',
      source: '《银行个人账户培训》 (bank training course)',
      sourceKey: 'bank-training-course',
      message,
    });
    const en = `${EN}The account is reported lost (since 2026-11-20T10:00:00+08:00).`;
    const zh = `${ZH}账户已挂失（自2026-11-20T10:00:00+08:00起）。`;
    expect(check(account, PAYMENT).violations).toStrictEqual([expected('debit', en)]);
    const { channel: _, ...noChannel } = PAYMENT;
    expect(check(account, noChannel).violations).toStrictEqual([
      expected('debit', en),
      expected('non_counter', en),
    ]);
    expect(check(account, noChannel, { lang: 'zh-CN' }).violations).toStrictEqual([
      expected('debit', zh),
      expected('non_counter', zh),
    ]);
    expect(check(account, CREDIT).allowed).toBe(true);
  });

  it('a dormant account refuses debits until reactivated; credits still land', () => {
    const account: LimitAccount = {
      class: 'II',
      balance: '5000.00',
      status: 'dormant',
      dormantSince: '2026-01-01T00:00:00+08:00',
    };
    const expected = (message: string) => ({
      code: 'account_state',
      operation: 'debit',
      reason: 'account_dormant',
      details: { status: 'dormant', since: '2026-01-01T00:00:00+08:00' },
      rule: 'lifecycle.dormancy',
      source: '《银行个人账户培训》 (bank training course)',
      sourceKey: 'bank-training-course',
      message,
    });
    expect(check(account, PAYMENT).violations).toStrictEqual([
      expected(
        `${EN}The account has been dormant since 2026-01-01T00:00:00+08:00; it must be reactivated with identity verification first.`,
      ),
    ]);
    expect(check(account, PAYMENT, { lang: 'zh-CN' }).violations).toStrictEqual([
      expected(`${ZH}账户自2026-01-01T00:00:00+08:00起为久悬（睡眠）账户，须先核实身份并激活。`),
    ]);
    expect(check(account, CREDIT).allowed).toBe(true);
  });

  it('a receive-only restriction on the person refuses debits, cited to 银发〔2019〕85号', () => {
    const account: LimitAccount = {
      class: 'II',
      balance: '5000.00',
      restrictions: [
        {
          id: 'R-1',
          kind: 'receive_only',
          from: '2026-01-01T00:00:00+08:00',
          until: '2027-01-01T00:00:00+08:00',
          reason: 'account_selling',
        },
      ],
    };
    const expected = (message: string) => ({
      code: 'account_state',
      operation: 'debit',
      reason: 'person_restricted',
      details: {
        restrictionId: 'R-1',
        restrictionKind: 'receive_only',
        since: '2026-01-01T00:00:00+08:00',
        until: '2027-01-01T00:00:00+08:00',
      },
      rule: 'lifecycle.restrictions',
      source: '银发〔2019〕85号',
      sourceKey: 'pboc-2019-85',
      message,
    });
    expect(check(account, PAYMENT).violations).toStrictEqual([
      expected(
        `${EN}The account holder is under a restriction (receive only) until 2027-01-01T00:00:00+08:00.`,
      ),
    ]);
    expect(check(account, PAYMENT, { lang: 'zh-CN' }).violations).toStrictEqual([
      expected(`${ZH}账户持有人受限制（只收不付），至2027-01-01T00:00:00+08:00止。`),
    ]);
    expect(check(account, CREDIT).allowed).toBe(true);
  });

  it('identity re-verification suspends non-counter business only (银发〔2016〕261号)', () => {
    const account: LimitAccount = {
      class: 'II',
      balance: '5000.00',
      identityReverificationRequired: true,
    };
    const expected = (message: string) => ({
      code: 'account_state',
      operation: 'non_counter',
      reason: 'identity_reverification_required',
      details: {},
      rule: 'lifecycle.newAccountInactivity',
      source: '银发〔2016〕261号',
      sourceKey: 'pboc-2016-261',
      message,
    });
    const mobile: TransactionInput = { ...PAYMENT, channel: 'mobile' };
    expect(check(account, mobile).violations).toStrictEqual([
      expected(
        `${EN}Non-counter business is suspended until the holder’s identity is re-verified (no transaction within the period after opening, or identity doubts).`,
      ),
    ]);
    expect(check(account, mobile, { lang: 'zh-CN' }).violations).toStrictEqual([
      expected(
        `${ZH}非柜面业务已暂停，须重新核实持有人身份后恢复（开户后规定期限内无交易，或身份存疑）。`,
      ),
    ]);
    expect(check(account, PAYMENT).allowed).toBe(true);
  });

  it('a closed account refuses credits as well, citing the closure rule’s source', () => {
    const account: LimitAccount = { class: 'II', balance: '0.00', status: 'closed' };
    const expected = (message: string) => ({
      code: 'account_state',
      operation: 'credit',
      reason: 'account_closed',
      details: { status: 'closed' },
      rule: 'lifecycle.closure',
      source: '《银行个人账户培训》 (bank training course)',
      sourceKey: 'bank-training-course',
      message,
    });
    expect(check(account, CREDIT).violations).toStrictEqual([
      expected(`${EN}The account is closed.`),
    ]);
    expect(check(account, CREDIT, { lang: 'zh-CN' }).violations).toStrictEqual([
      expected(`${ZH}账户已销户。`),
    ]);
  });

  it('an account not activated yet is refused under the account status rule', () => {
    const account: LimitAccount = { class: 'II', balance: '0.00', status: 'pending' };
    expect(check(account, CREDIT).violations).toStrictEqual([
      {
        code: 'account_state',
        operation: 'credit',
        reason: 'account_not_activated',
        details: { status: 'pending' },
        rule: 'account.status',
        source: '《银行个人账户培训》 (bank training course)',
        sourceKey: 'bank-training-course',
        message: `${EN}The account has not been activated yet.`,
      },
    ]);
    expect(check(account, CREDIT, { lang: 'zh-CN' }).violations[0]!.message).toBe(
      `${ZH}账户尚未激活。`,
    );
  });
});

describe('account_state: the amount-scope freeze', () => {
  const freeze = (amount: string) => ({
    id: 'J-2',
    kind: 'judicial' as const,
    scope: 'amount' as const,
    amount,
    from: '2026-11-01T00:00:00+08:00',
    authority: 'court',
  });

  it('a frozen amount below one yuan still binds: leaving 0.50 passes, 0.49 does not', () => {
    const account: LimitAccount = { class: 'II', balance: '100.00', freezes: [freeze('0.50')] };
    expect(check(account, { ...PAYMENT, amount: '99.50' }).allowed).toBe(true);
    const d = check(account, { ...PAYMENT, amount: '99.51' });
    const expected = (message: string) => ({
      code: 'account_state',
      operation: 'frozen_amount',
      reason: 'frozen_amount',
      details: {},
      frozenAmount: '0.50',
      balanceAfter: '0.49',
      rule: 'lifecycle.freezes.judicial',
      source: '法释〔2015〕5号 第四百八十七条',
      sourceKey: 'cn-civil-procedure-freeze',
      message,
    });
    expect(d.violations).toStrictEqual([
      expected(`${EN}an amount of CNY 0.50 is frozen and the debit would leave CNY 0.49.`),
    ]);
    expect(
      check(account, { ...PAYMENT, amount: '99.51' }, { lang: 'zh-CN' }).violations,
    ).toStrictEqual([expected(`${ZH}账户有0.50 元被冻结，本次支出后余额将为0.49 元。`)]);
  });

  it('the rule cited is that of the account’s own freeze kind, the first in force', () => {
    const at = (kind: 'risk' | 'voluntary' | 'judicial', from: string, amount = '30.00') => ({
      ...freeze(amount),
      id: `${kind}-1`,
      kind,
      from,
    });
    const violation = (account: LimitAccount) =>
      check(account, { ...PAYMENT, amount: '50.01' }).violations.map((v) => ({
        rule: (v as { rule: string }).rule,
        source: (v as { source: string }).source,
        sourceKey: (v as { sourceKey: string }).sourceKey,
        frozenAmount: (v as { frozenAmount?: string }).frozenAmount,
      }));
    const pboc = getPreset('cn-pboc-2018');
    const cited = (kind: 'risk' | 'voluntary' | 'judicial') => {
      const key = pboc.lifecycle.freezes[kind].source;
      return {
        rule: `lifecycle.freezes.${kind}`,
        source: sourceRef(pboc, key),
        sourceKey: key,
      };
    };
    // A risk freeze of 50.00 alone: its own rule, not the judicial one listed first in the preset.
    expect(
      violation({
        class: 'II',
        balance: '100.00',
        freezes: [at('risk', '2026-11-01T00:00:00+08:00', '50.00')],
      }),
    ).toStrictEqual([{ ...cited('risk'), frozenAmount: '50.00' }]);
    // A credit freeze (no amount), a voluntary amount freeze not yet in force, then a risk and a
    // judicial amount freeze in force: 60.00 frozen, the risk freeze (the first in force) cited.
    expect(
      violation({
        class: 'II',
        balance: '100.00',
        freezes: [
          {
            id: 'credit-1',
            kind: 'judicial' as const,
            scope: 'credit' as const,
            from: '2026-11-01T00:00:00+08:00',
          },
          at('voluntary', '2026-12-01T00:00:00+08:00'),
          at('risk', '2026-11-01T00:00:00+08:00'),
          at('judicial', '2026-11-02T00:00:00+08:00'),
        ],
      }),
    ).toStrictEqual([{ ...cited('risk'), frozenAmount: '60.00' }]);
  });

  it('a kind the preset no longer allows amount freezes for is still cited under its own rule', () => {
    const base = getPreset('cn-pboc-2018');
    const freezes = base.lifecycle.freezes;
    const noAmountScope = derivePreset(base, {
      id: 'test-no-amount-freeze',
      lifecycle: {
        freezes: {
          judicial: { scopes: ['all'] },
          risk: { scopes: ['all', 'debit', 'credit'] },
          voluntary: { scopes: ['all', 'debit', 'credit'] },
          compliance: { scopes: freezes.compliance.scopes },
          system: { scopes: freezes.system.scopes },
        },
      },
    });
    const account: LimitAccount = { class: 'II', balance: '100.00', freezes: [freeze('50.00')] };
    const d = check(account, { ...PAYMENT, amount: '50.01' }, {}, noAmountScope);
    expect(d.violations).toStrictEqual([
      {
        code: 'account_state',
        operation: 'frozen_amount',
        reason: 'frozen_amount',
        details: {},
        frozenAmount: '50.00',
        balanceAfter: '49.99',
        rule: 'lifecycle.freezes.judicial',
        source: '法释〔2015〕5号 第四百八十七条',
        sourceKey: 'cn-civil-procedure-freeze',
        message: `${EN}an amount of CNY 50.00 is frozen and the debit would leave CNY 49.99.`,
      },
    ]);
  });

  it('a frozen amount with more decimals than the preset currency has is refused at account.freezes', () => {
    const account: LimitAccount = {
      class: 'II',
      balance: '100.00',
      currency: 'KWD',
      freezes: [freeze('1.500')],
    };
    let thrown: unknown;
    try {
      check(account, PAYMENT);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AccountPolicyError);
    const e = thrown as AccountPolicyError;
    expect(e.code).toBe('invalid_amount');
    expect(e.issues[0]!.path).toStrictEqual(['account', 'freezes']);
    expect(e.message).toMatch(/^Invalid amount at account\.freezes: /);
  });

  it('in a currency without decimals, an overdraft with nothing frozen is no frozen-amount violation', () => {
    // cn-pboc-2018 with every amount in yen (whole numbers): the same rules in a currency whose
    // zero is written "0".
    const yen = JSON.parse(JSON.stringify(getPreset('cn-pboc-2018')), (key, value: unknown) => {
      if (key === 'id' && value === 'cn-pboc-2018') return 'test-jpy';
      if (key === 'currency' && value === 'CNY') return 'JPY';
      if (key === 'amount' && typeof value === 'string') return value.replace(/\.\d+$/, '');
      return value;
    }) as Preset;
    const d = check({ class: 'I', balance: '100' }, { ...PAYMENT, amount: '150' }, {}, yen);
    expect(d).toMatchObject({ allowed: true, violations: [], balanceAfter: '-50' });
  });
});

describe('account_state: an account that gives no lifecycle state (the fast path)', () => {
  // accountStateViolations skips accountPermissions when the account has none of the lifecycle's
  // fields; this holds that shortcut to what accountPermissions says of the view it would build.
  const empty = {
    status: 'normal',
    freezes: undefined,
    lossReport: undefined,
    restrictions: undefined,
    openedAt: undefined,
    lastActiveAt: undefined,
    activatedAt: undefined,
    reactivatedAt: undefined,
    dormantSince: undefined,
    identityReverificationRequired: undefined,
    identityReverifiedAt: undefined,
    currency: undefined,
  } as unknown as AccountStateView;
  test.prop(
    [
      fc.constantFrom(...listPresets()),
      fc.date({
        min: new Date('1990-01-01T00:00:00Z'),
        max: new Date('2100-01-01T00:00:00Z'),
        noInvalidDate: true,
      }),
      fc.constantFrom('en', 'zh-CN' as const),
    ],
    { numRuns: 300 },
  )('accountPermissions permits everything and freezes nothing for it', (preset, at, lang) => {
    const p = accountPermissions(empty, at.toISOString(), preset, { lang });
    expect([p.debit.allowed, p.credit.allowed, p.nonCounter.allowed]).toEqual([true, true, true]);
    expect(minorUnits(p.frozenAmount, 3)).toBe(0n);
  });

  it('a state field, even one alone, takes the full path', () => {
    const closed = checkTransaction(
      { class: 'II', balance: '100.00', status: 'closed' },
      PAYMENT,
      createUsage(PBOC),
      PBOC,
    );
    expect(closed.violations.map((v) => v.code)).toContain('account_state');
    const frozen = checkTransaction(
      {
        class: 'II',
        balance: '100.00',
        freezes: [{ id: 'F', kind: 'judicial', scope: 'debit', from: '2026-01-01T00:00:00+08:00' }],
      },
      PAYMENT,
      createUsage(PBOC),
      PBOC,
    );
    expect(frozen.violations.map((v) => v.code)).toContain('account_state');
  });
});
