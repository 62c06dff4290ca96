import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { derivePreset, getPreset } from '../presets';
import { formatInstant } from '../time';
import { advance, advanceWithEffects, safeAdvance } from './advance';
import { ACCOUNTS, T0 } from './fixtures.testkit';
import type { AccountState, AccountStatus, Freeze, Restriction } from './types';

const pboc = getPreset('cn-pboc-2018');
const newYork = derivePreset(pboc, { id: 'test-new-york', timeZone: 'America/New_York' });

const FROM = Date.parse('2024-01-01T00:00:00Z');
const SPAN = 4 * 365 * 24 * 3_600_000;
const instantMs = fc.integer({ min: FROM, max: FROM + SPAN });
/** An instant written either in +08:00 (as the presets write) or in UTC. */
const text = (ms: number, zoned: boolean) =>
  zoned ? formatInstant(new Date(ms), 'Asia/Shanghai') : new Date(ms).toISOString();

const freezeArb = fc
  .record({
    from: instantMs,
    lengthH: fc.option(fc.integer({ min: 1, max: 24 * 400 }), { nil: undefined }),
    scope: fc.constantFrom('all', 'debit', 'credit', 'amount') as fc.Arbitrary<Freeze['scope']>,
    zoned: fc.boolean(),
  })
  .map(({ from, lengthH, scope, zoned }): Freeze => ({
    id: `F${from}`,
    kind: 'voluntary',
    scope,
    ...(scope === 'amount' ? { amount: '10.00' } : {}),
    from: text(from, zoned),
    ...(lengthH === undefined ? {} : { until: text(from + lengthH * 3_600_000, zoned) }),
  }));

const restrictionArb = fc
  .record({
    from: instantMs,
    lengthD: fc.option(fc.integer({ min: 1, max: 2000 }), { nil: undefined }),
  })
  .map(({ from, lengthD }): Restriction => ({
    id: `R${from}`,
    kind: 'receive_only',
    from: text(from, true),
    ...(lengthD === undefined ? {} : { until: text(from + lengthD * 86_400_000, true) }),
  }));

/** Accounts with any mix of status, dates, freezes, a loss report and restrictions. */
const accountArb: fc.Arbitrary<AccountState> = fc
  .record({
    status: fc.constantFrom<AccountStatus>('pending', 'normal', 'dormant', 'closed'),
    opened: instantMs,
    activeAfterH: fc.option(fc.integer({ min: 0, max: 24 * 800 }), { nil: null }),
    freezes: fc.uniqueArray(freezeArb, { maxLength: 4, selector: (f) => f.id }),
    loss: fc.option(instantMs, { nil: null }),
    restrictions: fc.option(
      fc.uniqueArray(restrictionArb, { maxLength: 3, selector: (r) => r.id }),
      { nil: undefined },
    ),
    flag: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ status, opened, activeAfterH, freezes, loss, restrictions, flag }): AccountState => ({
    status,
    balance: '10.00',
    openedAt: text(opened, true),
    lastActiveAt: activeAfterH === null ? null : text(opened + activeAfterH * 3_600_000, true),
    freezes,
    lossReport: loss === null ? null : { at: text(loss, false), channel: 'phone' },
    pendingBusiness: [],
    linkedServices: [],
    ...(restrictions === undefined ? {} : { restrictions }),
    ...(flag === undefined ? {} : { identityReverificationRequired: flag }),
    ...(status === 'dormant' ? { dormantSince: text(opened, true) } : {}),
  }));

describe('advance', () => {
  it('leaves a closed account as it is', () => {
    expect(advance(ACCOUNTS.closed, new Date('2040-01-01T00:00:00Z'), pboc)).toBe(ACCOUNTS.closed);
  });

  it('returns the same object when nothing is due', () => {
    expect(advance(ACCOUNTS.normal, new Date(T0), pboc)).toBe(ACCOUNTS.normal);
  });

  it('dates dormancy from the end of the inactivity period, not from now', () => {
    const a = { ...ACCOUNTS.normal, lastActiveAt: '2025-03-01T10:00:00+08:00' };
    const { account, effects } = advanceWithEffects(a, new Date('2026-11-22T02:00:00Z'), pboc, {
      lang: 'zh-CN',
    });
    expect(account).toMatchObject({ status: 'dormant', dormantSince: '2026-03-01T10:00:00+08:00' });
    expect(effects).toEqual([
      {
        type: 'notify_customer',
        topic: 'account_dormant',
        message: '您的账户因1年无交易已转为久悬账户，请核实身份后激活。',
      },
    ]);
  });

  it('counts a year on the calendar: 29 February + 1 year is 28 February', () => {
    const a = {
      ...ACCOUNTS.normal,
      openedAt: '2024-01-01T00:00:00+08:00',
      activatedAt: undefined,
      lastActiveAt: '2024-02-29T12:00:00+08:00',
    };
    expect(advance(a, new Date('2025-02-28T11:59:59+08:00'), pboc).status).toBe('normal');
    expect(advance(a, new Date('2025-02-28T12:00:00+08:00'), pboc).status).toBe('dormant');
  });

  it('keeps a loss report exactly 15 calendar days across a DST change (New York)', () => {
    const a = {
      ...ACCOUNTS.normal,
      lossReport: { at: '2026-03-01T12:00:00-05:00', channel: 'phone' as const },
    };
    // 15 days later is 12:00 EDT (-04:00): 359 hours, not 360
    expect(advance(a, new Date('2026-03-16T11:59:59-04:00'), newYork).lossReport).not.toBeNull();
    expect(advance(a, new Date('2026-03-16T12:00:00-04:00'), newYork).lossReport).toBeNull();
  });

  it('rejects a malformed account or instant', () => {
    expect(
      safeAdvance({ ...ACCOUNTS.normal, openedAt: '2026-02-30T00:00:00Z' }, new Date(T0), pboc).ok,
    ).toBe(false);
    expect(() => advance(ACCOUNTS.normal, new Date('nope'), pboc)).toThrow(/valid Date/);
  });

  test.prop([accountArb, instantMs], { numRuns: 300 })('is idempotent', (account, t) => {
    const once = advance(account, new Date(t), pboc);
    expect(advance(once, new Date(t), pboc)).toBe(once);
  });

  test.prop([accountArb, instantMs, instantMs, fc.boolean()], { numRuns: 300 })(
    'is monotonic: advancing to t1 then t2 equals advancing to t2',
    (account, a, b, dst) => {
      const preset = dst ? newYork : pboc;
      const [t1, t2] = a <= b ? [a, b] : [b, a];
      expect(advance(advance(account, new Date(t1), preset), new Date(t2), preset)).toEqual(
        advance(account, new Date(t2), preset),
      );
    },
  );

  test.prop([accountArb, instantMs], { numRuns: 200 })(
    'never un-does anything, never reopens, never resurrects',
    (account, t) => {
      const after = advance(account, new Date(t), pboc);
      if (account.status === 'closed') expect(after).toBe(account);
      if (account.status === 'dormant' || account.status === 'pending')
        expect(after.status).toBe(account.status);
      expect(after.freezes.every((f) => account.freezes.includes(f))).toBe(true);
      expect(after.balance).toBe(account.balance);
      if (account.identityReverificationRequired === true)
        expect(after.identityReverificationRequired).toBe(true);
    },
  );
});
