import { DURATION_FIELDS, type DurationField } from './internal/duration';
import { EN, ZH } from './internal/durationWords';
import { formatDuration } from './formatDuration';
import type { PolicyDuration } from './types';
import { validateDuration } from './validateDuration';

/** "每月", not "每个月": the measure word goes when there is no count. */
const ZH_ONE: Record<DurationField, string> = { ...ZH, months: '月' };

/**
 * Writes a recurring interval for people: "every" plus the duration, and a single unit of one
 * without its count (`"every year"`, `"每年"`, but `"every 3 years"`, `"每3年"`).
 *
 * @param duration - the interval (validated)
 * @param lang - `'en'` or `'zh-CN'`
 * @returns the readable text, e.g. `"every 6 months"` / `"每6个月"`
 * @throws `AccountPolicyError` `invalid_duration`, or `invalid_input` for another language
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
  return `every ${single ? EN[single][0] : text}`;
}
