import { FIELD_MESSAGES, type FieldMessageCode } from '../messages/catalog/fields';
import { FORM_MESSAGES, type FormMessageCode } from '../messages/catalog/forms';
import type { Lang } from '../messages/lang';
import { renderMessage, type MessageParams } from '../messages/renderMessage';
import { MAX_AMOUNT_TEXT_LENGTH, MAX_INTEGER_DIGITS, checkAmountText } from '../money/amountText';
import type { LocalDate } from '../time/types';

/**
 * A form message in a language, from the forms' own catalog (never the whole library's).
 *
 * @param code - a code of `FORM_MESSAGES`
 * @param params - placeholder values
 * @param lang - the language
 * @returns the message
 */
export function formText(code: FormMessageCode, params: MessageParams, lang: Lang): string {
  return renderMessage(FORM_MESSAGES[code], params, lang);
}

/**
 * A field message in a language, from the smallest catalog (for the input schemas' fields).
 *
 * @param code - a code of `FIELD_MESSAGES`
 * @param params - placeholder values
 * @param lang - the language
 * @returns the message
 */
export function fieldText(code: FieldMessageCode, params: MessageParams, lang: Lang): string {
  return renderMessage(FIELD_MESSAGES[code], params, lang);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads `YYYY-MM-DD` into a real date, or `undefined`.
 *
 * @param text - anything
 * @returns the date, or `undefined` when it is not a real date written so
 */
export function dateOf(text: unknown): LocalDate | undefined {
  if (typeof text !== 'string') return undefined;
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year);
  return year >= 1 &&
    d.getUTCFullYear() === year &&
    d.getUTCMonth() === month - 1 &&
    d.getUTCDate() === day
    ? { year, month, day }
    : undefined;
}

/** Orders two dates. */
export function compareDates(a: LocalDate, b: LocalDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Age in whole years on a day (a birthday on 29 February counts from 1 March in other years). */
export function ageOnDay(birth: LocalDate, day: LocalDate): number {
  const before = day.month < birth.month || (day.month === birth.month && day.day < birth.day);
  return day.year - birth.year - (before ? 1 : 0);
}

/**
 * Why a text is not an amount of this scale, in a language, or `null` when it is one.
 *
 * @param input - the field's value
 * @param scale - decimals of the currency
 * @param lang - the language
 * @returns the message, or `null`
 */
export function amountProblem(input: unknown, scale: number, lang: Lang): string | null {
  const problem = checkAmountText(input, scale);
  if (problem === null) return null;
  const code: FieldMessageCode =
    problem === 'too_many_decimals' && scale === 0 ? 'amount_whole_number' : `amount_${problem}`;
  const detail = fieldText(
    code,
    { scale, max: MAX_AMOUNT_TEXT_LENGTH, digits: MAX_INTEGER_DIGITS },
    lang,
  );
  return fieldText('form_amount', { problem: detail }, lang);
}

/**
 * Orders two valid non-negative decimal strings (no exponent, no sign) without decimal.js.
 *
 * @returns negative, zero or positive as `a` is below, equal to or above `b`
 */
export function compareAmounts(a: string, b: string): number {
  const [ai = '', af = ''] = a.split('.');
  const [bi = '', bf = ''] = b.split('.');
  const aInt = ai.replace(/^0+(?=\d)/, '');
  const bInt = bi.replace(/^0+(?=\d)/, '');
  if (aInt.length !== bInt.length) return aInt.length - bInt.length;
  if (aInt !== bInt) return aInt < bInt ? -1 : 1;
  const width = Math.max(af.length, bf.length);
  const x = af.padEnd(width, '0');
  const y = bf.padEnd(width, '0');
  return x === y ? 0 : x < y ? -1 : 1;
}

/** Names joined as alternatives: `a, b or c` / `a、b或c`. */
export function alternatives(names: readonly string[], lang: Lang): string {
  if (names.length <= 1) return names.join('');
  const head = names.slice(0, -1).join(lang === 'zh-CN' ? '、' : ', ');
  const last = names[names.length - 1]!;
  return lang === 'zh-CN' ? `${head}或${last}` : `${head} or ${last}`;
}

/**
 * An instant as a reader sees it: `2026-11-23 00:00 (+08:00)`, the wall time written in the
 * instant with its offset (no time zone arithmetic, no clock).
 */
export function showInstant(instant: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(
    instant,
  );
  return m ? `${m[1]} ${m[2]} (${m[3] === 'Z' ? 'UTC' : m[3]})` : instant;
}
