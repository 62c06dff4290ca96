/**
 * The whole decision of `accountPermissions` for each cause, in both languages: every field of
 * every reason (code, status, ids, kinds, scope, since/until in the preset's zone, the cited source
 * and its key, the message), and the boundaries of time (a freeze's last instant and its expiry,
 * dormancy at exactly the end of the inactivity period, a loss report's 15 days).
 *
 * Expected values come from docs/lifecycle.md, the shipped preset (src/presets/shipped) and the
 * message catalog (src/messages/catalog/lifecycle.ts).
 */
import { describe, expect, it } from 'vitest';
import { isAccountPolicyError, type AccountPolicyError } from '../errors';
import { getPreset } from '../presets';
import { accountPermissions } from './accountPermissions';
import type { AccountPermissions, AccountStateView, StateReason } from './types';

const preset = getPreset('cn-pboc-2018');
const NOW = new Date('2026-11-22T10:00:00+08:00');
const ALLOWED = { allowed: true } as const;
const ALL_ALLOWED: AccountPermissions = {
  debit: ALLOWED,
  credit: ALLOWED,
  nonCounter: ALLOWED,
  frozenAmount: '0.00',
};

/** A normal account, active recently, nothing held beside it. */
const clean: AccountStateView = {
  status: 'normal',
  openedAt: '2025-01-05T10:00:00+08:00',
  lastActiveAt: '2026-10-01T10:00:00+08:00',
  freezes: [],
  lossReport: null,
};

const refused = (...reasons: StateReason[]) => ({ allowed: false, reasons });

const BANK_TRAINING = {
  source: '《银行个人账户培训》 (bank training course)',
  sourceKey: 'bank-training-course',
};
const CIVIL_PROCEDURE = {
  source: '法释〔2015〕5号 第四百八十七条',
  sourceKey: 'cn-civil-procedure-freeze',
};
const STOP_PAYMENT = { source: '银发〔2016〕86号', sourceKey: 'pboc-2016-86' };
const PBOC_2019_85 = { source: '银发〔2019〕85号', sourceKey: 'pboc-2019-85' };
const PBOC_2016_261 = { source: '银发〔2016〕261号', sourceKey: 'pboc-2016-261' };

describe('accountPermissions: closed and pending accounts', () => {
  it('blocks everything on a closed account with only that reason, whatever else stands', () => {
    const closed = {
      code: 'account_closed',
      status: 'closed',
      source: '《银行个人账户培训》 (bank training course)',
      sourceKey: 'bank-training-course',
      message: 'The account is closed.',
    } as const;
    const account: AccountStateView = {
      ...clean,
      status: 'closed',
      lossReport: { at: '2026-11-20T10:00:00+08:00', channel: 'phone' },
      freezes: [
        {
          id: 'A',
          kind: 'judicial',
          scope: 'amount',
          amount: '10.00',
          from: '2026-11-01T00:00:00+08:00',
        },
      ],
      identityReverificationRequired: true,
    };
    expect(accountPermissions(account, NOW, preset)).toStrictEqual({
      debit: refused(closed),
      credit: refused(closed),
      nonCounter: refused(closed),
      frozenAmount: '0.00',
    });
    const zh = accountPermissions(account, NOW, preset, { lang: 'zh-CN' });
    expect(zh.debit).toStrictEqual(refused({ ...closed, message: '账户已销户。' }));
  });

  it('blocks everything on a pending account, and still lists what else stands', () => {
    const pending = {
      code: 'account_not_activated',
      status: 'pending',
      source: '《银行个人账户培训》 (bank training course)',
      sourceKey: 'bank-training-course',
      message: 'The account has not been activated yet.',
    } as const;
    const account: AccountStateView = {
      status: 'pending',
      openedAt: '2026-11-01T10:00:00+08:00',
      lastActiveAt: null,
    };
    expect(accountPermissions(account, NOW, preset)).toStrictEqual({
      debit: refused(pending),
      credit: refused(pending),
      nonCounter: refused(pending),
      frozenAmount: '0.00',
    });
    expect(accountPermissions(account, NOW, preset, { lang: 'zh-CN' }).credit).toStrictEqual(
      refused({ ...pending, message: '账户尚未激活。' }),
    );
  });
});

