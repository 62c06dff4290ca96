import type { Lang, LangText } from './lang';

/** Values substituted into `{name}` placeholders of a message template. */
export type MessageParams = { readonly [name: string]: string | number | undefined };

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/**
 * Fills a message template in one language: `{name}` becomes `params.name`.
 * A placeholder with no value is kept as written, so a missing parameter is visible, not silent.
 *
 * @param template - the template in every language
 * @param params - the values
 * @param lang - `'en'` (default) or `'zh-CN'`
 * @returns the message
 * @example
 * ```ts
 * renderMessage({ en: 'Limit {limit}', 'zh-CN': '限额{limit}' }, { limit: '10000.00' }, 'zh-CN');
 * // '限额10000.00'
 * ```
 */
export function renderMessage(
  template: LangText,
  params: MessageParams,
  lang: Lang = 'en',
): string {
  return template[lang].replace(PLACEHOLDER, (whole, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    return value === undefined ? whole : String(value);
  });
}

/**
 * The placeholder names a template uses, sorted (for completeness tests and tooling).
 *
 * @param text - one language's template
 * @returns the distinct names, sorted
 * @example
 * ```ts
 * placeholders('{used} of {limit}'); // ['limit', 'used']
 * ```
 */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}
