import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import { calendarWindow } from './calendarWindow';
import { formatInstant } from './formatInstant';
import { nextReset } from './nextReset';
import { parseInstant } from './parseInstant';
import { windowContains } from './windowContains';
import { oracleOffsetMs } from './oracle.testkit';
import type { CalendarUnit } from './types';

const HOUR = 3_600_000;
const at = (s: string) => parseInstant(s);
const win = (s: string, unit: CalendarUnit, zone: string) => {
  const w = calendarWindow(at(s), unit, zone);
  return { ...w, from: formatInstant(w.start, zone), to: formatInstant(w.end, zone) };
};
const hours = (w: { start: Date; end: Date }) => (w.end.getTime() - w.start.getTime()) / HOUR;

describe('calendarWindow: ordinary days, months, years', () => {
  test('Asia/Shanghai day window for 2026-11-22T10:00+08:00', () => {
    const w = win('2026-11-22T10:00:00+08:00', 'day', 'Asia/Shanghai');
    expect(w).toMatchObject({ kind: 'calendar', unit: 'day', timeZone: 'Asia/Shanghai' });
    expect(w.from).toBe('2026-11-22T00:00:00+08:00');
    expect(w.to).toBe('2026-11-23T00:00:00+08:00');
    expect(w.start.toISOString()).toBe('2026-11-21T16:00:00.000Z');
    expect(Object.isFrozen(w)).toBe(false); // the spread copy; the original is frozen:
    expect(Object.isFrozen(calendarWindow(at('2026-11-22T10:00:00Z'), 'day', 'UTC'))).toBe(true);
  });

  test('last millisecond of a day vs first of the next', () => {
    const zone = 'Asia/Shanghai';
    const last = at('2026-11-22T23:59:59.999+08:00');
    const first = at('2026-11-23T00:00:00+08:00');
    const w = calendarWindow(last, 'day', zone);
    expect(windowContains(w, last)).toBe(true);
    expect(windowContains(w, first)).toBe(false);
    expect(w.end.getTime()).toBe(first.getTime());
    const next = calendarWindow(first, 'day', zone);
    expect(next.start.getTime()).toBe(first.getTime());
    expect(formatInstant(next.end, zone)).toBe('2026-11-24T00:00:00+08:00');
  });

  test('last millisecond of a year vs first of the next', () => {
    const zone = 'Asia/Shanghai';
    const last = at('2026-12-31T23:59:59.999+08:00');
    const w = win('2026-12-31T23:59:59.999+08:00', 'year', zone);
    expect(w.from).toBe('2026-01-01T00:00:00+08:00');
    expect(w.to).toBe('2027-01-01T00:00:00+08:00');
    expect(windowContains(w, last)).toBe(true);
    const next = win('2027-01-01T00:00:00+08:00', 'year', zone);
    expect(next.from).toBe('2027-01-01T00:00:00+08:00');
    expect(next.to).toBe('2028-01-01T00:00:00+08:00');
    // The same instant is still 2026 in New York, where it is 10:59:59.999 on Dec 31.
    expect(win('2026-12-31T23:59:59.999+08:00', 'year', 'America/New_York').to).toBe(
      '2027-01-01T00:00:00-05:00',
    );
  });

  test('February of a leap year is a 29-day month window; of a common year 28', () => {
    const leap = win('2024-02-29T12:00:00+08:00', 'month', 'Asia/Shanghai');
    expect(leap.from).toBe('2024-02-01T00:00:00+08:00');
    expect(leap.to).toBe('2024-03-01T00:00:00+08:00');
    expect(hours(leap)).toBe(29 * 24);
    const common = win('2026-02-15T12:00:00Z', 'month', 'Europe/London');
    expect(hours(common)).toBe(28 * 24);
    // 1900 was not a leap year, 2000 was.
    expect(hours(win('1900-02-10T00:00:00Z', 'month', 'UTC'))).toBe(28 * 24);
    expect(hours(win('2000-02-10T00:00:00Z', 'month', 'UTC'))).toBe(29 * 24);
  });

  test('December month window crosses into the next year', () => {
    const w = win('2026-12-15T00:00:00Z', 'month', 'America/New_York');
    expect(w.from).toBe('2026-12-01T00:00:00-05:00');
    expect(w.to).toBe('2027-01-01T00:00:00-05:00');
  });

  test('nextReset is the window end', () => {
    const t = at('2026-11-22T10:00:00+08:00');
    expect(formatInstant(nextReset(t, 'day', 'Asia/Shanghai'), 'Asia/Shanghai')).toBe(
      '2026-11-23T00:00:00+08:00',
    );
    expect(formatInstant(nextReset(t, 'month', 'Asia/Shanghai'), 'Asia/Shanghai')).toBe(
      '2026-12-01T00:00:00+08:00',
    );
    expect(formatInstant(nextReset(t, 'year', 'Asia/Shanghai'), 'Asia/Shanghai')).toBe(
      '2027-01-01T00:00:00+08:00',
    );
  });
});

