import type { Preset } from '../types/preset';
import type { ShippedPreset } from '../shippedClassIds';
import { PBOC_KYC } from './pbocKyc';
import { TIERED_MONITORING } from './monitoring';
import { TIER_ADVANCED, TIER_BASIC, TIER_INTERMEDIATE, TIERING } from './tieredClasses';
import { deepFreeze } from '../internal/deepFreeze';
import { DATE_392_DISCREPANCY, JUDICIAL_DISCREPANCY } from './discrepancies';
import { CN_PBOC_2018 } from './cnPboc2018';

/**
 * A Chinese bank's basic/intermediate/advanced tiering scheme (《账户分层分级管理办法》, the bank's
 * internal policy): its figures are the bank's own (layer `bank`), over the PBOC presets'
 * Chinese KYC, lifecycle and CNY. Not generic: the id `tiered-generic` is kept for existing
 * callers.
 */
// Its class ids are held equal to SHIPPED_CLASS_IDS['tiered-generic'] by shippedClassIds.test.ts.
export const TIERED_GENERIC = /* @__PURE__ */ deepFreeze<Preset>({
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
}) as ShippedPreset<'tiered-generic'>;
