import type { AccountClassRules, LimitRule, TransactionMatcher } from '../types/classes';
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

/** The Indian instruments the Indian preset cites. */
export const IN_SOURCES = /* @__PURE__ */ deepFreeze({
  'in-pml-rules-small-account': {
    ref: 'PML Rules 2005, rule 2(1)(fb)',
    title: {
      en: 'Prevention of Money-laundering (Maintenance of Records) Rules, 2005, rule 2(1)(fb): "small account" (inserted by Government of India notification No. 14/2010 of 16 December 2010)',
      'zh-CN':
        '印度《防止洗钱（记录保存）规则》（2005年）第2(1)(fb)条“小额账户”（2010年12月16日第14/2010号政府通知增补）',
    },
    issuer: 'Government of India, Ministry of Finance',
    issued: '2010-12-16',
    verified: false,
    note: {
      en: 'A savings account where the credits of a financial year total at most 1 lakh (100,000), the withdrawals and transfers of a month at most 10,000, and the balance at most 50,000 at any time. Checked against the RBI circular DBOD.AML.No.77/14.01.001/2010-11 (27 January 2011) that quotes it, as reproduced online, not against the Gazette.',
      'zh-CN':
        '储蓄账户：一个财年内贷记合计不超过10万卢比，一个月内取款及转账合计不超过1万卢比，任何时点余额不超过5万卢比。依据转载的印度储备银行通知DBOD.AML.No.77/14.01.001/2010-11（2011年1月27日）所引条文核对，未与政府公报原文核对。',
    },
  },
  'rbi-kyc-md-2016': {
    ref: 'RBI Master Direction KYC 2016, s. 23',
    title: {
      en: 'Reserve Bank of India, Master Direction – Know Your Customer (KYC) Direction, 2016 (25 February 2016), section 23: small accounts',
      'zh-CN': '印度储备银行《了解你的客户（KYC）总指令》（2016年2月25日）第23节：小额账户',
    },
    issuer: 'Reserve Bank of India',
    issued: '2016-02-25',
    verified: false,
    note: {
      en: 'Small accounts opened on a self-attested photograph and signature, subject to the limits of PML Rules rule 2(1)(fb); section number as cited in the brief, not checked against the Direction.',
      'zh-CN':
        '凭本人签字照片开立的小额账户，适用《防止洗钱规则》第2(1)(fb)条的限额；节号依需求说明所引，未与原文核对。',
    },
  },
  'rbi-ppi-md-2021': {
    ref: 'RBI MD-PPIs 2021 (CO.DPSS.POLC.No.S-479/02.14.006/2021-22)',
    title: {
      en: 'Reserve Bank of India, Master Directions on Prepaid Payment Instruments (MD-PPIs), 2021 (27 August 2021): small PPIs and full-KYC PPIs',
      'zh-CN': '印度储备银行《预付支付工具总指令》（2021年8月27日）：小额预付工具及完整KYC预付工具',
    },
    issuer: 'Reserve Bank of India, Department of Payment and Settlement Systems',
    issued: '2021-08-27',
    verified: false,
    note: {
      en: "Small PPIs: loads at most 10,000 a month and 1,20,000 (120,000) a financial year, at most 10,000 outstanding, goods and services only, no cash withdrawal or fund transfer. Full-KYC PPIs: at most 2,00,000 (200,000) outstanding. The Direction's number and date were checked on the RBI's website; the figures were not.",
      'zh-CN':
        '小额预付工具：每月充值不超过1万卢比，每财年不超过12万卢比，未用余额不超过1万卢比，仅限购买商品和服务，不得取现或转账。完整KYC预付工具：未用余额不超过20万卢比。已在印度储备银行网站核对文号及日期，数额未核对。',
    },
  },
  'foreign-baseline': FOREIGN_BASELINE_SOURCE,
} as const satisfies Record<string, SourceDocument>);

