import type { MonitoringChecks } from './monitoringChecks';

/**
 * `monitoring.rapidInOut`: window, inflow and outflow matchers, minimum inflow, ratio.
 *
 * @param check - the preset and the shared monitoring checks
 * @example
 * ```ts
 * rapidInOutIssues(monitoringChecks(getPreset(), issues)); // issues: []
 * ```
 */
export function rapidInOutIssues(check: MonitoringChecks): void {
  const path = ['monitoring', 'rapidInOut'];
  const rule = check.preset.monitoring.rapidInOut;
  if (!check.rule(path, rule)) return;
  check.duration([...path, 'window'], rule.window);
  check.matchers([...path, 'inflow'], rule.inflow);
  check.matchers([...path, 'outflow'], rule.outflow);
  check.money([...path, 'minInflow'], rule.minInflow);
  check.ratio([...path, 'maxRetainedRatio'], rule.maxRetainedRatio);
}

/**
 * `monitoring.fanIn` and `monitoring.fanOut`: window, matchers, minimum counterparties.
 *
 * @param check - the preset and the shared monitoring checks
 * @example
 * ```ts
 * fanIssues(monitoringChecks(getPreset(), issues)); // issues: []
 * ```
 */
export function fanIssues(check: MonitoringChecks): void {
  for (const key of ['fanIn', 'fanOut'] as const) {
    const path = ['monitoring', key];
    const rule = check.preset.monitoring[key];
    if (!check.rule(path, rule)) continue;
    check.duration([...path, 'window'], rule.window);
    check.matchers([...path, 'matchers'], rule.matchers);
    check.count([...path, 'minCounterparties'], rule.minCounterparties);
  }
}
