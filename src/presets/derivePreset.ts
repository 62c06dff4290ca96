import { AccountPolicyError, attempt, type Result } from '../errors';
import type { LangText } from '../messages/lang';
import type { AccountClassRules, LimitRule } from './types/classes';
import type { MoneyAmount, SourceDocument } from './types/common';
import type { Preset } from './types/preset';
import { DURATION_FIELDS } from '../time/internal/duration';
import { validatePreset } from './validatePreset';
import { deepFreeze } from './internal/deepFreeze';

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
 * A change to one limit of a class: a decimal string (new amount in the preset's currency), a
 * partial limit (merged into the existing one), a complete new limit (when the id is new), or
 * `null` to remove it.
 */
export type LimitOverride = string | DeepPartial<LimitRule> | Omit<LimitRule, 'id'> | null;

/** Changes to one class: limits by id, anything else merged. */
export type ClassOverride = DeepPartial<Omit<AccountClassRules, 'id' | 'limits'>> & {
  readonly limits?: { readonly [limitId: string]: LimitOverride };
};

/** What {@link derivePreset} changes in the base preset. */
export interface PresetOverrides {
  /** The new preset's id (required, different from the base's). */
  readonly id: string;
  readonly title?: LangText;
  readonly description?: LangText;
  readonly jurisdiction?: string;
  readonly effectiveFrom?: string;
  readonly timeZone?: string;
  /** Sources added to (or replacing, by key) the base's. */
  readonly sources?: { readonly [key: string]: SourceDocument };
  /** Changes per class id; naming a class the base lacks is an error. */
  readonly classes?: { readonly [classId: string]: ClassOverride };
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

function mergeLimits(
  cls: AccountClassRules,
  patch: { readonly [limitId: string]: LimitOverride },
  currency: string,
  path: (string | number)[],
): LimitRule[] {
  const limits = [...cls.limits];
  for (const [id, change] of Object.entries(patch)) {
    if (FORBIDDEN_KEYS.has(id))
      throw new AccountPolicyError('invalid_preset', `Forbidden limit id ${id}`, [
        { path: [...path, id], message: 'forbidden key' },
      ]);
    const index = limits.findIndex((l) => l.id === id);
    if (change === null) {
      if (index < 0)
        throw new AccountPolicyError(
          'invalid_preset',
          `Cannot remove unknown limit ${id} of class ${cls.id}`,
          [{ path: [...path, id], message: `class ${cls.id} has no limit ${id}` }],
        );
      limits.splice(index, 1);
      continue;
    }
    if (index < 0) {
      if (typeof change === 'string' || !isPlainObject(change) || !('type' in change))
        throw new AccountPolicyError(
          'invalid_preset',
          `New limit ${id} of class ${cls.id} must be a complete limit with a type`,
          [
            {
              path: [...path, id],
              message: 'a new limit needs type, limit (or count), window, layer and source',
            },
          ],
        );
      limits.push({ layer: 'bank', ...change, id } as LimitRule);
      continue;
    }
    const existing = limits[index]!;
    const patchObject =
      typeof change === 'string'
        ? { limit: { amount: change, currency } satisfies MoneyAmount }
        : change;
    limits[index] = merge(existing, patchObject, [...path, id]) as LimitRule;
  }
  return limits;
}

/**
 * Builds a bank's own preset from a base: override a limit, add a bank cap, change a duration.
 * The result is validated as a whole.
 *
 * @param base - the preset to start from (e.g. `getPreset('cn-pboc-2018')`)
 * @param overrides - the changes; `id` is required
 * @returns the new, validated preset, frozen all the way down (the base is not changed)
 * @throws AccountPolicyError `invalid_preset` listing every problem (a limit below zero, an
 *   unknown class, a limit not in the preset's currency, an unknown source, …)
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
 * ```
 */
export function derivePreset(base: Preset, overrides: PresetOverrides): Preset {
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
  const classes = base.classes.map((cls) => {
    const patch = classPatches?.[cls.id];
    if (!patch) return cls;
    const { limits: limitPatch, ...classRest } = patch;
    const next = merge(cls, classRest, ['classes', cls.id]) as AccountClassRules;
    return limitPatch
      ? {
          ...next,
          limits: mergeLimits(cls, limitPatch, merged.currency, ['classes', cls.id, 'limits']),
        }
      : next;
  });
  return deepFreeze(validatePreset({ ...merged, id, classes }));
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
export function safeDerivePreset(base: Preset, overrides: PresetOverrides): Result<Preset> {
  return attempt(() => derivePreset(base, overrides));
}
