/*
 * The preset, compiled once per frozen preset object (a WeakMap keyed by the preset's identity:
 * pure, and the preset's amounts are parsed only the first time it is used). Only a preset frozen
 * all the way down is kept (every shipped and derived preset is): one that can still change is
 * compiled on every call, so a kept result can never go stale.
 */
import { calendarWindowKey } from './rules/fiscalYearWindow';
import { sourceRef } from '../presets/citeSources';
import { violationTemplate, type ViolationTemplate } from './rules/limitViolation';
import type { CountingDirection } from '../classes/countingDirection';
import { countingDirection } from '../classes/countingDirection';
import { getCurrency } from '../money/currencies';
import { minorOfAmountText, minorText } from '../money/amountMinor';
import type {
  AccountClassRules,
  LimitLayer,
  LimitRule,
  LimitWindow,
} from '../presets/types/classes';
import { COUNTERPARTIES, TRANSACTION_KINDS } from '../presets/types/common';
import type { Preset } from '../presets/types/preset';
import { getClassRules } from '../presets/classRules';
import { DURATION_FIELDS } from '../time/internal/duration';
import { validatePreset } from '../presets/validatePreset';
import { isDeepFrozen } from '../presets/internal/deepFreeze';
import type { PolicyDuration } from '../time/types';

/** Fields every compiled limit has. */
interface CompiledLimitBase {
  readonly rule: LimitRule;
  readonly id: string;
  readonly layer: LimitLayer;
  /** e.g. `classes.II.limits.dailyOutflow` */
  readonly path: string;
  readonly sourceKey: string;
  readonly sourceRef: string;
  /**
   * The cap in integer minor units (amount limits; preset amounts have at most the currency's
   * scale of decimals) or as a whole number (count limits): what the engine compares.
   */
  readonly minor: bigint;
  /** Its violation's code and messages, the parts that never change filled in at compile time. */
  readonly violation: ViolationTemplate;
}

/** A compiled window amount or count limit. */
export interface CompiledWindowLimit extends CompiledLimitBase {
  readonly type: 'window_amount' | 'window_count';
  readonly direction: 'inflow' | 'outflow';
  readonly windowKey: string;
  readonly window: LimitWindow;
  readonly count: number;
  readonly limitText: string;
}

/** A compiled per-transaction limit. */
export interface CompiledPerTransactionLimit extends CompiledLimitBase {
  readonly type: 'per_transaction';
  readonly direction: 'inflow' | 'outflow';
  readonly limitText: string;
}

/** A compiled balance cap. */
export interface CompiledBalanceCap extends CompiledLimitBase {
  readonly type: 'balance_cap';
  readonly limitText: string;
}

/** Any compiled limit. */
export type CompiledLimit = CompiledWindowLimit | CompiledPerTransactionLimit | CompiledBalanceCap;

/** A compiled limit before its violation's template is made (each kind keeps its own fields). */
export type UntemplatedLimit = CompiledLimit extends infer L
  ? L extends CompiledLimit
    ? Omit<L, 'violation'>
    : never
  : never;

/** A class, compiled. */
export interface CompiledClass {
  readonly rules: AccountClassRules;
  /** Counting direction per `kind:counterparty` bucket. */
  readonly directions: ReadonlyMap<string, CountingDirection>;
  readonly limits: readonly CompiledLimit[];
  /** The window keys its limits use. */
  readonly windowKeys: readonly string[];
  readonly sourceRef: string;
  /** The classes ranked above it, lowest rank first (as `higherClasses` lists them). */
  readonly higher: readonly CompiledClass[];
}

/** A preset, compiled. */
export interface CompiledPreset {
  readonly preset: Preset;
  readonly currency: string;
  readonly scale: number;
  /** Zero with the currency's scale, e.g. `"0.00"`. */
  readonly zeroText: string;
  readonly timeZone: string;
  readonly classes: ReadonlyMap<string, CompiledClass>;
  /** Every window any class's limits use, by key. */
  readonly windows: ReadonlyMap<string, LimitWindow>;
}

const DURATION_LETTER = {
  years: 'Y',
  months: 'M',
  weeks: 'W',
  days: 'D',
  hours: 'H',
  minutes: 'm',
};

/**
 * The key of a window in `Usage.windows`: the calendar unit, or `rolling:` and the duration
 * (`rolling:7D`, `rolling:24H`, `rolling:1M15D`).
 *
 * @param window - a limit's window
 * @returns its key
 * @example
 * ```ts
 * windowKey({ kind: 'rolling', duration: { hours: 24 } }); // 'rolling:24H'
 * ```
 */
export function windowKey(window: LimitWindow): string {
  if (window.kind === 'calendar') return calendarWindowKey(window.unit, window.startsOn);
  return `rolling:${durationKey(window.duration)}`;
}

function durationKey(d: PolicyDuration): string {
  let key = '';
  for (const [field] of DURATION_FIELDS) {
    const v = d[field];
    if (v !== undefined && v !== 0) key += `${v}${DURATION_LETTER[field]}`;
  }
  return key === '' ? '0D' : key;
}

