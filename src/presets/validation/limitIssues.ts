import { showValue } from '../internal/issueHelpers';
import { overrideIssues } from '../internal/overrideIssues';
import { fiscalYearIssues } from '../internal/fiscalYearIssues';
import { perTransactionScopeIssues } from '../../limits/rules/perTransactionScope';
import type { LimitRule } from '../types/classes';
import type { IssuePath, PresetChecks } from './presetChecks';

const LIMIT_ID = /^[a-z][A-Za-z0-9]*$/;
const CALENDAR_UNITS: readonly string[] = ['day', 'month', 'year'];

/** The checks of one limit kind, given a limit of that kind and its path. */
type LimitKindCheck<L extends LimitRule> = (check: PresetChecks, limit: L, path: IssuePath) => void;

/** Every limit kind's own checks, in the order they run. A new kind adds its entry here. */
type LimitKindChecks = {
  readonly [K in LimitRule['type']]: readonly LimitKindCheck<Extract<LimitRule, { type: K }>>[];
};

/** A count of transactions: a whole number ≥ 0. */
const countIssues: LimitKindCheck<Extract<LimitRule, { type: 'window_count' }>> = (
  check,
  limit,
  path,
) => {
  if (!Number.isInteger(limit.count) || limit.count < 0)
    check.add([...path, 'count'], 'must be a whole number ≥ 0');
};

/** An amount in the preset's currency. */
const amountIssues: LimitKindCheck<Extract<LimitRule, { limit: unknown }>> = (check, limit, path) =>
  check.money([...path, 'limit'], limit.limit, check.preset.currency);

/** A calendar day/month/year or a rolling duration. */
const windowIssues: LimitKindCheck<Extract<LimitRule, { window: unknown }>> = (
  check,
  limit,
  path,
) => {
  const w = limit.window;
  if (w?.kind === 'rolling') check.duration([...path, 'window', 'duration'], w.duration);
  else if (!(w?.kind === 'calendar' && CALENDAR_UNITS.includes(w.unit)))
    check.add([...path, 'window'], 'must be a calendar day/month/year or a rolling duration');
  else if (w.startsOn !== undefined) check.issues.push(...fiscalYearIssues(w, [...path, 'window']));
};

/** A per-transaction limit's optional scope: known kinds and channels, non-empty, no repeats. */
const scopeIssues: LimitKindCheck<Extract<LimitRule, { type: 'per_transaction' }>> = (
  check,
  limit,
  path,
) => check.issues.push(...perTransactionScopeIssues(limit, path));

/**
 * The checks of each limit kind (`type`), run in order after the checks every limit shares.
 *
 * @example
 * ```ts
 * LIMIT_KIND_CHECKS.window_count.length; // 2: the count, then the window
 * ```
 */
export const LIMIT_KIND_CHECKS: LimitKindChecks = {
  window_amount: [amountIssues, windowIssues],
  per_transaction: [amountIssues, scopeIssues],
  balance_cap: [amountIssues],
  window_count: [countIssues, windowIssues],
};

/**
 * The problems of one limit of a class: its id (camelCase, unique in the class), layer, source,
 * override, and the checks of its kind ({@link LIMIT_KIND_CHECKS}); an unknown kind is an issue.
 *
 * @param check - the preset and its shared checks
 * @param limit - the limit
 * @param path - its path (`['classes', ci, 'limits', li]`)
 * @param seenIds - the ids of the class's limits before it (this one is added)
 * @example
 * ```ts
 * limitIssues(check, preset.classes[0]!.limits[0]!, ['classes', 0, 'limits', 0], new Set());
 * ```
 */
export function limitIssues(
  check: PresetChecks,
  limit: LimitRule,
  path: IssuePath,
  seenIds: Set<string>,
): void {
  const { add } = check;
  if (typeof limit.id !== 'string' || !LIMIT_ID.test(limit.id))
    add([...path, 'id'], 'must be a camelCase identifier');
  if (seenIds.has(limit.id)) add([...path, 'id'], `duplicate limit id: ${limit.id}`);
  seenIds.add(limit.id);
  if (limit.layer !== 'regulatory' && limit.layer !== 'bank')
    add([...path, 'layer'], 'must be "regulatory" or "bank"');
  check.source(path, limit.source);
  check.issues.push(...overrideIssues(limit, path, check.preset));
  const type: unknown = limit.type;
  const kindChecks =
    typeof type === 'string' && Object.hasOwn(LIMIT_KIND_CHECKS, type)
      ? (LIMIT_KIND_CHECKS[limit.type] as readonly LimitKindCheck<LimitRule>[])
      : undefined;
  if (!kindChecks) return add([...path, 'type'], `unknown limit type: ${showValue(type)}`);
  for (const kindCheck of kindChecks) kindCheck(check, limit, path);
}
