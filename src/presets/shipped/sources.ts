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
    kind: 'pboc_notice',
    layer: 'regulatory',
    verified: false,
    inForce: '1997-12-01',
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
    kind: 'pboc_notice',
    layer: 'regulatory',
    verified: false,
    inForce: '2016-12-01',
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
      en: "One Class I account per person per bank; six-month inactivity rule; a digital certificate or e-signature for non-counter transfers above a daily cumulative 50,000 (except to one's own accounts at the bank); a large-transfer reminder above a daily cumulative 300,000 (companies: 1,000,000); delayed ATM crediting. Checked against secondary sources; the notice itself was not at hand.",
      'zh-CN':
        '同一人在同一银行只能开立一个Ⅰ类户；开户六个月无交易暂停非柜面业务；非柜面转账日累计超过5万元（向本人同行账户转账除外）须采用数字证书或电子签名；日累计超过30万元（单位100万元）须进行大额转账提醒；ATM转账延时到账。依据二手资料核对，未见原文。',
    },
    kind: 'pboc_notice',
    layer: 'regulatory',
    verified: false,
    inForce: '2016-12-01',
  },
  'pboc-2016-302': {
    ref: '银发〔2016〕302号',
    title: {
      en: 'PBOC Notice on Implementing the Classified Management of Personal Bank Accounts',
      'zh-CN': '中国人民银行关于落实个人银行账户分类管理制度的通知',
    },
    issuer: "People's Bank of China",
    issued: '2016-11-25',
    kind: 'pboc_notice',
    layer: 'regulatory',
    verified: false,
    inForce: '2016-12-01',
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
    kind: 'pboc_notice',
    layer: 'regulatory',
    verified: false,
    inForce: '2016-03-18',
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
    kind: 'pboc_notice',
    layer: 'regulatory',
    verified: false,
    inForce: '2018-01-12',
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
      en: "From 2019-04-01, persons identified as selling or renting accounts: non-counter business suspended for 5 years and no new accounts. (The 300,000-per-day large-transfer reminder is 261号's, not this notice's.)",
      'zh-CN':
        '自2019年4月1日起，经认定买卖、出租账户的单位和个人5年内暂停其银行账户非柜面业务，不得新开账户。（单日累计超过30万元的转账提醒出自261号文，而非本通知。）',
    },
    kind: 'pboc_notice',
    layer: 'regulatory',
    verified: false,
    inForce: '2019-04-01',
  },
  'cn-joint-punishment-2024': {
    ref: '电信网络诈骗及其关联违法犯罪联合惩戒办法 (2024)',
    title: {
      en: 'Measures for Joint Punishment of Telecom and Online Fraud and Related Crimes (2024)',
      'zh-CN': '电信网络诈骗及其关联违法犯罪联合惩戒办法（2024）',
    },
    issuer: 'Ministry of Public Security and others',
    issued: '2024-11-01',
    note: {
      en: 'From 2024-12-01: persons punished for telecom fraud or for selling or renting accounts have non-counter outflow (出金) and new business restricted for 2 or 3 years, at most 5 years in a row, while basic financial services are kept.',
      'zh-CN':
        '自2024年12月1日起：对电信网络诈骗及买卖、出租账户等惩戒对象限制非柜面出金及新增业务2年或3年，连续不超过5年，保留基本金融服务。',
    },
    kind: 'departmental_measures',
    layer: 'regulatory',
    verified: false,
    inForce: '2024-12-01',
  },
  'pboc-order-2016-3': {
    ref: '中国人民银行令〔2016〕第3号',
    title: {
      en: "Administrative Measures for Financial Institutions' Reporting of Large-Value and Suspicious Transactions (PBOC Order 2016 No. 3)",
      'zh-CN': '金融机构大额交易和可疑交易报告管理办法（中国人民银行令〔2016〕第3号）',
    },
    issuer: "People's Bank of China",
    issued: '2016-12-28',
    note: {
      en: "Art. 5: cash of 50,000 or more per day; a natural person's transfers of 500,000 or more per day domestic, 200,000 or more cross-border — reported to the China Anti-Money Laundering Monitoring and Analysis Center. A reporting duty, not a refusal. Checked against secondary sources.",
      'zh-CN':
        '第五条：当日单笔或者累计交易人民币5万元以上的现金交易；自然人客户银行账户当日单笔或者累计交易人民币50万元以上的境内款项划转、20万元以上的跨境款项划转，应当向中国反洗钱监测分析中心报告。属报告义务，不构成拒绝。依据二手资料核对。',
    },
    kind: 'pboc_order',
    layer: 'regulatory',
    verified: false,
    inForce: '2017-07-01',
  },
  'cn-anti-telecom-fraud-law': {
    ref: '《中华人民共和国反电信网络诈骗法》',
    title: {
      en: 'Anti-Telecom and Online Fraud Law of the PRC',
      'zh-CN': '中华人民共和国反电信网络诈骗法',
    },
    issuer: "Standing Committee of the National People's Congress",
    issued: '2022-09-02',
    note: {
      en: 'In force 2022-12-01. Art. 16: banks limit the number of accounts and may refuse abnormal openings; Art. 18: they monitor abnormal accounts and transactions; Art. 31: persons who sell, rent or lend accounts may have non-counter and new business restricted. Checked against secondary sources.',
      'zh-CN':
        '2022年12月1日起施行。第十六条：银行业金融机构对开户数量进行合理限制，可以拒绝异常开户；第十八条：对异常账户和可疑交易进行监测；第三十一条：对非法买卖、出租、出借账户的，可以采取限制非柜面业务、暂停新业务等措施。依据二手资料核对。',
    },
    kind: 'law',
    layer: 'regulatory',
    verified: false,
    inForce: '2022-12-01',
  },
  'cn-civil-procedure-freeze': {
    ref: '法释〔2015〕5号 第四百八十七条',
    title: {
      en: "Interpretation of the Supreme People's Court on the Application of the Civil Procedure Law of the PRC, Art. 487 (a court freezes deposits for at most one year per order)",
      'zh-CN':
        '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释（第四百八十七条：冻结银行存款的期限不得超过一年）',
    },
    issuer: "Supreme People's Court",
    note: {
      en: 'Art. 487 (2015 text; renumbered Art. 485 in the 2022 revision): a court freezes bank deposits for at most one year per order; the applicant may ask for a renewal before it lapses. 《银行个人账户培训》 states up to 2 years. Police freezes in criminal cases: 6 months, renewable. Article number checked against secondary sources only.',
      'zh-CN':
        '第四百八十七条（2015年文本；2022年修正后为第四百八十五条）：人民法院冻结被执行人的银行存款的期限不得超过一年，申请执行人可在期限届满前申请续行冻结。《银行个人账户培训》称不超过2年。公安机关刑事案件冻结6个月，可续冻。条文序号仅依据二手资料核对。',
    },
    kind: 'judicial_interpretation',
    layer: 'regulatory',
    verified: false,
    inForce: '2015-02-04',
  },
  'cn-savings-regulations': {
    ref: '《储蓄管理条例》第三十一条',
    title: {
      en: 'Savings Administration Regulations (State Council, 1992), Art. 31',
      'zh-CN': '储蓄管理条例（国务院，1992），第三十一条',
    },
    issuer: 'State Council',
    issued: '1992-12-11',
    note: {
      en: 'Art. 31: a loss may be reported verbally or by letter in special cases, but a written report must follow within 5 days.',
      'zh-CN':
        '第三十一条：特殊情况下可以口头或者函电形式申请挂失，但必须在五天内补办书面申请挂失手续。',
    },
    kind: 'administrative_regulation',
    layer: 'regulatory',
    verified: false,
    inForce: '1993-03-01',
  },
  'cn-aml-law': {
    ref: '反洗钱法',
    title: { en: 'Anti-Money Laundering Law of the PRC', 'zh-CN': '中华人民共和国反洗钱法' },
    issuer: "National People's Congress",
    note: {
      en: 'Customer identity records and transaction records are kept at least 5 years after the business relationship ends.',
      'zh-CN': '客户身份资料和交易记录在业务关系结束后至少保存5年。',
    },
    kind: 'law',
    layer: 'regulatory',
    verified: false,
    inForce: '2007-01-01',
  },
  'gb-11643-1999': {
    ref: 'GB 11643-1999',
    title: { en: 'Citizen identification number', 'zh-CN': '公民身份号码' },
    issuer: 'Standardization Administration of China',
    issued: '1999-07-01',
    kind: 'national_standard',
    layer: 'regulatory',
    verified: false,
    inForce: '1999-07-01',
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
    kind: 'national_standard',
    layer: 'regulatory',
    verified: false,
  },
  'csrc-suitability-2016': {
    ref: '证券期货投资者适当性管理办法',
    title: {
      en: 'CSRC Measures for the Suitability Management of Securities and Futures Investors',
      'zh-CN': '证券期货投资者适当性管理办法',
    },
    issuer: 'China Securities Regulatory Commission',
    issued: '2016-12-12',
    kind: 'departmental_measures',
    layer: 'regulatory',
    verified: false,
    inForce: '2017-07-01',
  },
  'account-management-duties': {
    ref: '《账户管理岗位职责》 (job description)',
    title: { en: 'Account-management job description', 'zh-CN': '账户管理岗位职责' },
    issuer: 'a job description of a bank or payment institution (published online)',
    kind: 'bank_job_description',
    layer: 'bank',
    verified: true,
  },
  'tiering-measures': {
    ref: '《账户分层分级管理办法》 (bank internal policy)',
    title: {
      en: 'Tiered account management measures (basic / intermediate / advanced)',
      'zh-CN': '账户分层分级管理办法',
    },
    issuer: "a financial institution's internal management measures (published online)",
    kind: 'bank_internal_policy',
    layer: 'bank',
    verified: true,
  },
  'bank-training-course': {
    ref: '《银行个人账户培训》 (bank training course)',
    title: {
      en: 'Bank training course on personal accounts (classes, opening, states, freezes, loss reports, closure, dormancy, KYC)',
      'zh-CN': '银行个人账户培训',
    },
    issuer: "a bank's training course for front-line staff (published online)",
    kind: 'bank_training_course',
    layer: 'bank',
    verified: true,
  },
  'ebanking-duties': {
    ref: '《电子银行部岗位职责》 (bank job description)',
    title: {
      en: 'E-banking department duties (segregation of duties)',
      'zh-CN': '电子银行部岗位职责',
    },
    issuer: "a bank's e-banking department duties (published online)",
    kind: 'bank_job_description',
    layer: 'bank',
    verified: true,
  },
  'wealth-manager-duties': {
    ref: '《理财客户经理岗位职责》 (bank suitability rules)',
    title: {
      en: 'Wealth-management account manager duties (investor suitability)',
      'zh-CN': '理财客户经理岗位职责（投资者适当性）',
    },
    issuer: "a bank's job description for wealth-management account managers (published online)",
    kind: 'bank_suitability_rules',
    layer: 'bank',
    verified: true,
  },
  'bank-practice': {
    ref: 'common bank practice, configurable',
    title: {
      en: 'Common bank practice (no regulatory number; a bank should set its own)',
      'zh-CN': '银行通行做法（无监管数字，银行应自行设定）',
    },
    issuer: 'account-policy default (a bank configures its own)',
    kind: 'practice',
    layer: 'practice',
    verified: true,
  },
} as const satisfies Record<string, SourceDocument>);

/** A key of {@link SOURCES}. */
export type SourceKey = keyof typeof SOURCES;
