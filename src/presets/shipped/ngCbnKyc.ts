import type { AccountClassRules, TransactionMatcher } from '../types/classes';
import { TRANSACTION_KINDS, type SourceDocument } from '../types/common';
import type { Preset } from '../types/preset';
import type { ShippedPreset } from '../shippedClassIds';
import { deepFreeze } from '../internal/deepFreeze';
import { CN_SUITABILITY } from './pbocKyc';
import { PBOC_LIFECYCLE } from './pbocLifecycle';
import { SOURCES } from './sources';
import {
  FOREIGN_BASELINE_SOURCE,
  baselineDiscrepancy,
  foreignKyc,
  foreignMonitoring,
  type BaselineAmounts,
} from './foreignBaseline';

/** The Central Bank of Nigeria's circulars the Nigerian preset cites. */
export const NG_SOURCES = /* @__PURE__ */ deepFreeze({
  'cbn-2013-tiered-kyc': {
    ref: 'CBN FPR/DIR/CIR/GEN/01/001',
    title: {
      en: 'CBN circular on the introduction of three-tiered Know Your Customer (KYC) requirements (Financial Policy and Regulation Department, 18 January 2013)',
      'zh-CN': '尼日利亚中央银行关于实行三级客户身份识别（KYC）要求的通知（2013年1月18日）',
    },
    issuer: 'Central Bank of Nigeria, Financial Policy and Regulation Department',
    issued: '2013-01-18',
    verified: false,
    note: {
      en: 'Sets the three tiers (low, medium and high value accounts) and what each needs at opening. Its own figures (Tier 1: single deposit 20,000, balance 200,000; Tier 2: 50,000 and 400,000) were raised by the 2016 review. Known from press reports and the 2016 review that cites it; the circular itself was not at hand.',
      'zh-CN':
        '确立三个层级（低、中、高价值账户）及各层级开户要求。其原定数额（一级：单笔存入2万奈拉、余额20万奈拉；二级：5万奈拉、40万奈拉）已由2016年复核通知调高。依据新闻报道及引用该通知的2016年复核通知，未见原文。',
    },
  },
  'cbn-2016-tier-review': {
    ref: 'CBN FPR/DIR/CIR/GEN/06/002',
    title: {
      en: 'CBN circular: Review of restrictions and limits on levels I and II of the tiered KYC accounts (1 July 2016), table of limits',
      'zh-CN':
        '尼日利亚中央银行通知：关于复核一、二级分级KYC账户限制及限额（2016年7月1日），限额表',
    },
    issuer: 'Central Bank of Nigeria, Financial Policy and Regulation Department',
    issued: '2016-07-01',
    verified: false,
    note: {
      en: "Table: Tier I single deposit 50,000 and cumulative balance 300,000; Tier II 100,000 and 500,000; for mobile money, the single and daily transaction limits of the Banking and Payments System Department (circular BPS/DIR/GEN/CIR/02/003, 2 February 2015). Checked against a reproduction of the circular's text (regalert.today), not against the CBN's own copy.",
      'zh-CN':
        '限额表：一级单笔存入5万奈拉、累计余额30万奈拉；二级10万奈拉、50万奈拉；移动货币的单笔及日累计交易限额依支付系统部通知（BPS/DIR/GEN/CIR/02/003，2015年2月2日）。依据该通知文本的转载（regalert.today）核对，未与央行原件核对。',
    },
  },
  'cbn-2017-mobile-money': {
    ref: 'CBN BPS/DIR/GEN/CIR/04/007',
    title: {
      en: 'CBN circular to all mobile money operators: Review of daily mobile money wallet transaction and balance limit and BVN requirement for mobile money wallet holders (7 September 2017)',
      'zh-CN':
        '尼日利亚中央银行致全体移动货币运营商通知：关于复核移动货币钱包日交易限额、余额限额及银行验证号码（BVN）要求（2017年9月7日）',
    },
    issuer: 'Central Bank of Nigeria, Banking and Payments System Department',
    issued: '2017-09-07',
    verified: false,
    note: {
      en: "Daily cumulative transaction limit per KYC level: 50,000 (level 1), 200,000 (level 2), 5,000,000 (level 3); balance limits as in the three-tiered KYC (300,000, 500,000, unlimited). BVN not required at level 1. Checked against a reproduction of the circular's text and press reports, not the CBN's own copy.",
      'zh-CN':
        '各KYC级别的日累计交易限额：一级5万奈拉、二级20万奈拉、三级500万奈拉；余额限额同三级KYC（30万、50万、不设上限）。一级无需银行验证号码。依据该通知文本的转载及新闻报道核对，未与央行原件核对。',
    },
  },
  'foreign-baseline': FOREIGN_BASELINE_SOURCE,
} as const satisfies Record<string, SourceDocument>);

