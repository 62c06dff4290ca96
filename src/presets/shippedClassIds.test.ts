/*
 * The literal class-id types hold what the data holds, and the entry points refuse, at compile
 * time, a class the preset lacks (each `@ts-expect-error` fails `npm run typecheck` when its call
 * stops being refused), while a plain string and a preset of one's own still type-check.
 */
import { describe, expect, it } from 'vitest';
import { checkOpeningEligibility } from '../kyc/eligibility/checkOpeningEligibility';
import { checkTransaction, safeCheckTransaction } from '../limits/checkTransaction';
import { getHeadroom, maxTransactionAmount } from '../limits/headroom';
import { reserve } from '../limits/holds';
import { createUsage } from '../limits/usage';
import { detectAlerts } from '../monitoring/detectAlerts';
import { higherClasses } from '../classes/higherClasses';
import { derivePreset } from './derivePreset';
import { getClassRules } from './classRules';
import { getPreset, listPresets, PRESET_IDS } from './registry';
import { SHIPPED_CLASS_IDS, type PbocClassId, type ShippedClassId } from './shippedClassIds';
import type { Preset } from './types/preset';

const AT = '2026-11-22T10:00:00+08:00';
const TX = { at: AT, amount: '1.00', kind: 'payment' } as const;

describe('SHIPPED_CLASS_IDS', () => {
  it('lists exactly the class ids of every shipped preset, in order', () => {
    expect(Object.keys(SHIPPED_CLASS_IDS).sort()).toEqual([...PRESET_IDS].sort());
    for (const p of listPresets())
      expect(p.classes.map((c) => c.id)).toEqual(
        SHIPPED_CLASS_IDS[p.id as keyof typeof SHIPPED_CLASS_IDS],
      );
  });
});

describe('class ids as literal types', () => {
  const pboc = getPreset();
  const usage = createUsage(pboc);

  it('refuses, at compile time and at run time, a class the shipped preset lacks', () => {
    // @ts-expect-error: 'IV' is not a PBOC class
    expect(safeCheckTransaction({ class: 'IV', balance: '0.00' }, TX, usage, pboc).ok).toBe(false);
    // @ts-expect-error: a tier of another preset
    expect(() => getHeadroom({ class: 'basic', balance: '0.00' }, usage, pboc, AT)).toThrow(
      /Unknown account class/,
    );
    expect(() =>
      // @ts-expect-error: 'IV' is not a PBOC class
      maxTransactionAmount({ class: 'IV', balance: '0.00' }, TX, usage, pboc),
    ).toThrow(/Unknown account class/);
    expect(() =>
      // @ts-expect-error: 'IV' is not a PBOC class
      reserve({ class: 'IV', balance: '0.00' }, { ...TX, id: 't1' }, usage, pboc),
    ).toThrow(/Unknown account class/);
    // @ts-expect-error: 'IV' is not a PBOC class
    expect(() => getClassRules(pboc, 'IV')).toThrow(/Unknown account class/);
    // @ts-expect-error: 'IV' is not a PBOC class
    expect(higherClasses(pboc, 'IV')).toEqual([]);
  });

  it('accepts every class of the preset, and a plain string (checked at run time)', () => {
    for (const cls of SHIPPED_CLASS_IDS['cn-pboc-2018'])
      expect(checkTransaction({ class: cls, balance: '0.00' }, TX, usage, pboc).allowed).toBe(true);
    const fromDb: string = 'IV';
    expect(safeCheckTransaction({ class: fromDb, balance: '0.00' }, TX, usage, pboc).ok).toBe(
      false,
    );
    const widened = { class: 'II', balance: '0.00' };
    expect(checkTransaction(widened, TX, usage, pboc).allowed).toBe(true);
  });

  it('types each shipped preset with its own ids', () => {
    const tiered = getPreset('tiered-generic');
    const tier: ShippedClassId<'tiered-generic'> = 'basic';
    expect(
      checkTransaction({ class: tier, balance: '0.00' }, TX, createUsage(tiered), tiered).allowed,
    ).toBe(true);
    // @ts-expect-error: 'II' is a PBOC class, not a tier of tiered-generic
    expect(() => getClassRules(tiered, 'II')).toThrow();
  });

  it('keeps a preset of one’s own open to any class id', () => {
    const mine: Preset = derivePreset(getPreset(), { id: 'mine' });
    expect(
      safeCheckTransaction({ class: 'IV', balance: '0.00' }, TX, createUsage(mine), mine).ok,
    ).toBe(false);
    // A derived preset keeps its base's ids unless widened.
    const derived = derivePreset(getPreset(), { id: 'derived' });
    // @ts-expect-error: the base has no class IV
    expect(() => getClassRules(derived, 'IV')).toThrow();
    expect(() =>
      // @ts-expect-error: deriving cannot name a class the base lacks
      derivePreset(getPreset(), { id: 'x', classes: { IV: { limits: {} } } }),
    ).toThrow(/IV/);
  });

  it('types eligibility and monitoring by the preset in their options (default: PBOC)', () => {
    const applicant = {
      birthDate: '1990-01-01',
      verifications: ['id_network_check' as const],
      document: {
        type: 'resident_id_card' as const,
        number: '11010519491231002X',
        expiresOn: '2036-01-01',
      },
    };
    const cls: PbocClassId = 'II';
    expect(
      checkOpeningEligibility({
        requestedClass: cls,
        today: '2026-11-22',
        channel: 'counter',
        applicant,
      }).eligible,
    ).toBeTypeOf('boolean');
    expect(() =>
      checkOpeningEligibility({
        // @ts-expect-error: the default preset is PBOC's
        requestedClass: 'basic',
        today: '2026-11-22',
        channel: 'counter',
        applicant,
      }),
    ).toThrow();
    expect(() =>
      // @ts-expect-error: not a class of the preset passed
      detectAlerts({ account: { class: 'IV' }, history: [], now: AT }, { preset: pboc }),
    ).toThrow();
    expect(detectAlerts({ account: { class: 'III' }, history: [], now: AT }).alerts).toEqual([]);
  });
});
