/**
 * What each accepted event does, whole: the new account (every field) and every effect, with the
 * customer notices in English and in Simplified Chinese. Expected values come from
 * docs/lifecycle.md, the shipped PBOC lifecycle rules and the message catalog.
 */
import { describe, expect, it } from 'vitest';
import { isAccountPolicyError, type AccountPolicyError } from '../errors';
import { getPreset } from '../presets';
import type { LifecycleEffect, NoticeTopic, NotifyCustomerEffect } from './effects';
import type { LifecycleEvent } from './events';
import { ACCOUNTS, T0 } from './fixtures.testkit';
import { safeTransition, transition } from './transition';
import type { AccountState, AccountStateInput, Freeze } from './types';

const preset = getPreset('cn-pboc-2018');
const normal = ACCOUNTS.normal;
const BANK_TRAINING = {
  source: '《银行个人账户培训》 (bank training course)',
  sourceKey: 'bank-training-course',
};

const notice = (topic: NoticeTopic, message: string): NotifyCustomerEffect => ({
  type: 'notify_customer',
  topic,
  message,
});

/**
 * Asserts the accepted outcome in English (`account` and `effects`, whole) and in Simplified
 * Chinese (the same, with the notices' messages `zh`, in order).
 */
function expectAccepted(
  account: AccountStateInput,
  event: LifecycleEvent,
  expected: { account: AccountState; effects: readonly LifecycleEffect[] },
  zh: readonly string[],
): void {
  const en = transition(account, event, preset);
  expect(en).toStrictEqual({ ok: true, ...expected });
  let i = 0;
  const zhEffects = expected.effects.map((e) =>
    e.type === 'notify_customer' ? { ...e, message: zh[i++] } : e,
  );
  expect(i).toBe(zh.length);
  expect(transition(account, event, preset, { lang: 'zh-CN' })).toStrictEqual({
    ok: true,
    account: expected.account,
    effects: zhEffects,
  });
}

