import type { MessageTable } from './types';
import { deepFreeze } from '../../presets/internal/deepFreeze';

/**
 * Field messages of the form schemas (`account-policy/schemas`): a catalog of their own, so that
 * a form bundles these and not every message of the library. Where a form rule is also a
 * decision's reason, the form issue carries that reason's code in `params.code`. Part of
 * `MESSAGES`. Codes are stable.
 */
export const FORM_MESSAGES = /* @__PURE__ */ deepFreeze({
  // ── Every form ──────────────────────────────────────────────────────────────────────────────
  form_required: {
    en: 'This field is required.',
    'zh-CN': '此项为必填项。',
  },
  form_invalid_choice: {
    en: 'Choose one of the options.',
    'zh-CN': '请从选项中选择。',
  },
  form_too_long: {
    en: 'At most {max} characters.',
    'zh-CN': '最多{max}个字符。',
  },
  form_invalid_date: {
    en: 'Enter a real date as YYYY-MM-DD.',
    'zh-CN': '请按YYYY-MM-DD格式输入有效日期。',
  },
  form_birth_date_in_future: {
    en: 'The birth date cannot be in the future.',
    'zh-CN': '出生日期不能晚于今天。',
  },
  form_document_number_shape: {
    en: 'Use {minLength}–{maxLength} capital letters and digits, as printed on the document.',
    'zh-CN': '请按证件所示输入{minLength}至{maxLength}位大写字母和数字。',
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
    en: 'at most {scale} decimal places for {currency}.',
    'zh-CN': '{currency}金额最多{scale}位小数。',
  },
  amount_whole_number: {
    en: '{currency} amounts are whole numbers (no decimal places).',
    'zh-CN': '{currency}金额须为整数（不含小数）。',
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

  // ── Account opening ──────────────────────────────────────────────────────────────────────────
  form_unknown_class: {
    en: 'Choose one of: {classes}.',
    'zh-CN': '请选择：{classes}。',
  },
  form_under_minimum_age: {
    en: 'The applicant is {age}, under {minimumAge}: a legal guardian must be present.',
    'zh-CN': '申请人{age}周岁，未满{minimumAge}周岁：须由法定监护人陪同。',
  },
  form_guardian_not_in_person: {
    en: 'Under {minimumAge}, the guardian comes in person: choose {channels}.',
    'zh-CN': '未满{minimumAge}周岁须由监护人亲自陪同：请选择{channels}。',
  },
  form_face_to_face_required: {
    en: 'A {class} is opened face to face only: choose {channels}.',
    'zh-CN': '{class}须面对面开立：请选择{channels}。',
  },
  form_opening_channel_not_allowed: {
    en: 'A {class} cannot be opened through {channel}: choose {channels}.',
    'zh-CN': '{class}不能通过{channel}开立：请选择{channels}。',
  },
  form_document_not_accepted: {
    en: 'Not accepted for this residency: present {accepted}.',
    'zh-CN': '该居住身份不受理此证件：请出示{accepted}。',
  },
  form_document_expired: {
    en: 'The document expired on {expiresOn}.',
    'zh-CN': '证件已于{expiresOn}过期。',
  },
  form_phone_not_in_own_name: {
    en: "The phone number must be registered in the applicant's own name.",
    'zh-CN': '手机号码须为申请人本人实名登记。',
  },

  // ── Transfer ─────────────────────────────────────────────────────────────────────────────────
  form_over_headroom: {
    en: 'At most {remaining} {currency} can be sent now; the limit resets at {resetsAt}.',
    'zh-CN': '当前最多可转出{remaining}{currency}，限额于{resetsAt}恢复。',
  },
  form_over_headroom_no_reset: {
    en: 'At most {remaining} {currency} can be sent; this limit does not reset by time.',
    'zh-CN': '最多可转出{remaining}{currency}，该限额不随时间恢复。',
  },
  form_channel_not_allowed: {
    en: 'Not available through {channel}: choose {channels}.',
    'zh-CN': '不能通过{channel}办理：请选择{channels}。',
  },

  // ── Information change and loss report ───────────────────────────────────────────────────────
  form_unknown_field: {
    en: 'Choose one of: {fields}.',
    'zh-CN': '请选择：{fields}。',
  },
  form_field_channel_not_allowed: {
    en: '{field} is changed only at {channels}.',
    'zh-CN': '{field}仅可通过{channels}变更。',
  },
  form_proof_required: {
    en: 'Changing {field} needs official proof: enter its reference.',
    'zh-CN': '变更{field}须提供官方证明：请填写证明编号。',
  },
  form_value_too_long: {
    en: 'At most {max} characters.',
    'zh-CN': '最多{max}个字符。',
  },
  form_loss_channel_not_allowed: {
    en: 'A loss is reported through {channels}.',
    'zh-CN': '挂失请通过{channels}办理。',
  },
} as const satisfies MessageTable);

/** Codes of form messages. */
export type FormMessageCode = keyof typeof FORM_MESSAGES;