describe('accountPermissions: dormancy', () => {
  const dormantReason = (since: string) => ({
    code: 'account_dormant' as const,
    status: 'dormant' as const,
    since,
    ...BANK_TRAINING,
    message: `The account has been dormant since ${since}; it must be reactivated with identity verification first.`,
  });

  it('a dormant account: debits and non-counter business wait, credits land; since is its dormantSince in the preset zone', () => {
    const account: AccountStateView = {
      status: 'dormant',
      openedAt: '2024-01-05T10:00:00+08:00',
      lastActiveAt: '2024-06-01T10:00:00+08:00',
      dormantSince: '2025-06-01T02:00:00Z',
    };
    const reason = dormantReason('2025-06-01T10:00:00+08:00');
    expect(accountPermissions(account, NOW, preset)).toStrictEqual({
      debit: refused(reason),
      credit: ALLOWED,
      nonCounter: refused(reason),
      frozenAmount: '0.00',
    });
    expect(accountPermissions(account, NOW, preset, { lang: 'zh-CN' }).debit).toStrictEqual(
      refused({
        ...reason,
        message: '账户自2025-06-01T10:00:00+08:00起为久悬（睡眠）账户，须先核实身份并激活。',
      }),
    );
  });

  it('a dormant account that does not say since when: the reason has no since', () => {
    const p = accountPermissions({ status: 'dormant' }, NOW, preset);
    expect(p.credit).toStrictEqual(ALLOWED);
    expect(p.debit).toStrictEqual(p.nonCounter);
    expect(p.debit.allowed).toBe(false);
    if (p.debit.allowed) return;
    expect(p.debit.reasons).toHaveLength(1);
    const [reason] = p.debit.reasons;
    expect(reason).not.toHaveProperty('since');
    expect(reason).toMatchObject({ code: 'account_dormant', status: 'dormant', ...BANK_TRAINING });
    expect(reason!.message).toBe(
      'The account has been dormant since a date not recorded; it must be reactivated with identity verification first.',
    );
    const zh = accountPermissions({ status: 'dormant' }, NOW, preset, { lang: 'zh-CN' }).debit;
    expect(!zh.allowed && zh.reasons[0]!.message).toBe(
      '账户自未记录的日期起为久悬（睡眠）账户，须先核实身份并激活。',
    );
    expect(reason!.message).not.toContain('—');
  });

  it('a normal account is dormant from exactly one year after its last active transaction', () => {
    const account: AccountStateView = {
      status: 'normal',
      openedAt: '2024-03-01T10:00:00+08:00',
      activatedAt: '2024-03-01T11:00:00+08:00',
      lastActiveAt: '2025-11-22T02:00:00Z',
    };
    expect(
      accountPermissions(account, new Date('2026-11-22T09:59:59+08:00'), preset),
    ).toStrictEqual(ALL_ALLOWED);
    const reason = dormantReason('2026-11-22T10:00:00+08:00');
    const expected = {
      debit: refused(reason),
      credit: ALLOWED,
      nonCounter: refused(reason),
      frozenAmount: '0.00',
    };
    expect(accountPermissions(account, NOW, preset)).toStrictEqual(expected);
    // Later on, the reason still dates dormancy from the end of the period, not from now.
    expect(
      accountPermissions(account, new Date('2027-03-01T00:00:00+08:00'), preset),
    ).toStrictEqual(expected);
  });

  it('counts the year from activation when nothing happened since', () => {
    const account: AccountStateView = {
      status: 'normal',
      openedAt: '2025-10-01T10:00:00+08:00',
      activatedAt: '2025-11-22T10:00:00+08:00',
    };
    expect(
      accountPermissions(account, new Date('2026-11-22T09:59:59+08:00'), preset).debit,
    ).toStrictEqual(ALLOWED);
    const reason = dormantReason('2026-11-22T10:00:00+08:00');
    expect(accountPermissions(account, NOW, preset).debit).toStrictEqual(refused(reason));
  });

  it('counts the year from reactivation when that is the latest date', () => {
    const account: AccountStateView = {
      status: 'normal',
      openedAt: '2023-01-05T10:00:00+08:00',
      lastActiveAt: '2024-01-05T10:00:00+08:00',
      reactivatedAt: '2025-12-01T10:00:00+08:00',
    };
    expect(
      accountPermissions(account, new Date('2026-12-01T09:59:59+08:00'), preset),
    ).toStrictEqual(ALL_ALLOWED);
    expect(
      accountPermissions(account, new Date('2026-12-01T10:00:00+08:00'), preset),
    ).toStrictEqual({
      debit: refused(dormantReason('2026-12-01T10:00:00+08:00')),
      credit: ALLOWED,
      nonCounter: refused(dormantReason('2026-12-01T10:00:00+08:00')),
      frozenAmount: '0.00',
    });
  });
});

describe('accountPermissions: loss reports', () => {
  const reported: AccountStateView = {
    ...clean,
    // 09:00 in Beijing, written in UTC: the reason writes it in the preset's zone.
    lossReport: { at: '2026-11-01T01:00:00Z', channel: 'phone' },
  };
  const reason = {
    code: 'loss_reported' as const,
    since: '2026-11-01T09:00:00+08:00',
    until: '2026-11-16T09:00:00+08:00',
    ...BANK_TRAINING,
    message: 'The account is reported lost (since 2026-11-01T09:00:00+08:00).',
  };

  it('blocks debits and non-counter business for 15 days, not credits', () => {
    for (const at of ['2026-11-01T09:00:00+08:00', '2026-11-16T08:59:59+08:00'])
      expect(accountPermissions(reported, new Date(at), preset)).toStrictEqual({
        debit: refused(reason),
        credit: ALLOWED,
        nonCounter: refused(reason),
        frozenAmount: '0.00',
      });
    expect(
      accountPermissions(reported, new Date('2026-11-16T08:59:59+08:00'), preset, {
        lang: 'zh-CN',
      }).nonCounter,
    ).toStrictEqual(
      refused({ ...reason, message: '账户已挂失（自2026-11-01T09:00:00+08:00起）。' }),
    );
  });

  it('no longer applies from the end of the 15 days, nor before the report was made', () => {
    expect(
      accountPermissions(reported, new Date('2026-11-16T09:00:00+08:00'), preset),
    ).toStrictEqual(ALL_ALLOWED);
    expect(
      accountPermissions(reported, new Date('2026-11-01T08:59:59+08:00'), preset),
    ).toStrictEqual(ALL_ALLOWED);
  });

  it('an account without any lossReport field has none', () => {
    expect(
      accountPermissions(
        { status: 'normal', lastActiveAt: '2026-10-01T10:00:00+08:00' },
        NOW,
        preset,
      ),
    ).toStrictEqual(ALL_ALLOWED);
  });
});

