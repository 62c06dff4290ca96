/**
 * Every refusal `transition` gives, whole: each reason's code, every structured field (ids, kinds,
 * parties, channels, dates, the cited source and its key) and its message in English and in
 * Simplified Chinese. Expected values come from docs/lifecycle.md, the shipped PBOC lifecycle
 * rules (src/presets/shipped/pbocLifecycle.ts, sources.ts) and the message catalog
 * (src/messages/catalog/lifecycle.ts).
 */
import { describe, expect, it } from 'vitest';
import { getPreset } from '../presets';
import type { LifecycleEvent } from './events';
import { ACCOUNTS, T0 } from './fixtures.testkit';
import { transition } from './transition';
import type { TransitionReason } from './transitionTypes';
import type { AccountState, AccountStateInput, Freeze } from './types';

const preset = getPreset('cn-pboc-2018');
const normal = ACCOUNTS.normal;

const BANK_TRAINING = {
  source: '《银行个人账户培训》 (bank training course)',
  sourceKey: 'bank-training-course',
};
const CIVIL_PROCEDURE = {
  source: '法释〔2015〕5号 第四百八十七条',
  sourceKey: 'cn-civil-procedure-freeze',
};
const STOP_PAYMENT = { source: '银发〔2016〕86号', sourceKey: 'pboc-2016-86' };
const PBOC_2016_261 = { source: '银发〔2016〕261号', sourceKey: 'pboc-2016-261' };
const PBOC_2019_85 = { source: '银发〔2019〕85号', sourceKey: 'pboc-2019-85' };
const PAYMENT_MEASURES = { source: '银发〔1997〕393号', sourceKey: 'pboc-1997-393' };

/**
 * Asserts the refusal in English (`reasons`, whole) and in Simplified Chinese (the same reasons
 * with the messages `zh`, in order).
 */
function expectRefused(
  account: AccountStateInput,
  event: LifecycleEvent,
  reasons: readonly TransitionReason[],
  zh: readonly string[],
): void {
  expect(zh).toHaveLength(reasons.length);
  expect(transition(account, event, preset)).toStrictEqual({ ok: false, reasons });
  expect(transition(account, event, preset, { lang: 'zh-CN' })).toStrictEqual({
    ok: false,
    reasons: reasons.map((r, i) => ({ ...r, message: zh[i] })),
  });
}

const identityRequired: TransitionReason = {
  code: 'identity_verification_required',
  ...BANK_TRAINING,
  message: 'The holder’s identity must be verified for this.',
};
const IDENTITY_ZH = '办理此业务须核实持有人身份。';

describe('transition refusals: the table and the opening', () => {
  it('an event the status does not allow names the event and the status', () => {
    expectRefused(
      ACCOUNTS.pending,
      { type: 'record_activity', at: T0, kind: 'deposit_cash', amount: '1.00', channel: 'counter' },
      [
        {
          code: 'transition_not_allowed',
          ...BANK_TRAINING,
          event: 'record_activity',
          status: 'pending',
          message:
            'The event record_activity is not allowed when the account is pending activation.',
        },
      ],
      ['账户状态为待激活时不能办理record_activity。'],
    );
    expectRefused(
      normal,
      { type: 'activate', at: T0 },
      [
        {
          code: 'transition_not_allowed',
          ...BANK_TRAINING,
          event: 'activate',
          status: 'normal',
          message: 'The event activate is not allowed when the account is normal.',
        },
      ],
      ['账户状态为正常时不能办理activate。'],
    );
  });

  it('a dormant account cannot be re-verified: it is reactivated instead', () => {
    expectRefused(
      ACCOUNTS.dormant,
      { type: 'verify_identity', at: T0, channel: 'counter' },
      [
        {
          code: 'transition_not_allowed',
          ...BANK_TRAINING,
          event: 'verify_identity',
          status: 'dormant',
          message: 'The event verify_identity is not allowed when the account is dormant.',
        },
      ],
      ['账户状态为久悬时不能办理verify_identity。'],
    );
  });

  it('a closed account never reopens', () => {
    expectRefused(
      ACCOUNTS.closed,
      { type: 'freeze', at: T0, freeze: { id: 'F', kind: 'risk', scope: 'all' } },
      [
        {
          code: 'already_closed',
          ...BANK_TRAINING,
          event: 'freeze',
          status: 'closed',
          message: 'The account is closed; a closed account never reopens.',
        },
      ],
      ['账户已销户，销户后不可恢复。'],
    );
  });

  it('an event before the opening, even by a second; at the opening instant it is fine', () => {
    expectRefused(
      normal,
      { type: 'advance', at: '2025-01-05T09:59:59+08:00' },
      [
        {
          code: 'event_before_opening',
          ...BANK_TRAINING,
          openedAt: '2025-01-05T10:00:00+08:00',
          message:
            'The event at 2025-01-05T09:59:59+08:00 is earlier than the opening of the account (2025-01-05T10:00:00+08:00).',
        },
      ],
      ['事件时间2025-01-05T09:59:59+08:00早于开户时间2025-01-05T10:00:00+08:00。'],
    );
    expect(
      transition(normal, { type: 'advance', at: '2025-01-05T02:00:00Z' }, preset),
    ).toStrictEqual({
      ok: true,
      account: normal,
      effects: [],
    });
  });
});

