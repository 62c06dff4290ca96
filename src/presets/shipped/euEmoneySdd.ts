import type { AccountClassRules, KindPermission, LimitRule } from '../types/classes';
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

/** The EU instruments the e-money preset cites. */
export const EU_SOURCES = /* @__PURE__ */ deepFreeze({
  'eu-amld-art12': {
    ref: 'Directive (EU) 2015/849, Art. 12 (as amended by Directive (EU) 2018/843)',
    title: {
      en: 'Directive (EU) 2015/849 on the prevention of the use of the financial system for money laundering or terrorist financing (20 May 2015), Article 12: electronic money, as amended by Directive (EU) 2018/843 (30 May 2018)',
      'zh-CN':
        '欧盟第2015/849号指令（反洗钱第四指令，2015年5月20日）第12条：电子货币，经第2018/843号指令（2018年5月30日）修订',
    },
    issuer: 'European Parliament and Council of the European Union',
    issued: '2018-05-30',
    verified: true,
    note: {
      en: 'Art. 12(1): a Member State may let issuers skip some due diligence when (a) the instrument is not reloadable, or has a monthly payment-transaction limit of 150 usable only in that Member State, (b) at most 150 is stored, (c) it buys goods or services only, (d) it cannot be funded with anonymous e-money. Art. 12(2): not for a cash redemption or withdrawal above 50, nor a remote payment above 50 per transaction. Checked against the consolidated text of Art. 12 in the EBA Interactive Single Rulebook. Each Member State transposes it, and may apply it or not.',
      'zh-CN':
        '第12条第1款：满足以下条件时，成员国可允许发行机构免除部分尽职调查：(a) 不可再充值，或每月支付交易限额150欧元且仅限在该成员国使用；(b) 存储金额不超过150欧元；(c) 仅用于购买商品或服务；(d) 不得以匿名电子货币充值。第2款：现金赎回或取现超过50欧元、或单笔远程支付超过50欧元时不适用。已与欧洲银行管理局《单一规则手册》中第12条的合并文本核对。各成员国自行转化，可选择是否适用。',
    },
  },
  'eu-psd2-art4': {
    ref: 'Directive (EU) 2015/2366, Art. 4(6)',
    title: {
      en: 'Directive (EU) 2015/2366 on payment services in the internal market (PSD2, 25 November 2015), Article 4(6): remote payment transaction',
      'zh-CN': '欧盟第2015/2366号指令（支付服务第二指令，2015年11月25日）第4条第6项：远程支付交易',
    },
    issuer: 'European Parliament and Council of the European Union',
    issued: '2015-11-25',
    verified: false,
    note: {
      en: 'A remote payment transaction is one initiated via the internet or a device for distance communication; this preset reads that as the online, mobile and remote channels. Art. 12(2) of Directive 2015/849 refers to this point (checked); the definition itself was not checked against the text.',
      'zh-CN':
        '远程支付交易指通过互联网或可用于远程通信的设备发起的支付交易；本预设将其理解为网上银行、手机银行及远程渠道。反洗钱指令第12条第2款援引本项（已核对）；定义本身未与原文核对。',
    },
  },
  'foreign-baseline': FOREIGN_BASELINE_SOURCE,
} as const satisfies Record<string, SourceDocument>);

const eur = (amount: string) => ({ amount, currency: 'EUR' });
/** A limit rule without its layer (distributes over the union of limit kinds). */
type Unlayered<R = LimitRule> = R extends LimitRule ? Omit<R, 'layer'> : never;
const regulatory = (rule: Unlayered): LimitRule => ({ ...rule, layer: 'regulatory' }) as LimitRule;

/** Art. 12(1)(c): goods and services only, so no transfers out; cash redemption up to the €50 cap. */
const SDD_PERMISSIONS: readonly KindPermission[] = [
  {
    kinds: ['transfer_out', 'wealth_purchase'],
    allowed: false,
    source: 'eu-amld-art12',
    note: {
      en: 'Art. 12(1)(c): used exclusively to purchase goods or services.',
      'zh-CN': '第12条第1款(c)项：仅用于购买商品或服务。',
    },
  },
  { kinds: TRANSACTION_KINDS, allowed: true, source: 'eu-amld-art12' },
];

