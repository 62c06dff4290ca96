import { expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { derivePreset, getPreset } from '../../presets';
import { addDuration } from '../../time';
import { reachedBy } from './timing';

const base = getPreset('cn-pboc-2018');
const zones = [
  'Asia/Shanghai',
  'America/New_York',
  'Pacific/Apia',
  'Australia/Lord_Howe',
  'Europe/London',
];
const presets = zones.map((timeZone, i) =>
  i === 0 ? base : derivePreset(base, { id: `test-zone-${i}`, timeZone }),
);

test.prop(
  [
    fc.integer({ min: 0, max: zones.length - 1 }),
    fc.integer({
      min: Date.parse('1985-01-01T00:00:00Z'),
      max: Date.parse('2035-01-01T00:00:00Z'),
    }),
    fc.record(
      {
        years: fc.integer({ min: 0, max: 6 }),
        months: fc.integer({ min: 0, max: 14 }),
        days: fc.integer({ min: 0, max: 40 }),
        hours: fc.integer({ min: 0, max: 72 }),
      },
      { requiredKeys: [] },
    ),
    fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 }),
  ],
  { numRuns: 500 },
)('the shortcut never changes whether a period has run out', (z, start, duration, jitter) => {
  const d = Object.keys(duration).length === 0 ? { days: 1 } : duration;
  const preset = presets[z]!;
  const end = addDuration(new Date(start), d, preset.timeZone).getTime();
  for (const now of [end - 1, end, end + jitter]) {
    expect(reachedBy(start, d, now, preset)).toBe(end <= now ? end : null);
  }
});
