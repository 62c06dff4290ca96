import type {
  AccountClassRules,
  KindPermission,
  LimitRule,
  TransactionMatcher,
} from '../types/classes';
import { TRANSACTION_KINDS } from '../types/common';

const NON_BOUND = ['own', 'other'] as const;

/** Outflows counted for Class I and II: cash withdrawals, payments, transfers to non-bound accounts. */
const OUTFLOW_I_II: readonly TransactionMatcher[] = [
  { kinds: ['withdraw_cash', 'payment'] },
  { kinds: ['transfer_out'], counterparties: NON_BOUND },
];

/** Inflows counted for Class I and II: cash deposits and transfers in from non-bound accounts. */
const INFLOW_I_II: readonly TransactionMatcher[] = [
  { kinds: ['deposit_cash'] },
  { kinds: ['transfer_in'], counterparties: NON_BOUND },
];

const ALL_KINDS_ALLOWED: KindPermission = {
  kinds: TRANSACTION_KINDS,
  allowed: true,
  source: 'pboc-2015-392',
};

/** Class I: full-function account opened face to face. Same in the 2016 and 2018 editions. */
export const CLASS_I: AccountClassRules = {
  id: 'I',
  title: { en: 'Class I account', 'zh-CN': 'Ⅰ类户' },
  rank: 3,
  summary: {
    en: 'Full-function account opened face to face: cash, transfers, payments, wealth products, physical card; no regulatory amount limits.',
    'zh-CN':
      '全功能账户，须面对面开立：可存取现金、转账、消费缴费、购买投资理财产品，可配发实体卡；无监管限额。',
  },
  source: 'pboc-2015-392',
  opening: {
    channels: ['counter', 'kiosk_assisted'],
    faceToFaceRequired: true,
    minVerifications: 1,
    requiredVerifications: ['face_to_face'],
    maxPerPersonPerBank: 1,
    requirements: [],
    source: 'pboc-2016-261',
  },
  permissions: [ALL_KINDS_ALLOWED],
  counting: {
    inflow: INFLOW_I_II,
    outflow: OUTFLOW_I_II,
    reversalsRestoreHeadroom: true,
    source: 'pboc-2015-392',
  },
  limits: [],
  capabilities: { physicalCard: 'yes', cash: 'yes', nonBoundInflow: 'yes' },
};

/** Class II's four limits (302号: 10,000 a day and 200,000 a year, in and out). */
function classIILimits(cite: Pick<AccountClassRules, 'source' | 'restatedBy'>): LimitRule[] {
  return [
    {
      id: 'dailyInflow',
      type: 'window_amount',
      direction: 'inflow',
      window: { kind: 'calendar', unit: 'day' },
      limit: { amount: '10000.00', currency: 'CNY' },
      layer: 'regulatory',
      ...cite,
    },
    {
      id: 'annualInflow',
      type: 'window_amount',
      direction: 'inflow',
      window: { kind: 'calendar', unit: 'year' },
      limit: { amount: '200000.00', currency: 'CNY' },
      layer: 'regulatory',
      ...cite,
    },
    {
      id: 'dailyOutflow',
      type: 'window_amount',
      direction: 'outflow',
      window: { kind: 'calendar', unit: 'day' },
      limit: { amount: '10000.00', currency: 'CNY' },
      layer: 'regulatory',
      ...cite,
    },
    {
      id: 'annualOutflow',
      type: 'window_amount',
      direction: 'outflow',
      window: { kind: 'calendar', unit: 'year' },
      limit: { amount: '200000.00', currency: 'CNY' },
      layer: 'regulatory',
      ...cite,
    },
  ];
}

