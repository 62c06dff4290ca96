import { AccountPolicyError } from '../errors';
import { MESSAGES, type MessageCode } from './catalog';
import type { Lang } from './lang';
import { renderMessage, type MessageParams } from './renderMessage';

/**
 * The message for a code in a language, with its placeholders filled.
 *
 * @param code - a stable code, e.g. `'daily_outflow_limit'`
 * @param params - placeholder values
 * @param lang - `'en'` (default) or `'zh-CN'`
 * @returns the message
 * @throws AccountPolicyError `invalid_input` for a code not in the catalog or `params` that is
 *   not an object
 * @example
 * ```ts
 * formatMessage('already_closed', {}, 'zh-CN'); // '账户已销户，销户后不可恢复。'
 * ```
 */
export function formatMessage(
  code: MessageCode,
  params: MessageParams = {},
  lang: Lang = 'en',
): string {
  if (typeof code !== 'string' || !Object.hasOwn(MESSAGES, code)) {
    const shown =
      typeof code === 'string' ? JSON.stringify(code.slice(0, 60)) : `(a ${typeof code})`;
    throw new AccountPolicyError('invalid_input', `Unknown message code ${shown}`);
  }
  return renderMessage(MESSAGES[code], params, lang);
}