describe('accountPermissions: freezes', () => {
  it('gives every fact of a judicial freeze, with its expiry, in both languages', () => {
    const account: AccountStateView = {
      ...clean,
      freezes: [
        {
          id: 'J-1',
          kind: 'judicial',
          scope: 'all',
          from: '2026-10-31T16:00:00Z',
          until: '2027-11-01T00:00:00+08:00',
          authority: 'Court',
          reference: '(2026)京01执123号',
        },
      ],
    };
    const reason = {
      code: 'account_frozen' as const,
      freezeId: 'J-1',
      freezeKind: 'judicial' as const,
      scope: 'all' as const,
      since: '2026-11-01T00:00:00+08:00',
      until: '2027-11-01T00:00:00+08:00',
      ...CIVIL_PROCEDURE,
      message: 'The account has an active freeze (Judicial freeze, J-1).',
    };
    expect(accountPermissions(account, NOW, preset)).toStrictEqual({
      debit: refused(reason),
      credit: refused(reason),
      nonCounter: ALLOWED,
      frozenAmount: '0.00',
    });
    expect(accountPermissions(account, NOW, preset, { lang: 'zh-CN' }).credit).toStrictEqual(
      refused({ ...reason, message: '账户存在有效冻结（司法冻结，J-1）。' }),
    );
  });

  it('a freeze until lifted has no until; a credit-scope one blocks credits only, cited', () => {
    const account: AccountStateView = {
      ...clean,
      freezes: [
        { id: 'V1', kind: 'voluntary', scope: 'credit', from: '2026-11-01T00:00:00+08:00' },
      ],
    };
    const reason = {
      code: 'account_frozen' as const,
      freezeId: 'V1',
      freezeKind: 'voluntary' as const,
      scope: 'credit' as const,
      since: '2026-11-01T00:00:00+08:00',
      ...BANK_TRAINING,
      message: 'The account has an active freeze (Voluntary freeze, V1).',
    };
    expect(accountPermissions(account, NOW, preset)).toStrictEqual({
      debit: ALLOWED,
      credit: refused(reason),
      nonCounter: ALLOWED,
      frozenAmount: '0.00',
    });
    expect(accountPermissions(account, NOW, preset, { lang: 'zh-CN' }).credit).toStrictEqual(
      refused({ ...reason, message: '账户存在有效冻结（客户自主冻结，V1）。' }),
    );
  });

  it('a risk stop-payment on debits applies up to its last instant, not at its expiry', () => {
    const account: AccountStateView = {
      ...clean,
      freezes: [
        {
          id: 'R1',
          kind: 'risk',
          scope: 'debit',
          from: '2026-11-22T10:00:00+08:00',
          until: '2026-11-24T10:00:00+08:00',
        },
      ],
    };
    const reason = {
      code: 'account_frozen' as const,
      freezeId: 'R1',
      freezeKind: 'risk' as const,
      scope: 'debit' as const,
      since: '2026-11-22T10:00:00+08:00',
      until: '2026-11-24T10:00:00+08:00',
      ...STOP_PAYMENT,
      message: 'The account has an active freeze (Risk freeze (emergency stop-payment), R1).',
    };
    const frozen = {
      debit: refused(reason),
      credit: ALLOWED,
      nonCounter: ALLOWED,
      frozenAmount: '0.00',
    };
    expect(
      accountPermissions(account, new Date('2026-11-22T09:59:59+08:00'), preset),
    ).toStrictEqual(ALL_ALLOWED);
    expect(accountPermissions(account, NOW, preset)).toStrictEqual(frozen);
    expect(
      accountPermissions(account, new Date('2026-11-24T09:59:59+08:00'), preset),
    ).toStrictEqual(frozen);
    expect(
      accountPermissions(account, new Date('2026-11-24T10:00:00+08:00'), preset),
    ).toStrictEqual(ALL_ALLOWED);
  });

  it('an amount freeze blocks nothing but sets the frozen amount, in the currency’s scale', () => {
    const amountFreeze = (amount: string) => ({
      id: 'A',
      kind: 'judicial' as const,
      scope: 'amount' as const,
      amount,
      from: '2026-11-01T00:00:00+08:00',
    });
    expect(
      accountPermissions({ ...clean, freezes: [amountFreeze('500')] }, NOW, preset),
    ).toStrictEqual({
      ...ALL_ALLOWED,
      frozenAmount: '500.00',
    });
    expect(
      accountPermissions(
        { ...clean, currency: 'JPY', freezes: [amountFreeze('500')] },
        NOW,
        preset,
      ),
    ).toStrictEqual({ ...ALL_ALLOWED, frozenAmount: '500' });
    expect(
      accountPermissions(
        { ...clean, currency: 'BHD', freezes: [amountFreeze('1.5')] },
        NOW,
        preset,
      ),
    ).toStrictEqual({ ...ALL_ALLOWED, frozenAmount: '1.500' });
  });

  it('writes a zero frozen amount in the account currency’s scale (0 decimals, 2, 3)', () => {
    expect(accountPermissions({ ...clean, currency: 'JPY' }, NOW, preset).frozenAmount).toBe('0');
    expect(accountPermissions({ ...clean, currency: 'CNY' }, NOW, preset).frozenAmount).toBe(
      '0.00',
    );
    expect(accountPermissions({ ...clean, currency: 'BHD' }, NOW, preset).frozenAmount).toBe(
      '0.000',
    );
    expect(
      accountPermissions({ ...clean, status: 'closed', currency: 'KWD' }, NOW, preset).frozenAmount,
    ).toBe('0.000');
    expect(
      accountPermissions({ ...clean, status: 'closed', currency: 'KRW' }, NOW, preset).frozenAmount,
    ).toBe('0');
  });
});

