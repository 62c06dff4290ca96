import type { Preset } from '../types/preset';
import { CLASS_I, CLASS_II, CLASS_II_2016, CLASS_III_2016, CLASS_III_2018 } from './pbocClasses';
import { CN_SUITABILITY, PBOC_KYC } from './pbocKyc';
import { PBOC_LIFECYCLE } from './pbocLifecycle';
import { PBOC_MONITORING, TIERED_MONITORING } from './monitoring';
import { SOURCES } from './sources';
import { TIER_ADVANCED, TIER_BASIC, TIER_INTERMEDIATE, TIERING } from './tieredClasses';
import { deepFreeze } from '../internal/deepFreeze';

const CLASS_III_DISCREPANCY = {
  text: {
    en: '《银行个人账户培训》 quotes Class III as "balance ≤ 2,000, ≤ 5,000/day, ≤ 100,000/year", which mixes the 2018 balance cap with the 2016 outflow limits. cn-pboc-2018 follows the 2018 notice (2,000 balance; 2,000/day; 50,000/year); cn-pboc-2016 ships the 2016 figures.',
    'zh-CN':
      '《银行个人账户培训》称Ⅲ类户“余额不超过2000元，日累计不超过5000元，年累计不超过10万元”，混合了2018年的余额上限与2016年的支出限额。cn-pboc-2018 采用2018年通知（余额2000元；日2000元；年5万元）；cn-pboc-2016 采用2016年数字。',
  },
  sources: ['bank-training-course', 'pboc-2018-16', 'pboc-2016-302'],
};

const JUDICIAL_DISCREPANCY = {
  text: {
    en: '《银行个人账户培训》 gives judicial freezes up to 2 years and risk freezes up to 72 hours; the presets follow the current rules (1 year per judicial freeze, renewable; emergency stop-payment 48 hours, at most twice).',
    'zh-CN':
      '《银行个人账户培训》称司法冻结不超过2年、风险冻结一般不超过72小时；本预设采用现行规定（司法冻结每次不超过1年可续冻；紧急止付48小时，最多两次）。',
  },
  sources: ['bank-training-course', 'cn-civil-procedure-freeze', 'pboc-2016-86'],
};

const DATE_392_DISCREPANCY = {
  text: {
    en: '《银行个人账户培训》 says the PBOC issued its notice on improving personal bank account services and strengthening account management (银发〔2015〕392号) in December 2016; the notice was issued on 2015-12-25. The classified-account rules the presets date to December 2016 are those of 302号 and 261号, in force 2016-12-01.',
    'zh-CN':
      '《银行个人账户培训》称人民银行于2016年12月发布《关于改进个人银行账户服务加强账户管理的通知》（银发〔2015〕392号）；该通知实际于2015年12月25日发布。本预设按2016年12月1日施行的302号、261号文确定分类账户规则的施行日期。',
  },
  sources: ['bank-training-course', 'pboc-2015-392', 'pboc-2016-302'],
};

const CLASS_III_TRANSFER_DISCREPANCY = {
  text: {
    en: '《银行个人账户培训》 says a Class III account "has no transfer function" (only small payments). The notices let Class III accounts transfer out to non-bound accounts within the outflow limits (日累计限额) and receive transfers in (入金) from non-bound accounts (非绑定账户) under conditions; the presets follow the notices.',
    'zh-CN':
      '《银行个人账户培训》称Ⅲ类户“不具备转账功能”（仅限小额消费缴费）。依据人民银行通知，Ⅲ类户可在日累计限额内向非绑定账户转出资金（出金），并在满足条件时接收非绑定账户转入（入金）；本预设依通知。',
  },
  sources: ['bank-training-course', 'pboc-2016-302', 'pboc-2018-16'],
};

/** PBOC personal account classes, 2018 edition (default). */
export const CN_PBOC_2018: Preset = /* @__PURE__ */ deepFreeze({
  id: 'cn-pboc-2018',
  title: {
    en: 'PBOC personal bank account classes (2018 edition)',
    'zh-CN': '人民银行个人银行账户分类管理（2018年版）',
  },
  description: {
    en: 'Class I/II/III personal accounts as amended by 银发〔2018〕16号, with the account lifecycle, KYC and suitability rules of the source documents.',
    'zh-CN':
      '依据银发〔2018〕16号修订的Ⅰ、Ⅱ、Ⅲ类个人银行账户规则，以及来源文件中的账户生命周期、客户身份识别和适当性规则。',
  },
  jurisdiction: 'CN',
  currency: 'CNY',
  timeZone: 'Asia/Shanghai',
  effectiveFrom: '2018-01-12',
  effectiveFromSource: 'pboc-2018-16',
  supersedes: ['cn-pboc-2016'],
  sources: SOURCES,
  classes: [CLASS_III_2018, CLASS_II, CLASS_I],
  lifecycle: PBOC_LIFECYCLE,
  kyc: PBOC_KYC,
  suitability: CN_SUITABILITY,
  tiering: null,
  monitoring: PBOC_MONITORING,
  discrepancies: [
    CLASS_III_DISCREPANCY,
    JUDICIAL_DISCREPANCY,
    DATE_392_DISCREPANCY,
    CLASS_III_TRANSFER_DISCREPANCY,
  ],
});

