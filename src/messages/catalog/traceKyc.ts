import type { MessageTable } from './types';
import { deepFreeze } from '../../presets/internal/deepFreeze';

/** Trace sentences (passed / not applicable) for the kyc rules, by `trace_…` code. */
export const TRACE_KYC_MESSAGES = /* @__PURE__ */ deepFreeze({
  trace_kyc_no_restriction: {
    en: 'No restriction that blocks an opening is in force on the applicant ({declared} declared).',
    'zh-CN': '申请人名下没有生效中的限制开户措施（申报{declared}项）。',
  },
  trace_kyc_age_ok: {
    en: 'The applicant is {age}, at least {minimumAge}, and may open alone.',
    'zh-CN': '申请人{age}周岁，已满{minimumAge}周岁，可以独立开户。',
  },
  trace_kyc_age_guardian: {
    en: 'The applicant is {age}, under {minimumAge}, and a legal guardian is present in person.',
    'zh-CN': '申请人{age}周岁，未满{minimumAge}周岁，法定监护人已亲自陪同。',
  },
  trace_kyc_document_accepted: {
    en: 'A {documentType} is accepted for this applicant.',
    'zh-CN': '该申请人可以使用{documentType}开户。',
  },
  trace_kyc_document_number_ok: {
    en: 'The document number is valid.',
    'zh-CN': '证件号码有效。',
  },
  trace_kyc_document_valid: {
    en: 'The identity document is valid until {expiresOn}, so it is valid today ({today}).',
    'zh-CN': '身份证件有效期至{expiresOn}，今天（{today}）仍然有效。',
  },
  trace_kyc_document_no_expiry: {
    en: 'The identity document has no expiry date (long-term).',
    'zh-CN': '身份证件长期有效，无需核对有效期。',
  },
  trace_kyc_channel_ok: {
    en: 'The {class} may be opened through the {channel} channel.',
    'zh-CN': '{class}可以通过{channel}开立。',
  },
  trace_kyc_verifications_ok: {
    en: 'The {class} needs {required}; done: {done}. That is enough.',
    'zh-CN': '{class}须完成{required}；已完成：{done}，符合要求。',
  },
  trace_kyc_requirements_none: {
    en: 'The {class} asks for no further information or documents.',
    'zh-CN': '{class}无需提供其他资料。',
  },
  trace_kyc_requirements_ok: {
    en: 'Everything the {class} asks for has been provided.',
    'zh-CN': '{class}所需资料均已提供。',
  },
  trace_kyc_requirements_to_collect: {
    en: 'What was provided was not stated: staff collect {requirements} at opening.',
    'zh-CN': '未说明已提供的资料：开户时由工作人员收取{requirements}。',
  },
  trace_kyc_accounts_no_cap: {
    en: 'There is no limit on how many of the {class} a person may hold at this bank.',
    'zh-CN': '每人在本行持有{class}的数量不受限制。',
  },
  trace_kyc_accounts_within: {
    en: 'The applicant holds {held} of the {class} at this bank; up to {max} are allowed.',
    'zh-CN': '申请人在本行已持有{held}个{class}，最多允许{max}个。',
  },
  trace_kyc_foreign_currency_none: {
    en: 'The account is in {currency}, not a foreign currency.',
    'zh-CN': '该账户币种为{currency}，不是外币账户。',
  },
  trace_kyc_foreign_currency_ok: {
    en: 'For a {currency} account, the applicant already holds a {requiredCurrency} {requiredClass}.',
    'zh-CN': '开立{currency}账户：申请人已持有{requiredCurrency}{requiredClass}。',
  },
  trace_kyc_phone_not_required: {
    en: 'A phone number in the applicant’s own name is not required.',
    'zh-CN': '无需核对手机号码是否为本人实名登记。',
  },
  trace_kyc_phone_not_stated: {
    en: 'Whether the phone number is in the applicant’s own name was not stated.',
    'zh-CN': '未说明手机号码是否为本人实名登记。',
  },
  trace_kyc_phone_ok: {
    en: 'The phone number is registered in the applicant’s own name.',
    'zh-CN': '手机号码为申请人本人实名登记。',
  },
  trace_kyc_tax_not_needed: {
    en: 'No tax-residency self-declaration is needed for this opening.',
    'zh-CN': '本次开户无需填写税收居民身份声明。',
  },
  trace_kyc_tax_declared: {
    en: 'The tax-residency self-declaration is signed.',
    'zh-CN': '税收居民身份声明已签署。',
  },
  trace_kyc_tax_to_sign: {
    en: 'The applicant signs the tax-residency self-declaration at opening.',
    'zh-CN': '申请人须在开户时签署税收居民身份声明。',
  },
  trace_kyc_risk_score_level: {
    en: 'A score of {score} is {level} (medium from {medium}, high from {high}).',
    'zh-CN': '得分{score}，评为{level}（{medium}分起为中风险，{high}分起为高风险）。',
  },
  trace_kyc_risk_minimum_level: {
    en: 'The score gives {scoreLevel}; a factor’s minimum level makes it {level}.',
    'zh-CN': '按得分评为{scoreLevel}；因风险因素的最低等级，评为{level}。',
  },
  trace_suitability_assessment_ok: {
    en: 'The customer’s risk tolerance is assessed as {tolerance}, and the assessment is valid today ({today}).',
    'zh-CN': '客户的风险承受能力评估为{tolerance}，今天（{today}）仍然有效。',
  },
  trace_suitability_adult: {
    en: 'The customer is {age}, at least {adultAge}.',
    'zh-CN': '客户{age}周岁，已满{adultAge}周岁。',
  },
  trace_suitability_minor_guardian: {
    en: 'The customer is {age}, under {adultAge}, and the legal guardian is present.',
    'zh-CN': '客户{age}周岁，未满{adultAge}周岁，法定监护人在场。',
  },
  trace_suitability_not_senior: {
    en: 'The customer is {age}, under {seniorAge}: the rules for seniors do not apply.',
    'zh-CN': '客户{age}周岁，未满{seniorAge}周岁，不适用老年客户的规定。',
  },
  trace_suitability_senior_allowed: {
    en: 'The customer is {age}, at least {seniorAge}; a {product} product is below {forbiddenFrom}, the level never sold to seniors.',
    'zh-CN':
      '客户{age}周岁，已满{seniorAge}周岁；{product}级产品低于不得向老年客户销售的{forbiddenFrom}级。',
  },
  trace_suitability_not_earmarked: {
    en: 'The money is {purpose} money, not earmarked.',
    'zh-CN': '资金为{purpose}，不属于专款专用资金。',
  },
  trace_suitability_earmarked_ok: {
    en: 'The money is {purpose} money; a {product} product is at most {maxRisk}.',
    'zh-CN': '资金为{purpose}；{product}级产品不高于{maxRisk}级。',
  },
  trace_suitability_within_tolerance: {
    en: 'A {tolerance} customer may buy up to {maxProduct}; the product is {product}.',
    'zh-CN': '{tolerance}级客户可购买不高于{maxProduct}级的产品；该产品为{product}级。',
  },
} satisfies MessageTable);
