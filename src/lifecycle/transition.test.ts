import { describe, expect, it } from 'vitest';
import { isAccountPolicyError } from '../errors';
import { getPreset } from '../presets';
import type { LifecycleEvent } from './events';
import { ACCOUNTS, hoursAfterT0, T0 } from './fixtures.testkit';
import { safeTransition, transition } from './transition';
import type { TransitionResult } from './transitionTypes';
import type { AccountState, Freeze } from './types';

const preset = getPreset('cn-pboc-2018');
const normal = ACCOUNTS.normal;

function ok(result: TransitionResult): Extract<TransitionResult, { ok: true }> {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.reasons)}`);
  return result;
}
function codes(result: TransitionResult): string[] {
  if (result.ok) throw new Error('expected a refusal');
  return result.reasons.map((r) => r.code);
}
const run = (account: AccountState, event: LifecycleEvent) => transition(account, event, preset);

describe('freeze', () => {
  it('defaults from to the event and until to the kind’s longest duration', () => {
    const r = ok(
      run(normal, {
        type: 'freeze',
        at: T0,
        freeze: { id: 'J1', kind: 'judicial', scope: 'all', authority: 'Court' },
      }),
    );
    expect(r.account.freezes).toEqual([
      {
        id: 'J1',
        kind: 'judicial',
        scope: 'all',
        from: T0,
        until: '2027-11-22T10:00:00+08:00',
        authority: 'Court',
      },
    ]);
    expect(r.effects).toEqual([
      {
        type: 'notify_customer',
        topic: 'freeze_placed',
        message: `Your account is frozen (Judicial freeze) from ${T0} until 2027-11-22T10:00:00+08:00.`,
      },
    ]);
  });

  it('accepts exactly the longest duration and refuses one millisecond more', () => {
    const at48 = '2026-11-24T10:00:00+08:00';
    expect(
      run(normal, {
        type: 'freeze',
        at: T0,
        freeze: { id: 'R', kind: 'risk', scope: 'debit', until: at48 },
      }).ok,
    ).toBe(true);
    const over = run(normal, {
      type: 'freeze',
      at: T0,
      freeze: { id: 'R', kind: 'risk', scope: 'debit', until: '2026-11-24T10:00:00.001+08:00' },
    });
    expect(over).toEqual({
      ok: false,
      reasons: [
        expect.objectContaining({
          code: 'freeze_duration_exceeded',
          freezeKind: 'risk',
          maxUntil: at48,
          source: '银发〔2016〕86号',
          sourceKey: 'pboc-2016-86',
        }),
      ],
    });
  });

  it('lists every reason: duplicate id, scope not allowed for the kind, too long', () => {
    const existing: Freeze = {
      id: 'S',
      kind: 'system',
      scope: 'all',
      from: T0,
      until: hoursAfterT0(1),
    };
    const r = run(
      { ...normal, freezes: [existing] },
      {
        type: 'freeze',
        at: T0,
        freeze: { id: 'S', kind: 'system', scope: 'credit', until: hoursAfterT0(25) },
      },
    );
    expect(codes(r)).toEqual([
      'freeze_id_exists',
      'freeze_scope_not_allowed',
      'freeze_duration_exceeded',
    ]);
  });

  it('keeps an amount freeze’s amount in the currency scale and does not tell the customer of an AML freeze', () => {
    const amount = ok(
      run(normal, {
        type: 'freeze',
        at: T0,
        freeze: { id: 'A', kind: 'judicial', scope: 'amount', amount: '5000' },
      }),
    );
    expect(amount.account.freezes[0]!.amount).toBe('5000.00');
    const aml = ok(
      run(normal, {
        type: 'freeze',
        at: T0,
        freeze: { id: 'C', kind: 'compliance', scope: 'all' },
      }),
    );
    expect(aml.account.freezes[0]!.until).toBeUndefined();
    expect(aml.effects).toEqual([]);
  });

  it('throws invalid_input for a malformed freeze', () => {
    const bad = safeTransition(
      normal,
      { type: 'freeze', at: T0, freeze: { id: 'A', kind: 'risk', scope: 'amount' } },
      preset,
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('invalid_input');
      expect(bad.error.issues[0]!.path).toEqual(['event', 'freeze', 'amount']);
    }
    expect(() =>
      run(normal, {
        type: 'freeze',
        at: T0,
        freeze: {
          id: 'A',
          kind: 'risk',
          scope: 'all',
          from: hoursAfterT0(-10),
          until: hoursAfterT0(-1),
        },
      }),
    ).toThrow(/must be later than the event/);
  });
});

describe('renew_freeze and unfreeze', () => {
  const risk: Freeze = {
    id: 'R',
    kind: 'risk',
    scope: 'all',
    from: T0,
    until: '2026-11-24T10:00:00+08:00',
  };
  const judicial: Freeze = {
    id: 'J',
    kind: 'judicial',
    scope: 'all',
    from: T0,
    until: '2027-11-22T10:00:00+08:00',
    authority: 'Court',
  };

  it('renews a risk stop-payment once for at most 48 hours more, then refuses (at most twice in all)', () => {
    const once = ok(
      run(
        { ...normal, freezes: [risk] },
        { type: 'renew_freeze', at: hoursAfterT0(40), id: 'R', until: '2026-11-26T10:00:00+08:00' },
      ),
    );
    expect(once.account.freezes[0]).toMatchObject({
      until: '2026-11-26T10:00:00+08:00',
      renewals: 1,
    });
    const twice = run(once.account, {
      type: 'renew_freeze',
      at: hoursAfterT0(80),
      id: 'R',
      until: '2026-11-27T10:00:00+08:00',
    });
    expect(twice).toEqual({
      ok: false,
      reasons: [
        expect.objectContaining({ code: 'renewal_limit_reached', renewals: 1, maxRenewals: 1 }),
      ],
    });
    const tooLong = run(
      { ...normal, freezes: [risk] },
      { type: 'renew_freeze', at: T0, id: 'R', until: '2026-11-26T10:00:00.001+08:00' },
    );
    expect(codes(tooLong)).toEqual(['freeze_duration_exceeded']);
  });

  it('renews a judicial freeze only on the authority’s notice, by up to a year each time, without limit', () => {
    let account: AccountState = { ...normal, freezes: [judicial] };
    expect(
      codes(
        run(account, { type: 'renew_freeze', at: T0, id: 'J', until: '2028-11-22T10:00:00+08:00' }),
      ),
    ).toEqual(['authority_notice_required']);
    for (let year = 2028; year <= 2031; year++) {
      account = ok(
        run(account, {
          type: 'renew_freeze',
          at: `${year - 1}-11-01T10:00:00+08:00`,
          id: 'J',
          until: `${year}-11-22T10:00:00+08:00`,
          notice: `N${year}`,
        }),
      ).account;
    }
    expect(account.freezes[0]).toMatchObject({ renewals: 4, until: '2031-11-22T10:00:00+08:00' });
  });

  it('refuses renewing a system freeze (24 hours, no renewal)', () => {
    const sys: Freeze = {
      id: 'S',
      kind: 'system',
      scope: 'all',
      from: T0,
      until: hoursAfterT0(24),
    };
    expect(
      codes(
        run(
          { ...normal, freezes: [sys] },
          { type: 'renew_freeze', at: T0, id: 'S', until: hoursAfterT0(30) },
        ),
      ),
    ).toEqual(['renewal_limit_reached']);
  });

  it('lifts a judicial freeze only by the authority’s notice, listing every failure', () => {
    const account = { ...normal, freezes: [judicial] };
    expect(
      codes(
        run(account, {
          type: 'unfreeze',
          at: T0,
          id: 'J',
          liftedBy: 'customer_in_person',
          channel: 'counter',
        }),
      ),
    ).toEqual(['lifting_party_not_allowed', 'authority_notice_required']);
    expect(codes(run(account, { type: 'unfreeze', at: T0, id: 'J' }))).toEqual([
      'authority_notice_required',
    ]);
    const lifted = ok(
      run(account, {
        type: 'unfreeze',
        at: T0,
        id: 'J',
        liftedBy: 'authority',
        notice: '(2026)京01执123号',
      }),
    );
    expect(lifted.account.freezes).toEqual([]);
  });

  it('lifts a voluntary freeze only with the customer in person at the counter', () => {
    const v: Freeze = { id: 'V', kind: 'voluntary', scope: 'debit', from: T0 };
    const account = { ...normal, freezes: [v] };
    expect(codes(run(account, { type: 'unfreeze', at: T0, id: 'V', channel: 'mobile' }))).toEqual([
      'channel_not_allowed',
    ]);
    expect(
      codes(
        run(account, {
          type: 'unfreeze',
          at: T0,
          id: 'V',
          channel: 'counter',
          liftedBy: 'risk_team',
        }),
      ),
    ).toEqual(['lifting_party_not_allowed']);
    expect(
      ok(run(account, { type: 'unfreeze', at: T0, id: 'V', channel: 'counter' })).account.freezes,
    ).toEqual([]);
  });

  it('cannot lift what has lapsed or never existed; a lapsed freeze goes when time passes', () => {
    const account = { ...normal, freezes: [risk] };
    expect(
      codes(run(account, { type: 'unfreeze', at: '2026-11-24T10:00:00+08:00', id: 'R' })),
    ).toEqual(['freeze_not_found']);
    expect(codes(run(account, { type: 'unfreeze', at: T0, id: 'nope' }))).toEqual([
      'freeze_not_found',
    ]);
    const later = ok(run(account, { type: 'advance', at: '2026-11-24T10:00:00+08:00' }));
    expect(later.account.freezes).toEqual([]);
    expect(later.effects).toEqual([
      { type: 'freeze_lapsed', freezeId: 'R', freezeKind: 'risk', at: risk.until },
    ]);
    const stillThere = ok(run(account, { type: 'advance', at: '2026-11-24T09:59:59.999+08:00' }));
    expect(stillThere.account.freezes).toEqual([risk]);
  });
});

describe('loss reports', () => {
  it('accepts a report on the preset’s channels; a verbal one needs a written report within 5 days', () => {
    const r = ok(run(normal, { type: 'report_loss', at: T0, channel: 'phone' }));
    expect(r.account.lossReport).toEqual({ at: T0, channel: 'phone' });
    expect(r.effects).toContainEqual({
      type: 'written_report_due',
      by: '2026-11-27T10:00:00+08:00',
      channels: ['counter'],
      source: '《储蓄管理条例》第三十一条',
      sourceKey: 'cn-savings-regulations',
    });
    const counter = ok(run(normal, { type: 'report_loss', at: T0, channel: 'counter' }));
    expect(counter.effects.map((e) => e.type)).toEqual(['notify_customer']);
    expect(codes(run(normal, { type: 'report_loss', at: T0, channel: 'atm' }))).toEqual([
      'channel_not_allowed',
    ]);
    expect(codes(run(normal, { type: 'report_loss', at: T0 }))).toEqual(['channel_not_allowed']);
  });

  it('lapses exactly 15 days after the report', () => {
    const reported = { ...normal, lossReport: { at: T0, channel: 'phone' as const } };
    expect(
      codes(
        run(reported, {
          type: 'report_loss',
          at: '2026-12-07T09:59:59.999+08:00',
          channel: 'phone',
        }),
      ),
    ).toEqual(['loss_already_reported']);
    const lapsed = ok(run(reported, { type: 'advance', at: '2026-12-07T10:00:00+08:00' }));
    expect(lapsed.account.lossReport).toBeNull();
    expect(lapsed.effects).toEqual([
      {
        type: 'loss_report_lapsed',
        at: '2026-12-07T10:00:00+08:00',
        source: '《银行个人账户培训》 (bank training course)',
        sourceKey: 'bank-training-course',
      },
    ]);
  });

  it('is withdrawn only at the counter, with identity verified', () => {
    const reported = { ...normal, lossReport: { at: T0, channel: 'phone' as const } };
    expect(
      codes(
        run(reported, {
          type: 'unreport_loss',
          at: hoursAfterT0(1),
          channel: 'mobile',
          identityVerified: true,
        }),
      ),
    ).toEqual(['channel_not_allowed']);
    expect(
      codes(
        run(reported, {
          type: 'unreport_loss',
          at: hoursAfterT0(1),
          channel: 'counter',
          identityVerified: false,
        }),
      ),
    ).toEqual(['identity_verification_required']);
    expect(
      ok(run(reported, { type: 'unreport_loss', at: hoursAfterT0(1), channel: 'counter' })).account
        .lossReport,
    ).toBeNull();
    expect(codes(run(normal, { type: 'unreport_loss', at: T0, channel: 'counter' }))).toEqual([
      'no_loss_report',
    ]);
  });

  it('ends with a replacement card at the counter', () => {
    const reported = { ...normal, lossReport: { at: T0, channel: 'phone' as const } };
    const r = ok(run(reported, { type: 'replace_card', at: hoursAfterT0(2), channel: 'counter' }));
    expect(r.account.lossReport).toBeNull();
    expect(r.effects[0]).toEqual({ type: 'issue_replacement_card' });
    expect(
      codes(run(reported, { type: 'replace_card', at: hoursAfterT0(2), channel: 'online' })),
    ).toEqual(['channel_not_allowed', 'identity_verification_required']);
  });
});

describe('dormancy', () => {
  const idle = { ...normal, lastActiveAt: '2025-11-22T10:00:00+08:00' };

  it('marks dormant exactly one year after the last active transaction, not before', () => {
    const early = run(idle, { type: 'mark_dormant', at: '2026-11-22T09:59:59.999+08:00' });
    expect(early).toEqual({
      ok: false,
      reasons: [
        expect.objectContaining({ code: 'inactivity_period_not_elapsed', dormantFrom: T0 }),
      ],
    });
    const r = ok(run(idle, { type: 'mark_dormant', at: T0 }));
    expect(r.account).toMatchObject({ status: 'dormant', dormantSince: T0 });
    expect(r.effects.map((e) => e.type)).toEqual(['notify_customer']);
    // marking again changes nothing
    expect(ok(run(r.account, { type: 'mark_dormant', at: hoursAfterT0(1) }))).toEqual({
      ok: true,
      account: r.account,
      effects: [],
    });
  });

  it('does not count interest or fees as activity', () => {
    const withInterest = ok(
      run(
        { ...idle, balance: '10.00' },
        {
          type: 'record_activity',
          at: '2026-06-21T10:00:00+08:00',
          kind: 'interest',
          amount: '0.01',
        },
      ),
    );
    expect(withInterest.account.lastActiveAt).toBe(idle.lastActiveAt);
    const withFee = ok(
      run(withInterest.account, {
        type: 'record_activity',
        at: '2026-09-21T10:00:00+08:00',
        kind: 'fee',
        amount: '1.00',
      }),
    );
    expect(withFee.account.lastActiveAt).toBe(idle.lastActiveAt);
    expect(ok(run(withFee.account, { type: 'advance', at: T0 })).account.status).toBe('dormant');
    const deposit = ok(
      run(idle, {
        type: 'record_activity',
        at: '2026-06-21T10:00:00+08:00',
        kind: 'deposit_cash',
        amount: '1.00',
        channel: 'counter',
      }),
    );
    expect(ok(run(deposit.account, { type: 'advance', at: T0 })).account.status).toBe('normal');
  });

  it('reactivates only with identity verification, raising a monitoring alert', () => {
    const dormant = ACCOUNTS.dormant;
    expect(codes(run(dormant, { type: 'reactivate', at: T0, channel: 'mobile' }))).toEqual([
      'identity_verification_required',
    ]);
    expect(
      codes(run(dormant, { type: 'reactivate', at: T0, channel: 'phone', identityVerified: true })),
    ).toEqual(['channel_not_allowed']);
    const r = ok(
      run(dormant, { type: 'reactivate', at: T0, channel: 'mobile', identityVerified: true }),
    );
    expect(r.account.status).toBe('normal');
    expect(r.account.dormantSince).toBeUndefined();
    expect(r.account).toMatchObject({ reactivatedAt: T0, identityReverifiedAt: T0 });
    expect(r.effects[0]).toEqual({
      type: 'monitoring_alert',
      code: 'dormant_account_activity',
      at: T0,
      source: '《银行个人账户培训》 (bank training course)',
      sourceKey: 'bank-training-course',
    });
    // the inactivity clock restarts at the reactivation
    expect(
      ok(run(r.account, { type: 'advance', at: '2027-11-22T09:59:59+08:00' })).account.status,
    ).toBe('normal');
  });

  it('lets credits land on a dormant account (with an alert) but not debits', () => {
    const dormant = { ...ACCOUNTS.dormant, balance: '50.00' };
    const credit = ok(
      run(dormant, {
        type: 'record_activity',
        at: T0,
        kind: 'transfer_in',
        amount: '10.00',
        channel: 'online',
      }),
    );
    expect(credit.account.balance).toBe('60.00');
    expect(credit.effects).toEqual([expect.objectContaining({ type: 'monitoring_alert' })]);
    expect(
      codes(
        run(dormant, {
          type: 'record_activity',
          at: T0,
          kind: 'withdraw_cash',
          amount: '10.00',
          channel: 'counter',
        }),
      ),
    ).toEqual(['account_dormant']);
    // the bank's own fee still posts
    expect(
      ok(run(dormant, { type: 'record_activity', at: T0, kind: 'fee', amount: '10.00' })).account
        .balance,
    ).toBe('40.00');
  });
});

describe('the new-account rule (no transaction within 6 months of opening)', () => {
  const fresh: AccountState = {
    ...normal,
    openedAt: '2026-05-31T10:00:00+08:00',
    activatedAt: '2026-05-31T10:00:00+08:00',
    lastActiveAt: null,
    balance: '100.00',
  };

  it('suspends non-counter business from the end of the 6 months until identity is re-verified', () => {
    const before = ok(run(fresh, { type: 'advance', at: '2026-11-30T09:59:59.999+08:00' }));
    expect(before.account.identityReverificationRequired).toBeUndefined();
    const after = ok(run(fresh, { type: 'advance', at: '2026-11-30T10:00:00+08:00' }));
    expect(after.account.identityReverificationRequired).toBe(true);
    expect(after.effects).toEqual([expect.objectContaining({ topic: 'non_counter_suspended' })]);
    const mobile = run(after.account, {
      type: 'record_activity',
      at: '2026-12-01T10:00:00+08:00',
      kind: 'payment',
      amount: '1.00',
      channel: 'mobile',
    });
    expect(codes(mobile)).toEqual(['identity_reverification_required']);
    const counter = ok(
      run(after.account, {
        type: 'record_activity',
        at: '2026-12-01T10:00:00+08:00',
        kind: 'withdraw_cash',
        amount: '1.00',
        channel: 'counter',
      }),
    );
    // still suspended after a counter transaction: only re-verification lifts it
    expect(counter.account.identityReverificationRequired).toBe(true);
    expect(
      codes(
        run(counter.account, {
          type: 'verify_identity',
          at: '2026-12-02T10:00:00+08:00',
          channel: 'online',
        }),
      ),
    ).toEqual(['channel_not_allowed', 'identity_verification_required']);
    const verified = ok(
      run(counter.account, {
        type: 'verify_identity',
        at: '2026-12-02T10:00:00+08:00',
        channel: 'counter',
      }),
    );
    expect(verified.account.identityReverificationRequired).toBeUndefined();
    expect(verified.effects).toEqual([expect.objectContaining({ topic: 'identity_reverified' })]);
    expect(
      ok(
        run(verified.account, {
          type: 'record_activity',
          at: '2026-12-03T10:00:00+08:00',
          kind: 'payment',
          amount: '1.00',
          channel: 'mobile',
        }),
      ).account.balance,
    ).toBe('98.00');
  });

  it('does not apply when there was a transaction within the 6 months', () => {
    const used = ok(
      run(fresh, {
        type: 'record_activity',
        at: '2026-11-30T09:59:59+08:00',
        kind: 'deposit_cash',
        amount: '1.00',
        channel: 'counter',
      }),
    );
    expect(
      ok(run(used.account, { type: 'advance', at: '2026-12-30T10:00:00+08:00' })).account
        .identityReverificationRequired,
    ).toBeUndefined();
  });
});

describe('record_activity', () => {
  const funded = { ...normal, balance: '1000.00' };

  it('keeps the balance at or above the frozen amount', () => {
    const account = {
      ...funded,
      freezes: [
        {
          id: 'A',
          kind: 'judicial' as const,
          scope: 'amount' as const,
          amount: '500.00',
          from: T0,
        },
      ],
    };
    expect(
      ok(
        run(account, {
          type: 'record_activity',
          at: T0,
          kind: 'transfer_out',
          amount: '500.00',
          channel: 'counter',
        }),
      ).account.balance,
    ).toBe('500.00');
    const over = run(account, {
      type: 'record_activity',
      at: T0,
      kind: 'transfer_out',
      amount: '500.01',
      channel: 'counter',
    });
    expect(over).toEqual({
      ok: false,
      reasons: [
        expect.objectContaining({
          code: 'frozen_amount',
          balanceAfter: '499.99',
          frozenAmount: '500.00',
        }),
      ],
    });
  });

  it('refuses overdrafts and lists every blocking reason', () => {
    const account: AccountState = {
      ...funded,
      lossReport: { at: T0, channel: 'phone' },
      freezes: [{ id: 'D', kind: 'risk', scope: 'debit', from: T0, until: hoursAfterT0(48) }],
      restrictions: [{ id: 'P', kind: 'receive_only', from: T0 }],
    };
    expect(
      codes(
        run(account, {
          type: 'record_activity',
          at: T0,
          kind: 'payment',
          amount: '1000.01',
          channel: 'mobile',
        }),
      ),
    ).toEqual(['loss_reported', 'account_frozen', 'person_restricted', 'insufficient_balance']);
    // credits are not blocked by a debit freeze, a loss report or receive-only
    expect(
      ok(
        run(account, {
          type: 'record_activity',
          at: T0,
          kind: 'transfer_in',
          amount: '1.00',
          channel: 'mobile',
        }),
      ).account.balance,
    ).toBe('1001.00');
  });

  it('refuses a credit under a credit or all-scope freeze', () => {
    const account = {
      ...funded,
      freezes: [{ id: 'C', kind: 'voluntary' as const, scope: 'credit' as const, from: T0 }],
    };
    expect(
      codes(
        run(account, {
          type: 'record_activity',
          at: T0,
          kind: 'deposit_cash',
          amount: '1.00',
          channel: 'counter',
        }),
      ),
    ).toEqual(['account_frozen']);
    expect(
      ok(
        run(account, {
          type: 'record_activity',
          at: T0,
          kind: 'withdraw_cash',
          amount: '1.00',
          channel: 'counter',
        }),
      ).account.lastActiveAt,
    ).toBe(T0);
  });
});

describe('close', () => {
  it('lists every failed precondition', () => {
    const account: AccountState = {
      ...normal,
      balance: '0.01',
      freezes: [
        { id: 'J', kind: 'judicial', scope: 'amount', amount: '1.00', from: T0 },
        { id: 'L', kind: 'voluntary', scope: 'debit', from: hoursAfterT0(24) },
      ],
      lossReport: { at: T0, channel: 'phone' },
      pendingBusiness: ['time_deposit'],
      linkedServices: ['payroll', 'auto_debit'],
    };
    const r = run(account, { type: 'close', at: hoursAfterT0(1), channel: 'online' });
    expect(codes(r)).toEqual([
      'channel_not_allowed',
      'balance_not_zero',
      'account_frozen',
      'account_frozen',
      'loss_reported',
      'pending_business',
      'linked_services',
    ]);
    if (!r.ok)
      expect(r.reasons.at(-1)!.message).toBe(
        'Linked services must be cancelled first: payroll, auto_debit.',
      );
  });

  it('closes at the counter, keeps records for 5 years, and never reopens', () => {
    const r = ok(
      run(normal, { type: 'close', at: '2028-02-29T10:00:00+08:00', channel: 'counter' }),
    );
    expect(r.account).toMatchObject({
      status: 'closed',
      closedAt: '2028-02-29T10:00:00+08:00',
      retainRecordsUntil: '2033-02-28',
    });
    expect(r.effects).toContainEqual({
      type: 'retain_records',
      until: '2033-02-28',
      source: '《银行个人账户培训》 (bank training course)',
      sourceKey: 'bank-training-course',
    });
    expect(r.effects).toContainEqual({ type: 'void_account_number' });
    for (const event of [
      { type: 'activate', at: '2028-03-01T10:00:00+08:00', channel: 'counter' },
      { type: 'reactivate', at: '2028-03-01T10:00:00+08:00', channel: 'counter' },
      { type: 'close', at: '2028-03-01T10:00:00+08:00', channel: 'counter' },
    ] as const)
      expect(run(r.account, event)).toEqual({
        ok: false,
        reasons: [
          {
            code: 'already_closed',
            source: '《银行个人账户培训》 (bank training course)',
            sourceKey: 'bank-training-course',
            event: event.type,
            status: 'closed',
            message: 'The account is closed; a closed account never reopens.',
          },
        ],
      });
    expect(
      ok(run(r.account, { type: 'advance', at: '2040-01-01T00:00:00+08:00' })).account,
    ).toEqual(r.account);
  });
});

describe('change_information', () => {
  it('changes a key field only at the counter, with proof, approved by someone else', () => {
    const mobile = run(normal, {
      type: 'change_information',
      at: T0,
      channel: 'mobile',
      changes: [{ field: 'name', value: '李四' }],
      enteredBy: 'customer',
    });
    expect(codes(mobile)).toEqual(['channel_not_allowed', 'proof_required', 'approval_required']);
    const same = run(normal, {
      type: 'change_information',
      at: T0,
      channel: 'counter',
      changes: [{ field: 'id_number', value: '11010519491231002X' }],
      enteredBy: 'S001',
      approvedBy: 'S001',
      proof: 'PSB-2026-1',
    });
    expect(codes(same)).toEqual(['segregation_of_duties']);
    const done = ok(
      run(
        { ...normal, information: { name: '张三' } },
        {
          type: 'change_information',
          at: T0,
          channel: 'counter',
          changes: [
            { field: 'name', value: '张三丰' },
            { field: 'phone', value: '13900000000' },
          ],
          enteredBy: 'S001',
          approvedBy: 'S002',
          proof: 'PSB-2026-1',
        },
      ),
    );
    expect(done.account.information).toEqual({ name: '张三丰', phone: '13900000000' });
    expect(done.effects.slice(0, 2)).toEqual([
      {
        type: 'audit_record',
        field: 'name',
        key: true,
        oldValue: '张三',
        newValue: '张三丰',
        at: T0,
        channel: 'counter',
        enteredBy: 'S001',
        approvedBy: 'S002',
        proof: 'PSB-2026-1',
      },
      {
        type: 'audit_record',
        field: 'phone',
        key: false,
        oldValue: null,
        newValue: '13900000000',
        at: T0,
        channel: 'counter',
        enteredBy: 'S001',
        approvedBy: 'S002',
        proof: 'PSB-2026-1',
      },
    ]);
  });

  it('changes a non-key field on any e-channel, and refuses unknown fields', () => {
    expect(
      ok(
        run(normal, {
          type: 'change_information',
          at: T0,
          channel: 'online',
          changes: [{ field: 'address', value: 'x' }],
          enteredBy: 'customer',
        }),
      ).account.information,
    ).toEqual({
      address: 'x',
    });
    expect(
      codes(
        run(normal, {
          type: 'change_information',
          at: T0,
          channel: 'phone',
          changes: [
            { field: 'occupation', value: 'x' },
            { field: 'balance', value: '1' },
          ],
          enteredBy: 'customer',
        }),
      ),
    ).toEqual(['channel_not_allowed', 'unknown_field']);
  });
});

describe('restrictions on persons', () => {
  it('restricts an account seller for the 2 years of the 2024 Measures (in force on the day), then lapses', () => {
    const r = ok(
      run(normal, {
        type: 'restrict_person',
        at: T0,
        restriction: { id: 'P', kind: 'no_non_counter', reason: 'account_selling' },
      }),
    );
    expect(r.account.restrictions).toEqual([
      {
        id: 'P',
        kind: 'no_non_counter',
        from: T0,
        until: '2028-11-22T10:00:00+08:00',
        reason: 'account_selling',
      },
    ]);
    expect(
      codes(
        run(r.account, {
          type: 'restrict_person',
          at: T0,
          restriction: { id: 'P', kind: 'receive_only' },
        }),
      ),
    ).toEqual(['restriction_id_exists']);
    const lapsed = ok(run(r.account, { type: 'advance', at: '2028-11-22T10:00:00+08:00' }));
    expect(lapsed.account.restrictions).toEqual([]);
    expect(lapsed.effects).toContainEqual({
      type: 'restriction_lapsed',
      restrictionId: 'P',
      restrictionKind: 'no_non_counter',
      at: '2028-11-22T10:00:00+08:00',
    });
    expect(
      ok(run(r.account, { type: 'lift_restriction', at: T0, id: 'P' })).account.restrictions,
    ).toEqual([]);
    expect(codes(run(normal, { type: 'lift_restriction', at: T0, id: 'P' }))).toEqual([
      'restriction_not_found',
    ]);
  });
});

describe('transition in general', () => {
  it('refuses an event before the account was opened', () => {
    expect(codes(run(normal, { type: 'advance', at: '2025-01-05T09:59:59+08:00' }))).toEqual([
      'event_before_opening',
    ]);
  });

  it('reports time-passing effects before the event’s own', () => {
    const account = {
      ...normal,
      freezes: [
        { id: 'R', kind: 'risk' as const, scope: 'all' as const, from: T0, until: hoursAfterT0(1) },
      ],
    };
    const r = ok(run(account, { type: 'report_loss', at: hoursAfterT0(2), channel: 'counter' }));
    expect(r.effects.map((e) => e.type)).toEqual(['freeze_lapsed', 'notify_customer']);
  });

  it('fills in omitted lists and writes zh-CN messages', () => {
    const r = transition(
      {
        status: 'normal',
        balance: '5.00',
        openedAt: '2026-01-01T00:00:00+08:00',
        lastActiveAt: T0,
      },
      { type: 'close', at: T0, channel: 'counter' },
      preset,
      { lang: 'zh-CN' },
    );
    expect(r).toEqual({
      ok: false,
      reasons: [
        expect.objectContaining({
          code: 'balance_not_zero',
          message: '销户时余额须为零，当前余额为5.00。',
        }),
      ],
    });
  });

  it('throws invalid_input naming every problem of a malformed account or event', () => {
    try {
      transition(
        { status: 'open', balance: 5, openedAt: 'today' } as never,
        { type: 'close', at: 'now' } as never,
        preset,
      );
      expect.unreachable();
    } catch (error) {
      expect(isAccountPolicyError(error)).toBe(true);
      if (isAccountPolicyError(error))
        expect(error.issues.map((i) => i.path.join('.'))).toEqual([
          'account.status',
          'account.balance',
          'account.openedAt',
        ]);
    }
    expect(() => transition(normal, { type: 'close', at: 'now' } as never, preset)).toThrow(
      /event\.at/,
    );
  });
});

describe('applyPersonEvent', () => {
  it('restricts every open account of the person and leaves closed ones as they are', async () => {
    const { applyPersonEvent } = await import('./applyPersonEvent');
    const { accounts, results } = applyPersonEvent(
      [normal, ACCOUNTS.closed, ACCOUNTS.dormant],
      {
        type: 'restrict_person',
        at: T0,
        restriction: { id: 'P', kind: 'receive_only', reason: 'account_selling' },
      },
      preset,
    );
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(accounts[0]!.restrictions).toHaveLength(1);
    expect(accounts[1]).toEqual(ACCOUNTS.closed);
    expect(accounts[2]!.restrictions![0]!.until).toBe('2028-11-22T10:00:00+08:00');
  });
});
