import type { Discrepancy } from '../types/preset';

/* The known disagreements between sources that the PBOC-based presets state. */

export const CLASS_III_DISCREPANCY: Discrepancy = {
  text: {
    en: '《银行个人账户培训》 quotes Class III as "balance ≤ 2,000, ≤ 5,000/day, ≤ 100,000/year", which mixes the 2018 balance cap with the 2016 outflow limits. cn-pboc-2018 follows the 2018 notice (2,000 balance; 2,000/day; 50,000/year); cn-pboc-2016 ships the 2016 figures.',
    'zh-CN':
      '《银行个人账户培训》称Ⅲ类户“余额不超过2000元，日累计不超过5000元，年累计不超过10万元”，混合了2018年的余额上限与2016年的支出限额。cn-pboc-2018 采用2018年通知（余额2000元；日2000元；年5万元）；cn-pboc-2016 采用2016年数字。',
  },
  sources: ['bank-training-course', 'pboc-2018-16', 'pboc-2016-302'],
};

export const JUDICIAL_DISCREPANCY: Discrepancy = {
  text: {
    en: '《银行个人账户培训》 gives judicial freezes up to 2 years and risk freezes up to 72 hours; the presets follow the current rules (1 year per judicial freeze, renewable; emergency stop-payment 48 hours, at most twice).',
    'zh-CN':
      '《银行个人账户培训》称司法冻结不超过2年、风险冻结一般不超过72小时；本预设采用现行规定（司法冻结每次不超过1年可续冻；紧急止付48小时，最多两次）。',
  },
  sources: ['bank-training-course', 'cn-civil-procedure-freeze', 'pboc-2016-86'],
};

export const DATE_392_DISCREPANCY: Discrepancy = {
  text: {
    en: '《银行个人账户培训》 says the PBOC issued its notice on improving personal bank account services and strengthening account management (银发〔2015〕392号) in December 2016; the notice was issued on 2015-12-25. The classified-account rules the presets date to December 2016 are those of 302号 and 261号, in force 2016-12-01.',
    'zh-CN':
      '《银行个人账户培训》称人民银行于2016年12月发布《关于改进个人银行账户服务加强账户管理的通知》（银发〔2015〕392号）；该通知实际于2015年12月25日发布。本预设按2016年12月1日施行的302号、261号文确定分类账户规则的施行日期。',
  },
  sources: ['bank-training-course', 'pboc-2015-392', 'pboc-2016-302'],
};

export const CLASS_III_TRANSFER_DISCREPANCY: Discrepancy = {
  text: {
    en: '《银行个人账户培训》 says a Class III account "has no transfer function" (only small payments). The notices let Class III accounts transfer out to non-bound accounts within the outflow limits (日累计限额) and receive transfers in (入金) from non-bound accounts (非绑定账户) under conditions; the presets follow the notices.',
    'zh-CN':
      '《银行个人账户培训》称Ⅲ类户“不具备转账功能”（仅限小额消费缴费）。依据人民银行通知，Ⅲ类户可在日累计限额内向非绑定账户转出资金（出金），并在满足条件时接收非绑定账户转入（入金）；本预设依通知。',
  },
  sources: ['bank-training-course', 'pboc-2016-302', 'pboc-2018-16'],
};