describe('transition refusals: freeze', () => {
  it('lists a duplicate id, a scope the kind does not allow, and a duration too long', () => {
    const standing: Freeze = {
      id: 'S',
      kind: 'system',
      scope: 'all',
      from: T0,
      until: '2026-11-22T11:00:00+08:00',
    };
    expectRefused(
      { ...normal, freezes: [standing] },
      {
        type: 'freeze',
        at: T0,
        freeze: { id: 'S', kind: 'system', scope: 'credit', until: '2026-11-23T11:00:00+08:00' },
      },
      [
        {
          code: 'freeze_id_exists',
          ...BANK_TRAINING,
          freezeId: 'S',
          message: 'A freeze with id S already stands on the account.',
        },
        {
          code: 'freeze_scope_not_allowed',
          freezeKind: 'system',
          scope: 'credit',
          allowedScopes: ['all', 'debit'],
          ...BANK_TRAINING,
          message:
            'System freeze (passwords, identity doubts): scope credit is not possible; allowed: all, debit.',
        },
        {
          code: 'freeze_duration_exceeded',
          freezeKind: 'system',
          until: '2026-11-23T11:00:00+08:00',
          maxUntil: '2026-11-23T10:00:00+08:00',
          ...BANK_TRAINING,
          message:
            'System freeze (passwords, identity doubts): at most 24 hours at a time, so until 2026-11-23T10:00:00+08:00 at the latest, not 2026-11-23T11:00:00+08:00.',
        },
      ],
      [
        '账户上已存在编号为S的冻结。',
        '系统冻结（密码错误、身份存疑）不能采用credit范围；可用范围：all、debit。',
        '系统冻结（密码错误、身份存疑）每次最长24小时：最晚至2026-11-23T10:00:00+08:00，而非2026-11-23T11:00:00+08:00。',
      ],
    );
  });

  it('measures the longest duration from the freeze’s own start, written in the preset zone', () => {
    // A risk stop-payment from 2026-11-23 00:00 Beijing (given in UTC): at most 48 hours from then.
    const event = (until: string): LifecycleEvent => ({
      type: 'freeze',
      at: T0,
      freeze: { id: 'R', kind: 'risk', scope: 'all', from: '2026-11-22T16:00:00Z', until },
    });
    expect(transition(normal, event('2026-11-25T00:00:00+08:00'), preset).ok).toBe(true);
    expectRefused(
      normal,
      event('2026-11-25T00:00:01+08:00'),
      [
        {
          code: 'freeze_duration_exceeded',
          freezeKind: 'risk',
          until: '2026-11-25T00:00:01+08:00',
          maxUntil: '2026-11-25T00:00:00+08:00',
          ...STOP_PAYMENT,
          message:
            'Risk freeze (emergency stop-payment): at most 48 hours at a time, so until 2026-11-25T00:00:00+08:00 at the latest, not 2026-11-25T00:00:01+08:00.',
        },
      ],
      [
        '风险冻结（紧急止付）每次最长48小时：最晚至2026-11-25T00:00:00+08:00，而非2026-11-25T00:00:01+08:00。',
      ],
    );
  });

  it('a kind without a longest duration takes any until', () => {
    const r = transition(
      normal,
      {
        type: 'freeze',
        at: T0,
        freeze: { id: 'C', kind: 'compliance', scope: 'all', until: '2036-11-22T10:00:00+08:00' },
      },
      preset,
    );
    expect(r.ok).toBe(true);
  });
});

