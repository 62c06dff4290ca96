/**
 * usageFromHistory reuses the last period computed per zone and window key while the instant
 * stays in it. Instants that alternate between periods, zones and keys (a day, a calendar year, a
 * fiscal year from 1 April) must each get their own period's bounds, as calendarWindow and
 * fiscalYearWindow give them.
 */
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { derivePreset, getPreset } from '../presets';
import { calendarWindow } from '../time/calendarWindow';
import { fiscalYearWindow } from '../time/fiscalYear';
import { formatInstant } from '../time/formatInstant';
import { usageFromHistory } from './usageFromHistory';

const SHANGHAI = getPreset('cn-pboc-2018');
const KOLKATA = getPreset('in-rbi-kyc');
const PRESETS = [
  SHANGHAI,
  KOLKATA,
  derivePreset(SHANGHAI, { id: 'apia', timeZone: 'Pacific/Apia' } as never),
];

const T0 = Date.parse('2026-03-30T00:00:00Z');
const instant = fc.integer({ min: 0, max: 5 * 86_400_000 }).map((d) => T0 + d);

test.prop([
  fc.array(fc.tuple(fc.nat({ max: PRESETS.length - 1 }), instant), { minLength: 2, maxLength: 30 }),
])(
  'each call gets the bounds of the period holding its instant, whatever the call before',
  (calls) => {
    for (const [p, t] of calls) {
      const preset = PRESETS[p]!;
      const zone = preset.timeZone;
      const at = formatInstant(new Date(t), zone);
      const usage = usageFromHistory(preset, [], at);
      for (const [key, w] of Object.entries(usage.windows)) {
        if (w.kind !== 'calendar') continue;
        const expected = w.startsOn
          ? fiscalYearWindow(new Date(t), w.startsOn, zone)
          : calendarWindow(new Date(t), w.unit, zone);
        expect([key, w.start, w.end]).toEqual([
          key,
          formatInstant(expected.start, zone),
          formatInstant(expected.end, zone),
        ]);
      }
    }
  },
);
