/*
 * The message of a code of one area, from that area's catalog only. `formatMessage` takes any
 * code, so it holds every catalog (kyc, forms, monitoring, …); the engines call these instead,
 * so that `checkTransaction`'s bundle carries the limits' messages (and the account-state and
 * requirement messages it gives), not the whole library's (issue 18).
 */
import { ACCOUNT_STATE_MESSAGES, type AccountStateMessageCode } from './catalog/accountState';
import { LIFECYCLE_MESSAGES, type LifecycleMessageCode } from './catalog/lifecycle';
import { LIMIT_MESSAGES, type LimitViolationCode } from './catalog/limits';
import { REQUIREMENT_MESSAGES, type RequirementCode } from './catalog/requirements';
import type { Lang } from './lang';
import { renderMessage, type MessageParams } from './renderMessage';

/**
 * The message of a limit code, as `formatMessage` gives it.
 *
 * @param code - a code of the limits' catalog
 * @param params - placeholder values
 * @param lang - the language
 * @returns the message
 * @example
 * ```ts
 * formatLimitMessage('insufficient_funds', { balance: '1.00', requested: '2.00' }, 'en');
 * ```
 */
export function formatLimitMessage(
  code: LimitViolationCode,
  params: MessageParams = {},
  lang: Lang = 'en',
): string {
  return renderMessage(LIMIT_MESSAGES[code], params, lang);
}

/**
 * The message of a lifecycle code (a reason or a notice), as `formatMessage` gives it.
 *
 * @param code - a code of the lifecycle's catalog
 * @param params - placeholder values
 * @param lang - the language
 * @returns the message
 * @example
 * ```ts
 * formatLifecycleMessage('already_closed', {}, 'zh-CN'); // '账户已销户，销户后不可恢复。'
 * ```
 */
export function formatLifecycleMessage(
  code: LifecycleMessageCode,
  params: MessageParams = {},
  lang: Lang = 'en',
): string {
  return renderMessage(LIFECYCLE_MESSAGES[code], params, lang);
}

/**
 * The message of an account-state reason (why an account's state forbids an operation), as
 * `formatMessage` gives it, from the account-state part of the lifecycle's catalog only.
 *
 * @param code - an account-state code
 * @param params - placeholder values
 * @param lang - the language
 * @returns the message
 * @example
 * ```ts
 * formatAccountStateMessage('account_closed', {}, 'zh-CN'); // '账户已销户。'
 * ```
 */
export function formatAccountStateMessage(
  code: AccountStateMessageCode,
  params: MessageParams = {},
  lang: Lang = 'en',
): string {
  return renderMessage(ACCOUNT_STATE_MESSAGES[code], params, lang);
}

/**
 * The message of a requirement code, as `formatMessage` gives it.
 *
 * @param code - a code of the requirements' catalog
 * @param params - placeholder values
 * @param lang - the language
 * @returns the message
 * @example
 * ```ts
 * formatRequirementMessage('large_transfer_reminder', {}, 'en');
 * ```
 */
export function formatRequirementMessage(
  code: RequirementCode,
  params: MessageParams = {},
  lang: Lang = 'en',
): string {
  return renderMessage(REQUIREMENT_MESSAGES[code], params, lang);
}
