import { AccountPolicyError } from '../errors';
import type { Lang, LangText } from './lang';

/** Values substituted into `{name}` placeholders of a message template. */
export type MessageParams = { readonly [name: string]: string | number | undefined };

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** A parameter value as text: strings, numbers, booleans and bigints; anything else is missing. */
function paramText(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    default:
      return undefined;
  }
}

/**
 * Fills a message template in one language: `{name}` becomes `params.name`.
 * A placeholder with no value (or a value that is not text or a number) is kept as written, so a
 * missing parameter is visible, not silent. A `lang` other than `'zh-CN'` renders English.
 *
 * @param template - the template in every language
 * @param params - the values
 * @param lang - `'en'` (default) or `'zh-CN'`
 * @returns the message
 * @throws AccountPolicyError `invalid_input` if the template has no text in that language or
 *   `params` is not an object
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
  const text = (template as Partial<LangText> | null | undefined)?.[lang === 'zh-CN' ? lang : 'en'];
  if (typeof text !== 'string') {
    throw new AccountPolicyError(
      'invalid_input',
      `A message template needs an "en" and a "zh-CN" text`,
    );
  }
  if (typeof params !== 'object' || params === null) {
    throw new AccountPolicyError('invalid_input', 'Message parameters must be an object');
  }
  const parts = templateParts(text);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const value = Object.hasOwn(params, name) ? paramText(params[name]) : undefined;
    out += (value === undefined ? `{${name}}` : value) + parts[i + 1]!;
  }
  return out;
}

/**
 * A template split once into `[text, name, text, name, …, text]` (odd indexes are placeholder
 * names), so that filling it is a loop of concatenations, not a regular-expression replace per
 * message: most of a refusal's cost was there (issue 18). The catalogs hold a few hundred
 * templates; past `TEMPLATE_CACHE_SIZE` (a caller's own templates) the cache starts over.
 */
const TEMPLATE_CACHE_SIZE = 2048;
const splitTemplates = new Map<string, readonly string[]>();

function templateParts(text: string): readonly string[] {
  let parts = splitTemplates.get(text);
  if (parts !== undefined) return parts;
  const built: string[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    built.push(text.slice(last, m.index), m[1]!);
    last = m.index + m[0].length;
  }
  built.push(text.slice(last));
  parts = built;
  if (splitTemplates.size >= TEMPLATE_CACHE_SIZE) splitTemplates.clear();
  splitTemplates.set(text, parts);
  return parts;
}

/**
 * The placeholder names a template uses, sorted (for completeness tests and tooling).
 *
 * @param text - one language's template
 * @returns the distinct names, sorted
 * @throws AccountPolicyError `invalid_input` if `text` is not a string
 * @example
 * ```ts
 * placeholders('{used} of {limit}'); // ['limit', 'used']
 * ```
 */
export function placeholders(text: string): string[] {
  if (typeof text !== 'string')
    throw new AccountPolicyError('invalid_input', 'placeholders needs a template text');
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}
