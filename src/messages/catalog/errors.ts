import type { MessageTable } from './types';
import { deepFreeze } from '../../presets/internal/deepFreeze';

/** Messages for the typed errors thrown on misuse (see `AccountPolicyError`). */
export const ERROR_MESSAGES = /* @__PURE__ */ deepFreeze({
  invalid_amount: {
    en: 'The amount is not a valid decimal string: {detail}',
    'zh-CN': '金额不是有效的十进制字符串：{detail}',
  },
  unknown_currency: {
    en: 'Unknown currency: {detail}',
    'zh-CN': '未知币种：{detail}',
  },
  currency_mismatch: {
    en: 'Amounts in different currencies cannot be combined: {detail}',
    'zh-CN': '不同币种的金额不能合并计算：{detail}',
  },
  invalid_instant: {
    en: 'The time is not a valid ISO 8601 instant with an offset: {detail}',
    'zh-CN': '时间不是带时区偏移的有效 ISO 8601 时刻：{detail}',
  },
  invalid_date: {
    en: 'The date is not a valid YYYY-MM-DD date: {detail}',
    'zh-CN': '日期不是有效的 YYYY-MM-DD 日期：{detail}',
  },
  invalid_time_zone: {
    en: 'Not an IANA time zone: {detail}',
    'zh-CN': '不是有效的 IANA 时区：{detail}',
  },
  invalid_duration: {
    en: 'Not a valid duration: {detail}',
    'zh-CN': '不是有效的期限：{detail}',
  },
  unknown_preset: {
    en: 'Unknown preset: {detail}',
    'zh-CN': '未知的规则预设：{detail}',
  },
  invalid_preset: {
    en: 'The preset is invalid: {detail}',
    'zh-CN': '规则预设无效：{detail}',
  },
  invalid_input: {
    en: 'The input is invalid: {detail}',
    'zh-CN': '输入无效：{detail}',
  },
  invalid_state: {
    en: 'The state is inconsistent: {detail}',
    'zh-CN': '状态不一致：{detail}',
  },
  conflicting_transaction: {
    en: 'A transaction with this id was already seen with different content: {detail}',
    'zh-CN': '该交易编号已存在且内容不同：{detail}',
  },
  invalid_reversal: {
    en: 'The reversal does not match a recorded transaction: {detail}',
    'zh-CN': '冲正交易与已记录的原交易不符：{detail}',
  },
} as const satisfies MessageTable);
