import type { Lang } from '../messages/lang';
import { formatDuration } from '../time';
import { sourceRef } from './citeSources';
import { group, windowText } from './internal/handbookLimits';
import { term, terms } from './internal/handbookTerms';
import { isDurationValue, rawChanges, type RawChange } from './internal/diffWalk';
import { DIFF_WORDS, SEGMENT_WORDS } from './internal/diffWords';
import type { LimitRule } from './types/classes';
import type { Discrepancy, Preset } from './types/preset';

/** One value that differs between two presets. */
export interface PresetChange {
  /** Where, as in a decision's `rule`: `classes.III.limits.balance.limit.amount`. */
  readonly path: string;
  readonly change: 'added' | 'removed' | 'changed';
  /** The value in the `from` preset (`null` when added). */
  readonly from: unknown;
  /** The value in the `to` preset (`null` when removed). */
  readonly to: unknown;
  /** The source in force at that path in the `from` preset, as cited (`银发〔2016〕302号`). */
  readonly sourceFrom: string;
  /** The source in force at that path in the `to` preset. */
  readonly sourceTo: string;
  /** One sentence saying what changed, in the requested language. */
  readonly message: string;
}

/** What changed between two presets, value by value. */
export interface PresetDiff {
  readonly from: string;
  readonly to: string;
  readonly changes: readonly PresetChange[];
  /**
   * The discrepancies between sources that bear on the changes (those citing both sources of a
   * change whose source differs), e.g. the bank training course's Class III figures against the 2018 notice.
   */
  readonly discrepancies: readonly { readonly text: string; readonly sources: readonly string[] }[];
}

type Plain = Record<string, unknown>;

/** Keys that hold texts, ids or citations rather than rule values. */
const TEXT_KEYS = new Set(['source', 'note', 'title', 'summary', 'description', 'text', 'id']);

function isLangText(value: unknown): value is Record<Lang, string> {
  return typeof value === 'object' && value !== null && 'zh-CN' in value && 'en' in value;
}

function segmentWord(seg: string, lang: Lang): string {
  return SEGMENT_WORDS[lang][seg] ?? term(seg, lang);
}

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? params[name]! : whole,
  );
}

function isLimit(value: unknown): value is LimitRule {
  return typeof value === 'object' && value !== null && 'type' in value && 'layer' in value;
}

/** A limit's name: "calendar day outflow limit dailyOutflow", "自然日支出限额". */
function limitName(limit: LimitRule, lang: Lang): string {
  const w = DIFF_WORDS[lang];
  const id = lang === 'en' ? limit.id : '';
  if (limit.type === 'balance_cap') return fill(w.balance, { id }).trim();
  const direction = limit.direction === 'inflow' ? w.inflowWord : w.outflowWord;
  if (limit.type === 'per_transaction') return fill(w.perTransaction, { direction, id }).trim();
  const window = windowText(limit, lang);
  return fill(limit.type === 'window_count' ? w.count : w.limit, { window, direction, id }).trim();
}

function limitValue(limit: LimitRule, currency: string): string {
  return limit.type === 'window_count'
    ? String(limit.count)
    : `${group(limit.limit.amount)} ${limit.limit.currency || currency}`;
}

