import { describe, expect, expectTypeOf, it } from 'vitest';
import { getPreset } from '../presets';
import { checkTransaction } from './checkTransaction';
import type { CheckDecision, Violation } from './types';
import { createUsage } from './usage';

describe('CheckDecision is a discriminated union on allowed', () => {
  it('narrows: a refused decision has a first violation, an allowed one none', () => {
    const preset = getPreset('cn-pboc-2018');
    const d: CheckDecision = checkTransaction(
      { class: 'II', balance: '0.00' },
      { at: '2026-11-22T10:00:00+08:00', amount: '20000.00', kind: 'transfer_out' },
      createUsage(preset),
      preset,
    );
    expect(d.allowed).toBe(false);
    if (!d.allowed) {
      expectTypeOf(d.violations[0]).toEqualTypeOf<Violation>();
      expect(d.violations[0].code).toBe('daily_outflow_limit');
    }
    const ok = checkTransaction(
      { class: 'II', balance: '100.00' },
      { at: '2026-11-22T10:00:00+08:00', amount: '1.00', kind: 'transfer_out' },
      createUsage(preset),
      preset,
    );
    if (ok.allowed) expectTypeOf(ok.violations).toEqualTypeOf<readonly []>();
    expect(ok).toMatchObject({ allowed: true, violations: [] });
  });
});

describe('shipped preset ids are a literal type', () => {
  it('an unknown id does not type-check, and still throws for untyped callers', () => {
    // @ts-expect-error 'cn-pboc-2019' is not a shipped preset id
    expect(() => getPreset('cn-pboc-2019')).toThrowError(
      expect.objectContaining({ code: 'unknown_preset' }),
    );
    expect(getPreset('tiered-generic').id).toBe('tiered-generic');
  });
});
