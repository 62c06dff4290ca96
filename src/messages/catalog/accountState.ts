import type { MessageTable } from './types';
import { deepFreeze } from '../../presets/internal/deepFreeze';

/**
 * Messages for the reasons an account's state forbids an operation (`accountPermissions`, which
 * `checkTransaction` runs): the part of the lifecycle's catalog that a transaction check gives, in
 * its own module so that a check's bundle carries these seven texts and not the lifecycle's
 * refusals and notices (issue 18). {@link LIFECYCLE_MESSAGES} holds them too. Codes are stable.
 *
 * @example
 * ```ts
 * ACCOUNT_STATE_MESSAGES.account_closed.en; // 'The account is closed.'
 * ```
 */
export const ACCOUNT_STATE_MESSAGES = /* @__PURE__ */ deepFreeze({
  account_frozen: {
    en: 'The account has an active freeze ({freezeKind}, {freezeId}).',
    'zh-CN': '账户存在有效冻结（{freezeKind}，{freezeId}）。',
  },
  loss_reported: {
    en: 'The account is reported lost (since {since}).',
    'zh-CN': '账户已挂失（自{since}起）。',
  },
  account_not_activated: {
    en: 'The account has not been activated yet.',
    'zh-CN': '账户尚未激活。',
  },
  account_closed: {
    en: 'The account is closed.',
    'zh-CN': '账户已销户。',
  },
  account_dormant: {
    en: 'The account has been dormant since {since}; it must be reactivated with identity verification first.',
    'zh-CN': '账户自{since}起为久悬（睡眠）账户，须先核实身份并激活。',
  },
  person_restricted: {
    en: 'The account holder is under a restriction ({restrictionKind}) until {until}.',
    'zh-CN': '账户持有人受限制（{restrictionKind}），至{until}止。',
  },
  identity_reverification_required: {
    en: 'Non-counter business is suspended until the holder’s identity is re-verified (no transaction within the period after opening, or identity doubts).',
    'zh-CN': '非柜面业务已暂停，须重新核实持有人身份后恢复（开户后规定期限内无交易，或身份存疑）。',
  },
} as const satisfies MessageTable);

/** Codes of the account-state reasons (a part of the lifecycle's codes). */
export type AccountStateMessageCode = keyof typeof ACCOUNT_STATE_MESSAGES;