describe('transition refusals: renew_freeze', () => {
  const risk: Freeze = {
    id: 'R',
    kind: 'risk',
    scope: 'all',
    from: T0,
    until: '2026-11-24T10:00:00+08:00',
  };

  it('lists a party that may not renew, the renewals used up, and a new expiry too far', () => {
    expectRefused(
      { ...normal, freezes: [{ ...risk, until: '2026-11-26T10:00:00+08:00', renewals: 1 }] },
      {
        type: 'renew_freeze',
        at: T0,
        id: 'R',
        until: '2026-11-28T10:00:00.001+08:00',
        renewedBy: 'customer_in_person',
      },
      [
        {
          code: 'lifting_party_not_allowed',
          freezeId: 'R',
          freezeKind: 'risk',
          party: 'customer_in_person',
          allowedParties: ['risk_team'],
          ...STOP_PAYMENT,
          message:
            'Risk freeze (emergency stop-payment): only the risk team may lift or renew it, not the customer in person.',
        },
        {
          code: 'renewal_limit_reached',
          freezeId: 'R',
          freezeKind: 'risk',
          renewals: 1,
          maxRenewals: 1,
          ...STOP_PAYMENT,
          message:
            'Risk freeze (emergency stop-payment): at most 1 renewal(s); freeze R has had 1.',
        },
        {
          code: 'freeze_duration_exceeded',
          freezeId: 'R',
          freezeKind: 'risk',
          until: '2026-11-28T10:00:00.001+08:00',
          maxUntil: '2026-11-28T10:00:00+08:00',
          ...STOP_PAYMENT,
          message:
            'Risk freeze (emergency stop-payment): at most 48 hours at a time, so until 2026-11-28T10:00:00+08:00 at the latest, not 2026-11-28T10:00:00.001+08:00.',
        },
      ],
      [
        '风险冻结（紧急止付）仅能由风险管理部门解除或续冻，客户本人亲办无权办理。',
        '风险冻结（紧急止付）最多续冻1次；冻结R已续冻1次。',
        '风险冻结（紧急止付）每次最长48小时：最晚至2026-11-28T10:00:00+08:00，而非2026-11-28T10:00:00.001+08:00。',
      ],
    );
  });

  it('renews up to exactly the current expiry plus the longest duration', () => {
    const r = transition(
      { ...normal, freezes: [risk] },
      { type: 'renew_freeze', at: T0, id: 'R', until: '2026-11-26T10:00:00+08:00' },
      preset,
    );
    expect(r.ok).toBe(true);
  });

  it('a judicial freeze needs the authority’s notice', () => {
    const judicial: Freeze = {
      id: 'J',
      kind: 'judicial',
      scope: 'all',
      from: T0,
      until: '2027-11-22T10:00:00+08:00',
      authority: 'Court',
    };
    expectRefused(
      { ...normal, freezes: [judicial] },
      {
        type: 'renew_freeze',
        at: T0,
        id: 'J',
        until: '2028-11-22T10:00:00+08:00',
        renewedBy: 'authority',
      },
      [
        {
          code: 'authority_notice_required',
          freezeId: 'J',
          freezeKind: 'judicial',
          ...CIVIL_PROCEDURE,
          message:
            'Judicial freeze: lifting or renewing it needs the ordering authority’s notice (its reference).',
        },
      ],
      ['司法冻结须凭有权机关的通知（文书编号）解除或续冻。'],
    );
  });

  it('a system freeze is never renewed (at most 0 renewals)', () => {
    const system: Freeze = {
      id: 'S',
      kind: 'system',
      scope: 'debit',
      from: T0,
      until: '2026-11-23T10:00:00+08:00',
    };
    expectRefused(
      { ...normal, freezes: [system] },
      { type: 'renew_freeze', at: T0, id: 'S', until: '2026-11-23T12:00:00+08:00' },
      [
        {
          code: 'renewal_limit_reached',
          freezeId: 'S',
          freezeKind: 'system',
          renewals: 0,
          maxRenewals: 0,
          ...BANK_TRAINING,
          message:
            'System freeze (passwords, identity doubts): at most 0 renewal(s); freeze S has had 0.',
        },
      ],
      ['系统冻结（密码错误、身份存疑）最多续冻0次；冻结S已续冻0次。'],
    );
  });

  it('a freeze until lifted has no expiry to renew', () => {
    expectRefused(
      { ...normal, freezes: [{ id: 'V', kind: 'voluntary', scope: 'debit', from: T0 }] },
      { type: 'renew_freeze', at: T0, id: 'V', until: '2027-01-01T00:00:00+08:00' },
      [
        {
          code: 'renewal_limit_reached',
          freezeId: 'V',
          freezeKind: 'voluntary',
          renewals: 0,
          maxRenewals: 0,
          ...BANK_TRAINING,
          message: 'Voluntary freeze: at most 0 renewal(s); freeze V has had 0.',
        },
      ],
      ['客户自主冻结最多续冻0次；冻结V已续冻0次。'],
    );
  });

  it('a risk freeze stored without an expiry cannot be renewed either', () => {
    expectRefused(
      { ...normal, freezes: [{ id: 'R0', kind: 'risk', scope: 'debit', from: T0 }] },
      { type: 'renew_freeze', at: T0, id: 'R0', until: '2026-11-24T10:00:00+08:00' },
      [
        {
          code: 'renewal_limit_reached',
          freezeId: 'R0',
          freezeKind: 'risk',
          renewals: 0,
          maxRenewals: 0,
          ...STOP_PAYMENT,
          message:
            'Risk freeze (emergency stop-payment): at most 0 renewal(s); freeze R0 has had 0.',
        },
      ],
      ['风险冻结（紧急止付）最多续冻0次；冻结R0已续冻0次。'],
    );
  });

  it('a freeze that is not there (never placed, or lapsed by the event)', () => {
    const notFound = (id: string): TransitionReason => ({
      code: 'freeze_not_found',
      freezeId: id,
      ...BANK_TRAINING,
      message: `No freeze with id ${id} is in force on the account.`,
    });
    expectRefused(
      { ...normal, freezes: [risk] },
      { type: 'renew_freeze', at: T0, id: 'X', until: '2026-11-25T10:00:00+08:00' },
      [notFound('X')],
      ['账户上没有编号为X的有效冻结。'],
    );
    expectRefused(
      { ...normal, freezes: [risk] },
      { type: 'unfreeze', at: '2026-11-24T10:00:00+08:00', id: 'R' },
      [notFound('R')],
      ['账户上没有编号为R的有效冻结。'],
    );
  });
});

