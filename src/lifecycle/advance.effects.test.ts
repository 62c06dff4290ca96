/**
 * What time passing does, whole: the account after `advanceWithEffects` (every field) and every
 * effect in order, with notices in English and Simplified Chinese. Expected values come from
 * docs/lifecycle.md ("Time passes"), the shipped PBOC lifecycle rules and the message catalog.
 */
import { describe, expect, it } from 'vitest';
import { getPreset } from '../presets';
import { advance, advanceWithEffects, safeAdvance } from './advance';
import { ACCOUNTS, T0 } from './fixtures.testkit';
import type { AccountState } from './types';

const preset = getPreset('cn-pboc-2018');
const NOW = new Date(T0);
const BANK_TRAINING = {
  source: '《银行个人账户培训》 (bank training course)',
  sourceKey: 'bank-training-course',
};

const SUSPENDED_EN =
  'Non-counter business on your account is suspended until your identity is re-verified at the counter.';
const SUSPENDED_ZH = '您的账户非柜面业务已暂停，请到柜面重新核实身份后恢复。';
const DORMANT_EN =
  'Your account has become dormant after 1 year without activity; reactivate it with identity verification.';
const DORMANT_ZH = '您的账户因1年无交易已转为久悬账户，请核实身份后激活。';

describe('advanceWithEffects', () => {
  /** Everything due at once: a freeze, the loss report and a restriction lapse; both inactivity rules. */
  const due: AccountState = {
    status: 'normal',
    balance: '10.00',
    openedAt: '2025-01-05T10:00:00+08:00',
    lastActiveAt: null,
    freezes: [
      {
        id: 'F',
        kind: 'risk',
        scope: 'debit',
        from: '2026-11-01T10:00:00+08:00',
        until: '2026-11-03T02:00:00Z',
      },
      { id: 'G', kind: 'voluntary', scope: 'credit', from: '2026-11-01T10:00:00+08:00' },
    ],
    lossReport: { at: '2026-11-01T02:00:00Z', channel: 'phone' },
    pendingBusiness: [],
    linkedServices: [],
    restrictions: [
      {
        id: 'P1',
        kind: 'receive_only',
        from: '2026-01-01T00:00:00+08:00',
        until: '2026-11-01T00:00:00+08:00',
      },
      { id: 'P2', kind: 'no_non_counter', from: '2026-01-01T00:00:00+08:00' },
    ],
  };
  const after: AccountState = {
    ...due,
    status: 'dormant',
    // a year after opening (no activity since): the dormancy starts then, not now
    dormantSince: '2026-01-05T10:00:00+08:00',
    freezes: [due.freezes[1]!],
    lossReport: null,
    restrictions: [due.restrictions![1]!],
    identityReverificationRequired: true,
  };

  it('lapses what is due and applies both inactivity rules, in that order', () => {
    expect(advanceWithEffects(due, NOW, preset)).toStrictEqual({
      account: after,
      effects: [
        { type: 'freeze_lapsed', freezeId: 'F', freezeKind: 'risk', at: '2026-11-03T02:00:00Z' },
        { type: 'loss_report_lapsed', at: '2026-11-16T10:00:00+08:00', ...BANK_TRAINING },
        {
          type: 'restriction_lapsed',
          restrictionId: 'P1',
          restrictionKind: 'receive_only',
          at: '2026-11-01T00:00:00+08:00',
        },
        { type: 'notify_customer', topic: 'non_counter_suspended', message: SUSPENDED_EN },
        { type: 'notify_customer', topic: 'account_dormant', message: DORMANT_EN },
      ],
    });
    const zh = advanceWithEffects(due, NOW, preset, { lang: 'zh-CN' });
    expect(zh.account).toStrictEqual(after);
    expect(zh.effects.slice(3)).toStrictEqual([
      { type: 'notify_customer', topic: 'non_counter_suspended', message: SUSPENDED_ZH },
      { type: 'notify_customer', topic: 'account_dormant', message: DORMANT_ZH },
    ]);
    expect(advance(due, NOW, preset)).toStrictEqual(after);
  });

  it('lapses each thing exactly at its end, not a second before', () => {
    const oneSecondBefore = (iso: string) => new Date(Date.parse(iso) - 1000);
    const frozen: AccountState = { ...ACCOUNTS.normal, freezes: due.freezes };
    expect(advance(frozen, oneSecondBefore('2026-11-03T02:00:00Z'), preset)).toBe(frozen);
    expect(advanceWithEffects(frozen, new Date('2026-11-03T02:00:00Z'), preset)).toStrictEqual({
      account: { ...frozen, freezes: [due.freezes[1]] },
      effects: [
        { type: 'freeze_lapsed', freezeId: 'F', freezeKind: 'risk', at: '2026-11-03T02:00:00Z' },
      ],
    });
    // the loss report: 15 days
    const report: AccountState = {
      ...ACCOUNTS.normal,
      lossReport: { at: '2026-11-01T10:00:00+08:00', channel: 'phone' },
    };
    expect(advance(report, oneSecondBefore('2026-11-16T10:00:00+08:00'), preset)).toBe(report);
    expect(advanceWithEffects(report, new Date('2026-11-16T10:00:00+08:00'), preset)).toStrictEqual(
      {
        account: { ...report, lossReport: null },
        effects: [
          { type: 'loss_report_lapsed', at: '2026-11-16T10:00:00+08:00', ...BANK_TRAINING },
        ],
      },
    );
    // a restriction
    const restricted: AccountState = {
      ...ACCOUNTS.normal,
      restrictions: [
        {
          id: 'P',
          kind: 'no_non_counter',
          from: '2026-01-01T00:00:00+08:00',
          until: '2026-11-20T00:00:00+08:00',
        },
      ],
    };
    expect(advance(restricted, oneSecondBefore('2026-11-20T00:00:00+08:00'), preset)).toBe(
      restricted,
    );
    expect(
      advanceWithEffects(restricted, new Date('2026-11-20T00:00:00+08:00'), preset),
    ).toStrictEqual({
      account: { ...restricted, restrictions: [] },
      effects: [
        {
          type: 'restriction_lapsed',
          restrictionId: 'P',
          restrictionKind: 'no_non_counter',
          at: '2026-11-20T00:00:00+08:00',
        },
      ],
    });
  });

  it('a normal account becomes dormant at exactly one year without activity, dated then', () => {
    const idle: AccountState = { ...ACCOUNTS.normal, lastActiveAt: '2025-11-22T10:00:00+08:00' };
    expect(advance(idle, new Date('2026-11-22T09:59:59+08:00'), preset)).toBe(idle);
    const dormant = { ...idle, status: 'dormant' as const, dormantSince: T0 };
    for (const at of [T0, '2027-03-01T00:00:00+08:00'])
      expect(advanceWithEffects(idle, new Date(at), preset)).toStrictEqual({
        account: dormant,
        effects: [{ type: 'notify_customer', topic: 'account_dormant', message: DORMANT_EN }],
      });
  });

  it('the new-account rule: suspended from six months after opening, once, until re-verified', () => {
    const fresh: AccountState = {
      ...ACCOUNTS.normal,
      openedAt: '2026-05-22T10:00:00+08:00',
      activatedAt: '2026-05-22T10:30:00+08:00',
      lastActiveAt: null,
    };
    expect(advance(fresh, new Date('2026-11-22T09:59:59+08:00'), preset)).toBe(fresh);
    expect(advanceWithEffects(fresh, NOW, preset, { lang: 'zh-CN' })).toStrictEqual({
      account: { ...fresh, identityReverificationRequired: true },
      effects: [{ type: 'notify_customer', topic: 'non_counter_suspended', message: SUSPENDED_ZH }],
    });
    // Already suspended: nothing more to say.
    const flagged = { ...fresh, identityReverificationRequired: true };
    expect(advanceWithEffects(flagged, NOW, preset)).toStrictEqual({
      account: flagged,
      effects: [],
    });
    // Re-verified after the deadline: not suspended again.
    const reverified = { ...fresh, identityReverifiedAt: '2026-11-22T10:00:00+08:00' };
    expect(advance(reverified, new Date('2026-12-22T10:00:00+08:00'), preset)).toBe(reverified);
  });

  it('an account without restrictions keeps none; a pending one never becomes dormant', () => {
    const pending: AccountState = {
      ...ACCOUNTS.pending,
      lossReport: { at: '2026-11-01T10:00:00+08:00', channel: 'counter' },
    };
    const later = new Date('2028-01-01T00:00:00+08:00');
    const r = advanceWithEffects(pending, later, preset);
    expect(r.account).toStrictEqual({
      ...pending,
      lossReport: null,
      identityReverificationRequired: true,
    });
    expect(r.effects.map((e) => e.type)).toStrictEqual(['loss_report_lapsed', 'notify_customer']);
  });

  it('leaves a closed account as it is, whatever has lapsed', () => {
    const closed: AccountState = {
      ...ACCOUNTS.closed,
      freezes: [
        {
          id: 'F',
          kind: 'risk',
          scope: 'all',
          from: '2021-11-01T00:00:00+08:00',
          until: '2021-11-02T00:00:00+08:00',
        },
      ],
      lossReport: { at: '2021-11-01T00:00:00+08:00', channel: 'phone' },
    };
    expect(advanceWithEffects(closed, NOW, preset)).toStrictEqual({ account: closed, effects: [] });
    expect(advance(closed, NOW, preset)).toBe(closed);
  });

  it('fills in omitted lists', () => {
    const r = advanceWithEffects(
      {
        status: 'normal',
        balance: '1.00',
        openedAt: '2026-11-01T10:00:00+08:00',
        lastActiveAt: '2026-11-02T10:00:00+08:00',
      },
      NOW,
      preset,
    );
    expect(r).toStrictEqual({
      account: {
        status: 'normal',
        balance: '1.00',
        openedAt: '2026-11-01T10:00:00+08:00',
        lastActiveAt: '2026-11-02T10:00:00+08:00',
        freezes: [],
        lossReport: null,
        pendingBusiness: [],
        linkedServices: [],
      },
      effects: [],
    });
  });
});

describe('safeAdvance', () => {
  it('returns the account, or the error of malformed input', () => {
    const idle: AccountState = { ...ACCOUNTS.normal, lastActiveAt: '2025-11-22T10:00:00+08:00' };
    expect(safeAdvance(idle, NOW, preset)).toStrictEqual({
      ok: true,
      value: { ...idle, status: 'dormant', dormantSince: T0 },
    });
    expect(safeAdvance(idle, T0, preset)).toStrictEqual(safeAdvance(idle, NOW, preset));
    const bad = safeAdvance(ACCOUNTS.normal, 'tomorrow', preset);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.code).toBe('invalid_instant');
    expect(bad.error.issues.map((i) => i.path)).toStrictEqual([['now']]);
    const malformed = safeAdvance({ ...ACCOUNTS.normal, balance: 5 } as never, NOW, preset);
    expect(malformed.ok).toBe(false);
    if (malformed.ok) return;
    expect(malformed.error.code).toBe('invalid_input');
    expect(malformed.error.issues.map((i) => i.path)).toStrictEqual([['account', 'balance']]);
  });
});
