import type { MessageTable } from './types';
import { deepFreeze } from '../../presets/internal/deepFreeze';

/**
 * Problems of a resident identity card number (GB 11643-1999) and of other document numbers'
 * shape: a catalog of their own, so that a form checking a number does not bundle every message.
 * Part of `KYC_MESSAGES`. Codes are stable.
 */
export const RESIDENT_ID_MESSAGES = /* @__PURE__ */ deepFreeze({
  // ── Resident identity card number (GB 11643-1999) problems ─────────────────────────────────
  id_not_text: {
    en: 'the number must be text.',
    'zh-CN': '号码须为文本。',
  },
  id_wrong_length: {
    en: 'it has {length} characters; a resident identity card number has {expected}.',
    'zh-CN': '号码为{length}位；居民身份证号码应为{expected}位。',
  },
  id_invalid_characters: {
    en: 'only digits are allowed, and a final check character X.',
    'zh-CN': '只能包含数字，末位校验码可为X。',
  },
  id_lowercase_x: {
    en: 'the check character X must be an uppercase X.',
    'zh-CN': '校验码X须为大写。',
  },
  id_legacy_15_digit: {
    en: 'this is a first-generation 15-digit number (GB 11643-1989), no longer valid since 2013-01-01: ask for the current 18-digit card.',
    'zh-CN':
      '该号码为第一代15位号码（GB 11643-1989），自2013年1月1日起停止使用：请出示现行18位号码的身份证。',
  },
  id_not_legacy_number: {
    en: 'a first-generation number is exactly 15 digits.',
    'zh-CN': '第一代身份证号码应为15位数字。',
  },
  id_unknown_region: {
    en: 'characters 1–2 ({provinceCode}) are not a province-level code of GB/T 2260.',
    'zh-CN': '第1至2位（{provinceCode}）不是GB/T 2260规定的省级行政区划代码。',
  },
  id_invalid_birth_date: {
    en: 'characters 7–14 ({digits}) are not a real birth date.',
    'zh-CN': '第7至14位（{digits}）不是有效的出生日期。',
  },
  id_birth_date_in_future: {
    en: 'the birth date in the number ({birthDate}) is after {today}.',
    'zh-CN': '号码中的出生日期（{birthDate}）晚于{today}。',
  },
  id_checksum_mismatch: {
    en: 'the check character is {actual} but should be {expected}.',
    'zh-CN': '校验码为{actual}，应为{expected}。',
  },
  id_birth_date_mismatch: {
    en: 'the birth date in the number ({inNumber}) differs from the declared birth date ({declared}).',
    'zh-CN': '号码中的出生日期（{inNumber}）与申报的出生日期（{declared}）不一致。',
  },
  document_number_shape: {
    en: 'a {documentType} number is {minLength}–{maxLength} capital letters and digits.',
    'zh-CN': '{documentType}号码应为{minLength}至{maxLength}位大写字母和数字。',
  },
} as const satisfies MessageTable);
