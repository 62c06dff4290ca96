/**
 * The memoised transition tables behind `offsetMsAt` agree with `Intl` (`intlOffsetMsAt`) at
 * random instants 1900–2100 and on both sides of real transitions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intlOffsetMsAt, offsetMsAt } from './internal/zone';

const ZONES = [
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Shanghai',
  'Asia/Kolkata',
  'Africa/Lagos',
  'America/St_Johns',
  'Pacific/Chatham',
] as const;

const FROM = Date.UTC(1900, 0, 1);
const TO = Date.UTC(2100, 0, 1);

describe('offsetMsAt (cached transition tables)', () => {
  it('equals Intl at random instants 1900–2100 in zones with DST and odd history', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: FROM, max: TO }), (zone, t) => {
        expect(offsetMsAt(zone, t)).toBe(intlOffsetMsAt(zone, t));
      }),
      { numRuns: 600 },
    );
  });

  it('equals Intl at random instants in Shanghai during its 1986–1991 DST', () => {
    const from = Date.UTC(1986, 0, 1);
    const to = Date.UTC(1992, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (t) => {
        expect(offsetMsAt('Asia/Shanghai', t)).toBe(intlOffsetMsAt('Asia/Shanghai', t));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    // [zone, first instant of the new offset, offset before, offset after] (hours)
    ['America/New_York', '2026-03-08T07:00:00Z', -5, -4],
    ['America/New_York', '2026-11-01T06:00:00Z', -4, -5],
    ['Europe/London', '2026-03-29T01:00:00Z', 0, 1],
    ['Europe/London', '2026-10-25T01:00:00Z', 1, 0],
    ['Asia/Shanghai', '1986-05-03T18:00:00Z', 8, 9],
    ['Asia/Shanghai', '1991-09-14T17:00:00Z', 9, 8],
    ['Australia/Lord_Howe', '2026-04-04T15:00:00Z', 11, 10.5],
    ['America/St_Johns', '2026-03-08T05:30:00Z', -3.5, -2.5],
    ['Pacific/Chatham', '2026-04-04T14:00:00Z', 13.75, 12.75],
  ] as const)(
    '%s at %s: old offset 1 ms before, new offset at and 1 ms after',
    (zone, iso, a, b) => {
      const t = Date.parse(iso);
      const hour = 3_600_000;
      expect(offsetMsAt(zone, t - 1)).toBe(a * hour);
      expect(offsetMsAt(zone, t)).toBe(b * hour);
      expect(offsetMsAt(zone, t + 1)).toBe(b * hour);
      for (const x of [t - 1, t, t + 1]) expect(offsetMsAt(zone, x)).toBe(intlOffsetMsAt(zone, x));
    },
  );

  it('falls back to Intl outside the cached years', () => {
    for (const iso of ['1700-06-01T00:00:00Z', '2300-06-01T00:00:00Z', '0001-01-01T00:00:00Z']) {
      const t = Date.parse(iso);
      for (const zone of ZONES) expect(offsetMsAt(zone, t)).toBe(intlOffsetMsAt(zone, t));
    }
  });
});
