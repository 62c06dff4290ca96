import type { MessageTable } from './types';
import { deepFreeze } from '../../presets/internal/deepFreeze';
import { FIELD_MESSAGES } from './fields';

/**
 * Field messages of the form schemas (`account-policy/schemas`): a catalog of their own, so that
 * a form bundles these and not every message of the library. Where a form rule is also a
 * decision's reason, the form issue carries that reason's code in `params.code`. Part of
 * `MESSAGES`. Codes are stable.
 */
export const FORM_MESSAGES = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ Object.assign({}, FIELD_MESSAGES, {
    // ── Every form ──────────────────────────────────────────────────────────────────────────────
    form_invalid_choice: {
      en: 'Choose one of the options.',
      'zh-CN': '请从选项中选择。',
    },
    form_too_long: {
      en: 'At most {max} characters.',
      'zh-CN': '最多{max}个字符。',
    },
    form_birth_date_in_future: {
      en: 'The birth date cannot be in the future.',
      'zh-CN': '出生日期不能晚于今天。',
    },
    form_document_number_shape: {
      en: 'Use {minLength}–{maxLength} capital letters and digits, as printed on the document.',
      'zh-CN': '请按证件所示输入{minLength}至{maxLength}位大写字母和数字。',
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
    form_headroom: {
      en: 'You can send up to {remaining} {currency} now; the limit resets at {resetsAt}.',
      'zh-CN': '当前最多可转出{remaining}{currency}，限额于{resetsAt}恢复。',
    },
    form_headroom_no_reset: {
      en: 'You can send up to {remaining} {currency}; this limit does not reset by time.',
      'zh-CN': '最多可转出{remaining}{currency}，该限额不随时间恢复。',
    },
    form_headroom_unlimited: {
      en: 'No limit caps this transfer now.',
      'zh-CN': '当前转账不受限额约束。',
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
    field_name: { en: 'the name', 'zh-CN': '姓名' },
    field_id_number: { en: 'the ID number', 'zh-CN': '证件号码' },
    field_phone: { en: 'the phone number', 'zh-CN': '手机号码' },
    field_address: { en: 'the address', 'zh-CN': '地址' },
    field_occupation: { en: 'the occupation', 'zh-CN': '职业' },
    form_loss_channel_not_allowed: {
      en: 'A loss is reported through {channels}.',
      'zh-CN': '挂失请通过{channels}办理。',
    },
  } as const) satisfies MessageTable,
);

/** Codes of form messages. */
export type FormMessageCode = keyof typeof FORM_MESSAGES;
