import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { anyZoneAndInstant, ZONES } from './arbitraries.testkit';
import { formatInstant } from './formatInstant';
import { localDateOf } from './localDateOf';
import { parseInstant } from './parseInstant';
import { oracleOffsetMs, oracleWall } from './oracle.testkit';

const at = (s: string) => parseInstant(s);

describe('formatInstant', () => {
  test('writes the zone offset at that instant, seconds always, ms only when non-zero', () => {
    expect(formatInstant(at('2026-11-22T16:00:00Z'), 'Asia/Shanghai')).toBe(
      '2026-11-23T00:00:00+08:00',
    );
    expect(formatInstant(at('2026-11-22T16:00:00.250Z'), 'UTC')).toBe(
      '2026-11-22T16:00:00.250+00:00',
    );
    expect(formatInstant(at('2026-07-01T12:00:00Z'), 'America/New_York')).toBe(
      '2026-07-01T08:00:00-04:00',
    );
    expect(formatInstant(at('2026-01-01T12:00:00Z'), 'America/New_York')).toBe(
      '2026-01-01T07:00:00-05:00',
    );
    expect(formatInstant(at('2026-01-01T12:00:00Z'), 'Asia/Kolkata')).toBe(
      '2026-01-01T17:30:00+05:30',
    );
    expect(formatInstant(at('2026-01-01T12:00:00Z'), 'Europe/London')).toBe(
      '2026-01-01T12:00:00+00:00',
    );
    expect(formatInstant(at('0001-01-01T00:00:00Z'), 'UTC')).toBe('0001-01-01T00:00:00+00:00');
  });

  test('historical offsets with seconds are rounded to the minute, same instant', () => {
    // Shanghai local mean time was +08:05:43 until 1901.
    const t = at('1900-06-01T00:00:00Z');
    const s = formatInstant(t, 'Asia/Shanghai');
    expect(s).toBe('1900-06-01T08:06:00+08:06');
    expect(parseInstant(s).getTime()).toBe(t.getTime());
    // Monrovia was −00:44:30 until 1972 (the sign must survive).
    expect(formatInstant(at('1960-01-01T12:00:00Z'), 'Africa/Monrovia')).toMatch(/-00:4[45]$/);
  });

  test('rejects invalid instants and zones, and local years outside 0001–9999', () => {
    expect(() => formatInstant(new Date(Number.NaN), 'UTC')).toThrow(
      expect.objectContaining({ code: 'invalid_instant' }),
    );
    expect(() => formatInstant(at('2026-01-01T00:00:00Z'), 'CST')).toThrow(
      expect.objectContaining({ code: 'invalid_time_zone' }),
    );
    expect(() => formatInstant(at('9999-12-31T23:00:00Z'), 'Asia/Shanghai')).toThrow(
      expect.objectContaining({ code: 'invalid_instant' }),
    );
  });

  test.prop([anyZoneAndInstant], { numRuns: 500 })(
    '(5) parseInstant(formatInstant(t, z)) === t',
    ({ zone, t }) => {
      const s = formatInstant(new Date(t), zone);
      expect(parseInstant(s).getTime()).toBe(t);
    },
  );

  test.prop(
    [
      fc.constantFrom(...ZONES),
      fc.integer({ min: -62_135_510_400_000, max: Date.UTC(9999, 11, 30) }), // 0001-01-02Z…
    ],
    { numRuns: 300 },
  )('(5) round-trips over years 0001–9999 too', (zone, t) => {
    expect(parseInstant(formatInstant(new Date(t), zone)).getTime()).toBe(t);
  });

  test.prop([anyZoneAndInstant], { numRuns: 300 })(
    'localDateOf and formatInstant agree with Intl on the local date',
    ({ zone, t }) => {
      const w = oracleWall(zone, t);
      expect(localDateOf(new Date(t), zone)).toEqual({ year: w.year, month: w.month, day: w.day });
      // Before standard time, offsets had seconds (LMT); formatInstant rounds those to the minute.
      if (oracleOffsetMs(zone, t) % 60_000 !== 0) return;
      const pad = (n: number, k: number) => String(n).padStart(k, '0');
      expect(formatInstant(new Date(t), zone).slice(0, 19)).toBe(
        `${pad(w.year, 4)}-${pad(w.month, 2)}-${pad(w.day, 2)}T${pad(w.hour, 2)}:${pad(w.minute, 2)}:${pad(w.second, 2)}`,
      );
    },
  );
});
