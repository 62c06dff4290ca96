import { afterAll, beforeAll, describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { tz } from '@date-fns/tz';
import { addDays, startOfDay, startOfMonth, startOfYear } from 'date-fns';
import { addDuration } from './addDuration';
import { ZONES, zoneAndInstant } from './arbitraries.testkit';
import { calendarWindow } from './calendarWindow';
import { formatInstant } from './formatInstant';
import { localDateOf } from './localDateOf';
import { rollingWindow } from './rollingWindow';
import { oracleOffsetMs } from './oracle.testkit';

// These tests change the process's own time zone (process.env.TZ, honoured by Node at run time)
// and restore it afterwards. The module must not depend on it.
const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

function setHostZone(zone: string): boolean {
  process.env.TZ = zone;
  // Apia was UTC−11 in January 1970; if that shows, the change took effect.
  return zone !== 'Pacific/Apia' || new Date(0).getTimezoneOffset() === 660;
}

/** A digest of everything zone-dependent, over days known for odd transitions. */
function fingerprint(): string[] {
  const out: string[] = [];
  const probes = [
    Date.UTC(1981, 1, 28, 12), // host-zone transitions in Lord Howe (1981-03-01)
    Date.UTC(1986, 4, 3, 20),
    Date.UTC(1986, 8, 13, 20),
    Date.UTC(2011, 11, 29, 12),
    Date.UTC(2011, 11, 30, 12),
    Date.UTC(2018, 10, 3, 12),
    Date.UTC(2024, 10, 2, 12),
    Date.UTC(2025, 2, 30, 0, 30),
    Date.UTC(2025, 9, 4, 15),
    Date.UTC(2026, 2, 8, 7),
    Date.UTC(2026, 10, 1, 6),
  ];
  for (const zone of [...ZONES, 'America/Sao_Paulo', 'America/Havana']) {
    for (const t of probes) {
      const d = new Date(t);
      for (const unit of ['day', 'month', 'year'] as const) {
        const w = calendarWindow(d, unit, zone);
        out.push(`${zone} ${unit} ${w.start.getTime()} ${w.end.getTime()}`);
      }
      out.push(formatInstant(d, zone), JSON.stringify(localDateOf(d, zone)));
      out.push(String(addDuration(d, { days: 1 }, zone).getTime()));
      out.push(String(addDuration(d, { months: 1, days: 1 }, zone).getTime()));
      out.push(String(rollingWindow(d, { days: 1 }, zone).start.getTime()));
    }
  }
  return out;
}

describe('independence from the host time zone', () => {
  test('identical results whatever process.env.TZ is', (ctx) => {
    if (!setHostZone('UTC')) ctx.skip();
    const reference = fingerprint();
    for (const host of ['Pacific/Apia', 'Australia/Lord_Howe', 'America/Havana', 'Asia/Shanghai']) {
      if (!setHostZone(host)) ctx.skip();
      expect(fingerprint(), `host ${host}`).toEqual(reference);
    }
    setHostZone('UTC');
  });
});

describe('agreement with date-fns + @date-fns/tz (run with the host zone at UTC)', () => {
  // TZDate's results depend on the host zone near the host's own transitions; at UTC they are right.
  beforeAll(() => {
    setHostZone('UTC');
  });

  test.prop([zoneAndInstant], { numRuns: 300 })(
    'window starts equal startOfDay / startOfMonth / startOfYear in tz(zone); day ends equal the next startOfDay',
    ({ zone, t }) => {
      const inZone = { in: tz(zone) };
      const d = new Date(t);
      const day = calendarWindow(d, 'day', zone);
      // TZDate is off by the seconds of historical offsets such as Kolkata's +05:21:10 (to 1941).
      const year = calendarWindow(d, 'year', zone);
      const month = calendarWindow(d, 'month', zone);
      const edges = [year.start, month.start, day.start, day.end].map((x) => x.getTime());
      for (const edge of edges) {
        // …and near its end: at Apia's 1911 change from LMT −11:26:56 to −11:30 the edge itself has
        // a whole-minute offset while TZDate, off by the LMT's seconds, answers 56 s later.
        fc.pre(oracleOffsetMs(zone, edge - 86_400_000) % 60_000 === 0);
        fc.pre(oracleOffsetMs(zone, edge - 1) % 60_000 === 0);
        fc.pre(oracleOffsetMs(zone, edge) % 60_000 === 0);
      }
      expect(day.start.getTime()).toBe(startOfDay(d, inZone).getTime());
      expect(day.end.getTime()).toBe(startOfDay(addDays(day.start, 1, inZone), inZone).getTime());
      expect(month.start.getTime()).toBe(startOfMonth(d, inZone).getTime());
      expect(year.start.getTime()).toBe(startOfYear(d, inZone).getTime());
    },
  );
});
