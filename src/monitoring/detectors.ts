import { detectDormantActivity } from './detectDormantActivity';
import { detectFanActivity } from './detectFanActivity';
import { detectLargeTransactions } from './detectLargeTransactions';
import { detectNightActivity } from './detectNightActivity';
import { detectRapidInOut } from './detectRapidInOut';
import { detectStructuring } from './detectStructuring';
import type { MonitorContext, RankedAlert } from './internal/context';

/** One monitoring rule and the detector that applies it to a run's context. */
export interface MonitoringDetector {
  /** The rule path of the preset entry the detector enforces (`monitoring.fanIn`). */
  readonly rule: `monitoring.${string}`;
  /** The rule's alerts, each ranked for the report's order. */
  readonly detect: (ctx: MonitorContext) => RankedAlert[];
}

/**
 * Every monitoring detector, in the order they run; `detectAlerts` folds their alerts into one
 * report. A new red flag is a new detector file and one more entry here.
 *
 * @example
 * ```ts
 * MONITORING_DETECTORS.map((d) => d.rule)[0]; // 'monitoring.dormantAccountActivity'
 * ```
 */
export const MONITORING_DETECTORS: readonly MonitoringDetector[] = [
  { rule: 'monitoring.dormantAccountActivity', detect: detectDormantActivity },
  { rule: 'monitoring.fanIn', detect: (ctx) => detectFanActivity(ctx, 'in') },
  { rule: 'monitoring.fanOut', detect: (ctx) => detectFanActivity(ctx, 'out') },
  { rule: 'monitoring.largeTransaction', detect: detectLargeTransactions },
  { rule: 'monitoring.nightActivity', detect: detectNightActivity },
  { rule: 'monitoring.rapidInOut', detect: detectRapidInOut },
  { rule: 'monitoring.structuring', detect: detectStructuring },
];
