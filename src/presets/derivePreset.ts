import { AccountPolicyError, attempt, type Result } from '../errors';
import type { LangText } from '../messages/lang';
import type { AccountClassRules, LimitRule } from './types/classes';
import type { SourceDocument } from './types/common';
import type { Preset } from './types/preset';
import { DURATION_FIELDS } from '../time/internal/duration';
import { validatePreset } from './validatePreset';
import { deepFreeze } from './internal/deepFreeze';
import {
  BANK_OWN_DOCUMENT,
  BANK_OWN_SOURCE,
  overrideLimit,
  type LimitReplacement,
  type OverrideContext,
} from './internal/limitOverride';

export type { LimitReplacement } from './internal/limitOverride';

/**
 * A partial, recursively: objects merge key by key; arrays, scalars and durations (`{ days: 15 }`)
 * replace.
 */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { readonly [K in keyof T]?: DeepPartial<T[K]> | null }
    : T;

/**
 * A change to one limit of a class:
 * - a decimal string: the new amount, in the preset's currency (never a JSON number);
 * - a partial limit, merged into the existing one;
 * - a complete new limit (when the id is new; its layer defaults to `"bank"`);
 * - `{ replace: { amount (or count), source } }`: a regulatory number a newer document changed;
 * - `null`: remove it.
 *
 * A regulatory limit may only be tightened: the result is the bank's own (`layer: "bank"`, citing
 * the caller's `source` or the default `"bank-own-rule"`), with the regulatory entry kept in
 * `overrides`. Raising it, removing it or changing anything but its amount (or count), source and
 * note is refused, unless with `replace`.
 *
 * @example
 * ```ts
 * // tighten: the bank's own 5,000.00 under the regulatory 10,000.00
 * const tighter: LimitOverride = '5000.00';
 * // a newer notice raised the number: say so, and cite it
 * const newer: LimitOverride = { replace: { amount: '20000.00', source: 'pboc-2027-1' } };
 * ```
 */
export type LimitOverride =
  string | DeepPartial<LimitRule> | Omit<LimitRule, 'id'> | LimitReplacement | null;

/** Changes to one class: limits by id, anything else merged. */
export type ClassOverride = DeepPartial<Omit<AccountClassRules, 'id' | 'limits'>> & {
  readonly limits?: { readonly [limitId: string]: LimitOverride };
};

/** What {@link derivePreset} changes in the base preset. */
export interface PresetOverrides<C extends string = string> {
  /** The new preset's id (required, different from the base's). */
  readonly id: string;
  readonly title?: LangText;
  readonly description?: LangText;
  readonly jurisdiction?: string;
  readonly effectiveFrom?: string;
  readonly timeZone?: string;
  /** Sources added to (or replacing, by key) the base's. */
  readonly sources?: { readonly [key: string]: SourceDocument };
  /**
   * Changes per class id; naming a class the base lacks is an error (at compile time too, for a
   * base whose class ids are literal types, such as a shipped preset).
   */
  readonly classes?: { readonly [K in C]?: ClassOverride };
  readonly lifecycle?: DeepPartial<Preset['lifecycle']>;
  readonly kyc?: DeepPartial<Preset['kyc']>;
  readonly suitability?: DeepPartial<Preset['suitability']>;
  readonly tiering?: DeepPartial<NonNullable<Preset['tiering']>>;
  /** Monitoring thresholds (rolling windows, counts, margins, large-transaction thresholds). */
  readonly monitoring?: DeepPartial<Preset['monitoring']>;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const DURATION_KEYS = new Set<string>(DURATION_FIELDS.map(([name]) => name));

/** A duration (`{ days: 15 }`, `{ years: 1, months: 6 }`): a value, not a record to merge into. */
function isDuration(value: Record<string, unknown>): boolean {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => DURATION_KEYS.has(k));
}

