import { describe, expect, it } from 'vitest';
import { isAccountPolicyError, type AccountPolicyError } from '../errors';
import { getPreset } from '../presets';
import { applyPersonEvent } from './applyPersonEvent';
import { ACCOUNTS, T0 } from './fixtures.testkit';

const preset = getPreset('cn-pboc-2018');
const restrict = {
  type: 'restrict_person',
  at: T0,
  restriction: { id: 'R1', kind: 'no_non_counter', reason: 'account_selling' },
} as const;

const apply = (accounts: unknown, event: unknown = restrict) =>
  applyPersonEvent(accounts as never, event as never, preset);

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

function expectInvalidAt(fn: () => unknown, paths: readonly string[]): string {
  const error = thrown(fn);
  expect(error.code).toBe('invalid_input');
  expect(error.issues.map((i) => i.path.join('.'))).toEqual(paths);
  expect(error.message).toContain(paths[0]);
  return error.message;
}

describe('applyPersonEvent: bad input is an invalid_input naming what is wrong', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 10],
    ['one account, not in a list', ACCOUNTS.normal],
    ['a string', 'accounts'],
  ])('accounts that are %s', (_, accounts) => {
    expect(expectInvalidAt(() => apply(accounts), ['accounts'])).toBe(
      'accounts must be an array of accounts',
    );
  });

  it('names the malformed account by its index', () => {
    expect(expectInvalidAt(() => apply([ACCOUNTS.normal, null]), ['accounts.1'])).toMatch(
      /must be an object, not null/,
    );
    expectInvalidAt(
      () => apply([ACCOUNTS.normal, { ...ACCOUNTS.dormant, status: 'frozen' }]),
      ['accounts.1.status'],
    );
  });

  it('a hole in a sparse list is a missing account, not one to skip', () => {
    expect(
      expectInvalidAt(() => apply([ACCOUNTS.normal, , ACCOUNTS.normal]), ['accounts.1']),
    ).toMatch(/is required/);
  });

  it('a malformed event, or an event that is not about the person', () => {
    expectInvalidAt(() => apply([ACCOUNTS.normal], { ...restrict, at: 'today' }), ['event.at']);
    expectInvalidAt(() => apply([ACCOUNTS.normal], null), ['event']);
    expect(
      expectInvalidAt(() => apply([ACCOUNTS.normal], { type: 'close', at: T0 }), ['event.type']),
    ).toMatch(/must be restrict_person or lift_restriction, not close/);
  });

  it('an empty list is no accounts, not an error', () => {
    expect(apply([])).toEqual({ accounts: [], results: [] });
  });
});
