import type { Preset } from '../types/preset';
import type { ShippedPreset } from '../shippedClassIds';
import { CLASS_I, CLASS_II, CLASS_III_2018 } from './pbocClasses';
import { CN_SUITABILITY, PBOC_KYC } from './pbocKyc';
import { PBOC_LIFECYCLE } from './pbocLifecycle';
import { PBOC_MONITORING } from './monitoring';
import { SOURCES } from './sources';
import { deepFreeze } from '../internal/deepFreeze';
import {
  CLASS_III_DISCREPANCY,
  CLASS_III_TRANSFER_DISCREPANCY,
  DATE_392_DISCREPANCY,
  JUDICIAL_DISCREPANCY,
} from './discrepancies';

/** PBOC personal account classes, 2018 edition (default). */
// Its class ids are held equal to SHIPPED_CLASS_IDS['cn-pboc-2018'] by shippedClassIds.test.ts.
export const CN_PBOC_2018 = /* @__PURE__ */ deepFreeze<Preset>({
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
}) as ShippedPreset<'cn-pboc-2018'>;