const inr = (amount: string) => ({ amount, currency: 'INR' });
/** India's financial year: 1 April to 31 March, in Asia/Kolkata. */
const FINANCIAL_YEAR = { kind: 'calendar', unit: 'year', startsOn: { month: 4, day: 1 } } as const;
const MONTH = { kind: 'calendar', unit: 'month' } as const;

const LOADS: readonly TransactionMatcher[] = [{ kinds: ['deposit_cash', 'transfer_in'] }];
const ALL_CREDITS: readonly TransactionMatcher[] = [
  { kinds: ['deposit_cash', 'transfer_in', 'interest', 'wealth_redemption', 'loan_disbursement'] },
];
const WITHDRAWALS_AND_TRANSFERS: readonly TransactionMatcher[] = [
  { kinds: ['withdraw_cash', 'transfer_out', 'payment'] },
];

function cls(
  rank: number,
  id: string,
  source: string,
  text: { title: [string, string]; summary: [string, string] },
  parts: Pick<AccountClassRules, 'permissions' | 'counting' | 'limits' | 'capabilities'> & {
    opening: Pick<
      AccountClassRules['opening'],
      'minVerifications' | 'requiredVerifications' | 'requirements'
    >;
  },
): AccountClassRules {
  return {
    id,
    title: { en: text.title[0], 'zh-CN': text.title[1] },
    rank,
    summary: { en: text.summary[0], 'zh-CN': text.summary[1] },
    source,
    opening: {
      channels: ['counter', 'kiosk_assisted', 'remote'],
      faceToFaceRequired: false,
      maxPerPersonPerBank: null,
      source,
      ...parts.opening,
    },
    permissions: parts.permissions,
    counting: parts.counting,
    limits: parts.limits,
    capabilities: parts.capabilities,
  };
}

/** A limit rule without its layer (distributes over the union of limit kinds). */
type Unlayered<R = LimitRule> = R extends LimitRule ? Omit<R, 'layer'> : never;
const regulatory = (rule: Unlayered): LimitRule => ({ ...rule, layer: 'regulatory' }) as LimitRule;

const SMALL_PPI = cls(
  1,
  'smallPpi',
  'rbi-ppi-md-2021',
  {
    title: ['Small PPI (minimum details)', '小额预付工具（最低信息）'],
    summary: [
      'A wallet or card issued on minimum details (OTP-verified phone, self-declared name and document number): loads up to 10,000 a month and 1,20,000 a financial year, at most 10,000 outstanding, goods and services only.',
      '凭最低信息（经短信验证码验证的手机号、自报姓名及证件号码）发行的钱包或卡：每月充值不超过1万卢比，每财年不超过12万卢比，未用余额不超过1万卢比，仅限购买商品和服务。',
    ],
  },
  {
    opening: {
      minVerifications: 1,
      requiredVerifications: ['sms_code'],
      requirements: ['name', 'contact', 'id_number'],
    },
    permissions: [
      { kinds: ['withdraw_cash', 'transfer_out'], allowed: false, source: 'rbi-ppi-md-2021' },
      { kinds: TRANSACTION_KINDS, allowed: true, source: 'rbi-ppi-md-2021' },
    ],
    counting: {
      inflow: LOADS,
      outflow: [{ kinds: ['payment'] }],
      reversalsRestoreHeadroom: false,
      source: 'rbi-ppi-md-2021',
      note: {
        en: 'Loads are cash deposits and transfers in; a refund of a purchase is no load. The Direction does not say that a reversed load gives headroom back; this preset does not.',
        'zh-CN':
          '充值指现金存入及转入；购物退款不属充值。总指令未规定冲正的充值可恢复额度，本预设不予恢复。',
      },
    },
    limits: [
      regulatory({
        id: 'monthlyLoads',
        type: 'window_amount',
        direction: 'inflow',
        window: MONTH,
        limit: inr('10000.00'),
        source: 'rbi-ppi-md-2021',
      }),
      regulatory({
        id: 'annualLoads',
        type: 'window_amount',
        direction: 'inflow',
        window: FINANCIAL_YEAR,
        limit: inr('120000.00'),
        source: 'rbi-ppi-md-2021',
      }),
      regulatory({
        id: 'outstanding',
        type: 'balance_cap',
        limit: inr('10000.00'),
        source: 'rbi-ppi-md-2021',
      }),
    ],
    capabilities: { physicalCard: 'yes', cash: 'no', nonBoundInflow: 'yes' },
  },
);

