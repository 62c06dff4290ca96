import type { TransactionMatcher } from '../presets/types/classes';
import type { Counterparty, TransactionKind } from '../presets/types/common';
import { matcherSelects } from './checkArguments';

/**
 * Whether a matcher selects a transaction of this kind and counterparty. A matcher without
 * `counterparties` selects every counterparty.
 *
 * @param matcher - kinds and, optionally, counterparties
 * @param kind - the transaction's kind
 * @param counterparty - the transaction's counterparty
 * @returns true when the matcher selects it (an unknown kind or counterparty is selected by none)
 * @throws AccountPolicyError `invalid_preset` (path `matcher…`) for a matcher that is not
 *   `{ kinds, counterparties? }` with lists
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
  return matcherSelects(matcher, kind, counterparty, ['matcher']);
}