/** A value for people: amounts grouped, durations in words, identifiers as terms. */
function valueText(value: unknown, path: readonly string[], currency: string, lang: Lang): string {
  const w = DIFF_WORDS[lang];
  if (value === null || value === undefined) return w.none;
  if (typeof value === 'boolean') return value ? w.yes : w.no;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (path.at(-1) === 'amount') return `${group(value)} ${currency}`;
    const referred = value.split('.');
    if (referred.length > 1) return referred.map((seg) => segmentWord(seg, lang)).join(' › ');
    return term(value, lang);
  }
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string'))
      return value.length ? terms(value, lang) : w.none;
    return value.map((v) => valueText(v, path, currency, lang)).join(lang === 'en' ? '; ' : '；');
  }
  if (isDurationValue(value)) return formatDuration(value, lang);
  if (isLimit(value)) return `${limitName(value, lang)} ${limitValue(value, currency)}`;
  const v = value as Plain;
  if (Array.isArray(v.kinds)) {
    const who = Array.isArray(v.counterparties)
      ? ` (${terms(v.counterparties as string[], lang)})`
      : '';
    const kinds = terms(v.kinds as string[], lang) + who;
    if (typeof v.allowed !== 'boolean') return kinds;
    const req =
      Array.isArray(v.requires) && v.requires.length
        ? `, ${w.requires} ${terms(v.requires as string[], lang)}`
        : '';
    return `${kinds}: ${v.allowed ? w.allowed : w.notAllowed}${req}`;
  }
  if ('amount' in v && 'currency' in v) return `${group(String(v.amount))} ${String(v.currency)}`;
  if (isLangText(v.title) && 'limits' in v) return v.title[lang]; // a whole class or tier
  return Object.entries(v)
    .filter(([k, x]) => !TEXT_KEYS.has(k) && !isLangText(x))
    .map(([k, x]) => `${segmentWord(k, lang)} ${valueText(x, [k], currency, lang)}`)
    .join(lang === 'en' ? ', ' : '，');
}

/** Where a change sits, for people: "Class III account › calendar day outflow limit …". */
function label(path: readonly string[], from: Preset, to: Preset, lang: Lang): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const prev = path[i - 1];
    const cls = to.classes.find((c) => c.id === seg) ?? from.classes.find((c) => c.id === seg);
    if (prev === 'classes') {
      parts[parts.length - 1] = cls ? cls.title[lang] : seg;
      continue;
    }
    if (cls && prev !== undefined && !/^\d+$/.test(seg)) {
      parts.push(cls.title[lang]);
      continue;
    }
    if (prev === 'limits' && path[i - 2] !== undefined && path[i - 3] === 'classes') {
      const clsId = path[i - 2];
      const find = (p: Preset) =>
        p.classes.find((c) => c.id === clsId)?.limits.find((l) => l.id === seg);
      const limit = find(to) ?? find(from);
      parts[parts.length - 1] = limit ? limitName(limit, lang) : seg;
      if (path[i + 1] === 'limit' || path[i + 1] === 'count') i = path.length; // the value itself
      continue;
    }
    if (/^\d+$/.test(seg)) {
      parts.push(`${DIFF_WORDS[lang].entry} ${Number(seg) + 1}`);
      continue;
    }
    parts.push(segmentWord(seg, lang));
  }
  return parts.join(' › ');
}

function cited(preset: Preset, key: string | undefined): string {
  return key === undefined ? '' : sourceRef(preset, key);
}

function describe(c: RawChange, from: Preset, to: Preset, lang: Lang): PresetChange {
  const sourceFrom = cited(from, c.sourceFrom);
  const sourceTo = cited(to, c.sourceTo);
  const sources =
    c.change === 'added'
      ? sourceTo
      : c.change === 'removed'
        ? sourceFrom
        : sourceFrom === sourceTo || !sourceFrom || !sourceTo
          ? sourceTo || sourceFrom
          : `${sourceFrom} → ${sourceTo}`;
  const message = fill(DIFF_WORDS[lang][c.change], {
    label: label(c.path, from, to, lang),
    from: valueText(c.from, c.path, from.currency, lang),
    to: valueText(c.to, c.path, to.currency, lang),
    sources,
  });
  return {
    path: c.path.join('.'),
    change: c.change,
    from: c.from,
    to: c.to,
    sourceFrom,
    sourceTo,
    message,
  };
}

/** The discrepancies citing both sources of a change whose source differs. */
function relevantDiscrepancies(
  from: Preset,
  to: Preset,
  changes: readonly RawChange[],
): Discrepancy[] {
  const pairs = changes.filter((c) => c.sourceFrom !== c.sourceTo);
  const seen = new Set<string>();
  const out: Discrepancy[] = [];
  for (const d of [...to.discrepancies, ...from.discrepancies]) {
    const bears = pairs.some(
      (c) =>
        c.sourceFrom !== undefined &&
        c.sourceTo !== undefined &&
        d.sources.includes(c.sourceFrom) &&
        d.sources.includes(c.sourceTo),
    );
    if (!bears || seen.has(d.text.en)) continue;
    seen.add(d.text.en);
    out.push(d);
  }
  return out;
}

