import type {
  AccountClassRules,
  KindPermission,
  PermissionCondition,
} from '../presets/types/classes';
import type { Counterparty, TransactionKind } from '../presets/types/common';
import { matchesTransaction } from './matchesTransaction';

/** The facts about an account that permission conditions test. Missing facts count as false. */
export interface PermissionFacts {
  /** The holder's identity was confirmed face to face (counter, or kiosk with staff). */
  readonly faceToFaceVerified?: boolean;
  /** The account has received a first deposit from its bound account. */
  readonly boundFirstDepositReceived?: boolean;
}

/**
 * Whether a class permits a kind of transaction:
 * - `permitted: true` with the deciding rule;
 * - `permitted: false, why: 'forbidden'`: the first matching rule says never;
 * - `permitted: false, why: 'conditions'`: it is permitted once every condition in `unmet` holds;
 * - `permitted: false, why: 'no_rule'`: no rule matches (not permitted).
 */
export type PermissionOutcome =
  | { readonly permitted: true; readonly ruleIndex: number; readonly rule: KindPermission }
  | {
      readonly permitted: false;
      readonly why: 'forbidden' | 'conditions';
      readonly ruleIndex: number;
      readonly rule: KindPermission;
      /** The conditions that do not hold (empty when forbidden). */
      readonly unmet: readonly PermissionCondition[];
    }
  | { readonly permitted: false; readonly why: 'no_rule'; readonly ruleIndex: null };

function holds(condition: PermissionCondition, facts: PermissionFacts): boolean {
  switch (condition) {
    case 'face_to_face_verified':
      return facts.faceToFaceVerified === true;
    case 'bound_first_deposit':
      return facts.boundFirstDepositReceived === true;
  }
}

/**
 * Evaluates a class's permissions for a transaction: the first entry matching the kind and
 * counterparty decides; no matching entry means not permitted.
 *
 * @param rules - the class or tier
 * @param kind - the transaction's kind
 * @param counterparty - the transaction's counterparty
 * @param facts - what is known about the account (face-to-face verification, bound first deposit)
 * @returns the outcome, with the deciding rule's index and any unmet conditions
 * @example
 * ```ts
 * const ii = getClassRules(getPreset(), 'II');
 * evaluatePermission(ii, 'deposit_cash', 'other', { faceToFaceVerified: false });
 * // { permitted: false, why: 'conditions', unmet: ['face_to_face_verified'], ruleIndex: 0, … }
 * ```
 */
export function evaluatePermission(
  rules: AccountClassRules,
  kind: TransactionKind,
  counterparty: Counterparty,
  facts: PermissionFacts,
): PermissionOutcome {
  const list = rules.permissions;
  for (let i = 0; i < list.length; i++) {
    const rule = list[i]!;
    if (!matchesTransaction(rule, kind, counterparty)) continue;
    if (!rule.allowed) return { permitted: false, why: 'forbidden', ruleIndex: i, rule, unmet: [] };
    const unmet = (rule.requires ?? []).filter((c) => !holds(c, facts));
    if (unmet.length > 0) return { permitted: false, why: 'conditions', ruleIndex: i, rule, unmet };
    return { permitted: true, ruleIndex: i, rule };
  }
  return { permitted: false, why: 'no_rule', ruleIndex: null };
}
