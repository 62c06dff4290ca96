/**
 * Test-only fast-check arbitraries shared by the property tests. Not exported from the package.
 *
 * @internal
 */
import { fc } from '@fast-check/vitest';
import { approximateTransitions } from './oracle.testkit';

/** The zones every property runs over. */
export const ZONES = [
  'Asia/Shanghai',
  'America/New_York',
  'Australia/Lord_Howe',
  'Pacific/Apia',
  'Antarctica/Troll',
  'Europe/London',
  'Asia/Kolkata',
  'UTC',
] as const;

/** Extra zones with unusual days: midnight skipped (Sao Paulo) or repeated (Havana). */
export const EXTRA_ZONES = ['America/Sao_Paulo', 'America/Havana'] as const;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const transitionCache = new Map<string, number[]>();
function transitionsOf(zone: string): number[] {
  let list = transitionCache.get(zone);
  if (!list) {
    list = approximateTransitions(zone, 1980, 2032);
    transitionCache.set(zone, list);
  }
  return list;
}

const utc = (y: number, m: number, d: number) => {
  const x = new Date(0);
  x.setUTCFullYear(y, m - 1, d);
  return x.getTime();
};

const between = (from: number, to: number) => fc.integer({ min: from, max: to });

/** Instants around Feb 29 of leap years (and Feb 28/Mar 1 of 1900, 2100: not leap). */
export const aroundLeapDay = fc
  .constantFrom(1904, 1960, 1988, 1992, 2000, 2016, 2024, 2028, 2096, 1900, 2100)
  .chain((year) => between(utc(year, 2, 26), utc(year, 3, 3)));

/**
 * Instants for `zone`, weighted towards the interesting: Shanghai's DST years 1986–1991, the
 * zone's own offset transitions, leap days, year ends and Apia's skipped day.
 */
export function instantMsFor(zone: string): fc.Arbitrary<number> {
  const transitions = transitionsOf(zone);
  const arbs: fc.WeightedArbitrary<number>[] = [
    { arbitrary: between(utc(1986, 1, 1), utc(1992, 1, 1)), weight: 3 },
    { arbitrary: between(utc(1900, 1, 1), utc(2100, 1, 1)), weight: 3 },
    { arbitrary: aroundLeapDay, weight: 2 },
    {
      arbitrary: fc
        .integer({ min: 1950, max: 2050 })
        .chain((y) => between(utc(y, 12, 30), utc(y + 1, 1, 2))),
      weight: 1,
    },
    { arbitrary: between(utc(2011, 12, 27), utc(2012, 1, 3)), weight: 1 },
  ];
  if (transitions.length > 0) {
    arbs.push({
      arbitrary: fc.constantFrom(...transitions).chain((t) => between(t - 2 * DAY, t + 2 * DAY)),
      weight: 4,
    });
  }
  return fc.oneof(...arbs);
}

/** A zone from {@link ZONES} paired with a weighted instant (ms) for it. */
export const zoneAndInstant = fc
  .constantFrom<string>(...ZONES)
  .chain((zone) => instantMsFor(zone).map((t) => ({ zone, t })));

/** Like {@link zoneAndInstant} but also over {@link EXTRA_ZONES}. */
export const anyZoneAndInstant = fc
  .constantFrom<string>(...ZONES, ...EXTRA_ZONES)
  .chain((zone) => instantMsFor(zone).map((t) => ({ zone, t })));
