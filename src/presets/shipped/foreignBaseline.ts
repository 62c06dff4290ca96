/*
 * What the foreign presets (ng-cbn-kyc, in-rbi-kyc, eu-emoney-sdd) take from cn-pboc-2018 for the
 * parts their instruments do not regulate (lifecycle, KYC checks, suitability, monitoring): the
 * same rules, still cited to the Chinese documents they come from, with every amount in them
 * re-denominated in the preset's currency and cited to `foreign-baseline` instead (no foreign
 * document states those amounts). A bank configures them with `derivePreset`.
 */
import type { MoneyAmount } from '../types/common';
import type { KycRules } from '../types/kyc';
import type { MonitoringRules } from '../types/monitoring';
import type { Discrepancy } from '../types/preset';
import { PBOC_KYC } from './pbocKyc';
import { PBOC_MONITORING } from './monitoring';

/** The source every re-denominated baseline amount cites. */
export const FOREIGN_BASELINE_SOURCE = {
  ref: 'account-policy baseline',
  title: {
    en: 'account-policy baseline carried over from cn-pboc-2018 (not a rule of this regime; a bank should set its own)',
    'zh-CN': 'account-policy 基线（沿用 cn-pboc-2018，并非本制度的规定，银行应自行设定）',
  },
  issuer: 'account-policy default',
  verified: false,
} as const;

/** The amounts the baseline needs in the preset's currency. */
export interface BaselineAmounts {
  readonly currency: string;
  /** The class a foreign-currency account requires first (the preset's highest). */
  readonly topClass: string;
  /** Every class id, for the large-transaction thresholds (none fixed). */
  readonly classIds: readonly string[];
  /** 261号's certificate and reminder levels have no counterpart: these stand in. */
  readonly certificateAbove: string;
  readonly reminderAbove: string;
  /** Smallest inflow the rapid in-and-out detector looks at. */
  readonly rapidInOutMinInflow: string;
}

const BASELINE_NOTE = {
  en: 'No rule of this regime: an account-policy default in the preset currency, to be set by the bank.',
  'zh-CN': '本制度无此规定：以本预设币种表示的 account-policy 默认值，银行应自行设定。',
};

const money = (amount: string, currency: string): MoneyAmount => ({ amount, currency });

/**
 * The KYC rules of cn-pboc-2018 with its amounts in the preset's currency, cited to the baseline.
 *
 * @param a - the amounts and classes
 * @returns the KYC rules
 * @example
 * ```ts
 * foreignKyc({ currency: 'EUR', topClass: 'cdd', classIds: ['cdd'], certificateAbove: '15000.00', reminderAbove: '15000.00', rapidInOutMinInflow: '150.00' });
 * ```
 */
export function foreignKyc(a: BaselineAmounts): KycRules {
  return {
    ...PBOC_KYC,
    foreignCurrency: {
      ...PBOC_KYC.foreignCurrency,
      requiresClass: a.topClass,
      source: 'foreign-baseline',
      note: BASELINE_NOTE,
    },
    nonCounterTransfers: {
      certificateRequiredAbove: money(a.certificateAbove, a.currency),
      largeTransferReminderAbove: money(a.reminderAbove, a.currency),
      largeTransferReminderSource: 'foreign-baseline',
      source: 'foreign-baseline',
      note: {
        en: "The PBOC's non-counter transfer levels (261号) have no counterpart in this regime; these stand in at the regime's highest figure so that they do not bind before its own limits.",
        'zh-CN':
          '人民银行非柜面转账金额（261号）在本制度中无对应规定；此处取本制度的最高数额，使其不先于本制度的限额生效。',
      },
    },
  };
}

/**
 * The monitoring rules of cn-pboc-2018 for the preset's classes: no fixed large-transaction
 * threshold, the rapid in-and-out floor in the preset's currency.
 *
 * @param a - the amounts and classes
 * @returns the monitoring rules
 * @example
 * ```ts
 * foreignMonitoring({ currency: 'EUR', topClass: 'cdd', classIds: ['cdd'], certificateAbove: '15000.00', reminderAbove: '15000.00', rapidInOutMinInflow: '150.00' });
 * ```
 */
export function foreignMonitoring(a: BaselineAmounts): MonitoringRules {
  return {
    ...PBOC_MONITORING,
    rapidInOut: {
      ...PBOC_MONITORING.rapidInOut,
      minInflow: money(a.rapidInOutMinInflow, a.currency),
      source: 'foreign-baseline',
      note: BASELINE_NOTE,
    },
    largeTransaction: {
      ...PBOC_MONITORING.largeTransaction,
      thresholds: a.classIds.map((id) => ({ class: id, above: null, source: 'foreign-baseline' })),
      source: 'foreign-baseline',
      note: BASELINE_NOTE,
    },
  };
}

/**
 * The discrepancy every foreign preset lists: which parts are the baseline, not the regime.
 *
 * @param regime - the regime's name in every language
 * @returns the discrepancy
 * @example
 * ```ts
 * baselineDiscrepancy({ en: 'the EU rules', 'zh-CN': '欧盟规则' });
 * ```
 */
export function baselineDiscrepancy(regime: { en: string; 'zh-CN': string }): Discrepancy {
  return {
    text: {
      en: `Only the classes, their permissions and their limits are ${regime.en}. The lifecycle, KYC checks, suitability and monitoring are the library's baseline carried over from cn-pboc-2018 and still cite the Chinese documents; their amounts are account-policy defaults in this preset's currency. Configure them with derivePreset before use.`,
      'zh-CN': `仅账户类别、交易许可及限额依据${regime['zh-CN']}。生命周期、客户身份识别、适当性及监控规则为沿用 cn-pboc-2018 的基线，仍引用中国文件；其中金额为以本预设币种表示的 account-policy 默认值，使用前应通过 derivePreset 自行设定。`,
    },
    sources: ['foreign-baseline'],
  };
}
