import { describe, expect, it } from 'vitest';
import { AccountPolicyError } from '../errors';
import { calendarWindow } from './calendarWindow';
import { parseInstant } from './parseInstant';
import { parseLocalDate } from './parseLocalDate';
import { assertTimeZone } from './assertTimeZone';
import { validateDuration } from './validateDuration';
import { windowContains } from './windowContains';

function errorOf(fn: () => unknown): AccountPolicyError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AccountPolicyError);
    return error as AccountPolicyError;
  }
  throw new Error('expected an AccountPolicyError');
}

describe('windowContains checks the window, not only the instant', () => {
  const w = calendarWindow(parseInstant('2026-11-22T10:00:00+08:00'), 'day', 'Asia/Shanghai');
  const inside = parseInstant('2026-11-22T23:59:59.999+08:00');

  it('is half-open on a valid window', () => {
    expect(windowContains(w, w.start)).toBe(true);
    expect(windowContains(w, inside)).toBe(true);
    expect(windowContains(w, w.end)).toBe(false);
  });

  it.each([
    [null, 'window.start'],
    [{}, 'window.start'],
    [{ start: '2026-11-22T00:00:00+08:00', end: new Date(0) }, 'window.start'],
    [{ start: new Date(0), end: new Date(Number.NaN) }, 'window.end'],
    [{ start: new Date(0) }, 'window.end'],
  ])('refuses %j with invalid_instant naming %s', (window, name) => {
    const error = errorOf(() => windowContains(window as never, inside));
    expect(error.code).toBe('invalid_instant');
    expect(error.message).toContain(`Invalid ${name}`);
  });
});

describe('a path argument that is not an array reports at the root', () => {
  it.each([['a.b'], [5], [{ 0: 'a' }], [null]])('path %j', (path) => {
    const cases: (() => unknown)[] = [
      () => parseInstant('nope', path as never),
      () => parseLocalDate('2026-02-30', path as never),
      () => parseLocalDate(42, path as never),
      () => assertTimeZone('Mars/Base', path as never),
      () => validateDuration({ days: -1, eons: 1 }, path as never),
      () => validateDuration({}, path as never),
    ];
    for (const call of cases) {
      const error = errorOf(call);
      for (const issue of error.issues) expect(Array.isArray(issue.path)).toBe(true);
      expect(error.issues[0]!.path.slice(0, 1)).not.toEqual([path]);
    }
    expect(errorOf(() => validateDuration({ days: -1 }, path as never)).issues[0]!.path).toEqual([
      'days',
    ]);
    expect(errorOf(() => validateDuration({ days: -1 }, ['hold'])).issues[0]!.path).toEqual([
      'hold',
      'days',
    ]);
  });
});
