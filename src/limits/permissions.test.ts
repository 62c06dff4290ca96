/*
 * Permission violations (issue 6): a kind no rule of the class permits, a channel the class does
 * not allow (counter business is always allowed: `lifecycle.counterChannels`), and the upgrade
 * hint's evaluation of higher classes, with every field of the violation and its messages in both
 * languages.
 */
import { describe, expect, it } from 'vitest';
import { derivePreset, getPreset } from '../presets';
import type { Preset } from '../presets/types/preset';
import {
  checkTransaction,
  createUsage,
  recordTransaction,
  type CheckOptions,
  type LimitAccount,
  type TransactionInput,
} from '.';

const AT = '2026-11-22T10:00:00+08:00';
const III: LimitAccount = { class: 'III', balance: '100.00' };
const PAYMENT: TransactionInput = {
  at: AT,
  amount: '50.00',
  kind: 'payment',
  counterparty: 'other',
};

/** cn-pboc-2018 whose Class III may be used on the mobile channel only (besides the counter). */
function mobileOnlyPreset(): Preset {
  return derivePreset(getPreset('cn-pboc-2018'), {
    id: 'test-mobile-only',
    classes: { III: { transactionChannels: ['mobile'] } },
  });
}

/** cn-pboc-2018 whose Class III permits nothing but what its first rule (no cash) says. */
function noCatchAllPreset(): Preset {
  const base = getPreset('cn-pboc-2018');
  const iii = base.classes.find((c) => c.id === 'III')!;
  return derivePreset(base, {
    id: 'test-no-catch-all',
    classes: { III: { permissions: [iii.permissions[0]!] } },
  });
}

function check(
  preset: Preset,
  transaction: TransactionInput,
  account: LimitAccount = III,
  options: CheckOptions = {},
) {
  return checkTransaction(account, transaction, createUsage(preset), preset, options);
}

describe('channel_not_permitted', () => {
  it('the class’s own channels and the counter channels pass; any other channel is refused', () => {
    const preset = mobileOnlyPreset();
    for (const channel of ['mobile', 'counter', 'kiosk_assisted'] as const)
      expect(check(preset, { ...PAYMENT, channel }).allowed).toBe(true);
    const d = check(preset, { ...PAYMENT, channel: 'online' }, III, { upgradeHint: false });
    expect(d.allowed).toBe(false);
    const expected = (message: string) => ({
      code: 'channel_not_permitted',
      kind: 'payment',
      counterparty: 'other',
      class: 'III',
      why: 'channel',
      unmet: [],
      channel: 'online',
      rule: 'classes.III.transactionChannels',
      source: '银发〔2018〕16号',
      sourceKey: 'pboc-2018-16',
      message,
    });
    expect(d.violations).toStrictEqual([
      expected(
        'A Class III account does not allow this transaction through online banking; allowed: the counter, an assisted kiosk, mobile banking.',
      ),
    ]);
    expect(
      check(preset, { ...PAYMENT, channel: 'online' }, III, { lang: 'zh-CN', upgradeHint: false })
        .violations,
    ).toStrictEqual([
      expected('Ⅲ类户不能通过网上银行办理此交易；可办理渠道：柜面、有人值守的自助设备、手机银行。'),
    ]);
  });

  it('a transaction that names no channel is not counter business: refused, with no channel field', () => {
    const preset = mobileOnlyPreset();
    const expected = (message: string) => ({
      code: 'channel_not_permitted',
      kind: 'payment',
      counterparty: 'other',
      class: 'III',
      why: 'channel',
      unmet: [],
      rule: 'classes.III.transactionChannels',
      source: '银发〔2018〕16号',
      sourceKey: 'pboc-2018-16',
      message,
    });
    expect(check(preset, PAYMENT, III, { upgradeHint: false }).violations).toStrictEqual([
      expected(
        'A Class III account does not allow this transaction through an unspecified channel; allowed: the counter, an assisted kiosk, mobile banking.',
      ),
    ]);
    expect(
      check(preset, PAYMENT, III, { lang: 'zh-CN', upgradeHint: false }).violations,
    ).toStrictEqual([
      expected(
        'Ⅲ类户不能通过未注明的渠道办理此交易；可办理渠道：柜面、有人值守的自助设备、手机银行。',
      ),
    ]);
  });

  it('the hint names Class II, which has no channel restriction', () => {
    const d = check(mobileOnlyPreset(), { ...PAYMENT, channel: 'online' });
    expect(d.upgrade).toStrictEqual({
      class: 'II',
      rank: 2,
      title: 'Class II account',
      stillBlockedByAccountState: false,
    });
  });
});

describe('kind_not_permitted when no rule of the class matches', () => {
  it('names the class’s permissions as the rule and cites the class’s source', () => {
    const preset = noCatchAllPreset();
    const expected = (message: string, channel?: 'mobile') => ({
      code: 'kind_not_permitted',
      kind: 'payment',
      counterparty: 'other',
      class: 'III',
      why: 'no_rule',
      unmet: [],
      ...(channel === undefined ? {} : { channel }),
      rule: 'classes.III.permissions',
      source: '银发〔2018〕16号',
      sourceKey: 'pboc-2018-16',
      message,
    });
    const en =
      'A Class III account does not allow this transaction (payment): no rule of this class or tier permits it.';
    expect(check(preset, PAYMENT, III, { upgradeHint: false }).violations).toStrictEqual([
      expected(en),
    ]);
    expect(
      check(preset, { ...PAYMENT, channel: 'mobile' }, III, { upgradeHint: false }).violations,
    ).toStrictEqual([expected(en, 'mobile')]);
    expect(
      check(preset, PAYMENT, III, { lang: 'zh-CN', upgradeHint: false }).violations,
    ).toStrictEqual([
      expected('Ⅲ类户不允许办理此类交易（消费缴费）：该类别或层级没有允许此类交易的规则。'),
    ]);
  });
});