describe('accountPermissions: restrictions on the holder', () => {
  it('receive-only blocks debits until its expiry; no-non-counter blocks non-counter business', () => {
    const account: AccountStateView = {
      ...clean,
      restrictions: [
        {
          id: 'P1',
          kind: 'receive_only',
          from: '2025-12-31T16:00:00Z',
          until: '2031-01-01T00:00:00+08:00',
        },
        {
          id: 'P2',
          kind: 'no_non_counter',
          from: '2026-01-01T00:00:00+08:00',
          until: '2026-12-01T00:00:00+08:00',
        },
      ],
    };
    const receiveOnly = {
      code: 'person_restricted' as const,
      restrictionId: 'P1',
      restrictionKind: 'receive_only' as const,
      since: '2026-01-01T00:00:00+08:00',
      until: '2031-01-01T00:00:00+08:00',
      ...PBOC_2019_85,
      message:
        'The account holder is under a restriction (receive only) until 2031-01-01T00:00:00+08:00.',
    };
    const noNonCounter = {
      code: 'person_restricted' as const,
      restrictionId: 'P2',
      restrictionKind: 'no_non_counter' as const,
      since: '2026-01-01T00:00:00+08:00',
      until: '2026-12-01T00:00:00+08:00',
      ...PBOC_2019_85,
      message:
        'The account holder is under a restriction (no non-counter business) until 2026-12-01T00:00:00+08:00.',
    };
    expect(accountPermissions(account, NOW, preset)).toStrictEqual({
      debit: refused(receiveOnly),
      credit: ALLOWED,
      nonCounter: refused(noNonCounter),
      frozenAmount: '0.00',
    });
    const zh = accountPermissions(account, NOW, preset, { lang: 'zh-CN' });
    expect(zh.debit).toStrictEqual(
      refused({
        ...receiveOnly,
        message: '账户持有人受限制（只收不付），至2031-01-01T00:00:00+08:00止。',
      }),
    );
    expect(zh.nonCounter).toStrictEqual(
      refused({
        ...noNonCounter,
        message: '账户持有人受限制（暂停非柜面业务），至2026-12-01T00:00:00+08:00止。',
      }),
    );
    // From its expiry the no-non-counter restriction no longer applies.
    expect(
      accountPermissions(account, new Date('2026-12-01T00:00:00+08:00'), preset).nonCounter,
    ).toStrictEqual(ALLOWED);
  });

  it('a restriction until lifted has no until, and its message says so', () => {
    const account: AccountStateView = {
      ...clean,
      restrictions: [{ id: 'P3', kind: 'receive_only', from: '2026-01-01T00:00:00+08:00' }],
    };
    for (const [lang, words] of [
      ['en', /\(receive only\) until it is lifted\.$/],
      ['zh-CN', /（只收不付），至解除时止。$/],
    ] as const) {
      const p = accountPermissions(account, NOW, preset, { lang });
      expect(p.credit).toStrictEqual(ALLOWED);
      expect(p.nonCounter).toStrictEqual(ALLOWED);
      if (p.debit.allowed) expect.unreachable();
      else {
        expect(p.debit.reasons).toHaveLength(1);
        const { message, ...fields } = p.debit.reasons[0]!;
        expect(fields).toStrictEqual({
          code: 'person_restricted',
          restrictionId: 'P3',
          restrictionKind: 'receive_only',
          since: '2026-01-01T00:00:00+08:00',
          ...PBOC_2019_85,
        });
        expect(message).toMatch(words);
      }
    }
  });
});

