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
  return renderMessage(MESSAGES[code], params, lang);
}
