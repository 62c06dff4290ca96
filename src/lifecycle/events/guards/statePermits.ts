import { isCounterChannel } from '../../isCounterChannel';
import type { OperationPermission, StateReason } from '../../types';
import type { RecordActivityContext } from '../recordActivity';
import { failed, notApplicable, passed, type GuardResult } from '../unit';
import { stateRefusal } from './stateRefusal';

const sameReason = (a: StateReason, b: StateReason) =>
  a.code === b.code && a.freezeId === b.freezeId && a.restrictionId === b.restrictionId;

function outcome(
  rule: string,
  source: string,
  reasons: readonly StateReason[],
  c: RecordActivityContext,
): GuardResult {
  if (reasons.length === 0) return passed(rule, source, 'trace_state_permits');
  return failed(
    rule,
    source,
    reasons.map((r) => stateRefusal(r, c.preset, c.lang)),
  );
}

/**
 * Guard: the account's state permits the posting — the debit (or credit) permission, less
 * dormancy for the bank's own postings (interest, fees); and for a customer's debit not shown to
 * be at a counter, the non-counter permission (its reasons not already given).
 *
 * @example
 * ```ts
 * statePermits(ctx).map((r) => r.outcome); // e.g. ['passed', 'not_applicable']
 * ```
 */
export function statePermits(c: RecordActivityContext): readonly GuardResult[] {
  const { permissions, debit, customerInitiated, event, preset } = c;
  const source = preset.lifecycle.statuses.source;
  const taken: StateReason[] = [];
  const take = (p: OperationPermission, keep: (r: StateReason) => boolean = () => true) => {
    const added: StateReason[] = [];
    if (!p.allowed)
      for (const r of p.reasons)
        if (keep(r) && !taken.some((x) => sameReason(x, r))) {
          taken.push(r);
          added.push(r);
        }
    return added;
  };
  const direction = debit ? 'debit' : 'credit';
  // Dormancy stops what the customer does; interest and fees are the bank's own postings.
  const first = take(
    permissions[direction],
    (r) => customerInitiated || r.code !== 'account_dormant',
  );
  const results = [outcome(`lifecycle.permissions.${direction}`, source, first, c)];
  // Non-counter suspensions stop the holder's own outgoing business through e-channels; a debit
  // that does not say where it is made is not shown to be at a counter (as in the limits).
  const nonCounterRule = 'lifecycle.permissions.nonCounter';
  const offCounter = event.channel === undefined || !isCounterChannel(event.channel, preset);
  if (debit && customerInitiated && offCounter)
    results.push(outcome(nonCounterRule, source, take(permissions.nonCounter), c));
  else results.push(notApplicable(nonCounterRule, source, 'trace_non_counter_not_applicable'));
  return results;
}
