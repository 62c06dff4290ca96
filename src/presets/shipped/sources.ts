import type { SourceDocument } from '../types/common';
import { deepFreeze } from '../internal/deepFreeze';

/** Every source document the shipped presets cite, keyed as rule entries refer to them. */
export const SOURCES = /* @__PURE__ */ deepFreeze({
  'pboc-1997-393': {
    ref: '银发〔1997〕393号',
    title: { en: 'Payment and Settlement Measures', 'zh-CN': '支付结算办法' },
    issuer: "People's Bank of China",
    issued: '1997-09-19',
    note: {
      en: 'Art. 16: payment and settlement follow three principles, the last being that the bank does not advance funds (银行不垫款).',
      'zh-CN':
        '第十六条：办理支付结算须遵守恪守信用、履约付款，谁的钱进谁的账、由谁支配，银行不垫款的原则。',
    },
  },
  'pboc-2015-392': {
    ref: '银发〔2015〕392号',
    title: {
      en: 'PBOC Notice on Improving Personal Bank Account Services and Strengthening Account Management',
      'zh-CN': '中国人民银行关于改进个人银行账户服务 加强账户管理的通知',
    },
    issuer: "People's Bank of China",
    issued: '2015-12-25',
    note: {
      en: 'Introduced Class I/II/III personal accounts. Checked against secondary sources; the notice itself was not at hand.',
      'zh-CN': '确立Ⅰ、Ⅱ、Ⅲ类个人银行账户。依据多个二手资料核对，未见原文。',
    },
  },
  'pboc-2016-261': {
    ref: '银发〔2016〕261号',
    title: {
      en: 'PBOC Notice on Strengthening Payment Settlement Management to Prevent New Telecom and Online Fraud',
      'zh-CN': '中国人民银行关于加强支付结算管理 防范电信网络新型违法犯罪有关事项的通知',
    },
    issuer: "People's Bank of China",
    issued: '2016-09-30',
    note: {
      en: 'One Class I account per person per bank; six-month inactivity rule; certificate for non-counter transfers above 50,000 per day; delayed ATM crediting.',
      'zh-CN':
        '同一人在同一银行只能开立一个Ⅰ类户；开户六个月无交易暂停非柜面业务；非柜面转账日累计超过5万元须数字证书或电子签名；ATM转账延时到账。',
    },
  },
  'pboc-2016-302': {
    ref: '银发〔2016〕302号',
    title: {
      en: 'PBOC Notice on Implementing the Classified Management of Personal Bank Accounts',
      'zh-CN': '中国人民银行关于落实个人银行账户分类管理制度的通知',
    },
    issuer: "People's Bank of China",
    issued: '2016-11-25',
  },
  'pboc-2016-86': {
    ref: '银发〔2016〕86号',
    title: {
      en: 'Emergency stop-payment of funds in telecom fraud cases',
      'zh-CN': '电信网络新型违法犯罪案件涉案资金紧急止付',
    },
    issuer: "People's Bank of China and Ministry of Public Security",
    issued: '2016',
    note: {
      en: 'Emergency stop-payment: 48 hours, at most twice.',
      'zh-CN': '紧急止付期限为48小时，最多两次。',
    },
  },
  'pboc-2018-16': {
    ref: '银发〔2018〕16号',
    title: {
      en: 'PBOC Notice on Improving the Classified Management of Personal Bank Accounts',
      'zh-CN': '中国人民银行关于改进个人银行账户分类管理有关事项的通知',
    },
    issuer: "People's Bank of China",
    issued: '2018-01-12',
    note: {
      en: 'Class II face-to-face exemptions; Class III balance cap 2,000 and outflow 2,000/day, 50,000/year. Checked against secondary sources.',
      'zh-CN':
        'Ⅱ类户经面对面确认身份可办理现金及非绑定账户转入；Ⅲ类户余额不超过2000元，消费和缴费支付、非绑定账户转出日累计2000元、年累计5万元。依据二手资料核对。',
    },
  },
  'pboc-2019-85': {
    ref: '银发〔2019〕85号',
    title: {
      en: 'PBOC Notice on Further Strengthening Payment Settlement Management to Prevent Telecom and Online Fraud',
      'zh-CN': '中国人民银行关于进一步加强支付结算管理 防范电信网络新型违法犯罪有关事项的通知',
    },
    issuer: "People's Bank of China",
    issued: '2019-03-22',
    note: {
      en: 'Large-transfer reminder above 300,000 per day; account sellers: non-counter business suspended for 5 years, no new accounts.',
      'zh-CN':
        '单日累计超过30万元的转账提示；买卖、出租账户的单位和个人5年内暂停非柜面业务、不得新开户。',
    },
  },
  'cn-joint-punishment-2024': {
    ref: '电信网络诈骗及其关联违法犯罪联合惩戒办法 (2024)',
    title: {
      en: 'Measures for Joint Punishment of Telecom and Online Fraud and Related Crimes (2024)',
      'zh-CN': '电信网络诈骗及其关联违法犯罪联合惩戒办法（2024）',
    },
    issuer: 'Ministry of Public Security and others',
    issued: '2024',
    note: {
      en: 'Non-counter outflow restricted for 2–3 years.',
      'zh-CN': '限制非柜面出金业务2至3年。',
    },
  },
  'cn-civil-procedure-freeze': {
    ref: 'Civil procedure rules on deposit freezes',
    title: {
      en: 'Civil procedure rules on freezing bank deposits (one year per freeze, renewable)',
      'zh-CN': '民事诉讼冻结存款规定（每次冻结不超过一年，可续冻）',
    },
    issuer: "Supreme People's Court",
    note: {
      en: '《银行个人账户培训》 states up to 2 years; current rule: at most 1 year per freeze, renewable. Police freezes in criminal cases: 6 months, renewable.',
      'zh-CN':
        '《银行个人账户培训》称不超过2年；现行规定每次不超过1年，可续冻；公安机关刑事案件冻结6个月，可续冻。',
    },
  },
  'cn-savings-regulations': {
    ref: '储蓄管理条例 (1992)',
    title: { en: 'Savings Management Regulations (1992)', 'zh-CN': '储蓄管理条例（1992）' },
    issuer: 'State Council',
    issued: '1992-12-11',
    note: {
      en: 'A verbal loss report must be followed by a written one within 5 days.',
      'zh-CN': '口头挂失后须在5天内补办书面挂失。',
    },
  },
  'cn-aml-law': {
    ref: '反洗钱法',
    title: { en: 'Anti-Money Laundering Law of the PRC', 'zh-CN': '中华人民共和国反洗钱法' },
    issuer: "National People's Congress",
    note: {
      en: 'Customer identity records and transaction records are kept at least 5 years after the business relationship ends.',
      'zh-CN': '客户身份资料和交易记录在业务关系结束后至少保存5年。',
    },
  },
  'gb-11643-1999': {
    ref: 'GB 11643-1999',
    title: { en: 'Citizen identification number', 'zh-CN': '公民身份号码' },
    issuer: 'Standardization Administration of China',
    issued: '1999-07-01',
  },
  'gb-t-2260': {
    ref: 'GB/T 2260',
    title: {
      en: 'Codes for the administrative divisions of the PRC',
      'zh-CN': '中华人民共和国行政区划代码',
    },
    issuer: 'Standardization Administration of China',
    note: {
      en: 'Resident identity card numbers begin with the six-digit division code of first registration; the library checks the province-level first two digits.',
      'zh-CN': '居民身份证号码前六位为首次登记地的行政区划代码；本库校验前两位省级代码。',
    },
  },
  'csrc-suitability-2016': {
    ref: '证券期货投资者适当性管理办法',
    title: {
      en: 'CSRC Measures for the Suitability Management of Securities and Futures Investors',
      'zh-CN': '证券期货投资者适当性管理办法',
    },
    issuer: 'China Securities Regulatory Commission',
    issued: '2016-12-12',
  },
  'account-management-duties': {
    ref: '《账户管理岗位职责》',
    title: { en: 'Account-management job description', 'zh-CN': '账户管理岗位职责' },
    issuer: 'a job description of a bank or payment institution (published online)',
  },
  'tiering-measures': {
    ref: '《账户分层分级管理办法》',
    title: {
      en: 'Tiered account management measures (basic / intermediate / advanced)',
      'zh-CN': '账户分层分级管理办法',
    },
    issuer: "a financial institution's internal management measures (published online)",
  },
  'bank-training-course': {
    ref: '《银行个人账户培训》',
    title: {
      en: 'Bank training course on personal accounts (classes, opening, states, freezes, loss reports, closure, dormancy, KYC)',
      'zh-CN': '银行个人账户培训',
    },
    issuer: "a bank's training course for front-line staff (published online)",
  },
  'ebanking-duties': {
    ref: '《电子银行部岗位职责》',
    title: {
      en: 'E-banking department duties (segregation of duties)',
      'zh-CN': '电子银行部岗位职责',
    },
    issuer: "a bank's e-banking department duties (published online)",
  },
  'wealth-manager-duties': {
    ref: '《理财客户经理岗位职责》',
    title: {
      en: 'Wealth-management account manager duties (investor suitability)',
      'zh-CN': '理财客户经理岗位职责（投资者适当性）',
    },
    issuer: "a bank's job description for wealth-management account managers (published online)",
  },
  'bank-practice': {
    ref: 'bank practice',
    title: {
      en: 'Common bank practice (no regulatory number; a bank should set its own)',
      'zh-CN': '银行通行做法（无监管数字，银行应自行设定）',
    },
    issuer: 'account-policy default',
  },
} as const satisfies Record<string, SourceDocument>);

/** A key of {@link SOURCES}. */
export type SourceKey = keyof typeof SOURCES;
