import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { isAccountPolicyError, type AccountPolicyError, type ErrorCode } from '../errors';
import { getPreset } from '../presets';
import { accountStateViewSchema } from '../schemas/transition';
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
      source: '法释〔2015〕5号 第四百八十七条',
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

/** The typed error `fn` throws (fails the test if it returns or throws anything else). */
function thrown(fn: () => unknown): AccountPolicyError {
  try {
    fn();
  } catch (error) {
    if (isAccountPolicyError(error)) return error;
    throw new Error(`expected an AccountPolicyError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected an AccountPolicyError, got a value');
}

/** Asserts the code, the issue paths, and that the message names the first path. */
function expectInvalid(fn: () => unknown, code: ErrorCode, paths: readonly string[]): string {
  const error = thrown(fn);
  expect(error.code).toBe(code);
  expect(error.issues.map((i) => i.path.join('.'))).toEqual(paths);
  expect(error.message).toContain(paths[0]);
  return error.message;
}

const permissionsOf = (account: unknown, ...now: unknown[]) =>
  accountPermissions(account as AccountStateView, (now.length > 0 ? now[0] : NOW) as Date, preset);

describe('accountPermissions: bad input is an invalid_input naming what is wrong', () => {
  it('no account, or a null account', () => {
    expect(expectInvalid(() => permissionsOf(undefined), 'invalid_input', ['account'])).toBe(
      'Invalid account at account: is required',
    );
    expect(expectInvalid(() => permissionsOf(null), 'invalid_input', ['account'])).toMatch(
      /must be an object, not null/,
    );
    expectInvalid(() => permissionsOf([base]), 'invalid_input', ['account']);
    expectInvalid(() => permissionsOf('normal'), 'invalid_input', ['account']);
  });

  it.each([
    ['a number', NOW.getTime(), 'not number'],
    ['missing', undefined, 'not undefined'],
    ['null', null, 'not null'],
    ['an invalid Date', new Date(Number.NaN), 'not an invalid Date'],
  ])('a `now` that is %s', (_, now, got) => {
    expect(expectInvalid(() => permissionsOf(base, now), 'invalid_input', ['now'])).toBe(
      `Invalid now: must be an ISO 8601 instant such as "2026-11-22T10:00:00+08:00" (or a valid Date), ${got}`,
    );
  });

  it('an ISO 8601 instant is read as the same instant as a Date; one without offset is refused', () => {
    expect(permissionsOf(base, '2026-11-22T10:00:00+08:00')).toStrictEqual(
      permissionsOf(base, NOW),
    );
    expectInvalid(() => permissionsOf(base, '2026-11-22T10:00:00'), 'invalid_instant', ['now']);
  });

  it('a null freeze or restriction', () => {
    expect(
      expectInvalid(() => permissionsOf({ ...base, freezes: [null] }), 'invalid_input', [
        'account.freezes.0',
      ]),
    ).toMatch(/must be an object, not null/);
    const restriction = { id: 'R', kind: 'receive_only', from: '2026-01-01T00:00:00+08:00' };
    expectInvalid(
      () => permissionsOf({ ...base, restrictions: [restriction, null] }),
      'invalid_input',
      ['account.restrictions.1'],
    );
    expectInvalid(() => permissionsOf({ ...base, freezes: null }), 'invalid_input', [
      'account.freezes',
    ]);
    expectInvalid(() => permissionsOf({ ...base, lossReport: 'yes' }), 'invalid_input', [
      'account.lossReport',
    ]);
  });

  it('an unknown status, freeze kind or scope lists the allowed values', () => {
    expect(
      expectInvalid(() => permissionsOf({ ...base, status: 'frozen' }), 'invalid_input', [
        'account.status',
      ]),
    ).toMatch(/must be one of "pending", "normal", "dormant", "closed"/);
    expectInvalid(
      () => permissionsOf({ ...base, freezes: [{ ...freeze('all'), kind: '__proto__' }] }),
      'invalid_input',
      ['account.freezes.0.kind'],
    );
    expectInvalid(
      () => permissionsOf({ ...base, freezes: [{ ...freeze('all'), scope: 'half' }] }),
      'invalid_input',
      ['account.freezes.0.scope'],
    );
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('an unsupported currency', () => {
    expectInvalid(() => permissionsOf({ ...base, currency: 'XYZ' }), 'invalid_input', [
      'account.currency',
    ]);
  });

  it('malformed instants and amounts, as the shared schema words them', () => {
    expect(
      expectInvalid(
        () => permissionsOf({ ...base, freezes: [freeze('all', { from: '2026-11-01' })] }),
        'invalid_input',
        ['account.freezes.0.from'],
      ),
    ).toMatch(/ISO 8601 instant with an offset/);
    expectInvalid(() => permissionsOf({ ...base, openedAt: 20260105 }), 'invalid_input', [
      'account.openedAt',
    ]);
    expectInvalid(
      () => permissionsOf({ ...base, freezes: [freeze('amount', { amount: '1e3' })] }),
      'invalid_input',
      ['account.freezes.0.amount'],
    );
    // Scope amount needs an amount (which the check would otherwise read as undefined).
    const { amount: _, ...noAmount } = freeze('amount');
    expectInvalid(() => permissionsOf({ ...base, freezes: [noAmount] }), 'invalid_input', [
      'account.freezes.0.amount',
    ]);
  });

  it('what the schema cannot tell: a day that does not exist, more decimals than the currency', () => {
    expect(
      expectInvalid(
        () =>
          permissionsOf({
            ...base,
            freezes: [freeze('all', { from: '2026-02-30T00:00:00+08:00' })],
          }),
        'invalid_input',
        ['account.freezes.0.from'],
      ),
    ).toMatch(/February 2026 has no day 30/);
    expect(
      expectInvalid(
        () => permissionsOf({ ...base, freezes: [freeze('amount', { amount: '1.005' })] }),
        'invalid_input',
        ['account.freezes.0.amount'],
      ),
    ).toMatch(/2 decimal/);
    // In JPY (no decimals) a whole number is required.
    expectInvalid(
      () =>
        permissionsOf({
          ...base,
          currency: 'JPY',
          freezes: [freeze('amount', { amount: '5.00' })],
        }),
      'invalid_input',
      ['account.freezes.0.amount'],
    );
  });

  it('checks what it reads whether or not this call reads it (the answer does not depend on now)', () => {
    // A closed account reads nothing else, a future freeze's end is not reached: still refused.
    expectInvalid(
      () => permissionsOf({ ...base, status: 'closed', openedAt: 'yesterday' }),
      'invalid_input',
      ['account.openedAt'],
    );
    expectInvalid(
      () =>
        permissionsOf({
          ...base,
          freezes: [freeze('all', { from: '2027-01-01T00:00:00+08:00', until: 'soon' })],
        }),
      'invalid_input',
      ['account.freezes.0.until'],
    );
    expect(
      expectInvalid(
        () =>
          permissionsOf({
            ...base,
            freezes: [freeze('all', { until: '2026-10-01T00:00:00+08:00' })],
          }),
        'invalid_input',
        ['account.freezes.0.until'],
      ),
    ).toMatch(/until must be later than from/);
  });

  it('lists every problem the schema sees', () => {
    expectInvalid(
      () => permissionsOf({ status: 'open', freezes: [null], lossReport: 5 }),
      'invalid_input',
      ['account.status', 'account.freezes.0', 'account.lossReport'],
    );
  });

  it('does not look at fields it does not read (a limit account passes as it is)', () => {
    const limitAccount = { ...base, class: 'II', balance: 1500, pendingBusiness: 'x' };
    expect(permissionsOf(limitAccount).debit.allowed).toBe(true);
  });

  // Each field mostly valid, sometimes not (one bad field at a time is the common case). Values on
  // which the schema and the library agree: the schema cannot tell 30 February or an amount's
  // scale in the account's currency (the examples above cover those).
  const mostly = (valid: readonly unknown[], invalid: readonly unknown[]) =>
    fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom(...valid) },
      { weight: 1, arbitrary: fc.constantFrom(...invalid) },
    );
  const INSTANTS = [
    '2026-01-05T10:00:00+08:00',
    '2026-11-01T00:00:00+08:00',
    '2027-06-01T00:00:00Z',
  ];
  const BAD_INSTANTS = ['2026-01-05', '', null, 0, {}, '2026-01-05T10:00:00'];
  const optionalInstant = mostly([undefined, ...INSTANTS], BAD_INSTANTS);
  const period = { from: mostly(INSTANTS, BAD_INSTANTS), until: optionalInstant };
  const freezeLike = fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 'F1', []) },
    {
      weight: 12,
      arbitrary: fc
        .tuple(
          fc.record({
            id: mostly(['F1', 'x'.repeat(200)], ['', 7, undefined, 'x'.repeat(201)]),
            kind: mostly(['risk', 'judicial'], ['nope', '__proto__', undefined]),
            scope: mostly(['all', 'debit', 'credit', 'amount'], ['half', null]),
            amount: mostly(['5', '0'], ['-1', 5, '1e3', '0.5.5', '']),
            ...period,
          }),
          fc.integer({ min: 0, max: 9 }),
        )
        // Mostly an amount exactly for scope amount, as a valid freeze has; sometimes not.
        .map(([{ amount, ...f }, dice]) =>
          dice < 8 ? { ...f, ...(f.scope === 'amount' ? { amount } : {}) } : { ...f, amount },
        ),
    },
  );
  const restrictionLike = fc.oneof(
    { weight: 1, arbitrary: fc.constant<unknown>(null) },
    {
      weight: 12,
      arbitrary: fc.record({
        id: mostly(['R1'], ['', 7]),
        kind: mostly(['receive_only', 'no_non_counter'], ['none', 'constructor']),
        ...period,
      }),
    },
  );
  const listOf = (item: fc.Arbitrary<unknown>) =>
    fc.oneof(
      { weight: 12, arbitrary: fc.option(fc.array(item, { maxLength: 3 }), { nil: undefined }) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 'none', {}) },
    );
  test.prop(
    [
      fc.record({
        status: mostly(['normal', 'dormant', 'closed', 'pending'], ['open', null, 1]),
        currency: mostly([undefined, 'CNY', 'JPY'], ['XYZ', 'cny', 1]),
        openedAt: optionalInstant,
        lastActiveAt: mostly([undefined, null, ...INSTANTS], ['2026-01-05', '', 0, {}]),
        activatedAt: optionalInstant,
        reactivatedAt: optionalInstant,
        dormantSince: optionalInstant,
        identityReverifiedAt: optionalInstant,
        identityReverificationRequired: mostly([undefined, true, false], ['yes', 1]),
        freezes: listOf(freezeLike),
        restrictions: listOf(restrictionLike),
        lossReport: mostly(
          [undefined, null, { at: '2026-11-20T10:00:00+08:00', channel: 'counter' }],
          [{ at: 5, channel: 'counter' }, { at: '', channel: 'counter' }, 7],
        ),
      }),
    ],
    { numRuns: 500 },
  )('refuses an account with invalid_input exactly when the shared schema does', (account) => {
    const schemaAccepts = accountStateViewSchema.safeParse(account).success;
    let code: string | undefined;
    try {
      permissionsOf(account);
    } catch (error) {
      if (!isAccountPolicyError(error)) throw error;
      code = error.code;
    }
    expect(code).toBe(schemaAccepts ? undefined : 'invalid_input');
  });
});