describe('accountPermissions: identity re-verification', () => {
  const message =
    'Non-counter business is suspended until the holder’s identity is re-verified (no transaction within the period after opening, or identity doubts).';

  it('the flag suspends non-counter business only (no since: the bank set it)', () => {
    const p = accountPermissions({ ...clean, identityReverificationRequired: true }, NOW, preset);
    expect(p).toStrictEqual({
      debit: ALLOWED,
      credit: ALLOWED,
      nonCounter: refused({
        code: 'identity_reverification_required',
        ...PBOC_2016_261,
        message,
      }),
      frozenAmount: '0.00',
    });
    expect(
      accountPermissions({ ...clean, identityReverificationRequired: true }, NOW, preset, {
        lang: 'zh-CN',
      }).nonCounter,
    ).toStrictEqual(
      refused({
        code: 'identity_reverification_required',
        ...PBOC_2016_261,
        message:
          '非柜面业务已暂停，须重新核实持有人身份后恢复（开户后规定期限内无交易，或身份存疑）。',
      }),
    );
    expect(
      accountPermissions({ ...clean, identityReverificationRequired: false }, NOW, preset),
    ).toStrictEqual(ALL_ALLOWED);
  });

  it('no transaction within 6 months of opening: suspended from that deadline', () => {
    const fresh: AccountStateView = {
      status: 'normal',
      openedAt: '2026-05-22T10:00:00+08:00',
      lastActiveAt: null,
    };
    expect(accountPermissions(fresh, new Date('2026-11-22T09:59:59+08:00'), preset)).toStrictEqual(
      ALL_ALLOWED,
    );
    expect(accountPermissions(fresh, NOW, preset)).toStrictEqual({
      debit: ALLOWED,
      credit: ALLOWED,
      nonCounter: refused({
        code: 'identity_reverification_required',
        since: '2026-11-22T10:00:00+08:00',
        ...PBOC_2016_261,
        message,
      }),
      frozenAmount: '0.00',
    });
    // A re-verification at or after the deadline lifts it; one before does not.
    expect(
      accountPermissions(
        { ...fresh, identityReverifiedAt: '2026-11-22T10:00:00+08:00' },
        NOW,
        preset,
      ),
    ).toStrictEqual(ALL_ALLOWED);
    expect(
      accountPermissions(
        { ...fresh, identityReverifiedAt: '2026-11-22T09:59:59+08:00' },
        NOW,
        preset,
      ).nonCounter.allowed,
    ).toBe(false);
    // Any transaction since opening: the rule does not apply.
    expect(
      accountPermissions({ ...fresh, lastActiveAt: '2026-05-23T10:00:00+08:00' }, NOW, preset),
    ).toStrictEqual(ALL_ALLOWED);
  });
});

describe('accountPermissions: the inactivity rules apply to what they name', () => {
  const message =
    'Non-counter business is suspended until the holder’s identity is re-verified (no transaction within the period after opening, or identity doubts).';

  it('an account that never had a transaction (no lastActiveAt at all) is suspended too', () => {
    const account: AccountStateView = { status: 'normal', openedAt: '2026-05-22T10:00:00+08:00' };
    expect(accountPermissions(account, NOW, preset)).toStrictEqual({
      debit: ALLOWED,
      credit: ALLOWED,
      nonCounter: refused({
        code: 'identity_reverification_required',
        since: '2026-11-22T10:00:00+08:00',
        ...PBOC_2016_261,
        message,
      }),
      frozenAmount: '0.00',
    });
  });

  it('a pending account is never dormant, however old, but falls under the new-account rule', () => {
    const notActivated = {
      code: 'account_not_activated',
      status: 'pending',
      source: '《银行个人账户培训》 (bank training course)',
      sourceKey: 'bank-training-course',
      message: 'The account has not been activated yet.',
    } as const;
    const account: AccountStateView = {
      status: 'pending',
      openedAt: '2024-01-05T10:00:00+08:00',
      lastActiveAt: null,
    };
    expect(accountPermissions(account, NOW, preset)).toStrictEqual({
      debit: refused(notActivated),
      credit: refused(notActivated),
      nonCounter: refused(notActivated, {
        code: 'identity_reverification_required',
        since: '2024-07-05T10:00:00+08:00',
        ...PBOC_2016_261,
        message,
      }),
      frozenAmount: '0.00',
    });
  });
});

describe('accountPermissions: the common case', () => {
  it('every permission allowed is one shared, frozen value (the hot path allocates nothing)', () => {
    const a = accountPermissions(clean, NOW, preset);
    const b = accountPermissions({ ...clean, currency: 'USD' }, NOW, preset);
    expect(a).toStrictEqual(ALL_ALLOWED);
    expect(a.debit).toBe(a.credit);
    expect(a.debit).toBe(b.nonCounter);
    expect(Object.isFrozen(a.debit)).toBe(true);
  });
});

