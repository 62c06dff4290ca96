import type { Lang } from './lang';

/** How one rule came out when a decision was made. */
export type RuleOutcomeKind = 'passed' | 'failed' | 'not_applicable';

/** A value a rule compared: amounts as decimal strings, counts as numbers. */
export type TraceValue = string | number | boolean | null;

/**
 * What one rule (a limit, a requirement, a guard or a detector) reports when it is evaluated.
 * It is plain JSON with no message: messages are rendered from the catalogs by `code` and
 * `values` only when someone reads the trace ({@link explainDecision}).
 *
 * @example
 * ```ts
 * const outcome: RuleOutcome = {
 *   rule: 'classes.II.limits.dailyOutflow',
 *   source: 'PBOC 银发〔2016〕302号',
 *   outcome: 'passed',
 *   code: 'trace_limit_within',
 *   values: { limit: '10000.00', used: '2000.00', requested: '500.00' },
 * };
 * ```
 */
export interface RuleOutcome {
  /** The rule path: the same path a violation's or reason's `rule` carries. */
  readonly rule: string;
  /** The instrument the rule comes from, as the preset entry cites it. */
  readonly source: string;
  readonly outcome: RuleOutcomeKind;
  /** A message code: a violation/reason code when failed, a `trace_…` code otherwise. */
  readonly code: string;
  /** The values the rule compared (amounts as strings). */
  readonly values: Readonly<Record<string, TraceValue>>;
}

/**
 * One line of a trace as a reviewer reads it: the outcome plus one plain sentence.
 *
 * @example
 * ```ts
 * const entry: TraceEntry = {
 *   rule: 'kyc.age.minimumAge', source: '…', outcome: 'passed', code: 'trace_age_ok',
 *   values: { age: 30, minimumAge: 16 }, message: 'The applicant is 30, at least 16.',
 * };
 * ```
 */
export interface TraceEntry extends RuleOutcome {
  readonly message: string;
}

/**
 * A decision made with `{ trace: true }`: it carries the outcome of every rule evaluated, in
 * evaluation order.
 *
 * @example
 * ```ts
 * declare const d: Traced<{ allowed: true }>;
 * d.trace.length; // number of rules evaluated
 * ```
 */
export type Traced<D> = D & { readonly trace: readonly RuleOutcome[] };

/** Options of {@link explainDecision}. */
export interface ExplainOptions {
  readonly lang?: Lang;
}
