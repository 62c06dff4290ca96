import type { MessageTable } from './types';

/** Messages for opening-eligibility and suitability reasons. Codes are stable. */
export const KYC_MESSAGES = {
  under_minimum_age: {
    en: 'The applicant is {age}; from {minimumAge} a person opens alone, younger only with a legal guardian present.',
    'zh-CN': '申请人{age}周岁；年满{minimumAge}周岁方可独立开户，未满须由法定监护人陪同。',
  },
  invalid_document_number: {
    en: 'The document number is not valid: {reason}',
    'zh-CN': '证件号码无效：{reason}',
  },
  document_expired: {
    en: 'The identity document expired on {expiresOn}.',
    'zh-CN': '身份证件已于{expiresOn}过期。',
  },
  document_not_accepted: {
    en: 'A {documentType} is not accepted for this applicant; accepted: {accepted}.',
    'zh-CN': '该申请人不能使用{documentType}开户；可接受：{accepted}。',
  },
  face_to_face_required: {
    en: 'A {class} must be opened face to face (counter, or kiosk with staff).',
    'zh-CN': '{class}须面对面开立（柜面或有工作人员协助的自助设备）。',
  },
  insufficient_verification: {
    en: 'A {class} needs {required}; done: {done}.',
    'zh-CN': '{class}须完成{required}；已完成：{done}。',
  },
  class_limit_reached: {
    en: 'The applicant already holds {held} {class} at this bank; at most {max} are allowed.',
    'zh-CN': '申请人在本行已持有{held}个{class}，最多允许{max}个。',
  },
} as const satisfies MessageTable;

/** Codes of opening-eligibility and suitability reasons. */
export type KycReasonCode = keyof typeof KYC_MESSAGES;
