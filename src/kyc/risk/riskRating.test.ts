/**
 * Customer risk ratings as a whole: every factor with its points, title, source and message, the
 * level and what it requires, in both languages. Expected values come from RULES.md §4 (customer
 * due diligence), the shipped PBOC_KYC risk table and the KYC message catalog.
 */
import { describe, expect, it } from 'vitest';
import { derivePreset } from '../../presets/derivePreset';
import { getPreset } from '../../presets/registry';
import { typedError } from '../internal/hostile.testkit';
import {
  rateCustomerRisk,
  safeRateCustomerRisk,
  type CustomerRiskProfile,
} from './rateCustomerRisk';

const LANGS = ['en', 'zh-CN'] as const;
type Lang = (typeof LANGS)[number];
const text = (lang: Lang, en: string, zh: string) => (lang === 'en' ? en : zh);

const BANK_TRAINING = {
  source: '《银行个人账户培训》 (bank training course)',
  sourceKey: 'bank-training-course',
} as const;
const PRACTICE = {
  source: 'common bank practice, configurable',
  sourceKey: 'bank-practice',
} as const;

const ORDINARY: CustomerRiskProfile = {
  politicallyExposed: false,
  occupation: 'standard',
  geography: 'domestic',
  channel: 'face_to_face',
  products: ['deposits'],
};

describe.each(LANGS)('rateCustomerRisk in full (%s)', (lang) => {
  const scored = (
    factor: string,
    value: string,
    name: [string, string],
    title: [string, string],
    score: number,
    counted = true,
  ) => ({
    code: 'risk_factor_scored',
    message: text(
      lang,
      `${name[0]}: ${title[0]} (+${score})`,
      `${name[1]}：${title[1]}（加${score}分）`,
    ),
    factor,
    value,
    title: text(lang, ...title),
    score,
    counted,
    ...PRACTICE,
  });

  it('a politically exposed person scoring 3 (medium) is rated high, with enhanced due diligence', () => {
    const r = rateCustomerRisk(
      {
        politicallyExposed: true,
        occupation: 'standard',
        geography: 'cross_border',
        channel: 'non_face_to_face',
        products: ['deposits', 'wealth_management'],
        assessedAt: '2026-11-22T10:00:00+08:00',
      },
      { lang },
    );
    expect(r).toStrictEqual({
      level: 'high',
      title: text(lang, 'High risk', '高风险'),
      score: 3,
      scoreLevel: 'medium',
      message: text(lang, 'Customer risk: High risk (score 3).', '客户风险等级：高风险（得分3）。'),
      factors: [
        {
          code: 'risk_factor_minimum_level',
          message: text(
            lang,
            'Politically exposed person: Politically exposed person — always at least High risk',
            '政治公众人物：政治公众人物——至少为高风险',
          ),
          factor: 'politically_exposed',
          value: 'yes',
          title: text(lang, 'Politically exposed person', '政治公众人物'),
          score: 0,
          counted: true,
          minimumLevel: 'high',
          ...BANK_TRAINING,
        },
        scored(
          'occupation',
          'standard',
          ['Occupation', '职业'],
          ['Employee, civil servant, student or retired', '普通受雇人员、公务员、学生或退休人员'],
          0,
        ),
        scored(
          'geography',
          'cross_border',
          ['Geography', '地域'],
          ['Regular cross-border business or residence abroad', '经常性跨境业务或境外居住'],
          1,
        ),
        scored(
          'channel',
          'non_face_to_face',
          ['Channel', '渠道'],
          ['Relationship established remotely', '非面对面建立业务关系'],
          1,
        ),
        scored(
          'product',
          'deposits',
          ['Products', '产品'],
          ['Deposits and everyday payments', '存款及日常支付'],
          0,
          false,
        ),
        scored(
          'product',
          'wealth_management',
          ['Products', '产品'],
          ['Wealth-management and investment products', '理财及投资产品'],
          1,
        ),
      ],
      enhancedDueDiligence: true,
      reviewInterval: { months: 6 },
      nextReviewAt: '2027-05-22T10:00:00+08:00',
      requirements: text(
        lang,
        'Enhanced due diligence: required; review every 6 months.',
        '强化尽职调查：需要；每6个月复评一次。',
      ),
      ...PRACTICE,
    });
  });

  it('medium: reviewed yearly, no enhanced due diligence; no review date without assessedAt', () => {
    const r = rateCustomerRisk({ ...ORDINARY, occupation: 'cash_intensive' }, { lang });
    expect(r).toMatchObject({
      level: 'medium',
      scoreLevel: 'medium',
      score: 2,
      title: text(lang, 'Medium risk', '中风险'),
      enhancedDueDiligence: false,
      reviewInterval: { years: 1 },
      nextReviewAt: null,
      requirements: text(
        lang,
        'Enhanced due diligence: not required; review every year.',
        '强化尽职调查：不需要；每年复评一次。',
      ),
    });
  });

  it('a high-risk occupation: the factor names its minimum level', () => {
    const r = rateCustomerRisk({ ...ORDINARY, occupation: 'high_risk' }, { lang });
    expect(r.factors[1]).toStrictEqual({
      code: 'risk_factor_minimum_level',
      message: text(
        lang,
        'Occupation: High-risk occupation (precious metals and stones, art, gambling, money services) — always at least High risk',
        '职业：高风险职业（贵金属珠宝、艺术品、博彩、货币服务等）——至少为高风险',
      ),
      factor: 'occupation',
      value: 'high_risk',
      title: text(
        lang,
        'High-risk occupation (precious metals and stones, art, gambling, money services)',
        '高风险职业（贵金属珠宝、艺术品、博彩、货币服务等）',
      ),
      score: 2,
      counted: true,
      minimumLevel: 'high',
      ...BANK_TRAINING,
    });
    expect(r).toMatchObject({ level: 'high', scoreLevel: 'medium', score: 2 });
  });
});

