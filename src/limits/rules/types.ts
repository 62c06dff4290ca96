/*
 * The shape every rule of the limit engine shares (docs: /work/shared/design/rules-as-units.md).
 * A rule reads the prepared evaluation and the preset entry it enforces, and returns its outcome,
 * its violation when it failed, the values it compared (only when tracing) and its source.
 * Internal to src/limits.
 */
import type { Lang } from '../../messages/lang';
import type { RuleOutcome, RuleOutcomeKind, TraceValue } from '../../messages/trace';
import type { CompiledClass, CompiledLimit } from '../compile';
import type { Evaluation } from '../engine';
import type { ParsedTransaction } from '../parse';
import type { LimitAccount, LimitViolation, Violation } from '../types';

/** What a class rule reads: the evaluation, the class, the transaction and how it counts. */
export interface RuleInput {
  readonly ev: Evaluation;
  readonly cls: CompiledClass;
  /** The transaction, or null when only the headroom is wanted. */
  readonly tx: ParsedTransaction | null;
  readonly account: LimitAccount;
  /** The direction the transaction counts in, or null (exempt, a reversal, or no transaction). */
  readonly counted: 'inflow' | 'outflow' | null;
  /** The balance effect: `1` credit, `-1` debit. */
  readonly effect: 1 | -1;
  readonly lang: Lang;
  /** Whether the rule should report the values it compared (`trace: true`). */
  readonly trace: boolean;
  /**
   * False only while probing a higher class for the upgrade hint: its violations are counted,
   * never shown, so limit violations are built without their message (`message: ""`).
   */
  readonly messages?: boolean;
}

/** The values a rule compared, as plain JSON. */
export type RuleValues = Readonly<Record<string, TraceValue>>;

/** What one rule returns. */
export interface RuleResult<V extends Violation = Violation> {
  /** The rule path, the same as its violation's `rule`. */
  readonly rule: string;
  readonly source: string;
  readonly outcome: RuleOutcomeKind;
  /** The violation's code when failed, a `trace_…` code otherwise. */
  readonly code: string;
  /** The violation, exactly when `outcome` is `failed`. */
  readonly violation: V | null;
  /** The values compared; `null` unless the input asked for a trace. */
  readonly values: RuleValues | null;
}

/**
 * What one limit of a class looks like at the evaluation instant. Amounts are in integer minor
 * units (minor.ts), counts in whole transactions.
 */
export interface LimitState {
  readonly limit: CompiledLimit;
  readonly used: bigint;
  readonly remaining: bigint;
  /** `limit − used`, not clamped (negative when a lowered limit is already overrun). */
  readonly rest: bigint;
  readonly resetsAt: string | null;
  /** Whether the transaction (if any) counts toward this limit. */
  readonly applies: boolean;
}

/** A limit rule's result: the rule's outcome and the limit's state (for its status). */
export interface LimitRuleResult extends RuleResult<LimitViolation> {
  readonly state: LimitState;
}

/**
 * A rule's result as a trace entry.
 *
 * @param r - the result (evaluated with `trace: true`)
 * @returns the plain-JSON outcome
 * @example
 * ```ts
 * toOutcome(windowAmountRule(input, limit)).outcome; // 'passed'
 * ```
 */
export function toOutcome(r: RuleResult): RuleOutcome {
  return {
    rule: r.rule,
    source: r.source,
    outcome: r.outcome,
    code: r.code,
    values: r.values ?? {},
  };
}
