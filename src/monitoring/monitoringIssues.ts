import { attempt, type InputIssue } from '../errors';
import { checkAmountText, describeAmountProblem } from '../money/amountText';
import { CURRENCIES } from '../money/currencies';
import type { TransactionMatcher } from '../presets/types/classes';
import { COUNTERPARTIES, TRANSACTION_KINDS, type MoneyAmount } from '../presets/types/common';
import {
  ALERT_SEVERITIES,
  type MonitoringRuleBase,
  type StructuringTarget,
} from '../presets/types/monitoring';
import type { Preset } from '../presets/types/preset';
import { validateDuration } from '../time';
import { collectIssuesSafely, showValue } from '../presets/internal/issueHelpers';
import { parseWallTime } from './internal/localClock';

type Path = readonly (string | number)[];

/** A ratio as a decimal string from 0 to 1 with at most 6 decimals. */
const RATIO = /^(0(\.\d{1,6})?|1(\.0{1,6})?)$/;
const CAMEL = /^[a-z][A-Za-z0-9]*$/;
const WATCHED_LIMIT_TYPES = ['window_amount', 'per_transaction'];
const NON_COUNTER_THRESHOLDS = ['certificateRequiredAbove', 'largeTransferReminderAbove'];
const DORMANT_BANK_POSTINGS: readonly unknown[] = ['ignore', 'alert'];

const isList = (value: unknown): value is readonly unknown[] => Array.isArray(value);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Lists every problem in a preset's monitoring rules (`preset.monitoring`): unknown sources or
 * severities, bad durations, amounts that are malformed or not in the preset's currency, ratios
 * outside 0–1, counts that are not whole numbers ≥ 1, night hours that are not `HH:MM` (or an
 * empty night), unknown kinds or counterparties in matchers, structuring targets of an unknown
 * kind, large-transaction thresholds for unknown classes, missing or duplicated per class, or
 * referring to `tiering.reviewThreshold` in a preset without tiering.
 *
 * @param preset - the preset to check
 * @returns every issue found, each with its path from the preset's root (`["monitoring", …]`);
 *   empty when the monitoring rules are valid
 * @example
 * ```ts
 * monitoringIssues(getPreset('tiered-generic')); // []
 * ```
 */
export function monitoringIssues(preset: Preset): InputIssue[] {
  return collectIssuesSafely(
    (issues) => collect(preset, issues),
    ['monitoring'],
    (detail) => `is not shaped like MonitoringRules (${detail})`,
  );
}

