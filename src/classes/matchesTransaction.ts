import type { TransactionMatcher } from '../presets/types/classes';
import type { Counterparty, TransactionKind } from '../presets/types/common';

/**
 * Whether a matcher selects a transaction of this kind and counterparty. A matcher without
 * `counterparties` selects every counterparty.
 *
 * @param matcher - kinds and, optionally, counterparties
 * @param kind - the transaction's kind
 * @param counterparty - the transaction's counterparty
 * @returns true when the matcher selects it
 * @example
 * ```ts
 * matchesTransaction({ kinds: ['transfer_out'], counterparties: ['own', 'other'] }, 'transfer_out', 'bound'); // false
 * ```
 */
export function matchesTransaction(
  matcher: TransactionMatcher,
  kind: TransactionKind,
  counterparty: Counterparty,
): boolean {
  return (
    matcher.kinds.includes(kind) &&
    (matcher.counterparties === undefined || matcher.counterparties.includes(counterparty))
  );
}
