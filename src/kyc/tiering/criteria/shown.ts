import { formatMessage } from '../../../messages/formatMessage';
import type { Lang } from '../../../messages/lang';

/**
 * "unknown", for a usage value not given.
 *
 * @internal
 * @example
 * ```ts
 * unknownValue('zh-CN'); // '未知'
 * ```
 */
export function unknownValue(lang: Lang): string {
  return formatMessage('tier_value_unknown', {}, lang);
}

/**
 * A count with its Chinese measure word (5笔, 2次); an unknown count has none (未知).
 *
 * @internal
 * @example
 * ```ts
 * countShown(5, 'tier_count_transactions', 'zh-CN'); // '5笔'
 * ```
 */
export function countShown(
  n: number | null,
  code: 'tier_count_transactions' | 'tier_count_alerts',
  lang: Lang,
): string {
  return n === null ? unknownValue(lang) : formatMessage(code, { count: n }, lang);
}
