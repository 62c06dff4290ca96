/*
 * Handbook pieces for the rules the foreign presets brought: fiscal-year windows, per-transaction
 * limits scoped by kind or channel, non-reloadable classes, unverified sources.
 */
import { MONTH_NAMES } from '../../time/internal/monthNames';
import type { Lang } from '../../messages/lang';
import type { FiscalYearStart } from '../../time/fiscalYear';
import type { AccountClassRules, PerTransactionLimit } from '../types/classes';
import type { Preset } from '../types/preset';
import { citeIn, terms } from './handbookTerms';
import { HANDBOOK_WORDS } from './handbookWords';

/**
 * A fiscal-year window as the handbook writes it: `financial year from 1 April` / `财年（每年4月1日起）`.
 *
 * @param startsOn - the fiscal year's start date
 * @param lang - the language
 * @returns the text
 * @example
 * ```ts
 * fiscalYearText({ month: 4, day: 1 }, 'en'); // 'financial year from 1 April'
 * ```
 */
export function fiscalYearText(startsOn: FiscalYearStart, lang: Lang): string {
  if (lang === 'zh-CN') return `财年（每年${startsOn.month}月${startsOn.day}日起）`;
  const month = MONTH_NAMES[startsOn.month - 1] ?? `month ${startsOn.month}`;
  return `financial year from ${startsOn.day} ${month}`;
}

/**
 * The window column of a per-transaction limit: `per transaction`, narrowed to its kinds and
 * channels when it has them (`per transaction: payment; through online banking, mobile banking`).
 *
 * @param limit - the limit
 * @param lang - the language
 * @returns the text
 * @example
 * ```ts
 * perTransactionWindowText({ kinds: ['withdraw_cash'] } as PerTransactionLimit, 'en'); // 'per transaction: withdraw_cash'
 * ```
 */
export function perTransactionWindowText(limit: PerTransactionLimit, lang: Lang): string {
  const t = HANDBOOK_WORDS[lang];
  const parts: string[] = [];
  if (limit.kinds !== undefined) parts.push(terms(limit.kinds, lang));
  if (limit.channels !== undefined)
    parts.push(`${t.throughChannels}${lang === 'en' ? ' ' : ''}${terms(limit.channels, lang)}`);
  if (parts.length === 0) return t.perTransaction;
  return lang === 'en'
    ? `${t.perTransaction}: ${parts.join('; ')}`
    : `${t.perTransaction}（${parts.join('；')}）`;
}

/**
 * The handbook line of a non-reloadable class, or none.
 *
 * @param preset - the preset (for the citation)
 * @param cls - the class
 * @param lang - the language
 * @returns the lines (empty for a reloadable class)
 * @example
 * ```ts
 * nonReloadableLines(preset, preset.classes[0]!, 'en');
 * ```
 */
export function nonReloadableLines(preset: Preset, cls: AccountClassRules, lang: Lang): string[] {
  const rule = cls.nonReloadable;
  if (rule === undefined) return [];
  const t = HANDBOOK_WORDS[lang];
  return [
    `- **${t.nonReloadable}** — ${citeIn(preset, rule.source, lang)}${rule.note ? ` — ${rule.note[lang]}` : ''}`,
  ];
}
