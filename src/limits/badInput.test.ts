/*
 * Bad input to the limit engine's public functions (issue 6): each finding of the hostile-input
 * suite as an example. Only `AccountPolicyError` with its documented code comes out, its message
 * and first issue name the path of what is wrong, the message stays short whatever the input's
 * size, and nothing pollutes Object.prototype.
 */
import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../errors';
import { getPreset } from '../presets';
import {
  checkTransaction,
  commit,
  expire,
  getHeadroom,
  maxTransactionAmount,
  recordTransaction,
  release,
  reserve,
  type TransactionInput,
  type Usage,
} from '.';
import { PBOC_USAGE, PBOC_USAGE_WITH_HOLD } from './storedUsages.testkit';
import { thrownBy } from '../../test/support/thrown';

const PBOC = getPreset('cn-pboc-2018');
const MEGABYTE = 'a'.repeat(1 << 20);
const at = (hour: number) => `2026-11-22T${String(hour).padStart(2, '0')}:00:00+08:00`;
const TX: TransactionInput = {
  at: at(10),
  amount: '1500.00',
  kind: 'transfer_out',
  counterparty: 'other',
};
const ACCOUNT = { class: 'II', balance: '1500.00' };

const USAGE = PBOC_USAGE;
const WITH_HOLD = PBOC_USAGE_WITH_HOLD;