describe('rateCustomerRisk: products, review dates and minimum levels', () => {
  it('no product: nothing added; a product named twice is listed and counted once', () => {
    expect(rateCustomerRisk({ ...ORDINARY, products: [] })).toMatchObject({ score: 0 });
    const twice = rateCustomerRisk({
      ...ORDINARY,
      products: ['cross_border_remittance', 'cross_border_remittance'],
    });
    expect(twice.score).toBe(2);
    expect(twice.factors.filter((f) => f.factor === 'product')).toHaveLength(1);
  });

  it('of two equally risky products, the first listed is counted', () => {
    const r = rateCustomerRisk({
      ...ORDINARY,
      products: ['foreign_currency', 'wealth_management'],
    });
    expect(r.score).toBe(1);
    expect(
      r.factors.filter((f) => f.factor === 'product').map((f) => [f.value, f.counted, f.score]),
    ).toEqual([
      ['foreign_currency', true, 1],
      ['wealth_management', false, 0],
    ]);
  });

  it('a product that is not the riskiest shows +0 in its message, whatever its own points', () => {
    const r = rateCustomerRisk(
      { ...ORDINARY, products: ['wealth_management', 'cross_border_remittance'] },
      { lang: 'zh-CN' },
    );
    expect(r.factors.filter((f) => f.factor === 'product').map((f) => f.message)).toEqual([
      '产品：理财及投资产品（加0分）',
      '产品：跨境汇款（加2分）',
    ]);
  });

  it('assessedAt may be a Date; the next review is in the preset’s zone', () => {
    const r = rateCustomerRisk({ ...ORDINARY, assessedAt: new Date('2026-02-28T16:30:00Z') });
    // 2026-03-01T00:30 in Shanghai, plus 3 years.
    expect(r.nextReviewAt).toBe('2029-03-01T00:30:00+08:00');
  });

  it('a minimum level below the score level does not lower the rating', () => {
    const base = getPreset();
    const preset = derivePreset(base, {
      id: 'self-employed-medium',
      kyc: {
        riskRating: {
          factors: base.kyc.riskRating.factors.map((f) =>
            f.factor === 'occupation' && f.value === 'self_employed'
              ? { ...f, minimumLevel: 'medium' as const }
              : f,
          ),
        },
      },
    });
    const selfEmployed = { ...ORDINARY, occupation: 'self_employed' };
    expect(rateCustomerRisk(selfEmployed, { preset })).toMatchObject({
      score: 1,
      scoreLevel: 'low',
      level: 'medium',
    });
    expect(
      rateCustomerRisk(
        {
          ...selfEmployed,
          geography: 'cross_border',
          channel: 'non_face_to_face',
          products: ['wealth_management'],
        },
        { preset },
      ),
    ).toMatchObject({ score: 4, scoreLevel: 'high', level: 'high' });
    expect(
      rateCustomerRisk({ ...selfEmployed, geography: 'cross_border' }, { preset }),
    ).toMatchObject({ score: 2, scoreLevel: 'medium', level: 'medium' });
  });
});

