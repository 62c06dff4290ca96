import { describe, expect, it } from 'vitest';
import { PBOC, only, run, tx, withMonitoring } from './fixtures.testkit';

const dormant = (history: Parameters<typeof run>[0], options?: Parameters<typeof run>[1]) =>
  only(run(history, options), 'dormant_account_activity');
const LAST = '2025-11-22T10:00:00+08:00';

describe('dormant_account_activity: a transaction on a dormant account', () => {
  it('alerts on an active transaction exactly one year after the last activity', () => {
    const alerts = dormant([tx('2026-11-22', '10:00:00', '500.00', 'transfer_in', { id: 'x' })], {
      account: { lastActiveAt: LAST },
    });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      code: 'dormant_account_activity',
      severity: 'medium',
      rule: 'monitoring.dormantAccountActivity',
      source: '《银行个人账户培训》 (bank training course)',
      sourceKey: 'bank-training-course',
      evidence: {
        at: '2026-11-22T10:00:00+08:00',
        basis: 'inactivity',
        dormantSince: '2026-11-22T10:00:00+08:00',
        lastActivity: LAST,
        inactivityPeriod: { years: 1 },
        transaction: { id: 'x', amount: '500.00', kind: 'transfer_in' },
      },
    });
    expect(alerts[0]!.message).toBe(
      'A transfer in of CNY 500.00 at 2026-11-22T10:00:00+08:00 on a dormant account: no active transaction since 2025-11-22T10:00:00+08:00; after 1 year without one it was dormant from 2026-11-22T10:00:00+08:00.',
    );
  });

  it('does not alert one second before the year is over', () => {
    expect(
      dormant([tx('2026-11-22', '09:59:59', '500.00', 'transfer_in')], {
        account: { lastActiveAt: LAST },
      }),
    ).toEqual([]);
  });

  it('interest and fees are not activity: they neither reset dormancy nor raise the alert', () => {
    const history = [
      tx('2026-06-21', '00:00:00', '1.20', 'interest'),
      tx('2026-07-01', '12:00:00', '5.00', 'fee'),
      tx('2026-12-01', '10:00:00', '500.00', 'withdraw_cash', { id: 'w' }),
    ];
    const alerts = dormant(history, { account: { lastActiveAt: LAST } });
    expect(alerts.map((a) => a.evidence.transaction.id)).toEqual(['w']);
    const active = [tx('2026-06-21', '09:00:00', '10.00', 'payment'), history[2]!];
    expect(dormant(active, { account: { lastActiveAt: LAST } })).toEqual([]);
  });

  it('bank postings on a dormant account (ignore, the shipped choice): no alert, counted as ignored', () => {
    const postings = [
      tx('2026-12-01', '00:00:00', '0.35', 'interest'),
      tx('2026-12-05', '12:00:00', '5.00', 'fee'),
    ];
    // Dormant from 2026-11-22; interest and fees alone raise nothing and do not end dormancy.
    expect(dormant(postings, { account: { lastActiveAt: LAST } })).toEqual([]);
    const history = [...postings, tx('2026-12-10', '10:00:00', '500.00', 'withdraw_cash')];
    for (const lang of ['en', 'zh-CN'] as const) {
      const alerts = dormant(history, { account: { lastActiveAt: LAST }, lang });
      expect(alerts).toHaveLength(1);
      expect(alerts[0]!.evidence).toMatchObject({
        at: '2026-12-10T10:00:00+08:00',
        dormantSince: '2026-11-22T10:00:00+08:00',
        lastActivity: LAST,
        count: 1,
        bankPostings: 'ignore',
        ignoredPostings: { count: 2, total: '5.35', kinds: ['fee', 'interest'] },
      });
      expect(alerts[0]!.message).toContain(
        lang === 'en'
          ? 'Bank postings on the dormant account (fee, interest): 2; they are not activity and raise no alert.'
          : '不属主动交易，不触发预警',
      );
    }
    expect(PBOC.monitoring.dormantAccountActivity.bankPostings).toMatchObject({
      onDormantAccount: 'ignore',
      source: 'bank-training-course',
    });
  });

  it('bank postings with onDormantAccount "alert": they raise the alert but never end dormancy', () => {
    const preset = withMonitoring(PBOC, {
      dormantAccountActivity: {
        ...PBOC.monitoring.dormantAccountActivity,
        bankPostings: { onDormantAccount: 'alert', source: 'bank-practice' },
      },
    });
    const interest = tx('2026-12-01', '00:00:00', '0.35', 'interest', { id: 'i' });
    const [only1] = dormant([interest], { account: { lastActiveAt: LAST }, preset });
    expect(only1!.evidence).toMatchObject({
      basis: 'inactivity',
      transaction: { id: 'i', kind: 'interest' },
      dormantSince: '2026-11-22T10:00:00+08:00',
      bankPostings: 'alert',
      ignoredPostings: { count: 0, kinds: [] },
    });
    // The withdrawal still ends a dormancy the interest did not end: one episode of two.
    const history = [
      interest,
      tx('2026-12-10', '10:00:00', '500.00', 'withdraw_cash', { id: 'w' }),
    ];
    const alerts = dormant(history, { account: { lastActiveAt: LAST }, preset });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.evidence).toMatchObject({ count: 2, lastAt: '2026-12-10T10:00:00+08:00' });
    expect(alerts[0]!.evidence.transactions.map((t) => t.id)).toEqual(['i', 'w']);
  });

  it('a lastActiveAt set by the very transaction does not hide the gap before it', () => {
    const history = [
      tx('2025-11-22', '10:00:00', '100.00', 'payment'),
      tx('2026-11-22', '10:00:00', '100.00', 'payment', { id: 'back' }),
    ];
    const alerts = dormant(history, { account: { lastActiveAt: '2026-11-22T10:00:00+08:00' } });
    expect(alerts.map((a) => [a.evidence.transaction.id, a.evidence.lastActivity])).toEqual([
      ['back', '2025-11-22T10:00:00+08:00'],
    ]);
  });

  it('uses the history itself, and openedAt when the account was never active', () => {
    const gap = [
      tx('2025-01-10', '10:00:00', '100.00', 'payment'),
      tx('2026-01-10', '10:00:00', '100.00', 'payment', { id: 'back' }),
    ];
    expect(dormant(gap).map((a) => a.evidence.transaction.id)).toEqual(['back']);
    const first = [tx('2026-02-01', '10:00:00', '100.00', 'payment')];
    expect(dormant(first)).toEqual([]);
    expect(dormant(first, { account: { openedAt: '2025-01-01T09:00:00+08:00' } })).toEqual([]);
    const [alert] = dormant(first, {
      account: { openedAt: '2025-01-01T09:00:00+08:00', lastActiveAt: null },
    });
    expect(alert!.evidence).toMatchObject({
      lastActivity: '2025-01-01T09:00:00+08:00',
      dormantSince: '2026-01-01T09:00:00+08:00',
    });
  });

  it('an absent lastActiveAt is not known: openedAt years before an excerpt is not inactivity', () => {
    const november = [
      tx('2026-11-01', '09:00:00', '8000.00', 'transfer_in', { counterparty: 'other' }),
      tx('2026-11-03', '12:00:00', '3000.00', 'transfer_out'),
      tx('2026-11-05', '19:30:00', '86.50', 'payment'),
      tx('2026-11-20', '08:00:00', '200.00', 'withdraw_cash'),
    ];
    expect(dormant(november, { account: { openedAt: '2019-03-01T10:00:00+08:00' } })).toEqual([]);
    // lastActiveAt: null is "never active": then inactivity does run from openedAt.
    const [alert] = dormant(november, {
      account: { openedAt: '2019-03-01T10:00:00+08:00', lastActiveAt: null },
    });
    expect(alert!.evidence).toMatchObject({
      basis: 'inactivity',
      lastActivity: '2019-03-01T10:00:00+08:00',
      dormantSince: '2020-03-01T10:00:00+08:00',
    });
  });

  it('status dormant: every active transaction from dormantSince on', () => {
    const history = [
      tx('2026-10-01', '10:00:00', '100.00', 'payment', { id: 'before' }),
      tx('2026-11-01', '10:00:00', '100.00', 'payment', { id: 'a' }),
      tx('2026-11-02', '10:00:00', '100.00', 'payment', { id: 'b' }),
    ];
    const alerts = dormant(history, {
      account: { status: 'dormant', dormantSince: '2026-11-01T10:00:00+08:00' },
    });
    // One episode, one alert: both transactions are in its evidence.
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.evidence).toMatchObject({
      basis: 'status',
      transaction: { id: 'a' },
      dormantSince: '2026-11-01T10:00:00+08:00',
      lastActivity: '2026-10-01T10:00:00+08:00',
      count: 2,
      total: '200.00',
      lastAt: '2026-11-02T10:00:00+08:00',
      omittedTransactions: 0,
    });
    expect(alerts[0]!.evidence.transactions.map((t) => t.id)).toEqual(['a', 'b']);
    expect(alerts[0]!.message).toContain(
      'Transactions on the dormant account from 2026-11-01T10:00:00+08:00 to 2026-11-02T10:00:00+08:00: 2 (total CNY 200.00).',
    );
    expect(alerts[0]!.message).toContain('its status is dormant, since 2026-11-01T10:00:00+08:00.');
  });

  it('status dormant without dormantSince: dormant from a year after lastActiveAt', () => {
    const history = [tx('2026-11-22', '10:00:00', '100.00', 'payment')];
    const [alert] = dormant(history, { account: { status: 'dormant', lastActiveAt: LAST } });
    expect(alert!.evidence).toMatchObject({
      basis: 'status',
      dormantSince: '2026-11-22T10:00:00+08:00',
    });
  });

  it('status dormant with no date at all: a transaction less than the period before now is on the dormant account, and no message shows a placeholder', () => {
    const history = [
      tx('2025-10-01', '10:00:00', '100.00', 'payment', { id: 'old' }),
      tx('2026-11-22', '10:00:00', '100.00', 'payment', { id: 'recent' }),
    ];
    // Dormant at now (2027-01-01) means a year without activity before dormancy began, so the
    // 2026-11-22 payment can only be after it; the 2025 one may be before.
    const [en] = dormant(history, { account: { status: 'dormant' } });
    expect(en!.evidence).toMatchObject({
      basis: 'status',
      dormantSince: null,
      transaction: { id: 'recent' },
      count: 1,
    });
    expect(en!.message).toBe(
      'A payment of CNY 100.00 at 2026-11-22T10:00:00+08:00 on a dormant account: its status is dormant (the date it became dormant is not given); dormancy needs 1 year without an active transaction, so one less than 1 year before the review is on the dormant account.',
    );
    const [zh] = dormant(history, { account: { status: 'dormant' }, lang: 'zh-CN' });
    expect(zh!.message).toContain('未提供转入休眠的日期');
    for (const message of [en!.message, zh!.message]) {
      expect(message).not.toMatch(/—|\{|\}|null|undefined/);
    }
  });

  it('a dormantSince beside a normal status is ignored', () => {
    expect(
      dormant([tx('2026-11-22', '10:00:00', '100.00', 'payment')], {
        account: { status: 'normal', dormantSince: '2026-01-01T00:00:00+08:00' },
      }),
    ).toEqual([]);
  });

  it('writes the message in Chinese with zh-CN', () => {
    const [alert] = dormant([tx('2026-11-22', '10:00:00', '500.00', 'transfer_in')], {
      account: { lastActiveAt: LAST },
      lang: 'zh-CN',
    });
    expect(alert!.message).toBe(
      '休眠账户于2026-11-22T10:00:00+08:00发生一笔转入，金额500.00 元：自2025-11-22T10:00:00+08:00起无主动交易，满1年后自2026-11-22T10:00:00+08:00起处于休眠状态。',
    );
  });
});
