import type { LifecycleRules } from '../types/lifecycle';

/** Lifecycle rules of the PBOC presets (《银行个人账户培训》, with current law where it differs). */
export const PBOC_LIFECYCLE: LifecycleRules = {
  counterChannels: ['counter', 'kiosk_assisted'],
  freezes: {
    judicial: {
      kind: 'judicial',
      title: { en: 'Judicial freeze', 'zh-CN': '司法冻结' },
      maxDuration: { years: 1 },
      maxRenewals: null,
      scopes: ['all', 'amount'],
      liftedBy: ['authority'],
      requiresAuthorityNotice: true,
      liftChannels: null,
      notifyCustomer: true,
      layer: 'regulatory',
      source: 'cn-civil-procedure-freeze',
      note: {
        en: '《银行个人账户培训》 says up to 2 years; the preset follows the current rule of 1 year per freeze, renewable. Lifted only by a notice from the authority.',
        'zh-CN':
          '《银行个人账户培训》称不超过2年；本预设采用现行规定：每次不超过1年，可续冻。仅凭有权机关通知解除。',
      },
    },
    risk: {
      kind: 'risk',
      title: { en: 'Risk freeze (emergency stop-payment)', 'zh-CN': '风险冻结（紧急止付）' },
      maxDuration: { hours: 48 },
      maxRenewals: 1,
      scopes: ['all', 'debit', 'credit', 'amount'],
      liftedBy: ['risk_team'],
      requiresAuthorityNotice: false,
      liftChannels: null,
      notifyCustomer: true,
      source: 'pboc-2016-86',
      layer: 'bank',
      note: {
        en: "《银行个人账户培训》 says generally up to 72 hours; the preset follows the PBOC emergency stop-payment: 48 hours, at most twice. Kept for freezes already placed: it lets the risk team lift what may be a police stop-payment, so new freezes use stop_payment (ordered by public security organs, lifted only on their notice) or risk_hold (the bank's own hold, at most 72 hours).",
        'zh-CN':
          '《银行个人账户培训》称一般不超过72小时；本预设采用紧急止付规定：48小时，最多两次。仅为已有冻结保留：它允许风险管理部门解除可能是公安机关作出的止付，新冻结请用紧急止付（公安机关作出，凭其通知解除）或银行风险管控冻结（银行自身风险管控，不超过72小时）。',
      },
    },
    stop_payment: {
      kind: 'stop_payment',
      title: {
        en: 'Emergency stop-payment (ordered by the police)',
        'zh-CN': '紧急止付（公安机关）',
      },
      maxDuration: { hours: 48 },
      maxRenewals: 1,
      scopes: ['all', 'debit', 'amount'],
      liftedBy: ['authority'],
      requiresAuthorityNotice: true,
      liftChannels: null,
      notifyCustomer: true,
      issuers: ['public_security'],
      layer: 'regulatory',
      source: 'pboc-2016-86',
      note: {
        en: "Ordered by a public security organ in a telecom-fraud case: 48 hours, which it may extend once by another 48 hours before expiry; lapses by itself at the end, and is lifted earlier only on the authority's notice, never by the bank alone.",
        'zh-CN':
          '公安机关在电信网络诈骗案件中作出：止付48小时，期满前可延长一次，延长不超过48小时；期满未延长即自动解除，提前解除须凭公安机关通知，银行不得自行解除。',
      },
    },
    risk_hold: {
      kind: 'risk_hold',
      title: { en: 'Bank risk hold', 'zh-CN': '银行风险管控冻结' },
      maxDuration: { hours: 72 },
      maxRenewals: 0,
      scopes: ['all', 'debit', 'credit', 'amount'],
      liftedBy: ['risk_team'],
      requiresAuthorityNotice: false,
      liftChannels: null,
      notifyCustomer: true,
      issuers: null,
      layer: 'bank',
      source: 'bank-training-course',
      note: {
        en: "The bank's own short hold on suspected risk (《银行个人账户培训》, a bank's training course): generally at most 72 hours, not renewed; the bank's risk team lifts it.",
        'zh-CN':
          '银行对可疑风险的自主短期冻结（《银行个人账户培训》）：一般不超过72小时，不续冻；由银行风险管理部门解除。',
      },
    },
    voluntary: {
      kind: 'voluntary',
      title: { en: 'Voluntary freeze', 'zh-CN': '客户自主冻结' },
      maxDuration: null,
      maxRenewals: null,
      scopes: ['all', 'debit', 'credit', 'amount'],
      liftedBy: ['customer_in_person'],
      requiresAuthorityNotice: false,
      liftChannels: ['counter', 'kiosk_assisted'],
      notifyCustomer: true,
      layer: 'bank',
      source: 'bank-training-course',
    },
    compliance: {
      kind: 'compliance',
      title: { en: 'Compliance freeze (AML, sanctions)', 'zh-CN': '合规冻结（反洗钱、制裁）' },
      maxDuration: null,
      maxRenewals: null,
      scopes: ['all'],
      liftedBy: ['compliance_team'],
      requiresAuthorityNotice: false,
      liftChannels: null,
      notifyCustomer: false,
      layer: 'bank',
      source: 'bank-training-course',
    },
    system: {
      kind: 'system',
      title: {
        en: 'System freeze (passwords, identity doubts)',
        'zh-CN': '系统冻结（密码错误、身份存疑）',
      },
      maxDuration: { hours: 24 },
      maxRenewals: 0,
      scopes: ['all', 'debit'],
      liftedBy: ['system', 'customer_reverification'],
      requiresAuthorityNotice: false,
      liftChannels: null,
      notifyCustomer: true,
      layer: 'bank',
      source: 'bank-training-course',
    },
  },
  statuses: {
    source: 'bank-training-course',
    note: {
      en: 'Statuses follow the training course: an account is opened (pending until activated), in normal use, dormant after a year without customer activity, or closed, which is final. Freezes, loss reports and restrictions stand beside the status.',
      'zh-CN':
        '账户状态依培训课程：开立（激活前为待激活）、正常、一年无客户主动交易转为久悬、销户（不可恢复）。冻结、挂失和限制措施与状态并存。',
    },
  },
  postings: {
    source: 'pboc-1997-393',
    note: {
      en: 'The bank does not advance funds (Payment and Settlement Measures, Art. 16): a debit may not take the balance below zero, nor below an amount frozen on the account.',
      'zh-CN':
        '银行不垫款（《支付结算办法》第十六条）：借记不得使余额为负，也不得低于账户上被冻结的金额。',
    },
  },
  lossReport: {
    validity: { days: 15 },
    reportChannels: ['counter', 'phone', 'online', 'mobile'],
    unreportChannels: ['counter'],
    writtenReportWithin: { days: 5 },
    writtenReportChannels: ['counter'],
    writtenReportSource: 'cn-savings-regulations',
    replacementChannels: ['counter'],
    source: 'bank-training-course',
    note: {
      en: 'The 15-day validity is a bank rule (《银行个人账户培训》), not PBOC; the Savings Administration Regulations (《储蓄管理条例》, Art. 31) require a written report within 5 days of a verbal one. Unreporting only at the counter, in person, with ID.',
      'zh-CN':
        '15天有效期为银行规定（《银行个人账户培训》），非人民银行规定；《储蓄管理条例》要求口头挂失后5天内补办书面挂失。解挂仅限本人持证到柜面办理。',
    },
  },
  dormancy: {
    inactivityPeriod: { years: 1 },
    activeKinds: [
      'deposit_cash',
      'withdraw_cash',
      'transfer_in',
      'transfer_out',
      'payment',
      'wealth_purchase',
      'wealth_redemption',
      'loan_repayment',
    ],
    reactivationChannels: ['counter', 'atm', 'online', 'mobile'],
    source: 'bank-training-course',
    note: {
      en: 'Active transactions are initiated by the customer; interest credits and fees do not count. Reactivation needs identity verification plus a transaction.',
      'zh-CN': '主动交易指客户发起的交易；利息入账和扣费不计。激活须核实身份并发生一笔交易。',
    },
  },
  newAccountInactivity: {
    period: { months: 6 },
    reverificationChannels: ['counter', 'kiosk_assisted'],
    source: 'pboc-2016-261',
    note: {
      en: 'No transaction within 6 months of opening: non-counter business is suspended until identity is re-verified.',
      'zh-CN': '开户之日起6个月内无交易的，暂停非柜面业务，待重新核实身份后恢复。',
    },
  },
  closure: {
    requireZeroBalance: true,
    recordRetention: { years: 5 },
    channels: ['counter'],
    source: 'bank-training-course',
    note: {
      en: 'Closure is immediate and final; the number is never reused. Records kept at least 5 years (also the AML law).',
      'zh-CN': '销户即时生效且不可恢复，账号不再使用。资料至少保存5年（亦见反洗钱法）。',
    },
  },
  restrictions: {
    accountSellingDuration: { years: 5 },
    source: 'pboc-2019-85',
    restatedBy: ['cn-anti-telecom-fraud-law'],
    accountSellingPeriods: [
      {
        duration: { years: 5 },
        allowedDurations: [{ years: 5 }],
        maxConsecutive: null,
        basicServicesKept: false,
        source: 'pboc-2019-85',
        effectiveUntil: '2024-12-01',
        note: {
          en: '85号, from 2019-04-01: non-counter business suspended for 5 years and no new accounts. The Anti-Telecom-Fraud Law (Art. 31, from 2022-12-01) confirms the measures without fixing a length.',
          'zh-CN':
            '85号文自2019年4月1日起：5年内暂停非柜面业务、不得新开户。《反电信网络诈骗法》第三十一条（2022年12月1日起施行）确认此类措施，未规定期限。',
        },
      },
      {
        duration: { years: 2 },
        allowedDurations: [{ years: 2 }, { years: 3 }],
        maxConsecutive: { years: 5 },
        basicServicesKept: true,
        source: 'cn-joint-punishment-2024',
        note: {
          en: 'The 2024 Measures, from 2024-12-01: non-counter outflow (出金) and new business restricted for 2 years, or 3 years (pass `until`), at most 5 years in a row; basic financial services are kept.',
          'zh-CN':
            '2024年联合惩戒办法自2024年12月1日起：限制非柜面出金及新增业务2年，或3年（以 `until` 给出），连续不超过5年；保留基本金融服务。',
        },
      },
    ],
    note: {
      en: 'A restriction placed on a day takes the length of the regime in force that day: 5 years under 85号 (2019-04-01 to 2024-11-30), 2 years by default under the 2024 Measures (3 for serious cases). Before 2019-04-01 the 5 years of 85号 are used as the default, as no shipped rule sets another.',
      'zh-CN':
        '限制期限按限制开始当日施行的规定确定：85号文（2019年4月1日至2024年11月30日）为5年；2024年联合惩戒办法默认2年（情节严重的3年）。2019年4月1日前无其他规定，沿用85号文的5年作为默认值。',
    },
  },
  informationChange: {
    keyFields: ['name', 'id_number'],
    keyFieldChannels: ['counter'],
    nonKeyFields: ['phone', 'address', 'occupation'],
    nonKeyFieldChannels: ['counter', 'online', 'mobile'],
    segregationOfDuties: true,
    source: 'bank-training-course',
    note: {
      en: 'Every change records what, when, who entered and who approved; entry and approval are separate roles (《电子银行部岗位职责》).',
      'zh-CN':
        '每次变更记录内容、时间、录入人和审批人；录入与审批不得由同一人担任（《电子银行部岗位职责》）。',
    },
  },
};
