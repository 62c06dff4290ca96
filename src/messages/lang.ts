/** The languages every message and title exists in. */
import { deepFreeze } from '../presets/internal/deepFreeze';

export type Lang = 'en' | 'zh-CN';

/** Every supported language, in display order. */
export const LANGS: readonly Lang[] = /* @__PURE__ */ deepFreeze(['en', 'zh-CN']);

/** A text in every supported language. */
export type LangText = { readonly [L in Lang]: string };

/**
 * Whether a value names a supported language.
 *
 * @param value - anything, e.g. a `--lang` flag
 * @returns true for `'en'` and `'zh-CN'`
 * @example
 * ```ts
 * isLang('zh-CN'); // true
 * isLang('fr'); // false
 * ```
 */
export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'zh-CN';
}
