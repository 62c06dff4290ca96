import { formatMessage } from '../../../messages/formatMessage';
import type { RuleOutcome, TraceValue } from '../../../messages/trace';
import type { OpeningChannel } from '../../../presets/types/classes';
import { OPENING_CHANNEL_LABELS, joinAlternatives } from '../../labels';
import type { PreparedOpening } from '../prepare';
import type { EligibilityFix, EligibilityReason, OpeningCondition } from '../types';

/** Placeholder values of a message. */
export type MessageValues = Readonly<Record<string, string | number | undefined>>;

/**
 * What one eligibility rule reports: its trace outcomes (one, or one `failed` per reason), the
 * reasons it refuses for and the conditions it sets.
 */
export interface EligibilityRuleResult {
  readonly outcomes: readonly RuleOutcome[];
  readonly reasons: readonly EligibilityReason[];
  readonly conditions: readonly OpeningCondition[];
}

/**
 * One opening-eligibility requirement: reads the prepared request and its preset entry.
 *
 * @example
 * ```ts
 * const rule: EligibilityRule = (p) => passed('kyc.x', 'src', 'trace_kyc_x', {});
 * ```
 */
export type EligibilityRule = (prepared: PreparedOpening) => EligibilityRuleResult;

type Code = Parameters<typeof formatMessage>[0];

/** The message of a code in the prepared request's language. */
export function msg(p: PreparedOpening, code: Code, params: MessageValues = {}): string {
  return formatMessage(code, params, p.lang);
}

/** A fix with its message. */
export function fix(
  p: PreparedOpening,
  code: EligibilityFix['code'],
  params: MessageValues,
  fields: Partial<EligibilityFix> = {},
): EligibilityFix {
  return { code, message: msg(p, code, params), ...fields };
}

/** Channels as alternatives in the request's language ("counter or kiosk"). */
export function channelList(p: PreparedOpening, list: readonly OpeningChannel[]): string {
  return joinAlternatives(
    list.map((c) => OPENING_CHANNEL_LABELS[c][p.lang]),
    p.lang,
  );
}

function traceValues(values: MessageValues): Record<string, TraceValue> {
  const out: Record<string, TraceValue> = {};
  for (const [k, v] of Object.entries(values)) if (v !== undefined) out[k] = v;
  return out;
}

function outcome(
  kind: 'passed' | 'not_applicable',
  rule: string,
  source: string,
  code: string,
  values: MessageValues,
  conditions: readonly OpeningCondition[],
): EligibilityRuleResult {
  return {
    outcomes: [{ rule, source, outcome: kind, code, values: traceValues(values) }],
    reasons: [],
    conditions,
  };
}

/** A rule that passed (possibly setting conditions). */
export function passed(
  rule: string,
  source: string,
  code: string,
  values: MessageValues,
  conditions: readonly OpeningCondition[] = [],
): EligibilityRuleResult {
  return outcome('passed', rule, source, code, values, conditions);
}

/** A rule that does not apply to this request. */
export function notApplicable(
  rule: string,
  source: string,
  code: string,
  values: MessageValues = {},
  conditions: readonly OpeningCondition[] = [],
): EligibilityRuleResult {
  return outcome('not_applicable', rule, source, code, values, conditions);
}

/**
 * A rule that failed: one `failed` outcome per reason, with the reason's rule, source and code
 * and the message's placeholder values.
 */
export function failed(
  items: readonly { readonly reason: EligibilityReason; readonly values: MessageValues }[],
  conditions: readonly OpeningCondition[] = [],
): EligibilityRuleResult {
  return {
    outcomes: items.map(({ reason, values }) => ({
      rule: reason.rule,
      source: reason.source,
      outcome: 'failed' as const,
      code: reason.code,
      values: traceValues(values),
    })),
    reasons: items.map((i) => i.reason),
    conditions,
  };
}
