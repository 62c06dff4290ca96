/*
 * Per-transaction limits by purpose or channel: whether a per-transaction limit's `kinds` and
 * `channels` select a transaction, and the preset issues of those lists. Internal to src/limits
 * and src/presets.
 */
import type { InputIssue } from '../../errors';
import type { PerTransactionLimit } from '../../presets/types/classes';
import { CHANNELS, TRANSACTION_KINDS } from '../../presets/types/common';
import type { Channel, TransactionKind } from '../../presets/types/common';

/**
 * Whether a per-transaction limit applies to a transaction of this kind and channel: every
 * list it has must name the transaction's (a limit with `channels` does not apply to a
 * transaction that names no channel).
 *
 * @param limit - the limit
 * @param kind - the transaction's kind
 * @param channel - its channel, if given
 * @returns true when the limit's scope selects the transaction
 * @example
 * ```ts
 * perTransactionScopeSelects({ kinds: ['withdraw_cash'] } as PerTransactionLimit, 'payment', 'online'); // false
 * ```
 */
export function perTransactionScopeSelects(
  limit: Pick<PerTransactionLimit, 'kinds' | 'channels'>,
  kind: TransactionKind,
  channel: Channel | undefined,
): boolean {
  if (limit.kinds !== undefined && !limit.kinds.includes(kind)) return false;
  if (limit.channels !== undefined && (channel === undefined || !limit.channels.includes(channel)))
    return false;
  return true;
}

/**
 * The issues of a per-transaction limit's scope: `kinds` and `channels`, when given, are
 * non-empty lists of known values without repeats.
 *
 * @param limit - the limit
 * @param path - its path in the preset
 * @returns the issues (empty when the scope is valid)
 * @example
 * ```ts
 * perTransactionScopeIssues({ kinds: ['teleport'] } as never, ['classes', 0, 'limits', 1]); // one issue
 * ```
 */
export function perTransactionScopeIssues(
  limit: PerTransactionLimit,
  path: readonly (string | number)[],
): InputIssue[] {
  const issues: InputIssue[] = [];
  const check = (field: 'kinds' | 'channels', known: readonly string[]) => {
    const list = limit[field] as unknown;
    if (list === undefined) return;
    if (!Array.isArray(list) || list.length === 0) {
      issues.push({ path: [...path, field], message: `must be a non-empty list when given` });
      return;
    }
    list.forEach((v: unknown, i) => {
      if (typeof v !== 'string' || !known.includes(v))
        issues.push({
          path: [...path, field, i],
          message: `unknown ${field === 'kinds' ? 'kind' : 'channel'}: ${String(v).slice(0, 40)}`,
        });
      else if (list.indexOf(v) !== i)
        issues.push({ path: [...path, field, i], message: `repeats ${v}` });
    });
  };
  check('kinds', TRANSACTION_KINDS);
  check('channels', CHANNELS);
  return issues;
}
