import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { RecentMap, withCallLocalMemos } from './recentMap';

describe('RecentMap', () => {
  it('holds the last `size` keys set, dropping the oldest first', () => {
    const keys = Array.from({ length: 5 }, (_, i) => ({ i }));
    const m = new RecentMap<object, number>(3);
    keys.forEach((k, i) => m.set(k, i));
    expect(keys.map((k) => m.get(k))).toEqual([undefined, undefined, 2, 3, 4]);
    expect(m.has(keys[1]!)).toBe(false);
    expect(m.has(keys[4]!)).toBe(true);
  });
  it('refuses a size below one (it would hold nothing and write out of its slots)', () => {
    for (const size of [0, -1, 1.5, Number.NaN])
      expect(() => new RecentMap<object, number>(size)).toThrow(RangeError);
  });
  it('setting a held key again replaces its value without dropping another', () => {
    const [a, b] = [{}, {}];
    const m = new RecentMap<object, string>(2);
    m.set(a, 'a');
    m.set(b, 'b');
    m.set(a, 'A');
    expect([m.get(a), m.get(b)]).toEqual(['A', 'b']);
  });
  test.prop([fc.array(fc.nat({ max: 20 }), { maxLength: 200 }), fc.integer({ min: 1, max: 8 })])(
    'agrees with a naive list of the last distinct keys set',
    (sets, size) => {
      const objects = Array.from({ length: 21 }, () => ({}));
      const m = new RecentMap<object, number>(size);
      let naive: [number, number][] = []; // [key, value], oldest first
      sets.forEach((k, step) => {
        const at = naive.findIndex(([key]) => key === k);
        if (at >= 0) naive[at] = [k, step];
        else naive = [...naive, [k, step] as [number, number]].slice(-size);
        m.set(objects[k]!, step);
      });
      objects.forEach((o, k) => expect(m.get(o)).toBe(naive.find(([key]) => key === k)?.[1]));
    },
  );
  it("inside withCallLocalMemos, entries are the call's own: unseen outside, dropped at the end", () => {
    const [kept, local] = [{}, {}];
    const m = new RecentMap<object, string>(4);
    m.set(kept, 'kept');
    const inside = withCallLocalMemos(() => {
      m.set(local, 'local');
      // nested calls share the outer call's entries
      const nested = withCallLocalMemos(() => m.get(local));
      return [m.get(local), nested, m.get(kept)];
    });
    expect(inside).toEqual(['local', 'local', undefined]);
    expect([m.get(local), m.get(kept)]).toEqual([undefined, 'kept']);
  });
  it("drops the call's entries when it throws", () => {
    const key = {};
    const m = new RecentMap<object, number>(4);
    expect(() =>
      withCallLocalMemos(() => {
        m.set(key, 1);
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(m.get(key)).toBeUndefined();
    withCallLocalMemos(() => expect(m.get(key)).toBeUndefined());
  });
});