describe('calendarWindow: DST and other irregular days', () => {
  test('Asia/Shanghai 1986-05-04 (spring forward 02:00→03:00) is 23 hours', () => {
    // Checked against Intl: the offset is +08:00 at the start of the day and +09:00 at its end.
    const w = win('1986-05-04T12:00:00+09:00', 'day', 'Asia/Shanghai');
    expect(w.from).toBe('1986-05-04T00:00:00+08:00');
    expect(w.to).toBe('1986-05-05T00:00:00+09:00');
    expect(hours(w)).toBe(23);
    expect(oracleOffsetMs('Asia/Shanghai', w.start.getTime())).toBe(8 * HOUR);
    expect(oracleOffsetMs('Asia/Shanghai', w.end.getTime())).toBe(9 * HOUR);
    // 02:30 local did not exist that day: 01:59:59.999+08:00 is followed by 03:00:00+09:00.
    const before = at('1986-05-04T01:59:59.999+08:00');
    expect(formatInstant(new Date(before.getTime() + 1), 'Asia/Shanghai')).toBe(
      '1986-05-04T03:00:00+09:00',
    );
  });

  test('Asia/Shanghai 1986-09-14 (fall back 02:00→01:00) is 25 hours', () => {
    const w = win('1986-09-14T12:00:00+08:00', 'day', 'Asia/Shanghai');
    expect(w.from).toBe('1986-09-14T00:00:00+09:00');
    expect(w.to).toBe('1986-09-15T00:00:00+08:00');
    expect(hours(w)).toBe(25);
    // Both 01:30s of that day are in it.
    expect(windowContains(w, at('1986-09-14T01:30:00+09:00'))).toBe(true);
    expect(windowContains(w, at('1986-09-14T01:30:00+08:00'))).toBe(true);
  });

  test('Asia/Shanghai 1991 is the last DST year (1991-04-14 is 23 h, 1991-09-15 is 25 h)', () => {
    expect(hours(win('1991-04-14T12:00:00+09:00', 'day', 'Asia/Shanghai'))).toBe(23);
    expect(hours(win('1991-09-15T12:00:00+08:00', 'day', 'Asia/Shanghai'))).toBe(25);
    expect(hours(win('1992-04-12T12:00:00+08:00', 'day', 'Asia/Shanghai'))).toBe(24);
    // So the year 1986 is 8760 hours long in Shanghai, like any common year.
    expect(hours(win('1986-06-01T00:00:00+09:00', 'year', 'Asia/Shanghai'))).toBe(8760);
  });

  test('Pacific/Apia skipped 2011-12-30 entirely', () => {
    const zone = 'Pacific/Apia';
    const thu = win('2011-12-29T12:00:00-10:00', 'day', zone);
    expect(thu.from).toBe('2011-12-29T00:00:00-10:00');
    expect(thu.to).toBe('2011-12-31T00:00:00+14:00'); // the next day that exists
    expect(hours(thu)).toBe(24);
    // The last millisecond of Thursday 29th is followed by Saturday 31st.
    const lastMs = at('2011-12-29T23:59:59.999-10:00');
    expect(formatInstant(new Date(lastMs.getTime() + 1), zone)).toBe('2011-12-31T00:00:00+14:00');
    const sat = win('2011-12-31T00:00:00+14:00', 'day', zone);
    expect(sat.from).toBe('2011-12-31T00:00:00+14:00');
    expect(sat.to).toBe('2012-01-01T00:00:00+14:00');
    expect(calendarWindow(new Date(sat.start.getTime() - 1), 'day', zone).start).toEqual(thu.start);
    // December 2011 in Apia had 30 days.
    expect(hours(win('2011-12-15T00:00:00-10:00', 'month', zone))).toBe(30 * 24);
  });

  test('Australia/Lord_Howe has a 30-minute DST shift', () => {
    const zone = 'Australia/Lord_Howe';
    const spring = win('2025-10-05T12:00:00+11:00', 'day', zone);
    expect(spring.from).toBe('2025-10-05T00:00:00+10:30');
    expect(spring.to).toBe('2025-10-06T00:00:00+11:00');
    expect(hours(spring)).toBe(23.5);
    const autumn = win('2025-04-06T12:00:00+10:30', 'day', zone);
    expect(autumn.from).toBe('2025-04-06T00:00:00+11:00');
    expect(autumn.to).toBe('2025-04-07T00:00:00+10:30');
    expect(hours(autumn)).toBe(24.5);
  });

  test('Antarctica/Troll has a 2-hour DST shift (22- and 26-hour days)', () => {
    const zone = 'Antarctica/Troll';
    const spring = win('2025-03-30T12:00:00+02:00', 'day', zone);
    expect(spring.from).toBe('2025-03-30T00:00:00+00:00');
    expect(spring.to).toBe('2025-03-31T00:00:00+02:00');
    expect(hours(spring)).toBe(22);
    expect(hours(win('2025-10-26T12:00:00+00:00', 'day', zone))).toBe(26);
  });

  test('America/Sao_Paulo 2018-11-04 skipped midnight: the day starts at 01:00', () => {
    const zone = 'America/Sao_Paulo';
    const w = win('2018-11-04T12:00:00-02:00', 'day', zone);
    expect(w.from).toBe('2018-11-04T01:00:00-02:00');
    expect(w.to).toBe('2018-11-05T00:00:00-02:00');
    expect(hours(w)).toBe(23);
    expect(win('2018-11-03T12:00:00-03:00', 'day', zone).to).toBe('2018-11-04T01:00:00-02:00');
    // The month still starts at midnight on the 1st.
    expect(win('2018-11-04T12:00:00-02:00', 'month', zone).from).toBe('2018-11-01T00:00:00-03:00');
  });

  test('America/Havana 2024-11-03 repeated midnight: the day starts at the first 00:00', () => {
    const zone = 'America/Havana';
    const w = win('2024-11-03T12:00:00-05:00', 'day', zone);
    expect(w.from).toBe('2024-11-03T00:00:00-04:00');
    expect(w.to).toBe('2024-11-04T00:00:00-05:00');
    expect(hours(w)).toBe(25);
    expect(windowContains(w, at('2024-11-03T00:30:00-05:00'))).toBe(true);
  });

  test('UTC and fixed-offset zones have 24-hour days', () => {
    expect(hours(win('2026-03-08T12:00:00Z', 'day', 'UTC'))).toBe(24);
    expect(win('2026-03-08T20:00:00Z', 'day', 'Asia/Kolkata').from).toBe(
      '2026-03-09T00:00:00+05:30',
    );
  });
});

describe('calendarWindow: errors', () => {
  test('rejects bad instants, zones and units with typed errors', () => {
    const t = at('2026-11-22T10:00:00Z');
    expect(() => calendarWindow(new Date(Number.NaN), 'day', 'UTC')).toThrow(
      expect.objectContaining({ code: 'invalid_instant' }),
    );
    expect(() => calendarWindow('2026-11-22' as unknown as Date, 'day', 'UTC')).toThrow(
      expect.objectContaining({ code: 'invalid_instant' }),
    );
    expect(() => calendarWindow(t, 'day', 'Mars/Olympus')).toThrow(
      expect.objectContaining({ code: 'invalid_time_zone' }),
    );
    expect(() => calendarWindow(t, 'week' as CalendarUnit, 'UTC')).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });
});
