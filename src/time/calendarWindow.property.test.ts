import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { anyZoneAndInstant, ZONES, EXTRA_ZONES, zoneAndInstant } from './arbitraries.testkit';
import { calendarWindow } from './calendarWindow';
import { oracleDayKey, oracleOffsetMs, oracleStartOfDay, oracleWall } from './oracle.testkit';
import type { CalendarUnit, CalendarWindow } from './types';

const UNITS: readonly CalendarUnit[] = ['day', 'month', 'year'];
const unitArb = fc.constantFrom(...UNITS);
const ms = (d: Date) => d.getTime();

/** Walks `unit` windows from the start of the year window containing `t` to its end. */
function tileYear(zone: string, t: number, unit: CalendarUnit): CalendarWindow[] {
  const year = calendarWindow(new Date(t), 'year', zone);
  const out: CalendarWindow[] = [];
  let cursor = year.start;
  while (ms(cursor) < ms(year.end)) {
    const w = calendarWindow(cursor, unit, zone);
    expect(ms(w.start)).toBe(ms(cursor)); // no gap, no overlap
    expect(ms(w.end)).toBeGreaterThan(ms(w.start)); // non-empty
    out.push(w);
    cursor = w.end;
    if (out.length > 400) throw new Error('runaway tiling');
  }
  expect(ms(cursor)).toBe(ms(year.end)); // lands exactly on the year end
  return out;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

describe('calendar window properties (8 zones + Sao Paulo, Havana)', () => {
  test.prop([anyZoneAndInstant, unitArb], { numRuns: 400 })(
    '(1) every instant lies in its window, and the previous window ends where it starts',
    ({ zone, t }, unit) => {
      const w = calendarWindow(new Date(t), unit, zone);
      expect(ms(w.start)).toBeLessThanOrEqual(t);
      expect(t).toBeLessThan(ms(w.end));
      expect(ms(calendarWindow(new Date(ms(w.start) - 1), unit, zone).end)).toBe(ms(w.start));
      // …and the next window starts where it ends.
      expect(ms(calendarWindow(w.end, unit, zone).start)).toBe(ms(w.end));
      // Both instants of the window agree with the containing local date/month/year.
      const local = oracleWall(zone, t);
      const startLocal = oracleWall(zone, ms(w.start));
      expect(startLocal.year).toBe(local.year);
      if (unit !== 'year') expect(startLocal.month).toBe(local.month);
      if (unit === 'day') expect(startLocal.day).toBe(local.day);
    },
  );

  test.prop([anyZoneAndInstant], { numRuns: 300 })(
    'day windows agree with a brute-force Intl oracle',
    ({ zone, t }) => {
      const w = calendarWindow(new Date(t), 'day', zone);
      const key = oracleDayKey(zone, t);
      expect(ms(w.start)).toBe(oracleStartOfDay(zone, key));
      expect(oracleDayKey(zone, ms(w.end))).toBeGreaterThan(key);
      expect(oracleDayKey(zone, ms(w.end) - 1)).toBe(key);
    },
  );

  test.prop([zoneAndInstant], { numRuns: 60 })(
    '(2) day windows tile the year: 365 or 366 of them (364 in Apia 2011)',
    ({ zone, t }) => {
      const days = tileYear(zone, t, 'day');
      const year = oracleWall(zone, ms(days[0]!.start)).year;
      const expected = zone === 'Pacific/Apia' && year === 2011 ? 364 : isLeap(year) ? 366 : 365;
      expect(days.length).toBe(expected);
    },
  );

  test.prop([anyZoneAndInstant], { numRuns: 150 })(
    '(3) month windows tile the year: 12 of them',
    ({ zone, t }) => {
      expect(tileYear(zone, t, 'month')).toHaveLength(12);
    },
  );

  test.prop([anyZoneAndInstant, unitArb], { numRuns: 400 })(
    '(4) a window starts at local midnight, or at the first instant of a day whose midnight was skipped',
    ({ zone, t }, unit) => {
      const { start } = calendarWindow(new Date(t), unit, zone);
      const s = ms(start);
      const local = oracleWall(zone, s);
      if (unit !== 'day') expect(local.day).toBe(1);
      if (unit === 'year') expect(local.month).toBe(1);
      // It is the first instant of its local day…
      expect(oracleDayKey(zone, s - 1)).toBeLessThan(oracleDayKey(zone, s));
      const atMidnight =
        local.hour === 0 && local.minute === 0 && local.second === 0 && local.ms === 0;
      if (!atMidnight) {
        // …and if it is not at 00:00, the clocks jumped forward at that very instant.
        expect(oracleOffsetMs(zone, s)).toBeGreaterThan(oracleOffsetMs(zone, s - 1));
      }
    },
  );

  test('whole years tile for every zone, including Shanghai 1986–1991 and Apia 2011', () => {
    for (const zone of [...ZONES, ...EXTRA_ZONES]) {
      for (const year of [1986, 1988, 1991, 2011, 2024, 2026]) {
        const t = Date.UTC(year, 6, 1);
        const days = tileYear(zone, t, 'day');
        const expected = zone === 'Pacific/Apia' && year === 2011 ? 364 : isLeap(year) ? 366 : 365;
        expect(days.length, `${zone} ${year}`).toBe(expected);
        expect(tileYear(zone, t, 'month')).toHaveLength(12);
      }
    }
  });
});
