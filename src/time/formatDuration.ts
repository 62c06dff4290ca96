import { DURATION_FIELDS } from './internal/duration';
import { EN, ZH } from './internal/durationWords';
import { describeValue, fail } from './internal/errors';
import type { PolicyDuration } from './types';
import { validateDuration } from './validateDuration';

/**
 * Writes a duration for people, largest unit first, omitting zero fields.
 *
 * English joins parts with spaces and pluralises (`"1 year"`, `"2 years 6 months"`, `"48 hours"`);
 * Simplified Chinese joins them directly (`"15天"`, `"1年"`, `"2年6个月"`, `"48小时"`, `"2周"`,
 * `"30分钟"`). An all-zero duration is written with its first field (`"0 days"`, `"0天"`).
 *
 * @param duration - the duration (validated)
 * @param lang - `'en'` or `'zh-CN'`
 * @returns the readable text
 * @throws `AccountPolicyError` `invalid_duration`, or `invalid_input` for another language
 * @example
 * ```ts
 * formatDuration({ days: 15 }, 'en'); // '15 days'
 * formatDuration({ months: 6 }, 'zh-CN'); // '6个月'
 * ```
 */
export function formatDuration(duration: PolicyDuration, lang: 'en' | 'zh-CN'): string {
  const d = validateDuration(duration);
  if (lang !== 'en' && lang !== 'zh-CN') {
    throw fail(
      'invalid_input',
      `Unsupported language ${describeValue(lang)}: expected "en" or "zh-CN"`,
    );
  }
  const present = DURATION_FIELDS.map(([key]) => key).filter((key) => d[key] !== undefined);
  const nonZero = present.filter((key) => d[key] !== 0);
  const parts = nonZero.length > 0 ? nonZero : present.slice(0, 1);
  if (lang === 'zh-CN') return parts.map((key) => `${d[key]}${ZH[key]}`).join('');
  return parts
    .map((key) => {
      const n = d[key] ?? 0;
      return `${n} ${EN[key][n === 1 ? 0 : 1]}`;
    })
    .join(' ');
}
