/*
 * Matching transactions against the matchers of a monitoring rule. Internal to src/monitoring.
 */
import { matchesTransaction } from '../../classes/matchesTransaction';
import type { TransactionMatcher } from '../../presets/types/classes';
import type { MonitoredTransaction } from './context';

/**
 * Whether a transaction matches one of the matchers (reversals never match: a refund is not
 * activity of its own).
 *
 * @internal
 */
export function matchesAny(
  matchers: readonly TransactionMatcher[],
  tx: MonitoredTransaction,
): boolean {
  return !tx.reversal && matchers.some((m) => matchesTransaction(m, tx.kind, tx.counterparty));
}

/**
 * The distinct counterparty ids of the transactions, sorted.
 *
 * @internal
 */
export function distinctIds(list: readonly MonitoredTransaction[]): string[] {
  const ids = new Set<string>();
  for (const tx of list) if (tx.counterpartyId !== undefined) ids.add(tx.counterpartyId);
  return [...ids].sort();
}