/**
 * What changed between two presets, value by value: every limit's amount or count, every
 * duration, permission, capability, count and threshold that differs, each with the source in
 * force on either side and one sentence in the requested language. Works for two editions
 * (`cn-pboc-2016` → `cn-pboc-2018`) and for a derived preset against its base.
 *
 * @param from - the earlier preset (or the base)
 * @param to - the later preset (or the derived one)
 * @param options - `lang`: `'en'` (default) or `'zh-CN'`
 * @returns the changes (`[]` for the same rules) and the discrepancies bearing on them
 * @example
 * ```ts
 * const d = diffPresets(getPreset('cn-pboc-2016'), getPreset('cn-pboc-2018'));
 * d.changes.find((c) => c.path === 'classes.III.limits.balance.limit.amount');
 * // { change: 'changed', from: '1000.00', to: '2000.00', sourceFrom: '银发〔2016〕302号', sourceTo: '银发〔2018〕16号', … }
 * ```
 */
export function diffPresets(
  from: Preset,
  to: Preset,
  options: { readonly lang?: Lang } = {},
): PresetDiff {
  const lang: Lang = options.lang === 'zh-CN' ? 'zh-CN' : 'en';
  const raw = rawChanges(from as unknown as Plain, to as unknown as Plain);
  const discrepancies = raw.length ? relevantDiscrepancies(from, to, raw) : [];
  return {
    from: from.id,
    to: to.id,
    changes: raw.map((c) => describe(c, from, to, lang)),
    discrepancies: discrepancies.map((d) => ({
      text: d.text[lang],
      sources: d.sources.map((key) => sourceRef(to.sources[key] ? to : from, key)),
    })),
  };
}

/**
 * The edition diff as a Markdown handbook page: one row per changed value with both sources, and
 * the known discrepancies between sources.
 *
 * @param from - the earlier preset (or the base)
 * @param to - the later preset (or the derived one)
 * @param language - `'en'` (default) or `'zh-CN'`
 * @returns Markdown text
 * @example
 * ```ts
 * renderPresetDiffMarkdown(getPreset('cn-pboc-2016'), getPreset('cn-pboc-2018')).startsWith('# What changed'); // true
 * ```
 */
export function renderPresetDiffMarkdown(from: Preset, to: Preset, language: Lang = 'en'): string {
  const lang: Lang = language === 'zh-CN' ? 'zh-CN' : 'en';
  const w = DIFF_WORDS[lang];
  const diff = diffPresets(from, to, { lang });
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const out = [
    `# ${fill(w.title, { from: from.title[lang], to: to.title[lang] })}`,
    '',
    `\`${from.id}\` → \`${to.id}\`. ${w.intro}`,
    '',
  ];
  if (diff.changes.length === 0) out.push(w.noChanges, '');
  else {
    out.push(
      `| ${w.path} | ${w.change} | ${w.before} | ${w.after} | ${w.sources} |`,
      '|---|---|---|---|---|',
    );
    for (const c of diff.changes) {
      const path = c.path.split('.');
      const sources =
        c.sourceFrom === c.sourceTo ? c.sourceTo : `${c.sourceFrom || '—'} → ${c.sourceTo || '—'}`;
      const before = c.change === 'added' ? '—' : valueText(c.from, path, from.currency, lang);
      const after = c.change === 'removed' ? '—' : valueText(c.to, path, to.currency, lang);
      out.push(
        `| ${cell(label(path, from, to, lang))} (\`${c.path}\`) | ${w.kinds[c.change]} | ${cell(before)} | ${cell(after)} | ${cell(sources)} |`,
      );
    }
    out.push('');
  }
  if (diff.discrepancies.length) {
    out.push(`## ${w.discrepancies}`, '');
    for (const d of diff.discrepancies) out.push(`- ${d.text} (${d.sources.join('; ')})`);
    out.push('');
  }
  return out.join('\n');
}
