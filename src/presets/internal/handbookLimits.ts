/*
 * Pieces of the preset handbook (`renderPresetMarkdown`): amounts, durations, citations,
 * matchers and limits as text.
 */
import type { Lang } from '../../messages/lang';
import { formatDuration } from '../../time';
import type { PolicyDuration } from '../../time/types';
import type { LimitRule, TransactionMatcher } from '../types/classes';
import type { MoneyAmount } from '../types/common';
import type { Preset } from '../types/preset';
import { HANDBOOK_WORDS } from './handbookWords';
import { citeIn, term, terms } from './handbookTerms';
import { fiscalYearText, perTransactionWindowText } from './handbookForeign';

/**
 * An amount with its whole part in groups of three (`10000.00` → `10,000.00`), in linear time
 * (a lookahead regex is quadratic, and amounts here may come from a caller's overrides).
 */
export function group(amount: string): string {
  const sign = amount.startsWith('-') ? '-' : '';
  const [int = '', frac] = amount.slice(sign.length).split('.');
  let grouped = '';
  for (let end = int.length; end > 0; end -= 3) {
    const start = Math.max(0, end - 3);
    grouped = start === 0 ? int.slice(start, end) + grouped : `,${int.slice(start, end)}${grouped}`;
  }
  return sign + (frac === undefined ? grouped : `${grouped}.${frac}`);
}

export function money(m: MoneyAmount): string {
  return `${group(m.amount)} ${m.currency}`;
}

export function dur(d: PolicyDuration | null, lang: Lang, fallback: string): string {
  return d === null ? fallback : formatDuration(d, lang);
}

export function cite(preset: Preset, key: string, lang: Lang = 'en'): string {
  return citeIn(preset, key, lang);
}

export function matchers(list: readonly TransactionMatcher[], lang: Lang): string {
  const t = HANDBOOK_WORDS[lang];
  if (list.length === 0) return t.nothing;
  return list
    .map(
      (m) => terms(m.kinds, lang) + (m.counterparties ? ` (${terms(m.counterparties, lang)})` : ''),
    )
    .join(lang === 'en' ? '; ' : '；');
}

export function windowText(limit: LimitRule, lang: Lang): string {
  if (limit.type === 'balance_cap') return lang === 'en' ? 'at any moment' : '任何时点';
  if (limit.type === 'per_transaction') return perTransactionWindowText(limit, lang);
  const w = limit.window;
  if (w.kind === 'rolling')
    return lang === 'en'
      ? `rolling ${formatDuration(w.duration, lang)}`
      : `滚动${formatDuration(w.duration, lang)}`;
  const names = {
    en: { day: 'calendar day', month: 'calendar month', year: 'calendar year' },
    'zh-CN': { day: '自然日', month: '自然月', year: '自然年' },
  } as const;
  return w.startsOn === undefined ? names[lang][w.unit] : fiscalYearText(w.startsOn, lang);
}

export function limitText(limit: LimitRule, lang: Lang): string {
  const dir = {
    en: { inflow: 'inflow', outflow: 'outflow' },
    'zh-CN': { inflow: '收入', outflow: '支出' },
  } as const;
  switch (limit.type) {
    case 'balance_cap':
      return `${lang === 'en' ? 'balance' : '余额'} ≤ ${money(limit.limit)}`;
    case 'window_count':
      return `${dir[lang][limit.direction]} ≤ ${limit.count} ${lang === 'en' ? 'transactions' : '笔'}`;
    default:
      return `${dir[lang][limit.direction]} ≤ ${money(limit.limit)}`;
  }
}

/** A limit's value alone: `5,000.00 CNY` or `20 transactions`. */
function valueText(
  amount: string | undefined,
  count: number | undefined,
  currency: string,
  lang: Lang,
): string {
  if (amount !== undefined) return `${group(amount)} ${currency}`;
  return `${count ?? ''} ${lang === 'en' ? 'transactions' : '笔'}`;
}

/**
 * Whose rule a limit is, for the handbook: `regulatory` or `bank`; for a bank's own limit that
 * tightens a regulatory one, both values ("bank's own: 5,000.00 CNY (regulation: 10,000.00 CNY,
 * 银发〔2018〕16号)"); for a regulatory number a newer document replaced, the one it replaced.
 *
 * @param preset - the preset (currency and sources)
 * @param limit - the limit
 * @param lang - the language
 * @returns the text of the Layer column
 */
export function layerText(preset: Preset, limit: LimitRule, lang: Lang): string {
  const o = limit.overrides;
  if (!o) return term(limit.layer, lang);
  const count = limit.type === 'window_count';
  const own = count
    ? valueText(undefined, limit.count, preset.currency, lang)
    : valueText(limit.limit.amount, undefined, preset.currency, lang);
  const original = `${valueText(o.amount, o.count, preset.currency, lang)}${lang === 'en' ? ', ' : '，'}${cite(preset, o.source, lang)}`;
  if (limit.layer === 'bank' && o.layer === 'regulatory')
    return lang === 'en'
      ? `bank’s own: ${own} (regulation: ${original})`
      : `本行自定：${own}（监管规定：${original}）`;
  return lang === 'en'
    ? `${limit.layer}: ${own} (replaces ${original})`
    : `${limit.layer === 'regulatory' ? '监管规定' : '本行自定'}：${own}（取代${original}）`;
}
