import { DURATION_FIELDS } from './internal/duration';
import { formatDuration } from './formatDuration';
import type { PolicyDuration } from './types';
import { validateDuration } from './validateDuration';

const EN_ONE = {
  years: 'year',
  months: 'month',
  weeks: 'week',
  days: 'day',
  hours: 'hour',
  minutes: 'minute',
} as const;
const ZH_ONE = {
  years: '年',
  months: '月',
  weeks: '周',
  days: '天',
  hours: '小时',
  minutes: '分钟',
} as const;

/**
 * Writes a recurring interval for people: "every" plus the duration, and a single unit of one
 * without its count (`"every year"`, `"每年"`, but `"every 3 years"`, `"每3年"`).
 *
 * @param duration - the interval (validated)
 * @param lang - `'en'` or `'zh-CN'`
 * @returns the readable text, e.g. `"every 6 months"` / `"每6个月"`
 * @throws {@link AccountPolicyError} `invalid_duration`, or `invalid_input` for another language
 * @example
 * ```ts
 * formatEvery({ years: 1 }, 'en'); // 'every year'
 * formatEvery({ months: 6 }, 'zh-CN'); // '每6个月'
 * ```
 */
export function formatEvery(duration: PolicyDuration, lang: 'en' | 'zh-CN'): string {
  const text = formatDuration(duration, lang);
  const d = validateDuration(duration);
  const nonZero = DURATION_FIELDS.map(([key]) => key).filter(
    (key) => d[key] !== undefined && d[key] !== 0,
  );
  const single = nonZero.length === 1 && d[nonZero[0]!] === 1 ? nonZero[0]! : null;
  if (lang === 'zh-CN') return `每${single ? ZH_ONE[single] : text}`;
  return `every ${single ? EN_ONE[single] : text}`;
}
