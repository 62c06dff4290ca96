import type { TransactionMatcher } from '../types/classes';
import type {
  FanRule,
  LargeTransactionRule,
  MonitoringRules,
  NightActivityRule,
  RapidInOutRule,
  StructuringRule,
} from '../types/monitoring';

/** Money coming in from someone else: cash deposits, transfers in from non-bound accounts. */
const MONEY_IN: readonly TransactionMatcher[] = [
  { kinds: ['deposit_cash'] },
  { kinds: ['transfer_in'], counterparties: ['own', 'other'] },
];

/** Money going out to someone else: cash withdrawals, payments, transfers to non-bound accounts. */
const MONEY_OUT: readonly TransactionMatcher[] = [
  { kinds: ['withdraw_cash', 'payment'] },
  { kinds: ['transfer_out'], counterparties: ['own', 'other'] },
];

/** Transactions the customer initiates that move money (not interest, fees or the bank's loans). */
const CUSTOMER_INITIATED: readonly TransactionMatcher[] = [
  {
    kinds: [
      'deposit_cash',
      'withdraw_cash',
      'transfer_in',
      'transfer_out',
      'payment',
      'wealth_purchase',
      'wealth_redemption',
    ],
  },
];

const RAPID_IN_OUT: RapidInOutRule = {
  severity: 'high',
  window: { hours: 24 },
  inflow: MONEY_IN,
  outflow: MONEY_OUT,
  minInflow: { amount: '5000.00', currency: 'CNY' },
  maxRetainedRatio: '0.10',
  source: 'bank-practice',
  note: {
    en: '《银行个人账户培训》 (a bank training course): many transfers in and out within 24 hours, money staying minutes, a low balance left. The 24-hour window follows the course; it gives no amounts, so "leaving little" is read as at most 10% of what came in staying, and inflows under 5,000 in the window are not looked at — defaults a bank should set. Transfers with the bound account are the customer\'s own money and are left out.',
    'zh-CN':
      '《银行个人账户培训》：24小时内多笔转入转出，资金停留仅数分钟，账户余额保持低水平。24小时窗口依据该培训资料；该资料未给出金额，“不留存资金”按留存不超过转入金额的10%理解，窗口内转入合计不足5000元的不予关注——均为默认值，银行应自行设定。与绑定账户之间的转账属客户本人资金，不计入。',
  },
};

const FAN_IN: FanRule = {
  severity: 'medium',
  window: { hours: 24 },
  matchers: [{ kinds: ['transfer_in', 'deposit_cash'], counterparties: ['other'] }],
  minCounterparties: 5,
  source: 'bank-practice',
  note: {
    en: '《银行个人账户培训》: many sources into one account ("分散转入、集中转出"). The course gives no count; 5 distinct counterparties (by counterpartyId) within 24 hours is a default a bank should set. Transactions without a counterpartyId are not counted.',
    'zh-CN':
      '《银行个人账户培训》：多头转入、分散转入集中转出。该资料未给出笔数；24小时内5个不同交易对手（按交易对手标识 `counterpartyId`）为默认值，银行应自行设定。未提供交易对手标识的交易不计。',
  },
};

const FAN_OUT: FanRule = {
  severity: 'medium',
  window: { hours: 24 },
  matchers: [{ kinds: ['transfer_out', 'withdraw_cash'], counterparties: ['other'] }],
  minCounterparties: 5,
  source: 'bank-practice',
  note: {
    en: '《银行个人账户培训》: one source out to many accounts (the reverse of fan-in). 5 distinct counterparties (by counterpartyId) within 24 hours is a default a bank should set. Payments to merchants are left out (everyday shopping reaches many payees); transactions without a counterpartyId are not counted.',
    'zh-CN':
      '《银行个人账户培训》：集中转入、分散转出（多头转入的反向操作）。24小时内5个不同交易对手（按交易对手标识 `counterpartyId`）为默认值，银行应自行设定。向商户的消费支付不计（日常消费对象众多）；未提供交易对手标识的交易不计。',
  },
};