function merge(base: unknown, patch: unknown, path: (string | number)[]): unknown {
  if (patch === undefined) return base;
  if (!isPlainObject(patch) || !isPlainObject(base)) return patch;
  // `{ weeks: 2 }` over `{ days: 15 }` means two weeks, not 29 days.
  if (isDuration(base) && (isDuration(patch) || Object.keys(patch).length === 0)) return patch;
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(patch)) {
    if (FORBIDDEN_KEYS.has(key))
      throw new AccountPolicyError('invalid_preset', `Forbidden key ${key} in overrides`, [
        { path: [...path, key], message: 'forbidden key' },
      ]);
    out[key] = merge(base[key], patch[key], [...path, key]);
  }
  return out;
}

/**
 * The limits of a class after the caller's changes. A bank may tighten a regulatory limit and add
 * its own; raising or removing a regulatory one is refused (see {@link LimitReplacement} for a
 * newer regulation). Every refusal is added to `issues`.
 */
function mergeLimits(
  cls: AccountClassRules,
  patch: { readonly [limitId: string]: LimitOverride },
  ctx: OverrideContext,
  path: (string | number)[],
): LimitRule[] {
  const limits = [...cls.limits];
  const issue = (id: string, message: string) =>
    void ctx.issues.push({ path: [...path, id], message });
  for (const [id, change] of Object.entries(patch)) {
    if (FORBIDDEN_KEYS.has(id)) {
      issue(id, 'forbidden key');
      continue;
    }
    const index = limits.findIndex((l) => l.id === id);
    if (index < 0) {
      if (change === null) issue(id, `class ${cls.id} has no limit ${id} to remove`);
      else if (!isPlainObject(change) || !('type' in change))
        issue(id, 'a new limit needs type, limit (or count), window, layer and source');
      else if ('overrides' in change) issue(id, 'overrides is recorded by derivePreset, not set');
      else limits.push({ layer: 'bank', ...change, id } as LimitRule);
      continue;
    }
    let next: LimitRule | null | undefined;
    try {
      next = overrideLimit(limits[index]!, change, [...path, id], merge, ctx);
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      issue(id, `the base's limit is not shaped like a limit (${error.message.slice(0, 120)})`);
      continue;
    }
    if (next === null) limits.splice(index, 1);
    else if (next !== undefined) limits[index] = next;
  }
  return limits;
}

/**
 * Builds a bank's own preset from a base: tighten a limit, add a bank cap, change a duration.
 * The result is validated as a whole. A regulatory limit is never silently exceeded: raising or
 * removing one is refused, naming the regulatory value and its source; a newer regulation is
 * followed with an explicit {@link LimitReplacement} citing it.
 *
 * @param base - the preset to start from (e.g. `getPreset('cn-pboc-2018')`)
 * @param overrides - the changes; `id` is required
 * @returns the new, validated preset, frozen all the way down (the base is not changed)
 * @throws AccountPolicyError `invalid_preset` listing every problem (a limit below zero, an
 *   amount given as a number, a regulatory limit raised or removed, an unknown class, a limit not
 *   in the preset's currency, an unknown source, …)
 * @example
 * ```ts
 * const mine = derivePreset(getPreset('cn-pboc-2018'), {
 *   id: 'my-bank-2026',
 *   sources: { 'my-bank-policy': { ref: 'MB-7', title: { en: 'Limits policy', 'zh-CN': '限额制度' }, issuer: 'My Bank' } },
 *   classes: {
 *     I: { limits: { bankDailyOutflow: { type: 'window_amount', direction: 'outflow',
 *       window: { kind: 'calendar', unit: 'day' }, limit: { amount: '50000.00', currency: 'CNY' },
 *       layer: 'bank', source: 'my-bank-policy' } } },
 *     II: { limits: { dailyOutflow: '5000.00' } },
 *   },
 * });
 * // a newer notice changed a regulatory number: replace it, citing the notice
 * const newer = derivePreset(getPreset('cn-pboc-2018'), {
 *   id: 'after-newer-notice',
 *   sources: { 'pboc-2027-1': { ref: '银发〔2027〕1号', title: { en: 'Newer notice', 'zh-CN': '新通知' }, issuer: "People's Bank of China" } },
 *   classes: { II: { limits: { dailyOutflow: { replace: { amount: '20000.00', source: 'pboc-2027-1' } } } } },
 * });
 * ```
 */
