/**
 * Every duration, channel and switch of the lifecycle comes from the preset: a bank's own preset
 * (derivePreset) changes the outcome accordingly. Expected values follow from the overrides given
 * here and the message catalog.
 */
import { describe, expect, it } from 'vitest';
import { derivePreset, getPreset, type Preset } from '../presets';
import { accountPermissions } from './accountPermissions';
import { advanceWithEffects } from './advance';
import { isCounterChannel } from './isCounterChannel';
import { ACCOUNTS, T0 } from './fixtures.testkit';
import { transition } from './transition';
import type { AccountState, AccountStateView } from './types';

const pboc = getPreset('cn-pboc-2018');
const BANK_TRAINING = {
  source: '《银行个人账户培训》 (bank training course)',
  sourceKey: 'bank-training-course',
};
const normal = ACCOUNTS.normal;

const bank = derivePreset(pboc, {
  id: 'test-bank-lifecycle',
  lifecycle: {
    counterChannels: ['counter'],
    lossReport: { validity: { days: 30 }, writtenReportWithin: null },
    dormancy: { inactivityPeriod: { years: 2 } },
    newAccountInactivity: { period: { months: 3 } },
    closure: { requireZeroBalance: false, recordRetention: { years: 10 } },
    informationChange: { segregationOfDuties: false },
  },
});

describe('a bank’s own lifecycle rules', () => {
  it('a verbal loss report without a written one due; valid for the bank’s 30 days', () => {
    expect(
      transition(normal, { type: 'report_loss', at: T0, channel: 'phone' }, bank),
    ).toStrictEqual({
      ok: true,
      account: { ...normal, lossReport: { at: T0, channel: 'phone' } },
      effects: [
        {
          type: 'notify_customer',
          topic: 'loss_reported',
          message: 'Your loss report is registered; it is valid until 2026-12-22T10:00:00+08:00.',
        },
      ],
    });
  });

  it('closure with money left and records kept 10 years, when the bank says so', () => {
    const funded = { ...normal, balance: '5.00' };
    expect(transition(funded, { type: 'close', at: T0, channel: 'counter' }, bank)).toStrictEqual({
      ok: true,
      account: { ...funded, status: 'closed', closedAt: T0, retainRecordsUntil: '2036-11-22' },
      effects: [
        { type: 'retain_records', until: '2036-11-22', ...BANK_TRAINING },
        { type: 'void_account_number' },
        {
          type: 'notify_customer',
          topic: 'account_closed',
          message: 'Your account has been closed.',
        },
      ],
    });
  });

  it('without segregation of duties, one person may enter and approve, and approval is optional', () => {
    for (const approvedBy of [undefined, 'S001']) {
      const r = transition(
        normal,
        {
          type: 'change_information',
          at: T0,
          channel: 'counter',
          changes: [{ field: 'name', value: '李四' }],
          enteredBy: 'S001',
          proof: 'PSB-1',
          ...(approvedBy === undefined ? {} : { approvedBy }),
        },
        bank,
      );
      expect(r.ok && r.effects[0]).toStrictEqual({
        type: 'audit_record',
        field: 'name',
        key: true,
        oldValue: null,
        newValue: '李四',
        at: T0,
        channel: 'counter',
        enteredBy: 'S001',
        approvedBy: approvedBy ?? null,
        proof: 'PSB-1',
      });
    }
  });

  it('an assisted kiosk is not a counter channel when the bank says only the counter is', () => {
    expect(isCounterChannel('kiosk_assisted', bank)).toBe(false);
    expect(isCounterChannel('counter', bank)).toBe(true);
    const flagged = { ...normal, identityReverificationRequired: true };
    expect(
      transition(flagged, { type: 'verify_identity', at: T0, channel: 'kiosk_assisted' }, bank),
    ).toStrictEqual({
      ok: false,
      reasons: [
        {
          code: 'identity_verification_required',
          source: '银发〔2016〕261号',
          sourceKey: 'pboc-2016-261',
          message: 'The holder’s identity must be verified for this.',
        },
      ],
    });
    // Nor does a debit there escape the non-counter restriction.
    const restricted: AccountState = {
      ...normal,
      balance: '10.00',
      restrictions: [{ id: 'P', kind: 'no_non_counter', from: T0 }],
    };
    const debit = (preset: typeof bank) =>
      transition(
        restricted,
        {
          type: 'record_activity',
          at: T0,
          kind: 'withdraw_cash',
          amount: '1.00',
          channel: 'kiosk_assisted',
        },
        preset,
      ).ok;
    expect(debit(pboc)).toBe(true);
    expect(debit(bank)).toBe(false);
  });

  it('dormancy after the bank’s 2 years, in both languages', () => {
    const idle: AccountState = { ...normal, lastActiveAt: '2025-11-22T10:00:00+08:00' };
    expect(
      transition(idle, { type: 'mark_dormant', at: T0 }, bank, { lang: 'zh-CN' }),
    ).toStrictEqual({
      ok: false,
      reasons: [
        {
          code: 'inactivity_period_not_elapsed',
          dormantFrom: '2027-11-22T10:00:00+08:00',
          ...BANK_TRAINING,
          message: '账户须连续2年无主动交易方可转为久悬，即自2027-11-22T10:00:00+08:00起。',
        },
      ],
    });
    expect(advanceWithEffects(idle, new Date('2027-11-22T10:00:00+08:00'), bank)).toStrictEqual({
      account: { ...idle, status: 'dormant', dormantSince: '2027-11-22T10:00:00+08:00' },
      effects: [
        {
          type: 'notify_customer',
          topic: 'account_dormant',
          message:
            'Your account has become dormant after 2 years without activity; reactivate it with identity verification.',
        },
      ],
    });
  });

  it('the new-account suspension after the bank’s 3 months', () => {
    const fresh: AccountStateView = {
      status: 'normal',
      openedAt: '2026-08-22T10:00:00+08:00',
      lastActiveAt: null,
    };
    expect(
      accountPermissions(fresh, new Date('2026-11-22T09:59:59+08:00'), bank).nonCounter,
    ).toStrictEqual({ allowed: true });
    expect(accountPermissions(fresh, new Date(T0), bank).nonCounter).toStrictEqual({
      allowed: false,
      reasons: [
        {
          code: 'identity_reverification_required',
          since: T0,
          source: '银发〔2016〕261号',
          sourceKey: 'pboc-2016-261',
          message:
            'Non-counter business is suspended until the holder’s identity is re-verified (no transaction within the period after opening, or identity doubts).',
        },
      ],
    });
  });
});