const SMALL_ACCOUNT = cls(
  2,
  'smallAccount',
  'rbi-kyc-md-2016',
  {
    title: ['Small account (savings)', '小额账户（储蓄）'],
    summary: [
      'A savings account opened without officially valid documents: credits up to 1 lakh (100,000) a financial year, withdrawals and transfers up to 10,000 a month, a balance up to 50,000.',
      '未提交官方有效证件开立的储蓄账户：每财年贷记不超过10万卢比，每月取款及转账不超过1万卢比，余额不超过5万卢比。',
    ],
  },
  {
    opening: { minVerifications: 0, requiredVerifications: [], requirements: ['name', 'contact'] },
    permissions: [{ kinds: TRANSACTION_KINDS, allowed: true, source: 'rbi-kyc-md-2016' }],
    counting: {
      inflow: ALL_CREDITS,
      outflow: WITHDRAWALS_AND_TRANSFERS,
      reversalsRestoreHeadroom: false,
      source: 'in-pml-rules-small-account',
      note: {
        en: '"All credits" is read as every credit to the account (deposits, transfers in, interest, redemptions, loan disbursements); "withdrawals and transfers" as cash withdrawals, transfers out and payments. Deposits of government grants and welfare benefits, which a 2017 notification exempts from the balance limit, are not told apart here.',
        'zh-CN':
          '“全部贷记”理解为账户的一切入账（存入、转入、利息、赎回、贷款发放）；“取款及转账”理解为取现、转出及支付。2017年通知规定政府补助及福利款项不受余额限制，本预设未作区分。',
      },
    },
    limits: [
      regulatory({
        id: 'annualCredits',
        type: 'window_amount',
        direction: 'inflow',
        window: FINANCIAL_YEAR,
        limit: inr('100000.00'),
        source: 'in-pml-rules-small-account',
      }),
      regulatory({
        id: 'monthlyWithdrawals',
        type: 'window_amount',
        direction: 'outflow',
        window: MONTH,
        limit: inr('10000.00'),
        source: 'in-pml-rules-small-account',
      }),
      regulatory({
        id: 'balanceCap',
        type: 'balance_cap',
        limit: inr('50000.00'),
        source: 'in-pml-rules-small-account',
      }),
    ],
    capabilities: { physicalCard: 'yes', cash: 'yes', nonBoundInflow: 'yes' },
  },
);

const FULL_KYC_PPI = cls(
  3,
  'fullKycPpi',
  'rbi-ppi-md-2021',
  {
    title: ['Full-KYC PPI', '完整KYC预付工具'],
    summary: [
      'A wallet or card after full KYC: at most 2,00,000 (200,000) outstanding.',
      '完成完整KYC后的钱包或卡：未用余额不超过20万卢比。',
    ],
  },
  {
    opening: {
      minVerifications: 1,
      requiredVerifications: ['id_network_check'],
      requirements: ['name', 'contact', 'id_number', 'online_id_check', 'address_proof'],
    },
    permissions: [{ kinds: TRANSACTION_KINDS, allowed: true, source: 'rbi-ppi-md-2021' }],
    counting: {
      inflow: LOADS,
      outflow: WITHDRAWALS_AND_TRANSFERS,
      reversalsRestoreHeadroom: false,
      source: 'rbi-ppi-md-2021',
    },
    limits: [
      regulatory({
        id: 'outstanding',
        type: 'balance_cap',
        limit: inr('200000.00'),
        source: 'rbi-ppi-md-2021',
      }),
    ],
    capabilities: { physicalCard: 'yes', cash: 'yes', nonBoundInflow: 'yes' },
  },
);

