/*
 * The shared fold of a threshold requirement: not in force, below, or reached (the requirement).
 */
import { formatRequirementMessage as formatMessage } from '../../messages/areaMessages';
import type { RequirementCode } from '../../messages/catalog/requirements';
import { sourceRef } from '../../presets/citeSources';
import { ruleInForceOn, rulePeriod } from '../../presets/ruleInForce';
import type { MoneyAmount, Sourced } from '../../presets/types/common';
import { minorText, parseAmountMinor } from '../../money/amountMinor';
import type { CheckRequirement, RequirementContext, RequirementResult, Total } from './types';

/** What a threshold unit found, for {@link thresholdResult}. @internal */
export interface ThresholdCheck {
  readonly code: Exclude<RequirementCode, `trace_${string}`>;
  readonly rule: string;
  /** The preset entry (its source and dates). */
  readonly entry: Sourced;
  /** The entry's source key when it differs from `entry.source` (the reminder's own source). */
  readonly sourceKey?: string;
  readonly threshold: MoneyAmount;
  /** `above`: strictly above; `reach`: at or above. */
  readonly reached: 'above' | 'reach';
  readonly total: Total;
  /** Further message parameters and fields (e.g. `within`). */
  readonly extra?: { readonly within?: string; readonly companyThreshold?: string };
}

/** Preset amounts in minor units and as text, per amount object (frozen preset data) and scale. */
const PRESET_MINOR = new WeakMap<
  MoneyAmount,
  { readonly scale: number; readonly minor: bigint; readonly text: string }
>();

/**
 * A preset amount (a threshold) in minor units and as text, parsed and written once per amount
 * object and scale.
 */
function presetAmount(amount: MoneyAmount, scale: number, rule: string) {
  const known = PRESET_MINOR.get(amount);
  if (known !== undefined && known.scale === scale) return known;
  const minor = parseAmountMinor(amount.amount, scale, ['preset', ...rule.split('.')]);
  const parsed = { scale, minor, text: minorText(minor, scale) };
  PRESET_MINOR.set(amount, parsed);
  return parsed;
}

/**
 * A preset amount as text with the currency's scale (`"50000.00"`), remembered like its minor
 * units: a unit that quotes a threshold on every check writes it once.
 *
 * @param amount - the preset's amount (a frozen preset's object)
 * @param scale - the currency's scale
 * @param rule - the rule's path, for the error
 * @returns the text
 * @example
 * ```ts
 * presetAmountText({ amount: '50000', currency: 'CNY' }, 2, 'kyc.x'); // '50000.00'
 * ```
 */
export function presetAmountText(amount: MoneyAmount, scale: number, rule: string): string {
  return presetAmount(amount, scale, rule).text;
}

/**
 * The outcome of a threshold unit: `not_applicable` when the rule is not in force on the day,
 * `passed` below the threshold, `failed` with the requirement when it is reached.
 *
 * @param ctx - the context
 * @param check - what the unit compared
 * @returns the outcome and the requirement, if any
 */
export function thresholdResult(ctx: RequirementContext, check: ThresholdCheck): RequirementResult {
  const key = check.sourceKey ?? check.entry.source;
  // The entry itself when it cites its own source (`{ ...entry, source }` is slow in V8).
  const cited = key === check.entry.source ? check.entry : { ...check.entry, source: key };
  if (!ruleInForceOn(ctx.preset, cited, ctx.day))
    return notApplicable(ctx, check.rule, key, 'trace_requirement_not_in_force', () => ({
      from: rulePeriod(ctx.preset, cited).from ?? null,
      day: ctx.day,
    }));
  const { minor: threshold, text: thresholdText } = presetAmount(
    check.threshold,
    ctx.scale,
    check.rule,
  );
  const total = check.total.minor;
  const hit = check.reached === 'above' ? total > threshold : total >= threshold;
  // Below the threshold and untraced: nothing to write (the values' text was a tenth of a check).
  if (!hit && !ctx.trace) return UNTRACED;
  const source = sourceRef(ctx.preset, key);
  // Built field by field: a spread here costs microseconds per check in V8 (Node 20).
  const values: {
    threshold: string;
    total: string;
    requested: string;
    basis: Total['basis'];
    within?: string;
    companyThreshold?: string;
  } = {
    threshold: thresholdText,
    total: minorText(total, ctx.scale),
    requested: ctx.tx.amountText,
    basis: check.total.basis,
  };
  if (check.extra?.within !== undefined) values.within = check.extra.within;
  if (check.extra?.companyThreshold !== undefined)
    values.companyThreshold = check.extra.companyThreshold;
  if (!hit)
    return {
      outcome: {
        rule: check.rule,
        source,
        outcome: 'passed',
        code: 'trace_requirement_below',
        values,
      },
    };
  const layer = Object.hasOwn(ctx.preset.sources, key) ? ctx.preset.sources[key]!.layer : undefined;
  const requirement: CheckRequirement = {
    code: check.code,
    rule: check.rule,
    source,
    sourceKey: key,
    sourceLayer: layer ?? 'regulatory',
    threshold: values.threshold,
    total: values.total,
    requested: values.requested,
    basis: values.basis,
    ...(check.extra?.within === undefined ? {} : { within: check.extra.within }),
    message: formatMessage(
      check.code,
      { ...values, companyThreshold: check.extra?.companyThreshold ?? '' },
      ctx.lang,
    ),
  };
  return {
    outcome: { rule: check.rule, source, outcome: 'failed', code: check.code, values },
    requirement,
  };
}

/** What a unit gives an untraced check when nothing is required. */
const UNTRACED: RequirementResult = Object.freeze({ outcome: null });

/**
 * A `not_applicable` outcome, for the trace: an untraced check gets nothing (the outcome, its
 * source's citation and its values are made only when a trace will read them).
 *
 * @param ctx - the requirement context (whether the check is traced)
 * @param rule - the rule path
 * @param sourceKey - the preset's key of the cited source (none: an empty citation)
 * @param code - the trace code
 * @param values - what was looked at (made when traced)
 * @returns the result (no requirement)
 */
export function notApplicable(
  ctx: RequirementContext,
  rule: string,
  sourceKey: string | undefined,
  code: 'trace_requirement_not_applicable' | 'trace_requirement_not_in_force',
  values?: () => Readonly<Record<string, string | null>>,
): RequirementResult {
  if (!ctx.trace) return UNTRACED;
  const source = sourceRef(ctx.preset, sourceKey);
  return { outcome: { rule, source, outcome: 'not_applicable', code, values: values?.() ?? {} } };
}
