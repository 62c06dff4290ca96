import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { getPreset } from '../presets';
import { accountPermissions } from './accountPermissions';
import { isCounterChannel } from './isCounterChannel';
import type { AccountStateView, Freeze, FreezeScope, OperationPermission } from './types';

const preset = getPreset('cn-pboc-2018');
const at = (s: string) => new Date(s);
const codes = (p: OperationPermission) => (p.allowed ? [] : p.reasons.map((r) => r.code));

const base: AccountStateView = {
  status: 'normal',
  openedAt: '2026-01-05T10:00:00+08:00',
  lastActiveAt: '2026-10-01T10:00:00+08:00',
  freezes: [],
  lossReport: null,
};
const NOW = at('2026-11-22T10:00:00+08:00');

function freeze(scope: FreezeScope, extra: Partial<Freeze> = {}): Freeze {
  return {
    id: `F-${scope}`,
    kind: 'judicial',
    scope,
    from: '2026-11-01T00:00:00+08:00',
    until: '2027-11-01T00:00:00+08:00',
    authority: 'Court',
    ...(scope === 'amount' ? { amount: '500.00' } : {}),
    ...extra,
  };
}

describe('accountPermissions', () => {
  it('allows everything on a clean normal account', () => {
    expect(accountPermissions(base, NOW, preset)).toEqual({
      debit: { allowed: true },
      credit: { allowed: true },
      nonCounter: { allowed: true },
      frozenAmount: '0.00',
    });
  });

  it.each([
    ['all', ['account_frozen'], ['account_frozen']],
    ['debit', ['account_frozen'], []],
    ['credit', [], ['account_frozen']],
    ['amount', [], []],
  ] as const)('a freeze of scope %s blocks debits %j and credits %j', (scope, d, c) => {
    const p = accountPermissions(
      { ...base, freezes: [freeze(scope, { kind: 'risk' })] },
      NOW,
      preset,
    );
    expect(codes(p.debit)).toEqual(d);
    expect(codes(p.credit)).toEqual(c);
    expect(p.nonCounter.allowed).toBe(true);
    expect(p.frozenAmount).toBe(scope === 'amount' ? '500.00' : '0.00');
  });

  it('gives the freeze facts in the reason', () => {
    const p = accountPermissions({ ...base, freezes: [freeze('all')] }, NOW, preset);
    expect(p.debit.allowed).toBe(false);
    if (p.debit.allowed) return;
    expect(p.debit.reasons[0]).toMatchObject({
      code: 'account_frozen',
      freezeId: 'F-all',
      freezeKind: 'judicial',
      scope: 'all',
      since: '2026-11-01T00:00:00+08:00',
      until: '2027-11-01T00:00:00+08:00',
      source: 'Civil procedure rules on deposit freezes',
      sourceKey: 'cn-civil-procedure-freeze',
      message: 'The account has an active freeze (Judicial freeze, F-all).',
    });
  });

  it('applies a freeze on [from, until): not before from, not at until', () => {
    const a = { ...base, lastActiveAt: '2027-06-01T00:00:00+08:00', freezes: [freeze('debit')] };
    expect(accountPermissions(a, at('2026-10-31T23:59:59.999+08:00'), preset).debit.allowed).toBe(
      true,
    );
    expect(accountPermissions(a, at('2026-11-01T00:00:00+08:00'), preset).debit.allowed).toBe(
      false,
    );
    expect(accountPermissions(a, at('2027-10-31T23:59:59.999+08:00'), preset).debit.allowed).toBe(
      false,
    );
    expect(accountPermissions(a, at('2027-11-01T00:00:00+08:00'), preset).debit.allowed).toBe(true);
  });

  it('sums amount freezes in force, in the currency scale', () => {
    const p = accountPermissions(
      {
        ...base,
        freezes: [
          freeze('amount', { id: 'A', amount: '100.5' }),
          freeze('amount', { id: 'B', amount: '0.25' }),
          freeze('amount', { id: 'C', amount: '1000.00', until: '2026-11-22T10:00:00+08:00' }),
        ],
      },
      NOW,
      preset,
    );
    expect(p.frozenAmount).toBe('100.75');
    expect(p.debit.allowed).toBe(true);
  });

  it('lists every reason, in a stable order', () => {
    const p = accountPermissions(
      {
        ...base,
        lossReport: { at: '2026-11-20T10:00:00+08:00', channel: 'phone' },
        freezes: [
          freeze('all'),
          freeze('debit', { id: 'R', kind: 'risk', until: '2026-11-23T00:00:00+08:00' }),
        ],
        restrictions: [
          {
            id: 'P1',
            kind: 'receive_only',
            from: '2026-01-01T00:00:00+08:00',
            until: '2031-01-01T00:00:00+08:00',
          },
          { id: 'P2', kind: 'no_non_counter', from: '2026-01-01T00:00:00+08:00' },
        ],
        identityReverificationRequired: true,
      },
      NOW,
      preset,
    );
    expect(codes(p.debit)).toEqual([
      'loss_reported',
      'account_frozen',
      'account_frozen',
      'person_restricted',
    ]);
    expect(codes(p.credit)).toEqual(['account_frozen']);
    expect(codes(p.nonCounter)).toEqual([
      'loss_reported',
      'person_restricted',
      'identity_reverification_required',
    ]);
  });

  it('holds a loss report for exactly the preset validity (15 days)', () => {
    const a = {
      ...base,
      lossReport: { at: '2026-11-01T09:00:00+08:00', channel: 'phone' as const },
    };
    const before = accountPermissions(a, at('2026-11-16T08:59:59.999+08:00'), preset);
    expect(codes(before.debit)).toEqual(['loss_reported']);
    expect(codes(before.nonCounter)).toEqual(['loss_reported']);
    expect(before.credit.allowed).toBe(true);
    if (!before.debit.allowed)
      expect(before.debit.reasons[0]).toMatchObject({ until: '2026-11-16T09:00:00+08:00' });
    expect(accountPermissions(a, at('2026-11-16T09:00:00+08:00'), preset).debit.allowed).toBe(true);
  });

  it('blocks everything on a closed account with that one reason', () => {
    const p = accountPermissions(
      { ...base, status: 'closed', freezes: [freeze('all')] },
      NOW,
      preset,
    );
    for (const op of [p.debit, p.credit, p.nonCounter])
      expect(codes(op)).toEqual(['account_closed']);
  });

  it('blocks everything on a pending account', () => {
    const p = accountPermissions({ ...base, status: 'pending' }, NOW, preset);
    for (const op of [p.debit, p.credit, p.nonCounter])
      expect(codes(op)).toEqual(['account_not_activated']);
  });

  it('lets credits land on a dormant account but blocks debits and non-counter business', () => {
    const p = accountPermissions(
      { ...base, status: 'dormant', dormantSince: '2026-10-01T10:00:00+08:00' },
      NOW,
      preset,
    );
    expect(codes(p.debit)).toEqual(['account_dormant']);
    expect(codes(p.nonCounter)).toEqual(['account_dormant']);
    expect(p.credit.allowed).toBe(true);
  });

  it('treats a normal account as dormant once a year passes without activity, from that instant', () => {
    const a = {
      ...base,
      openedAt: '2024-03-01T10:00:00+08:00',
      lastActiveAt: '2025-11-22T10:00:00+08:00',
    };
    expect(accountPermissions(a, at('2026-11-22T09:59:59.999+08:00'), preset).debit.allowed).toBe(
      true,
    );
    const p = accountPermissions(a, at('2026-11-22T10:00:00+08:00'), preset);
    expect(codes(p.debit)).toEqual(['account_dormant']);
    if (!p.debit.allowed) expect(p.debit.reasons[0]!.since).toBe('2026-11-22T10:00:00+08:00');
  });

  it('counts inactivity from the latest of opening, activation, activity and reactivation', () => {
    const a = {
      ...base,
      openedAt: '2024-03-01T10:00:00+08:00',
      lastActiveAt: '2025-01-01T10:00:00+08:00',
      reactivatedAt: '2026-06-01T10:00:00+08:00',
    };
    expect(accountPermissions(a, NOW, preset).debit.allowed).toBe(true);
  });

  it('suspends non-counter business when nothing happened within 6 months of opening', () => {
    const a: AccountStateView = {
      status: 'normal',
      openedAt: '2026-05-31T10:00:00+08:00',
      lastActiveAt: null,
      freezes: [],
      lossReport: null,
    };
    // 31 May + 6 months = 30 Nov (clamped)
    expect(
      accountPermissions(a, at('2026-11-30T09:59:59.999+08:00'), preset).nonCounter.allowed,
    ).toBe(true);
    const p = accountPermissions(a, at('2026-11-30T10:00:00+08:00'), preset);
    expect(codes(p.nonCounter)).toEqual(['identity_reverification_required']);
    expect(p.debit.allowed).toBe(true);
    const reverified = { ...a, identityReverifiedAt: '2026-12-01T10:00:00+08:00' };
    expect(
      accountPermissions(reverified, at('2026-12-02T10:00:00+08:00'), preset).nonCounter.allowed,
    ).toBe(true);
  });

  it('ignores restrictions that have expired or not started', () => {
    const p = accountPermissions(
      {
        ...base,
        restrictions: [
          {
            id: 'old',
            kind: 'receive_only',
            from: '2020-01-01T00:00:00+08:00',
            until: '2025-01-01T00:00:00+08:00',
          },
          { id: 'later', kind: 'no_non_counter', from: '2027-01-01T00:00:00+08:00' },
        ],
      },
      NOW,
      preset,
    );
    expect(p.debit.allowed && p.nonCounter.allowed).toBe(true);
  });

  it('writes messages in zh-CN', () => {
    const p = accountPermissions({ ...base, freezes: [freeze('all')] }, NOW, preset, {
      lang: 'zh-CN',
    });
    if (!p.debit.allowed)
      expect(p.debit.reasons[0]!.message).toBe('账户存在有效冻结（司法冻结，F-all）。');
    else expect.unreachable();
  });

  it('rejects malformed state with a clear error', () => {
    expect(() => accountPermissions({ ...base, status: 'frozen' as never }, NOW, preset)).toThrow(
      /Unknown account status/,
    );
    expect(() =>
      accountPermissions(
        { ...base, freezes: [freeze('all', { from: '2026-11-01' })] },
        NOW,
        preset,
      ),
    ).toThrow(/Invalid instant "2026-11-01"/);
    expect(() =>
      accountPermissions({ ...base, freezes: [freeze('amount', { amount: '1e3' })] }, NOW, preset),
    ).toThrow();
  });

  it('knows counter channels from the preset', () => {
    expect(isCounterChannel('counter', preset)).toBe(true);
    expect(isCounterChannel('kiosk_assisted', preset)).toBe(true);
    expect(isCounterChannel('mobile', preset)).toBe(false);
  });

  test.prop([
    fc.array(
      fc.record({
        scope: fc.constantFrom<FreezeScope>('all', 'debit', 'credit', 'amount'),
        fromH: fc.integer({ min: -100, max: 100 }),
        lenH: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
      }),
      { maxLength: 6 },
    ),
  ])('a credit is blocked exactly when an all/credit freeze is in force', (specs) => {
    const nowMs = NOW.getTime();
    const H = 3_600_000;
    const freezes: Freeze[] = specs.map((s, i) => ({
      id: `F${i}`,
      kind: 'voluntary',
      scope: s.scope,
      ...(s.scope === 'amount' ? { amount: '1.00' } : {}),
      from: new Date(nowMs + s.fromH * H).toISOString(),
      ...(s.lenH === undefined
        ? {}
        : { until: new Date(nowMs + (s.fromH + s.lenH) * H).toISOString() }),
    }));
    const inForce = specs.filter(
      (s) => s.fromH <= 0 && (s.lenH === undefined || s.fromH + s.lenH > 0),
    );
    const p = accountPermissions({ ...base, freezes }, NOW, preset);
    expect(p.credit.allowed).toBe(!inForce.some((s) => s.scope === 'all' || s.scope === 'credit'));
    expect(p.debit.allowed).toBe(!inForce.some((s) => s.scope === 'all' || s.scope === 'debit'));
    expect(p.frozenAmount).toBe(`${inForce.filter((s) => s.scope === 'amount').length}.00`);
  });
});
