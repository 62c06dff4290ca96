import type { AccountClassRules, TransactionMatcher } from '../types/classes';
import { TRANSACTION_KINDS } from '../types/common';
import type { TieringRules } from '../types/kyc';

const TIER_OUTFLOW: readonly TransactionMatcher[] = [
  { kinds: ['withdraw_cash', 'payment'] },
  { kinds: ['transfer_out'], counterparties: ['own', 'other'] },
];
const TIER_INFLOW: readonly TransactionMatcher[] = [
  { kinds: ['deposit_cash'] },
  { kinds: ['transfer_in'], counterparties: ['own', 'other'] },
];

/** Basic tier: incomplete identity; small payments only (≤ 1,000 per day). */
export const TIER_BASIC: AccountClassRules = {
  id: 'basic',
  title: { en: 'Basic tier', 'zh-CN': '基础层级' },
  rank: 1,
  summary: {
    en: 'New or little-used customers with incomplete identity: account enquiries and small payments (≤ 1,000 per day); no large transfers or wealth products.',
    'zh-CN':
      '新注册或交易很少、身份信息不完整的客户：账户查询与小额支付（每日不超过1000元）；不能大额转账或购买理财产品。',
  },
  source: 'tiering-measures',
  opening: {
    channels: ['remote', 'counter', 'kiosk_assisted'],
    faceToFaceRequired: false,
    minVerifications: 1,
    requiredVerifications: ['id_network_check'],
    maxPerPersonPerBank: null,
    requirements: ['name', 'contact', 'id_number', 'online_id_check'],
    source: 'tiering-measures',
  },
  permissions: [
    { kinds: ['wealth_purchase'], allowed: false, source: 'tiering-measures' },
    { kinds: TRANSACTION_KINDS, allowed: true, source: 'tiering-measures' },
  ],
  counting: {
    inflow: TIER_INFLOW,
    outflow: TIER_OUTFLOW,
    reversalsRestoreHeadroom: true,
    source: 'tiering-measures',
  },
  limits: [
    {
      id: 'dailyOutflow',
      type: 'window_amount',
      direction: 'outflow',
      window: { kind: 'calendar', unit: 'day' },
      limit: { amount: '1000.00', currency: 'CNY' },
      layer: 'bank',
      source: 'tiering-measures',
    },
  ],
  capabilities: { physicalCard: 'no', cash: 'yes', nonBoundInflow: 'yes' },
};

/** Intermediate tier: fuller identity and history; ≤ 50,000 per day; ordinary wealth products. */
export const TIER_INTERMEDIATE: AccountClassRules = {
  id: 'intermediate',
  title: { en: 'Intermediate tier', 'zh-CN': '中级层级' },
  rank: 2,
  summary: {
    en: 'Fuller identity, transaction history and good credit: payments and transfers up to 50,000 per day, ordinary wealth products; single transactions over 30,000 are reviewed.',
    'zh-CN':
      '身份信息较完整、有交易记录且信用良好：每日支付转账不超过5万元，可购买普通理财产品；单笔超过3万元触发人工审核。',
  },
  source: 'tiering-measures',
  opening: {
    channels: ['remote', 'counter', 'kiosk_assisted'],
    faceToFaceRequired: false,
    minVerifications: 3,
    requiredVerifications: ['id_network_check', 'face_recognition', 'sms_code'],
    maxPerPersonPerBank: null,
    requirements: [
      'name',
      'contact',
      'id_number',
      'online_id_check',
      'address_proof',
      'income_proof',
      'face_recognition',
      'second_phone_check',
    ],
    source: 'tiering-measures',
  },
  permissions: [{ kinds: TRANSACTION_KINDS, allowed: true, source: 'tiering-measures' }],
  counting: {
    inflow: TIER_INFLOW,
    outflow: TIER_OUTFLOW,
    reversalsRestoreHeadroom: true,
    source: 'tiering-measures',
  },
  limits: [
    {
      id: 'dailyOutflow',
      type: 'window_amount',
      direction: 'outflow',
      window: { kind: 'calendar', unit: 'day' },
      limit: { amount: '50000.00', currency: 'CNY' },
      layer: 'bank',
      source: 'tiering-measures',
    },
  ],
  capabilities: { physicalCard: 'yes', cash: 'yes', nonBoundInflow: 'yes' },
};

