import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { getPreset } from '../../presets/registry';
import { RISK_LEVELS, type RiskFactor } from '../../presets/types/kyc';
import { HUGE_SURROGATES, expectShort, typedError } from '../internal/hostile.testkit';
import {
  rateCustomerRisk,
  safeRateCustomerRisk,
  type CustomerRiskProfile,
} from './rateCustomerRisk';

const ORDINARY: CustomerRiskProfile = {
  politicallyExposed: false,
  occupation: 'standard',
  geography: 'domestic',
  channel: 'face_to_face',
  products: ['deposits'],
};

const factors = getPreset().kyc.riskRating.factors;
const valuesOf = (factor: RiskFactor) =>
  factors.filter((f) => f.factor === factor).map((f) => f.value);

describe('rateCustomerRisk', () => {
  it('an ordinary customer is low risk, reviewed every 3 years, no enhanced due diligence', () => {
    const r = rateCustomerRisk({ ...ORDINARY, assessedAt: '2026-11-22T10:00:00+08:00' });
    expect(r).toMatchObject({
      level: 'low',
      score: 0,
      enhancedDueDiligence: false,
      reviewInterval: { years: 3 },
      nextReviewAt: '2029-11-22T10:00:00+08:00',
      source: 'common bank practice, configurable',
      sourceKey: 'bank-practice',
    });
    expect(r.message).toBe('Customer risk: Low risk (score 0).');
    expect(r.requirements).toBe('Enhanced due diligence: not required; review every 3 years.');
  });

  it('a politically exposed person is high risk whatever the score, with enhanced due diligence', () => {
    const r = rateCustomerRisk({
      ...ORDINARY,
      politicallyExposed: true,
      assessedAt: '2026-11-22T10:00:00+08:00',
    });
    expect(r).toMatchObject({
      level: 'high',
      scoreLevel: 'low',
      score: 0,
      enhancedDueDiligence: true,
      nextReviewAt: '2027-05-22T10:00:00+08:00',
    });
    expect(r.factors[0]).toMatchObject({
      code: 'risk_factor_minimum_level',
      factor: 'politically_exposed',
      value: 'yes',
      minimumLevel: 'high',
      source: '《银行个人账户培训》 (bank training course)',
      sourceKey: 'bank-training-course',
    });
  });

  it('a high-risk occupation and a high-risk jurisdiction are always high', () => {
    expect(rateCustomerRisk({ ...ORDINARY, occupation: 'high_risk' }).level).toBe('high');
    expect(rateCustomerRisk({ ...ORDINARY, geography: 'high_risk_jurisdiction' }).level).toBe(
      'high',
    );
  });

  it('thresholds: score 1 is low, 2 is medium, 3 medium, 4 high', () => {
    expect(rateCustomerRisk({ ...ORDINARY, channel: 'non_face_to_face' })).toMatchObject({
      score: 1,
      level: 'low',
    });
    expect(rateCustomerRisk({ ...ORDINARY, occupation: 'cash_intensive' })).toMatchObject({
      score: 2,
      level: 'medium',
    });
    expect(
      rateCustomerRisk({ ...ORDINARY, occupation: 'cash_intensive', channel: 'non_face_to_face' }),
    ).toMatchObject({ score: 3, level: 'medium' });
    expect(
      rateCustomerRisk({
        ...ORDINARY,
        occupation: 'cash_intensive',
        channel: 'non_face_to_face',
        geography: 'cross_border',
      }),
    ).toMatchObject({ score: 4, level: 'high', enhancedDueDiligence: true });
  });

  it('counts only the riskiest product, and says which', () => {
    const r = rateCustomerRisk({
      ...ORDINARY,
      products: ['wealth_management', 'cross_border_remittance', 'deposits'],
    });
    expect(r.score).toBe(2);
    expect(
      r.factors.filter((f) => f.factor === 'product').map((f) => [f.value, f.counted, f.score]),
    ).toEqual([
      ['wealth_management', false, 0],
      ['cross_border_remittance', true, 2],
      ['deposits', false, 0],
    ]);
  });

  it('writes in Chinese', () => {
    const r = rateCustomerRisk(
      { ...ORDINARY, occupation: 'self_employed', products: [] },
      { lang: 'zh-CN' },
    );
    expect(r.title).toBe('低风险');
    expect(r.factors[1]!.message).toBe('职业：个体工商户或企业主（加1分）');
    expect(r.requirements).toBe('强化尽职调查：不需要；每3年复评一次。');
  });

  it('refuses unknown factor values, listing the known ones', () => {
    const r = safeRateCustomerRisk({ ...ORDINARY, occupation: 'astronaut' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.issues[0]!.path).toEqual(['occupation']);
      expect(r.error.message).toContain('cash_intensive');
    }
    expect(safeRateCustomerRisk({ ...ORDINARY, products: ['gold'] }).ok).toBe(false);
    expect(safeRateCustomerRisk({ ...ORDINARY, politicallyExposed: 'no' as never }).ok).toBe(false);
  });
});