describe('rateCustomerRisk: malformed profiles', () => {
  it('politicallyExposed is required, as true or false', () => {
    const { politicallyExposed: _, ...without } = ORDINARY;
    const e = typedError(() => rateCustomerRisk(without as CustomerRiskProfile), 'invalid_input', [
      'politicallyExposed',
    ]);
    expect(e.message).toBe(
      'Invalid input at politicallyExposed: must be true or false; got undefined',
    );
    expect(e.issues).toEqual([
      { path: ['politicallyExposed'], message: 'must be true or false; got undefined' },
    ]);
    const safe = safeRateCustomerRisk(without as CustomerRiskProfile);
    expect(!safe.ok && safe.error.message).toBe(e.message);
  });

  it('an unknown value names the factor and lists the known values', () => {
    const e = typedError(
      () => rateCustomerRisk({ ...ORDINARY, products: ['deposits', 'gold'] }),
      'invalid_input',
      ['products', 1],
    );
    expect(e.message).toBe(
      'Invalid input at products.1: unknown product value "gold"; known: deposits, wealth_management, foreign_currency, cross_border_remittance',
    );
    expect(
      typedError(() => rateCustomerRisk({ ...ORDINARY, channel: 'atm' }), 'invalid_input', [
        'channel',
      ]).message,
    ).toBe(
      'Invalid input at channel: unknown channel value "atm"; known: face_to_face, non_face_to_face',
    );
  });

  it('a preset that does not know a value refuses it, at the field it came from', () => {
    const base = getPreset();
    const preset = derivePreset(base, {
      id: 'no-pep-entry',
      kyc: {
        riskRating: {
          factors: base.kyc.riskRating.factors.filter(
            (f) => !(f.factor === 'politically_exposed' && f.value === 'yes'),
          ),
        },
      },
    });
    const e = typedError(
      () => rateCustomerRisk({ ...ORDINARY, politicallyExposed: true }, { preset }),
      'invalid_input',
      ['politicallyExposed'],
    );
    expect(e.message).toBe(
      'Invalid input at politicallyExposed: unknown politically_exposed value "yes"; known: no',
    );
    // A value of another factor is no value of this one.
    expect(
      typedError(() => rateCustomerRisk({ ...ORDINARY, occupation: 'domestic' }), 'invalid_input', [
        'occupation',
      ]).message,
    ).toBe(
      'Invalid input at occupation: unknown occupation value "domestic"; known: standard, self_employed, unknown, cash_intensive, high_risk',
    );
  });

  it('the safe twin returns the rating of a well-formed profile', () => {
    expect(safeRateCustomerRisk(ORDINARY)).toStrictEqual({
      ok: true,
      value: rateCustomerRisk(ORDINARY),
    });
  });
});
