/*
 * The violation of a limit that a transaction would exceed, and the values a limit rule reports.
 * Shared by the limit rules (window amount, count, per-transaction, balance cap). Internal.
 */
import { LIMIT_MESSAGES, LIMIT_WORDS } from '../../messages/catalog/limits';
import { renderMessage } from '../../messages/renderMessage';
import type { Lang, LangText } from '../../messages/lang';
import { formatAmountTextForDisplay } from '../../money/formatMoneyForDisplay';
import { formatDuration } from '../../time';
import type { CompiledWindowLimit, UntemplatedLimit } from '../compile';
import type { Evaluation } from '../engine';
import { minorText } from '../../money/amountMinor';
import type { ParsedTransaction } from '../parse';
import type { LimitViolation, LimitViolationKind } from '../types';
import type { LimitRuleResult, LimitState, RuleInput, RuleValues } from './types';

const UNIT_WORD = { day: 'daily', month: 'monthly', year: 'annual' } as const;

function windowCode(limit: Omit<CompiledWindowLimit, 'violation'>): LimitViolationKind {
  if (limit.type === 'window_count') return 'count_limit';
  const unit = limit.window.kind === 'calendar' ? UNIT_WORD[limit.window.unit] : 'rolling';
  return `${unit}_${limit.direction}_limit`;
}

/** The violation code of a limit. */
function codeOf(limit: UntemplatedLimit): LimitViolationKind {
  return limit.type === 'window_amount' || limit.type === 'window_count'
    ? windowCode(limit)
    : limit.type === 'per_transaction'
      ? 'per_transaction_limit'
      : 'balance_cap';
}

/** The texts of a violation's amounts (or counts), each written once for its field and message. */
interface ViolationTexts {
  readonly used: string;
  readonly requested: string;
  readonly remaining: string;
  readonly balanceAfter: string | undefined;
}

/** The words of a limit's message: its layer and, for a rolling window, its period. */
function messageWords(limit: UntemplatedLimit, lang: Lang) {
  return {
    // The word as written (what renderMessage gives a template without parameters).
    layer: (limit.layer === 'bank' ? LIMIT_WORDS.layer_bank : LIMIT_WORDS.layer_regulatory)[lang],
    period:
      (limit.type === 'window_amount' || limit.type === 'window_count') &&
      limit.window.kind === 'rolling'
        ? formatDuration(limit.window.duration, lang)
        : undefined,
  };
}

/** How a limit's violation reads, fixed when the preset is compiled (see violationTemplate). */
export interface ViolationTemplate {
  readonly code: LimitViolationKind;
  /**
   * The code's message in each language with what never changes already in it: the limit for
   * display, its layer and its period. The placeholders left are `{used}`, `{requested}`,
   * `{remaining}`, `{resetsAt}` and `{balanceAfter}`.
   */
  readonly message: LangText;
}

/*
 * The helpers below are module functions, not closures made per call: a refusal creates none
 * (under tsx, whose keepNames wraps every closure made in a call, they were a third of the
 * refusal's cost in the bench).
 */

/** A count as written, an amount for display. */
function shownText(text: string, isCount: boolean, currency: string, lang: Lang): string {
  return isCount ? text : formatAmountTextForDisplay(text, currency, lang);
}

/** The code's message in one language with the limit, its layer and its period filled in. */
function prefilled(
  limit: UntemplatedLimit,
  code: LimitViolationKind,
  currency: string,
  lang: Lang,
) {
  const fixed = {
    limit: shownText(limit.limitText, limit.type === 'window_count', currency, lang),
    ...messageWords(limit, lang),
  };
  return renderMessage(LIMIT_MESSAGES[code], fixed, lang);
}

/**
 * The code and the partly filled messages of a limit's violation: what a refusal would otherwise
 * format anew each time (the limit for display, the layer, the period), done once per limit when
 * the preset is compiled. A refusal then fills in only its own amounts (issue 18).
 *
 * @param limit - the compiled limit (without its template)
 * @param currency - the preset's currency
 * @returns its violation's template
 * @example
 * ```ts
 * violationTemplate(limit, 'CNY').message.en;
 * // 'Daily outflow limit of CNY 10,000.00 would be exceeded: {used} already used today, …'
 * ```
 */
export function violationTemplate(limit: UntemplatedLimit, currency: string): ViolationTemplate {
  const code = codeOf(limit);
  return {
    code,
    message: {
      en: prefilled(limit, code, currency, 'en'),
      'zh-CN': prefilled(limit, code, currency, 'zh-CN'),
    },
  };
}

/**
 * A limit's value as text: a count as a whole number, an amount in minor units with the
 * currency's scale (the statuses' texts too).
 *
 * @param d - the count or the amount in minor units
 * @param isCount - whether the limit counts transactions
 * @param scale - the currency's scale
 * @returns the text
 * @example
 * ```ts
 * countOrAmountText(150n, false, 2); // '1.50'
 * countOrAmountText(3n, true, 2); // '3'
 * ```
 */
export function countOrAmountText(d: bigint, isCount: boolean, scale: number): string {
  return isCount ? d.toString() : minorText(d, scale);
}

