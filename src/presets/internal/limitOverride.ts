/*
 * How derivePreset changes one existing limit. A bank may tighten a regulatory limit (the result
 * is the bank's own, recording the regulatory entry it overrides) and may add limits of its own,
 * but never silently exceed a regulatory value: raising one, removing one or changing what it
 * counts is refused, and a newer regulation is followed with an explicit replacement that cites
 * it.
 */
import { group as groupDigits } from './handbookLimits';
import type { InputIssue } from '../../errors';
import type { LangText } from '../../messages/lang';
import { PolicyDecimal } from '../../money/decimal';
import type { LimitOrigin, LimitRule } from '../types/classes';
import type { SourceDocument } from '../types/common';
import type { Preset } from '../types/preset';
import { deepFreeze } from './deepFreeze';

type Path = readonly (string | number)[];

/**
 * A deliberate change of a regulatory number (a newer notice raised or lowered it): the new value
 * and the key of the document that sets it, which must differ from the current one. The result
 * stays regulatory, cites the newer document and records the entry it replaced in `overrides`.
 *
 * @example
 * ```ts
 * const change: LimitReplacement = {
 *   replace: { amount: '20000.00', source: 'pboc-2027-1', note: { en: 'Raised in 2027', 'zh-CN': '2027年上调' } },
 * };
 * derivePreset(getPreset(), {
 *   id: 'after-2027',
 *   sources: { 'pboc-2027-1': { ref: '银发〔2027〕1号', title: { en: 'Newer notice', 'zh-CN': '新通知' }, issuer: "People's Bank of China" } },
 *   classes: { II: { limits: { dailyOutflow: change } } },
 * });
 * ```
 */
export interface LimitReplacement {
  readonly replace: {
    /** The new amount (amount limits), a decimal string in the preset's currency. */
    readonly amount?: string;
    /** The new count (count limits). */
    readonly count?: number;
    /** Key into the derived preset's `sources` of the newer document. */
    readonly source: string;
    /** A remark for the handbook (the note of the replaced entry is not kept). */
    readonly note?: LangText;
  };
}

/** Key of the source a tightened limit cites when the caller names none. */
export const BANK_OWN_SOURCE = 'bank-own-rule';

/** The source {@link BANK_OWN_SOURCE} names, added to a derived preset that needs it. */
export const BANK_OWN_DOCUMENT: SourceDocument = /* @__PURE__ */ deepFreeze({
  ref: 'bank’s own rule',
  title: { en: 'The bank’s own rule (set with derivePreset)', 'zh-CN': '本行自定规则' },
  issuer: 'the bank',
});

/** Fields a bank may set on a limit that stands under a regulatory one, besides its value. */
const TIGHTENING_KEYS = new Set(['source', 'note', 'layer']);

