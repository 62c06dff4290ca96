import type { MessageTable } from './types';

/** Messages for lifecycle refusals (`transition`). Codes are stable. */
export const LIFECYCLE_MESSAGES = {
  transition_not_allowed: {
    en: 'The event {event} is not allowed when the account is {status}.',
    'zh-CN': '账户状态为{status}时不能办理{event}。',
  },
  balance_not_zero: {
    en: 'The balance must be exactly zero to close the account; it is {balance}.',
    'zh-CN': '销户时余额须为零，当前余额为{balance}。',
  },
  account_frozen: {
    en: 'The account has an active freeze ({freezeKind}, {freezeId}).',
    'zh-CN': '账户存在有效冻结（{freezeKind}，{freezeId}）。',
  },
  loss_reported: {
    en: 'The account is reported lost (since {since}).',
    'zh-CN': '账户已挂失（自{since}起）。',
  },
  pending_business: {
    en: 'Unfinished business must be settled first: {items}.',
    'zh-CN': '须先办结未完成业务：{items}。',
  },
  linked_services: {
    en: 'Linked services must be cancelled first: {items}.',
    'zh-CN': '须先解除关联业务：{items}。',
  },
  channel_not_allowed: {
    en: 'This cannot be done through {channel}; allowed: {allowed}.',
    'zh-CN': '不能通过{channel}办理；可办理渠道：{allowed}。',
  },
  already_closed: {
    en: 'The account is closed; a closed account never reopens.',
    'zh-CN': '账户已销户，销户后不可恢复。',
  },
} as const satisfies MessageTable;

/** Codes of lifecycle refusals. */
export type LifecycleReasonCode = keyof typeof LIFECYCLE_MESSAGES;
