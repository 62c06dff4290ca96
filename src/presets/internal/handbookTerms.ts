/*
 * The words for the identifiers that preset data holds (transaction kinds, channels,
 * verifications, freeze scopes, documents, …), for the handbooks and the edition diff. English
 * handbooks keep the identifiers (they are what a developer types); Chinese ones use Chinese terms
 * throughout, so that no `deposit_cash` or `kiosk_assisted` is left in running text.
 */
import type { Lang } from '../../messages/lang';
import type { SourceKind } from '../types/common';
import type { Preset } from '../types/preset';
import { deepFreeze } from './deepFreeze';

/** Chinese terms for every identifier a preset's rules name. */
export const ZH_TERMS: { readonly [id: string]: string } = /* @__PURE__ */ deepFreeze({
  // transaction kinds
  deposit_cash: '存入现金',
  withdraw_cash: '支取现金',
  transfer_in: '转入',
  transfer_out: '转出',
  payment: '消费缴费',
  wealth_purchase: '购买理财产品',
  wealth_redemption: '赎回理财产品',
  loan_disbursement: '贷款发放',
  loan_repayment: '贷款归还',
  interest: '结息',
  fee: '收费',
  // counterparties
  bound: '绑定账户',
  own: '本人在本行的其他账户',
  other: '他人账户',
  // channels
  counter: '柜面',
  kiosk_assisted: '有工作人员协助的自助机具',
  atm: '自动柜员机',
  online: '网上银行',
  mobile: '手机银行',
  phone: '电话银行',
  remote: '远程（电子渠道）',
  // verifications
  id_network_check: '联网核查公民身份信息',
  face_recognition: '人脸识别',
  bound_account_check: '绑定账户验证',
  sms_code: '短信验证码',
  digital_certificate: '数字证书',
  face_to_face: '面对面核实',
  // permission conditions
  face_to_face_verified: '已面对面核实身份',
  bound_first_deposit: '已由绑定账户首笔转入',
  // capability values
  yes: '是',
  no: '否',
  if_face_to_face: '面对面核实身份后可以',
  after_bound_first_deposit: '绑定账户首笔转入后可以',
  after_bound_first_deposit_or_face_to_face: '绑定账户首笔转入或面对面核实身份后可以',
  bound_first_deposit_or_face_to_face: '已由绑定账户首笔转入或已面对面核实身份',
  // opening requirements (tiered schemes)
  name: '姓名',
  contact: '联系方式',
  id_number: '证件号码',
  online_id_check: '联网核查身份',
  address_proof: '住址证明',
  income_proof: '收入证明',
  second_phone_check: '第二手机号核验',
  business_licence: '营业执照',
  tax_record: '纳税记录',
  financial_statements: '财务报表',
  credit_report: '征信报告',
  background_check: '背景调查',
  service_agreement: '服务协议',
  // freeze scopes and who lifts them
  all: '全部冻结',
  debit: '只收不付',
  credit: '只付不收',
  amount: '部分金额',
  authority: '有权机关',
  risk_team: '风险管理部门',
  customer_in_person: '客户本人到场',
  compliance_team: '合规部门',
  system: '系统',
  customer_reverification: '客户重新核实身份',
  // information fields
  phone_number: '手机号码',
  address: '地址',
  occupation: '职业',
  // residencies and documents
  mainland: '境内居民',
  hk_macao_taiwan: '港澳台居民',
  foreign: '外国人',
  resident_id_card: '居民身份证',
  hk_macao_taiwan_permit: '港澳台居民居住证或往来通行证',
  passport: '护照',
  foreign_permanent_residence: '外国人永久居留身份证',
  // restrictions that bar opening
  receive_only: '只收不付',
  no_non_counter: '暂停非柜面业务',
  // suitability
  witness: '见证人在场',
  second_warning: '二次风险提示',
  signed_statement: '签署特别声明',
  general: '一般资金',
  short_term: '短期资金',
  pension: '养老资金',
  education: '教育资金',
  // risk levels and credit ratings
  low: '低风险',
  medium: '中风险',
  high: '高风险',
  poor: '差',
  fair: '一般',
  good: '良好',
  excellent: '优秀',
  // risk factors
  politically_exposed: '政治公众人物',
  geography: '地域',
  channel: '渠道',
  product: '产品',
  // layers
  regulatory: '监管规定',
  bank: '本行自定',
  practice: '通行做法（可配置）',
  // limit types
  window_amount: '期间累计金额限额',
  per_transaction: '单笔限额',
  balance_cap: '余额上限',
  window_count: '期间笔数限额',
  // tiers
  basic: '基础层级',
  intermediate: '中级层级',
  advanced: '高级层级',
});