const STRUCTURING: StructuringRule = {
  severity: 'medium',
  margin: '0.10',
  minOccurrences: 3,
  window: { days: 7 },
  watch: [
    { kind: 'class_limits', limitTypes: ['window_amount', 'per_transaction'] },
    {
      kind: 'non_counter_transfer',
      threshold: 'certificateRequiredAbove',
      matchers: [{ kinds: ['transfer_out'], counterparties: ['bound', 'other'] }],
    },
    {
      kind: 'non_counter_transfer',
      threshold: 'largeTransferReminderAbove',
      matchers: [{ kinds: ['transfer_out'], counterparties: ['bound', 'other'] }],
    },
  ],
  source: 'bank-practice',
  note: {
    en: "《银行个人账户培训》: amounts close to a system limit, or one amount split into many small ones. The course gives no figures: within 10% under a limit (the class's amount limits, in the direction the class counts) or under a non-counter transfer threshold (261号: certificate and reminder), 3 times within 7 days, are defaults a bank should set. An alert describes the amounts seen; it never suggests how to split a payment.",
    'zh-CN':
      '《银行个人账户培训》：金额接近系统限额或拆分成多笔小额。该资料未给出数字：在限额（本类账户的金额限额，按其计入方向）或非柜面转账阈值（261号文：数字证书、大额转账提醒）以下10%以内，7天内3次，为默认值，银行应自行设定。预警只描述所见金额，从不建议如何拆分付款。',
  },
};

const NIGHT_ACTIVITY: NightActivityRule = {
  severity: 'low',
  from: '00:00',
  to: '05:00',
  minTransactions: 3,
  matchers: CUSTOMER_INITIATED,
  source: 'bank-practice',
  note: {
    en: '《银行个人账户培训》: frequent transactions late at night and in the early morning ("深夜凌晨"). 00:00–05:00 local time in the preset\'s zone and 3 transactions in one night are defaults a bank should set.',
    'zh-CN':
      '《银行个人账户培训》：深夜凌晨频繁交易。按本预设时区的当地时间00:00至05:00、一夜3笔为默认值，银行应自行设定。',
  },
};

const LARGE_VALUE_REPORTING = {
  cashPerDay: { amount: '50000.00', currency: 'CNY' },
  domesticTransferPerDay: { amount: '500000.00', currency: 'CNY' },
  crossBorderTransferPerDay: { amount: '200000.00', currency: 'CNY' },
  source: 'pboc-order-2016-3',
  note: {
    en: "Reporting duties, not refusals: cash in and out of 50,000 or more in a day; a natural person's transfers of 500,000 or more domestic, 200,000 or more cross-border. The check attaches them under `requires`. Cross-border transfers are not evaluated: a transaction carries no cross-border flag.",
    'zh-CN':
      '报告义务，不构成拒绝：当日现金收支5万元以上（含）；自然人当日境内款项划转50万元以上（含）、跨境款项划转20万元以上（含）。检查结果在 `requires` 中列出。跨境划转不作判断：交易数据不含跨境标识。',
  },
} as const;

const BASE = {
  largeValueReporting: LARGE_VALUE_REPORTING,
  rapidInOut: RAPID_IN_OUT,
  fanIn: FAN_IN,
  fanOut: FAN_OUT,
  structuring: STRUCTURING,
  nightActivity: NIGHT_ACTIVITY,
  dormantAccountActivity: {
    severity: 'medium',
    source: 'bank-training-course',
    note: {
      en: '《银行个人账户培训》 (a bank training course): a dormant account is a monitoring focus and a transaction on it raises an alert ("一旦发生交易会触发预警"). Dormancy follows the lifecycle rules (no active transaction for the inactivity period).',
      'zh-CN':
        '《银行个人账户培训》：休眠账户是风险监测重点，一旦发生交易即触发预警。休眠按生命周期规则认定（在不活动期间内无主动交易）。',
    },
    bankPostings: {
      onDormantAccount: 'ignore',
      source: 'bank-training-course',
      note: {
        en: '《银行个人账户培训》 defines dormancy by customer activity: "主动交易" is a deposit, withdrawal or transfer the customer initiates, "不包括银行自动结息、收费等被动交易". Read with that definition, the "transaction" that raises the alert is an active one: interest credits and fees the bank posts on a dormant account neither end dormancy nor raise the alert (an alert counts those of its episode as ignored). A bank that wants every posting flagged sets "alert".',
        'zh-CN':
          '《银行个人账户培训》按客户主动交易认定休眠：“主动交易”指客户主动发起的存款、取款、转账等交易，“不包括银行自动结息、收费等被动交易”。据此，触发预警的“交易”指主动交易：银行对休眠账户的结息、扣费既不结束休眠，也不触发预警（预警证据中列明所忽略的笔数）。银行如要求对每笔记账都预警，可设为“alert”。',
      },
    },
  },
} as const satisfies Omit<MonitoringRules, 'largeTransaction'>;