/** PBOC personal account classes, 2016 edition (superseded, for history and back-testing). */
export const CN_PBOC_2016: Preset = /* @__PURE__ */ deepFreeze({
  ...CN_PBOC_2018,
  id: 'cn-pboc-2016',
  title: {
    en: 'PBOC personal bank account classes (2016 edition)',
    'zh-CN': '人民银行个人银行账户分类管理（2016年版）',
  },
  description: {
    en: 'Class I/II/III personal accounts as set by 银发〔2016〕261号 and 302号, before the 2018 amendments (Class III: balance ≤ 1,000; 5,000/day; 100,000/year).',
    'zh-CN':
      '依据银发〔2016〕261号、302号的Ⅰ、Ⅱ、Ⅲ类个人银行账户规则（2018年修订前；Ⅲ类户余额不超过1000元，日5000元，年10万元）。',
  },
  effectiveFrom: '2016-12-01',
  effectiveFromSource: 'pboc-2016-302',
  supersedes: [],
  classes: [CLASS_III_2016, CLASS_II_2016, CLASS_I],
});

/**
 * A Chinese bank's basic/intermediate/advanced tiering scheme (《账户分层分级管理办法》, the bank's
 * internal policy): its figures are the bank's own (layer `bank`), over the PBOC presets'
 * Chinese KYC, lifecycle and CNY. Not generic: the id `tiered-generic` is kept for existing
 * callers.
 */
export const TIERED_GENERIC: Preset = /* @__PURE__ */ deepFreeze({
  ...CN_PBOC_2018,
  id: 'tiered-generic',
  title: {
    en: 'A Chinese bank’s tiered accounts: basic, intermediate, advanced',
    'zh-CN': '银行账户分层分级：基础、中级、高级',
  },
  description: {
    en: 'A Chinese bank’s three-tier scheme from its internal policy (《账户分层分级管理办法》): limits, opening requirements, monitoring and re-evaluation by tier, all the bank’s own figures (layer bank, not regulation), with the Chinese KYC, lifecycle and CNY of the PBOC presets. Not a generic scheme; the id tiered-generic is historical. The policy carries no date: 2024-01-01 is a default, and a bank sets the day it adopts the policy.',
    'zh-CN':
      '某银行内部制度（《账户分层分级管理办法》）规定的三层级方案：按层级设定限额、开户要求、监控及重新评估，数字均为银行自定（层级为本行自定，非监管规定），客户身份识别、生命周期及人民币规则同人民银行预设。并非通用方案；标识 tiered-generic 为沿用。该制度未注明日期：2024-01-01 为默认值，银行应以其实际采用之日为准。',
  },
  jurisdiction: 'CN',
  effectiveFrom: '2024-01-01',
  effectiveFromSource: 'bank-practice',
  supersedes: [],
  classes: [TIER_BASIC, TIER_INTERMEDIATE, TIER_ADVANCED],
  kyc: {
    ...PBOC_KYC,
    foreignCurrency: {
      ...PBOC_KYC.foreignCurrency,
      requiresClass: 'intermediate',
      source: 'bank-practice',
      note: {
        en: '《银行个人账户培训》 requires a CNY Class I account before a foreign-currency account; the tiered scheme (《账户分层分级管理办法》) says nothing, so this preset asks for a CNY account of the intermediate tier (fuller identity, face recognition) first. A bank should set its own.',
        'zh-CN':
          '《银行个人账户培训》要求开立外币账户前须有人民币Ⅰ类户；分层方案（《账户分层分级管理办法》）未作规定，本预设要求先有中级层级的人民币账户（身份信息较完整、经人脸识别）。银行应自行设定。',
      },
    },
  },
  tiering: TIERING,
  monitoring: TIERED_MONITORING,
  discrepancies: [JUDICIAL_DISCREPANCY, DATE_392_DISCREPANCY],
});
