import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { AccountPolicyError } from '../errors';
import { addDuration } from './addDuration';
import { anyZoneAndInstant } from './arbitraries.testkit';
import { formatDuration } from './formatDuration';
import { formatEvery } from './formatEvery';
import { formatInstant } from './formatInstant';
import { parseInstant } from './parseInstant';
import { rollingWindow } from './rollingWindow';
import { validateDuration } from './validateDuration';
import { windowContains } from './windowContains';
import { oracleOffsetMs, oracleWallMs } from './oracle.testkit';
import type { PolicyDuration } from './types';

const HOUR = 3_600_000;
const at = (s: string) => parseInstant(s);
const plus = (s: string, d: PolicyDuration, zone: string) =>
  formatInstant(addDuration(at(s), d, zone), zone);

function rejection(fn: () => unknown): AccountPolicyError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AccountPolicyError);
    return error as AccountPolicyError;
  }
  throw new Error('no error');
}

describe('validateDuration', () => {
  test('accepts preset-style durations and returns a frozen copy', () => {
    for (const d of [
      { days: 15 },
      { hours: 48 },
      { years: 5 },
      { years: 2, months: 6 },
      { days: 0 },
    ]) {
      const v = validateDuration(d);
      expect(v).toEqual(d);
      expect(v).not.toBe(d);
      expect(Object.isFrozen(v)).toBe(true);
    }
    expect(validateDuration(JSON.parse('{"weeks":2,"minutes":30}'))).toEqual({
      weeks: 2,
      minutes: 30,
    });
  });

  test('rejects unknown keys, negatives, non-integers, empty objects and non-objects', () => {
    const cases: [unknown, RegExp, (string | number)[]][] = [
      [{}, /at least one of/, []],
      [{ day: 1 }, /unknown duration field "day"/, ['day']],
      [{ days: -1 }, /days must be a non-negative integer, got -1/, ['days']],
      [{ hours: 1.5 }, /hours must be a non-negative integer, got 1.5/, ['hours']],
      [{ days: '15' }, /days must be a non-negative integer, got "15"/, ['days']],
      [{ days: Number.NaN }, /non-negative integer/, ['days']],
      [{ days: Number.POSITIVE_INFINITY }, /non-negative integer/, ['days']],
      [{ years: 1e9 }, /years must be at most 10000/, ['years']],
      [{ seconds: 30 }, /unknown duration field "seconds"/, ['seconds']],
      [null, /expected an object/, []],
      [[], /expected an object/, []],
      ['P15D', /expected an object/, []],
      [15, /expected an object/, []],
    ];
    for (const [input, message, path] of cases) {
      const e = rejection(() => validateDuration(input, ['preset', 'coolingOff']));
      expect(e.code).toBe('invalid_duration');
      expect(e.message).toMatch(message);
      expect(e.issues[0]!.path).toEqual(['preset', 'coolingOff', ...path]);
    }
  });

  test('reports every problem as its own issue', () => {
    const e = rejection(() => validateDuration({ days: -1, hours: 0.5, fortnights: 1 }));
    expect(e.issues.map((i) => i.path)).toEqual([['fortnights'], ['days'], ['hours']]);
    expect(e.message).toMatch(/\(and 2 more\)/);
  });
});

