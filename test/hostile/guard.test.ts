/**
 * The hostile-input harness can fail: each of its checks catches what it is for.
 */
import { fc } from '@fast-check/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { AccountPolicyError } from '../../src/errors';
import { applyMutation, describeValue, mutationsOf, pathsOf, PROTO_OBJECTS } from './arbitraries';
import { assertHostile, assertNoPollution, CallTimer, classify } from './guard';

describe('the hostile-input harness', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  it('describes any value without throwing (a failure report must not hide the failure)', () => {
    // Not JSON (a bigint inside) and without a string form: a null-prototype object, alone or in
    // an array, and an object whose toString throws. A full run once failed on such an input in
    // describeValue itself ("Cannot convert object to primitive value").
    const bare = Object.assign(Object.create(null) as object, { n: 1n });
    const throwing = {
      n: 2n,
      toString: () => {
        throw new Error('no');
      },
    };
    for (const value of [bare, [bare], throwing, [1n, bare]])
      expect(typeof describeValue(value)).toBe('string');
  });

  it('notices a polluted Object.prototype', () => {
    assertNoPollution();
    (Object.prototype as Record<string, unknown>).polluted = 'yes';
    expect(() => assertNoPollution()).toThrow(/polluted/);
  });

  it('passes typed errors with documented codes and stops everything else', () => {
    const typed = () => {
      throw new AccountPolicyError('invalid_amount', 'bad');
    };
    expect(classify(typed, {}, () => 'typed')).toMatchObject({ ok: false });
    expect(() => classify(typed, { codes: ['invalid_date'] }, () => 'typed')).toThrow(
      /threw invalid_amount; documented: invalid_date/,
    );
    const bug = () => {
      throw new TypeError('x is undefined');
    };
    expect(() => classify(bug, {}, () => 'f(x)')).toThrow(
      'f(x) threw an undocumented TypeError: x is undefined',
    );
    expect(classify(bug, { also: (e) => e instanceof TypeError }, () => 'f')).toMatchObject({
      ok: true,
    });
  });

  it('flags a call that stays over 50 ms when repeated', () => {
    const timer = new CallTimer();
    timer.time(
      () => {
        const until = performance.now() + 60;
        while (performance.now() < until);
      },
      () => 'slow',
    );
    expect(() => timer.assertWithinBudget()).toThrow(/slowest of 1 calls: .* ms for slow/);
  });

  it('reports a failing property with a short counterexample', () => {
    expect(() =>
      assertHostile(
        fc.constant('x'.repeat(1000)),
        () => {
          throw new RangeError('boom');
        },
        { name: 'f', numRuns: 5 },
      ),
    ).toThrow(/^f failed after 1 runs .* on string\(1000\) "xxxxxxxxxxxxxxxxxxxx"…:/);
  });

  it('reaches every path of an example, and mutates copies only', () => {
    const example = { a: [1, { b: 'c' }], d: null };
    expect(pathsOf(example)).toEqual([[], ['a'], ['a', 0], ['a', 1], ['a', 1, 'b'], ['d']]);
    const polluted = applyMutation(example, { kind: 'pollute', path: ['a', 1], value: 1 }) as {
      a: [number, Record<string, unknown>];
    };
    expect(Object.keys(polluted.a[1])).toEqual(['b', '__proto__', 'constructor', 'prototype']);
    expect(applyMutation(example, { kind: 'remove', path: ['a', 0] })).toEqual({
      a: [{ b: 'c' }],
      d: null,
    });
    expect(example).toEqual({ a: [1, { b: 'c' }], d: null });
    assertNoPollution();
    const kinds = new Set(fc.sample(mutationsOf(example), 300).map((m) => m.mutation.kind));
    expect([...kinds].sort()).toEqual(['pollute', 'remove', 'replace']);
  });

  it('builds prototype-polluting objects with own keys, without polluting', () => {
    const first = PROTO_OBJECTS[0] as object;
    expect(Object.hasOwn(first, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(first)).toBe(Object.prototype);
    assertNoPollution();
  });
});