describe('transition refusals: unfreeze', () => {
  const voluntary: Freeze = { id: 'V', kind: 'voluntary', scope: 'debit', from: T0 };

  it('a voluntary freeze: the customer in person, at a counter channel', () => {
    expectRefused(
      { ...normal, freezes: [voluntary] },
      { type: 'unfreeze', at: T0, id: 'V', channel: 'mobile', liftedBy: 'risk_team' },
      [
        {
          code: 'lifting_party_not_allowed',
          freezeId: 'V',
          freezeKind: 'voluntary',
          party: 'risk_team',
          allowedParties: ['customer_in_person'],
          ...BANK_TRAINING,
          message:
            'Voluntary freeze: only the customer in person may lift or renew it, not the risk team.',
        },
        {
          code: 'channel_not_allowed',
          freezeId: 'V',
          freezeKind: 'voluntary',
          channel: 'mobile',
          allowedChannels: ['counter', 'kiosk_assisted'],
          ...BANK_TRAINING,
          message:
            'This cannot be done through mobile banking; allowed: the counter, an assisted kiosk.',
        },
      ],
      [
        '客户自主冻结仅能由客户本人亲办解除或续冻，风险管理部门无权办理。',
        '不能通过手机银行办理；可办理渠道：柜面、有人值守的自助设备。',
      ],
    );
  });

  it('an unstated channel is not a counter channel', () => {
    expectRefused(
      { ...normal, freezes: [voluntary] },
      { type: 'unfreeze', at: T0, id: 'V' },
      [
        {
          code: 'channel_not_allowed',
          freezeId: 'V',
          freezeKind: 'voluntary',
          channel: null,
          allowedChannels: ['counter', 'kiosk_assisted'],
          ...BANK_TRAINING,
          message:
            'This cannot be done through an unstated channel; allowed: the counter, an assisted kiosk.',
        },
      ],
      ['不能通过未说明的渠道办理；可办理渠道：柜面、有人值守的自助设备。'],
    );
    expect(
      transition(
        { ...normal, freezes: [voluntary] },
        { type: 'unfreeze', at: T0, id: 'V', channel: 'kiosk_assisted' },
        preset,
      ).ok,
    ).toBe(true);
  });

  it('a judicial freeze: only the authority, with its notice', () => {
    const judicial: Freeze = {
      id: 'J',
      kind: 'judicial',
      scope: 'amount',
      amount: '100.00',
      from: T0,
      until: '2027-11-22T10:00:00+08:00',
    };
    expectRefused(
      { ...normal, freezes: [judicial] },
      { type: 'unfreeze', at: T0, id: 'J', liftedBy: 'compliance_team', channel: 'counter' },
      [
        {
          code: 'lifting_party_not_allowed',
          freezeId: 'J',
          freezeKind: 'judicial',
          party: 'compliance_team',
          allowedParties: ['authority'],
          ...CIVIL_PROCEDURE,
          message:
            'Judicial freeze: only the ordering authority may lift or renew it, not the compliance team.',
        },
        {
          code: 'authority_notice_required',
          freezeId: 'J',
          freezeKind: 'judicial',
          ...CIVIL_PROCEDURE,
          message:
            'Judicial freeze: lifting or renewing it needs the ordering authority’s notice (its reference).',
        },
      ],
      [
        '司法冻结仅能由有权机关解除或续冻，合规部门无权办理。',
        '司法冻结须凭有权机关的通知（文书编号）解除或续冻。',
      ],
    );
  });

  it('a system freeze: the system or the customer after re-verification, nobody else', () => {
    const system: Freeze = {
      id: 'S',
      kind: 'system',
      scope: 'all',
      from: T0,
      until: '2026-11-23T10:00:00+08:00',
    };
    expectRefused(
      { ...normal, freezes: [system] },
      { type: 'unfreeze', at: T0, id: 'S', liftedBy: 'authority' },
      [
        {
          code: 'lifting_party_not_allowed',
          freezeId: 'S',
          freezeKind: 'system',
          party: 'authority',
          allowedParties: ['system', 'customer_reverification'],
          ...BANK_TRAINING,
          message:
            'System freeze (passwords, identity doubts): only the system, the customer after re-verification may lift or renew it, not the ordering authority.',
        },
      ],
      [
        '系统冻结（密码错误、身份存疑）仅能由系统、客户重新验证身份后解除或续冻，有权机关无权办理。',
      ],
    );
  });
});

