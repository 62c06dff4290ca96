export * from './catalog';
export { formatMessage } from './formatMessage';
export { renderMessage, placeholders, type MessageParams } from './renderMessage';
export { LANGS, isLang, type Lang, type LangText } from './lang';
export type { PolicyReason } from './decision';
export { explainDecision, safeExplainDecision } from './explainDecision';
export type {
  ExplainOptions,
  RuleOutcome,
  RuleOutcomeKind,
  TraceEntry,
  TraceValue,
  Traced,
} from './trace';
export { TRACE_MESSAGES } from './catalog/trace';
export { TRACE_LIMITS_MESSAGES } from './catalog/traceLimits';
export { TRACE_LIFECYCLE_MESSAGES } from './catalog/traceLifecycle';
export { TRACE_KYC_MESSAGES } from './catalog/traceKyc';
