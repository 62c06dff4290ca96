import { describe, expect, it } from 'vitest';
import { getPreset } from '../../../presets';
import type { Freeze } from '../../types';
import { liftingParty } from './liftingParty';

const preset = getPreset('cn-pboc-2018');
const f = (kind: Freeze['kind']): Freeze => ({
  id: 'F',
  kind,
  scope: 'all',
  from: '2026-11-22T10:00:00+08:00',
});
const outcome = (kind: Freeze['kind'], party?: Parameters<typeof liftingParty>[2]) =>
  liftingParty(f(kind), preset.lifecycle.freezes[kind], party, 'en').outcome;

describe('guard liftingParty', () => {
  it('the stop-payment is lifted by the authority only', () => {
    expect(outcome('stop_payment', 'authority')).toBe('passed');
    expect(outcome('stop_payment', 'risk_team')).toBe('failed');
  });
  it('the bank’s risk hold is lifted by its risk team', () => {
    expect(outcome('risk_hold', 'risk_team')).toBe('passed');
    expect(outcome('risk_hold', 'customer_in_person')).toBe('failed');
  });
  it('an unstated party is the rule’s first', () => {
    expect(outcome('stop_payment')).toBe('passed');
    const r = liftingParty(f('system'), preset.lifecycle.freezes.system, undefined, 'zh-CN');
    expect(r.outcome === 'passed' && r.values.party).toBe('系统');
  });
});