/** What {@link overrideLimit} needs to know about the preset being derived. */
export interface OverrideContext {
  /** The base preset: the sources of its entries. */
  readonly base: Preset;
  readonly currency: string;
  readonly issues: InputIssue[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The regulatory entry a limit stands under: itself, the one it overrides, or none. */
export function regulatoryOrigin(limit: LimitRule): LimitOrigin | undefined {
  if (limit.layer === 'regulatory')
    return limit.type === 'window_count'
      ? { layer: 'regulatory', source: limit.source, count: limit.count }
      : { layer: 'regulatory', source: limit.source, amount: limit.limit.amount };
  return limit.overrides?.layer === 'regulatory' ? limit.overrides : undefined;
}

/** An amount for a message: grouped, and cut short when a caller's value is absurdly long. */
function group(amount: string): string {
  return amount.length > 40 ? `${groupDigits(amount.slice(0, 24))}…` : groupDigits(amount);
}

/** "10,000.00 CNY of 银发〔2018〕16号 (Notice on …)" */
function describeOrigin(origin: LimitOrigin, ctx: OverrideContext): string {
  const sources: unknown = ctx.base.sources;
  const doc =
    isPlainObject(sources) && Object.hasOwn(sources, origin.source)
      ? (sources[origin.source] as SourceDocument | undefined)
      : undefined;
  const value =
    origin.amount !== undefined ? `${group(origin.amount)} ${ctx.currency}` : `${origin.count}`;
  const title = typeof doc?.title?.en === 'string' ? ` (${doc.title.en})` : '';
  return typeof doc?.ref === 'string'
    ? `${value} of ${doc.ref}${title}`
    : `${value} of ${origin.source}`;
}

const REPLACE_HINT =
  'to follow a newer regulation, use { replace: { amount (or count), source } } citing it';

/** Whether `next` exceeds `ceiling` (both decimal strings); `false` when either is malformed. */
function exceeds(next: string, ceiling: string): boolean {
  try {
    return new PolicyDecimal(next).greaterThan(new PolicyDecimal(ceiling));
  } catch {
    return false;
  }
}

/** The value of an amount or count limit, for the `overrides` record. */
function originOf(limit: LimitRule): LimitOrigin {
  return limit.type === 'window_count'
    ? { layer: limit.layer, source: limit.source, count: limit.count }
    : { layer: limit.layer, source: limit.source, amount: limit.limit.amount };
}

function notDecimal(value: unknown): string {
  const shown =
    typeof value === 'object' && value !== null
      ? Array.isArray(value)
        ? 'a list'
        : 'an object'
      : `the ${typeof value} ${String(value).slice(0, 40)}`;
  return `amount must be a decimal string such as "5000.00", not ${shown}`;
}

/**
 * Normalises a change to an existing limit: a decimal string becomes `{ limit: { amount } }`;
 * anything else that is neither an object nor `null` is reported.
 */
function asPatch(
  existing: LimitRule,
  change: unknown,
  path: Path,
  ctx: OverrideContext,
): Record<string, unknown> | undefined {
  const add = (message: string) => void ctx.issues.push({ path: [...path], message });
  if (typeof change === 'string') {
    if (existing.type === 'window_count')
      return add('is a count limit: change it with { count: n }');
    return { limit: { amount: change, currency: ctx.currency } };
  }
  if (isPlainObject(change)) return change;
  if (existing.type === 'window_count') return add('is a count limit: change it with { count: n }');
  return add(notDecimal(change));
}

function replaceLimit(
  existing: LimitRule,
  origin: LimitOrigin | undefined,
  patch: Record<string, unknown>,
  path: Path,
  ctx: OverrideContext,
): LimitRule | undefined {
  const issues = ctx.issues;
  const at = (sub: Path, message: string) => void issues.push({ path: [...path, ...sub], message });
  const before = issues.length;
  if (!origin) return at([], 'is the bank’s own limit: change it directly, without replace');
  for (const key of Object.keys(patch))
    if (key !== 'replace') at([key], 'cannot be changed together with replace');
  const r = patch.replace;
  if (!isPlainObject(r)) return at(['replace'], 'must be { amount (or count), source, note? }');
  for (const key of Object.keys(r))
    if (!['amount', 'count', 'source', 'note'].includes(key))
      at(['replace', key], 'is not part of a replacement');
  if (typeof r.source !== 'string')
    at(['replace', 'source'], 'is required: the key of the newer document in sources');
  else if (r.source === origin.source)
    at(
      ['replace', 'source'],
      `must name the newer document, not the one that sets ${describeOrigin(origin, ctx)}`,
    );
  const count = existing.type === 'window_count';
  if (count ? 'amount' in r : 'count' in r)
    at(
      ['replace', count ? 'amount' : 'count'],
      `does not apply to ${count ? 'a count' : 'an amount'} limit`,
    );
  if (count) {
    if (!Number.isInteger(r.count) || (r.count as number) < 0)
      at(['replace', 'count'], 'must be a whole number ≥ 0 (this is a count limit)');
  } else if (typeof r.amount !== 'string') {
    at(['replace', 'amount'], notDecimal(r.amount));
  }
  if (issues.length > before) return undefined;
  const { note: _oldNote, overrides: _oldOverrides, restatedBy: _restated, ...kept } = existing;
  void _oldNote;
  void _oldOverrides;
  void _restated;
  const value = count
    ? { count: r.count as number }
    : { limit: { amount: r.amount as string, currency: ctx.currency } };
  return {
    ...kept,
    ...value,
    layer: 'regulatory',
    source: r.source as string,
    ...(r.note !== undefined ? { note: r.note as LangText } : {}),
    overrides: origin,
  } as LimitRule;
}

/**
 * The limit `existing` becomes under `change`, or `null` when it is removed, or `undefined` when
 * the change is refused (the reasons are added to `ctx.issues`).
 *
 * @param existing - the base's limit
 * @param change - the caller's change (see `LimitOverride`)
 * @param path - e.g. `["classes", "II", "limits", "dailyOutflow"]`
 * @param merge - merges a patch into the limit
 * @param ctx - the base preset, its currency and the list of issues
 * @returns the changed limit, `null` (removed) or `undefined` (refused)
 */
export function overrideLimit(
  existing: LimitRule,
  change: unknown,
  path: Path,
  merge: (base: unknown, patch: unknown, path: (string | number)[]) => unknown,
  ctx: OverrideContext,
): LimitRule | null | undefined {
  const at = (sub: Path, message: string) =>
    void ctx.issues.push({ path: [...path, ...sub], message });
  const origin = regulatoryOrigin(existing);
  if (change === null) {
    if (origin)
      return at(
        [],
        `is the regulatory limit ${describeOrigin(origin, ctx)} and cannot be removed; tighten it, or ${REPLACE_HINT}`,
      );
    return null;
  }
  const patch = asPatch(existing, change, path, ctx);
  if (!patch) return undefined;
  if ('replace' in patch) return replaceLimit(existing, origin, patch, path, ctx);
  if ('overrides' in patch) return at(['overrides'], 'is recorded by derivePreset, not set');
  if (!origin) return merge(existing, patch, [...path]) as LimitRule;

  const before = ctx.issues.length;
  for (const key of Object.keys(patch))
    if (!TIGHTENING_KEYS.has(key) && key !== (existing.type === 'window_count' ? 'count' : 'limit'))
      at(
        [key],
        `cannot be changed on a limit under the regulatory ${describeOrigin(origin, ctx)}; add a limit of the bank’s own instead`,
      );
  if (patch.layer !== undefined && patch.layer !== 'bank')
    at(['layer'], `can only become "bank" (the bank’s own); ${REPLACE_HINT}`);
  if (patch.source !== undefined && patch.source === origin.source)
    at(['source'], 'must name the bank’s own document, not the regulation it tightens');
  if (patch.limit !== undefined && !isPlainObject(patch.limit))
    at(['limit'], 'must be { amount } (a decimal string in the preset’s currency)');
  const amount = isPlainObject(patch.limit) ? patch.limit.amount : undefined;
  if (isPlainObject(patch.limit) && 'amount' in patch.limit && typeof amount !== 'string')
    at(['limit', 'amount'], notDecimal(amount));
  if (ctx.issues.length > before) return undefined;

  const merged = merge(existing, patch, [...path]) as LimitRule;
  const raised =
    merged.type === 'window_count'
      ? origin.count !== undefined && merged.count > origin.count
      : origin.amount !== undefined && exceeds(merged.limit.amount, origin.amount);
  if (raised) {
    const next =
      merged.type === 'window_count'
        ? `${merged.count}`
        : `${group(merged.limit.amount)} ${ctx.currency}`;
    return at(
      [],
      `would raise the regulatory limit ${describeOrigin(origin, ctx)} to ${next}: a bank may only tighten it; ${REPLACE_HINT}`,
    );
  }
  const onlyNote = Object.keys(patch).every((k) => k === 'note');
  if (existing.layer !== 'regulatory' || onlyNote) return merged;
  // The restatement and dates were the regulation's; the bank's own figure cites its own document.
  const { restatedBy: _restated, ...own } = merged;
  void _restated;
  return {
    ...own,
    layer: 'bank',
    source: typeof patch.source === 'string' ? patch.source : BANK_OWN_SOURCE,
    overrides: originOf(existing),
  } as LimitRule;
}
