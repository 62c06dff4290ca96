import { describe, expect, it } from 'vitest';
import { getPreset } from '../../../presets';
import type { Freeze } from '../../types';
import { renewalLimit } from './renewalLimit';

const preset = getPreset('cn-pboc-2018');
const stop: Freeze = {
  id: 'S',
  kind: 'stop_payment',
  scope: 'debit',
  from: '2026-11-22T10:00:00+08:00',
  until: '2026-11-24T10:00:00+08:00',
};
const rules = preset.lifecycle.freezes;

describe('guard renewalLimit', () => {
  it('a stop-payment: one extension (0 used passes, 1 used fails)', () => {
    expect(renewalLimit(stop, rules.stop_payment, 'en').outcome).toBe('passed');
    expect(renewalLimit({ ...stop, renewals: 1 }, rules.stop_payment, 'en').outcome).toBe('failed');
  });
  it('the bank’s risk hold is never renewed', () => {
    const hold = { ...stop, kind: 'risk_hold' as const };
    expect(renewalLimit(hold, rules.risk_hold, 'en').outcome).toBe('failed');
  });
  it('a freeze until lifted is never renewed; a judicial one without a limit', () => {
    const { until: _u, ...open } = stop;
    const r = renewalLimit({ ...open, kind: 'judicial' }, rules.judicial, 'en');
    expect(r.outcome === 'failed' && r.refusals[0]!.reason.maxRenewals).toBe(0);
    const judicial = renewalLimit({ ...stop, kind: 'judicial', renewals: 9 }, rules.judicial, 'en');
    expect(judicial).toMatchObject({ outcome: 'passed', code: 'trace_renewals_unlimited' });
  });
});
