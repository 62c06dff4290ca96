/*
 * The second guard (issue 6): a usage is validated once per object and the result is cached, so a
 * caller that changes a usage *after* it was validated gets past validation. The window and hold
 * code reads every stored field again where it uses it, and such a usage is still refused with a
 * typed error naming the exact field, never a TypeError or a wrong total. Each case validates a
 * usage first (a check that passes), changes one field in place, and asserts the next call's
 * error.
 */
import { describe, expect, it } from 'vitest';
import { BANK_PRESET } from '../../test/fixtures/limitPresets';
import { parseInstant } from '../time';
import {
  checkTransaction,
  commit,
  expire,
  getHeadroom,
  recordTransaction,
  type LimitAccount,
  type TransactionInput,
  type Usage,
} from '.';
import {
  BANK_USAGE,
  BANK_USAGE_RELEASED,
  BANK_USAGE_WITH_HOLD,
  PBOC_USAGE,
} from './storedUsages.testkit';
import { getPreset } from '../presets';
import { thrownBy } from '../../test/support/thrown';

const II: LimitAccount = { class: 'II', balance: '1000.00', faceToFaceVerified: true };
const PAYMENT = {
  at: '2026-11-22T10:00:00+08:00',
  amount: '1.00',
  kind: 'payment',
} as TransactionInput;
const INFLOW = {
  at: '2026-11-22T10:00:00+08:00',
  amount: '1.00',
  kind: 'transfer_in',
  counterparty: 'other',
} as TransactionInput;

/** A fresh copy of a stored bank usage, validated by a check that passes. */
function validatedUsage(stored: Usage = BANK_USAGE): Usage {
  const usage = structuredClone(stored) as Usage;
  expect(checkTransaction(II, PAYMENT, usage, BANK_PRESET).allowed).toBe(true);
  return usage;
}

/** A stored window seen as writable fields of any value, for the change after validation. */
interface WritableWindow {
  [field: string]: unknown;
  flows: { [bucket: string]: { [field: string]: unknown } };
  entries: { [field: string]: unknown }[];
}

/** The window of a usage, writable. */
function windowOf(usage: Usage, key: string): WritableWindow {
  return usage.windows[key] as unknown as WritableWindow;
}

interface Refusal {
  readonly code: string;
  readonly message: string;
  readonly issues: readonly {
    readonly path: readonly (string | number)[];
    readonly message: string;
  }[];
}

function refusal(fn: () => unknown): Refusal {
  const e = thrownBy(fn);
  return { code: e.code, message: e.message, issues: e.issues };
}

const AMOUNT_PROBLEM =
  'must be a decimal string amount such as "1000.00": it uses exponent notation (e/E); write plain digits';

function badAmount(path: (string | number)[]): Refusal {
  return {
    code: 'invalid_amount',
    message: `Invalid amount at ${path.join('.')}: ${AMOUNT_PROBLEM}`,
    issues: [{ path, message: AMOUNT_PROBLEM }],
  };
}

/** `'yesterday'` where an instant is stored: the strict parser's issue, the message naming the path. */
function badInstant(path: (string | number)[]): Refusal {
  return {
    code: 'invalid_instant',
    message: `Invalid instant at ${path.join('.')}: "yesterday": not an ISO 8601 instant such as "2026-11-22T09:30:00+08:00"`,
    issues: refusal(() => parseInstant('yesterday', path)).issues,
  };
}

