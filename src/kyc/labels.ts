import type { Lang, LangText } from '../messages/lang';
import type { RestrictionKind } from '../lifecycle/types';
import type { OpeningChannel, OpeningRequirement, Verification } from '../presets/types/classes';
import type {
  CreditRating,
  DocumentType,
  FundsPurpose,
  Residency,
  RiskFactor,
  SuitabilityConditionCode,
} from '../presets/types/kyc';
import { deepFreeze } from '../presets/internal/deepFreeze';

/** How each identity verification method is named, in every language. */
export const VERIFICATION_LABELS: { readonly [V in Verification]: LangText } =
  /* @__PURE__ */ deepFreeze({
    id_network_check: { en: 'ID network check', 'zh-CN': '身份证联网核查' },
    face_recognition: { en: 'face recognition', 'zh-CN': '人脸识别' },
    bound_account_check: { en: 'bound-account check', 'zh-CN': '绑定账户验证' },
    sms_code: { en: 'SMS code', 'zh-CN': '短信验证码' },
    digital_certificate: { en: 'digital certificate', 'zh-CN': '数字证书' },
    face_to_face: { en: 'face-to-face check', 'zh-CN': '面对面核验' },
  });

/** How each identity document type is named, in every language. */
export const DOCUMENT_TYPE_LABELS: { readonly [D in DocumentType]: LangText } =
  /* @__PURE__ */ deepFreeze({
    resident_id_card: { en: 'resident identity card', 'zh-CN': '居民身份证' },
    hk_macao_taiwan_permit: {
      en: 'Hong Kong/Macao/Taiwan residence or travel permit',
      'zh-CN': '港澳台居民居住证或通行证',
    },
    passport: { en: 'passport', 'zh-CN': '护照' },
    foreign_permanent_residence: {
      en: 'foreign permanent residence ID card',
      'zh-CN': '外国人永久居留身份证',
    },
  });

/** How each opening channel is named, in every language. */
export const OPENING_CHANNEL_LABELS: { readonly [C in OpeningChannel]: LangText } =
  /* @__PURE__ */ deepFreeze({
    counter: { en: 'counter', 'zh-CN': '柜面' },
    kiosk_assisted: { en: 'kiosk with staff', 'zh-CN': '有工作人员协助的自助设备' },
    remote: { en: 'remote', 'zh-CN': '远程（电子渠道）' },
  });

/** How each residency is named, in every language. */
export const RESIDENCY_LABELS: { readonly [R in Residency]: LangText } = /* @__PURE__ */ deepFreeze(
  {
    mainland: { en: 'mainland resident', 'zh-CN': '中国大陆居民' },
    hk_macao_taiwan: { en: 'Hong Kong, Macao or Taiwan resident', 'zh-CN': '港澳台居民' },
    foreign: { en: 'foreigner', 'zh-CN': '外国人' },
  },
);

/** How each opening requirement (information or document) is named, in every language. */
export const OPENING_REQUIREMENT_LABELS: { readonly [R in OpeningRequirement]: LangText } =
  /* @__PURE__ */ deepFreeze({
    name: { en: 'name', 'zh-CN': '姓名' },
    contact: { en: 'contact details', 'zh-CN': '联系方式' },
    id_number: { en: 'identity document number', 'zh-CN': '有效身份证件号码' },
    online_id_check: { en: 'online identity check', 'zh-CN': '线上身份验证' },
    address_proof: { en: 'proof of address', 'zh-CN': '地址证明' },
    income_proof: { en: 'proof of income', 'zh-CN': '收入证明' },
    face_recognition: { en: 'face recognition', 'zh-CN': '人脸识别' },
    second_phone_check: { en: 'second phone check', 'zh-CN': '手机号码二次验证' },
    business_licence: { en: 'business licence', 'zh-CN': '营业执照' },
    tax_record: { en: 'tax registration', 'zh-CN': '税务登记证明' },
    financial_statements: {
      en: 'financial statements or proof of assets',
      'zh-CN': '财务报表或资产证明',
    },
    credit_report: { en: 'credit report', 'zh-CN': '信用报告' },
    background_check: { en: 'background check', 'zh-CN': '背景调查' },
    service_agreement: { en: 'signed service agreement', 'zh-CN': '签署服务协议' },
  });