describe('addDuration', () => {
  test('calendar parts keep the local time; hours are elapsed time', () => {
    const ny = 'America/New_York';
    // 2026-03-08 is a 23-hour day in New York.
    expect(plus('2026-03-07T12:00:00-05:00', { days: 1 }, ny)).toBe('2026-03-08T12:00:00-04:00');
    expect(plus('2026-03-07T12:00:00-05:00', { hours: 24 }, ny)).toBe('2026-03-08T13:00:00-04:00');
    expect(plus('2026-10-31T12:00:00-04:00', { weeks: 1 }, ny)).toBe('2026-11-07T12:00:00-05:00');
    expect(plus('2026-11-22T10:00:00+08:00', { days: 15 }, 'Asia/Shanghai')).toBe(
      '2026-12-07T10:00:00+08:00',
    );
    expect(plus('2026-11-22T10:00:00+08:00', { hours: 48 }, 'Asia/Shanghai')).toBe(
      '2026-11-24T10:00:00+08:00',
    );
  });

  test('months and years clamp the day like date-fns', () => {
    const z = 'Asia/Shanghai';
    expect(plus('2026-01-31T10:00:00+08:00', { months: 1 }, z)).toBe('2026-02-28T10:00:00+08:00');
    expect(plus('2024-01-31T10:00:00+08:00', { months: 1 }, z)).toBe('2024-02-29T10:00:00+08:00');
    expect(plus('2024-02-29T10:00:00+08:00', { years: 1 }, z)).toBe('2025-02-28T10:00:00+08:00');
    expect(plus('2024-02-29T10:00:00+08:00', { years: 5 }, z)).toBe('2029-02-28T10:00:00+08:00');
    expect(plus('2026-08-31T10:00:00+08:00', { years: 2, months: 6 }, z)).toBe(
      '2029-02-28T10:00:00+08:00',
    );
    // Months first, then days (Jan 31 + 1 month + 1 day = Mar 1).
    expect(plus('2026-01-31T10:00:00+08:00', { months: 1, days: 1 }, z)).toBe(
      '2026-03-01T10:00:00+08:00',
    );
  });

  test('a local time skipped by DST resolves to the first instant after the jump', () => {
    expect(plus('2026-03-07T02:30:00-05:00', { days: 1 }, 'America/New_York')).toBe(
      '2026-03-08T03:00:00-04:00',
    );
    expect(plus('1986-05-03T02:30:00+08:00', { days: 1 }, 'Asia/Shanghai')).toBe(
      '1986-05-04T03:00:00+09:00',
    );
    // Apia's skipped Friday: Thursday noon + 1 day is Saturday 00:00 (+14:00), + 2 days Saturday noon.
    expect(plus('2011-12-29T12:00:00-10:00', { days: 1 }, 'Pacific/Apia')).toBe(
      '2011-12-31T00:00:00+14:00',
    );
    expect(plus('2011-12-29T12:00:00-10:00', { days: 2 }, 'Pacific/Apia')).toBe(
      '2011-12-31T12:00:00+14:00',
    );
  });

  test('a repeated local time resolves to its first occurrence', () => {
    expect(plus('2026-10-31T01:30:00-04:00', { days: 1 }, 'America/New_York')).toBe(
      '2026-11-01T01:30:00-04:00',
    );
    expect(plus('1986-09-13T01:30:00+09:00', { days: 1 }, 'Asia/Shanghai')).toBe(
      '1986-09-14T01:30:00+09:00',
    );
  });

  test('pure elapsed durations never move an instant within a repeated hour', () => {
    // 01:30 EST is the second 01:30 of 2026-11-01; + 0 days + 10 minutes must stay after it.
    expect(plus('2026-11-01T01:30:00-05:00', { minutes: 10 }, 'America/New_York')).toBe(
      '2026-11-01T01:40:00-05:00',
    );
  });

  test('rejects bad arguments with typed errors', () => {
    expect(rejection(() => addDuration(new Date(Number.NaN), { days: 1 }, 'UTC')).code).toBe(
      'invalid_instant',
    );
    expect(rejection(() => addDuration(new Date(0), { days: -1 }, 'UTC')).code).toBe(
      'invalid_duration',
    );
    expect(rejection(() => addDuration(new Date(0), { days: 1 }, 'Nowhere')).code).toBe(
      'invalid_time_zone',
    );
  });

  const daysArb = fc.integer({ min: 0, max: 800 });

  test.prop([anyZoneAndInstant, daysArb, daysArb], { numRuns: 300 })(
    '(6) monotonic in the number of days',
    ({ zone, t }, a, b) => {
      const [m, n] = a <= b ? [a, b] : [b, a];
      const x = addDuration(new Date(t), { days: m }, zone).getTime();
      const y = addDuration(new Date(t), { days: n }, zone).getTime();
      expect(x).toBeLessThanOrEqual(y);
      expect(addDuration(new Date(t), { days: 0 }, zone).getTime()).toBe(t);
    },
  );

  test.prop(
    [
      anyZoneAndInstant,
      fc.oneof(fc.integer({ min: 0, max: 2 * HOUR }), fc.integer({ min: 0, max: 3 * 24 * HOUR })),
      fc.integer({ min: 0, max: 400 }),
    ],
    { numRuns: 400 },
  )('(6) monotonic in the instant, wherever the local clock is', ({ zone, t }, delta, n) => {
    const t2 = t + delta;
    // Inside a repeated (fall-back) hour the local clock itself runs backwards; exclude that.
    fc.pre(oracleWallMs(zone, t) <= oracleWallMs(zone, t2));
    const a = addDuration(new Date(t), { days: n }, zone).getTime();
    const b = addDuration(new Date(t2), { days: n }, zone).getTime();
    expect(a).toBeLessThanOrEqual(b);
  });

  test.prop([anyZoneAndInstant, fc.integer({ min: 1, max: 400 })], { numRuns: 300 })(
    'days keep the local time, unless it was skipped (then: the instant clocks jumped)',
    ({ zone, t }, n) => {
      const r = addDuration(new Date(t), { days: n }, zone).getTime();
      const target = oracleWallMs(zone, t) + n * 24 * HOUR; // wall-clock arithmetic is exact
      const got = oracleWallMs(zone, r);
      if (got !== target) {
        expect(got).toBeGreaterThan(target);
        expect(oracleOffsetMs(zone, r)).toBeGreaterThan(oracleOffsetMs(zone, r - 1));
        expect(oracleWallMs(zone, r - 1)).toBeLessThan(target);
      }
    },
  );

  test.prop([
    anyZoneAndInstant,
    fc.integer({ min: 0, max: 10_000 }),
    fc.integer({ min: 0, max: 100_000 }),
  ])('hours and minutes are exact elapsed time', ({ zone, t }, hours, minutes) => {
    expect(addDuration(new Date(t), { hours, minutes }, zone).getTime()).toBe(
      t + hours * HOUR + minutes * 60_000,
    );
  });
});