describe('reading a window (check, headroom) after the usage was changed', () => {
  it('a negative or fractional count is refused at its path', () => {
    for (const count of [-1, 1.5, Number.NaN]) {
      const usage = validatedUsage();
      windowOf(usage, 'day').flows['transfer_in:other']!.count = count;
      expect(refusal(() => checkTransaction(II, PAYMENT, usage, BANK_PRESET))).toStrictEqual({
        code: 'invalid_input',
        message: 'Invalid usage: a count must be a whole number',
        issues: [
          {
            path: ['usage', 'windows', 'day', 'flows', 'transfer_in:other', 'count'],
            message: 'must be a whole number ≥ 0',
          },
        ],
      });
    }
  });

  it('a count of 0 is still a count', () => {
    const usage = validatedUsage();
    windowOf(usage, 'day').flows['transfer_in:other']!.count = 0;
    expect(checkTransaction(II, PAYMENT, usage, BANK_PRESET).allowed).toBe(true);
  });

  it('a bucket no class counts is refused, in calendar flows and in rolling entries', () => {
    const usage = validatedUsage();
    windowOf(usage, 'day').flows['bogus:other'] = { amount: '1.00', count: 1, reversed: '0.00' };
    expect(refusal(() => checkTransaction(II, PAYMENT, usage, BANK_PRESET))).toStrictEqual({
      code: 'invalid_input',
      message: 'Invalid usage: unknown bucket "bogus:other"',
      issues: [
        {
          path: ['usage', 'windows', 'day', 'flows', 'bogus:other'],
          message: 'is not a kind:counterparty bucket',
        },
      ],
    });

    const rolling = validatedUsage();
    windowOf(rolling, 'rolling:24H').entries[0]!.bucket = 'x'.repeat(100);
    expect(refusal(() => checkTransaction(II, INFLOW, rolling, BANK_PRESET))).toStrictEqual({
      code: 'invalid_input',
      // The bucket is quoted and cut to 60 characters (the quote and 59 x).
      message: `Invalid usage: unknown bucket "${'x'.repeat(59)}`,
      issues: [
        {
          path: ['usage', 'windows', 'rolling:24H', 'entries', 0, 'bucket'],
          message: 'is not a kind:counterparty bucket',
        },
      ],
    });
  });

  it('a malformed amount, reversed amount or entry amount is refused at its path', () => {
    const amount = validatedUsage();
    windowOf(amount, 'day').flows['transfer_in:other']!.amount = '1e5';
    expect(refusal(() => checkTransaction(II, PAYMENT, amount, BANK_PRESET))).toStrictEqual(
      badAmount(['usage', 'windows', 'day', 'flows', 'transfer_in:other', 'amount']),
    );

    const reversed = validatedUsage();
    windowOf(reversed, 'day').flows['transfer_in:other']!.reversed = '1e5';
    expect(refusal(() => checkTransaction(II, PAYMENT, reversed, BANK_PRESET))).toStrictEqual(
      badAmount(['usage', 'windows', 'day', 'flows', 'transfer_in:other', 'reversed']),
    );

    const entry = validatedUsage();
    windowOf(entry, 'rolling:24H').entries[0]!.amount = '1e5';
    expect(refusal(() => checkTransaction(II, INFLOW, entry, BANK_PRESET))).toStrictEqual(
      badAmount(['usage', 'windows', 'rolling:24H', 'entries', 0, 'amount']),
    );
  });

  it('a malformed window bound, horizon, entry instant or original instant is refused at its path', () => {
    const cases: [string, (usage: Usage) => void, (string | number)[], TransactionInput][] = [
      ['start', (u) => (windowOf(u, 'day').start = 'yesterday'), ['day', 'start'], PAYMENT],
      ['end', (u) => (windowOf(u, 'day').end = 'yesterday'), ['day', 'end'], PAYMENT],
      [
        'horizon',
        (u) => (windowOf(u, 'rolling:24H').horizon = 'yesterday'),
        ['rolling:24H', 'horizon'],
        INFLOW,
      ],
      [
        'entry at',
        (u) => (windowOf(u, 'rolling:24H').entries[0]!.at = 'yesterday'),
        ['rolling:24H', 'entries', 0, 'at'],
        INFLOW,
      ],
      [
        'originalAt',
        (u) => (windowOf(u, 'rolling:24H').entries[0]!.originalAt = 'yesterday'),
        ['rolling:24H', 'entries', 0, 'originalAt'],
        INFLOW,
      ],
    ];
    for (const [what, change, path, tx] of cases) {
      const usage = validatedUsage();
      change(usage);
      expect(
        refusal(() => checkTransaction(II, tx, usage, BANK_PRESET)),
        what,
      ).toStrictEqual(badInstant(['usage', 'windows', ...path]));
    }
  });

  it('headroom reads the same fields: a bad count there is refused the same way', () => {
    const usage = validatedUsage();
    windowOf(usage, 'month').flows['transfer_in:other']!.count = -2;
    expect(
      refusal(() => getHeadroom(II, usage, BANK_PRESET, '2026-11-22T10:00:00+08:00')),
    ).toStrictEqual({
      code: 'invalid_input',
      message: 'Invalid usage: a count must be a whole number',
      issues: [
        {
          path: ['usage', 'windows', 'month', 'flows', 'transfer_in:other', 'count'],
          message: 'must be a whole number ≥ 0',
        },
      ],
    });
  });
});