/** The error `fn` throws (fails the test if it returns). */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, got a value');
}
function typed(error: unknown): AccountPolicyError {
  if (isAccountPolicyError(error)) return error;
  throw new Error(`expected an AccountPolicyError, got ${String(error)}`);
}

/**
 * A freeze whose `from` reads as `first` once (when the account is checked) and as `later` from
 * then on: a value that changes between the check and the read, as a getter or a proxy can.
 */
function shiftingFreeze(first: string, later: string): AccountStateView {
  let reads = 0;
  const f = {
    id: 'F',
    kind: 'risk',
    scope: 'debit',
    get from() {
      reads += 1;
      return reads === 1 ? first : later;
    },
  };
  return { ...clean, freezes: [f as never] };
}

describe('accountPermissions: what is read is what counts', () => {
  it('an instant that stops existing after the check is reported with the account path', () => {
    const error = typed(
      thrown(() =>
        accountPermissions(
          shiftingFreeze('2026-11-01T00:00:00+08:00', '2026-02-30T00:00:00+08:00'),
          NOW,
          preset,
        ),
      ),
    );
    expect(error.issues.map((i) => i.path)).toStrictEqual([['account', 'freezes', 0, 'from']]);
    expect(error.message).toMatch(
      /^Invalid account at account\.freezes\.0\.from: .*February 2026 has no day 30/,
    );
    expect(error.message).not.toMatch(/^Invalid account at .*Invalid account at /);
  });

  it('a value that turns malformed after the check is reported as the shared schema words it', () => {
    const error = typed(
      thrown(() =>
        accountPermissions(shiftingFreeze('2026-11-01T00:00:00+08:00', 'yesterday'), NOW, preset),
      ),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.issues.map((i) => i.path)).toStrictEqual([['account', 'freezes', 0, 'from']]);
    expect(error.message).toMatch(/^Invalid account at account\.freezes\.0\.from: /);
  });

  it('an error that is not the library’s own passes through as it is', () => {
    const boom = new Error('storage went away');
    for (let k = 1; k <= 4; k++) {
      // The k-th read of the freeze's start fails (once); every other read works.
      let reads = 0;
      const f = {
        id: 'F',
        kind: 'risk',
        scope: 'debit',
        get from() {
          reads += 1;
          if (reads === k) throw boom;
          return '2026-11-01T00:00:00+08:00';
        },
      };
      let error: unknown = null;
      try {
        accountPermissions({ ...clean, freezes: [f as never] }, NOW, preset);
      } catch (e) {
        error = e;
      }
      if (reads >= k) expect(error).toBe(boom);
      else expect(error).toBeNull();
    }
  });
});

/**
 * `account` with the value at `path` read as `good` until its `k`-th read and as `bad` from then
 * on (a getter standing for any value that changes while it is being read).
 */
