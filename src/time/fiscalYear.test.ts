import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { tz, TZDate } from '@date-fns/tz';
import { addYears, startOfDay } from 'date-fns';
import { AccountPolicyError } from '../errors';
import { addDuration } from './addDuration';
import { anyZoneAndInstant } from './arbitraries.testkit';
import { fiscalYearStartProblem, fiscalYearWindow, type FiscalYearStart } from './fiscalYear';
import { formatInstant } from './formatInstant';
import { oracleDayKey, oracleOffsetMs, oracleStartOfDay, oracleWall } from './oracle.testkit';
import { parseInstant } from './parseInstant';

const APRIL: FiscalYearStart = { month: 4, day: 1 };
const KOLKATA = 'Asia/Kolkata';
const at = (s: string) => parseInstant(s);
const ms = (d: Date) => d.getTime();

describe('fiscalYearWindow: India, April–March, in Asia/Kolkata', () => {
  it('holds the last millisecond of 31 March in the old year', () => {
    const w = fiscalYearWindow(at('2027-03-31T23:59:59.999+05:30'), APRIL, KOLKATA);
    expect(formatInstant(w.start, KOLKATA)).toBe('2026-04-01T00:00:00+05:30');
    expect(formatInstant(w.end, KOLKATA)).toBe('2027-04-01T00:00:00+05:30');
  });
  it('starts a new year at 1 April 00:00 local (18:30 UTC on 31 March)', () => {
    const w = fiscalYearWindow(at('2027-03-31T18:30:00Z'), APRIL, KOLKATA);
    expect(formatInstant(w.start, KOLKATA)).toBe('2027-04-01T00:00:00+05:30');
    expect(formatInstant(w.end, KOLKATA)).toBe('2028-04-01T00:00:00+05:30');
    // one millisecond earlier is still 2026–27
    expect(ms(fiscalYearWindow(at('2027-03-31T18:29:59.999Z'), APRIL, KOLKATA).end)).toBe(
      ms(w.start),
    );
  });
  it('is a calendar window of unit year that remembers its start date', () => {
    const w = fiscalYearWindow(at('2026-12-07T10:00:00+05:30'), APRIL, KOLKATA);
    expect(w).toMatchObject({ kind: 'calendar', unit: 'year', timeZone: KOLKATA });
    expect(w.startsOn).toEqual(APRIL);
    expect(Object.isFrozen(w)).toBe(true);
  });
  it('with 1 January is the calendar year', () => {
    const w = fiscalYearWindow(
      at('2026-01-01T00:00:00+01:00'),
      { month: 1, day: 1 },
      'Europe/Brussels',
    );
    expect(formatInstant(w.start, 'Europe/Brussels')).toBe('2026-01-01T00:00:00+01:00');
    expect(formatInstant(w.end, 'Europe/Brussels')).toBe('2027-01-01T00:00:00+01:00');
  });
  it('starts at the first instant of the day where DST skips midnight', () => {
    // São Paulo skipped 2018-11-04 00:00 (clocks went to 01:00).
    const w = fiscalYearWindow(
      at('2019-06-01T12:00:00-03:00'),
      { month: 11, day: 4 },
      'America/Sao_Paulo',
    );
    expect(formatInstant(w.start, 'America/Sao_Paulo')).toBe('2018-11-04T01:00:00-02:00');
  });
  it('ends at midnight a year on when only the start had its midnight skipped', () => {
    // São Paulo skipped 1991-10-20 00:00, but 1992-10-20 began at midnight (found by the
    // property below: the window is right, `start + 1 year` would be 01:00).
    const w = fiscalYearWindow(
      at('1992-03-01T18:54:43.202Z'),
      { month: 10, day: 20 },
      'America/Sao_Paulo',
    );
    expect(formatInstant(w.start, 'America/Sao_Paulo')).toBe('1991-10-20T01:00:00-02:00');
    expect(formatInstant(w.end, 'America/Sao_Paulo')).toBe('1992-10-20T00:00:00-03:00');
  });
  it('a start date the zone skipped starts at the next existing day (Pacific/Apia, 2011-12-30)', () => {
    const w = fiscalYearWindow(new Date(1325239200000), { month: 12, day: 30 }, 'Pacific/Apia');
    expect(formatInstant(w.start, 'Pacific/Apia')).toBe('2011-12-31T00:00:00+14:00');
    expect(formatInstant(w.end, 'Pacific/Apia')).toBe('2012-12-30T00:00:00+14:00');
  });
});

