import { describe, expect, it } from 'vitest';
import { listPresets } from '../presets/registry';
import { MONITORING_DETECTORS } from './detectors';
import { PBOC, tx } from './fixtures.testkit';
import { createContext } from './internal/context';

/** The rules the fixture below raises (so the rule check is not vacuous). */
const EXPECTED_RULES = [
  'monitoring.dormantAccountActivity',
  'monitoring.fanOut',
  'monitoring.largeTransaction',
  'monitoring.nightActivity',
  'monitoring.rapidInOut',
];

describe('MONITORING_DETECTORS', () => {
  it('has exactly one detector per rule of preset.monitoring, in every shipped preset', () => {
    const rules = MONITORING_DETECTORS.map((d) => d.rule);
    expect(new Set(rules).size).toBe(rules.length);
    for (const preset of listPresets())
      expect([...rules].sort()).toEqual(
        Object.keys(preset.monitoring)
          // Large-value reports are reporting duties the check attaches under `requires`
          // (src/limits/requirements/largeValue*.ts), not alerts of a detector.
          .filter((key) => key !== 'largeValueReporting')
          .map((key) => `monitoring.${key}`)
          .sort(),
      );
  });

  it('each detector raises only alerts of its own rule', () => {
    // A large deposit sent out at night to twelve counterparties, on a dormant account.
    const history = [
      tx('2026-11-22', '09:00:00', '60000.00', 'deposit_cash'),
      ...Array.from({ length: 12 }, (_, i) =>
        tx('2026-11-23', `02:${String(10 + i)}:00`, '4900.00', 'transfer_out', {
          counterpartyId: `c${i}`,
        }),
      ),
    ];
    const ctx = createContext(
      {
        account: { class: 'I', status: 'dormant', lastActiveAt: '2020-01-01T00:00:00+08:00' },
        history,
        now: '2026-12-01T00:00:00+08:00',
      },
      PBOC,
      'en',
    );
    const seen = new Set<string>();
    for (const detector of MONITORING_DETECTORS)
      for (const ranked of detector.detect(ctx)) {
        const alert = ranked.build();
        expect(alert.rule).toBe(detector.rule);
        expect(alert.code).toBe(ranked.code);
        seen.add(detector.rule);
      }
    expect([...seen].sort()).toEqual(EXPECTED_RULES);
  });
});