describe('transition refusals: loss reports and cards', () => {
  it('report_loss: a channel not for reports, and a report already standing', () => {
    expectRefused(
      { ...normal, lossReport: { at: '2026-11-20T10:00:00+08:00', channel: 'phone' } },
      { type: 'report_loss', at: T0, channel: 'atm' },
      [
        {
          code: 'channel_not_allowed',
          channel: 'atm',
          allowedChannels: ['counter', 'phone', 'online', 'mobile'],
          ...BANK_TRAINING,
          message:
            'This cannot be done through an ATM; allowed: the counter, phone banking, online banking, mobile banking.',
        },
        {
          code: 'loss_already_reported',
          since: '2026-11-20T10:00:00+08:00',
          until: '2026-12-05T10:00:00+08:00',
          ...BANK_TRAINING,
          message:
            'The account is already reported lost (since 2026-11-20T10:00:00+08:00, valid until 2026-12-05T10:00:00+08:00).',
        },
      ],
      [
        '不能通过ATM办理；可办理渠道：柜面、电话银行、网上银行、手机银行。',
        '账户已挂失（自2026-11-20T10:00:00+08:00起，有效至2026-12-05T10:00:00+08:00）。',
      ],
    );
  });

  it('report_loss through a remote channel is not one of the report channels', () => {
    expectRefused(
      normal,
      { type: 'report_loss', at: T0, channel: 'remote' },
      [
        {
          code: 'channel_not_allowed',
          channel: 'remote',
          allowedChannels: ['counter', 'phone', 'online', 'mobile'],
          ...BANK_TRAINING,
          message:
            'This cannot be done through a remote channel; allowed: the counter, phone banking, online banking, mobile banking.',
        },
      ],
      ['不能通过远程渠道办理；可办理渠道：柜面、电话银行、网上银行、手机银行。'],
    );
  });

  it('unreport_loss: no report, not at the counter, identity not verified', () => {
    expectRefused(
      normal,
      { type: 'unreport_loss', at: T0, channel: 'mobile', identityVerified: false },
      [
        {
          code: 'no_loss_report',
          ...BANK_TRAINING,
          message: 'The account has no loss report in force.',
        },
        {
          code: 'channel_not_allowed',
          channel: 'mobile',
          allowedChannels: ['counter'],
          ...BANK_TRAINING,
          message: 'This cannot be done through mobile banking; allowed: the counter.',
        },
        identityRequired,
      ],
      ['账户没有有效的挂失。', '不能通过手机银行办理；可办理渠道：柜面。', IDENTITY_ZH],
    );
  });

  it('unreport_loss at the counter with identityVerified false is still refused', () => {
    expectRefused(
      { ...normal, lossReport: { at: T0, channel: 'phone' } },
      { type: 'unreport_loss', at: T0, channel: 'counter', identityVerified: false },
      [identityRequired],
      [IDENTITY_ZH],
    );
  });

  it('replace_card: only at the counter; off the counter identity must be stated', () => {
    expectRefused(
      normal,
      { type: 'replace_card', at: T0, channel: 'online' },
      [
        {
          code: 'channel_not_allowed',
          channel: 'online',
          allowedChannels: ['counter'],
          ...BANK_TRAINING,
          message: 'This cannot be done through online banking; allowed: the counter.',
        },
        identityRequired,
      ],
      ['不能通过网上银行办理；可办理渠道：柜面。', IDENTITY_ZH],
    );
    // An identity said to be verified is not enough off the counter.
    expectRefused(
      normal,
      { type: 'replace_card', at: T0, channel: 'online', identityVerified: true },
      [
        {
          code: 'channel_not_allowed',
          channel: 'online',
          allowedChannels: ['counter'],
          ...BANK_TRAINING,
          message: 'This cannot be done through online banking; allowed: the counter.',
        },
      ],
      ['不能通过网上银行办理；可办理渠道：柜面。'],
    );
  });
});

describe('transition refusals: dormancy and identity', () => {
  it('mark_dormant before the inactivity period has run out names the instant it will', () => {
    const idle: AccountState = { ...normal, lastActiveAt: '2025-11-22T02:00:00Z' };
    expectRefused(
      idle,
      { type: 'mark_dormant', at: '2026-11-22T09:59:59+08:00' },
      [
        {
          code: 'inactivity_period_not_elapsed',
          dormantFrom: '2026-11-22T10:00:00+08:00',
          ...BANK_TRAINING,
          message:
            'The account can be marked dormant only after 1 year without an active transaction, i.e. from 2026-11-22T10:00:00+08:00.',
        },
      ],
      ['账户须连续1年无主动交易方可转为久悬，即自2026-11-22T10:00:00+08:00起。'],
    );
  });

  it('reactivate: a channel that cannot reactivate, and no identity verification', () => {
    expectRefused(
      ACCOUNTS.dormant,
      { type: 'reactivate', at: T0, channel: 'phone' },
      [
        {
          code: 'channel_not_allowed',
          channel: 'phone',
          allowedChannels: ['counter', 'atm', 'online', 'mobile'],
          ...BANK_TRAINING,
          message:
            'This cannot be done through phone banking; allowed: the counter, an ATM, online banking, mobile banking.',
        },
        identityRequired,
      ],
      ['不能通过电话银行办理；可办理渠道：柜面、ATM、网上银行、手机银行。', IDENTITY_ZH],
    );
  });

  it('verify_identity: only at a counter channel, with the identity verified', () => {
    expectRefused(
      { ...normal, identityReverificationRequired: true },
      { type: 'verify_identity', at: T0, channel: 'online' },
      [
        {
          code: 'channel_not_allowed',
          channel: 'online',
          allowedChannels: ['counter', 'kiosk_assisted'],
          ...PBOC_2016_261,
          message:
            'This cannot be done through online banking; allowed: the counter, an assisted kiosk.',
        },
        { ...identityRequired, ...PBOC_2016_261 },
      ],
      ['不能通过网上银行办理；可办理渠道：柜面、有人值守的自助设备。', IDENTITY_ZH],
    );
    expectRefused(
      { ...normal, identityReverificationRequired: true },
      { type: 'verify_identity', at: T0, channel: 'kiosk_assisted', identityVerified: false },
      [{ ...identityRequired, ...PBOC_2016_261 }],
      [IDENTITY_ZH],
    );
  });
});