/** Class II: opened remotely or at the counter, bound to a same-name Class I or credit card. */
function classII(cite: Pick<AccountClassRules, 'source' | 'restatedBy'>): AccountClassRules {
  return {
    id: 'II',
    title: { en: 'Class II account', 'zh-CN': 'Ⅱ类户' },
    rank: 2,
    summary: {
      en: 'Opened remotely or at the counter, bound to a same-name account; wealth products, limited payments and transfers; cash and non-bound inflows only after face-to-face identity confirmation.',
      'zh-CN':
        '可远程或柜面开立，绑定同名账户；可购买投资理财产品，限额消费缴费和转账；经面对面确认身份后方可存取现金、接收非绑定账户转入。',
    },
    ...cite,
    opening: {
      channels: ['counter', 'kiosk_assisted', 'remote'],
      faceToFaceRequired: false,
      minVerifications: 2,
      requiredVerifications: ['bound_account_check'],
      maxPerPersonPerBank: 5,
      requirements: [],
      source: 'pboc-2016-302',
      note: {
        en: 'Regulation allows several; the cap of 5 per bank is common bank practice.',
        'zh-CN': '监管允许开立多个；每家银行不超过5个为银行通行做法。',
      },
    },
    permissions: [
      {
        kinds: ['deposit_cash', 'withdraw_cash'],
        allowed: true,
        requires: ['face_to_face_verified'],
        ...cite,
      },
      {
        kinds: ['transfer_in'],
        counterparties: NON_BOUND,
        allowed: true,
        requires: ['face_to_face_verified'],
        ...cite,
      },
      ALL_KINDS_ALLOWED,
    ],
    counting: {
      inflow: INFLOW_I_II,
      outflow: OUTFLOW_I_II,
      reversalsRestoreHeadroom: true,
      ...cite,
      note: {
        en: 'Exempt: transfers to and from the bound account; purchases and redemptions of wealth products; loans; interest and fees.',
        'zh-CN': '不计入限额：与绑定账户之间的转账、购买及赎回投资理财产品、贷款、利息及费用。',
      },
    },
    limits: classIILimits(cite),
    capabilities: {
      physicalCard: 'if_face_to_face',
      cash: 'if_face_to_face',
      nonBoundInflow: 'if_face_to_face',
    },
  };
}

/**
 * Class II in the 2018 edition: the limits and face-to-face conditions of 302号 (2016), restated by
 * 16号 (2018).
 */
export const CLASS_II: AccountClassRules = classII({
  source: 'pboc-2016-302',
  restatedBy: ['pboc-2018-16'],
});

/** Class II in the 2016 edition: as set by 302号. */
export const CLASS_II_2016: AccountClassRules = classII({ source: 'pboc-2016-302' });

const CLASS_III_BASE = {
  id: 'III',
  title: { en: 'Class III account', 'zh-CN': 'Ⅲ类户' },
  rank: 1,
  summary: {
    en: 'Small-payment account opened remotely or at the counter: no cash, no physical card, small payments and transfers under a balance cap.',
    'zh-CN':
      '小额支付账户，可远程或柜面开立：不能存取现金，不发实体卡，在余额上限内办理小额消费缴费和转账。',
  },
  opening: {
    channels: ['counter', 'kiosk_assisted', 'remote'],
    faceToFaceRequired: false,
    minVerifications: 1,
    requiredVerifications: ['bound_account_check'],
    maxPerPersonPerBank: 5,
    requirements: [],
    source: 'pboc-2016-302',
    note: {
      en: 'Regulation allows several (one per payment institution); the cap of 5 per bank is common bank practice.',
      'zh-CN': '监管允许开立多个（每个支付机构一个）；每家银行不超过5个为银行通行做法。',
    },
  },
} as const;

const CLASS_III_OUTFLOW: readonly TransactionMatcher[] = [
  { kinds: ['payment'] },
  { kinds: ['transfer_out'], counterparties: NON_BOUND },
];

const CLASS_III_NO_CASH: KindPermission = {
  kinds: ['deposit_cash', 'withdraw_cash'],
  allowed: false,
  source: 'pboc-2015-392',
};

const CLASS_III_NO_WEALTH: KindPermission = {
  kinds: ['wealth_purchase', 'wealth_redemption'],
  allowed: false,
  source: 'pboc-2015-392',
  note: {
    en: 'Class III accounts are limited to small payments and transfers.',
    'zh-CN': 'Ⅲ类户仅限小额消费缴费和转账。',
  },
};

