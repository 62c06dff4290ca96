/*
 * Usage read back from a store is untrusted (issue 6): each malformed shape is refused with
 * `invalid_input` (or `invalid_amount`) at its path below `usage`, with a message that says what
 * was expected and what was found; usage built from history keeps reversals for rolling windows,
 * and a rolling window gives inflow headroom back for a reversed inflow only.
 */
import { describe, expect, it } from 'vitest';
import { BANK_PRESET } from '../../test/fixtures/limitPresets';
import { AccountPolicyError, type ErrorCode } from '../errors';
import { getPreset } from '../presets';
import {
  checkTransaction,
  checkTransactionFromHistory,
  getHeadroom,
  usageFromHistory,
  type LimitAccount,
  type TransactionInput,
  type Usage,
} from '.';
import { BANK_USAGE, PBOC_USAGE } from './storedUsages.testkit';
import { thrownBy } from '../../test/support/thrown';

const PBOC = getPreset('cn-pboc-2018');
const AT = '2026-11-22T10:00:00+08:00';
const II: LimitAccount = { class: 'II', balance: '1000.00' };
const TX: TransactionInput = { at: AT, amount: '10.00', kind: 'payment', counterparty: 'other' };

/** A stored window as plain, editable data. */
interface EditableWindow {
  [field: string]: unknown;
  flows?: Record<string, unknown>;
  entries?: Record<string, unknown>[];
}

/** A deep copy of a stored usage with `change` applied to it. */
function edited(
  usage: Usage,
  change: (u: { windows: Record<string, EditableWindow> }) => void,
): Usage {
  const copy = JSON.parse(JSON.stringify(usage)) as { windows: Record<string, EditableWindow> };
  change(copy);
  return copy as unknown as Usage;
}

/** The typed error of `fn`: its code, its one issue (path, message) and the full message. */
function rejection(
  fn: () => unknown,
  code: ErrorCode,
  path: readonly (string | number)[],
  issue: string,
): AccountPolicyError {
  const e = thrownBy(fn);
  expect(e.code).toBe(code);
  expect(e.issues).toEqual([{ path, message: issue }]);
  return e;
}

function badPbocUsage(usage: Usage, path: readonly (string | number)[], issue: string): void {
  const e = rejection(() => checkTransaction(II, TX, usage, PBOC), 'invalid_input', path, issue);
  expect(e.message).toBe(`Invalid usage at ${path.join('.')}: ${issue}`);
}

describe('usage fields of the wrong type name what they got', () => {
  it('the version: a boolean, a fraction, a bigint, a string', () => {
    const cases: [unknown, string][] = [
      [true, 'true'],
      [1.5, '1.5'],
      [-1, '-1'],
      [10n, 'a bigint'],
      ['2', 'a string of 1 character'],
    ];
    for (const [version, got] of cases) {
      const usage = { ...PBOC_USAGE, version } as unknown as Usage;
      badPbocUsage(usage, ['usage', 'version'], `must be a whole number ≥ 0, got ${got}`);
    }
  });

  it('a bucket key over 40 characters is shown cut at 40 with an ellipsis', () => {
    const long = `transfer_out:${'x'.repeat(37)}`; // 50 characters
    const usage = edited(PBOC_USAGE, (u) => {
      u.windows.day!.flows![long] = { amount: '1.00', count: 1, reversed: '0.00' };
    });
    badPbocUsage(
      usage,
      ['usage', 'windows', 'day', 'flows', long],
      `"${long.slice(0, 40)}…" is not a "kind:counterparty" bucket such as "transfer_out:other"`,
    );
    const exactly40 = long.slice(0, 40);
    const shorter = edited(PBOC_USAGE, (u) => {
      u.windows.day!.flows![exactly40] = { amount: '1.00', count: 1, reversed: '0.00' };
    });
    badPbocUsage(
      shorter,
      ['usage', 'windows', 'day', 'flows', exactly40],
      `"${exactly40}" is not a "kind:counterparty" bucket such as "transfer_out:other"`,
    );
  });
});

