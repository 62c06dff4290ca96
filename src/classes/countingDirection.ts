import type { AccountClassRules } from '../presets/types/classes';
import type { Counterparty, TransactionKind } from '../presets/types/common';
import {
  checkCounterparty,
  checkKind,
  invalidRules,
  isRecord,
  matcherSelects,
  ruleList,
} from './checkArguments';

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
 * @throws AccountPolicyError `invalid_input` for an unknown kind or counterparty (a typo must not
 *   read as exempt); `invalid_preset` for malformed counting rules
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
  checkKind(kind);
  checkCounterparty(counterparty);
  if (!isRecord(rules)) invalidRules(['rules'], 'must be the rules of a class or tier');
  if (!isRecord(rules.counting))
    invalidRules(['rules', 'counting'], 'must be { outflow, inflow } lists of matchers');
  const outflow = ruleList(rules.counting.outflow, ['rules', 'counting', 'outflow']);
  const inflow = ruleList(rules.counting.inflow, ['rules', 'counting', 'inflow']);
  if (anyMatches(outflow, kind, counterparty, 'outflow')) return 'outflow';
  if (anyMatches(inflow, kind, counterparty, 'inflow')) return 'inflow';
  return 'exempt';
}

function anyMatches(
  matchers: readonly unknown[],
  kind: TransactionKind,
  counterparty: Counterparty,
  direction: 'outflow' | 'inflow',
): boolean {
  for (let i = 0; i < matchers.length; i++)
    if (matcherSelects(matchers[i], kind, counterparty, ['rules', 'counting', direction], i))
      return true;
  return false;
}
