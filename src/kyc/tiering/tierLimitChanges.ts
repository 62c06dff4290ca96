import { calendarWindowKey } from '../../limits/rules/fiscalYearWindow';
import type { AccountClassRules, LimitRule } from '../../presets/types/classes';
import type { TierLimitChange } from './types';

/**
 * What a limit constrains, independent of its id: type, direction and window. Two limits with the
 * same key in two tiers cap the same thing.
 *
 * @param limit - a limit of a class
 * @returns a stable key such as `"window_amount:outflow:calendar:day"`
 * @example
 * ```ts
 * limitDimension(getClassRules(getPreset(), 'III').limits[0]!); // 'balance_cap'
 * ```
 */
export function limitDimension(limit: LimitRule): string {
  switch (limit.type) {
    case 'balance_cap':
      return 'balance_cap';
    case 'per_transaction': {
      // A limit scoped to kinds or channels is another dimension than the unscoped one.
      const scope = [
        limit.kinds ? `kinds=${limit.kinds.join(',')}` : '',
        limit.channels ? `channels=${limit.channels.join(',')}` : '',
      ].filter((part) => part !== '');
      return `per_transaction:${limit.direction}${scope.length ? `[${scope.join(';')}]` : ''}`;
    }
    case 'window_amount':
    case 'window_count': {
      const w = limit.window;
      const window =
        w.kind === 'calendar'
          ? `calendar:${calendarWindowKey(w.unit, w.startsOn)}`
          : `rolling:${JSON.stringify(w.duration)}`;
      return `${limit.type}:${limit.direction}:${window}`;
    }
  }
}

function capOf(limit: LimitRule | undefined): string | number | null {
  if (!limit) return null;
  return limit.type === 'window_count' ? limit.count : limit.limit.amount;
}

/**
 * How limits change from one tier (or class) to another: every dimension either caps, with the
 * value in each (`null`: no cap), listing only the dimensions that differ.
 *
 * @param current - the tier now
 * @param next - the tier compared
 * @returns the changed limits, in the order of `current`'s limits then `next`'s new ones
 * @example
 * ```ts
 * tierLimitChanges(TIER_BASIC, TIER_INTERMEDIATE);
 * // [{ id: 'dailyOutflow', type: 'window_amount', direction: 'outflow', window: 'day',
 * //    current: '1000.00', next: '50000.00' }]
 * ```
 */
export function tierLimitChanges(
  current: AccountClassRules,
  next: AccountClassRules,
): TierLimitChange[] {
  const keys: string[] = [];
  for (const l of [...current.limits, ...next.limits]) {
    const key = limitDimension(l);
    if (!keys.includes(key)) keys.push(key);
  }
  const changes: TierLimitChange[] = [];
  for (const key of keys) {
    const a = current.limits.find((l) => limitDimension(l) === key);
    const b = next.limits.find((l) => limitDimension(l) === key);
    const from = capOf(a);
    const to = capOf(b);
    if (from === to) continue;
    const limit = (a ?? b)!;
    changes.push({
      id: limit.id,
      type: limit.type,
      ...(limit.type !== 'balance_cap' ? { direction: limit.direction } : {}),
      ...(limit.type === 'window_amount' || limit.type === 'window_count'
        ? { window: limit.window.kind === 'calendar' ? limit.window.unit : limit.window.duration }
        : {}),
      current: from,
      next: to,
    });
  }
  return changes;
}
