import { describe, expect, it } from 'vitest';
import { AccountPolicyError, attempt, isAccountPolicyError } from './AccountPolicyError';

describe('AccountPolicyError', () => {
  it('carries its code, message and issues; one issue at the root by default', () => {
    const e = new AccountPolicyError('invalid_amount', 'bad amount');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('AccountPolicyError');
    expect(e.code).toBe('invalid_amount');
    expect(e.message).toBe('bad amount');
    expect(e.issues).toEqual([{ path: [], message: 'bad amount' }]);
    expect(new AccountPolicyError('invalid_input', 'x', []).issues).toEqual([
      { path: [], message: 'x' },
    ]);
    const issues = [{ path: ['a', 0], message: 'first' }];
    expect(new AccountPolicyError('invalid_input', 'x', issues).issues).toEqual(issues);
  });
});

describe('attempt', () => {
  it('returns the value, or the typed error as a value', () => {
    expect(attempt(() => 42)).toEqual({ ok: true, value: 42 });
    const error = new AccountPolicyError('unknown_preset', 'nope');
    expect(
      attempt(() => {
        throw error;
      }),
    ).toEqual({ ok: false, error });
  });

  it('rethrows anything else: a bug must not become a decision', () => {
    const bug = new TypeError('x is undefined');
    expect(() =>
      attempt(() => {
        throw bug;
      }),
    ).toThrow(bug);
    expect(() =>
      attempt(() => {
        throw 'a string';
      }),
    ).toThrow('a string');
  });
});

describe('isAccountPolicyError', () => {
  it('recognises errors of this class and of another copy of the library', () => {
    expect(isAccountPolicyError(new AccountPolicyError('invalid_input', 'x'))).toBe(true);
    const fromOtherBundle = Object.assign(new Error('x'), {
      name: 'AccountPolicyError',
      code: 'invalid_input',
    });
    expect(isAccountPolicyError(fromOtherBundle)).toBe(true);
  });

  it('rejects look-alikes that are not errors, or lack a code', () => {
    expect(
      isAccountPolicyError(Object.assign(new Error('x'), { name: 'AccountPolicyError' })),
    ).toBe(false);
    expect(isAccountPolicyError({ name: 'AccountPolicyError', code: 'invalid_input' })).toBe(false);
    expect(isAccountPolicyError(new TypeError('x'))).toBe(false);
    expect(isAccountPolicyError(null)).toBe(false);
    expect(isAccountPolicyError('AccountPolicyError')).toBe(false);
  });
});