describe('calendar windows', () => {
  it('start and end are both null (no period yet) or both instants', () => {
    badPbocUsage(
      edited(PBOC_USAGE, (u) => {
        u.windows.day!.start = null;
        u.windows.day!.flows = {};
      }),
      ['usage', 'windows', 'day', 'end'],
      'must be null too',
    );
    badPbocUsage(
      edited(PBOC_USAGE, (u) => {
        u.windows.day!.end = null;
        u.windows.day!.flows = {};
      }),
      ['usage', 'windows', 'day', 'start'],
      'must be null too',
    );
  });

  it('a window with no period yet has no totals', () => {
    badPbocUsage(
      edited(PBOC_USAGE, (u) => {
        u.windows.day!.start = null;
        u.windows.day!.end = null;
      }),
      ['usage', 'windows', 'day', 'flows', 'transfer_out:other'],
      'a window with no period yet (start null) has no totals',
    );
  });

  it('a window of kind rolling must have a rolling: key', () => {
    badPbocUsage(
      edited(PBOC_USAGE, (u) => {
        u.windows.day = { kind: 'rolling', duration: { days: 1 }, horizon: null, entries: [] };
      }),
      ['usage', 'windows', 'day'],
      'a rolling window\'s key starts with "rolling:"',
    );
  });
});

describe('the number of windows', () => {
  /** PBOC_USAGE plus rolling windows of 1, 2, … `n` hours (all empty). */
  function withRolling(n: number): Usage {
    return edited(PBOC_USAGE, (u) => {
      for (let h = 1; h <= n; h++)
        u.windows[`rolling:${h}H`] = {
          kind: 'rolling',
          duration: { hours: h },
          horizon: null,
          entries: [],
        };
    });
  }

  it('64 windows are accepted, a 65th is refused', () => {
    expect(checkTransaction(II, TX, withRolling(62), PBOC).allowed).toBe(true);
    badPbocUsage(withRolling(63), ['usage', 'windows'], 'has more than 64 windows');
  });

  it('a rolling window of zero length is keyed rolling:0D', () => {
    const zero = { kind: 'rolling', duration: { hours: 0 }, horizon: null, entries: [] };
    const ok = edited(PBOC_USAGE, (u) => {
      u.windows['rolling:0D'] = zero;
    });
    expect(checkTransaction(II, TX, ok, PBOC).allowed).toBe(true);
    badPbocUsage(
      edited(PBOC_USAGE, (u) => {
        u.windows['rolling:0H'] = zero;
      }),
      ['usage', 'windows', 'rolling:0H', 'duration'],
      'does not match the window\'s key ("rolling:0H" is not "rolling:0D")',
    );
  });
});