function flippingAt(
  account: AccountStateView,
  path: readonly (string | number)[],
  good: string,
  bad: string,
  k: number,
): AccountStateView {
  const copy = structuredClone(account) as Record<string | number, unknown>;
  let holder = copy;
  for (const key of path.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>;
  let reads = 0;
  Object.defineProperty(holder, path.at(-1)!, {
    enumerable: true,
    get() {
      reads += 1;
      return reads >= k ? bad : good;
    },
  });
  return copy as unknown as AccountStateView;
}

describe('accountPermissions: whenever a value turns bad, the error names where it is', () => {
  const dated: AccountStateView = {
    status: 'normal',
    openedAt: '2025-01-05T10:00:00+08:00',
    activatedAt: '2025-01-05T11:00:00+08:00',
    lastActiveAt: '2026-10-01T10:00:00+08:00',
    reactivatedAt: '2026-01-05T10:00:00+08:00',
    lossReport: { at: '2026-11-20T10:00:00+08:00', channel: 'phone' },
    freezes: [
      {
        id: 'F',
        kind: 'judicial',
        scope: 'all',
        from: '2026-11-01T00:00:00+08:00',
        until: '2027-11-01T00:00:00+08:00',
      },
      {
        id: 'A',
        kind: 'judicial',
        scope: 'amount',
        amount: '5.00',
        from: '2026-11-01T00:00:00+08:00',
      },
    ],
    restrictions: [
      {
        id: 'P',
        kind: 'receive_only',
        from: '2026-01-01T00:00:00+08:00',
        until: '2031-01-01T00:00:00+08:00',
      },
    ],
  };
  const fresh: AccountStateView = {
    status: 'normal',
    openedAt: '2026-01-05T10:00:00+08:00',
    lastActiveAt: null,
    identityReverifiedAt: '2026-07-06T10:00:00+08:00',
  };
  const dormant: AccountStateView = {
    status: 'dormant',
    dormantSince: '2025-06-01T10:00:00+08:00',
  };
  const cases: [AccountStateView, (string | number)[], string, string][] = [
    [dated, ['freezes', 0, 'from'], '2026-11-01T00:00:00+08:00', '2026-02-30T00:00:00+08:00'],
    [dated, ['freezes', 0, 'until'], '2027-11-01T00:00:00+08:00', '2027-02-30T00:00:00+08:00'],
    [dated, ['freezes', 1, 'amount'], '5.00', '5.001'],
    [dated, ['restrictions', 0, 'from'], '2026-01-01T00:00:00+08:00', '2026-02-30T00:00:00+08:00'],
    [dated, ['restrictions', 0, 'until'], '2031-01-01T00:00:00+08:00', '2031-02-30T00:00:00+08:00'],
    [dated, ['lossReport', 'at'], '2026-11-20T10:00:00+08:00', '2026-02-30T10:00:00+08:00'],
    [dated, ['openedAt'], '2025-01-05T10:00:00+08:00', '2025-02-30T10:00:00+08:00'],
    [dated, ['activatedAt'], '2025-01-05T11:00:00+08:00', '2025-02-30T11:00:00+08:00'],
    [dated, ['lastActiveAt'], '2026-10-01T10:00:00+08:00', '2026-02-30T10:00:00+08:00'],
    [dated, ['reactivatedAt'], '2026-01-05T10:00:00+08:00', '2026-02-30T10:00:00+08:00'],
    [fresh, ['identityReverifiedAt'], '2026-07-06T10:00:00+08:00', '2026-02-30T10:00:00+08:00'],
    [dormant, ['dormantSince'], '2025-06-01T10:00:00+08:00', '2025-02-30T10:00:00+08:00'],
  ];
  it.each(cases)('%#: account.%j', (account, path, good, bad) => {
    const where = ['account', ...path];
    let failures = 0;
    for (let k = 1; k <= 12; k++) {
      let error: unknown;
      try {
        accountPermissions(flippingAt(account, path, good, bad, k), NOW, preset);
        continue;
      } catch (e) {
        error = e;
      }
      failures += 1;
      const e = typed(error);
      expect(['invalid_input', 'invalid_instant', 'invalid_amount']).toContain(e.code);
      expect(e.issues.map((i) => i.path)).toStrictEqual([where]);
      expect(e.message.startsWith(`Invalid account at ${where.join('.')}: `)).toBe(true);
      expect(e.message.indexOf('Invalid account at ', 1)).toBe(-1);
    }
    // Bad from the first read: refused as any malformed account is.
    expect(failures).toBeGreaterThan(0);
  });
});

describe('accountPermissions: checks what it may read even when this call reads nothing', () => {
  // A closed account reads nothing beside its status: every problem must still be found.
  const closed: AccountStateView = { status: 'closed' };
  const freeze = {
    id: 'F',
    kind: 'risk',
    scope: 'debit',
    from: '2026-11-01T00:00:00+08:00',
    until: '2026-11-03T00:00:00+08:00',
  };
  const restriction = { id: 'R', kind: 'receive_only', from: '2026-11-01T00:00:00+08:00' };
  const BAD = '2026-02-30T10:00:00+08:00';
  const badDay = `Invalid instant "${BAD}": February 2026 has no day 30 (it has 28 days)`;

  it.each([
    ['openedAt', { openedAt: BAD }],
    ['lastActiveAt', { lastActiveAt: BAD }],
    ['activatedAt', { activatedAt: BAD }],
    ['reactivatedAt', { reactivatedAt: BAD }],
    ['dormantSince', { dormantSince: BAD }],
    ['identityReverifiedAt', { identityReverifiedAt: BAD }],
    ['lossReport.at', { lossReport: { at: BAD, channel: 'phone' } }],
    ['freezes.0.from', { freezes: [{ ...freeze, from: BAD, until: '2026-12-01T00:00:00+08:00' }] }],
    [
      'freezes.0.until',
      { freezes: [{ ...freeze, from: '2026-01-01T00:00:00+08:00', until: BAD }] },
    ],
    ['restrictions.0.from', { restrictions: [{ ...restriction, from: BAD }] }],
    [
      'restrictions.0.until',
      { restrictions: [{ ...restriction, from: '2026-01-01T00:00:00+08:00', until: BAD }] },
    ],
  ])('an instant that does not exist: account.%s', (where, fields) => {
    const error = typed(
      thrown(() => accountPermissions({ ...closed, ...fields } as AccountStateView, NOW, preset)),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toStrictEqual([
      {
        path: ['account', ...where.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k))],
        message: badDay,
      },
    ]);
    expect(error.message).toBe(`Invalid account at account.${where}: ${badDay}`);
  });

  it.each([
    ['status', { status: 'open' }],
    ['currency', { currency: 'XYZ' }],
    ['currency', { currency: 'XYZ', freezes: [{ ...freeze, scope: 'amount', amount: '1.00' }] }],
    ['openedAt', { openedAt: 'yesterday' }],
    ['lastActiveAt', { lastActiveAt: 20260101 }],
    ['activatedAt', { activatedAt: null }],
    ['reactivatedAt', { reactivatedAt: '' }],
    ['dormantSince', { dormantSince: '2026-01-01' }],
    ['identityReverifiedAt', { identityReverifiedAt: {} }],
    ['identityReverificationRequired', { identityReverificationRequired: 'yes' }],
    ['lossReport', { lossReport: 5 }],
    ['lossReport.at', { lossReport: { at: 'x', channel: 'phone' } }],
    ['freezes', { freezes: 'none' }],
    ['freezes.0', { freezes: [null] }],
    ['freezes.0.id', { freezes: [{ ...freeze, id: '' }] }],
    ['freezes.0.id', { freezes: [{ ...freeze, id: 'x'.repeat(201) }] }],
    ['freezes.0.kind', { freezes: [{ ...freeze, kind: 'police' }] }],
    ['freezes.0.scope', { freezes: [{ ...freeze, scope: 'half' }] }],
    ['freezes.0.amount', { freezes: [{ ...freeze, scope: 'amount' }] }],
    ['freezes.0.amount', { freezes: [{ ...freeze, amount: '1.00' }] }],
    ['freezes.0.amount', { freezes: [{ ...freeze, scope: 'amount', amount: '1e3' }] }],
    ['freezes.0.amount', { freezes: [{ ...freeze, scope: 'amount', amount: '1.005' }] }],
    ['freezes.0.from', { freezes: [{ ...freeze, from: 'soon' }] }],
    ['freezes.0.until', { freezes: [{ ...freeze, until: 'later' }] }],
    ['freezes.0.until', { freezes: [{ ...freeze, until: freeze.from }] }],
    ['restrictions', { restrictions: {} }],
    ['restrictions.0', { restrictions: ['R'] }],
    ['restrictions.0.id', { restrictions: [{ ...restriction, id: 7 }] }],
    ['restrictions.0.kind', { restrictions: [{ ...restriction, kind: 'constructor' }] }],
    ['restrictions.0.from', { restrictions: [{ ...restriction, from: null }] }],
    ['restrictions.0.until', { restrictions: [{ ...restriction, until: 'never' }] }],
    ['restrictions.0.until', { restrictions: [{ ...restriction, until: restriction.from }] }],
  ])('a malformed field: account.%s (%j)', (where, fields) => {
    const error = typed(
      thrown(() => accountPermissions({ ...closed, ...fields } as AccountStateView, NOW, preset)),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.issues.map((i) => i.path.join('.'))).toStrictEqual([`account.${where}`]);
    expect(error.message.startsWith(`Invalid account at account.${where}: `)).toBe(true);
  });
});

