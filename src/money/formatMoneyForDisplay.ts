import { formatMoney } from './formatMoney';
import type { Money } from './Money';

/** Inserts `,` every three digits from the right of a string of ASCII digits. */
function groupThousands(digits: string): string {
  const head = digits.length % 3;
  const groups: string[] = head > 0 ? [digits.slice(0, head)] : [];
  for (let i = head; i < digits.length; i += 3) groups.push(digits.slice(i, i + 3));
  return groups.join(',');
}

/**
 * Formats Money for people, with thousands separators, in English or Simplified Chinese.
 *
 * Works on the decimal string itself (no conversion to a JavaScript number), so it is exact
 * for every amount. English puts the code first; Chinese writes `元` for CNY and the code after
 * the amount otherwise. Any `lang` other than `'zh-CN'` is treated as `'en'`.
 *
 * @param m - the money value
 * @param lang - `'en'` or `'zh-CN'`
 * @returns e.g. `"CNY 10,000.00"` (en), `"10,000.00 元"` (zh-CN, CNY), `"10,000.00 USD"` (zh-CN)
 * @throws AccountPolicyError as {@link formatMoney} does
 * @example
 * ```ts
 * formatMoneyForDisplay(money('10000', 'CNY'), 'en'); // 'CNY 10,000.00'
 * formatMoneyForDisplay(money('10000', 'CNY'), 'zh-CN'); // '10,000.00 元'
 * formatMoneyForDisplay(money('1234567', 'JPY'), 'en'); // 'JPY 1,234,567'
 * ```
 */
export function formatMoneyForDisplay(m: Money, lang: 'en' | 'zh-CN'): string {
  return formatAmountTextForDisplay(formatMoney(m), m.currency, lang);
}

/**
 * Formats an amount already written as a plain decimal string with the currency's decimals (as
 * `formatMoney` and the engine's integer minor units write it) for people: the same output as
 * {@link formatMoneyForDisplay}, without building a decimal (the limit engine's refusal messages
 * use it).
 *
 * @param plain - e.g. `"-1234.50"`: an optional `-`, ASCII digits, and the fraction if any
 * @param currency - ISO 4217 code
 * @param lang - `'en'` or `'zh-CN'`
 * @returns e.g. `"CNY 1,234.50"` (en), `"1,234.50 元"` (zh-CN, CNY)
 * @example
 * ```ts
 * formatAmountTextForDisplay('10000.00', 'CNY', 'zh-CN'); // '10,000.00 元'
 * ```
 */
export function formatAmountTextForDisplay(
  plain: string,
  currency: string,
  lang: 'en' | 'zh-CN',
): string {
  const negative = plain.startsWith('-');
  const unsigned = negative ? plain.slice(1) : plain;
  const [intPart, fraction] = unsigned.split('.') as [string, string?];
  const rest = fraction === undefined ? '' : `.${fraction}`;
  const number = `${negative ? '-' : ''}${groupThousands(intPart)}${rest}`;
  if (lang === 'zh-CN') return currency === 'CNY' ? `${number} 元` : `${number} ${currency}`;
  return `${currency} ${number}`;
}