describe('rolling window entries (the bank preset’s 24 hours)', () => {
  const ENTRY = ['usage', 'windows', 'rolling:24H', 'entries', 0];

  it('an entry amount that is not a decimal string is refused at its path', () => {
    const usage = edited(BANK_USAGE, (u) => {
      u.windows['rolling:24H']!.entries![0]!.amount = '1e3';
    });
    const e = rejection(
      () => checkTransaction(II, TX, usage, BANK_PRESET),
      'invalid_amount',
      [...ENTRY, 'amount'],
      expect.stringMatching(/^must be a decimal string amount such as "1000\.00": it /) as never,
    );
    expect(e.message).toMatch(
      /^Invalid amount at usage\.windows\.rolling:24H\.entries\.0\.amount: /,
    );
  });

  it('a missing entry amount, or a null flow amount, is refused as an amount', () => {
    const issue =
      'must be a decimal string amount such as "1000.00": it must be a decimal string such as "12.50", not a number or other value';
    const noAmount = edited(BANK_USAGE, (u) => {
      delete u.windows['rolling:24H']!.entries![0]!.amount;
    });
    rejection(
      () => checkTransaction(II, TX, noAmount, BANK_PRESET),
      'invalid_amount',
      [...ENTRY, 'amount'],
      issue,
    );
    const nullFlow = edited(BANK_USAGE, (u) => {
      (u.windows.day!.flows!['transfer_in:other'] as { amount: unknown }).amount = null;
    });
    rejection(
      () => checkTransaction(II, TX, nullFlow, BANK_PRESET),
      'invalid_amount',
      ['usage', 'windows', 'day', 'flows', 'transfer_in:other', 'amount'],
      issue,
    );
    const nullReversed = edited(BANK_USAGE, (u) => {
      (u.windows.day!.flows!['transfer_in:other'] as { reversed: unknown }).reversed = null;
    });
    rejection(
      () => checkTransaction(II, TX, nullReversed, BANK_PRESET),
      'invalid_amount',
      ['usage', 'windows', 'day', 'flows', 'transfer_in:other', 'reversed'],
      issue,
    );
  });

  it('a reversal cannot be earlier than the transaction it reverses', () => {
    const at = '2026-11-22T09:00:00+08:00';
    const later = '2026-11-22T09:00:01+08:00';
    const usage = (originalAt: string) =>
      edited(BANK_USAGE, (u) => {
        u.windows['rolling:24H']!.entries![0]!.originalAt = originalAt;
      });
    expect(checkTransaction(II, TX, usage(at), BANK_PRESET).allowed).toBe(true);
    const e = rejection(
      () => checkTransaction(II, TX, usage(later), BANK_PRESET),
      'invalid_input',
      [...ENTRY, 'originalAt'],
      'a reversed transaction cannot be later than its reversal',
    );
    expect(e.message).toBe(
      'Invalid usage at usage.windows.rolling:24H.entries.0.originalAt: a reversed transaction cannot be later than its reversal',
    );
  });
});

describe('usage built for another preset', () => {
  it('a usage in another currency is refused at usage.currency, naming both currencies', () => {
    const usd = { ...PBOC_USAGE, currency: 'USD' } as Usage;
    const e = rejection(
      () => checkTransaction(II, TX, usd, PBOC),
      'invalid_input',
      ['usage', 'currency'],
      'is in USD, the preset cn-pboc-2018 in CNY',
    );
    expect(e.message).toBe('Invalid usage: is in USD, the preset cn-pboc-2018 in CNY');
  });
});