describe('accountPermissions: bad arguments', () => {
  it('a `now` that is an array', () => {
    const error = typed(thrown(() => accountPermissions(clean, [NOW] as never, preset)));
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toStrictEqual([
      {
        path: ['now'],
        message:
          'must be an ISO 8601 instant such as "2026-11-22T10:00:00+08:00" (or a valid Date), not an array',
      },
    ]);
    expect(error.message).toBe(
      'Invalid now: must be an ISO 8601 instant such as "2026-11-22T10:00:00+08:00" (or a valid Date), not an array',
    );
  });

  it('a freeze or restriction that ends when it starts (until must be later than from)', () => {
    const from = '2026-11-01T00:00:00+08:00';
    for (const [account, where] of [
      [
        { ...clean, freezes: [{ id: 'F', kind: 'risk', scope: 'all', from, until: from }] },
        ['account', 'freezes', 0, 'until'],
      ],
      [
        {
          ...clean,
          restrictions: [{ id: 'R', kind: 'receive_only', from, until: '2026-10-31T16:00:00Z' }],
        },
        ['account', 'restrictions', 0, 'until'],
      ],
    ] as const) {
      const error = typed(
        thrown(() => accountPermissions(account as AccountStateView, NOW, preset)),
      );
      expect(error.code).toBe('invalid_input');
      expect(error.issues).toStrictEqual([
        { path: where, message: 'until must be later than from' },
      ]);
      expect(error.message).toBe(
        `Invalid account at ${where.join('.')}: until must be later than from`,
      );
    }
  });

  it('more than 100 freezes or restrictions', () => {
    const freezes = Array.from({ length: 101 }, (_, i) => ({
      id: `F${i}`,
      kind: 'voluntary' as const,
      scope: 'debit' as const,
      from: '2027-01-01T00:00:00+08:00',
    }));
    const error = typed(thrown(() => accountPermissions({ ...clean, freezes }, NOW, preset)));
    expect(error.code).toBe('invalid_input');
    expect(error.issues.map((i) => i.path)).toStrictEqual([['account', 'freezes']]);
    expect(error.message).toMatch(/^Invalid account at account\.freezes: .*100/);
    const restrictions = Array.from({ length: 101 }, (_, i) => ({
      id: `R${i}`,
      kind: 'receive_only' as const,
      from: '2027-01-01T00:00:00+08:00',
    }));
    const again = typed(thrown(() => accountPermissions({ ...clean, restrictions }, NOW, preset)));
    expect(again.issues.map((i) => i.path)).toStrictEqual([['account', 'restrictions']]);
    // Exactly 100 is fine.
    expect(
      accountPermissions({ ...clean, freezes: freezes.slice(0, 100) }, NOW, preset),
    ).toStrictEqual(ALL_ALLOWED);
  });
});
