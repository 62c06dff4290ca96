import { attempt, type InputIssue } from '../../errors';
import { checkAmountText, describeAmountProblem } from '../../money/amountText';
import { CURRENCIES } from '../../money/currencies';
import { validateDuration } from '../../time';
import { showValue } from '../internal/issueHelpers';
import type { TransactionMatcher } from '../types/classes';
import { COUNTERPARTIES, TRANSACTION_KINDS, type MoneyAmount } from '../types/common';
import type { Preset } from '../types/preset';

/** Where an issue is, from the preset's root. */
export type IssuePath = readonly (string | number)[];

/** `Array.isArray` without narrowing readonly arrays to `any[]`. */
export const isList = (value: unknown): boolean => Array.isArray(value);

/**
 * The preset being validated, the list its issues go to, and the checks that every section of
 * the preset shares (a source key, an amount, a duration, a list of matchers, a list of known
 * values). Each check adds its findings to `issues` and returns nothing.
 */
export interface PresetChecks {
  readonly preset: Preset;
  readonly issues: InputIssue[];
  /** Adds one issue at `path`. */
  add(path: IssuePath, message: string): void;
  /** `value` must be a key of `preset.sources` (reported at `[...path, 'source']`). */
  source(path: IssuePath, value: unknown): void;
  /** `value` must be `{ amount, currency }`, not below zero, in `expected` when given. */
  money(path: IssuePath, value: MoneyAmount | undefined, expected?: string): void;
  /** `value` must be a valid duration (or `null` when `nullable`). */
  duration(path: IssuePath, value: unknown, nullable?: boolean): void;
  /** `list` must be a list of matchers of known kinds and counterparties. */
  matchers(path: IssuePath, list: readonly TransactionMatcher[] | undefined): void;
  /** `list` must be a list of values from `known`. */
  knownValues<T>(path: IssuePath, list: readonly T[] | undefined, known: readonly T[]): void;
}

/**
 * The shared checks of {@link PresetChecks}, adding their findings to `issues`.
 *
 * @param preset - the preset being validated
 * @param issues - where findings go
 * @returns the checks
 * @example
 * ```ts
 * const issues: InputIssue[] = [];
 * presetChecks(getPreset(), issues).source(['classes', 0], 'no-such-source');
 * issues[0]!.path; // ['classes', 0, 'source']
 * ```
 */
export function presetChecks(preset: Preset, issues: InputIssue[]): PresetChecks {
  const add = (path: IssuePath, message: string) => {
    issues.push({ path: [...path], message });
  };
  // Read once, when first needed (after the preset's own fields, as it always was).
  let sources: object | undefined;
  const sourcesOf = () => (sources ??= preset.sources ?? {});
  return {
    preset,
    issues,
    add,
    source: (path, value) => {
      if (typeof value !== 'string' || !Object.hasOwn(sourcesOf(), value))
        add([...path, 'source'], `names no source in preset.sources: ${showValue(value)}`);
    },
    money: (path, value, expected) => moneyIssues(add, path, value, expected),
    duration: (path, value, nullable = false) => {
      if (value === null && nullable) return;
      const r = attempt(() => validateDuration(value, path));
      if (!r.ok) for (const i of r.error.issues) add(i.path.length ? i.path : path, i.message);
    },
    matchers: (path, list) => matcherIssues(add, path, list),
    knownValues: (path, list, known) => {
      if (!list || !isList(list)) return add(path, 'must be a list');
      list.forEach((v, i) => {
        if (!known.includes(v)) add([...path, i], `unknown value: ${showValue(v)}`);
      });
    },
  };
}

type Add = PresetChecks['add'];

function moneyIssues(
  add: Add,
  path: IssuePath,
  value: MoneyAmount | undefined,
  expected: string | undefined,
): void {
  if (!value || typeof value !== 'object') return add(path, 'must be { amount, currency }');
  const info = Object.hasOwn(CURRENCIES, value.currency) ? CURRENCIES[value.currency] : undefined;
  if (!info)
    return add([...path, 'currency'], `is not a known currency: ${showValue(value.currency)}`);
  if (expected && value.currency !== expected)
    add([...path, 'currency'], `is ${value.currency}, not the preset's currency ${expected}`);
  const problem = checkAmountText(value.amount, info.scale, { allowNegative: false });
  if (problem)
    add(
      [...path, 'amount'],
      problem === 'sign_not_allowed'
        ? 'must not be below zero'
        : describeAmountProblem(problem, info.scale),
    );
}

function matcherIssues(
  add: Add,
  path: IssuePath,
  list: readonly TransactionMatcher[] | undefined,
): void {
  if (!list || !isList(list)) return add(path, 'must be a list of matchers');
  list.forEach((m, i) => {
    m.kinds.forEach((k, j) => {
      if (!TRANSACTION_KINDS.includes(k)) add([...path, i, 'kinds', j], `unknown kind: ${k}`);
    });
    m.counterparties?.forEach((c, j) => {
      if (!COUNTERPARTIES.includes(c))
        add([...path, i, 'counterparties', j], `unknown counterparty: ${c}`);
    });
  });
}