const INFLOW: readonly TransactionMatcher[] = [{ kinds: ['deposit_cash', 'transfer_in'] }];
const OUTFLOW: readonly TransactionMatcher[] = [
  { kinds: ['withdraw_cash', 'transfer_out', 'payment'] },
];

const COUNTING = {
  inflow: INFLOW,
  outflow: OUTFLOW,
  reversalsRestoreHeadroom: true,
  source: 'cbn-2016-tier-review',
  note: {
    en: 'A single deposit is any cash deposit or transfer in; the mobile-money daily limit counts what leaves the wallet (withdrawals, transfers, payments). The circulars do not say whether a reversal gives headroom back; this preset lets it.',
    'zh-CN':
      '单笔存入指任一现金存入或转入；移动货币日限额计算从钱包流出的资金（取现、转出、支付）。通知未规定冲正是否恢复额度，本预设予以恢复。',
  },
} as const;

const ALL_KINDS = [
  { kinds: TRANSACTION_KINDS, allowed: true, source: 'cbn-2013-tiered-kyc' },
] as const;

const DAILY_NOTE = {
  en: 'The daily cumulative limit of a mobile-money wallet at this KYC level (2017 circular). A bank deposit account of the tier is not subject to it: derive the preset without this limit for one.',
  'zh-CN':
    '该KYC级别移动货币钱包的日累计交易限额（2017年通知）。同层级的银行存款账户不受此限，可派生预设删除该限额。',
};

function tier(
  n: 1 | 2 | 3,
  singleDeposit: string | null,
  balance: string | null,
  daily: string,
  text: { title: [string, string]; summary: [string, string] },
  opening: Pick<
    AccountClassRules['opening'],
    'minVerifications' | 'requiredVerifications' | 'requirements'
  >,
): AccountClassRules {
  const ngn = (amount: string) => ({ amount, currency: 'NGN' });
  return {
    id: `tier${n}`,
    title: { en: text.title[0], 'zh-CN': text.title[1] },
    rank: n,
    summary: { en: text.summary[0], 'zh-CN': text.summary[1] },
    source: 'cbn-2013-tiered-kyc',
    opening: {
      channels: ['counter', 'kiosk_assisted', 'remote'],
      faceToFaceRequired: false,
      maxPerPersonPerBank: null,
      source: 'cbn-2013-tiered-kyc',
      ...opening,
    },
    permissions: ALL_KINDS,
    counting: COUNTING,
    limits: [
      ...(singleDeposit === null
        ? []
        : [
            {
              id: 'singleDeposit',
              type: 'per_transaction' as const,
              direction: 'inflow' as const,
              limit: ngn(singleDeposit),
              layer: 'regulatory' as const,
              source: 'cbn-2016-tier-review',
            },
          ]),
      ...(balance === null
        ? []
        : [
            {
              id: 'balanceCap',
              type: 'balance_cap' as const,
              limit: ngn(balance),
              layer: 'regulatory' as const,
              source: 'cbn-2016-tier-review',
            },
          ]),
      {
        id: 'dailyMobileMoney',
        type: 'window_amount',
        direction: 'outflow',
        window: { kind: 'calendar', unit: 'day' },
        limit: ngn(daily),
        layer: 'regulatory',
        source: 'cbn-2017-mobile-money',
        note: DAILY_NOTE,
      },
    ],
    capabilities: { physicalCard: 'yes', cash: 'yes', nonBoundInflow: 'yes' },
  };
}

const TIER_1 = tier(
  1,
  '50000.00',
  '300000.00',
  '50000.00',
  {
    title: ['Tier 1 (low value)', '一级（低价值账户）'],
    summary: [
      'Minimum KYC (name, phone, no identity document verified): single deposits up to 50,000, a balance up to 300,000; as a mobile-money wallet, 50,000 a day.',
      '最低KYC（姓名、电话，未核验身份证件）：单笔存入不超过5万奈拉，余额不超过30万奈拉；作为移动货币钱包，每日不超过5万奈拉。',
    ],
  },
  { minVerifications: 0, requiredVerifications: [], requirements: ['name', 'contact'] },
);