describe('transition refusals: record_activity', () => {
  const funded: AccountState = { ...normal, balance: '10.00' };

  it('an overdraft names the balance and the amount', () => {
    expectRefused(
      funded,
      {
        type: 'record_activity',
        at: T0,
        kind: 'withdraw_cash',
        amount: '10.01',
        channel: 'counter',
      },
      [
        {
          code: 'insufficient_balance',
          ...PAYMENT_MEASURES,
          balance: '10.00',
          amount: '10.01',
          message: 'The balance 10.00 does not cover 10.01.',
        },
      ],
      ['余额10.00不足以支付10.01。'],
    );
  });

  it('a debit below the frozen amount names the balance after and the frozen amount; both when overdrawn', () => {
    const account: AccountState = {
      ...funded,
      freezes: [{ id: 'A', kind: 'judicial', scope: 'amount', amount: '5.00', from: T0 }],
    };
    expectRefused(
      account,
      { type: 'record_activity', at: T0, kind: 'payment', amount: '5.01', channel: 'counter' },
      [
        {
          code: 'frozen_amount',
          ...PAYMENT_MEASURES,
          balanceAfter: '4.99',
          frozenAmount: '5.00',
          message: 'The balance after this debit, 4.99, would fall below the frozen amount 5.00.',
        },
      ],
      ['本次扣款后余额4.99将低于冻结金额5.00。'],
    );
    expectRefused(
      account,
      { type: 'record_activity', at: T0, kind: 'payment', amount: '11', channel: 'counter' },
      [
        {
          code: 'insufficient_balance',
          ...PAYMENT_MEASURES,
          balance: '10.00',
          amount: '11.00',
          message: 'The balance 10.00 does not cover 11.00.',
        },
        {
          code: 'frozen_amount',
          ...PAYMENT_MEASURES,
          balanceAfter: '-1.00',
          frozenAmount: '5.00',
          message: 'The balance after this debit, -1.00, would fall below the frozen amount 5.00.',
        },
      ],
      ['余额10.00不足以支付11.00。', '本次扣款后余额-1.00将低于冻结金额5.00。'],
    );
  });

  it('a customer’s debit on a dormant account waits for reactivation, with the state reason whole', () => {
    const dormant = { ...ACCOUNTS.dormant, balance: '50.00' };
    expectRefused(
      dormant,
      {
        type: 'record_activity',
        at: T0,
        kind: 'withdraw_cash',
        amount: '1.00',
        channel: 'counter',
      },
      [
        {
          code: 'account_dormant',
          status: 'dormant',
          since: '2025-06-01T10:00:00+08:00',
          ...BANK_TRAINING,
          message:
            'The account has been dormant since 2025-06-01T10:00:00+08:00; it must be reactivated with identity verification first.',
        },
      ],
      ['账户自2025-06-01T10:00:00+08:00起为久悬（睡眠）账户，须先核实身份并激活。'],
    );
  });

  it('the bank’s own fee on a dormant account is not stopped by dormancy, but is by a debit freeze', () => {
    const frozenDormant: AccountState = {
      ...ACCOUNTS.dormant,
      balance: '50.00',
      freezes: [{ id: 'D', kind: 'voluntary', scope: 'debit', from: T0 }],
    };
    expectRefused(
      frozenDormant,
      { type: 'record_activity', at: T0, kind: 'fee', amount: '1.00' },
      [
        {
          code: 'account_frozen',
          freezeId: 'D',
          freezeKind: 'voluntary',
          scope: 'debit',
          since: T0,
          ...BANK_TRAINING,
          message: 'The account has an active freeze (Voluntary freeze, D).',
        },
      ],
      ['账户存在有效冻结（客户自主冻结，D）。'],
    );
  });

  it('a customer’s debit through a non-counter channel lists every reason once, in order', () => {
    const account: AccountState = {
      ...normal,
      balance: '100.00',
      lossReport: { at: T0, channel: 'phone' },
      freezes: [
        { id: 'D1', kind: 'voluntary', scope: 'debit', from: T0 },
        { id: 'D2', kind: 'risk', scope: 'all', from: T0, until: '2026-11-23T10:00:00+08:00' },
      ],
      restrictions: [
        { id: 'P1', kind: 'receive_only', from: T0 },
        { id: 'P2', kind: 'no_non_counter', from: T0, until: '2027-11-22T10:00:00+08:00' },
      ],
      identityReverificationRequired: true,
    };
    const r = transition(
      account,
      { type: 'record_activity', at: T0, kind: 'payment', amount: '1.00', channel: 'mobile' },
      preset,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reasons.map((x) => [x.code, x.freezeId ?? x.restrictionId ?? null])).toStrictEqual([
      ['loss_reported', null],
      ['account_frozen', 'D1'],
      ['account_frozen', 'D2'],
      ['person_restricted', 'P1'],
      ['person_restricted', 'P2'],
      ['identity_reverification_required', null],
    ]);
    expect(r.reasons[0]).toStrictEqual({
      code: 'loss_reported',
      since: T0,
      until: '2026-12-07T10:00:00+08:00',
      ...BANK_TRAINING,
      message: `The account is reported lost (since ${T0}).`,
    });
    expect(r.reasons[5]).toStrictEqual({
      code: 'identity_reverification_required',
      ...PBOC_2016_261,
      message:
        'Non-counter business is suspended until the holder’s identity is re-verified (no transaction within the period after opening, or identity doubts).',
    });
    // At the counter the non-counter reasons do not apply.
    const counter = transition(
      account,
      { type: 'record_activity', at: T0, kind: 'payment', amount: '1.00', channel: 'counter' },
      preset,
    );
    expect(counter.ok || counter.reasons.map((x) => x.code)).toStrictEqual([
      'loss_reported',
      'account_frozen',
      'account_frozen',
      'person_restricted',
    ]);
  });

  it('non-counter suspensions stop the holder’s own debits only, not credits or the bank’s postings', () => {
    const suspended: AccountState = {
      ...normal,
      balance: '100.00',
      restrictions: [{ id: 'P2', kind: 'no_non_counter', from: T0 }],
    };
    const debit = (kind: 'payment' | 'fee' | 'transfer_in', channel?: 'mobile' | 'counter') =>
      transition(
        suspended,
        {
          type: 'record_activity',
          at: T0,
          kind,
          amount: '1.00',
          ...(channel === undefined ? {} : { channel }),
        },
        preset,
      );
    expect(debit('payment', 'mobile')).toStrictEqual({
      ok: false,
      reasons: [
        {
          code: 'person_restricted',
          restrictionId: 'P2',
          restrictionKind: 'no_non_counter',
          since: T0,
          source: '银发〔2019〕85号',
          sourceKey: 'pboc-2019-85',
          message: expect.stringContaining('(no non-counter business)'),
        },
      ],
    });
    expect(debit('transfer_in', 'mobile').ok).toBe(true);
    expect(debit('fee', 'mobile').ok).toBe(true);
    // A debit that does not say where it is made is not shown to be at a counter: refused the same
    // way (absent channel = non-counter, as in the limits); at the counter it goes through.
    expect(debit('payment')).toStrictEqual(debit('payment', 'mobile'));
    expect(debit('payment', 'counter').ok).toBe(true);
  });

  it('a credit under a credit-scope freeze names the freeze', () => {
    expectRefused(
      {
        ...funded,
        freezes: [
          {
            id: 'C',
            kind: 'risk',
            scope: 'credit',
            from: T0,
            until: '2026-11-24T10:00:00+08:00',
          },
        ],
      },
      { type: 'record_activity', at: T0, kind: 'interest', amount: '0.01' },
      [
        {
          code: 'account_frozen',
          freezeId: 'C',
          freezeKind: 'risk',
          scope: 'credit',
          since: T0,
          until: '2026-11-24T10:00:00+08:00',
          ...STOP_PAYMENT,
          message: 'The account has an active freeze (Risk freeze (emergency stop-payment), C).',
        },
      ],
      ['账户存在有效冻结（风险冻结（紧急止付），C）。'],
    );
  });
});