const SDD_COUNTING = {
  inflow: [{ kinds: ['deposit_cash', 'transfer_in'] }],
  outflow: [{ kinds: ['payment', 'withdraw_cash'] }],
  reversalsRestoreHeadroom: false,
  source: 'eu-amld-art12',
  note: {
    en: 'Loads are cash deposits and transfers in. Payment transactions counted toward the monthly limit are payments and cash redemptions; the Article does not say whether a reversal gives headroom back, and this preset does not.',
    'zh-CN':
      '充值指现金存入及转入。计入月度限额的支付交易包括支付及现金赎回；该条未规定冲正是否恢复额度，本预设不予恢复。',
  },
} as const;

/** Art. 12(2): the exemption is lost above €50 of cash or of one remote payment. */
const ART_12_2: readonly LimitRule[] = [
  regulatory({
    id: 'cashRedemption',
    type: 'per_transaction',
    direction: 'outflow',
    kinds: ['withdraw_cash'],
    limit: eur('50.00'),
    source: 'eu-amld-art12',
    note: {
      en: 'Art. 12(2): not above 50 redeemed in cash or withdrawn. Above it the customer needs full due diligence (the cdd class).',
      'zh-CN': '第12条第2款：现金赎回或取现不得超过50欧元，超过须完成完整尽职调查（cdd 类别）。',
    },
  }),
  regulatory({
    id: 'remotePayment',
    type: 'per_transaction',
    direction: 'outflow',
    kinds: ['payment'],
    channels: ['online', 'mobile', 'remote'],
    limit: eur('50.00'),
    source: 'eu-amld-art12',
    note: {
      en: 'Art. 12(2): a remote payment transaction (Directive 2015/2366, Art. 4(6)) of more than 50 is not covered.',
      'zh-CN':
        '第12条第2款：单笔超过50欧元的远程支付交易（第2015/2366号指令第4条第6项）不适用豁免。',
    },
  }),
];

const STORED = regulatory({
  id: 'stored',
  type: 'balance_cap',
  limit: eur('150.00'),
  source: 'eu-amld-art12',
});

function sdd(
  rank: number,
  id: string,
  text: { title: [string, string]; summary: [string, string] },
  extra: { limits: readonly LimitRule[]; nonReloadable?: AccountClassRules['nonReloadable'] },
): AccountClassRules {
  return {
    id,
    title: { en: text.title[0], 'zh-CN': text.title[1] },
    rank,
    summary: { en: text.summary[0], 'zh-CN': text.summary[1] },
    source: 'eu-amld-art12',
    opening: {
      channels: ['counter', 'kiosk_assisted', 'remote'],
      faceToFaceRequired: false,
      minVerifications: 0,
      requiredVerifications: [],
      maxPerPersonPerBank: null,
      requirements: [],
      source: 'eu-amld-art12',
    },
    permissions: SDD_PERMISSIONS,
    counting: SDD_COUNTING,
    limits: [STORED, ...extra.limits, ...ART_12_2],
    capabilities: { physicalCard: 'yes', cash: 'yes', nonBoundInflow: 'yes' },
    ...(extra.nonReloadable ? { nonReloadable: extra.nonReloadable } : {}),
  };
}

const SDD_NON_RELOADABLE = sdd(
  1,
  'sddNonReloadable',
  {
    title: [
      'Non-reloadable e-money (simplified due diligence)',
      '不可充值电子货币（简化尽职调查）',
    ],
    summary: [
      'Loaded once, at most 150 stored, goods and services only; cash redemption and remote payments up to 50.',
      '仅可充值一次，存储不超过150欧元，仅限购买商品或服务；现金赎回及远程支付单笔不超过50欧元。',
    ],
  },
  {
    limits: [],
    nonReloadable: {
      source: 'eu-amld-art12',
      note: {
        en: 'Art. 12(1)(a), first branch: the payment instrument is not reloadable.',
        'zh-CN': '第12条第1款(a)项前段：支付工具不可再充值。',
      },
    },
  },
);

const SDD_RELOADABLE = sdd(
  2,
  'sddReloadable',
  {
    title: ['Reloadable e-money (simplified due diligence)', '可充值电子货币（简化尽职调查）'],
    summary: [
      'Reloadable, at most 150 stored and 150 of payments a month (in one Member State), goods and services only; cash redemption and remote payments up to 50.',
      '可再充值，存储不超过150欧元、每月支付不超过150欧元（仅限一个成员国），仅限购买商品或服务；现金赎回及远程支付单笔不超过50欧元。',
    ],
  },
  {
    limits: [
      regulatory({
        id: 'monthlyPayments',
        type: 'window_amount',
        direction: 'outflow',
        window: { kind: 'calendar', unit: 'month' },
        limit: eur('150.00'),
        source: 'eu-amld-art12',
        note: {
          en: 'Art. 12(1)(a), second branch: a maximum monthly payment transactions limit of 150, usable only in that Member State (the Member State is not checked). Counted per calendar month in the preset zone.',
          'zh-CN':
            '第12条第1款(a)项后段：每月支付交易限额150欧元，仅限在该成员国使用（本预设不核验成员国）。按预设时区的自然月计算。',
        },
      }),
    ],
  },
);

