/**
 * Hostile input for every public function of src/time: only AccountPolicyError (with a
 * documented code) comes out, nothing pollutes Object.prototype, each call answers within 50 ms.
 */
import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../src/errors';
import {
  addDuration,
  addYearsToLocalDate,
  ageOn,
  assertTimeZone,
  calendarWindow,
  compareLocalDates,
  formatDuration,
  formatInstant,
  formatLocalDate,
  isTimeZone,
  localDateOf,
  nextReset,
  parseInstant,
  parseLocalDate,
  rollingWindow,
  safeParseInstant,
  safeParseLocalDate,
  validateDuration,
  windowContains,
} from '../../src/time';
import { hostileValue, NASTY_STRINGS, variantsOf } from './arbitraries';
import { assertHostile, okValue } from './guard';

const ZONES = ['Asia/Shanghai', 'UTC', 'Pacific/Apia', 'Australia/Lord_Howe', 'America/New_York'];

/** Instants across the supported range, and its edges. */
const validInstant = fc.date({
  min: new Date('0001-01-01T00:00:00Z'),
  max: new Date('9999-12-31T23:59:59.999Z'),
  noInvalidDate: true,
});
const instant = fc.oneof(
  validInstant,
  fc.constantFrom(
    new Date(Number.NaN),
    new Date(8.64e15),
    new Date(-8.64e15),
    new Date('0000-12-31T23:59:59.999Z'),
    new Date('+010000-01-01T00:00:00Z'),
  ),
  hostileValue,
);
const zone = fc.oneof(fc.constantFrom(...ZONES), fc.constantFrom(...NASTY_STRINGS), hostileValue);
const unit = fc.oneof(fc.constantFrom('day', 'month', 'year'), hostileValue);
const lang = fc.oneof(fc.constantFrom('en', 'zh-CN'), hostileValue);
const path = fc.oneof(fc.constant(undefined), fc.constant(['a', 0]), hostileValue);

const validDuration = fc.record(
  {
    years: fc.integer({ min: 0, max: 5 }),
    months: fc.integer({ min: 0, max: 24 }),
    weeks: fc.integer({ min: 0, max: 10 }),
    days: fc.integer({ min: 0, max: 400 }),
    hours: fc.integer({ min: 0, max: 72 }),
    minutes: fc.integer({ min: 0, max: 600 }),
  },
  { requiredKeys: [] },
);
const duration = fc.oneof(
  validDuration,
  variantsOf({ years: 1, months: 2, weeks: 1, days: 3, hours: 4, minutes: 5 }),
  fc.constantFrom<unknown>(
    { days: 1e308 },
    { years: 1e9 },
    { minutes: Number.MAX_SAFE_INTEGER },
    { days: -1 },
    { days: 1.5 },
    { days: Number.NaN },
    { days: Number.POSITIVE_INFINITY },
    { days: -0 },
    {},
  ),
  hostileValue,
);

