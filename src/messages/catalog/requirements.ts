import type { LangText } from '../lang';
import { deepFreeze } from '../../presets/internal/deepFreeze';

/**
 * Messages for the conditions a check decision attaches (`requires`): what the service must do
 * for an allowed transaction to go through lawfully. Placeholders: `{threshold}`, `{total}`,
 * `{requested}`, `{within}`, `{companyThreshold}`.
 */
export const REQUIREMENT_MESSAGES = /* @__PURE__ */ deepFreeze({
  non_counter_certificate_required: {
    en: 'Non-counter transfers today reach a daily cumulative {total} (this one {requested}), above {threshold}: the transfer must be authenticated with a digital certificate or an electronic signature.',
    'zh-CN':
      '今日非柜面转账日累计{total}（本笔{requested}），超过{threshold}：须采用数字证书或电子签名等方式验证。',
  },
  large_transfer_reminder: {
    en: 'Transfers today reach a daily cumulative {total} (this one {requested}), above {threshold} (companies: {companyThreshold}): the customer must be given a large-transfer reminder before it is made.',
    'zh-CN':
      '今日转账日累计{total}（本笔{requested}），超过{threshold}（单位：{companyThreshold}）：须在转账前向客户进行大额转账提醒。',
  },
  large_value_cash_report: {
    en: 'Cash in and out today reaches {total} (this one {requested}), at or above {threshold}: the bank must file a large-value transaction report.',
    'zh-CN':
      '今日现金收支累计{total}（本笔{requested}），达到{threshold}：银行须报送大额交易报告。',
  },
  large_value_transfer_report: {
    en: 'Domestic transfers of this personal account today reach {total} (this one {requested}), at or above {threshold}: the bank must file a large-value transaction report.',
    'zh-CN':
      '本个人账户今日境内款项划转累计{total}（本笔{requested}），达到{threshold}：银行须报送大额交易报告。',
  },
  identity_verification_due: {
    en: "Class III accounts have received and paid {total} in total (this one {requested}), reaching {threshold}: the bank must verify the holder's identity within {within}.",
    'zh-CN':
      'Ⅲ类户累计收付{total}（本笔{requested}），达到{threshold}：银行须在{within}内核实客户身份。',
  },
  trace_requirement_below: {
    en: 'The total {total} (this transaction {requested}) does not reach the threshold {threshold}: nothing is required.',
    'zh-CN': '累计{total}（本笔{requested}）未达到阈值{threshold}：无须办理。',
  },
  trace_requirement_not_applicable: {
    en: 'This rule does not apply to this transaction.',
    'zh-CN': '本规则不适用于此笔交易。',
  },
  trace_requirement_not_in_force: {
    en: 'This rule applies from {from}; it was not in force on {day}.',
    'zh-CN': '本规则自{from}起施行，{day}尚未施行。',
  },
} as const satisfies Record<string, LangText>);

/** Code of a condition a check decision attaches. */
export type RequirementCode = keyof typeof REQUIREMENT_MESSAGES;