/** Class III in the 2018 edition: balance ≤ 2,000; outflow ≤ 2,000/day, 50,000/year. */
export const CLASS_III_2018: AccountClassRules = {
  ...CLASS_III_BASE,
  source: 'pboc-2018-16',
  permissions: [
    CLASS_III_NO_CASH,
    CLASS_III_NO_WEALTH,
    {
      kinds: ['transfer_in'],
      counterparties: NON_BOUND,
      allowed: true,
      requires: ['bound_first_deposit_or_face_to_face'],
      source: 'pboc-2018-16',
      note: {
        en: 'Transfers in from non-bound accounts: after a first deposit from the bound account, or once identity has been confirmed face to face (16号).',
        'zh-CN':
          '非绑定账户转入：须先由绑定账户转入首笔资金，或经面对面核实身份后方可办理（16号文）。',
      },
    },
    ALL_KINDS_ALLOWED,
  ],
  counting: {
    inflow: [],
    outflow: CLASS_III_OUTFLOW,
    reversalsRestoreHeadroom: true,
    source: 'pboc-2018-16',
    note: {
      en: 'Exempt: transfers with the bound account; loan disbursement and repayment by the same bank (the balance cap still holds).',
      'zh-CN': '不计入限额：与绑定账户之间的转账；本行贷款发放与还款（余额上限仍然适用）。',
    },
  },
  limits: [
    {
      id: 'balance',
      type: 'balance_cap',
      limit: { amount: '2000.00', currency: 'CNY' },
      layer: 'regulatory',
      source: 'pboc-2018-16',
    },
    {
      id: 'dailyOutflow',
      type: 'window_amount',
      direction: 'outflow',
      window: { kind: 'calendar', unit: 'day' },
      limit: { amount: '2000.00', currency: 'CNY' },
      layer: 'regulatory',
      source: 'pboc-2018-16',
    },
    {
      id: 'annualOutflow',
      type: 'window_amount',
      direction: 'outflow',
      window: { kind: 'calendar', unit: 'year' },
      limit: { amount: '50000.00', currency: 'CNY' },
      layer: 'regulatory',
      source: 'pboc-2018-16',
    },
  ],
  capabilities: {
    physicalCard: 'no',
    cash: 'no',
    nonBoundInflow: 'after_bound_first_deposit_or_face_to_face',
  },
  cumulativeIdentityCheck: {
    total: { amount: '50000.00', currency: 'CNY' },
    within: { days: 7 },
    counted: [
      { kinds: ['transfer_in', 'transfer_out', 'payment', 'deposit_cash', 'withdraw_cash'] },
    ],
    source: 'pboc-2018-16',
    note: {
      en: "Once a person's Class III accounts at the bank have received plus paid 50,000 in total, the bank verifies the identity within 7 days. The check counts this account's calendar year in the usage (a lower bound of the person's total): a service that keeps the person's total across accounts must apply the same threshold to it.",
      'zh-CN':
        '同一人在本行的Ⅲ类户累计收付金额达到5万元的，银行应在7日内核实其身份。检查按本账户在用量中的本年累计计算（为此人合计的下限）；掌握此人各账户合计的服务应对合计适用同一阈值。',
    },
  },
};

/** Class III in the 2016 edition: balance ≤ 1,000; flows ≤ 5,000/day, 100,000/year. */
export const CLASS_III_2016: AccountClassRules = {
  ...CLASS_III_BASE,
  source: 'pboc-2016-302',
  permissions: [
    CLASS_III_NO_CASH,
    CLASS_III_NO_WEALTH,
    {
      kinds: ['transfer_in'],
      counterparties: NON_BOUND,
      allowed: true,
      requires: ['face_to_face_verified'],
      source: 'pboc-2016-302',
      note: {
        en: 'Transfers in from non-bound accounts only after identity has been confirmed face to face (302号).',
        'zh-CN': '经面对面核实身份后方可接收非绑定账户转入资金（302号文）。',
      },
    },
    ALL_KINDS_ALLOWED,
  ],
  counting: {
    inflow: [{ kinds: ['transfer_in'], counterparties: NON_BOUND }],
    outflow: CLASS_III_OUTFLOW,
    reversalsRestoreHeadroom: true,
    source: 'pboc-2016-302',
  },
  limits: [
    {
      id: 'balance',
      type: 'balance_cap',
      limit: { amount: '1000.00', currency: 'CNY' },
      layer: 'regulatory',
      source: 'pboc-2016-302',
    },
    {
      id: 'dailyInflow',
      type: 'window_amount',
      direction: 'inflow',
      window: { kind: 'calendar', unit: 'day' },
      limit: { amount: '5000.00', currency: 'CNY' },
      layer: 'regulatory',
      source: 'pboc-2016-302',
    },
    {
      id: 'annualInflow',
      type: 'window_amount',
      direction: 'inflow',
      window: { kind: 'calendar', unit: 'year' },
      limit: { amount: '100000.00', currency: 'CNY' },
      layer: 'regulatory',
      source: 'pboc-2016-302',
    },
    {
      id: 'dailyOutflow',
      type: 'window_amount',
      direction: 'outflow',
      window: { kind: 'calendar', unit: 'day' },
      limit: { amount: '5000.00', currency: 'CNY' },
      layer: 'regulatory',
      source: 'pboc-2016-302',
    },
    {
      id: 'annualOutflow',
      type: 'window_amount',
      direction: 'outflow',
      window: { kind: 'calendar', unit: 'year' },
      limit: { amount: '100000.00', currency: 'CNY' },
      layer: 'regulatory',
      source: 'pboc-2016-302',
    },
  ],
  capabilities: { physicalCard: 'no', cash: 'no', nonBoundInflow: 'if_face_to_face' },
};
