import { AccountPolicyError } from '../../errors';
import { isLang, type Lang } from '../../messages/lang';

const KNOWN = new Set(['lang', 'trace']);

function invalid(path: (string | number)[], message: string): never {
  throw new AccountPolicyError('invalid_input', `Invalid ${path.join('.')}: ${message}`, [
    { path, message },
  ]);
}

/**
 * Reads `transition`'s options: `lang` (`'en'` or `'zh-CN'`) and `trace` (a boolean); anything
 * else is refused as `invalid_input` naming the option.
 *
 * @param options - the options as given (absent: `{}`)
 * @returns the language and whether to trace
 */
export function readTransitionOptions(options: unknown): { lang: Lang; trace: boolean } {
  if (options === undefined) return { lang: 'en', trace: false };
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    invalid(['options'], 'must be an options object such as { lang: "zh-CN", trace: true }');
  const given = options as { readonly [key: string]: unknown };
  for (const key of Object.keys(given))
    if (!KNOWN.has(key)) invalid(['options', key], 'is not an option (lang, trace)');
  const { lang, trace } = given;
  if (lang !== undefined && !isLang(lang)) invalid(['options', 'lang'], 'must be "en" or "zh-CN"');
  if (trace !== undefined && typeof trace !== 'boolean')
    invalid(['options', 'trace'], 'must be true or false');
  return { lang: (lang as Lang | undefined) ?? 'en', trace: trace === true };
}