describe('kind_not_permitted with several unmet conditions', () => {
  it('names every one, in the rule’s order', () => {
    const base = getPreset('cn-pboc-2018');
    const iii = base.classes.find((c) => c.id === 'III')!;
    const preset = derivePreset(base, {
      id: 'test-two-conditions',
      classes: {
        III: {
          permissions: iii.permissions.map((p) =>
            p.kinds.includes('transfer_in') && p.requires !== undefined
              ? { ...p, requires: ['bound_first_deposit', 'face_to_face_verified'] as const }
              : p,
          ),
        },
      },
    });
    const t: TransactionInput = { at: AT, amount: '10.00', kind: 'transfer_in' };
    const expected = (message: string) => ({
      code: 'kind_not_permitted',
      kind: 'transfer_in',
      counterparty: 'other',
      class: 'III',
      why: 'conditions',
      unmet: ['bound_first_deposit', 'face_to_face_verified'],
      rule: 'classes.III.permissions.2',
      source: '银发〔2018〕16号',
      sourceKey: 'pboc-2018-16',
      message,
    });
    expect(check(preset, t, III, { upgradeHint: false }).violations).toStrictEqual([
      expected(
        "A Class III account does not allow this transaction (transfer in): only after a first deposit from the bound account, and only after the holder's identity has been confirmed face to face.",
      ),
    ]);
    expect(check(preset, t, III, { upgradeHint: false, lang: 'zh-CN' }).violations).toStrictEqual([
      expected(
        'Ⅲ类户不允许办理此类交易（转入）：须先由绑定账户转入首笔资金后方可办理。须经面对面核实身份后方可办理。',
      ),
    ]);
    // With one of the two, the other is still missing.
    expect(
      check(preset, t, { ...III, faceToFaceVerified: true }, { upgradeHint: false }).violations[0],
    ).toMatchObject({ unmet: ['bound_first_deposit'] });
  });
});

describe('the upgrade hint checks the balance cap of the classes it considers', () => {
  it('a credit over Class II’s cap too skips Class II and suggests Class I', () => {
    const preset = derivePreset(getPreset('cn-pboc-2018'), {
      id: 'test-capped-ii',
      classes: {
        II: {
          limits: {
            balance: {
              type: 'balance_cap',
              limit: { amount: '2500.00', currency: 'CNY' },
              layer: 'bank',
              source: 'pboc-2018-16',
            },
          },
        },
      },
    });
    const credit = (amount: string): TransactionInput => ({
      at: AT,
      amount,
      kind: 'transfer_in',
      counterparty: 'bound',
    });
    const empty: LimitAccount = { class: 'III', balance: '0.00' };
    // 2,400 is over Class III's 2,000 cap, within Class II's 2,500.
    const under = check(preset, credit('2400.00'), empty);
    expect(under.violations.map((v) => v.code)).toStrictEqual(['balance_cap']);
    expect(under.upgrade).toMatchObject({ class: 'II' });
    // 2,500.01 is over both: only Class I (no cap) would allow it.
    const over = check(preset, credit('2500.01'), empty);
    expect(over.violations.map((v) => v.code)).toStrictEqual(['balance_cap']);
    expect(over.upgrade).toStrictEqual({
      class: 'I',
      rank: 3,
      title: 'Class I account',
      stillBlockedByAccountState: false,
    });
  });
});

describe('the upgrade hint counts as each class counts', () => {
  it('Class II counts inflows Class III does not: an inflow over Class II’s day suggests Class I', () => {
    const preset = getPreset('cn-pboc-2018');
    const usage = recordTransaction(createUsage(preset), {
      at: '2026-11-22T09:00:00+08:00',
      amount: '9500.00',
      kind: 'transfer_in',
      counterparty: 'other',
    });
    const account: LimitAccount = {
      class: 'III',
      balance: '1500.00',
      boundFirstDepositReceived: true,
      faceToFaceVerified: true,
    };
    const d = checkTransaction(
      account,
      { at: AT, amount: '600.00', kind: 'transfer_in', counterparty: 'other' },
      usage,
      preset,
    );
    // Class III: over its 2,000 balance cap. Class II: 9,500 + 600 over its 10,000 a day.
    expect(d.violations.map((v) => v.code)).toStrictEqual(['balance_cap']);
    expect(d.upgrade).toStrictEqual({
      class: 'I',
      rank: 3,
      title: 'Class I account',
      stillBlockedByAccountState: false,
    });
    // 500.00 more from a balance of 1,600: over Class III's cap, exactly Class II's 10,000.
    const smaller = checkTransaction(
      { ...account, balance: '1600.00' },
      { at: AT, amount: '500.00', kind: 'transfer_in', counterparty: 'other' },
      usage,
      preset,
    );
    expect(smaller.upgrade).toMatchObject({ class: 'II' });
  });
});
