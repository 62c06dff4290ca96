import { dormantActivityIssues, nightActivityIssues } from './accountActivityIssues';
import { fanIssues, rapidInOutIssues } from './flowRuleIssues';
import { largeTransactionIssues } from './largeTransactionIssues';
import type { MonitoringChecks } from './monitoringChecks';
import { structuringIssues } from './structuringIssues';

/**
 * The monitoring rules, in the order their issues are listed; a new detector's rule adds its
 * entry.
 *
 * @example
 * ```ts
 * MONITORING_RULE_CHECKS.length; // 6
 * ```
 */
export const MONITORING_RULE_CHECKS: readonly ((check: MonitoringChecks) => void)[] = [
  rapidInOutIssues,
  fanIssues,
  structuringIssues,
  largeTransactionIssues,
  nightActivityIssues,
  dormantActivityIssues,
];