/** How each credit rating is named, in every language. */
export const CREDIT_RATING_LABELS: { readonly [C in CreditRating | 'unrated']: LangText } =
  /* @__PURE__ */ deepFreeze({
    poor: { en: 'poor', 'zh-CN': '较差' },
    fair: { en: 'fair', 'zh-CN': '一般' },
    good: { en: 'good', 'zh-CN': '良好' },
    excellent: { en: 'excellent', 'zh-CN': '极佳' },
    unrated: { en: 'unrated', 'zh-CN': '无评级' },
  });

/** How each customer risk factor is named, in every language. */
export const RISK_FACTOR_LABELS: { readonly [F in RiskFactor]: LangText } =
  /* @__PURE__ */ deepFreeze({
    politically_exposed: { en: 'Politically exposed person', 'zh-CN': '政治公众人物' },
    occupation: { en: 'Occupation', 'zh-CN': '职业' },
    geography: { en: 'Geography', 'zh-CN': '地域' },
    channel: { en: 'Channel', 'zh-CN': '渠道' },
    product: { en: 'Products', 'zh-CN': '产品' },
  });

/** How each person restriction kind is named, in every language. */
export const RESTRICTION_KIND_LABELS: { readonly [K in RestrictionKind]: LangText } =
  /* @__PURE__ */ deepFreeze({
    receive_only: { en: 'receive only', 'zh-CN': '只收不付' },
    no_non_counter: { en: 'no non-counter business', 'zh-CN': '暂停非柜面业务' },
  });

/** How each purpose of funds is named, in every language. */
export const FUNDS_PURPOSE_LABELS: { readonly [P in FundsPurpose]: LangText } =
  /* @__PURE__ */ deepFreeze({
    general: { en: 'general', 'zh-CN': '一般资金' },
    short_term: { en: 'short-term', 'zh-CN': '短期资金' },
    pension: { en: 'pension', 'zh-CN': '养老资金' },
    education: { en: 'education', 'zh-CN': '教育资金' },
  });

/** The catalog code of the message describing each suitability condition. */
export const SUITABILITY_CONDITION_MESSAGES = /* @__PURE__ */ deepFreeze({
  witness: 'witness_required',
  second_warning: 'second_warning_required',
  signed_statement: 'signed_statement_required',
} as const satisfies { readonly [C in SuitabilityConditionCode]: string });

/**
 * Joins names into one readable list in a language (`"a, b"` / `"a、b"`; `"none"` / `"无"` when
 * empty).
 *
 * @param items - the names, already in the language
 * @param lang - the language
 * @returns the list as text
 * @example
 * ```ts
 * joinList(['SMS code', 'face recognition'], 'en'); // 'SMS code, face recognition'
 * ```
 */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length === 0) return lang === 'zh-CN' ? '无' : 'none';
  return items.join(lang === 'zh-CN' ? '、' : ', ');
}

/**
 * Joins alternatives into one readable list (`"a, b or c"` / `"a、b或c"`).
 *
 * @param items - the names, already in the language
 * @param lang - the language
 * @returns the alternatives as text
 * @example
 * ```ts
 * joinAlternatives(['counter', 'kiosk with staff'], 'en'); // 'counter or kiosk with staff'
 * ```
 */
export function joinAlternatives(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return joinList(items, lang);
  const last = items[items.length - 1]!;
  const head = joinList(items.slice(0, -1), lang);
  return lang === 'zh-CN' ? `${head}或${last}` : `${head} or ${last}`;
}

/**
 * Names several keys from a label table and joins them.
 *
 * @param table - the label table
 * @param keys - the keys to name
 * @param lang - the language
 * @returns the joined names
 * @example
 * ```ts
 * labelList(VERIFICATION_LABELS, ['sms_code'], 'zh-CN'); // '短信验证码'
 * ```
 */
export function labelList<K extends string>(
  table: { readonly [key in K]: LangText },
  keys: readonly K[],
  lang: Lang,
): string {
  return joinList(
    keys.map((k) => table[k][lang]),
    lang,
  );
}