const CDD: AccountClassRules = {
  id: 'cdd',
  title: { en: 'E-money after full customer due diligence', 'zh-CN': '完成完整尽职调查的电子货币' },
  rank: 3,
  summary: {
    en: 'Customer due diligence done (Art. 13): the Article 12 limits no longer apply.',
    'zh-CN': '已完成客户尽职调查（第13条）：不再适用第12条限额。',
  },
  source: 'eu-amld-art12',
  opening: {
    channels: ['counter', 'kiosk_assisted', 'remote'],
    faceToFaceRequired: false,
    minVerifications: 1,
    requiredVerifications: ['id_network_check'],
    maxPerPersonPerBank: null,
    requirements: ['name', 'id_number', 'address_proof'],
    source: 'eu-amld-art12',
  },
  permissions: [{ kinds: TRANSACTION_KINDS, allowed: true, source: 'eu-amld-art12' }],
  counting: { ...SDD_COUNTING, note: undefined },
  limits: [],
  capabilities: { physicalCard: 'yes', cash: 'yes', nonBoundInflow: 'yes' },
};

const BASELINE: BaselineAmounts = {
  currency: 'EUR',
  topClass: 'cdd',
  classIds: ['sddNonReloadable', 'sddReloadable', 'cdd'],
  certificateAbove: '15000.00',
  reminderAbove: '15000.00',
  rapidInOutMinInflow: '150.00',
};

/** EU: simplified due diligence for e-money (Directive 2015/849 Art. 12 as amended in 2018). */
// Its class ids are held equal to SHIPPED_CLASS_IDS['eu-emoney-sdd'] by shippedClassIds.test.ts.
export const EU_EMONEY_SDD = /* @__PURE__ */ deepFreeze<Preset>({
  id: 'eu-emoney-sdd',
  title: {
    en: 'EU: e-money under simplified due diligence (AMLD Art. 12)',
    'zh-CN': '欧盟：简化尽职调查下的电子货币（反洗钱指令第12条）',
  },
  description: {
    en: 'E-money a Member State may exempt from some customer due diligence (Directive (EU) 2015/849 Art. 12, as amended by Directive (EU) 2018/843): non-reloadable, or reloadable with 150 a month; at most 150 stored; goods and services only; not for cash above 50 or a remote payment above 50. Monthly windows in Europe/Brussels.',
    'zh-CN':
      '成员国可免除部分客户尽职调查的电子货币（第2015/849号指令第12条，经第2018/843号指令修订）：不可充值，或可充值但每月不超过150欧元；存储不超过150欧元；仅限购买商品或服务；现金超过50欧元或远程支付超过50欧元时不适用。月度窗口按欧洲/布鲁塞尔时区计算。',
  },
  jurisdiction: 'EU',
  currency: 'EUR',
  timeZone: 'Europe/Brussels',
  effectiveFrom: '2020-01-10',
  supersedes: [],
  sources: { ...SOURCES, ...EU_SOURCES },
  classes: [SDD_NON_RELOADABLE, SDD_RELOADABLE, CDD],
  lifecycle: PBOC_LIFECYCLE,
  kyc: foreignKyc(BASELINE),
  suitability: CN_SUITABILITY,
  tiering: null,
  monitoring: foreignMonitoring(BASELINE),
  discrepancies: [
    {
      text: {
        en: "The Directive sets no time zone. Europe/Brussels (the seat of the EU institutions) is a placeholder: a Member State's issuer should derive the preset in its own zone (e.g. Europe/Paris). The Directive also sets no effective date for an issuer; 2020-01-10 is the date by which Member States had to transpose Directive 2018/843.",
        'zh-CN':
          '指令未规定时区。欧洲/布鲁塞尔（欧盟机构所在地）仅为占位：各成员国的发行机构应按本国时区派生预设（如欧洲/巴黎）。指令亦未规定对发行机构的生效日期；2020-01-10 为成员国转化第2018/843号指令的期限。',
      },
      sources: ['eu-amld-art12'],
    },
    baselineDiscrepancy({ en: "the Directive's", 'zh-CN': '该指令的规定' }),
  ],
}) as ShippedPreset<'eu-emoney-sdd'>;
