import { attempt, type Result } from '../errors';
import type {
  AccountClassRules,
  KindPermission,
  PermissionCondition,
} from '../presets/types/classes';
import type { Counterparty, TransactionKind } from '../presets/types/common';
import {
  checkCounterparty,
  checkKind,
  invalidArgument,
  invalidRules,
  isRecord,
  matcherSelects,
  ruleList,
} from './checkArguments';

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

function holds(
  condition: PermissionCondition,
  facts: PermissionFacts,
  rule: number,
  index: number,
): boolean {
  switch (condition) {
    case 'face_to_face_verified':
      return facts.faceToFaceVerified === true;
    case 'bound_first_deposit':
      return facts.boundFirstDepositReceived === true;
    case 'bound_first_deposit_or_face_to_face':
      return facts.boundFirstDepositReceived === true || facts.faceToFaceVerified === true;
    default:
      return invalidRules(
        [...PERMISSIONS_PATH, rule, 'requires', index],
        'must be face_to_face_verified, bound_first_deposit or bound_first_deposit_or_face_to_face',
      );
  }
}

const FACTS = ['faceToFaceVerified', 'boundFirstDepositReceived'] as const;
const PERMISSIONS_PATH = ['rules', 'permissions'] as const;

/**
 * Evaluates a class's permissions for a transaction: the first entry matching the kind and
 * counterparty decides; no matching entry means not permitted.
 *
 * @param rules - the class or tier
 * @param kind - the transaction's kind
 * @param counterparty - the transaction's counterparty
 * @param facts - what is known about the account (face-to-face verification, bound first deposit)
 * @returns the outcome, with the deciding rule's index and any unmet conditions
 * @throws AccountPolicyError `invalid_input` for an unknown kind or counterparty or facts that are
 *   not booleans; `invalid_preset` for malformed permission rules
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
  checkKind(kind);
  checkCounterparty(counterparty);
  if (!isRecord(facts))
    invalidArgument(['facts'], 'must be an object such as { faceToFaceVerified: true }');
  for (const fact of FACTS)
    if (facts[fact] !== undefined && typeof facts[fact] !== 'boolean')
      invalidArgument(['facts', fact], 'must be true or false when given');
  if (!isRecord(rules)) invalidRules(['rules'], 'must be the rules of a class or tier');
  const list = ruleList(rules.permissions, PERMISSIONS_PATH);
  for (let i = 0; i < list.length; i++) {
    const rule = list[i] as unknown as KindPermission;
    if (!matcherSelects(rule, kind, counterparty, PERMISSIONS_PATH, i)) continue;
    if (typeof rule.allowed !== 'boolean')
      invalidRules(['rules', 'permissions', i, 'allowed'], 'must be true or false');
    if (!rule.allowed) return { permitted: false, why: 'forbidden', ruleIndex: i, rule, unmet: [] };
    const requires = rule.requires ?? [];
    if (!Array.isArray(requires))
      invalidRules(['rules', 'permissions', i, 'requires'], 'must be a list of conditions');
    const unmet: PermissionCondition[] = [];
    for (let j = 0; j < requires.length; j++)
      if (!holds(requires[j]!, facts, i, j)) unmet.push(requires[j]!);
    if (unmet.length > 0) return { permitted: false, why: 'conditions', ruleIndex: i, rule, unmet };
    return { permitted: true, ruleIndex: i, rule };
  }
  return { permitted: false, why: 'no_rule', ruleIndex: null };
}

/**
 * Non-throwing twin of {@link evaluatePermission}.
 *
 * @param rules - the rules of the class or tier
 * @param kind - the transaction kind
 * @param counterparty - whose account is on the other side
 * @param facts - what is known of the transaction
 * @returns `{ ok: true, value }` with the outcome, or `{ ok: false, error }`
 * @example
 * ```ts
 * safeEvaluatePermission(ii, 'teleport' as never, 'other', {}).ok; // false
 * ```
 */
export function safeEvaluatePermission(
  rules: AccountClassRules,
  kind: TransactionKind,
  counterparty: Counterparty,
  facts: PermissionFacts,
): Result<PermissionOutcome> {
  return attempt(() => evaluatePermission(rules, kind, counterparty, facts));
}
