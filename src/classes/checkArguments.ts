/*
 * Argument checks shared by the class functions (internal to src/classes, not re-exported): each
 * public function checks what it reads before reading it, so that bad input is a typed error
 * naming the argument's path, never a TypeError. The checks are a few comparisons (these
 * functions are on the limit engine's hot path).
 */
import { AccountPolicyError } from '../errors';
import {
  COUNTERPARTIES,
  TRANSACTION_KINDS,
  type Counterparty,
  type TransactionKind,
} from '../presets/types/common';

type Path = readonly (string | number)[];

/**
 * Throws `invalid_input` (a bad argument) at `path`.
 *
 * @param path - the argument and where in it, e.g. `['facts', 'faceToFaceVerified']`
 * @param message - what is wrong
 * @returns never
 * @example
 * ```ts
 * invalidArgument(['kind'], 'must be a transaction kind'); // throws
 * ```
 */
export function invalidArgument(path: Path, message: string): never {
  throw new AccountPolicyError('invalid_input', `Invalid input at ${path.join('.')}: ${message}`, [
    { path: [...path], message },
  ]);
}

/**
 * Throws `invalid_preset` (malformed rules passed in) at `path`.
 *
 * @param path - e.g. `['rules', 'permissions', 0, 'requires']`
 * @param message - what is wrong
 * @returns never
 * @example
 * ```ts
 * invalidRules(['rules', 'permissions'], 'must be a list'); // throws
 * ```
 */
export function invalidRules(path: Path, message: string): never {
  throw new AccountPolicyError(
    'invalid_preset',
    `Invalid preset at ${path.join('.')}: ${message}`,
    [{ path: [...path], message }],
  );
}

/**
 * Whether a value is an object (not null, not an array).
 *
 * @param value - anything
 * @returns true for an object
 * @example
 * ```ts
 * isRecord({}); // true
 * isRecord([]); // false
 * ```
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const KINDS: readonly unknown[] = TRANSACTION_KINDS;
const PARTIES: readonly unknown[] = COUNTERPARTIES;

/**
 * Checks a transaction kind argument.
 *
 * @param kind - the candidate
 * @param path - the argument's path (default `['kind']`)
 * @returns the kind
 * @throws AccountPolicyError `invalid_input` listing the kinds
 * @example
 * ```ts
 * checkKind('payment'); // 'payment'
 * ```
 */
export function checkKind(kind: unknown, path: Path = ['kind']): TransactionKind {
  if (!KINDS.includes(kind)) unknownKind(path);
  return kind as TransactionKind;
}

/**
 * Throws `invalid_input`: not a transaction kind.
 *
 * @param path - the argument's path
 * @returns never
 * @example
 * ```ts
 * unknownKind(['kind']); // throws
 * ```
 */
export function unknownKind(path: Path): never {
  invalidArgument(path, `must be a transaction kind: one of ${TRANSACTION_KINDS.join(', ')}`);
}

/**
 * Checks a counterparty argument.
 *
 * @param counterparty - the candidate
 * @param path - the argument's path (default `['counterparty']`)
 * @returns the counterparty
 * @throws AccountPolicyError `invalid_input` listing the counterparties
 * @example
 * ```ts
 * checkCounterparty('bound'); // 'bound'
 * ```
 */
export function checkCounterparty(
  counterparty: unknown,
  path: Path = ['counterparty'],
): Counterparty {
  if (!PARTIES.includes(counterparty))
    invalidArgument(path, `must be a counterparty: one of ${COUNTERPARTIES.join(', ')}`);
  return counterparty as Counterparty;
}

/**
 * Checks a list of matchers or rules in a class's rules: a list of objects.
 *
 * @param value - the candidate list
 * @param path - its path, e.g. `['rules', 'permissions']`
 * @returns the list
 * @throws AccountPolicyError `invalid_preset`
 * @example
 * ```ts
 * ruleList(rules.permissions, ['rules', 'permissions']);
 * ```
 */
export function ruleList(value: unknown, path: Path): readonly Record<string, unknown>[] {
  if (!Array.isArray(value)) invalidRules(path, 'must be a list');
  return value as readonly Record<string, unknown>[];
}

/** A path below `path`, built only for an error. */
function pathOf(path: Path, index?: number, field?: string): Path {
  const out: (string | number)[] = [...path];
  if (index !== undefined) out.push(index);
  if (field !== undefined) out.push(field);
  return out;
}

/**
 * {@link matchesTransaction} with the matcher's path for the error (the class functions name the
 * matcher's place in the rules).
 *
 * @param matcher - the candidate matcher
 * @param kind - the transaction's kind
 * @param counterparty - the transaction's counterparty
 * @param path - where the matcher (or the list holding it) sits
 * @param index - the matcher's index in that list, if in one (kept apart so that the hot path
 *   allocates no path)
 * @returns true when the matcher selects the transaction
 * @throws AccountPolicyError `invalid_preset` for a malformed matcher
 * @example
 * ```ts
 * matcherSelects({ kinds: ['payment'] }, 'payment', 'other', ['rules', 'permissions'], 0); // true
 * ```
 */
export function matcherSelects(
  matcher: unknown,
  kind: unknown,
  counterparty: unknown,
  path: Path,
  index?: number,
): boolean {
  if (!isRecord(matcher))
    invalidRules(pathOf(path, index), 'must be a matcher { kinds, counterparties? }');
  const { kinds, counterparties } = matcher;
  if (!Array.isArray(kinds)) invalidRules(pathOf(path, index, 'kinds'), 'must be a list of kinds');
  if (counterparties !== undefined && !Array.isArray(counterparties))
    invalidRules(
      pathOf(path, index, 'counterparties'),
      'must be a list of counterparties when given',
    );
  return (
    kinds.includes(kind) && (counterparties === undefined || counterparties.includes(counterparty))
  );
}
