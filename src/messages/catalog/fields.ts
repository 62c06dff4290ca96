import type { MessageTable } from './types';
import { deepFreeze } from '../../presets/internal/deepFreeze';

/**
 * Messages of the field schemas that take a language (`amountSchema(scale, lang)`,
 * `instantSchema(lang)`, `localDateSchema(lang)`): the smallest catalog, so that an input schema
 * bundles only these. Part of `FORM_MESSAGES` and `MESSAGES`. Codes are stable.
 */
export const FIELD_MESSAGES = /* @__PURE__ */ deepFreeze({
  form_required: {
    en: 'This field is required.',
    'zh-CN': '此项为必填项。',
  },
  form_invalid_date: {
    en: 'Enter a real date as YYYY-MM-DD.',
    'zh-CN': '请按YYYY-MM-DD格式输入有效日期。',
  },
  form_invalid_instant: {
    en: 'Enter a date and time with its offset, e.g. 2026-11-22T09:30:00+08:00.',
    'zh-CN': '请输入带时区偏移的日期时间，例如2026-11-22T09:30:00+08:00。',
  },
  form_instant_out_of_range: {
    en: 'Enter a time between 1900 and 2199.',
    'zh-CN': '请输入1900年至2199年之间的时间。',
  },

  // ── Amounts (every problem of checkAmountText) ───────────────────────────────────────────────
  form_amount: {
    en: 'Enter an amount such as 1000.00: {problem}',
    'zh-CN': '请输入金额，例如1000.00：{problem}',
  },
  amount_not_a_string: {
    en: 'the amount must be text, not a number.',
    'zh-CN': '金额须为文本，不能为数值。',
  },
  amount_empty: { en: 'the amount is empty.', 'zh-CN': '金额为空。' },
  amount_too_long: {
    en: 'the amount is longer than {max} characters.',
    'zh-CN': '金额超过{max}个字符。',
  },
  amount_whitespace: { en: 'remove the spaces.', 'zh-CN': '请删除空格。' },
  amount_exponent: {
    en: 'write plain digits, without e or E.',
    'zh-CN': '请直接书写数字，不要使用e或E。',
  },
  amount_not_finite: { en: 'it is not a number.', 'zh-CN': '不是数字。' },
  amount_sign_not_allowed: {
    en: 'the amount cannot be negative.',
    'zh-CN': '金额不能为负数。',
  },
  amount_plus_sign: { en: 'remove the plus sign.', 'zh-CN': '请删除加号。' },
  amount_leading_zeros: {
    en: 'remove the leading zeros.',
    'zh-CN': '请删除开头多余的0。',
  },
  amount_malformed: {
    en: 'use digits and at most one decimal point, without thousands separators.',
    'zh-CN': '只能包含数字和一个小数点，不要使用千位分隔符。',
  },
  amount_too_many_decimals: {
    en: 'at most {scale} decimal places.',
    'zh-CN': '最多{scale}位小数。',
  },
  amount_whole_number: {
    en: 'whole numbers only, no decimal places.',
    'zh-CN': '须为整数，不含小数。',
  },
  amount_too_large: {
    en: 'at most {digits} digits before the decimal point.',
    'zh-CN': '整数部分最多{digits}位。',
  },
  amount_full_width_digits: {
    en: 'use the digits 0–9, not full-width digits.',
    'zh-CN': '请使用半角数字0–9，不要使用全角数字。',
  },
  form_amount_zero: {
    en: 'Enter an amount greater than zero.',
    'zh-CN': '请输入大于零的金额。',
  },
} as const satisfies MessageTable);

/** Codes of field messages. */
export type FieldMessageCode = keyof typeof FIELD_MESSAGES;