const PBOC_LARGE: LargeTransactionRule = {
  severity: 'medium',
  matchers: CUSTOMER_INITIATED,
  thresholds: (['I', 'II', 'III'] as const).map((id) => ({
    class: id,
    above: { amount: '50000.00', currency: 'CNY' },
    source: 'bank-practice',
    note: {
      en: "A review alert for manual checking, a bank's choice: 50,000 follows the daily cumulative level above which non-counter transfers need a digital certificate (261号). It is not the large-value reporting duty of PBOC Order 2016 No. 3 (cash 50,000 or more a day; personal transfers 500,000 domestic, 200,000 cross-border), which the check attaches under `requires`.",
      'zh-CN':
        '供人工审核的预警，由银行自行设定：50000元参照非柜面转账须数字证书的日累计金额（261号）。此项并非人民银行令〔2016〕第3号规定的大额交易报告义务（当日现金5万元以上；自然人境内划转50万元、跨境划转20万元以上），后者列于检查结果的 `requires`。',
    },
  })),
  source: 'bank-practice',
  note: {
    en: "A single amount strictly above the class threshold raises an alert for manual review; interest, fees and the bank's own loans are not looked at.",
    'zh-CN':
      '单笔金额超过（不含等于）本类账户阈值即触发预警、人工审核；利息、费用及本行贷款不在此列。',
  },
};

const TIERED_LARGE: LargeTransactionRule = {
  severity: 'medium',
  matchers: CUSTOMER_INITIATED,
  thresholds: [
    {
      class: 'basic',
      above: 'tiering.reviewThreshold',
      source: 'bank-practice',
      note: {
        en: '《账户分层分级管理办法》 (a bank’s internal policy) sets the review threshold for the intermediate tier only; the basic tier, more restricted, uses the same threshold here.',
        'zh-CN':
          '《账户分层分级管理办法》仅对中级层级规定审核金额；基础层级限制更严，本预设沿用同一金额。',
      },
    },
    { class: 'intermediate', above: 'tiering.reviewThreshold', source: 'tiering-measures' },
    {
      class: 'advanced',
      above: null,
      source: 'tiering-measures',
      note: {
        en: '《账户分层分级管理办法》: the advanced tier is monitored in full in real time and major transactions are assessed beforehand; there is no fixed threshold.',
        'zh-CN': '《账户分层分级管理办法》：高级层级全面实时监控，重大交易事前评估，无固定金额。',
      },
    },
  ],
  source: 'tiering-measures',
  note: {
    en: '《账户分层分级管理办法》: a single transaction above 30,000 on the intermediate tier raises an alert and a manual review (tiering.reviewThreshold).',
    'zh-CN':
      '《账户分层分级管理办法》：中级层级单笔交易超过3万元触发预警并人工审核（tiering.reviewThreshold）。',
  },
};

/** Monitoring red flags of the PBOC presets (《银行个人账户培训》; the numbers are bank practice). */
export const PBOC_MONITORING: MonitoringRules = { ...BASE, largeTransaction: PBOC_LARGE };

/** Monitoring red flags of the tiered scheme (《账户分层分级管理办法》 and 《银行个人账户培训》). */
export const TIERED_MONITORING: MonitoringRules = { ...BASE, largeTransaction: TIERED_LARGE };
