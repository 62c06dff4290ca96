import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { formatLocalDate } from '../formatLocalDate';
import { localDateOf } from '../localDateOf';
import { localDayText } from './localDayText';

const ZONES = [
  'Asia/Shanghai',
  'America/New_York',
  'America/Sao_Paulo',
  'Pacific/Apia',
  'Asia/Kolkata',
  'Europe/London',
  'Australia/Lord_Howe',
  'Africa/Lagos',
];

describe('localDayText', () => {
  // Calls alternate zones and jump between near instants (either side of a local midnight) and
  // far ones, so a cached day of one zone or one date can be wrongly reused only if the cache is.
  const call = fc.record({
    zone: fc.constantFrom(...ZONES),
    t: fc.oneof(
      fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
      fc
        .tuple(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: -2, max: 2 }))
        .map(([day, ms]) => Date.UTC(1990, 0, 1) + day * 86_400_000 - 8 * 3_600_000 + ms),
    ),
  });
  test.prop([fc.array(call, { minLength: 1, maxLength: 40 })], { numRuns: 300 })(
    'equals formatLocalDate(localDateOf(…)) for every call of any sequence',
    (calls) => {
      for (const { zone, t } of calls)
        expect(localDayText(zone, t)).toBe(formatLocalDate(localDateOf(new Date(t), zone)));
    },
  );
  test.prop([
    fc.constantFrom(...ZONES),
    fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2060, 0, 1) }),
  ])('the last millisecond of a local day and the first of the next', (zone, t) => {
    // The instants either side of the local midnight after t, found by bisection.
    let lo = t;
    const day = localDayText(zone, t);
    let hi = t + 2 * 86_400_000;
    while (localDayText(zone, hi) === day) hi += 86_400_000;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (localDayText(zone, mid) === day) lo = mid;
      else hi = mid;
    }
    expect(localDayText(zone, lo)).toBe(formatLocalDate(localDateOf(new Date(lo), zone)));
    expect(localDayText(zone, hi)).toBe(formatLocalDate(localDateOf(new Date(hi), zone)));
    expect(localDayText(zone, hi)).not.toBe(day);
  });
});