export function derivePreset<C extends string>(
  base: Preset<C>,
  overrides: PresetOverrides<NoInfer<C>>,
): Preset<C> {
  if (!isPlainObject(overrides) || typeof overrides.id !== 'string')
    throw new AccountPolicyError('invalid_preset', 'Overrides need an "id" for the new preset', [
      { path: ['id'], message: 'required' },
    ]);
  if (overrides.id === base.id)
    throw new AccountPolicyError(
      'invalid_preset',
      `The derived preset needs its own id, not ${base.id}`,
      [{ path: ['id'], message: 'must differ from the base preset id' }],
    );
  const notAnObject = (path: (string | number)[], what: string) =>
    new AccountPolicyError('invalid_preset', `${path.join('.')} must be ${what}`, [
      { path, message: `must be ${what}` },
    ]);
  if (overrides.classes !== undefined && !isPlainObject(overrides.classes))
    throw notAnObject(['classes'], 'an object of changes by class id');
  for (const [classId, patch] of Object.entries(overrides.classes ?? {})) {
    if (patch !== undefined && !isPlainObject(patch))
      throw notAnObject(['classes', classId], 'an object of changes to the class');
    if (patch?.limits !== undefined && !isPlainObject(patch.limits))
      throw notAnObject(['classes', classId, 'limits'], 'an object of changes by limit id');
  }
  const unknownClasses = Object.keys(overrides.classes ?? {}).filter(
    (id) => !base.classes.some((c) => c.id === id),
  );
  if (unknownClasses.length > 0)
    throw new AccountPolicyError(
      'invalid_preset',
      `Unknown class ${unknownClasses.join(', ')} for base preset ${base.id}; classes: ${base.classes.map((c) => c.id).join(', ')}`,
      unknownClasses.map((id) => ({ path: ['classes', id], message: 'unknown class' })),
    );
  const { classes: classPatches, id, ...rest } = overrides;
  const merged = merge({ ...base, supersedes: [], derivedFrom: base.id }, rest, []) as Preset;
  const ctx: OverrideContext = { base, currency: merged.currency, issues: [] };
  const classes = base.classes.map((cls) => {
    const patch = classPatches?.[cls.id];
    if (!patch) return cls;
    const { limits: limitPatch, ...classRest } = patch;
    const next = merge(cls, classRest, ['classes', cls.id]) as AccountClassRules;
    return limitPatch
      ? { ...next, limits: mergeLimits(cls, limitPatch, ctx, ['classes', cls.id, 'limits']) }
      : next;
  });
  if (ctx.issues.length > 0) {
    const first = ctx.issues[0]!;
    throw new AccountPolicyError(
      'invalid_preset',
      `${first.path.join('.')} ${first.message}` +
        (ctx.issues.length > 1 ? ` (and ${ctx.issues.length - 1} more)` : ''),
      ctx.issues,
    );
  }
  const needsBankOwn =
    isPlainObject(merged.sources) &&
    !Object.hasOwn(merged.sources, BANK_OWN_SOURCE) &&
    classes.some((c) => c.limits.some((l) => l.source === BANK_OWN_SOURCE));
  const sources = needsBankOwn
    ? { ...merged.sources, [BANK_OWN_SOURCE]: BANK_OWN_DOCUMENT }
    : merged.sources;
  // Class ids are the base's: an override naming another class was refused above.
  return deepFreeze(validatePreset({ ...merged, id, sources, classes })) as Preset<C>;
}

/**
 * Non-throwing twin of {@link derivePreset}.
 *
 * @param base - the preset to start from
 * @param overrides - the changes
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with every issue
 * @example
 * ```ts
 * const r = safeDerivePreset(getPreset(), { id: 'x', classes: { II: { limits: { dailyOutflow: '-1.00' } } } });
 * r.ok; // false
 * ```
 */
export function safeDerivePreset<C extends string>(
  base: Preset<C>,
  overrides: PresetOverrides<NoInfer<C>>,
): Result<Preset<C>> {
  return attempt(() => derivePreset(base, overrides));
}
