/*
 * The idempotency period is the preset's: `preset.idempotencyPeriod`, else the longest rolling
 * window when longer than 24 hours, else 24 hours (issue 16). A usage carries it (`rememberFor`)
 * only when it is not the default, so that usages of the default keep their shape.
 */
import { describe, expect, it } from 'vitest';
import { BANK_PRESET } from '../../test/fixtures/limitPresets';
import { getPreset } from '../presets';
import type { Preset } from '../presets/types/preset';
import {
  checkTransaction,
  createUsage,
  expire,
  parseUsage,
  recordTransaction,
  serializeUsage,
  type TransactionInput,
} from '.';
import { thrownBy } from '../../test/support/thrown';

const PBOC = getPreset();
const THREE_DAYS: Preset = { ...PBOC, idempotencyPeriod: { days: 3 } };
const II = { class: 'II', balance: '100000.00', faceToFaceVerified: true };
const pay = (id: string, at: string, amount: string, extra: Partial<TransactionInput> = {}) =>
  ({ id, at, amount, kind: 'payment', counterparty: 'other', ...extra }) as TransactionInput;

describe('the idempotency period of a preset', () => {
  it('is 24 hours by default, and then not written into the usage', () => {
    expect(createUsage(PBOC)).not.toHaveProperty('rememberFor');
    expect(createUsage(BANK_PRESET)).not.toHaveProperty('rememberFor');
  });

  it('is the preset’s own when it names one: ids are remembered that long, whatever the retry’s at', () => {
    const usage = createUsage(THREE_DAYS);
    expect(usage.rememberFor).toEqual({ days: 3 });
    const t = pay('t', '2026-11-20T09:00:00+08:00', '100.00');
    const once = recordTransaction(usage, t);
    expect(once.settled[0]!.expiresAt).toBe('2026-11-23T09:00:00+08:00');
    const later = expire(once, '2026-11-22T09:00:00+08:00');
    expect(recordTransaction(later, { ...t, at: '2026-11-22T09:00:00+08:00' })).toBe(later);
    // A reversal two days later is verified against the remembered original.
    const refund = pay('r', '2026-11-22T10:00:00+08:00', '100.01', {
      reverses: { id: 't', at: '2026-11-20T09:00:00+08:00' },
    });
    expect(checkTransaction(II, refund, later, THREE_DAYS).violations).toMatchObject([
      { code: 'reversal_exceeds_original', remaining: '100.00' },
    ]);
    expect(expire(later, '2026-11-23T09:00:00+08:00').settled).toEqual([]);
    const stored = parseUsage(serializeUsage(once));
    expect(stored.rememberFor).toEqual({ days: 3 });
  });

  it('is the longest rolling window when that is longer than 24 hours, at most 31 days', () => {
    const withRolling = (duration: object): Preset => {
      const p = structuredClone(BANK_PRESET) as unknown as {
        classes: { limits: { window?: { kind: string; duration?: object } }[] }[];
      };
      for (const c of p.classes)
        for (const l of c.limits) if (l.window?.kind === 'rolling') l.window.duration = duration;
      return p as unknown as Preset;
    };
    expect(createUsage(withRolling({ days: 7 })).rememberFor).toEqual({ days: 7 });
    expect(createUsage(withRolling({ days: 40 })).rememberFor).toEqual({ days: 31 });
  });

  it('must be longer than zero and at most 31 days', () => {
    for (const idempotencyPeriod of [{ days: 32 }, { hours: 0 }, 'P1D' as never]) {
      const e = thrownBy(() => createUsage({ ...PBOC, idempotencyPeriod }));
      expect(e.code).toBe('invalid_preset');
      expect(e.issues[0]!.path[0]).toBe('idempotencyPeriod');
    }
  });
});