describe('fiscal-year starts', () => {
  it('refuses dates some years lack, out-of-range fields and unknown fields', () => {
    expect(fiscalYearStartProblem({ month: 2, day: 29 })).toMatch(/day must be 1–28/);
    expect(fiscalYearStartProblem({ month: 13, day: 1 })).toMatch(/month/);
    expect(fiscalYearStartProblem({ month: 4, day: 31 })).toMatch(/1–30/);
    expect(fiscalYearStartProblem({ month: 4, day: 1.5 })).toMatch(/day/);
    expect(fiscalYearStartProblem({ month: 4, day: 1, year: 2026 })).toMatch(/unknown field/);
    expect(fiscalYearStartProblem('04-01')).toMatch(/month, day/);
    expect(fiscalYearStartProblem({ month: 2, day: 28 })).toBeNull();
  });
  it('throws invalid_input for a bad start', () => {
    expect(() => fiscalYearWindow(new Date(0), { month: 2, day: 29 }, KOLKATA)).toThrow(
      AccountPolicyError,
    );
  });
});

const startArb = fc
  .integer({ min: 1, max: 12 })
  .chain((month) =>
    fc
      .integer({ min: 1, max: new Date(Date.UTC(2001, month, 0)).getUTCDate() })
      .map((day) => ({ month, day })),
  );

describe('fiscal-year window properties', () => {
  test.prop([anyZoneAndInstant, startArb], { numRuns: 150 })(
    'contains its instant, is half-open, tiles time, and holds exactly one year from its start',
    ({ zone, t }, startsOn) => {
      const w = fiscalYearWindow(new Date(t), startsOn, zone);
      expect(ms(w.start)).toBeLessThanOrEqual(t);
      expect(t).toBeLessThan(ms(w.end));
      // half-open: the end belongs to the next window, the instant before the start to the previous
      expect(ms(fiscalYearWindow(w.end, startsOn, zone).start)).toBe(ms(w.end));
      expect(ms(fiscalYearWindow(new Date(ms(w.start) - 1), startsOn, zone).end)).toBe(ms(w.start));
      // it starts at the first instant of its start date, local time (or of the next existing
      // day when the zone skipped that date: Pacific/Apia, 2011-12-30), and ends at the first
      // instant of the same date one year on. That is `start + 1 year` only when both edges fall
      // at local midnight: a start moved to 01:00 by a DST jump at midnight keeps its 01:00.
      const wall = oracleWall(zone, ms(w.start));
      const keyIn = (year: number) => year * 10_000 + startsOn.month * 100 + startsOn.day;
      const year = [wall.year, wall.year - 1].find(
        (y) => oracleStartOfDay(zone, keyIn(y)) === ms(w.start),
      );
      expect(year).toBeDefined();
      if (oracleDayKey(zone, ms(w.start)) === keyIn(year!))
        expect([wall.month, wall.day]).toEqual([startsOn.month, startsOn.day]);
      expect(ms(w.end)).toBe(oracleStartOfDay(zone, keyIn(year! + 1)));
      const endWall = oracleWall(zone, ms(w.end));
      if (wall.hour === 0 && wall.minute === 0 && endWall.hour === 0 && endWall.minute === 0) {
        expect(ms(addDuration(w.start, { years: 1 }, zone))).toBe(ms(w.end));
      }
    },
  );
});

describe('agreement with date-fns + @date-fns/tz (host zone UTC)', () => {
  const original = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'UTC';
  });
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });
  test.prop([anyZoneAndInstant, startArb], { numRuns: 300 })(
    'start is startOfDay(startsOn) in tz(zone); end is one year later',
    ({ zone, t }, startsOn) => {
      const w = fiscalYearWindow(new Date(t), startsOn, zone);
      for (const edge of [ms(w.start), ms(w.end)]) {
        fc.pre(oracleOffsetMs(zone, edge - 1) % 60_000 === 0);
        fc.pre(oracleOffsetMs(zone, edge) % 60_000 === 0);
      }
      const y = oracleWall(zone, ms(w.start)).year;
      const inZone = { in: tz(zone) };
      const expectedStart = startOfDay(
        new TZDate(y, startsOn.month - 1, startsOn.day, 12, zone),
        inZone,
      );
      expect(ms(w.start)).toBe(ms(expectedStart));
      expect(ms(w.end)).toBe(
        ms(
          startOfDay(
            addYears(new TZDate(y, startsOn.month - 1, startsOn.day, 12, zone), 1, inZone),
            inZone,
          ),
        ),
      );
    },
  );
  it('India: the last millisecond of 31 March and 1 April 00:00 agree with date-fns', () => {
    const inZone = { in: tz(KOLKATA) };
    const last = at('2027-03-31T23:59:59.999+05:30');
    const first = at('2027-04-01T00:00:00+05:30');
    expect(ms(fiscalYearWindow(last, APRIL, KOLKATA).end)).toBe(ms(startOfDay(first, inZone)));
    expect(ms(fiscalYearWindow(first, APRIL, KOLKATA).start)).toBe(ms(startOfDay(first, inZone)));
    expect(ms(fiscalYearWindow(last, APRIL, KOLKATA).start)).toBe(
      ms(startOfDay(new TZDate(2026, 3, 1, 12, KOLKATA), inZone)),
    );
  });
});
