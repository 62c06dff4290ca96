/**
 * Malformed input to `transition` and `advance`: the typed error, every issue's path and message,
 * and the summary message (`Invalid account at <first path>: <first message> (and N more)`), as
 * docs/lifecycle.md says (malformed input is not a refusal: it throws, listing every problem).
 */
import { describe, expect, it } from 'vitest';
import { isAccountPolicyError, type AccountPolicyError } from '../errors';
import { getPreset } from '../presets';
import { advance } from './advance';
import type { LifecycleEvent } from './events';
import { ACCOUNTS, T0 } from './fixtures.testkit';
import { transition } from './transition';
import type { AccountStateInput } from './types';

const preset = getPreset('cn-pboc-2018');
const normal = ACCOUNTS.normal;
const close: LifecycleEvent = { type: 'close', at: T0, channel: 'counter' };

function thrown(fn: () => unknown): AccountPolicyError {
  try {
    fn();
  } catch (error) {
    if (isAccountPolicyError(error)) return error;
    throw new Error(`expected an AccountPolicyError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected an AccountPolicyError, got a value');
}

const INSTANT = 'must be an ISO 8601 instant with an offset, e.g. "2026-11-22T09:30:00+08:00"';

describe('transition: a malformed account', () => {
  it('lists every problem; the message names the first and counts the others', () => {
    const error = thrown(() =>
      transition({ status: 'open', balance: 5, openedAt: 'today' } as never, close, preset),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toStrictEqual([
      {
        path: ['account', 'status'],
        message: 'must be one of "pending", "normal", "dormant", "closed"',
      },
      {
        path: ['account', 'balance'],
        message: 'must be a decimal string such as "12.50", not a number or other value',
      },
      { path: ['account', 'openedAt'], message: INSTANT },
    ]);
    expect(error.message).toBe(
      'Invalid account at account.status: must be one of "pending", "normal", "dormant", "closed" (and 2 more)',
    );
  });

  it('one problem: no count', () => {
    const error = thrown(() => transition({ ...normal, balance: 5 } as never, close, preset));
    expect(error.message).toBe(
      'Invalid account at account.balance: must be a decimal string such as "12.50", not a number or other value',
    );
  });

  it('is reported before a malformed event', () => {
    const error = thrown(() =>
      transition({ ...normal, balance: 5 } as never, { type: 'close', at: 'now' } as never, preset),
    );
    expect(error.issues.map((i) => i.path)).toStrictEqual([['account', 'balance']]);
  });

  it('what the schema cannot tell is found where it is read, with its path', () => {
    const day = thrown(() =>
      transition({ ...normal, openedAt: '2025-02-30T10:00:00+08:00' }, close, preset),
    );
    expect(day.issues.map((i) => i.path)).toStrictEqual([['account', 'openedAt']]);
    expect(day.message).toMatch(/February 2025 has no day 30/);
    const scale = thrown(() =>
      transition({ ...normal, balance: '1.005' } as AccountStateInput, close, preset),
    );
    expect(scale.issues.map((i) => i.path)).toStrictEqual([['account', 'balance']]);
    expect(scale.message).toMatch(/"1\.005".*more than 2 decimal places/);
  });
});

describe('transition: a malformed event', () => {
  it('lists every problem with paths from event', () => {
    const error = thrown(() =>
      transition(normal, { type: 'close', at: 'now', channel: 'x' } as never, preset),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toStrictEqual([
      { path: ['event', 'at'], message: INSTANT },
      {
        path: ['event', 'channel'],
        message:
          'must be one of "counter", "kiosk_assisted", "atm", "online", "mobile", "phone", "remote"',
      },
    ]);
    expect(error.message).toBe(`Invalid event at event.at: ${INSTANT} (and 1 more)`);
  });

  it('no event at all', () => {
    const error = thrown(() => transition(normal, null as never, preset));
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toStrictEqual([
      { path: ['event'], message: 'must be an object, not null' },
    ]);
    expect(error.message).toBe('Invalid event at event: must be an object, not null');
  });

  it('an instant that does not exist, and an amount finer than the currency', () => {
    const day = thrown(() =>
      transition(normal, { type: 'advance', at: '2026-02-30T10:00:00+08:00' }, preset),
    );
    expect(day.issues.map((i) => i.path)).toStrictEqual([['event', 'at']]);
    expect(day.message).toMatch(/February 2026 has no day 30/);
    const amount = thrown(() =>
      transition(
        normal,
        {
          type: 'freeze',
          at: T0,
          freeze: { id: 'A', kind: 'risk', scope: 'amount', amount: '1.005' },
        },
        preset,
      ),
    );
    expect(amount.issues.map((i) => i.path)).toStrictEqual([['event', 'freeze', 'amount']]);
    expect(amount.message).toMatch(/"1\.005".*more than 2 decimal places/);
  });

  it('a day that does not exist inside the event is refused at its path, as invalid_input', () => {
    const bad = '2026-02-30T00:00:00+08:00';
    const problem = `Invalid instant "${bad}": February 2026 has no day 30 (it has 28 days)`;
    const error = thrown(() =>
      transition(
        normal,
        {
          type: 'freeze',
          at: T0,
          freeze: { id: 'A', kind: 'risk', scope: 'debit', from: bad },
        },
        preset,
      ),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toStrictEqual([{ path: ['event', 'freeze', 'from'], message: problem }]);
    expect(error.message).toBe(`Invalid event at event.freeze.from: ${problem}`);
  });
});

describe('advance: malformed arguments', () => {
  it.each([
    ['null', null, 'null'],
    ['an array', [new Date(T0)], 'an array'],
    ['a number', Date.parse(T0), 'number'],
    ['an invalid Date', new Date('nope'), 'an invalid Date'],
  ])('a `now` that is %s', (_, now, got) => {
    const error = thrown(() => advance(normal, now as never, preset));
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toStrictEqual([
      {
        path: ['now'],
        message: `must be an ISO 8601 instant such as "2026-11-22T10:00:00+08:00" (or a valid Date), not ${got}`,
      },
    ]);
    expect(error.message).toBe(
      `Invalid now: must be an ISO 8601 instant such as "2026-11-22T10:00:00+08:00" (or a valid Date), not ${got}`,
    );
  });

  it('an account missing what it must have', () => {
    const error = thrown(() => advance({ status: 'normal' } as never, new Date(T0), preset));
    expect(error.code).toBe('invalid_input');
    expect(error.issues.map((i) => i.path.join('.'))).toStrictEqual([
      'account.balance',
      'account.openedAt',
    ]);
    expect(error.message).toMatch(/^Invalid account at account\.balance: .* \(and 1 more\)$/);
  });
});

describe('transition: what the schema cannot tell is named by its path wherever it is read', () => {
  const BAD_DAY = '2026-02-30T10:00:00+08:00';
  const riskFreeze = {
    id: 'R',
    kind: 'risk' as const,
    scope: 'all' as const,
    from: T0,
    until: '2026-11-24T10:00:00+08:00',
  };
  const idle: AccountStateInput = { ...normal, lastActiveAt: '2025-11-22T10:00:00+08:00' };
  const fresh: AccountStateInput = {
    ...normal,
    openedAt: '2026-05-22T10:00:00+08:00',
    activatedAt: '2026-05-22T10:30:00+08:00',
    lastActiveAt: null,
  };
  const cases: [string, AccountStateInput, LifecycleEvent, (string | number)[]][] = [
    [
      'a freeze’s expiry',
      {
        ...normal,
        freezes: [{ ...riskFreeze, from: '2026-01-01T00:00:00+08:00', until: BAD_DAY }],
      },
      { type: 'advance', at: T0 },
      ['account', 'freezes', 0, 'until'],
    ],
    [
      'a restriction’s expiry',
      {
        ...normal,
        restrictions: [
          { id: 'P', kind: 'receive_only', from: '2026-01-01T00:00:00+08:00', until: BAD_DAY },
        ],
      },
      { type: 'advance', at: T0 },
      ['account', 'restrictions', 0, 'until'],
    ],
    [
      'the loss report',
      { ...normal, lossReport: { at: BAD_DAY, channel: 'phone' } },
      { type: 'advance', at: T0 },
      ['account', 'lossReport', 'at'],
    ],
    [
      'the last activity',
      { ...idle, lastActiveAt: BAD_DAY },
      { type: 'advance', at: T0 },
      ['account', 'lastActiveAt'],
    ],
    [
      'the activation',
      { ...idle, activatedAt: BAD_DAY },
      { type: 'advance', at: T0 },
      ['account', 'activatedAt'],
    ],
    [
      'the reactivation',
      { ...idle, reactivatedAt: BAD_DAY },
      { type: 'advance', at: T0 },
      ['account', 'reactivatedAt'],
    ],
    [
      'the last re-verification',
      { ...fresh, identityReverifiedAt: BAD_DAY },
      { type: 'advance', at: T0 },
      ['account', 'identityReverifiedAt'],
    ],
    [
      'a new freeze’s start',
      normal,
      { type: 'freeze', at: T0, freeze: { id: 'N', kind: 'risk', scope: 'all', from: BAD_DAY } },
      ['event', 'freeze', 'from'],
    ],
    [
      'a new freeze’s expiry',
      normal,
      { type: 'freeze', at: T0, freeze: { id: 'N', kind: 'risk', scope: 'all', until: BAD_DAY } },
      ['event', 'freeze', 'until'],
    ],
    [
      'a renewal’s expiry',
      { ...normal, freezes: [riskFreeze] },
      { type: 'renew_freeze', at: T0, id: 'R', until: BAD_DAY },
      ['event', 'until'],
    ],
    [
      'a restriction’s start',
      normal,
      {
        type: 'restrict_person',
        at: T0,
        restriction: { id: 'P', kind: 'receive_only', from: BAD_DAY, reason: 'account_selling' },
      },
      ['event', 'restriction', 'from'],
    ],
    [
      'a restriction’s end',
      normal,
      {
        type: 'restrict_person',
        at: T0,
        restriction: { id: 'P', kind: 'receive_only', until: BAD_DAY },
      },
      ['event', 'restriction', 'until'],
    ],
    [
      'the balance, when closing',
      { ...normal, balance: '0.001' },
      { type: 'close', at: T0, channel: 'counter' },
      ['account', 'balance'],
    ],
    [
      'the balance, when posting',
      { ...normal, balance: '0.001' },
      { type: 'record_activity', at: T0, kind: 'interest', amount: '1.00' },
      ['account', 'balance'],
    ],
  ];
  it.each(cases)('%s', (_, account, event, path) => {
    const error = thrown(() => transition(account, event, preset));
    expect(['invalid_input', 'invalid_instant', 'invalid_amount']).toContain(error.code);
    expect(error.issues.map((i) => i.path)).toStrictEqual([path]);
    expect(error.message).toMatch(/"(2026-02-30T10:00:00\+08:00|0\.001)"/);
  });

  it('a freeze start read for a posting is named with the account path', () => {
    const error = thrown(() =>
      transition(
        { ...normal, balance: '10.00', freezes: [{ ...riskFreeze, from: BAD_DAY }] },
        { type: 'record_activity', at: T0, kind: 'payment', amount: '1.00', channel: 'counter' },
        preset,
      ),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.issues.map((i) => i.path)).toStrictEqual([['account', 'freezes', 0, 'from']]);
    expect(error.message).toMatch(/^Invalid account at account\.freezes\.0\.from: .*February 2026/);
  });
});