describe('transition refusals: close', () => {
  it('lists every failed precondition with its facts', () => {
    const account: AccountState = {
      ...normal,
      balance: '0.01',
      freezes: [
        { id: 'J', kind: 'judicial', scope: 'amount', amount: '1.00', from: T0 },
        {
          id: 'L',
          kind: 'voluntary',
          scope: 'debit',
          from: '2026-11-23T10:00:00+08:00',
          until: '2026-12-01T00:00:00+08:00',
        },
      ],
      lossReport: { at: T0, channel: 'phone' },
      pendingBusiness: ['time_deposit'],
      linkedServices: ['payroll', 'auto_debit'],
    };
    expectRefused(
      account,
      { type: 'close', at: '2026-11-22T11:00:00+08:00', channel: 'online' },
      [
        {
          code: 'channel_not_allowed',
          channel: 'online',
          allowedChannels: ['counter'],
          ...BANK_TRAINING,
          message: 'This cannot be done through online banking; allowed: the counter.',
        },
        {
          code: 'balance_not_zero',
          balance: '0.01',
          ...BANK_TRAINING,
          message: 'The balance must be exactly zero to close the account; it is 0.01.',
        },
        {
          code: 'account_frozen',
          freezeId: 'J',
          freezeKind: 'judicial',
          scope: 'amount',
          since: T0,
          ...CIVIL_PROCEDURE,
          message: 'The account has an active freeze (Judicial freeze, J).',
        },
        {
          code: 'account_frozen',
          freezeId: 'L',
          freezeKind: 'voluntary',
          scope: 'debit',
          since: '2026-11-23T10:00:00+08:00',
          until: '2026-12-01T00:00:00+08:00',
          ...BANK_TRAINING,
          message: 'The account has an active freeze (Voluntary freeze, L).',
        },
        {
          code: 'loss_reported',
          since: T0,
          until: '2026-12-07T10:00:00+08:00',
          ...BANK_TRAINING,
          message: `The account is reported lost (since ${T0}).`,
        },
        {
          code: 'pending_business',
          ...BANK_TRAINING,
          items: ['time_deposit'],
          message: 'Unfinished business must be settled first: time_deposit.',
        },
        {
          code: 'linked_services',
          ...BANK_TRAINING,
          items: ['payroll', 'auto_debit'],
          message: 'Linked services must be cancelled first: payroll, auto_debit.',
        },
      ],
      [
        '不能通过网上银行办理；可办理渠道：柜面。',
        '销户时余额须为零，当前余额为0.01。',
        '账户存在有效冻结（司法冻结，J）。',
        '账户存在有效冻结（客户自主冻结，L）。',
        `账户已挂失（自${T0}起）。`,
        '须先办结未完成业务：time_deposit。',
        '须先解除关联业务：payroll、auto_debit。',
      ],
    );
  });

  it('a balance of zero written with fewer decimals is zero', () => {
    const r = transition(
      { ...normal, balance: '0' },
      { type: 'close', at: T0, channel: 'counter' },
      preset,
    );
    expect(r.ok).toBe(true);
  });
});

