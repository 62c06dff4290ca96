import type { KycRules, SuitabilityRules } from '../types/kyc';

/** KYC and opening rules of the PBOC presets (seed 002). */
export const PBOC_KYC: KycRules = {
  age: {
    minimumAge: 16,
    source: 'seed-002',
    note: {
      en: 'Under 16: a legal guardian must be present with proof of guardianship; the funds belong to the minor.',
      'zh-CN': '未满16周岁须由法定监护人陪同并出示监护关系证明；资金归未成年人所有。',
    },
  },
  documents: {
    accepted: {
      mainland: ['resident_id_card'],
      hk_macao_taiwan: ['hk_macao_taiwan_permit'],
      foreign: ['passport', 'foreign_permanent_residence'],
    },
    source: 'seed-002',
    note: {
      en: 'Foreigners: passport plus residence permit and a tax-residency declaration. Documents must be valid on the day.',
      'zh-CN': '外国人：护照及居留许可，并填写税收居民身份声明。证件须在有效期内。',
    },
  },
  foreignCurrency: {
    requiresClass: 'I',
    annualPurchaseQuota: { amount: '50000.00', currency: 'USD' },
    source: 'seed-002',
  },
  nonCounterTransfers: {
    certificateRequiredAbove: { amount: '50000.00', currency: 'CNY' },
    largeTransferReminderAbove: { amount: '300000.00', currency: 'CNY' },
    largeTransferReminderSource: 'pboc-2019-85',
    source: 'pboc-2016-261',
  },
  riskRating: {
    levels: {
      low: {
        enhancedDueDiligence: false,
        reviewInterval: { years: 3 },
        title: { en: 'Low risk', 'zh-CN': '低风险' },
      },
      medium: {
        enhancedDueDiligence: false,
        reviewInterval: { years: 1 },
        title: { en: 'Medium risk', 'zh-CN': '中风险' },
      },
      high: {
        enhancedDueDiligence: true,
        reviewInterval: { months: 6 },
        title: { en: 'High risk', 'zh-CN': '高风险' },
      },
    },
    source: 'bank-practice',
    note: {
      en: 'RULES.md gives the levels (low/medium/high) and enhanced due diligence for PEPs and high-risk occupations, but no review intervals: these are defaults a bank should set.',
      'zh-CN':
        'RULES.md 规定了风险等级及对政治公众人物和高风险职业的强化尽职调查，但未规定复评周期：此处为默认值，银行应自行设定。',
    },
  },
  phoneInOwnName: { required: true, source: 'seed-002' },
};

/** Investor suitability rules (CSRC suitability measures, seed 004). */
export const CN_SUITABILITY: SuitabilityRules = {
  seniorAge: 65,
  seniorForbiddenFrom: 'R4',
  seniorWitnessLevel: 'R3',
  adultAge: 18,
  insistWithSignedStatement: true,
  earmarkedFundsMaxRisk: 'R3',
  source: 'csrc-suitability-2016',
  note: {
    en: 'A Cn customer may buy up to Rn. Customers 65 or older: never R4 or above, R3 only with a witness and a second warning. Minors only through the guardian. No assessment, no product. Short-term, pension and education money stays out of high-risk (R4+) products (seed 004).',
    'zh-CN':
      'Cn级客户可购买不高于Rn级产品。65周岁以上客户不得购买R4级及以上产品，购买R3级须有见证人并二次风险提示。未成年人须由监护人办理。未做风险评估不得购买。短期资金、养老及教育资金不得投资高风险（R4及以上）产品（种子资料004）。',
  },
};
