import { AccountPolicyError, attempt, type Result } from '../errors';
import { MESSAGES } from './catalog';
import { TRACE_MESSAGES } from './catalog/trace';
import { TRACE_KYC_MESSAGES } from './catalog/traceKyc';
import { TRACE_LIFECYCLE_MESSAGES } from './catalog/traceLifecycle';
import { TRACE_LIMITS_MESSAGES } from './catalog/traceLimits';
import type { MessageTable } from './catalog/types';
import { isLang } from './lang';
import { renderMessage, type MessageParams } from './renderMessage';
import type { ExplainOptions, RuleOutcome, TraceEntry } from './trace';

const TABLES: readonly MessageTable[] = [
  TRACE_MESSAGES,
  TRACE_LIMITS_MESSAGES,
  TRACE_LIFECYCLE_MESSAGES,
  TRACE_KYC_MESSAGES,
  MESSAGES,
];

function templateFor(code: string) {
  for (const table of TABLES) if (Object.hasOwn(table, code)) return table[code]!;
  throw new AccountPolicyError(
    'invalid_input',
    `No message for trace code ${JSON.stringify(code)}`,
  );
}

/**
 * Renders the trace of a decision made with `{ trace: true }` as sentences a reviewer can read
 * aloud: one entry per rule evaluated, in evaluation order.
 *
 * @param decision - a decision from `checkTransaction`, `transition` or `checkOpeningEligibility`
 *   called with `{ trace: true }`
 * @param options - `lang`: `'en'` (default) or `'zh-CN'`
 * @returns the trace entries, each with its message
 * @throws AccountPolicyError `invalid_input` at `decision.trace` when the decision carries no
 *   trace, or at `options.lang` for an unknown language
 * @example
 * ```ts
 * const d = checkTransaction(input, preset, { trace: true });
 * explainDecision(d, { lang: 'zh-CN' })[0]!.message;
 * ```
 */
export function explainDecision(
  decision: { readonly trace?: readonly RuleOutcome[] },
  options: ExplainOptions = {},
): TraceEntry[] {
  const lang = options.lang ?? 'en';
  if (!isLang(lang))
    throw new AccountPolicyError('invalid_input', 'options.lang must be "en" or "zh-CN"', [
      { path: ['options', 'lang'], message: 'must be "en" or "zh-CN"' },
    ]);
  const trace = (decision as { trace?: unknown } | null)?.trace;
  if (!Array.isArray(trace))
    throw new AccountPolicyError('invalid_input', 'decision.trace is missing', [
      {
        path: ['decision', 'trace'],
        message: 'must be the trace of a decision made with { trace: true }',
      },
    ]);
  return (trace as readonly RuleOutcome[]).map((o) => ({
    ...o,
    message: renderMessage(templateFor(o.code), o.values as MessageParams, lang),
  }));
}

/**
 * {@link explainDecision} without throwing: the trace, or the typed error.
 *
 * @param decision - a decision made with `{ trace: true }`
 * @param options - `lang`
 * @returns `{ ok: true, value }` or `{ ok: false, error }`
 * @example
 * ```ts
 * safeExplainDecision({ allowed: true }).ok; // false: no trace
 * ```
 */
export function safeExplainDecision(
  decision: { readonly trace?: readonly RuleOutcome[] },
  options: ExplainOptions = {},
): Result<TraceEntry[]> {
  return attempt(() => explainDecision(decision, options));
}