describe('transition refusals: change_information', () => {
  it('a key field off the counter, without proof or approval', () => {
    expectRefused(
      normal,
      {
        type: 'change_information',
        at: T0,
        channel: 'mobile',
        changes: [{ field: 'name', value: '李四' }],
        enteredBy: 'customer',
      },
      [
        {
          code: 'channel_not_allowed',
          field: 'name',
          channel: 'mobile',
          allowedChannels: ['counter'],
          ...BANK_TRAINING,
          message: 'This cannot be done through mobile banking; allowed: the counter.',
        },
        {
          code: 'proof_required',
          field: 'name',
          ...BANK_TRAINING,
          message: 'Changing the key field name needs official proof.',
        },
        {
          code: 'approval_required',
          field: 'name',
          ...BANK_TRAINING,
          message: 'Changing the key field name needs approval by a second member of staff.',
        },
      ],
      [
        '不能通过手机银行办理；可办理渠道：柜面。',
        '变更关键信息name须提供官方证明。',
        '变更关键信息name须由另一名工作人员审批。',
      ],
    );
  });

  it('an unknown field lists the known ones; one person may not enter and approve', () => {
    expectRefused(
      normal,
      {
        type: 'change_information',
        at: T0,
        channel: 'phone',
        changes: [
          { field: 'balance', value: '1' },
          { field: 'phone', value: '13900000000' },
        ],
        enteredBy: 'S001',
        approvedBy: 'S001',
      },
      [
        {
          code: 'unknown_field',
          field: 'balance',
          ...BANK_TRAINING,
          message:
            'The field balance cannot be changed here; known fields: name, id_number, phone, address, occupation.',
        },
        {
          code: 'channel_not_allowed',
          field: 'phone',
          channel: 'phone',
          allowedChannels: ['counter', 'online', 'mobile'],
          ...BANK_TRAINING,
          message:
            'This cannot be done through phone banking; allowed: the counter, online banking, mobile banking.',
        },
        {
          code: 'segregation_of_duties',
          staff: 'S001',
          ...BANK_TRAINING,
          message: 'The same person (S001) cannot both enter and approve a change.',
        },
      ],
      [
        '不能变更字段balance；可变更字段：name、id_number、phone、address、occupation。',
        '不能通过电话银行办理；可办理渠道：柜面、网上银行、手机银行。',
        '同一人员（S001）不能既录入又审批同一变更。',
      ],
    );
  });
});

describe('transition refusals: restrictions', () => {
  const restricted: AccountState = {
    ...normal,
    restrictions: [{ id: 'P', kind: 'receive_only', from: T0 }],
  };

  it('a restriction id already standing', () => {
    expectRefused(
      restricted,
      { type: 'restrict_person', at: T0, restriction: { id: 'P', kind: 'no_non_counter' } },
      [
        {
          code: 'restriction_id_exists',
          ...PBOC_2019_85,
          restrictionId: 'P',
          message: 'A restriction with id P already stands.',
        },
      ],
      ['已存在编号为P的限制。'],
    );
  });

  it('lifting a restriction that is not there (or an account without any)', () => {
    const notFound: TransitionReason = {
      code: 'restriction_not_found',
      ...PBOC_2019_85,
      restrictionId: 'Q',
      message: 'No restriction with id Q is in force.',
    };
    expectRefused(
      restricted,
      { type: 'lift_restriction', at: T0, id: 'Q' },
      [notFound],
      ['没有编号为Q的有效限制。'],
    );
    expectRefused(
      normal,
      { type: 'lift_restriction', at: T0, id: 'Q' },
      [notFound],
      ['没有编号为Q的有效限制。'],
    );
  });
});
