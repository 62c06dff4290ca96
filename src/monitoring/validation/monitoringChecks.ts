import { attempt, type InputIssue } from '../../errors';
import { checkAmountText, describeAmountProblem } from '../../money/amountText';
import { CURRENCIES } from '../../money/currencies';
import { showValue } from '../../presets/internal/issueHelpers';
import type { TransactionMatcher } from '../../presets/types/classes';
import { COUNTERPARTIES, TRANSACTION_KINDS, type MoneyAmount } from '../../presets/types/common';
import { ALERT_SEVERITIES, type MonitoringRuleBase } from '../../presets/types/monitoring';
import type { Preset } from '../../presets/types/preset';
import { validateDuration } from '../../time';

/** Where an issue is, from the preset's root. */
export type IssuePath = readonly (string | number)[];

/** A ratio as a decimal string from 0 to 1 with at most 6 decimals. */
const RATIO = /^(0(\.\d{1,6})?|1(\.0{1,6})?)$/;

/** `Array.isArray`, narrowing to a readonly list of unknowns. */
export const isList = (value: unknown): value is readonly unknown[] => Array.isArray(value);
/** A non-null object that is not an array. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The preset whose monitoring rules are validated, and the checks that every monitoring rule
 * shares. Each check adds its findings to the issues and returns nothing (but `rule`).
 */
export interface MonitoringChecks {
  readonly preset: Preset;
  /** The ids of the preset's classes (empty when `classes` is not a list). */
  readonly classIds: readonly unknown[];
  /** Adds one issue at `path`. */
  add(path: IssuePath, message: string): void;
  /** `value` is a rule (an object) with a known source and severity; false when not an object. */
  rule(path: IssuePath, value: unknown): value is MonitoringRuleBase;
  /** `value` must be a key of `preset.sources` (reported at `[...path, 'source']`). */
  source(path: IssuePath, value: unknown): void;
  /** `value` must be a valid duration. */
  duration(path: IssuePath, value: unknown): void;
  /** `value` must be `{ amount, currency }` in the preset's currency, not below zero. */
  money(path: IssuePath, value: MoneyAmount | undefined): void;
  /** `value` must be a decimal string from 0 to 1. */
  ratio(path: IssuePath, value: unknown): void;
  /** `value` must be a whole number from 1 to 1,000,000. */
  count(path: IssuePath, value: unknown): void;
  /** `list` must be a list of matchers of known kinds and counterparties. */
  matchers(path: IssuePath, list: readonly TransactionMatcher[] | undefined): void;
}

/**
 * The shared checks of {@link MonitoringChecks}, adding their findings to `issues`.
 *
 * @param preset - the preset (an object with a `monitoring` object)
 * @param issues - where findings go
 * @returns the checks
 * @example
 * ```ts
 * const issues: InputIssue[] = [];
 * monitoringChecks(getPreset(), issues).ratio(['monitoring', 'structuring', 'margin'], '1.5');
 * issues.length; // 1
 * ```
 */
export function monitoringChecks(preset: Preset, issues: InputIssue[]): MonitoringChecks {
  const add = (path: IssuePath, message: string): void => {
    issues.push({ path: [...path], message });
  };
  const sources = isObject(preset.sources) ? preset.sources : {};
  const source = (path: IssuePath, value: unknown) => {
    if (typeof value !== 'string' || !Object.hasOwn(sources, value))
      add([...path, 'source'], `names no source in preset.sources: ${showValue(value)}`);
  };
  return {
    preset,
    classIds: isList(preset.classes) ? preset.classes.map((c) => c?.id) : [],
    add,
    rule: (path, value): value is MonitoringRuleBase => {
      if (!isObject(value)) {
        add(path, 'is required');
        return false;
      }
      source(path, value.source);
      if (!(ALERT_SEVERITIES as readonly unknown[]).includes(value.severity))
        add([...path, 'severity'], `must be one of ${ALERT_SEVERITIES.join(', ')}`);
      return true;
    },
    source,
    duration: (path, value) => {
      const r = attempt(() => validateDuration(value, path));
      if (!r.ok) for (const i of r.error.issues) add(i.path.length ? i.path : path, i.message);
    },
    money: (path, value) => moneyIssues(add, path, value, preset.currency),
    ratio: (path, value) => {
      if (typeof value !== 'string' || !RATIO.test(value))
        add(path, 'must be a decimal string from 0 to 1, e.g. "0.10"');
    },
    count: (path, value) => {
      if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 1_000_000)
        add(path, 'must be a whole number from 1 to 1,000,000');
    },
    matchers: (path, list) => matcherIssues(add, path, list),
  };
}

type Add = MonitoringChecks['add'];

function moneyIssues(
  add: Add,
  path: IssuePath,
  value: MoneyAmount | undefined,
  currency: unknown,
): void {
  if (!isObject(value)) return add(path, 'must be { amount, currency }');
  const info = Object.hasOwn(CURRENCIES, value.currency) ? CURRENCIES[value.currency] : undefined;
  if (!info)
    return add([...path, 'currency'], `is not a known currency: ${showValue(value.currency)}`);
  if (value.currency !== currency)
    add(
      [...path, 'currency'],
      `is ${value.currency}, not the preset's currency ${showValue(currency)}`,
    );
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
  if (!isList(list)) return add(path, 'must be a list of matchers');
  list.forEach((matcher, i) => {
    if (!isObject(matcher) || !isList(matcher.kinds))
      return add([...path, i], 'must be { kinds, counterparties? }');
    matcher.kinds.forEach((k, j) => {
      if (!TRANSACTION_KINDS.includes(k))
        add([...path, i, 'kinds', j], `unknown kind: ${showValue(k)}`);
    });
    if (matcher.counterparties !== undefined) {
      if (!isList(matcher.counterparties))
        return add([...path, i, 'counterparties'], 'must be a list of counterparties');
      matcher.counterparties.forEach((c, j) => {
        if (!COUNTERPARTIES.includes(c))
          add([...path, i, 'counterparties', j], `unknown counterparty: ${showValue(c)}`);
      });
    }
  });
}