const FULL_KYC_ACCOUNT = cls(
  4,
  'fullKycAccount',
  'rbi-kyc-md-2016',
  {
    title: ['Savings account after full KYC', '完成完整KYC的储蓄账户'],
    summary: [
      'An account opened on officially valid documents: none of the small-account limits apply.',
      '凭官方有效证件开立的账户：不适用小额账户限额。',
    ],
  },
  {
    opening: {
      minVerifications: 1,
      requiredVerifications: ['id_network_check'],
      requirements: ['name', 'contact', 'id_number', 'online_id_check', 'address_proof'],
    },
    permissions: [{ kinds: TRANSACTION_KINDS, allowed: true, source: 'rbi-kyc-md-2016' }],
    counting: {
      inflow: ALL_CREDITS,
      outflow: WITHDRAWALS_AND_TRANSFERS,
      reversalsRestoreHeadroom: false,
      source: 'rbi-kyc-md-2016',
    },
    limits: [],
    capabilities: { physicalCard: 'yes', cash: 'yes', nonBoundInflow: 'yes' },
  },
);

const BASELINE: BaselineAmounts = {
  currency: 'INR',
  topClass: 'fullKycAccount',
  classIds: ['smallPpi', 'smallAccount', 'fullKycPpi', 'fullKycAccount'],
  certificateAbove: '200000.00',
  reminderAbove: '200000.00',
  rapidInOutMinInflow: '10000.00',
};

/** India: RBI small accounts (PML Rules) and PPIs (MD-PPIs 2021), financial year April–March. */
// Its class ids are held equal to SHIPPED_CLASS_IDS['in-rbi-kyc'] by shippedClassIds.test.ts.
export const IN_RBI_KYC = /* @__PURE__ */ deepFreeze<Preset>({
  id: 'in-rbi-kyc',
  title: {
    en: 'India: RBI small accounts and prepaid payment instruments',
    'zh-CN': '印度：储备银行小额账户及预付支付工具',
  },
  description: {
    en: 'Small accounts (PML Rules 2005, rule 2(1)(fb); RBI Master Direction KYC 2016, s. 23), small and full-KYC PPIs (RBI MD-PPIs 2021). Annual limits count in the financial year, 1 April to 31 March, in Asia/Kolkata.',
    'zh-CN':
      '小额账户（《防止洗钱规则》第2(1)(fb)条；印度储备银行KYC总指令第23节）、小额及完整KYC预付支付工具（2021年预付工具总指令）。年度限额按财年（4月1日至次年3月31日，亚洲/加尔各答时区）计算。',
  },
  jurisdiction: 'IN',
  currency: 'INR',
  timeZone: 'Asia/Kolkata',
  effectiveFrom: '2021-08-27',
  supersedes: [],
  sources: { ...SOURCES, ...IN_SOURCES },
  classes: [SMALL_PPI, SMALL_ACCOUNT, FULL_KYC_PPI, FULL_KYC_ACCOUNT],
  lifecycle: PBOC_LIFECYCLE,
  kyc: foreignKyc(BASELINE),
  suitability: CN_SUITABILITY,
  tiering: null,
  monitoring: foreignMonitoring(BASELINE),
  discrepancies: [
    {
      text: {
        en: 'Accounts and PPIs are different products; they share one ranking here so that the upgrade hint can name the full-KYC form. A small account refused for its balance is pointed to the full-KYC PPI (rank 3), which may not be what the customer wants; a bank should derive a preset of one product if it offers only one.',
        'zh-CN':
          '账户与预付工具属不同产品，本预设将其排入同一序列，以便升级提示指向完整KYC形式。小额账户因余额被拒时，提示可能指向完整KYC预付工具（序位3），未必符合客户需要；只提供一种产品的银行应派生仅含该产品的预设。',
      },
      sources: ['in-pml-rules-small-account', 'rbi-ppi-md-2021'],
    },
    baselineDiscrepancy({
      en: "India's (PML Rules, RBI)",
      'zh-CN': '印度的规定（防止洗钱规则、储备银行）',
    }),
  ],
}) as ShippedPreset<'in-rbi-kyc'>;
