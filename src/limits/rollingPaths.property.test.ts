/*
 * Property: for random histories, rolling durations (months, weeks, days, hours) and zones with
 * DST or odd offsets, the stored-usage path (recordTransaction in any order, then
 * checkTransaction) and checkTransactionFromHistory reach the same decision at any instant at or
 * after the latest transaction, and neither throws. Instants are weighted towards the zone's
 * offset transitions, leap days and year ends (arbitraries.testkit).
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { derivePreset, getPreset } from '../presets';
import type { Preset } from '../presets/types/preset';
import { instantMsFor } from '../time/arbitraries.testkit';
import { approximateTransitions, oracleOffsetMs } from '../time/oracle.testkit';
import type { PolicyDuration } from '../time/types';
import {
  checkTransaction,
  checkTransactionFromHistory,
  createUsage,
  recordTransaction,
  type LimitAccount,
  type TransactionInput,
} from '.';

const ZONES = ['America/New_York', 'Asia/Shanghai', 'Australia/Lord_Howe'] as const;
const DURATIONS: readonly PolicyDuration[] = [
  { months: 1 },
  { months: 1, days: 1 },
  { days: 1 },
  { days: 7 },
  { weeks: 1, hours: 12 },
  { hours: 24 },
  { hours: 1, minutes: 30 },
];
const DAY = 86_400_000;
const I: LimitAccount = { class: 'I', balance: '0.00', faceToFaceVerified: true };
const PBOC = getPreset('cn-pboc-2018');
const SOURCE = Object.keys(PBOC.sources)[0]!;

const presets = new Map<string, Preset>();
function presetFor(zone: string, duration: PolicyDuration): Preset {
  const key = `${zone} ${JSON.stringify(duration)}`;
  let preset = presets.get(key);
  if (!preset) {
    preset = derivePreset(PBOC, {
      id: 'rolling-property',
      timeZone: zone,
      classes: {
        I: {
          limits: {
            rollingIn: {
              type: 'window_amount',
              direction: 'inflow',
              window: { kind: 'rolling', duration },
              limit: { amount: '100.00', currency: 'CNY' },
              layer: 'bank',
              source: SOURCE,
            },
          },
        },
      },
    });
    presets.set(key, preset);
  }
  return preset;
}

const HOUR = 3_600_000;

/** Exact offset transitions of `zone` between 1980 and 2032 (the oracle's, refined to the ms). */
function exactTransitions(zone: string): number[] {
  return approximateTransitions(zone, 1980, 2032).map((t) => {
    let lo = t - 12 * HOUR;
    let hi = t;
    const before = oracleOffsetMs(zone, lo);
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (oracleOffsetMs(zone, mid) === before) lo = mid;
      else hi = mid;
    }
    return hi;
  });
}

/** A nominal length of a duration, to aim entries at the window's far edge. */
const nominalMs = (d: PolicyDuration) =>
  ((d.months ?? 0) * 30 + (d.weeks ?? 0) * 7 + (d.days ?? 0)) * DAY +
  ((d.hours ?? 0) * 60 + (d.minutes ?? 0)) * 60_000;

/**
 * The instant of the check: near an offset transition (inside a repeated or skipped hour), near
 * the end of a month that follows a shorter one (31 March − 1 month = 28 February), or anywhere.
 */
function nowFor(zone: string): fc.Arbitrary<number> {
  return NOW_ARBS.get(zone)!;
}

function makeNowFor(zone: string): fc.Arbitrary<number> {
  const transitions = exactTransitions(zone);
  return fc.oneof(
    fc
      .constantFrom(...transitions)
      .chain((t) => fc.integer({ min: t - 2 * HOUR, max: t + 2 * HOUR })),
    fc
      .record({
        year: fc.integer({ min: 1901, max: 2150 }),
        month: fc.constantFrom(2, 4, 6, 9, 11),
        day: fc.integer({ min: 28, max: 32 }),
        ms: fc.integer({ min: 0, max: DAY - 1 }),
      })
      .map(({ year, month, day, ms }) => Date.UTC(year, month, day) + ms),
    instantMsFor(zone).filter((t) => t > Date.UTC(1900, 1, 1) && t < Date.UTC(2190, 0, 1)),
  );
}

const NOW_ARBS = new Map(ZONES.map((zone) => [zone as string, makeNowFor(zone)]));

/** How long before the check an entry is: just before, within days, or near the window's edge. */
function backFor(d: PolicyDuration): fc.Arbitrary<number> {
  const edge = nominalMs(d);
  return fc.oneof(
    fc.integer({ min: 0, max: 2 * HOUR }),
    fc.integer({ min: 0, max: 3 * DAY }),
    fc.integer({ min: Math.max(0, edge - 3 * DAY), max: edge + 3 * DAY }),
    fc.integer({ min: Math.max(0, edge - 2 * HOUR), max: edge + 2 * HOUR }),
  );
}

const scenario = fc.constantFrom(...ZONES).chain((zone) =>
  fc.constantFrom(...DURATIONS).chain((duration) =>
    fc.record({
      zone: fc.constant(zone),
      duration: fc.constant(duration),
      now: nowFor(zone),
      entries: fc.array(
        fc.record({ back: backFor(duration), amount: fc.integer({ min: 1, max: 60 }) }),
        {
          minLength: 1,
          maxLength: 8,
        },
      ),
      amount: fc.integer({ min: 1, max: 100 }),
    }),
  ),
);

const inflow = (ms: number, amount: number): TransactionInput => ({
  at: new Date(ms).toISOString(),
  amount: `${amount}.00`,
  kind: 'transfer_in',
  counterparty: 'other',
});

describe('rolling windows: stored usage and history agree, and never refuse a later instant', () => {
  test.prop([scenario], { numRuns: 400 })(
    'recordTransaction (in any order) then checkTransaction = checkTransactionFromHistory',
    ({ zone, duration, now, entries, amount }) => {
      const preset = presetFor(zone, duration);
      // Recorded in the generated order (late arrivals included): what later windows reach stays.
      const history = entries.map((e) => inflow(now - e.back, e.amount));
      let usage = createUsage(preset);
      for (const h of history) usage = recordTransaction(usage, h);
      const latest = Math.max(...entries.map((e) => now - e.back));
      // The check at `now`, and at the latest entry itself (both at or after every entry).
      for (const at of [now, latest]) {
        const tx = inflow(at, amount);
        const fromHistory = checkTransactionFromHistory(I, tx, history, preset);
        expect(checkTransaction(I, tx, usage, preset)).toEqual(fromHistory);
      }
    },
  );
});
