import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { AccountPolicyError } from '../errors';
import {
  DEFAULT_PRESET_ID,
  PRESET_IDS,
  derivePreset,
  getClassRules,
  getPreset,
  listPresets,
  presetIssues,
  safeDerivePreset,
  safeGetPreset,
  validatePreset,
  type Preset,
} from '.';

const SOURCE = {
  'my-bank': {
    ref: 'MB-7',
    title: { en: 'My Bank limits policy', 'zh-CN': '本行限额制度' },
    issuer: 'My Bank',
  },
};

function limitOf(preset: Preset, classId: string, limitId: string) {
  return getClassRules(preset, classId).limits.find((l) => l.id === limitId);
}

function errorOf(fn: () => unknown): AccountPolicyError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AccountPolicyError) return error;
    throw error;
  }
  throw new Error('expected an AccountPolicyError');
}

describe('registry', () => {
  it('ships the six presets, default first', () => {
    expect(PRESET_IDS).toEqual([
      'cn-pboc-2018',
      'cn-pboc-2016',
      'tiered-generic',
      'ng-cbn-kyc',
      'in-rbi-kyc',
      'eu-emoney-sdd',
    ]);
    expect(DEFAULT_PRESET_ID).toBe('cn-pboc-2018');
    expect(getPreset().id).toBe('cn-pboc-2018');
  });

  it('refuses an unknown preset with a typed error naming the known ones', () => {
    const error = errorOf(() => getPreset('cn-pboc-1999' as never));
    expect(error.code).toBe('unknown_preset');
    expect(error.message).toContain('cn-pboc-2018');
    expect(safeGetPreset('nope').ok).toBe(false);
    expect(safeGetPreset('tiered-generic').ok).toBe(true);
  });

  it('refuses an unknown class naming the preset classes', () => {
    // @ts-expect-error: 'IV' is not a class of the PBOC presets (the type says so too)
    const error = errorOf(() => getClassRules(getPreset(), 'IV'));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('I, II, III'.split(', ').reverse().join(', '));
  });

  it.each(PRESET_IDS)('%s is valid, JSON-serialisable and fully sourced', (id) => {
    const preset = getPreset(id);
    expect(presetIssues(preset)).toEqual([]);
    expect(JSON.parse(JSON.stringify(preset))).toEqual(preset);
    expect(preset.title.en.length).toBeGreaterThan(0);
    expect(preset.title['zh-CN'].length).toBeGreaterThan(0);
    expect(preset.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('carries the numbers of RULES.md §1 in both editions', () => {
    const p18 = getPreset('cn-pboc-2018');
    const p16 = getPreset('cn-pboc-2016');
    const amount = (p: Preset, c: string, l: string) => {
      const limit = limitOf(p, c, l);
      return limit && 'limit' in limit ? limit.limit.amount : undefined;
    };
    expect(amount(p18, 'II', 'dailyOutflow')).toBe('10000.00');
    expect(amount(p18, 'II', 'annualOutflow')).toBe('200000.00');
    expect(amount(p18, 'II', 'dailyInflow')).toBe('10000.00');
    expect(amount(p18, 'II', 'annualInflow')).toBe('200000.00');
    expect(amount(p18, 'III', 'balance')).toBe('2000.00');
    expect(amount(p18, 'III', 'dailyOutflow')).toBe('2000.00');
    expect(amount(p18, 'III', 'annualOutflow')).toBe('50000.00');
    expect(amount(p16, 'III', 'balance')).toBe('1000.00');
    expect(amount(p16, 'III', 'dailyOutflow')).toBe('5000.00');
    expect(amount(p16, 'III', 'annualOutflow')).toBe('100000.00');
    expect(amount(p16, 'III', 'dailyInflow')).toBe('5000.00');
    expect(getClassRules(p18, 'I').limits).toEqual([]);
    expect(getClassRules(p18, 'I').opening.maxPerPersonPerBank).toBe(1);
    expect(p18.lifecycle.lossReport.validity).toEqual({ days: 15 });
    expect(p18.lifecycle.dormancy.inactivityPeriod).toEqual({ years: 1 });
    expect(p18.lifecycle.newAccountInactivity.period).toEqual({ months: 6 });
    expect(p18.lifecycle.closure.recordRetention).toEqual({ years: 5 });
    expect(p18.lifecycle.freezes.risk.maxDuration).toEqual({ hours: 48 });
    expect(p18.lifecycle.freezes.risk.maxRenewals).toBe(1);
    expect(p18.lifecycle.freezes.system.maxDuration).toEqual({ hours: 24 });
    expect(p18.kyc.age.minimumAge).toBe(16);
    expect(p18.timeZone).toBe('Asia/Shanghai');
  });

  it('lists the classes lowest rank first', () => {
    for (const preset of listPresets()) {
      const ranks = preset.classes.map((c) => c.rank);
      expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    }
  });
});

describe('derivePreset', () => {
  const base = getPreset('cn-pboc-2018');

  it('overrides a limit by amount string and leaves the base untouched', () => {
    const before = JSON.stringify(base);
    const mine = derivePreset(base, {
      id: 'my-bank',
      classes: { II: { limits: { dailyOutflow: '5000.00' } } },
    });
    expect(limitOf(mine, 'II', 'dailyOutflow')).toMatchObject({
      limit: { amount: '5000.00', currency: 'CNY' },
    });
    expect(mine.derivedFrom).toBe('cn-pboc-2018');
    expect(mine.supersedes).toEqual([]);
    expect(JSON.stringify(base)).toBe(before);
  });

  it('adds a bank cap layered on the regulatory limits', () => {
    const mine = derivePreset(base, {
      id: 'my-bank',
      sources: SOURCE,
      classes: {
        I: {
          limits: {
            bankDailyOutflow: {
              type: 'window_amount',
              direction: 'outflow',
              window: { kind: 'calendar', unit: 'day' },
              limit: { amount: '50000.00', currency: 'CNY' },
              layer: 'bank',
              source: 'my-bank',
            },
          },
        },
      },
    });
    expect(getClassRules(mine, 'I').limits.map((l) => [l.id, l.layer])).toEqual([
      ['bankDailyOutflow', 'bank'],
    ]);
    expect(mine.sources['my-bank']?.ref).toBe('MB-7');
    expect(mine.sources['pboc-2018-16']).toBeDefined();
  });

  it('removes a bank’s own limit with null and changes a duration', () => {
    const capped = derivePreset(base, {
      id: 'my-bank-capped',
      classes: {
        III: {
          limits: {
            bankAnnualOutflow: {
              type: 'window_amount',
              direction: 'outflow',
              window: { kind: 'calendar', unit: 'year' },
              limit: { amount: '20000.00', currency: 'CNY' },
              layer: 'bank',
              source: 'pboc-2018-16',
            },
          },
        },
      },
    });
    const mine = derivePreset(capped, {
      id: 'my-bank',
      classes: { III: { limits: { bankAnnualOutflow: null } } },
      lifecycle: { lossReport: { validity: { days: 30 } } },
    });
    expect(limitOf(mine, 'III', 'bankAnnualOutflow')).toBeUndefined();
    expect(limitOf(mine, 'III', 'annualOutflow')).toBeDefined();
    expect(mine.lifecycle.lossReport.validity).toEqual({ days: 30 });
    expect(mine.lifecycle.lossReport.unreportChannels).toEqual(['counter']);
  });

  it('replaces a duration whole: two weeks over 15 days is two weeks, not 29 days', () => {
    const mine = derivePreset(base, {
      id: 'my-bank',
      lifecycle: {
        lossReport: { validity: { weeks: 2 } },
        dormancy: { inactivityPeriod: { months: 18 } },
      },
    });
    expect(base.lifecycle.lossReport.validity).toEqual({ days: 15 });
    expect(mine.lifecycle.lossReport.validity).toEqual({ weeks: 2 });
    expect(mine.lifecycle.dormancy.inactivityPeriod).toEqual({ months: 18 });
    // Objects that are not durations still merge key by key.
    expect(mine.lifecycle.lossReport.unreportChannels).toEqual(['counter']);
  });

  it('overrides a monitoring threshold', () => {
    const mine = derivePreset(base, {
      id: 'my-bank',
      monitoring: { fanIn: { minCounterparties: 8 } },
    });
    expect(mine.monitoring.fanIn.minCounterparties).toBe(8);
    expect(mine.monitoring.fanOut.minCounterparties).toBe(base.monitoring.fanOut.minCounterparties);
  });

  it('refuses a limit below zero', () => {
    const error = errorOf(() =>
      derivePreset(base, { id: 'x', classes: { II: { limits: { dailyOutflow: '-1.00' } } } }),
    );
    expect(error.code).toBe('invalid_preset');
    expect(error.issues).toContainEqual({
      path: ['classes', 1, 'limits', 2, 'limit', 'amount'],
      message: 'must not be below zero',
    });
  });

  it('refuses an unknown class', () => {
    const error = errorOf(() =>
      // @ts-expect-error: the base has no class IV (the type says so too)
      derivePreset(base, { id: 'x', classes: { IV: { limits: {} } } }),
    );
    expect(error.code).toBe('invalid_preset');
    expect(error.message).toContain('IV');
  });

  it("refuses a limit not in the preset's currency", () => {
    const r = safeDerivePreset(base, {
      id: 'x',
      classes: {
        II: { limits: { dailyOutflow: { limit: { amount: '100.00', currency: 'USD' } } } },
      },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues[0]?.message).toContain("not the preset's currency CNY");
  });

  it('refuses more decimals than the currency has, an unknown source, a duplicate id, a bad zone', () => {
    const r = safeDerivePreset(base, {
      id: 'x',
      timeZone: 'Mars/Olympus',
      classes: {
        II: { limits: { dailyOutflow: '1.001' } },
        I: {
          limits: {
            cap: {
              type: 'balance_cap',
              limit: { amount: '10.00', currency: 'CNY' },
              layer: 'bank',
              source: 'nowhere',
            },
          },
        },
      },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const messages = r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages.some((m) => m.startsWith('timeZone'))).toBe(true);
    expect(messages.some((m) => m.includes('decimal'))).toBe(true);
    expect(messages.some((m) => m.includes('names no source'))).toBe(true);
  });

  it('refuses reusing the base id, a missing id and prototype keys', () => {
    expect(errorOf(() => derivePreset(base, { id: 'cn-pboc-2018' })).code).toBe('invalid_preset');
    expect(errorOf(() => derivePreset(base, {} as never)).code).toBe('invalid_preset');
    const hostile = JSON.parse('{"id":"x","lifecycle":{"__proto__":{"polluted":true}}}');
    expect(errorOf(() => derivePreset(base, hostile)).code).toBe('invalid_preset');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test.prop([fc.bigInt({ min: 0n, max: 1_000_000n })])(
    'any non-negative amount up to the regulatory 10,000.00 is accepted as given',
    (fen) => {
      const amount = `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
      const mine = derivePreset(base, {
        id: 'x',
        classes: { II: { limits: { dailyOutflow: amount } } },
      });
      expect(limitOf(mine, 'II', 'dailyOutflow')).toMatchObject({ limit: { amount } });
    },
  );

  test.prop([fc.bigInt({ min: 1n, max: 10n ** 15n })])('any negative amount is refused', (fen) => {
    const amount = `-${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
    const r = safeDerivePreset(base, {
      id: 'x',
      classes: { II: { limits: { dailyOutflow: amount } } },
    });
    expect(r.ok).toBe(false);
  });

  it('validatePreset throws listing every issue', () => {
    const broken = { ...base, currency: 'XXX1', timeZone: 'Nowhere' } as Preset;
    const error = errorOf(() => validatePreset(broken));
    expect(error.issues.length).toBeGreaterThanOrEqual(2);
  });
});