/** The message parameters a refusal fills into its limit's template, amounts for display. */
function messageParams(ev: Evaluation, state: LimitState, texts: ViolationTexts, lang: Lang) {
  const currency = ev.compiled.currency;
  const isCount = state.limit.type === 'window_count';
  return {
    used: shownText(texts.used, isCount, currency, lang),
    requested: shownText(texts.requested, isCount, currency, lang),
    remaining: shownText(texts.remaining, isCount, currency, lang),
    resetsAt: state.resetsAt ?? '—',
    balanceAfter:
      texts.balanceAfter === undefined
        ? undefined
        : formatAmountTextForDisplay(texts.balanceAfter, currency, lang),
  };
}

/**
 * The violation of a limit the transaction exceeds, its message formatted.
 *
 * @param ev - the evaluation
 * @param state - the limit's state
 * @param tx - the transaction
 * @param lang - the message's language
 * @param withMessage - format the message (false: `""`, for violations that are only counted)
 * @returns the violation
 * @example
 * ```ts
 * limitViolation(ev, state, tx, 'en').code; // 'daily_outflow_limit'
 * ```
 */
export function limitViolation(
  ev: Evaluation,
  state: LimitState,
  tx: ParsedTransaction,
  lang: Lang,
  withMessage = true,
): LimitViolation {
  const { limit } = state;
  const isCount = limit.type === 'window_count';
  const requested = isCount ? 1n : tx.minor;
  const balanceAfter =
    limit.type === 'balance_cap' ? minorText(state.used + tx.minor, ev.scale) : undefined;
  const texts: ViolationTexts = {
    used: countOrAmountText(state.used, isCount, ev.scale),
    requested: countOrAmountText(requested, isCount, ev.scale),
    remaining: countOrAmountText(state.remaining, isCount, ev.scale),
    balanceAfter,
  };
  return {
    code: limit.violation.code,
    limitId: limit.id,
    layer: limit.layer,
    limit: limit.limitText,
    used: texts.used,
    requested: texts.requested,
    remaining: texts.remaining,
    resetsAt: state.resetsAt,
    ...(balanceAfter === undefined ? {} : { balanceAfter }),
    rule: limit.path,
    source: limit.sourceRef,
    sourceKey: limit.sourceKey,
    // Formatting is most of a refusal's cost: skipped when only the refusal counts (hint probes).
    message: withMessage
      ? renderMessage(limit.violation.message, messageParams(ev, state, texts, lang), lang)
      : '',
  };
}

/**
 * The values a limit rule compared: the limit, what is used, what is requested and what remains
 * (amounts as decimal strings, counts as numbers), when it resets; for a failed rule also the
 * words of its violation's message (`layer`, `period`, `balanceAfter`).
 */
function limitValues(
  input: RuleInput,
  state: LimitState,
  violation: LimitViolation | null,
): RuleValues {
  const { ev, tx } = input;
  const isCount = state.limit.type === 'window_count';
  const requested = tx === null ? 0n : isCount ? 1n : tx.minor;
  // Counts are whole numbers of transactions (never money): reported as numbers.
  const shown = (d: bigint) => (isCount ? Number(d) : minorText(d, ev.scale));
  const values: Record<string, string | number | null> = {
    limit: isCount ? Number(state.limit.minor) : state.limit.limitText,
    used: shown(state.used),
    requested: shown(requested),
    remaining: shown(state.remaining),
    resetsAt: state.resetsAt,
  };
  if (state.limit.type === 'balance_cap')
    values.balanceAfter = minorText(state.used + requested, ev.scale);
  if (violation === null) return values;
  const words = messageWords(state.limit, input.lang);
  values.layer = words.layer;
  if (words.period !== undefined) values.period = words.period;
  if (values.resetsAt === null) values.resetsAt = '—';
  return values;
}

/**
 * Judges a limit from its state: `failed` when the transaction counts toward it and exceeds it,
 * `not_applicable` when it does not count (another direction, exempt, a reversal), else `passed`.
 *
 * @param input - the rule input
 * @param state - the limit's state
 * @param exceeds - whether the transaction would exceed what remains
 * @param passedCode - the trace code of a pass
 * @param notCountedCode - the trace code when the transaction does not count
 * @returns the rule's result
 * @example
 * ```ts
 * judgeLimit(input, state, false, 'trace_limit_within', 'trace_limit_not_counted').outcome;
 * ```
 */
export function judgeLimit(
  input: RuleInput,
  state: LimitState,
  exceeds: boolean,
  passedCode: string,
  notCountedCode: string,
): LimitRuleResult {
  const { tx } = input;
  const failed = tx !== null && state.applies && exceeds;
  const violation = failed
    ? limitViolation(input.ev, state, tx, input.lang, input.messages !== false)
    : null;
  return {
    rule: state.limit.path,
    source: state.limit.sourceRef,
    outcome: failed ? 'failed' : state.applies ? 'passed' : 'not_applicable',
    code: violation?.code ?? (state.applies ? passedCode : notCountedCode),
    violation,
    values: input.trace ? limitValues(input, state, violation) : null,
    state,
  };
}