function collect(preset: Preset, issues: InputIssue[]): void {
  const add = (path: Path, message: string): void => {
    issues.push({ path: [...path], message });
  };
  if (!isObject(preset)) return add([], 'must be a preset object');
  const m = preset.monitoring as unknown;
  if (!isObject(m)) return add(['monitoring'], 'is required: the monitoring rules of the preset');
  const rules = preset.monitoring;
  const sources = isObject(preset.sources) ? preset.sources : {};
  const currency = preset.currency;
  const classIds = isList(preset.classes) ? preset.classes.map((c) => c?.id) : [];

  const checkBase = (path: Path, rule: unknown): rule is MonitoringRuleBase => {
    if (!isObject(rule)) {
      add(path, 'is required');
      return false;
    }
    if (typeof rule.source !== 'string' || !Object.hasOwn(sources, rule.source))
      add([...path, 'source'], `names no source in preset.sources: ${showValue(rule.source)}`);
    if (!(ALERT_SEVERITIES as readonly unknown[]).includes(rule.severity))
      add([...path, 'severity'], `must be one of ${ALERT_SEVERITIES.join(', ')}`);
    return true;
  };
  const checkSource = (path: Path, value: unknown) => {
    if (typeof value !== 'string' || !Object.hasOwn(sources, value))
      add([...path, 'source'], `names no source in preset.sources: ${showValue(value)}`);
  };
  const checkDuration = (path: Path, value: unknown) => {
    const r = attempt(() => validateDuration(value, path));
    if (!r.ok) for (const i of r.error.issues) add(i.path.length ? i.path : path, i.message);
  };
  const checkMoney = (path: Path, value: MoneyAmount | undefined) => {
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
  };
  const checkRatio = (path: Path, value: unknown) => {
    if (typeof value !== 'string' || !RATIO.test(value))
      add(path, 'must be a decimal string from 0 to 1, e.g. "0.10"');
  };
  const checkCount = (path: Path, value: unknown) => {
    if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 1_000_000)
      add(path, 'must be a whole number from 1 to 1,000,000');
  };
  const checkMatchers = (path: Path, list: readonly TransactionMatcher[] | undefined) => {
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
  };

  const P = ['monitoring'] as const;
  const rapid = rules.rapidInOut;
  if (checkBase([...P, 'rapidInOut'], rapid)) {
    checkDuration([...P, 'rapidInOut', 'window'], rapid.window);
    checkMatchers([...P, 'rapidInOut', 'inflow'], rapid.inflow);
    checkMatchers([...P, 'rapidInOut', 'outflow'], rapid.outflow);
    checkMoney([...P, 'rapidInOut', 'minInflow'], rapid.minInflow);
    checkRatio([...P, 'rapidInOut', 'maxRetainedRatio'], rapid.maxRetainedRatio);
  }
  for (const key of ['fanIn', 'fanOut'] as const) {
    const fan = rules[key];
    if (!checkBase([...P, key], fan)) continue;
    checkDuration([...P, key, 'window'], fan.window);
    checkMatchers([...P, key, 'matchers'], fan.matchers);
    checkCount([...P, key, 'minCounterparties'], fan.minCounterparties);
  }
  const st = rules.structuring;
  if (checkBase([...P, 'structuring'], st)) {
    checkRatio([...P, 'structuring', 'margin'], st.margin);
    checkCount([...P, 'structuring', 'minOccurrences'], st.minOccurrences);
    checkDuration([...P, 'structuring', 'window'], st.window);
    if (!isList(st.watch)) add([...P, 'structuring', 'watch'], 'must be a list of targets');
    else {
      const ids = new Set<string>();
      st.watch.forEach((raw: unknown, i) => {
        const tp: Path = [...P, 'structuring', 'watch', i];
        if (!isObject(raw)) return add(tp, 'must be a structuring target');
        const target = raw as unknown as StructuringTarget;
        switch (target.kind) {
          case 'class_limits':
            if (!isList(target.limitTypes) || target.limitTypes.length === 0)
              add([...tp, 'limitTypes'], `must list some of ${WATCHED_LIMIT_TYPES.join(', ')}`);
            else
              target.limitTypes.forEach((t, j) => {
                if (!WATCHED_LIMIT_TYPES.includes(t))
                  add([...tp, 'limitTypes', j], `must be one of ${WATCHED_LIMIT_TYPES.join(', ')}`);
              });
            break;
          case 'non_counter_transfer':
            if (!NON_COUNTER_THRESHOLDS.includes(target.threshold))
              add([...tp, 'threshold'], `must be one of ${NON_COUNTER_THRESHOLDS.join(', ')}`);
            checkMatchers([...tp, 'matchers'], target.matchers);
            break;
          case 'amount': {
            if (typeof target.id !== 'string' || !CAMEL.test(target.id))
              add([...tp, 'id'], 'must be a camelCase identifier');
            else if (ids.has(target.id)) add([...tp, 'id'], `duplicate target id: ${target.id}`);
            else ids.add(target.id);
            const title = target.title as unknown;
            if (
              !isObject(title) ||
              typeof title.en !== 'string' ||
              typeof title['zh-CN'] !== 'string'
            )
              add([...tp, 'title'], 'must have an "en" and a "zh-CN" text');
            checkMoney([...tp, 'amount'], target.amount);
            checkMatchers([...tp, 'matchers'], target.matchers);
            checkSource(tp, target.source);
            break;
          }
          default:
            add(
              [...tp, 'kind'],
              `must be "class_limits", "non_counter_transfer" or "amount", not ${showValue((target as { kind: unknown }).kind)}`,
            );
        }
      });
    }
  }
  const large = rules.largeTransaction;
  if (checkBase([...P, 'largeTransaction'], large)) {
    checkMatchers([...P, 'largeTransaction', 'matchers'], large.matchers);
    if (!isList(large.thresholds))
      add([...P, 'largeTransaction', 'thresholds'], 'must list one threshold per class');
    else {
      const seen = new Set<string>();
      large.thresholds.forEach((t, i) => {
        const tp: Path = [...P, 'largeTransaction', 'thresholds', i];
        if (!isObject(t)) return add(tp, 'must be { class, above, source }');
        if (!classIds.includes(t.class))
          add([...tp, 'class'], `unknown class: ${showValue(t.class)}`);
        else if (seen.has(t.class)) add([...tp, 'class'], `duplicate threshold for ${t.class}`);
        seen.add(t.class);
        checkSource(tp, t.source);
        if (t.above === 'tiering.reviewThreshold') {
          if (!preset.tiering)
            add(
              [...tp, 'above'],
              'refers to tiering.reviewThreshold but the preset has no tiering',
            );
        } else if (t.above !== null) checkMoney([...tp, 'above'], t.above);
      });
      for (const id of classIds)
        if (typeof id === 'string' && !seen.has(id))
          add(
            [...P, 'largeTransaction', 'thresholds'],
            `has no entry for class ${id} (use "above": null for none)`,
          );
    }
  }
  const night = rules.nightActivity;
  if (checkBase([...P, 'nightActivity'], night)) {
    const from = parseWallTime(night.from);
    const to = parseWallTime(night.to);
    if (from === null) add([...P, 'nightActivity', 'from'], 'must be a local time HH:MM');
    if (to === null) add([...P, 'nightActivity', 'to'], 'must be a local time HH:MM');
    if (from !== null && from === to)
      add([...P, 'nightActivity', 'to'], 'must differ from "from" (the night would be empty)');
    checkCount([...P, 'nightActivity', 'minTransactions'], night.minTransactions);
    checkMatchers([...P, 'nightActivity', 'matchers'], night.matchers);
  }
  const dormant = rules.dormantAccountActivity;
  if (checkBase([...P, 'dormantAccountActivity'], dormant)) {
    const bp = [...P, 'dormantAccountActivity', 'bankPostings'];
    if (!isObject(dormant.bankPostings)) add(bp, 'is required: { onDormantAccount, source }');
    else {
      if (!DORMANT_BANK_POSTINGS.includes(dormant.bankPostings.onDormantAccount))
        add([...bp, 'onDormantAccount'], `must be one of ${DORMANT_BANK_POSTINGS.join(', ')}`);
      checkSource(bp, dormant.bankPostings.source);
    }
  }
}