/** The typed error `fn` throws. */
function thrown(fn: () => unknown): AccountPolicyError {
  try {
    fn();
  } catch (error) {
    if (isAccountPolicyError(error)) return error;
    throw new Error(`expected an AccountPolicyError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected an AccountPolicyError, got a value');
}

describe('activate', () => {
  it('moves a pending account to normal, dated, and tells the customer', () => {
    expectAccepted(
      ACCOUNTS.pending,
      { type: 'activate', at: T0, channel: 'counter' },
      {
        account: { ...ACCOUNTS.pending, status: 'normal', activatedAt: T0 },
        effects: [notice('account_activated', 'Your account has been activated.')],
      },
      ['您的账户已激活。'],
    );
  });
});

describe('freeze', () => {
  it('places an amount freeze with every detail given, until the kind’s longest duration', () => {
    expectAccepted(
      normal,
      {
        type: 'freeze',
        at: T0,
        freeze: {
          id: 'J1',
          kind: 'judicial',
          scope: 'amount',
          amount: '5000',
          authority: 'Court',
          reference: '(2026)京01执123号',
        },
      },
      {
        account: {
          ...normal,
          freezes: [
            {
              id: 'J1',
              kind: 'judicial',
              scope: 'amount',
              amount: '5000.00',
              from: T0,
              until: '2027-11-22T10:00:00+08:00',
              authority: 'Court',
              reference: '(2026)京01执123号',
            },
          ],
        },
        effects: [
          notice(
            'freeze_placed',
            `Your account is frozen (Judicial freeze) from ${T0} until 2027-11-22T10:00:00+08:00.`,
          ),
        ],
      },
      [`您的账户自${T0}起被司法冻结，至2027-11-22T10:00:00+08:00止。`],
    );
  });

  it('a freeze until lifted, from a later instant, beside the ones standing', () => {
    const standing: Freeze = { id: 'C0', kind: 'voluntary', scope: 'credit', from: T0 };
    expectAccepted(
      { ...normal, freezes: [standing] },
      {
        type: 'freeze',
        at: T0,
        freeze: { id: 'V1', kind: 'voluntary', scope: 'debit', from: '2026-11-23T00:00:00+08:00' },
      },
      {
        account: {
          ...normal,
          freezes: [
            standing,
            { id: 'V1', kind: 'voluntary', scope: 'debit', from: '2026-11-23T00:00:00+08:00' },
          ],
        },
        effects: [
          notice(
            'freeze_placed',
            'Your account is frozen (Voluntary freeze) from 2026-11-23T00:00:00+08:00.',
          ),
        ],
      },
      ['您的账户自2026-11-23T00:00:00+08:00起被客户自主冻结。'],
    );
  });

  it('writes the default expiry in the preset’s zone from the freeze’s own start', () => {
    const r = transition(
      normal,
      {
        type: 'freeze',
        at: T0,
        freeze: { id: 'R', kind: 'risk', scope: 'all', from: '2026-11-22T16:00:00Z' },
      },
      preset,
    );
    expect(r.ok && r.account.freezes).toStrictEqual([
      {
        id: 'R',
        kind: 'risk',
        scope: 'all',
        from: '2026-11-22T16:00:00Z',
        until: '2026-11-25T00:00:00+08:00',
      },
    ]);
  });

  it('tells the customer nothing of a compliance (AML) freeze', () => {
    expectAccepted(
      normal,
      { type: 'freeze', at: T0, freeze: { id: 'C', kind: 'compliance', scope: 'all' } },
      {
        account: { ...normal, freezes: [{ id: 'C', kind: 'compliance', scope: 'all', from: T0 }] },
        effects: [],
      },
      [],
    );
  });

  it('refuses as invalid input a freeze that would never apply (it ends at or before the event)', () => {
    const at = (until: string | undefined, from?: string): LifecycleEvent => ({
      type: 'freeze',
      at: T0,
      freeze: {
        id: 'R',
        kind: 'risk',
        scope: 'all',
        ...(from === undefined ? {} : { from }),
        ...(until === undefined ? {} : { until }),
      },
    });
    const message = 'must be later than the event (the freeze would never apply)';
    for (const event of [
      at(T0),
      at('2026-11-22T09:00:00+08:00'),
      // no until given: the longest duration from a start long past has run out already
      at(undefined, '2026-11-19T10:00:00+08:00'),
      at(undefined, '2026-11-20T10:00:00+08:00'),
    ]) {
      const error = thrown(() => transition(normal, event, preset));
      expect(error.code).toBe('invalid_input');
      expect(error.issues).toStrictEqual([{ path: ['event', 'freeze', 'until'], message }]);
      expect(error.message).toBe(`Invalid event at event.freeze.until: ${message}`);
    }
    expect(transition(normal, at('2026-11-22T10:00:00.001+08:00'), preset).ok).toBe(true);
    expect(transition(normal, at(undefined, '2026-11-20T10:00:00.001+08:00'), preset).ok).toBe(
      true,
    );
  });
});

describe('renew_freeze', () => {
  const risk: Freeze = {
    id: 'R',
    kind: 'risk',
    scope: 'all',
    from: T0,
    until: '2026-11-24T10:00:00+08:00',
  };
  const other: Freeze = { id: 'O', kind: 'voluntary', scope: 'credit', from: T0 };

  it('moves the expiry, counts the renewal, leaves the other freezes, and tells the customer', () => {
    expectAccepted(
      { ...normal, freezes: [other, risk] },
      {
        type: 'renew_freeze',
        at: '2026-11-24T02:00:00+08:00',
        id: 'R',
        until: '2026-11-26T10:00:00+08:00',
        renewedBy: 'risk_team',
      },
      {
        account: {
          ...normal,
          freezes: [other, { ...risk, until: '2026-11-26T10:00:00+08:00', renewals: 1 }],
        },
        effects: [
          notice(
            'freeze_renewed',
            'The freeze on your account (Risk freeze (emergency stop-payment)) has been renewed until 2026-11-26T10:00:00+08:00.',
          ),
        ],
      },
      ['您账户的风险冻结（紧急止付）已续冻至2026-11-26T10:00:00+08:00。'],
    );
  });

  it('renews a compliance freeze without limit and without telling the customer', () => {
    const aml: Freeze = {
      id: 'C',
      kind: 'compliance',
      scope: 'all',
      from: T0,
      until: '2026-12-22T10:00:00+08:00',
      renewals: 3,
    };
    expectAccepted(
      { ...normal, freezes: [aml] },
      { type: 'renew_freeze', at: T0, id: 'C', until: '2036-12-22T10:00:00+08:00' },
      {
        account: {
          ...normal,
          freezes: [{ ...aml, until: '2036-12-22T10:00:00+08:00', renewals: 4 }],
        },
        effects: [],
      },
      [],
    );
  });

  it('refuses as invalid input a new expiry that is not later than the current one', () => {
    for (const until of [
      '2026-11-24T10:00:00+08:00',
      '2026-11-24T02:00:00Z',
      '2026-11-23T10:00:00+08:00',
    ]) {
      const error = thrown(() =>
        transition(
          { ...normal, freezes: [risk] },
          { type: 'renew_freeze', at: T0, id: 'R', until },
          preset,
        ),
      );
      const message = "must be later than the freeze's current expiry 2026-11-24T10:00:00+08:00";
      expect(error.code).toBe('invalid_input');
      expect(error.issues).toStrictEqual([{ path: ['event', 'until'], message }]);
      expect(error.message).toBe(`Invalid event at event.until: ${message}`);
    }
    expect(
      transition(
        { ...normal, freezes: [risk] },
        { type: 'renew_freeze', at: T0, id: 'R', until: '2026-11-24T10:00:00.001+08:00' },
        preset,
      ).ok,
    ).toBe(true);
  });
});

describe('unfreeze', () => {
  const risk: Freeze = {
    id: 'R',
    kind: 'risk',
    scope: 'all',
    from: T0,
    until: '2026-11-24T10:00:00+08:00',
  };
  const other: Freeze = { id: 'O', kind: 'voluntary', scope: 'credit', from: T0 };

  it('lifts only the freeze named, by the kind’s first party when none is given', () => {
    expectAccepted(
      { ...normal, freezes: [risk, other] },
      { type: 'unfreeze', at: T0, id: 'R' },
      {
        account: { ...normal, freezes: [other] },
        effects: [
          notice(
            'freeze_lifted',
            'The freeze on your account (Risk freeze (emergency stop-payment)) has been lifted.',
          ),
        ],
      },
      ['您账户的风险冻结（紧急止付）已解除。'],
    );
  });

  it('lifts a system freeze by the customer after re-verification (its second party)', () => {
    const system: Freeze = {
      id: 'S',
      kind: 'system',
      scope: 'debit',
      from: T0,
      until: '2026-11-23T10:00:00+08:00',
    };
    expectAccepted(
      { ...normal, freezes: [system] },
      { type: 'unfreeze', at: T0, id: 'S', liftedBy: 'customer_reverification' },
      {
        account: normal,
        effects: [
          notice(
            'freeze_lifted',
            'The freeze on your account (System freeze (passwords, identity doubts)) has been lifted.',
          ),
        ],
      },
      ['您账户的系统冻结（密码错误、身份存疑）已解除。'],
    );
  });

  it('lifts a compliance freeze without telling the customer', () => {
    expectAccepted(
      { ...normal, freezes: [{ id: 'C', kind: 'compliance', scope: 'all', from: T0 }] },
      { type: 'unfreeze', at: T0, id: 'C', liftedBy: 'compliance_team' },
      { account: normal, effects: [] },
      [],
    );
  });
});

describe('loss reports and cards', () => {
  it('a verbal report is valid 15 days and needs a written one within 5 days, at the counter', () => {
    expectAccepted(
      normal,
      { type: 'report_loss', at: '2026-11-22T02:00:00Z', channel: 'phone' },
      {
        account: { ...normal, lossReport: { at: '2026-11-22T02:00:00Z', channel: 'phone' } },
        effects: [
          notice(
            'loss_reported',
            'Your loss report is registered; it is valid until 2026-12-07T10:00:00+08:00.',
          ),
          {
            type: 'written_report_due',
            by: '2026-11-27T10:00:00+08:00',
            channels: ['counter'],
            source: '《储蓄管理条例》第三十一条',
            sourceKey: 'cn-savings-regulations',
          },
        ],
      },
      ['您的挂失已受理，有效期至2026-12-07T10:00:00+08:00。'],
    );
  });

  it('a report at the counter is already written', () => {
    expectAccepted(
      normal,
      { type: 'report_loss', at: T0, channel: 'counter' },
      {
        account: { ...normal, lossReport: { at: T0, channel: 'counter' } },
        effects: [
          notice(
            'loss_reported',
            'Your loss report is registered; it is valid until 2026-12-07T10:00:00+08:00.',
          ),
        ],
      },
      ['您的挂失已受理，有效期至2026-12-07T10:00:00+08:00。'],
    );
  });

  it('withdrawing a report at the counter ends it', () => {
    expectAccepted(
      { ...normal, lossReport: { at: T0, channel: 'phone' } },
      { type: 'unreport_loss', at: '2026-11-23T10:00:00+08:00', channel: 'counter' },
      {
        account: normal,
        effects: [notice('loss_unreported', 'Your loss report has been withdrawn.')],
      },
      ['您的挂失已解除。'],
    );
  });

  it('a replacement card ends a standing report; without one the account is unchanged', () => {
    const effects = [
      { type: 'issue_replacement_card' as const },
      notice('card_replaced', 'A replacement card has been issued for your account.'),
    ];
    expectAccepted(
      { ...normal, lossReport: { at: T0, channel: 'phone' } },
      { type: 'replace_card', at: T0, channel: 'counter' },
      { account: normal, effects },
      ['已为您的账户补发新卡。'],
    );
    expectAccepted(
      normal,
      { type: 'replace_card', at: T0, channel: 'counter', identityVerified: true },
      { account: normal, effects },
      ['已为您的账户补发新卡。'],
    );
  });
});

describe('dormancy, reactivation and identity', () => {
  it('mark_dormant at exactly one year dates dormancy from then (time passing does it)', () => {
    const idle = { ...normal, lastActiveAt: '2025-11-22T10:00:00+08:00' };
    expectAccepted(
      idle,
      { type: 'mark_dormant', at: T0 },
      {
        account: { ...idle, status: 'dormant', dormantSince: T0 },
        effects: [
          notice(
            'account_dormant',
            'Your account has become dormant after 1 year without activity; reactivate it with identity verification.',
          ),
        ],
      },
      ['您的账户因1年无交易已转为久悬账户，请核实身份后激活。'],
    );
  });

  it('reactivate: back to normal, re-verified, the suspension cleared, with a monitoring alert', () => {
    const { dormantSince: _since, ...rest } = ACCOUNTS.dormant;
    expectAccepted(
      { ...ACCOUNTS.dormant, identityReverificationRequired: true },
      { type: 'reactivate', at: T0, channel: 'atm', identityVerified: true },
      {
        account: { ...rest, status: 'normal', reactivatedAt: T0, identityReverifiedAt: T0 },
        effects: [
          { type: 'monitoring_alert', code: 'dormant_account_activity', at: T0, ...BANK_TRAINING },
          notice('account_reactivated', 'Your account has been reactivated.'),
        ],
      },
      ['您的账户已重新激活。'],
    );
  });

  it('verify_identity at an assisted kiosk (a counter channel) clears the suspension', () => {
    expectAccepted(
      { ...normal, identityReverificationRequired: true },
      { type: 'verify_identity', at: T0, channel: 'kiosk_assisted' },
      {
        account: { ...normal, identityReverifiedAt: T0 },
        effects: [
          notice(
            'identity_reverified',
            'Your identity has been re-verified; non-counter business is available again.',
          ),
        ],
      },
      ['您的身份已重新核实，非柜面业务已恢复。'],
    );
  });

  it('verify_identity without a suspension records the date and tells nothing', () => {
    expectAccepted(
      normal,
      { type: 'verify_identity', at: T0, channel: 'counter', identityVerified: true },
      { account: { ...normal, identityReverifiedAt: T0 }, effects: [] },
      [],
    );
    expectAccepted(
      { ...normal, identityReverificationRequired: false },
      { type: 'verify_identity', at: T0, channel: 'counter' },
      { account: { ...normal, identityReverifiedAt: T0 }, effects: [] },
      [],
    );
  });
});

describe('record_activity', () => {
  const funded: AccountState = { ...normal, balance: '100.00' };

  it('a customer’s debit moves the balance and the last active date', () => {
    expectAccepted(
      funded,
      { type: 'record_activity', at: T0, kind: 'payment', amount: '40.5', channel: 'mobile' },
      { account: { ...funded, balance: '59.50', lastActiveAt: T0 }, effects: [] },
      [],
    );
  });

  it('down to exactly the frozen amount, or exactly zero', () => {
    const account: AccountState = {
      ...funded,
      freezes: [{ id: 'A', kind: 'judicial', scope: 'amount', amount: '60.00', from: T0 }],
    };
    expectAccepted(
      account,
      {
        type: 'record_activity',
        at: T0,
        kind: 'transfer_out',
        amount: '40.00',
        channel: 'counter',
      },
      { account: { ...account, balance: '60.00', lastActiveAt: T0 }, effects: [] },
      [],
    );
    expectAccepted(
      funded,
      { type: 'record_activity', at: T0, kind: 'withdraw_cash', amount: '100', channel: 'counter' },
      { account: { ...funded, balance: '0.00', lastActiveAt: T0 }, effects: [] },
      [],
    );
  });

  it('money arriving is not held to the frozen amount (a credit may leave the balance below it)', () => {
    const account: AccountState = {
      ...normal,
      balance: '10.00',
      freezes: [{ id: 'A', kind: 'judicial', scope: 'amount', amount: '500.00', from: T0 }],
    };
    expectAccepted(
      account,
      { type: 'record_activity', at: T0, kind: 'transfer_in', amount: '1.00', channel: 'online' },
      { account: { ...account, balance: '11.00', lastActiveAt: T0 }, effects: [] },
      [],
    );
  });

  it('the first active transaction of an account that never had one sets the date', () => {
    const { lastActiveAt: _none, ...never } = {
      ...normal,
      openedAt: '2026-11-01T10:00:00+08:00',
      activatedAt: '2026-11-01T10:30:00+08:00',
    };
    expectAccepted(
      never,
      { type: 'record_activity', at: T0, kind: 'deposit_cash', amount: '1.00', channel: 'counter' },
      { account: { ...never, balance: '1.00', lastActiveAt: T0 }, effects: [] },
      [],
    );
  });

  it('interest and fees move the balance but not the last active date', () => {
    expectAccepted(
      funded,
      { type: 'record_activity', at: T0, kind: 'interest', amount: '0.01' },
      { account: { ...funded, balance: '100.01' }, effects: [] },
      [],
    );
    expectAccepted(
      funded,
      { type: 'record_activity', at: T0, kind: 'fee', amount: '1.00', channel: 'mobile' },
      { account: { ...funded, balance: '99.00' }, effects: [] },
      [],
    );
  });

  it('never moves the last active date back', () => {
    const later = { ...funded, lastActiveAt: '2026-11-22T02:00:00Z' };
    expectAccepted(
      later,
      { type: 'record_activity', at: T0, kind: 'deposit_cash', amount: '1.00', channel: 'counter' },
      { account: { ...later, balance: '101.00' }, effects: [] },
      [],
    );
    const first: AccountState = {
      ...funded,
      openedAt: '2026-11-01T10:00:00+08:00',
      activatedAt: '2026-11-01T10:30:00+08:00',
      lastActiveAt: null,
    };
    expectAccepted(
      first,
      { type: 'record_activity', at: T0, kind: 'deposit_cash', amount: '1.00', channel: 'counter' },
      { account: { ...first, balance: '101.00', lastActiveAt: T0 }, effects: [] },
      [],
    );
  });

  it('money arriving on a dormant account by the customer raises a monitoring alert; interest does not', () => {
    const dormant = { ...ACCOUNTS.dormant, balance: '50.00' };
    expectAccepted(
      dormant,
      { type: 'record_activity', at: T0, kind: 'transfer_in', amount: '10.00', channel: 'online' },
      {
        account: { ...dormant, balance: '60.00', lastActiveAt: T0 },
        effects: [
          { type: 'monitoring_alert', code: 'dormant_account_activity', at: T0, ...BANK_TRAINING },
        ],
      },
      [],
    );
    expectAccepted(
      dormant,
      { type: 'record_activity', at: T0, kind: 'interest', amount: '0.10' },
      { account: { ...dormant, balance: '50.10' }, effects: [] },
      [],
    );
    expectAccepted(
      dormant,
      { type: 'record_activity', at: T0, kind: 'fee', amount: '10.00' },
      { account: { ...dormant, balance: '40.00' }, effects: [] },
      [],
    );
  });

  it('works in the account’s own currency scale', () => {
    const yen: AccountState = { ...normal, currency: 'JPY', balance: '1000' };
    expectAccepted(
      yen,
      { type: 'record_activity', at: T0, kind: 'payment', amount: '250', channel: 'counter' },
      { account: { ...yen, balance: '750', lastActiveAt: T0 }, effects: [] },
      [],
    );
  });

  it('an amount with more decimals than the currency has names the event’s amount', () => {
    const r = safeTransition(
      funded,
      { type: 'record_activity', at: T0, kind: 'payment', amount: '1.005', channel: 'counter' },
      preset,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.issues.map((i) => i.path)).toStrictEqual([['event', 'amount']]);
    expect(r.error.message).toMatch(/"1\.005".*more than 2 decimal places/);
  });
});

describe('close', () => {
  it('closes at the counter: records kept 5 years (a local date), the number void', () => {
    expectAccepted(
      normal,
      { type: 'close', at: '2026-11-22T16:30:00Z', channel: 'counter' },
      {
        account: {
          ...normal,
          status: 'closed',
          closedAt: '2026-11-22T16:30:00Z',
          // 00:30 on 23 November in Beijing: the retention runs to that local date
          retainRecordsUntil: '2031-11-23',
        },
        effects: [
          { type: 'retain_records', until: '2031-11-23', ...BANK_TRAINING },
          { type: 'void_account_number' },
          notice('account_closed', 'Your account has been closed.'),
        ],
      },
      ['您的账户已销户。'],
    );
  });
});

describe('change_information', () => {
  it('records each change (old and new value, who, where) and names the fields once', () => {
    const account = { ...normal, information: { phone: '13800000000', name: '张三' } };
    expectAccepted(
      account,
      {
        type: 'change_information',
        at: T0,
        channel: 'online',
        changes: [
          { field: 'phone', value: '13900000000' },
          { field: 'address', value: '北京市' },
          { field: 'phone', value: '13700000000' },
        ],
        enteredBy: 'customer',
      },
      {
        account: {
          ...account,
          information: { phone: '13700000000', name: '张三', address: '北京市' },
        },
        effects: [
          {
            type: 'audit_record',
            field: 'phone',
            key: false,
            oldValue: '13800000000',
            newValue: '13900000000',
            at: T0,
            channel: 'online',
            enteredBy: 'customer',
            approvedBy: null,
            proof: null,
          },
          {
            type: 'audit_record',
            field: 'address',
            key: false,
            oldValue: null,
            newValue: '北京市',
            at: T0,
            channel: 'online',
            enteredBy: 'customer',
            approvedBy: null,
            proof: null,
          },
          {
            type: 'audit_record',
            field: 'phone',
            key: false,
            oldValue: '13900000000',
            newValue: '13700000000',
            at: T0,
            channel: 'online',
            enteredBy: 'customer',
            approvedBy: null,
            proof: null,
          },
          notice(
            'information_changed',
            'Your account information has been changed: phone, address.',
          ),
        ],
      },
      ['您的账户信息已变更：phone、address。'],
    );
  });

  it('a key field at the counter, with proof, approved by a second person', () => {
    expectAccepted(
      normal,
      {
        type: 'change_information',
        at: T0,
        channel: 'counter',
        changes: [{ field: 'id_number', value: '11010519491231002X' }],
        enteredBy: 'S001',
        approvedBy: 'S002',
        proof: 'PSB-2026-1',
      },
      {
        account: { ...normal, information: { id_number: '11010519491231002X' } },
        effects: [
          {
            type: 'audit_record',
            field: 'id_number',
            key: true,
            oldValue: null,
            newValue: '11010519491231002X',
            at: T0,
            channel: 'counter',
            enteredBy: 'S001',
            approvedBy: 'S002',
            proof: 'PSB-2026-1',
          },
          notice('information_changed', 'Your account information has been changed: id_number.'),
        ],
      },
      ['您的账户信息已变更：id_number。'],
    );
  });
});

describe('restrictions on the person', () => {
  it('a dated restriction, as given', () => {
    expectAccepted(
      normal,
      {
        type: 'restrict_person',
        at: T0,
        restriction: {
          id: 'P',
          kind: 'receive_only',
          from: '2026-11-22T09:00:00+08:00',
          until: '2027-11-22T10:00:00+08:00',
        },
      },
      {
        account: {
          ...normal,
          restrictions: [
            {
              id: 'P',
              kind: 'receive_only',
              from: '2026-11-22T09:00:00+08:00',
              until: '2027-11-22T10:00:00+08:00',
            },
          ],
        },
        effects: [
          notice(
            'restriction_placed',
            'A restriction (receive only) applies to your accounts until 2027-11-22T10:00:00+08:00.',
          ),
        ],
      },
      ['您的账户受限制（只收不付），至2027-11-22T10:00:00+08:00止。'],
    );
  });

  it('an account seller: 2 years from its start (the 2024 Measures in force that day), written in the preset zone, beside the others', () => {
    const standing = { id: 'P0', kind: 'receive_only' as const, from: T0 };
    expectAccepted(
      { ...normal, restrictions: [standing] },
      {
        type: 'restrict_person',
        at: T0,
        restriction: {
          id: 'P1',
          kind: 'no_non_counter',
          from: '2026-11-22T16:00:00Z',
          reason: 'account_selling',
        },
      },
      {
        account: {
          ...normal,
          restrictions: [
            standing,
            {
              id: 'P1',
              kind: 'no_non_counter',
              from: '2026-11-22T16:00:00Z',
              until: '2028-11-23T00:00:00+08:00',
              reason: 'account_selling',
            },
          ],
        },
        effects: [
          notice(
            'restriction_placed',
            'A restriction (no non-counter business) applies to your accounts until 2028-11-23T00:00:00+08:00.',
          ),
        ],
      },
      ['您的账户受限制（暂停非柜面业务），至2028-11-23T00:00:00+08:00止。'],
    );
  });

  it('a restriction for another reason and without until lasts until lifted', () => {
    for (const [lang, words] of [
      ['en', /^A restriction \(receive only\) applies to your accounts until it is lifted\.$/],
      ['zh-CN', /^您的账户受限制（只收不付），至解除时止。$/],
    ] as const) {
      const r = transition(
        normal,
        {
          type: 'restrict_person',
          at: T0,
          restriction: { id: 'P', kind: 'receive_only', reason: 'fraud_suspected' },
        },
        preset,
        { lang },
      );
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.account).toStrictEqual({
        ...normal,
        restrictions: [{ id: 'P', kind: 'receive_only', from: T0, reason: 'fraud_suspected' }],
      });
      expect(r.effects).toStrictEqual([
        {
          type: 'notify_customer',
          topic: 'restriction_placed',
          message: expect.stringMatching(words),
        },
      ]);
    }
  });

  it('refuses as invalid input a restriction that would never apply', () => {
    const message = 'must be later than the event (the restriction would never apply)';
    for (const restriction of [
      { id: 'P', kind: 'receive_only' as const, until: T0 },
      {
        id: 'P',
        kind: 'receive_only' as const,
        from: '2020-01-01T00:00:00+08:00',
        until: '2026-01-01T00:00:00+08:00',
      },
      // an account seller's 5 years from a start long past have run out already
      {
        id: 'P',
        kind: 'receive_only' as const,
        from: '2021-11-22T10:00:00+08:00',
        reason: 'account_selling',
      },
    ]) {
      const error = thrown(() =>
        transition(normal, { type: 'restrict_person', at: T0, restriction }, preset),
      );
      expect(error.code).toBe('invalid_input');
      expect(error.issues).toStrictEqual([{ path: ['event', 'restriction', 'until'], message }]);
      expect(error.message).toBe(`Invalid event at event.restriction.until: ${message}`);
    }
    expect(
      transition(
        normal,
        {
          type: 'restrict_person',
          at: T0,
          restriction: {
            id: 'P',
            kind: 'receive_only',
            from: '2021-11-22T10:00:00.001+08:00',
            reason: 'account_selling',
          },
        },
        preset,
      ).ok,
    ).toBe(true);
  });

  it('lifting removes only the restriction named', () => {
    const p1 = { id: 'P1', kind: 'receive_only' as const, from: T0 };
    const p2 = { id: 'P2', kind: 'no_non_counter' as const, from: T0 };
    expectAccepted(
      { ...normal, restrictions: [p1, p2] },
      { type: 'lift_restriction', at: T0, id: 'P2' },
      {
        account: { ...normal, restrictions: [p1] },
        effects: [
          notice(
            'restriction_lifted',
            'The restriction (no non-counter business) on your accounts has been lifted.',
          ),
        ],
      },
      ['您账户的限制（暂停非柜面业务）已解除。'],
    );
  });
});

describe('transition in general', () => {
  it('time passes first: its effects come before the event’s own', () => {
    const account: AccountState = {
      ...normal,
      freezes: [
        { id: 'R', kind: 'risk', scope: 'all', from: T0, until: '2026-11-22T11:00:00+08:00' },
      ],
    };
    expectAccepted(
      account,
      { type: 'report_loss', at: '2026-11-22T12:00:00+08:00', channel: 'counter' },
      {
        account: {
          ...normal,
          lossReport: { at: '2026-11-22T12:00:00+08:00', channel: 'counter' },
        },
        effects: [
          {
            type: 'freeze_lapsed',
            freezeId: 'R',
            freezeKind: 'risk',
            at: '2026-11-22T11:00:00+08:00',
          },
          notice(
            'loss_reported',
            'Your loss report is registered; it is valid until 2026-12-07T12:00:00+08:00.',
          ),
        ],
      },
      ['您的挂失已受理，有效期至2026-12-07T12:00:00+08:00。'],
    );
  });

  it('fills in each omitted list (and the loss report) on its own', () => {
    const {
      freezes: _f,
      lossReport: _l,
      pendingBusiness: _p,
      linkedServices: _s,
      ...bare
    } = normal;
    for (const account of [
      { ...normal, freezes: undefined },
      { ...normal, lossReport: undefined },
      { ...normal, pendingBusiness: undefined },
      { ...normal, linkedServices: undefined },
      bare,
    ]) {
      const input = JSON.parse(JSON.stringify(account)) as AccountStateInput;
      expect(
        transition(input, { type: 'close', at: T0, channel: 'counter' }, preset),
      ).toStrictEqual({
        ok: true,
        account: {
          ...normal,
          status: 'closed',
          closedAt: T0,
          retainRecordsUntil: '2031-11-22',
        },
        effects: [
          { type: 'retain_records', until: '2031-11-22', ...BANK_TRAINING },
          { type: 'void_account_number' },
          notice('account_closed', 'Your account has been closed.'),
        ],
      });
    }
  });

  it('safeTransition returns the result, or the error of malformed input', () => {
    const event: LifecycleEvent = { type: 'activate', at: T0 };
    expect(safeTransition(ACCOUNTS.pending, event, preset)).toStrictEqual({
      ok: true,
      value: transition(ACCOUNTS.pending, event, preset),
    });
    expect(safeTransition(ACCOUNTS.pending, event, preset, { lang: 'zh-CN' })).toStrictEqual({
      ok: true,
      value: {
        ok: true,
        account: { ...ACCOUNTS.pending, status: 'normal', activatedAt: T0 },
        effects: [notice('account_activated', '您的账户已激活。')],
      },
    });
    const bad = safeTransition(ACCOUNTS.pending, { type: 'activate', at: 'soon' }, preset);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.code).toBe('invalid_input');
    expect(bad.error.issues.map((i) => i.path)).toStrictEqual([['event', 'at']]);
    expect(bad.error.message).toMatch(/^Invalid event at event\.at: /);
  });
});
