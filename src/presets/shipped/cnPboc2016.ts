import type { Preset } from '../types/preset';
import type { ShippedPreset } from '../shippedClassIds';
import { CLASS_I, CLASS_II_2016, CLASS_III_2016 } from './pbocClasses';
import { deepFreeze } from '../internal/deepFreeze';
import { CN_PBOC_2018 } from './cnPboc2018';

/** PBOC personal account classes, 2016 edition (superseded, for history and back-testing). */
// Its class ids are held equal to SHIPPED_CLASS_IDS['cn-pboc-2016'] by shippedClassIds.test.ts.
export const CN_PBOC_2016 = /* @__PURE__ */ deepFreeze<Preset>({
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
}) as ShippedPreset<'cn-pboc-2016'>;