describe('rateCustomerRisk properties', () => {
  const profile = fc.record({
    politicallyExposed: fc.boolean(),
    occupation: fc.constantFrom(...valuesOf('occupation')),
    geography: fc.constantFrom(...valuesOf('geography')),
    channel: fc.constantFrom(...valuesOf('channel')),
    products: fc.subarray(valuesOf('product')),
  });
  const rank = (level: string) => RISK_LEVELS.indexOf(level as never);
  const scoreOf = (factor: RiskFactor, value: string) =>
    factors.find((f) => f.factor === factor && f.value === value)!.score;

  test.prop([profile, fc.constantFrom(...valuesOf('product'))], { numRuns: 500 })(
    'using one more product never lowers the rating',
    (p, extra) => {
      expect(
        rank(rateCustomerRisk({ ...p, products: [...p.products, extra] }).level),
      ).toBeGreaterThanOrEqual(rank(rateCustomerRisk(p).level));
    },
  );

  test.prop(
    [profile, fc.constantFrom<RiskFactor>('occupation', 'geography', 'channel'), fc.nat(10)],
    {
      numRuns: 500,
    },
  )('a riskier value of one factor never lowers the rating', (p, factor, pick) => {
    const values = valuesOf(factor);
    const other = values[pick % values.length]!;
    const current = p[factor as 'occupation'];
    const otherRule = factors.find((f) => f.factor === factor && f.value === other)!;
    const currentRule = factors.find((f) => f.factor === factor && f.value === current)!;
    fc.pre(
      scoreOf(factor, other) >= scoreOf(factor, current) &&
        rank(otherRule.minimumLevel ?? 'low') >= rank(currentRule.minimumLevel ?? 'low'),
    );
    expect(rank(rateCustomerRisk({ ...p, [factor]: other }).level)).toBeGreaterThanOrEqual(
      rank(rateCustomerRisk(p).level),
    );
  });

  test.prop([profile], { numRuns: 300 })(
    'a politically exposed person is always high risk',
    (p) => {
      expect(rateCustomerRisk({ ...p, politicallyExposed: true }).level).toBe('high');
    },
  );

  test.prop([profile], { numRuns: 300 })(
    'enhanced due diligence exactly for the high level, as the preset says',
    (p) => {
      const r = rateCustomerRisk(p);
      expect(r.enhancedDueDiligence).toBe(r.level === 'high');
    },
  );
});

describe('rateCustomerRisk — hostile input (issue 6)', () => {
  const rate = (profile: unknown, options?: unknown) =>
    rateCustomerRisk(profile as CustomerRiskProfile, options as never);

  it('a bigint anywhere is invalid input naming its path, not a TypeError', () => {
    const e = typedError(() => rate({ ...ORDINARY, occupation: 10n }), 'invalid_input', [
      'occupation',
    ]);
    expect(e.message).toContain('unknown occupation value 10n; known: ');
    typedError(() => rate({ ...ORDINARY, politicallyExposed: 10n }), 'invalid_input', [
      'politicallyExposed',
    ]);
    typedError(() => rate({ ...ORDINARY, products: ['deposits', 10n] }), 'invalid_input', [
      'products',
      1,
    ]);
    typedError(() => rate({ ...ORDINARY, assessedAt: 10n }), 'invalid_instant', ['assessedAt']);
  });

  it('a 512 K lone-surrogate value is invalid input, named and not echoed whole', () => {
    for (const key of ['occupation', 'geography', 'channel'] as const) {
      const e = typedError(() => rate({ ...ORDINARY, [key]: HUGE_SURROGATES }), 'invalid_input', [
        key,
      ]);
      expect(e.message).toContain(`(${HUGE_SURROGATES.length} characters)`);
      expectShort(e);
    }
    expectShort(
      typedError(() => rate({ ...ORDINARY, assessedAt: HUGE_SURROGATES }), 'invalid_instant', [
        'assessedAt',
      ]),
    );
  });

  it('no profile, a null profile or a list is invalid input at the root', () => {
    for (const profile of [undefined, null, [], 'low'])
      typedError(() => rate(profile), 'invalid_input', []);
    typedError(() => rate({ ...ORDINARY, products: 'deposits' }), 'invalid_input', ['products']);
  });

  it('bad options are typed errors', () => {
    typedError(() => rate(ORDINARY, null), 'invalid_input', ['options']);
    typedError(() => rate(ORDINARY, { preset: {} }), 'invalid_preset', ['options', 'preset', 'id']);
  });
});
