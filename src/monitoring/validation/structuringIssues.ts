import { showValue } from '../../presets/internal/issueHelpers';
import type { StructuringTarget } from '../../presets/types/monitoring';
import { isList, isObject, type IssuePath, type MonitoringChecks } from './monitoringChecks';

const CAMEL = /^[a-z][A-Za-z0-9]*$/;
const WATCHED_LIMIT_TYPES = ['window_amount', 'per_transaction'];
const NON_COUNTER_THRESHOLDS = ['certificateRequiredAbove', 'largeTransferReminderAbove'];

/**
 * `monitoring.structuring`: margin, occurrences, window, and every watched target.
 *
 * @param check - the preset and the shared monitoring checks
 * @example
 * ```ts
 * structuringIssues(monitoringChecks(getPreset(), issues)); // issues: []
 * ```
 */
export function structuringIssues(check: MonitoringChecks): void {
  const path = ['monitoring', 'structuring'];
  const rule = check.preset.monitoring.structuring;
  if (!check.rule(path, rule)) return;
  check.ratio([...path, 'margin'], rule.margin);
  check.count([...path, 'minOccurrences'], rule.minOccurrences);
  check.duration([...path, 'window'], rule.window);
  if (!isList(rule.watch)) return check.add([...path, 'watch'], 'must be a list of targets');
  const ids = new Set<string>();
  rule.watch.forEach((raw: unknown, i) => {
    const tp: IssuePath = [...path, 'watch', i];
    if (!isObject(raw)) return check.add(tp, 'must be a structuring target');
    targetIssues(check, raw as unknown as StructuringTarget, tp, ids);
  });
}

/** One watched target, by its kind; `ids` holds the ids of the `amount` targets before it. */
function targetIssues(
  check: MonitoringChecks,
  target: StructuringTarget,
  tp: IssuePath,
  ids: Set<string>,
): void {
  const { add } = check;
  switch (target.kind) {
    case 'class_limits':
      if (!isList(target.limitTypes) || target.limitTypes.length === 0)
        add([...tp, 'limitTypes'], `must list some of ${WATCHED_LIMIT_TYPES.join(', ')}`);
      else
        target.limitTypes.forEach((t, j) => {
          if (!WATCHED_LIMIT_TYPES.includes(t))
            add([...tp, 'limitTypes', j], `must be one of ${WATCHED_LIMIT_TYPES.join(', ')}`);
        });
      return;
    case 'non_counter_transfer':
      if (!NON_COUNTER_THRESHOLDS.includes(target.threshold))
        add([...tp, 'threshold'], `must be one of ${NON_COUNTER_THRESHOLDS.join(', ')}`);
      check.matchers([...tp, 'matchers'], target.matchers);
      return;
    case 'amount':
      return amountTargetIssues(check, target, tp, ids);
    default:
      add(
        [...tp, 'kind'],
        `must be "class_limits", "non_counter_transfer" or "amount", not ${showValue((target as { kind: unknown }).kind)}`,
      );
  }
}

/** An `amount` target: a unique camelCase id, a title, an amount, matchers, a source. */
function amountTargetIssues(
  check: MonitoringChecks,
  target: Extract<StructuringTarget, { kind: 'amount' }>,
  tp: IssuePath,
  ids: Set<string>,
): void {
  const { add } = check;
  if (typeof target.id !== 'string' || !CAMEL.test(target.id))
    add([...tp, 'id'], 'must be a camelCase identifier');
  else if (ids.has(target.id)) add([...tp, 'id'], `duplicate target id: ${target.id}`);
  else ids.add(target.id);
  const title = target.title as unknown;
  if (!isObject(title) || typeof title.en !== 'string' || typeof title['zh-CN'] !== 'string')
    add([...tp, 'title'], 'must have an "en" and a "zh-CN" text');
  check.money([...tp, 'amount'], target.amount);
  check.matchers([...tp, 'matchers'], target.matchers);
  check.source(tp, target.source);
}