/**
 * The usage bucket of a kind and counterparty.
 *
 * @param kind - the transaction kind
 * @param counterparty - the counterparty
 * @returns `"kind:counterparty"`
 * @example
 * ```ts
 * bucketKey('payment', 'other'); // 'payment:other'
 * ```
 */
export function bucketKey(kind: string, counterparty: string): string {
  return `${kind}:${counterparty}`;
}

function compileClass(preset: Preset, rules: AccountClassRules): CompiledClass {
  const directions = new Map<string, CountingDirection>();
  for (const kind of TRANSACTION_KINDS)
    for (const cp of COUNTERPARTIES)
      directions.set(bucketKey(kind, cp), countingDirection(rules, kind, cp));
  const windowKeys = new Set<string>();
  const scale = getCurrency(preset.currency).scale;
  const limits = rules.limits.map((rule): CompiledLimit => {
    const limit = compileLimit(preset, rules, rule, scale);
    if (limit.type === 'window_amount' || limit.type === 'window_count')
      windowKeys.add(limit.windowKey);
    return { ...limit, violation: violationTemplate(limit, preset.currency) };
  });
  return {
    rules,
    directions,
    limits,
    windowKeys: [...windowKeys],
    sourceRef: sourceRef(preset, rules.source),
    higher: [],
  };
}

/** A limit of a class, compiled but for its violation's template. */
function compileLimit(
  preset: Preset,
  rules: AccountClassRules,
  rule: LimitRule,
  scale: number,
): UntemplatedLimit {
  const base = {
    rule,
    id: rule.id,
    layer: rule.layer,
    path: `classes.${rules.id}.limits.${rule.id}`,
    sourceKey: rule.source,
    sourceRef: sourceRef(preset, rule.source),
  };
  switch (rule.type) {
    case 'window_amount':
    case 'window_count': {
      const key = windowKey(rule.window);
      const amount = rule.type === 'window_amount';
      // The preset is validated first: an amount limit's text is a checked amount.
      const minor = amount ? minorOfAmountText(rule.limit.amount, scale) : BigInt(rule.count);
      return {
        ...base,
        minor,
        type: rule.type,
        direction: rule.direction,
        window: rule.window,
        windowKey: key,
        count: amount ? 0 : rule.count,
        limitText: amount ? minorText(minor, scale) : String(rule.count),
      };
    }
    case 'per_transaction':
    case 'balance_cap': {
      const minor = minorOfAmountText(rule.limit.amount, scale);
      const limitText = minorText(minor, scale);
      return rule.type === 'per_transaction'
        ? { ...base, minor, type: 'per_transaction', direction: rule.direction, limitText }
        : { ...base, minor, type: 'balance_cap', limitText };
    }
  }
}

const CACHE = new WeakMap<Preset, CompiledPreset>();

/**
 * The compiled form of a preset: validated once, amounts parsed once, counting directions
 * tabulated. Cached per preset object when the preset is frozen all the way down (shipped and
 * derived presets are); a preset that can still change is compiled anew on each call.
 *
 * @param preset - the preset
 * @returns the compiled preset
 * @throws AccountPolicyError `invalid_preset` listing every problem
 * @example
 * ```ts
 * compilePreset(getPreset()).classes.get('II')!.limits.length; // 4
 * ```
 */
export function compilePreset(preset: Preset): CompiledPreset {
  const cached = CACHE.get(preset);
  if (cached) return cached;
  validatePreset(preset);
  const classes = new Map<string, CompiledClass>();
  const windows = new Map<string, LimitWindow>();
  for (const rules of preset.classes) {
    const compiled = compileClass(preset, rules);
    classes.set(rules.id, compiled);
    for (const limit of compiled.limits)
      if (limit.type === 'window_amount' || limit.type === 'window_count')
        windows.set(limit.windowKey, limit.window);
  }
  const all = [...classes.values()];
  for (const c of all)
    (c.higher as CompiledClass[]).push(
      ...all.filter((h) => h.rules.rank > c.rules.rank).sort((a, b) => a.rules.rank - b.rules.rank),
    );
  const result: CompiledPreset = {
    preset,
    currency: preset.currency,
    scale: getCurrency(preset.currency).scale,
    zeroText: minorText(0n, getCurrency(preset.currency).scale),
    timeZone: preset.timeZone,
    classes,
    windows,
  };
  if (isDeepFrozen(preset)) CACHE.set(preset, result);
  return result;
}

/**
 * A compiled class of a compiled preset.
 *
 * @param compiled - the compiled preset
 * @param classId - the class or tier id
 * @returns the compiled class
 * @throws AccountPolicyError `invalid_input` naming the class and the preset's classes
 * @example
 * ```ts
 * compiledClass(compilePreset(getPreset()), 'III').rules.rank; // 1
 * ```
 */
export function compiledClass(compiled: CompiledPreset, classId: string): CompiledClass {
  const found = compiled.classes.get(classId);
  if (found) return found;
  getClassRules(compiled.preset, classId); // throws the registry's error
  throw new Error('unreachable');
}
