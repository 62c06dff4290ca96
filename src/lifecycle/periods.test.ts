/**
 * One instant, many periods: every rule measures its own period from the same start (calendar
 * arithmetic in the preset's zone is remembered between calls, and must never hand one rule's end
 * to another). Periods from the shipped PBOC rules: 48 h risk and 24 h system freezes, 5 days for
 * the written loss report, 15 days of validity, 6 months for new accounts, 1 year of inactivity,
 * 5 years of records and of account-seller restrictions.
 */
import { describe, expect, it } from 'vitest';
import { derivePreset, getPreset, type Preset } from '../presets';
import { accountPermissions } from './accountPermissions';
import { ACCOUNTS, T0 } from './fixtures.testkit';
import { transition } from './transition';
import type { AccountStateView } from './types';

const preset = getPreset('cn-pboc-2018');
const normal = ACCOUNTS.normal;

describe('periods from the same instant', () => {
  it('hours: a risk freeze lasts 48 hours, a system freeze 24', () => {
    const until = (kind: 'risk' | 'system') => {
      const r = transition(
        normal,
        { type: 'freeze', at: T0, freeze: { id: 'F', kind, scope: 'all' } },
        preset,
      );
      return r.ok ? r.account.freezes[0]!.until : r.reasons;
    };
    expect(until('risk')).toBe('2026-11-24T10:00:00+08:00');
    expect(until('system')).toBe('2026-11-23T10:00:00+08:00');
    expect(until('risk')).toBe('2026-11-24T10:00:00+08:00');
  });

  it('days: a loss report is valid 15 days, its written confirmation due in 5', () => {
    const r = transition(normal, { type: 'report_loss', at: T0, channel: 'online' }, preset);
    expect(r.ok && r.effects).toStrictEqual([
      {
        type: 'notify_customer',
        topic: 'loss_reported',
        message: 'Your loss report is registered; it is valid until 2026-12-07T10:00:00+08:00.',
      },
      {
        type: 'written_report_due',
        by: '2026-11-27T10:00:00+08:00',
        channels: ['counter'],
        source: '《储蓄管理条例》第三十一条',
        sourceKey: 'cn-savings-regulations',
      },
    ]);
  });

  it('years: records kept 5 years, an account seller restricted 2 (the 2024 Measures), dormancy after 1', () => {
    const closed = transition(normal, { type: 'close', at: T0, channel: 'counter' }, preset);
    expect(closed.ok && closed.account.retainRecordsUntil).toBe('2031-11-22');
    const idle = { ...normal, lastActiveAt: T0 };
    const early = transition(
      idle,
      { type: 'mark_dormant', at: '2027-01-01T00:00:00+08:00' },
      preset,
    );
    expect(early.ok || early.reasons[0]!.dormantFrom).toBe('2027-11-22T10:00:00+08:00');
    const seller = transition(
      normal,
      {
        type: 'restrict_person',
        at: T0,
        restriction: { id: 'P', kind: 'no_non_counter', reason: 'account_selling' },
      },
      preset,
    );
    expect(seller.ok && seller.account.restrictions![0]!.until).toBe('2028-11-22T10:00:00+08:00');
    const again = transition(
      idle,
      { type: 'mark_dormant', at: '2027-01-01T00:00:00+08:00' },
      preset,
    );
    expect(again.ok || again.reasons[0]!.dormantFrom).toBe('2027-11-22T10:00:00+08:00');
  });

  it('months: the new-account period of each preset from the same opening', () => {
    const threeMonths = derivePreset(preset, {
      id: 'test-three-months',
      lifecycle: { newAccountInactivity: { period: { months: 3 } } },
    });
    const fresh: AccountStateView = { status: 'normal', openedAt: T0, lastActiveAt: null };
    const since = (p: Preset, at: string) => {
      const n = accountPermissions(fresh, new Date(at), p).nonCounter;
      return n.allowed ? null : n.reasons[0]!.since;
    };
    expect(since(preset, '2027-06-01T00:00:00+08:00')).toBe('2027-05-22T10:00:00+08:00');
    expect(since(threeMonths, '2027-06-01T00:00:00+08:00')).toBe('2027-02-22T10:00:00+08:00');
    expect(since(preset, '2027-05-22T09:59:59+08:00')).toBeNull();
    expect(since(threeMonths, '2027-02-22T09:59:59+08:00')).toBeNull();
  });

  it('weeks and minutes: a bank’s own periods, from the same instant', () => {
    // derivePreset merges a duration into the base one, so the base's unit is zeroed explicitly.
    const weeks = (n: number) =>
      derivePreset(preset, {
        id: `test-validity-${n}w`,
        lifecycle: { lossReport: { validity: { days: 0, weeks: n } } },
      });
    const minutes = (n: number) =>
      derivePreset(preset, {
        id: `test-system-${n}min`,
        lifecycle: { freezes: { system: { maxDuration: { hours: 0, minutes: n } } } },
      });
    const validUntil = (p: Preset) => {
      const r = transition(normal, { type: 'report_loss', at: T0, channel: 'counter' }, p);
      return r.ok ? r.effects[0] : r.reasons;
    };
    expect(validUntil(weeks(2))).toStrictEqual({
      type: 'notify_customer',
      topic: 'loss_reported',
      message: 'Your loss report is registered; it is valid until 2026-12-06T10:00:00+08:00.',
    });
    expect(validUntil(weeks(3))).toStrictEqual({
      type: 'notify_customer',
      topic: 'loss_reported',
      message: 'Your loss report is registered; it is valid until 2026-12-13T10:00:00+08:00.',
    });
    const systemUntil = (p: Preset) => {
      const r = transition(
        normal,
        { type: 'freeze', at: T0, freeze: { id: 'S', kind: 'system', scope: 'all' } },
        p,
      );
      return r.ok ? r.account.freezes[0]!.until : r.reasons;
    };
    expect(systemUntil(minutes(90))).toBe('2026-11-22T11:30:00+08:00');
    expect(systemUntil(minutes(30))).toBe('2026-11-22T10:30:00+08:00');
  });
});