describe('usageFromHistory', () => {
  it('refuses a history that is not a list', () => {
    const e = rejection(
      () => usageFromHistory(PBOC, 'history' as never),
      'invalid_input',
      ['history'],
      'must be a list of transactions',
    );
    expect(e.message).toBe('Invalid input at history: must be a list of transactions');
  });

  it('refuses a reversal of a reversal at the later entry', () => {
    const history: TransactionInput[] = [
      { id: 'a', at: '2026-11-22T09:00:00+08:00', amount: '100.00', kind: 'payment' },
      {
        id: 'b',
        at: '2026-11-22T09:10:00+08:00',
        amount: '50.00',
        kind: 'payment',
        reverses: { id: 'a', at: '2026-11-22T09:00:00+08:00' },
      },
      {
        id: 'c',
        at: '2026-11-22T09:20:00+08:00',
        amount: '10.00',
        kind: 'payment',
        reverses: { id: 'b', at: '2026-11-22T09:10:00+08:00' },
      },
    ];
    rejection(
      () => usageFromHistory(PBOC, history),
      'invalid_input',
      ['history', 2, 'reverses'],
      'a reversal cannot itself be reversed',
    );
  });

  it('refuses an `at` that is not an instant', () => {
    const e = rejection(
      () => usageFromHistory(PBOC, [], 'noon'),
      'invalid_instant',
      ['at'],
      expect.any(String) as never,
    );
    expect(e.message).toMatch(/^Invalid instant at at: /);
  });

  it('keeps a reversal in a rolling window with the instant of its original; only inflow reversals restore inflow headroom', () => {
    const history: TransactionInput[] = [
      { id: 'in', at: '2026-11-22T09:00:00+08:00', amount: '2000.00', kind: 'transfer_in' },
      { id: 'out', at: '2026-11-22T09:30:00+08:00', amount: '1000.00', kind: 'transfer_out' },
      {
        id: 'in-back',
        at: '2026-11-22T10:00:00+08:00',
        amount: '500.00',
        kind: 'transfer_in',
        reverses: { id: 'in', at: '2026-11-22T09:00:00+08:00' },
      },
      {
        id: 'out-back',
        at: '2026-11-22T10:30:00+08:00',
        amount: '400.00',
        kind: 'transfer_out',
        reverses: { id: 'out', at: '2026-11-22T09:30:00+08:00' },
      },
    ];
    const usage = usageFromHistory(BANK_PRESET, history, '2026-11-22T11:00:00+08:00');
    expect(usage.windows['rolling:24H']).toEqual({
      kind: 'rolling',
      duration: { hours: 24 },
      horizon: '2026-11-21T11:00:00+08:00',
      entries: [
        { at: '2026-11-22T09:00:00+08:00', bucket: 'transfer_in:other', amount: '2000.00' },
        { at: '2026-11-22T09:30:00+08:00', bucket: 'transfer_out:other', amount: '1000.00' },
        {
          at: '2026-11-22T10:00:00+08:00',
          bucket: 'transfer_in:other',
          amount: '500.00',
          originalAt: '2026-11-22T09:00:00+08:00',
        },
        {
          at: '2026-11-22T10:30:00+08:00',
          bucket: 'transfer_out:other',
          amount: '400.00',
          originalAt: '2026-11-22T09:30:00+08:00',
        },
      ],
    });
    // Class II counts non-bound transfers; its reversals restore headroom (same day, same 24 h).
    const h = getHeadroom(
      { class: 'II', balance: '0.00' },
      usage,
      BANK_PRESET,
      '2026-11-22T11:00:00+08:00',
    );
    expect(h.headroom).toEqual({
      dailyInflow: '8500.00',
      annualInflow: '198500.00',
      dailyOutflow: '9400.00',
      annualOutflow: '199400.00',
      bankDailyOutflow: '7400.00',
      monthlyOutflow: '14400.00',
      dailyOutflowCount: '2',
      singleOutflow: '5000.00',
      rollingInflow: '1500.00',
    });
    expect(h.limits.find((l) => l.id === 'rollingInflow')).toEqual({
      id: 'rollingInflow',
      type: 'window_amount',
      layer: 'bank',
      direction: 'inflow',
      window: 'rolling',
      limit: '3000.00',
      used: '1500.00',
      remaining: '1500.00',
      resetsAt: null,
      rule: 'classes.II.limits.rollingInflow',
      source: 'TB-LIM-1',
      sourceKey: 'test-bank-policy',
    });
  });
});