describe('rollingWindow', () => {
  test('(t − duration, t]: includes t, not the instant exactly one duration earlier', () => {
    const t = at('2026-11-22T10:00:00Z');
    const w = rollingWindow(t, { hours: 24 }, 'UTC');
    expect(w).toMatchObject({ kind: 'rolling', duration: { hours: 24 }, timeZone: 'UTC' });
    expect(w.start.toISOString()).toBe('2026-11-21T10:00:00.001Z');
    expect(w.end.toISOString()).toBe('2026-11-22T10:00:00.001Z');
    expect(w.end.getTime() - w.start.getTime()).toBe(24 * HOUR);
    expect(windowContains(w, t)).toBe(true);
    expect(windowContains(w, w.start)).toBe(true);
    expect(windowContains(w, at('2026-11-21T10:00:00Z'))).toBe(false);
    expect(windowContains(w, new Date(t.getTime() + 1))).toBe(false);
  });

  test('calendar durations follow the local calendar; hour durations do not', () => {
    const ny = 'America/New_York';
    const t = at('2026-03-08T12:00:00-04:00'); // after the spring-forward
    expect(formatInstant(rollingWindow(t, { days: 1 }, ny).start, ny)).toBe(
      '2026-03-07T12:00:00.001-05:00',
    );
    expect(formatInstant(rollingWindow(t, { hours: 24 }, ny).start, ny)).toBe(
      '2026-03-07T11:00:00.001-05:00',
    );
    expect(
      formatInstant(
        rollingWindow(at('2026-03-31T09:00:00+08:00'), { months: 1 }, 'Asia/Shanghai').start,
        'Asia/Shanghai',
      ),
    ).toBe('2026-02-28T09:00:00.001+08:00');
  });

  test.prop([anyZoneAndInstant, fc.integer({ min: 0, max: 400 })], { numRuns: 200 })(
    'always contains its own end instant t, and starts no later than t − 1 hour + 1 ms',
    ({ zone, t }, days) => {
      const w = rollingWindow(new Date(t), { days, hours: 1 }, zone);
      expect(windowContains(w, new Date(t))).toBe(true);
      expect(w.end.getTime()).toBe(t + 1);
      expect(w.start.getTime()).toBeLessThanOrEqual(t - HOUR + 1);
    },
  );
});