/**
 * One identifier as the handbook writes it: itself in English, its Chinese term in Chinese.
 *
 * @param id - e.g. `'deposit_cash'`
 * @param lang - the language
 * @returns the word (the identifier itself when no term is known)
 */
export function term(id: string, lang: Lang): string {
  if (lang === 'en') return id;
  return Object.hasOwn(ZH_TERMS, id) ? ZH_TERMS[id]! : id;
}

/** Chinese terms for the account holder's information fields, where a word means otherwise. */
const ZH_FIELDS: { readonly [field: string]: string } = /* @__PURE__ */ deepFreeze({
  phone: '手机号码',
  name: '姓名',
  id_number: '证件号码',
  address: '地址',
  occupation: '职业',
});

/**
 * Information fields (`phone`, `address`) as the handbook writes them: `phone` is the holder's
 * phone number here, not phone banking.
 *
 * @param fields - the field names
 * @param lang - the language
 * @returns the text
 */
export function fieldTerms(fields: readonly string[], lang: Lang): string {
  if (lang === 'en') return fields.join(', ');
  return fields
    .map((f) => (Object.hasOwn(ZH_FIELDS, f) ? ZH_FIELDS[f]! : term(f, lang)))
    .join('、');
}

/**
 * A list of identifiers as the handbook writes it: comma-separated in English, with `、` in
 * Chinese.
 *
 * @param ids - the identifiers
 * @param lang - the language
 * @returns the text
 */
export function terms(ids: readonly string[], lang: Lang): string {
  return ids.map((id) => term(id, lang)).join(lang === 'en' ? ', ' : '、');
}

/**
 * How a handbook cites a source: its reference (`银发〔2018〕16号`, `GB 11643-1999`); in Chinese,
 * a reference that is an English phrase (`bank practice`) is written as the document's Chinese
 * title, up to its first parenthesis (`银行通行做法`).
 *
 * @param preset - the preset whose sources the key names
 * @param key - a key of `preset.sources`
 * @param lang - the language
 * @returns the citation (the key itself for an unknown source)
 */
export function citeIn(preset: Preset, key: string, lang: Lang): string {
  const s = Object.hasOwn(preset.sources, key) ? preset.sources[key] : undefined;
  if (!s) return key;
  if (lang === 'en') return s.ref;
  // A bank's document cited as "《…》 (bank training course)": the kind in Chinese instead.
  const suffix = / \(([^()]*)\)$/u.exec(s.ref);
  if (suffix && s.kind !== undefined && /\p{Script=Han}/u.test(s.ref))
    return `${s.ref.slice(0, suffix.index)}（${SOURCE_KIND_ZH[s.kind]}）`;
  if (/[\d\p{Script=Han}]/u.test(s.ref)) return s.ref;
  const title = s.title['zh-CN'];
  const cut = title.search(/[（(]/);
  return (cut > 0 ? title.slice(0, cut) : title) || s.ref;
}

/** Each kind of source, as a Chinese handbook names it. */
export const SOURCE_KIND_ZH: Readonly<Record<SourceKind, string>> = {
  law: '法律',
  administrative_regulation: '行政法规',
  judicial_interpretation: '司法解释',
  pboc_notice: '人民银行通知',
  pboc_order: '人民银行令',
  departmental_measures: '部门规章',
  national_standard: '国家标准',
  bank_training_course: '银行培训资料',
  bank_internal_policy: '银行内部制度',
  bank_suitability_rules: '银行适当性规则',
  bank_job_description: '银行岗位职责',
  practice: '银行通行做法，可配置',
};

/** Each kind of source, as an English handbook names it. */
export const SOURCE_KIND_EN: Readonly<Record<SourceKind, string>> = {
  law: 'law',
  administrative_regulation: 'State Council regulation',
  judicial_interpretation: "Supreme People's Court judicial interpretation",
  pboc_notice: 'PBOC notice',
  pboc_order: 'PBOC order',
  departmental_measures: 'departmental measures',
  national_standard: 'national standard',
  bank_training_course: "a bank's training course",
  bank_internal_policy: "a bank's internal policy",
  bank_suitability_rules: "a bank's suitability rules",
  bank_job_description: "a bank's job description",
  practice: 'common bank practice, configurable',
};