describe('recording into a window after the usage was changed', () => {
  it('a malformed window bound is refused at its path', () => {
    for (const field of ['start', 'end'] as const) {
      const usage = validatedUsage();
      windowOf(usage, 'day')[field] = 'yesterday';
      expect(
        refusal(() => recordTransaction(usage, PAYMENT)),
        field,
      ).toStrictEqual(badInstant(['usage', 'windows', 'day', field]));
    }
  });

  it('a malformed stored amount or reversed amount is refused when it is added to', () => {
    const amount = validatedUsage();
    windowOf(amount, 'month').flows['transfer_in:other']!.amount = '1e5';
    expect(refusal(() => recordTransaction(amount, INFLOW))).toStrictEqual(
      badAmount(['usage', 'windows', 'month', 'flows', 'transfer_in:other', 'amount']),
    );

    const original = {
      id: 'tx-0',
      amount: '100.00',
      expiresAt: '2026-11-23T09:00:00+08:00',
      transaction: {
        id: 'tx-0',
        at: '2026-11-22T09:00:00+08:00',
        amount: '100.00',
        kind: 'transfer_in',
        counterparty: 'other',
      },
      fingerprint: 'tx-0',
      outcome: 'committed',
    } as const;
    const reversed = validatedUsage({ ...BANK_USAGE, settled: [original] });
    windowOf(reversed, 'month').flows['transfer_in:other']!.reversed = '1e5';
    const reversal = {
      ...INFLOW,
      amount: '5.00',
      reverses: { id: 'tx-0', at: '2026-11-22T09:00:00+08:00' },
    } as TransactionInput;
    expect(refusal(() => recordTransaction(reversed, reversal))).toStrictEqual(
      badAmount(['usage', 'windows', 'month', 'flows', 'transfer_in:other', 'reversed']),
    );
  });

  it('a malformed rolling horizon or entry instant is refused at its path', () => {
    const horizon = validatedUsage();
    windowOf(horizon, 'rolling:24H').horizon = 'yesterday';
    expect(refusal(() => recordTransaction(horizon, INFLOW))).toStrictEqual(
      badInstant(['usage', 'windows', 'rolling:24H', 'horizon']),
    );

    const entry = validatedUsage();
    windowOf(entry, 'rolling:24H').entries[0]!.at = 'yesterday';
    expect(refusal(() => recordTransaction(entry, INFLOW))).toStrictEqual(
      badInstant(['usage', 'windows', 'rolling:24H', 'entries', 0, 'at']),
    );
  });
});

/** A hold of a usage seen as writable fields of any value. */
interface WritableHold {
  [field: string]: unknown;
  transaction: { [field: string]: unknown };
}

function holdOf(usage: Usage, list: 'holds' | 'settled', index: number): WritableHold {
  return usage[list][index] as unknown as WritableHold;
}

describe('holds changed after the usage was validated', () => {
  const NOW = '2026-11-22T10:05:00+08:00';

  it('a malformed expiry is refused by the check, by commit and by expire', () => {
    const calls: [string, (usage: Usage) => unknown][] = [
      ['check', (u) => checkTransaction(II, PAYMENT, u, BANK_PRESET)],
      ['commit', (u) => commit(u, 'tx-1', NOW)],
      ['expire', (u) => expire(u, NOW)],
    ];
    for (const [what, call] of calls) {
      const usage = validatedUsage(BANK_USAGE_WITH_HOLD);
      holdOf(usage, 'holds', 0).expiresAt = 'yesterday';
      expect(
        refusal(() => call(usage)),
        what,
      ).toStrictEqual(badInstant(['usage', 'holds', 0, 'expiresAt']));
    }
  });

  it('a settled hold’s malformed expiry is refused by expire', () => {
    const usage = validatedUsage(BANK_USAGE_RELEASED);
    holdOf(usage, 'settled', 0).expiresAt = 'yesterday';
    expect(refusal(() => expire(usage, NOW))).toStrictEqual(
      badInstant(['usage', 'settled', 0, 'expiresAt']),
    );
  });

  it('a malformed held amount is refused by the check', () => {
    const usage = validatedUsage(BANK_USAGE_WITH_HOLD);
    holdOf(usage, 'holds', 0).amount = '1e5';
    expect(refusal(() => checkTransaction(II, PAYMENT, usage, BANK_PRESET))).toStrictEqual(
      badAmount(['usage', 'holds', 0, 'amount']),
    );
  });

  it('a malformed held transaction instant is refused by the check and by commit', () => {
    for (const [what, call] of [
      ['check', (u: Usage) => checkTransaction(II, PAYMENT, u, BANK_PRESET)],
      ['commit', (u: Usage) => commit(u, 'tx-1', NOW)],
    ] as const) {
      const usage = validatedUsage(BANK_USAGE_WITH_HOLD);
      holdOf(usage, 'holds', 0).transaction.at = 'yesterday';
      expect(
        refusal(() => call(usage)),
        what,
      ).toStrictEqual(badInstant(['usage', 'holds', 0, 'transaction', 'at']));
    }
  });

  it('a valid change in place is counted by the next call (the flows are checked once per call, not once)', () => {
    const usage = structuredClone(PBOC_USAGE) as Usage;
    const preset = getPreset('cn-pboc-2018');
    const account: LimitAccount = { class: 'II', balance: '5000.00' };
    const tx = {
      at: '2026-11-22T10:00:00+08:00',
      amount: '400.00',
      kind: 'transfer_out',
      counterparty: 'other',
    } as TransactionInput;
    const before = checkTransaction(account, tx, usage, preset);
    expect(before.allowed).toBe(true);
    expect(before.headroom.dailyOutflow).toBe('800.00'); // 10,000 less 9,000 and 200
    windowOf(usage, 'day').flows['transfer_out:other']!.amount = '9500.00';
    const after = checkTransaction(account, tx, usage, preset);
    expect(after.headroom.dailyOutflow).toBe('300.00');
    expect(after.allowed).toBe(false);
    expect(
      getHeadroom(account, usage, preset, '2026-11-22T10:00:00+08:00').headroom.dailyOutflow,
    ).toBe('300.00');
  });
});