describe('formatDuration', () => {
  test('English', () => {
    expect(formatDuration({ days: 15 }, 'en')).toBe('15 days');
    expect(formatDuration({ years: 1 }, 'en')).toBe('1 year');
    expect(formatDuration({ hours: 48 }, 'en')).toBe('48 hours');
    expect(formatDuration({ years: 2, months: 6 }, 'en')).toBe('2 years 6 months');
    expect(formatDuration({ months: 6, years: 2 }, 'en')).toBe('2 years 6 months');
    expect(formatDuration({ weeks: 1, days: 0, minutes: 1 }, 'en')).toBe('1 week 1 minute');
    expect(formatDuration({ days: 0 }, 'en')).toBe('0 days');
  });

  test('Simplified Chinese', () => {
    expect(formatDuration({ days: 15 }, 'zh-CN')).toBe('15天');
    expect(formatDuration({ years: 1 }, 'zh-CN')).toBe('1年');
    expect(formatDuration({ hours: 48 }, 'zh-CN')).toBe('48小时');
    expect(formatDuration({ months: 6 }, 'zh-CN')).toBe('6个月');
    expect(formatDuration({ years: 2, months: 6 }, 'zh-CN')).toBe('2年6个月');
    expect(formatDuration({ weeks: 2, minutes: 30 }, 'zh-CN')).toBe('2周30分钟');
  });

  test('validates', () => {
    expect(rejection(() => formatDuration({}, 'en')).code).toBe('invalid_duration');
    expect(rejection(() => formatDuration({ days: 1 }, 'fr' as 'en')).code).toBe('invalid_input');
  });
});

describe('formatEvery', () => {
  test('a single unit of one is written without its count', () => {
    const units = [
      ['years', 'every year', '每年'],
      ['months', 'every month', '每月'],
      ['weeks', 'every week', '每周'],
      ['days', 'every day', '每天'],
      ['hours', 'every hour', '每小时'],
      ['minutes', 'every minute', '每分钟'],
    ] as const;
    for (const [unit, en, zh] of units) {
      expect(formatEvery({ [unit]: 1 }, 'en')).toBe(en);
      expect(formatEvery({ [unit]: 1 }, 'zh-CN')).toBe(zh);
    }
    // Zero fields do not count as units.
    expect(formatEvery({ years: 1, months: 0 }, 'en')).toBe('every year');
  });

  test('anything else keeps the counts of formatDuration', () => {
    expect(formatEvery({ years: 3 }, 'en')).toBe('every 3 years');
    expect(formatEvery({ months: 6 }, 'zh-CN')).toBe('每6个月');
    expect(formatEvery({ years: 1, months: 6 }, 'en')).toBe('every 1 year 6 months');
    expect(formatEvery({ years: 1, months: 6 }, 'zh-CN')).toBe('每1年6个月');
    expect(formatEvery({ days: 0 }, 'en')).toBe('every 0 days');
  });

  test('validates like formatDuration', () => {
    expect(rejection(() => formatEvery({}, 'en')).code).toBe('invalid_duration');
    expect(rejection(() => formatEvery({ days: 1 }, 'fr' as 'en')).code).toBe('invalid_input');
  });
});