/** A copy of `value` with the value at `path` replaced (JSON-like values only). */
function replaced<T>(value: T, path: readonly (string | number)[], next: unknown): T {
  const copy = JSON.parse(JSON.stringify(value)) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  Object.defineProperty(parent, path[path.length - 1]!, {
    value: next,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy as T;
}

/** Calls `fn`, expecting the typed error with `code` whose first issue is at `path`. */
function expectRejected(fn: () => unknown, code: ErrorCode, path: readonly (string | number)[]) {
  const error = thrownBy(fn);
  expect(error.code).toBe(code);
  expect(error.issues[0]!.path).toEqual(path);
  expect(error.message).toContain(path.join('.'));
  expect(error.message.length).toBeLessThan(400);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  return error;
}

const FLOW = ['usage', 'windows', 'day', 'flows', 'transfer_out:other'];

describe('checkTransaction on bad input', () => {
  it('a null flow total is refused at its path', () => {
    const usage = replaced(USAGE, FLOW.slice(1), null);
    const e = expectRejected(
      () => checkTransaction(ACCOUNT, TX, usage, PBOC),
      'invalid_input',
      FLOW,
    );
    expect(e.message).toMatch(/must be a total \{ amount, count, reversed \}, got null/);
  });
  it('a null transaction, or one given as a string or a list, is refused', () => {
    for (const tx of [null, MEGABYTE, [TX]])
      expectRejected(() => checkTransaction(ACCOUNT, tx as never, USAGE, PBOC), 'invalid_input', [
        'transaction',
      ]);
  });
  it('flows given as a megabyte string are refused by their type, without reading them', () => {
    const usage = replaced(USAGE, ['windows', 'day', 'flows'], MEGABYTE);
    const e = expectRejected(() => checkTransaction(ACCOUNT, TX, usage, PBOC), 'invalid_input', [
      'usage',
      'windows',
      'day',
      'flows',
    ]);
    expect(e.message).toContain(`a string of ${MEGABYTE.length} characters`);
  });
  it('a count that is not a whole number is refused', () => {
    for (const count of [1.5, -1, '1', null, Number.NaN])
      expectRejected(
        () =>
          checkTransaction(ACCOUNT, TX, replaced(USAGE, [...FLOW.slice(1), 'count'], count), PBOC),
        'invalid_input',
        [...FLOW, 'count'],
      );
  });
  it('a bigint amount in the transaction or the usage is refused as an amount', () => {
    expectRejected(
      () => checkTransaction(ACCOUNT, { ...TX, amount: 10n as never }, USAGE, PBOC),
      'invalid_amount',
      ['transaction', 'amount'],
    );
    const usage = { ...USAGE, windows: { ...USAGE.windows, day: { ...USAGE.windows.day! } } };
    (usage.windows.day as { flows: unknown }).flows = {
      'transfer_out:other': { amount: 10n, count: 1, reversed: '0.00' },
    };
    expectRejected(() => checkTransaction(ACCOUNT, TX, usage, PBOC), 'invalid_amount', [
      ...FLOW,
      'amount',
    ]);
  });
  it('options and account facts of the wrong type are refused', () => {
    expectRejected(
      () => checkTransaction(ACCOUNT, TX, USAGE, PBOC, { lang: 'fr' as never }),
      'invalid_input',
      ['options', 'lang'],
    );
    expectRejected(
      () => checkTransaction(ACCOUNT, TX, USAGE, PBOC, null as never),
      'invalid_input',
      ['options'],
    );
    expectRejected(
      () => checkTransaction({ ...ACCOUNT, faceToFaceVerified: 'yes' as never }, TX, USAGE, PBOC),
      'invalid_input',
      ['account', 'faceToFaceVerified'],
    );
    expectRejected(
      () => checkTransaction({ ...ACCOUNT, class: MEGABYTE }, TX, USAGE, PBOC),
      'invalid_input',
      ['account', 'class'],
    );
  });
});

describe('recordTransaction on bad input', () => {
  it('usage.windows.day = null is refused at its path', () => {
    expectRejected(
      () => recordTransaction(replaced(USAGE, ['windows', 'day'], null), TX),
      'invalid_input',
      ['usage', 'windows', 'day'],
    );
  });
  it('a bigint amount is refused as an amount', () => {
    expectRejected(
      () => recordTransaction(USAGE, { ...TX, amount: 10n as never }),
      'invalid_amount',
      ['transaction', 'amount'],
    );
  });
  it('prototype-polluting keys in the usage are refused as unknown fields, and pollute nothing', () => {
    const polluted = JSON.parse(
      JSON.stringify(USAGE).replace('{', '{"__proto__":{"polluted":"yes"},'),
    ) as Usage;
    expectRejected(() => recordTransaction(polluted, TX), 'invalid_input', ['usage', '__proto__']);
    const inFlows = replaced(USAGE, ['windows', 'day', 'flows', 'constructor'], {
      prototype: { polluted: 'yes' },
    });
    expectRejected(() => recordTransaction(inFlows, TX), 'invalid_input', [
      'usage',
      'windows',
      'day',
      'flows',
      'constructor',
    ]);
  });
  it('flows given as a megabyte string are refused (not copied into a new usage)', () => {
    expectRejected(
      () => recordTransaction(replaced(USAGE, ['windows', 'year', 'flows'], MEGABYTE), TX),
      'invalid_input',
      ['usage', 'windows', 'year', 'flows'],
    );
  });
});

describe('reserve on bad input', () => {
  const RESERVE_TX = { ...TX, id: 'tx-2', amount: '10.00' };
  it('a null hold in the usage is refused at its path', () => {
    expectRejected(
      () => reserve(ACCOUNT, RESERVE_TX, replaced(WITH_HOLD, ['holds', 0], null), PBOC),
      'invalid_input',
      ['usage', 'holds', 0],
    );
  });
  it('a null flow is refused as for checkTransaction', () => {
    expectRejected(
      () => reserve(ACCOUNT, RESERVE_TX, replaced(USAGE, FLOW.slice(1), null), PBOC),
      'invalid_input',
      FLOW,
    );
  });
  it('a transaction without an id, or a malformed holdFor, is refused', () => {
    expectRejected(() => reserve(ACCOUNT, TX, USAGE, PBOC), 'invalid_input', ['transaction', 'id']);
    expectRejected(
      () => reserve(ACCOUNT, RESERVE_TX, USAGE, PBOC, { holdFor: { minutes: -5 } }),
      'invalid_duration',
      ['options', 'holdFor', 'minutes'],
    );
  });
});

describe('commit, release and expire on bad input', () => {
  it('a null hold or window is refused at its path', () => {
    const nullHold = replaced(WITH_HOLD, ['holds', 0], null);
    expectRejected(() => commit(nullHold, 'tx-1', '2026-11-22T10:05:00+08:00'), 'invalid_input', [
      'usage',
      'holds',
      0,
    ]);
    expectRejected(() => release(nullHold, 'tx-1', '2026-11-22T10:05:00+08:00'), 'invalid_input', [
      'usage',
      'holds',
      0,
    ]);
    expectRejected(() => expire(nullHold, at(12)), 'invalid_input', ['usage', 'holds', 0]);
    expectRejected(
      () =>
        commit(replaced(WITH_HOLD, ['windows', 'year'], null), 'tx-1', '2026-11-22T10:05:00+08:00'),
      'invalid_input',
      ['usage', 'windows', 'year'],
    );
  });
  it('a usage given as a megabyte string is refused at once', () => {
    for (const fn of [
      () => commit(MEGABYTE as never, 'tx-1', '2026-11-22T10:05:00+08:00'),
      () => release(MEGABYTE as never, 'tx-1', '2026-11-22T10:05:00+08:00'),
      () => expire(MEGABYTE as never, at(12)),
    ])
      expectRejected(fn, 'invalid_input', ['usage']);
  });
  it('a missing or megabyte hold id is refused as an argument; an unknown one is a state error', () => {
    expectRejected(
      () => commit(WITH_HOLD, undefined as never, '2026-11-22T10:05:00+08:00'),
      'invalid_input',
      ['holdId'],
    );
    expectRejected(
      () => release(WITH_HOLD, MEGABYTE, '2026-11-22T10:05:00+08:00'),
      'invalid_input',
      ['holdId'],
    );
    expect(() => commit(WITH_HOLD, 'nope', '2026-11-22T10:05:00+08:00')).toThrow(
      expect.objectContaining({ code: 'invalid_state', issues: [expect.anything()] }),
    );
  });
  it('a hold whose transaction is missing, or not its own, is refused', () => {
    expectRejected(
      () =>
        commit(
          replaced(WITH_HOLD, ['holds', 0, 'transaction'], undefined),
          'tx-1',
          '2026-11-22T10:05:00+08:00',
        ),
      'invalid_input',
      ['usage', 'holds', 0, 'transaction'],
    );
    expectRejected(
      () =>
        commit(
          replaced(WITH_HOLD, ['holds', 0, 'transaction', 'id'], 'tx-9'),
          'tx-1',
          '2026-11-22T10:05:00+08:00',
        ),
      'invalid_input',
      ['usage', 'holds', 0, 'transaction', 'id'],
    );
  });
  it('a `now` that is not an instant is refused', () => {
    expectRejected(() => expire(WITH_HOLD, new Date(Number.NaN)), 'invalid_instant', ['now']);
    expectRejected(() => commit(WITH_HOLD, 'tx-1', MEGABYTE), 'invalid_instant', ['now']);
    expectRejected(() => expire(WITH_HOLD, 5 as never), 'invalid_instant', ['now']);
  });
});

describe('getHeadroom and maxTransactionAmount on bad input', () => {
  it('a null window or flow is refused at its path', () => {
    expectRejected(
      () => getHeadroom(ACCOUNT, replaced(USAGE, ['windows', 'day'], null), PBOC, at(10)),
      'invalid_input',
      ['usage', 'windows', 'day'],
    );
    expectRejected(
      () => getHeadroom(ACCOUNT, replaced(USAGE, FLOW.slice(1), null), PBOC, at(10)),
      'invalid_input',
      FLOW,
    );
  });
  it('flows given as a megabyte string are refused', () => {
    expectRejected(
      () =>
        maxTransactionAmount(
          ACCOUNT,
          { at: at(10), kind: 'payment' },
          replaced(USAGE, ['windows', 'day', 'flows'], MEGABYTE),
          PBOC,
        ),
      'invalid_input',
      ['usage', 'windows', 'day', 'flows'],
    );
  });
  it('a transaction given as a megabyte string is refused before it is read', () => {
    expectRejected(
      () => maxTransactionAmount(ACCOUNT, MEGABYTE as never, USAGE, PBOC),
      'invalid_input',
      ['transaction'],
    );
  });
  it('an instant that is not one names its path', () => {
    expectRejected(() => getHeadroom(ACCOUNT, USAGE, PBOC, MEGABYTE), 'invalid_instant', ['at']);
  });
});
