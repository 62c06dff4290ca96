/**
 * Monitoring: red flags in an account's recent activity (the red flags of 《银行个人账户培训》) as alerts that propose a
 * review — rapid in-and-out, fan-in and fan-out, amounts just under a limit or threshold, large
 * single transactions, night activity, activity on a dormant account. Pure: `now`, the history
 * and the preset come in; every threshold is data in `preset.monitoring`, with its source.
 *
 * @module
 */
export { detectAlerts, safeDetectAlerts } from './detectAlerts';
export { MAX_ALERTS_PER_CODE, MAX_EVIDENCE_ITEMS } from './internal/bounds';
export { monitoringIssues } from './monitoringIssues';
export { renderMonitoringMarkdown } from './renderMonitoringMarkdown';
export type {
  Alert,
  AlertOf,
  DormantActivityAlert,
  DormantActivityEvidence,
  EvidenceTransaction,
  FanAlert,
  FanEvidence,
  LargeTransactionAlert,
  LargeTransactionEvidence,
  MonitorAccount,
  MonitorInput,
  MonitorOptions,
  MonitoringReport,
  NightActivityAlert,
  NightActivityEvidence,
  RapidInOutAlert,
  RapidInOutEvidence,
  StructuringAlert,
  StructuringEvidence,
  StructuringThreshold,
} from './types';
export {
  ALERT_CODES,
  ALERT_SEVERITIES,
  type AlertCode,
  type AlertSeverity,
  type DormantAccountActivityRule,
  type DormantBankPostings,
  type DormantBankPostingsRule,
  type FanRule,
  type LargeTransactionRule,
  type LargeTransactionThreshold,
  type MonitoringRuleBase,
  type MonitoringRules,
  type NightActivityRule,
  type NonCounterThreshold,
  type RapidInOutRule,
  type StructuringRule,
  type StructuringTarget,
  type WatchedLimitType,
} from '../presets/types/monitoring';
