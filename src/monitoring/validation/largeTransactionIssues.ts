import { showValue } from '../../presets/internal/issueHelpers';
import { isList, isObject, type IssuePath, type MonitoringChecks } from './monitoringChecks';

/**
 * `monitoring.largeTransaction`: matchers, and exactly one threshold per class (an amount,
 * `null` for none, or `tiering.reviewThreshold` in a preset with tiering).
 *
 * @param check - the preset and the shared monitoring checks
 * @example
 * ```ts
 * largeTransactionIssues(monitoringChecks(getPreset(), issues)); // issues: []
 * ```
 */
export function largeTransactionIssues(check: MonitoringChecks): void {
  const { preset, add, classIds } = check;
  const path = ['monitoring', 'largeTransaction'];
  const rule = preset.monitoring.largeTransaction;
  if (!check.rule(path, rule)) return;
  check.matchers([...path, 'matchers'], rule.matchers);
  if (!isList(rule.thresholds))
    return add([...path, 'thresholds'], 'must list one threshold per class');
  const seen = new Set<string>();
  rule.thresholds.forEach((t, i) => {
    const tp: IssuePath = [...path, 'thresholds', i];
    if (!isObject(t)) return add(tp, 'must be { class, above, source }');
    if (!classIds.includes(t.class)) add([...tp, 'class'], `unknown class: ${showValue(t.class)}`);
    else if (seen.has(t.class)) add([...tp, 'class'], `duplicate threshold for ${t.class}`);
    seen.add(t.class);
    check.source(tp, t.source);
    if (t.above === 'tiering.reviewThreshold') {
      if (!preset.tiering)
        add([...tp, 'above'], 'refers to tiering.reviewThreshold but the preset has no tiering');
    } else if (t.above !== null) check.money([...tp, 'above'], t.above);
  });
  for (const id of classIds)
    if (typeof id === 'string' && !seen.has(id))
      add([...path, 'thresholds'], `has no entry for class ${id} (use "above": null for none)`);
}