/** Advanced tier: complete identity and long history; no fixed cap (risk-assessed). */
export const TIER_ADVANCED: AccountClassRules = {
  id: 'advanced',
  title: { en: 'Advanced tier', 'zh-CN': '高级层级' },
  rank: 3,
  summary: {
    en: 'Complete identity, long stable history, large volume: no fixed cap (limits by risk assessment), premium products, assisted service; major transactions pre-assessed.',
    'zh-CN':
      '身份信息完整、交易历史长且稳定、交易量大：无固定限额（按风险评估确定），可购买高端产品，享受协助服务；重大交易事前评估。',
  },
  source: 'tiering-measures',
  opening: {
    channels: ['counter', 'kiosk_assisted'],
    faceToFaceRequired: true,
    minVerifications: 3,
    requiredVerifications: ['id_network_check', 'face_recognition', 'face_to_face'],
    maxPerPersonPerBank: null,
    requirements: [
      'name',
      'contact',
      'id_number',
      'online_id_check',
      'address_proof',
      'income_proof',
      'face_recognition',
      'second_phone_check',
      'business_licence',
      'tax_record',
      'financial_statements',
      'credit_report',
      'background_check',
      'service_agreement',
    ],
    source: 'tiering-measures',
  },
  permissions: [{ kinds: TRANSACTION_KINDS, allowed: true, source: 'tiering-measures' }],
  counting: {
    inflow: TIER_INFLOW,
    outflow: TIER_OUTFLOW,
    reversalsRestoreHeadroom: true,
    source: 'tiering-measures',
  },
  limits: [],
  capabilities: { physicalCard: 'yes', cash: 'yes', nonBoundInflow: 'yes' },
};

/** Tier re-evaluation and monitoring thresholds of the tiered scheme (《账户分层分级管理办法》). */
export const TIERING: TieringRules = {
  reevaluationInterval: { months: 1 },
  basicInactivityFreeze: { months: 3 },
  reviewThreshold: { amount: '30000.00', currency: 'CNY' },
  qualifications: [
    {
      tier: 'intermediate',
      minCumulativeVolume: { amount: '10000.00', currency: 'CNY' },
      minTransactionCount: 2,
      minHistory: null,
      minCreditRating: 'good',
      maxAlerts: 0,
      source: 'tiering-measures',
      note: {
        en: '《账户分层分级管理办法》: several transactions ("多次", read as at least 2), cumulative volume of 10,000 or more, normal behaviour (no confirmed alert) and good credit.',
        'zh-CN':
          '《账户分层分级管理办法》：有多次交易记录（按至少2笔理解），累计交易金额1万元以上，交易行为正常（无经确认的预警），信用良好。',
      },
    },
    {
      tier: 'advanced',
      minCumulativeVolume: { amount: '500000.00', currency: 'CNY' },
      minTransactionCount: 12,
      minHistory: { years: 1 },
      minCreditRating: 'excellent',
      maxAlerts: 0,
      source: 'bank-practice',
      note: {
        en: '《账户分层分级管理办法》 asks for a long, stable history, large volume, high contribution and excellent credit without figures; 500,000 cumulative, 12 transactions in the period reviewed and one year since opening are defaults a bank should set.',
        'zh-CN':
          '《账户分层分级管理办法》要求交易历史长期稳定、交易规模较大、贡献度高、信用状况极佳，但未给出数字；累计50万元、评估期内12笔交易、开户满一年为默认值，银行应自行设定。',
      },
    },
  ],
  source: 'tiering-measures',
  note: {
    en: 'Initial assessment at opening; monthly re-evaluation on amount, frequency, counterparties, balance movement and credit; an upgrade or downgrade is proposed, approved, then notified. A tier is kept while its credit and alert criteria hold; otherwise a downgrade is proposed. Basic tier: 3 months without a transaction freezes the account until identity is re-verified.',
    'zh-CN':
      '开户时初始评估；每月根据交易金额、频率、交易对手、余额变动和信用情况重新评估；升级或降级经提出、审批后通知客户。信用及预警条件持续满足时保持层级，否则提出降级。基础层级账户连续三个月无交易即临时冻结，待客户重新验证身份后恢复。',
  },
};