describe('history reversals are validated against their originals', () => {
  const original: TransactionInput = {
    id: 'p-1',
    at: '2026-11-22T09:00:00+08:00',
    amount: '6000.00',
    kind: 'payment',
    counterparty: 'other',
  };
  const refund = (amount: string, id = 'r-1'): TransactionInput => ({
    id,
    at: '2026-11-22T11:00:00+08:00',
    amount,
    kind: 'payment',
    counterparty: 'other',
    reverses: { id: 'p-1', at: '2026-11-22T09:00:00+08:00' },
  });

  it('another kind or counterparty than the original is refused at reverses', () => {
    for (const change of [{ kind: 'transfer_out' as const }, { counterparty: 'own' as const }])
      rejection(
        () => usageFromHistory(PBOC, [original, { ...refund('1.00'), ...change }]),
        'invalid_input',
        ['history', 1, 'reverses'],
        'must have the kind and counterparty of the transaction it reverses (payment, other)',
      );
  });

  it('another instant than the original’s is refused at reverses.at', () => {
    const e = rejection(
      () =>
        usageFromHistory(PBOC, [
          { ...refund('1.00'), reverses: { id: 'p-1', at: '2026-11-22T09:00:01+08:00' } },
          original,
        ]),
      'invalid_input',
      ['history', 0, 'reverses', 'at'],
      'is not the instant of the transaction it reverses',
    );
    expect(e.message).toBe(
      'Invalid input at history.0.reverses.at: is not the instant of the transaction it reverses',
    );
  });

  it('reversals may add up to the original exactly, not one fen more', () => {
    const whole = usageFromHistory(PBOC, [original, refund('4000.00'), refund('2000.00', 'r-2')]);
    expect(whole.windows.day).toMatchObject({
      flows: { 'payment:other': { amount: '6000.00', count: 1, reversed: '6000.00' } },
    });
    rejection(
      () =>
        usageFromHistory(PBOC, [
          original,
          refund('4000.00'),
          refund('2000.00', 'r-2'),
          refund('0.01', 'r-3'),
        ]),
      'invalid_input',
      ['history', 3, 'reverses'],
      'reversals add up to more than the transaction they reverse (6000.00)',
    );
  });

  it('a reversal whose original is not in the history is taken as it is, and gives back no more than was used', () => {
    const inflowBack: TransactionInput = {
      id: 'ri-1',
      at: '2026-11-22T11:00:00+08:00',
      amount: '50.00',
      kind: 'transfer_in',
      counterparty: 'other',
      reverses: { id: 'i-0', at: '2026-11-22T09:00:00+08:00' },
    };
    const usage = usageFromHistory(PBOC, [refund('100.00'), inflowBack]);
    expect(usage.windows.day).toMatchObject({
      flows: {
        'payment:other': { amount: '0.00', count: 0, reversed: '100.00' },
        'transfer_in:other': { amount: '0.00', count: 0, reversed: '50.00' },
      },
    });
    const h = getHeadroom(II, usage, PBOC, '2026-11-22T11:00:00+08:00');
    expect(h.headroom).toEqual({
      dailyInflow: '10000.00',
      annualInflow: '200000.00',
      dailyOutflow: '10000.00',
      annualOutflow: '200000.00',
    });
    expect(h.limits[2]).toMatchObject({ id: 'dailyOutflow', used: '0.00' });
  });

  it('an id twice with other content is a conflict at the later entry; the same content counts once', () => {
    const message = 'Transaction id "p-1" appears twice in the history with different content';
    const e = rejection(
      () => usageFromHistory(PBOC, [original, { ...original, amount: '6000.01' }]),
      'conflicting_transaction',
      ['history', 1, 'id'],
      message,
    );
    expect(e.message).toBe(message);
    expect(usageFromHistory(PBOC, [original, original]).windows.day).toMatchObject({
      flows: { 'payment:other': { amount: '6000.00', count: 1, reversed: '0.00' } },
    });
  });

  it('a long id is quoted cut to 80 characters', () => {
    const id = 'i'.repeat(200);
    const long = { ...original, id };
    const shown = `"${'i'.repeat(79)}`;
    rejection(
      () => usageFromHistory(PBOC, [long, { ...long, amount: '1.00' }]),
      'conflicting_transaction',
      ['history', 1, 'id'],
      `Transaction id ${shown} appears twice in the history with different content`,
    );
    rejection(
      () =>
        checkTransactionFromHistory(
          { class: 'II', balance: '0.00' },
          { ...long, amount: '1.00' },
          [long],
          PBOC,
        ),
      'conflicting_transaction',
      ['transaction', 'id'],
      `Transaction id ${shown} is in the history with different content`,
    );
  });

  it('the checked transaction’s own id in the history with other content is a conflict', () => {
    const message = 'Transaction id "p-1" is in the history with different content';
    const e = rejection(
      () =>
        checkTransactionFromHistory(
          { class: 'II', balance: '0.00' },
          { ...original, amount: '1.00' },
          [original],
          PBOC,
        ),
      'conflicting_transaction',
      ['transaction', 'id'],
      message,
    );
    expect(e.message).toBe(message);
  });
});
