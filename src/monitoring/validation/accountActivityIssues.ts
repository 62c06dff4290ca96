import { parseWallTime } from '../internal/localClock';
import { isObject, type MonitoringChecks } from './monitoringChecks';

const DORMANT_BANK_POSTINGS: readonly unknown[] = ['ignore', 'alert'];

/**
 * `monitoring.nightActivity`: a non-empty night of local `HH:MM` times, a count, matchers.
 *
 * @param check - the preset and the shared monitoring checks
 * @example
 * ```ts
 * nightActivityIssues(monitoringChecks(getPreset(), issues)); // issues: []
 * ```
 */
export function nightActivityIssues(check: MonitoringChecks): void {
  const path = ['monitoring', 'nightActivity'];
  const rule = check.preset.monitoring.nightActivity;
  if (!check.rule(path, rule)) return;
  const from = parseWallTime(rule.from);
  const to = parseWallTime(rule.to);
  if (from === null) check.add([...path, 'from'], 'must be a local time HH:MM');
  if (to === null) check.add([...path, 'to'], 'must be a local time HH:MM');
  if (from !== null && from === to)
    check.add([...path, 'to'], 'must differ from "from" (the night would be empty)');
  check.count([...path, 'minTransactions'], rule.minTransactions);
  check.matchers([...path, 'matchers'], rule.matchers);
}

/**
 * `monitoring.dormantAccountActivity`: what bank postings on a dormant account do, and why.
 *
 * @param check - the preset and the shared monitoring checks
 * @example
 * ```ts
 * dormantActivityIssues(monitoringChecks(getPreset(), issues)); // issues: []
 * ```
 */
export function dormantActivityIssues(check: MonitoringChecks): void {
  const path = ['monitoring', 'dormantAccountActivity'];
  const rule = check.preset.monitoring.dormantAccountActivity;
  if (!check.rule(path, rule)) return;
  const bp = [...path, 'bankPostings'];
  if (!isObject(rule.bankPostings))
    return check.add(bp, 'is required: { onDormantAccount, source }');
  if (!DORMANT_BANK_POSTINGS.includes(rule.bankPostings.onDormantAccount))
    check.add([...bp, 'onDormantAccount'], `must be one of ${DORMANT_BANK_POSTINGS.join(', ')}`);
  check.source(bp, rule.bankPostings.source);
}
