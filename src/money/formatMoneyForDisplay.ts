import { formatMoney } from './formatMoney';
import type { Money } from './Money';

/** Inserts `,` every three digits from the right of `text.slice(from, to)` (ASCII digits). */
function groupThousands(text: string, from: number, to: number): string {
  let head = (to - from) % 3;
  if (head === 0) head = 3;
  let out = text.slice(from, from + head);
  for (let i = from + head; i < to; i += 3) out += ',' + text.slice(i, i + 3);
  return out;
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
  const from = plain.charCodeAt(0) === 45 /* - */ ? 1 : 0;
  const dot = plain.indexOf('.');
  const to = dot < 0 ? plain.length : dot;
  const number = `${from === 1 ? '-' : ''}${groupThousands(plain, from, to)}${plain.slice(to)}`;
  if (lang === 'zh-CN') return currency === 'CNY' ? `${number} 元` : `${number} ${currency}`;
  return `${currency} ${number}`;
}
