import { formatMessage } from '../../../messages/formatMessage';
import type { RuleOutcome, TraceValue } from '../../../messages/trace';
import type { SuitabilityConditionCode } from '../../../presets/types/kyc';
import type { SuitabilityFix, SuitabilityReason } from '../checkSuitability';
import type { PreparedSale } from '../prepare';

/** Placeholder values of a message. */
export type MessageValues = Readonly<Record<string, string | number | undefined>>;

/**
 * What one suitability rule reports: its trace outcomes (one, or one `failed` per refusal), the
 * reasons it refuses for, the reasons it allows the sale under conditions for, and the
 * conditions those need.
 */
export interface SuitabilityRuleResult {
  readonly outcomes: readonly RuleOutcome[];
  readonly refusals: readonly SuitabilityReason[];
  readonly conditional: readonly SuitabilityReason[];
  readonly needed: readonly SuitabilityConditionCode[];
}

/**
 * One investor-suitability requirement: reads the prepared sale and its preset entry.
 *
 * @example
 * ```ts
 * const rule: SuitabilityRule = (p) => notApplicable('suitability', p.rules.source);
 * ```
 */
export type SuitabilityRule = (prepared: PreparedSale) => SuitabilityRuleResult;

type Code = Parameters<typeof formatMessage>[0];

/** The message of a code in the prepared sale's language. */
export function msg(p: PreparedSale, code: Code, params: MessageValues = {}): string {
  return formatMessage(code, params, p.lang);
}

/** "Choose a suitable product" up to the ceiling every rule allows, or nothing when none is left. */
export function chooseFix(p: PreparedSale): { readonly fix?: SuitabilityFix } {
  const maxProduct = p.ceiling;
  if (maxProduct === undefined) return {};
  return {
    fix: {
      code: 'choose_suitable_product',
      message: msg(p, 'choose_suitable_product', { maxProduct }),
      maxProduct,
    },
  };
}

function traceValues(values: MessageValues): Record<string, TraceValue> {
  const out: Record<string, TraceValue> = {};
  for (const [k, v] of Object.entries(values)) if (v !== undefined) out[k] = v;
  return out;
}

const NONE: SuitabilityRuleResult = { outcomes: [], refusals: [], conditional: [], needed: [] };

/** A rule that passed: the sale may go ahead as far as it is concerned. */
export function passed(
  rule: string,
  source: string,
  code: string,
  values: MessageValues,
): SuitabilityRuleResult {
  return {
    ...NONE,
    outcomes: [{ rule, source, outcome: 'passed', code, values: traceValues(values) }],
  };
}

/** A rule that does not apply to this sale. */
export function notApplicable(
  rule: string,
  source: string,
  code = 'trace_not_applicable',
  values: MessageValues = {},
): SuitabilityRuleResult {
  return {
    ...NONE,
    outcomes: [{ rule, source, outcome: 'not_applicable', code, values: traceValues(values) }],
  };
}

/**
 * A rule that lets the sale go ahead under conditions: it passes with its reason's code, and
 * the reason and the conditions it needs go to the decision.
 */
export function conditional(
  reason: SuitabilityReason,
  values: MessageValues,
  needed: readonly SuitabilityConditionCode[],
): SuitabilityRuleResult {
  return {
    outcomes: [
      {
        rule: reason.rule,
        source: reason.source,
        outcome: 'passed',
        code: reason.code,
        values: traceValues(values),
      },
    ],
    refusals: [],
    conditional: [reason],
    needed,
  };
}

/**
 * A rule that failed: one `failed` outcome per refusal, with the reason's rule, source and code
 * and the message's placeholder values.
 */
export function failed(
  items: readonly { readonly reason: SuitabilityReason; readonly values: MessageValues }[],
): SuitabilityRuleResult {
  return {
    ...NONE,
    outcomes: items.map(({ reason, values }) => ({
      rule: reason.rule,
      source: reason.source,
      outcome: 'failed' as const,
      code: reason.code,
      values: traceValues(values),
    })),
    refusals: items.map((i) => i.reason),
  };
}
