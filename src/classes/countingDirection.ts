import type { AccountClassRules } from '../presets/types/classes';
import type { Counterparty, TransactionKind } from '../presets/types/common';
import { matchesTransaction } from './matchesTransaction';

/** Which limits a transaction counts toward: inflow, outflow, or none (exempt). */
export type CountingDirection = 'inflow' | 'outflow' | 'exempt';

/**
 * Which limits a transaction counts toward under a class's counting rules. Outflow matchers are
 * consulted first; a transaction neither list selects is exempt (bound-account transfers, wealth
 * products, same-bank loans, interest and fees under the PBOC presets).
 *
 * @param rules - the class or tier
 * @param kind - the transaction's kind
 * @param counterparty - the transaction's counterparty
 * @returns `'outflow'`, `'inflow'` or `'exempt'`
 * @example
 * ```ts
 * const ii = getClassRules(getPreset(), 'II');
 * countingDirection(ii, 'transfer_out', 'other'); // 'outflow'
 * countingDirection(ii, 'transfer_out', 'bound'); // 'exempt'
 * ```
 */
export function countingDirection(
  rules: AccountClassRules,
  kind: TransactionKind,
  counterparty: Counterparty,
): CountingDirection {
  if (rules.counting.outflow.some((m) => matchesTransaction(m, kind, counterparty)))
    return 'outflow';
  if (rules.counting.inflow.some((m) => matchesTransaction(m, kind, counterparty))) return 'inflow';
  return 'exempt';
}