const validLocalDate = fc
  .tuple(
    fc.integer({ min: 1, max: 9999 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([year, month, day]) => ({ year, month, day }));
const localDate = fc.oneof(
  validLocalDate,
  variantsOf({ year: 2026, month: 2, day: 28 }),
  fc.constantFrom<unknown>(
    { year: 2026, month: 2, day: 30 },
    { year: 0, month: 1, day: 1 },
    { year: 1e21, month: 1, day: 1 },
    { year: 2026.5, month: 1, day: 1 },
    { year: Number.NaN, month: 1, day: 1 },
  ),
  hostileValue,
);

const dateText = fc.oneof(
  validInstant.map((d) => d.toISOString().replace(/T.*/, '')),
  fc.constantFrom(...NASTY_STRINGS),
  hostileValue,
);
const instantText = fc.oneof(
  validInstant.map((d) => d.toISOString()),
  validInstant.map((d) => d.toISOString().replace('Z', '+08:00')),
  fc.constantFrom(...NASTY_STRINGS),
  hostileValue,
);

const TIME_ERRORS: readonly ErrorCode[] = [
  'invalid_instant',
  'invalid_date',
  'invalid_time_zone',
  'invalid_duration',
  'invalid_input',
];
const documented = { codes: TIME_ERRORS };
const warmUp = () =>
  calendarWindow(new Date('2026-11-22T02:00:00Z'), 'month', 'Asia/Shanghai') &&
  addDuration(new Date('2026-11-22T02:00:00Z'), { months: 1 }, 'Pacific/Apia');

describe('hostile input: parsing instants, dates, zones and durations', () => {
  it('parseInstant and parseLocalDate answer a Date/LocalDate or a typed error', () => {
    assertHostile(fc.tuple(instantText, path), ([text, p]) => parseInstant(text, p as never), {
      name: 'parseInstant',
      documented: { codes: ['invalid_instant', 'invalid_input'] },
      warmUp: () => parseInstant('2026-11-22T09:30:00+08:00'),
      check: (outcome) => {
        if (outcome.ok) expect(Number.isNaN((outcome.value as Date).getTime())).toBe(false);
      },
    });
    assertHostile(fc.tuple(dateText, path), ([text, p]) => parseLocalDate(text, p as never), {
      name: 'parseLocalDate',
      documented: { codes: ['invalid_date', 'invalid_input'] },
      warmUp: () => parseLocalDate('2026-11-22'),
    });
  });

  it('the safe twins never throw', () => {
    for (const [name, fn] of [
      ['safeParseInstant', safeParseInstant],
      ['safeParseLocalDate', safeParseLocalDate],
    ] as const) {
      assertHostile(fc.tuple(instantText, path), ([text, p]) => fn(text, p as never), {
        name,
        documented: { codes: [] },
        check: (outcome) => expect(typeof (okValue(outcome) as { ok: boolean }).ok).toBe('boolean'),
      });
    }
  });

  it('assertTimeZone, isTimeZone and validateDuration', () => {
    assertHostile(fc.tuple(zone, path), ([z, p]) => assertTimeZone(z, p as never), {
      name: 'assertTimeZone',
      documented: { codes: ['invalid_time_zone', 'invalid_input'] },
      warmUp: () => assertTimeZone('Asia/Shanghai'),
      check: (outcome, [z]) => expect(outcome.ok).toBe(isTimeZone(z)),
    });
    assertHostile(zone, (z) => isTimeZone(z), {
      name: 'isTimeZone',
      documented: { codes: [] },
      check: (outcome) => expect(typeof okValue(outcome)).toBe('boolean'),
    });
    assertHostile(fc.tuple(duration, path), ([d, p]) => validateDuration(d, p as never), {
      name: 'validateDuration',
      documented: { codes: ['invalid_duration', 'invalid_input'] },
    });
  });
});

describe('hostile input: calendar arithmetic', () => {
  it('calendarWindow, nextReset, localDateOf and formatInstant', () => {
    assertHostile(
      fc.tuple(instant, unit, zone),
      ([t, u, z]) => calendarWindow(t as Date, u as 'day', z as string),
      {
        name: 'calendarWindow',
        documented,
        warmUp,
        check: (outcome, [t]) => {
          if (!outcome.ok) return;
          const w = outcome.value as { start: Date; end: Date };
          expect(w.start.getTime()).toBeLessThanOrEqual((t as Date).getTime());
          expect((t as Date).getTime()).toBeLessThan(w.end.getTime());
        },
      },
    );
    assertHostile(
      fc.tuple(instant, unit, zone),
      ([t, u, z]) => nextReset(t as Date, u as 'day', z as string),
      { name: 'nextReset', documented, warmUp },
    );
    assertHostile(fc.tuple(instant, zone), ([t, z]) => localDateOf(t as Date, z as string), {
      name: 'localDateOf',
      documented,
      warmUp,
    });
    assertHostile(fc.tuple(instant, zone), ([t, z]) => formatInstant(t as Date, z as string), {
      name: 'formatInstant',
      documented,
      warmUp,
      check: (outcome) => {
        if (outcome.ok) expect(parseInstant(outcome.value).getTime()).not.toBeNaN();
      },
    });
  });

  it('rollingWindow, addDuration and windowContains', () => {
    assertHostile(
      fc.tuple(instant, duration, zone),
      ([t, d, z]) => rollingWindow(t as Date, d as never, z as string),
      { name: 'rollingWindow', documented, warmUp },
    );
    assertHostile(
      fc.tuple(instant, duration, zone),
      ([t, d, z]) => addDuration(t as Date, d as never, z as string),
      { name: 'addDuration', documented, warmUp },
    );
    const window = fc.oneof(
      fc
        .tuple(validInstant, fc.constantFrom('day', 'month', 'year'), fc.constantFrom(...ZONES))
        .map(([t, u, z]) => calendarWindow(t, u as 'day', z)),
      variantsOf({ start: new Date(0), end: new Date(1000) }),
      hostileValue,
    );
    assertHostile(fc.tuple(window, instant), ([w, t]) => windowContains(w as never, t as Date), {
      name: 'windowContains',
      documented,
      warmUp,
    });
  });

  it('local dates: format, compare, add years, age', () => {
    assertHostile(localDate, (d) => formatLocalDate(d as never), {
      name: 'formatLocalDate',
      documented,
    });
    assertHostile(
      fc.tuple(localDate, localDate),
      ([a, b]) => compareLocalDates(a as never, b as never),
      { name: 'compareLocalDates', documented },
    );
    assertHostile(
      fc.tuple(localDate, fc.oneof(fc.integer({ min: -200, max: 200 }), hostileValue)),
      ([d, years]) => addYearsToLocalDate(d as never, years as number),
      { name: 'addYearsToLocalDate', documented },
    );
    assertHostile(fc.tuple(localDate, localDate), ([a, b]) => ageOn(a as never, b as never), {
      name: 'ageOn',
      documented,
    });
  });

  it('formatDuration', () => {
    assertHostile(fc.tuple(duration, lang), ([d, l]) => formatDuration(d as never, l as 'en'), {
      name: 'formatDuration',
      documented,
    });
  });
});