describe('a rule that allows no channel at all', () => {
  it('names none as the allowed channels', () => {
    const noClosure = derivePreset(pboc, {
      id: 'test-no-closure-channel',
      lifecycle: { closure: { channels: [] } },
    });
    const event = { type: 'close', at: T0, channel: 'counter' } as const;
    const reason = {
      code: 'channel_not_allowed',
      channel: 'counter',
      allowedChannels: [],
      ...BANK_TRAINING,
    };
    expect(transition(normal, event, noClosure)).toStrictEqual({
      ok: false,
      reasons: [{ ...reason, message: 'This cannot be done through the counter; allowed: none.' }],
    });
    expect(transition(normal, event, noClosure, { lang: 'zh-CN' })).toStrictEqual({
      ok: false,
      reasons: [{ ...reason, message: '不能通过柜面办理；可办理渠道：无。' }],
    });
  });
});

describe('the preset’s time zone', () => {
  const newYork = derivePreset(pboc, {
    id: 'test-new-york-lifecycle',
    timeZone: 'America/New_York',
  });

  it('writes the same instants in each preset’s own zone', () => {
    const account: AccountStateView = {
      ...normal,
      freezes: [
        {
          id: 'V',
          kind: 'voluntary',
          scope: 'debit',
          from: '2026-11-01T00:00:00+08:00',
          until: '2026-12-01T00:00:00+08:00',
        },
      ],
    };
    const since = (preset: Preset) => {
      const p = accountPermissions(account, new Date(T0), preset);
      return p.debit.allowed ? null : [p.debit.reasons[0]!.since, p.debit.reasons[0]!.until];
    };
    expect(since(pboc)).toStrictEqual(['2026-11-01T00:00:00+08:00', '2026-12-01T00:00:00+08:00']);
    // 31 October is still summer time in New York (-04:00); 30 November is not (-05:00).
    expect(since(newYork)).toStrictEqual([
      '2026-10-31T12:00:00-04:00',
      '2026-11-30T11:00:00-05:00',
    ]);
    expect(since(pboc)).toStrictEqual(['2026-11-01T00:00:00+08:00', '2026-12-01T00:00:00+08:00']);
  });

  it('counts a loss report’s 15 days on the zone’s calendar and writes its end there', () => {
    const reported: AccountState = {
      ...normal,
      lossReport: { at: '2026-10-25T12:00:00-04:00', channel: 'phone' },
    };
    // New York leaves summer time on 1 November: 15 calendar days are 361 hours.
    const r = transition(reported, { type: 'advance', at: '2026-11-09T12:00:00-05:00' }, newYork);
    expect(r).toStrictEqual({
      ok: true,
      account: { ...reported, lossReport: null },
      effects: [{ type: 'loss_report_lapsed', at: '2026-11-09T12:00:00-05:00', ...BANK_TRAINING }],
    });
    const before = transition(
      reported,
      { type: 'advance', at: '2026-11-09T11:59:59-05:00' },
      newYork,
    );
    expect(before).toStrictEqual({ ok: true, account: reported, effects: [] });
  });
});