const TIER_2 = tier(
  2,
  '100000.00',
  '500000.00',
  '200000.00',
  {
    title: ['Tier 2 (medium value)', '二级（中价值账户）'],
    summary: [
      'Identity verified against the national databases (BVN required for wallets): single deposits up to 100,000, a balance up to 500,000; as a mobile-money wallet, 200,000 a day.',
      '身份经国家数据库核验（钱包须有银行验证号码）：单笔存入不超过10万奈拉，余额不超过50万奈拉；作为移动货币钱包，每日不超过20万奈拉。',
    ],
  },
  {
    minVerifications: 1,
    requiredVerifications: ['id_network_check'],
    requirements: ['name', 'contact', 'id_number', 'online_id_check'],
  },
);

const TIER_3 = tier(
  3,
  null,
  null,
  '5000000.00',
  {
    title: ['Tier 3 (high value, full KYC)', '三级（高价值账户，完整KYC）'],
    summary: [
      'Full KYC: no single-deposit or balance limit; as a mobile-money wallet, 5,000,000 a day.',
      '完整KYC：不设单笔存入及余额上限；作为移动货币钱包，每日不超过500万奈拉。',
    ],
  },
  {
    minVerifications: 1,
    requiredVerifications: ['id_network_check'],
    requirements: ['name', 'contact', 'id_number', 'online_id_check', 'address_proof'],
  },
);

const BASELINE: BaselineAmounts = {
  currency: 'NGN',
  topClass: 'tier3',
  classIds: ['tier1', 'tier2', 'tier3'],
  certificateAbove: '5000000.00',
  reminderAbove: '5000000.00',
  rapidInOutMinInflow: '50000.00',
};

/** Nigeria: the CBN's three-tiered KYC (2016 review) and the mobile-money daily limits (2017). */
// Its class ids are held equal to SHIPPED_CLASS_IDS['ng-cbn-kyc'] by shippedClassIds.test.ts.
export const NG_CBN_KYC = /* @__PURE__ */ deepFreeze<Preset>({
  id: 'ng-cbn-kyc',
  title: {
    en: 'Nigeria: CBN three-tiered KYC accounts and mobile-money wallets',
    'zh-CN': '尼日利亚：中央银行三级KYC账户及移动货币钱包',
  },
  description: {
    en: 'Tiers 1–3 of the CBN three-tiered KYC (circular of 2013, limits as reviewed on 1 July 2016: single-deposit and balance caps) and the daily limits of mobile-money wallets per KYC level (circular of 7 September 2017).',
    'zh-CN':
      '尼日利亚中央银行三级KYC的一至三级（2013年通知，2016年7月1日复核后的单笔存入及余额上限），以及各KYC级别移动货币钱包的日限额（2017年9月7日通知）。',
  },
  jurisdiction: 'NG',
  currency: 'NGN',
  timeZone: 'Africa/Lagos',
  effectiveFrom: '2017-09-07',
  supersedes: [],
  sources: { ...SOURCES, ...NG_SOURCES },
  classes: [TIER_1, TIER_2, TIER_3],
  lifecycle: PBOC_LIFECYCLE,
  kyc: foreignKyc(BASELINE),
  suitability: CN_SUITABILITY,
  tiering: null,
  monitoring: foreignMonitoring(BASELINE),
  discrepancies: [
    {
      text: {
        en: "The brief this preset was built from attributes the mobile-money daily limits (50,000, 200,000, 5,000,000) to the KYC circulars. They come from the Banking and Payments System Department's circular of 7 September 2017; the 2016 review only refers mobile money to that department's limits. The 2013 circular's own deposit figures were lower (see its source note); this preset follows the 2016 review.",
        'zh-CN':
          '本预设所依据的需求说明将移动货币日限额（5万、20万、500万奈拉）归于KYC通知。实际出自支付系统部2017年9月7日通知；2016年复核通知仅规定移动货币适用该部的限额。2013年通知原定存入数额较低（见其来源说明），本预设采用2016年复核数额。',
      },
      sources: ['cbn-2017-mobile-money', 'cbn-2016-tier-review', 'cbn-2013-tiered-kyc'],
    },
    baselineDiscrepancy({ en: "the CBN's", 'zh-CN': '尼日利亚中央银行的规定' }),
  ],
}) as ShippedPreset<'ng-cbn-kyc'>;
