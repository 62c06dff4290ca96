import { AccountPolicyError, attempt, type InputIssue } from '../errors';
import { checkAmountText, describeAmountProblem } from '../money/amountText';
import { CURRENCIES } from '../money/currencies';
import { isTimeZone, validateDuration } from '../time';
import { COUNTERPARTIES, TRANSACTION_KINDS } from './types/common';
import type { LimitRule, TransactionMatcher } from './types/classes';
import { OPENING_CHANNELS, VERIFICATIONS } from './types/classes';
import type { MoneyAmount } from './types/common';
import {
  CREDIT_RATINGS,
  DOCUMENT_TYPES,
  PRODUCT_RISKS,
  RESIDENCIES,
  RISK_FACTORS,
  RISK_LEVELS,
} from './types/kyc';
import { FREEZE_KINDS } from './types/lifecycle';
import { RESTRICTION_KINDS } from '../lifecycle/types';
import { monitoringIssues } from '../monitoring/monitoringIssues';
import { collectIssuesSafely, showValue } from './internal/issueHelpers';
import { overrideIssues } from './internal/overrideIssues';
import { fiscalYearIssues } from './internal/fiscalYearIssues';
import { perTransactionScopeIssues } from '../limits/rules/perTransactionScope';

import { maxReachMs } from '../time/internal/duration';
import type { Preset } from './types/preset';

type Path = readonly (string | number)[];

/** `Array.isArray` without narrowing readonly arrays to `any[]`. */
const isList = (value: unknown): boolean => Array.isArray(value);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * Lists every problem in a preset: unknown sources, bad amounts (negative, malformed, not in
 * the preset's currency), bad durations, unknown classes or kinds, duplicate ids.
 *
 * @param preset - the preset to check
 * @returns every issue found, each with its path; empty when the preset is valid
 * @example
 * ```ts
 * presetIssues(getPreset('cn-pboc-2018')); // []
 * ```
 */
export function presetIssues(preset: Preset): InputIssue[] {
  return collectIssuesSafely(
    (issues) => collectIssues(preset, issues),
    [],
    (detail) => `is not shaped like a preset (${detail}): compare it with the Preset type`,
  );
}

/** Adds every problem of `preset` to `issues` (may throw on a preset of the wrong shape). */
function collectIssues(preset: Preset, issues: InputIssue[]): void {
  const add = (path: Path, message: string) => issues.push({ path: [...path], message });
  const p = preset as unknown as Record<string, unknown>;
  if (typeof p !== 'object' || p === null) return void add([], 'must be an object');

  if (typeof preset.id !== 'string' || !ID.test(preset.id))
    add(['id'], 'must be lowercase letters, digits and dashes (1–64 characters)');
  for (const key of ['title', 'description'] as const) {
    const text = preset[key] as unknown as Record<string, unknown> | undefined;
    if (!text || typeof text.en !== 'string' || typeof text['zh-CN'] !== 'string')
      add([key], 'must have an "en" and a "zh-CN" text');
  }
  const currency = preset.currency;
  if (typeof currency !== 'string' || !Object.hasOwn(CURRENCIES, currency))
    add(['currency'], `is not a known ISO 4217 currency: ${showValue(currency)}`);
  if (typeof preset.timeZone !== 'string' || !isTimeZone(preset.timeZone))
    add(['timeZone'], `is not an IANA time zone: ${showValue(preset.timeZone)}`);
  if (typeof preset.effectiveFrom !== 'string' || !DATE.test(preset.effectiveFrom))
    add(['effectiveFrom'], 'must be a date YYYY-MM-DD');
  if (!isList(preset.supersedes)) add(['supersedes'], 'must be a list of preset ids');
  if (preset.idempotencyPeriod !== undefined) {
    const r = attempt(() => validateDuration(preset.idempotencyPeriod, ['idempotencyPeriod']));
    if (!r.ok) for (const i of r.error.issues) add(i.path, i.message);
    else if (maxReachMs(r.value) === 0 || maxReachMs(r.value) > 31 * 86_400_000)
      add(['idempotencyPeriod'], 'must be longer than zero and at most 31 days');
  }

  const sources = preset.sources ?? {};
  if (typeof sources !== 'object') add(['sources'], 'must be an object of source documents');
  const checkSource = (path: Path, value: unknown) => {
    if (typeof value !== 'string' || !Object.hasOwn(sources, value))
      add([...path, 'source'], `names no source in preset.sources: ${showValue(value)}`);
  };
  const checkMoney = (path: Path, value: MoneyAmount | undefined, expected?: string) => {
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
  };
  const checkDuration = (path: Path, value: unknown, nullable = false) => {
    if (value === null && nullable) return;
    const r = attempt(() => validateDuration(value, path));
    if (!r.ok) for (const i of r.error.issues) add(i.path.length ? i.path : path, i.message);
  };
  const checkMatchers = (path: Path, list: readonly TransactionMatcher[] | undefined) => {
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
  };

  if (!isList(preset.classes) || preset.classes.length === 0) {
    add(['classes'], 'must list at least one account class');
  } else {
    const classIds = new Set<string>();
    const ranks = new Set<number>();
    preset.classes.forEach((cls, ci) => {
      const path: Path = ['classes', ci];
      if (classIds.has(cls.id)) add([...path, 'id'], `duplicate class id: ${cls.id}`);
      classIds.add(cls.id);
      if (ranks.has(cls.rank)) add([...path, 'rank'], `duplicate rank: ${cls.rank}`);
      ranks.add(cls.rank);
      checkSource(path, cls.source);
      checkSource([...path, 'opening'], cls.opening?.source);
      if (!Number.isInteger(cls.opening?.minVerifications) || cls.opening.minVerifications < 0)
        add([...path, 'opening', 'minVerifications'], 'must be a whole number ≥ 0');
      cls.opening?.requiredVerifications.forEach((v, j) => {
        if (!VERIFICATIONS.includes(v))
          add([...path, 'opening', 'requiredVerifications', j], `unknown verification: ${v}`);
      });
      const max = cls.opening?.maxPerPersonPerBank;
      if (max !== null && (!Number.isInteger(max) || (max as number) < 1))
        add([...path, 'opening', 'maxPerPersonPerBank'], 'must be a whole number ≥ 1 or null');
      cls.permissions.forEach((perm, pi) => {
        checkSource([...path, 'permissions', pi], perm.source);
        checkMatchers([...path, 'permissions'], [perm]);
      });
      if (cls.nonReloadable !== undefined)
        checkSource([...path, 'nonReloadable'], cls.nonReloadable?.source);
      checkSource([...path, 'counting'], cls.counting?.source);
      checkMatchers([...path, 'counting', 'inflow'], cls.counting?.inflow);
      checkMatchers([...path, 'counting', 'outflow'], cls.counting?.outflow);
      const limitIds = new Set<string>();
      cls.limits.forEach((limit: LimitRule, li) => {
        const lp: Path = [...path, 'limits', li];
        if (typeof limit.id !== 'string' || !/^[a-z][A-Za-z0-9]*$/.test(limit.id))
          add([...lp, 'id'], 'must be a camelCase identifier');
        if (limitIds.has(limit.id)) add([...lp, 'id'], `duplicate limit id: ${limit.id}`);
        limitIds.add(limit.id);
        if (limit.layer !== 'regulatory' && limit.layer !== 'bank')
          add([...lp, 'layer'], 'must be "regulatory" or "bank"');
        checkSource(lp, limit.source);
        issues.push(...overrideIssues(limit, lp, preset));
        if (limit.type === 'window_count') {
          if (!Number.isInteger(limit.count) || limit.count < 0)
            add([...lp, 'count'], 'must be a whole number ≥ 0');
        } else if (
          limit.type === 'window_amount' ||
          limit.type === 'per_transaction' ||
          limit.type === 'balance_cap'
        ) {
          checkMoney([...lp, 'limit'], limit.limit, currency);
        } else {
          add(
            [...lp, 'type'],
            `unknown limit type: ${showValue((limit as { type: unknown }).type)}`,
          );
        }
        if (limit.type === 'window_amount' || limit.type === 'window_count') {
          const w = limit.window;
          if (w?.kind === 'rolling') checkDuration([...lp, 'window', 'duration'], w.duration);
          else if (!(w?.kind === 'calendar' && ['day', 'month', 'year'].includes(w.unit)))
            add([...lp, 'window'], 'must be a calendar day/month/year or a rolling duration');
          else if (w.startsOn !== undefined) issues.push(...fiscalYearIssues(w, [...lp, 'window']));
        }
        if (limit.type === 'per_transaction') issues.push(...perTransactionScopeIssues(limit, lp));
      });
    });
    const fx = preset.kyc?.foreignCurrency?.requiresClass;
    if (fx !== undefined && !classIds.has(fx))
      add(['kyc', 'foreignCurrency', 'requiresClass'], `unknown class: ${fx}`);
  }

  const lc = preset.lifecycle;
  if (!lc) add(['lifecycle'], 'is required');
  else {
    for (const kind of FREEZE_KINDS) {
      const rule = lc.freezes?.[kind];
      if (!rule) {
        add(['lifecycle', 'freezes', kind], 'is required');
        continue;
      }
      checkSource(['lifecycle', 'freezes', kind], rule.source);
      checkDuration(['lifecycle', 'freezes', kind, 'maxDuration'], rule.maxDuration, true);
    }
    checkSource(['lifecycle', 'statuses'], lc.statuses?.source);
    checkSource(['lifecycle', 'postings'], lc.postings?.source);
    checkSource(['lifecycle', 'lossReport'], lc.lossReport?.source);
    checkDuration(['lifecycle', 'lossReport', 'validity'], lc.lossReport?.validity);
    checkSource(['lifecycle', 'dormancy'], lc.dormancy?.source);
    checkDuration(['lifecycle', 'dormancy', 'inactivityPeriod'], lc.dormancy?.inactivityPeriod);
    checkDuration(['lifecycle', 'newAccountInactivity', 'period'], lc.newAccountInactivity?.period);
    checkDuration(['lifecycle', 'closure', 'recordRetention'], lc.closure?.recordRetention);
    checkDuration(
      ['lifecycle', 'restrictions', 'accountSellingDuration'],
      lc.restrictions?.accountSellingDuration,
    );
  }
  const kyc = preset.kyc;
  if (!kyc) add(['kyc'], 'is required');
  else {
    if (!Number.isInteger(kyc.age?.minimumAge) || kyc.age.minimumAge < 0)
      add(['kyc', 'age', 'minimumAge'], 'must be a whole number of years ≥ 0');
    checkSource(['kyc', 'age'], kyc.age?.source);
    checkMoney(
      ['kyc', 'foreignCurrency', 'annualPurchaseQuota'],
      kyc.foreignCurrency?.annualPurchaseQuota,
    );
    checkMoney(
      ['kyc', 'nonCounterTransfers', 'certificateRequiredAbove'],
      kyc.nonCounterTransfers?.certificateRequiredAbove,
      currency,
    );
    checkMoney(
      ['kyc', 'nonCounterTransfers', 'largeTransferReminderAbove'],
      kyc.nonCounterTransfers?.largeTransferReminderAbove,
      currency,
    );
    for (const level of RISK_LEVELS)
      checkDuration(
        ['kyc', 'riskRating', 'levels', level, 'reviewInterval'],
        kyc.riskRating?.levels?.[level]?.reviewInterval,
      );
    const rr = kyc.riskRating;
    if (rr) {
      checkSource(['kyc', 'riskRating'], rr.source);
      const pairs = new Set<string>();
      rr.factors?.forEach((f, i) => {
        const fp: Path = ['kyc', 'riskRating', 'factors', i];
        if (!RISK_FACTORS.includes(f.factor))
          add([...fp, 'factor'], `unknown risk factor: ${showValue(f.factor)}`);
        const pair = `${f.factor}=${f.value}`;
        if (pairs.has(pair)) add([...fp, 'value'], `duplicate factor value ${pair}`);
        pairs.add(pair);
        if (!Number.isInteger(f.score) || f.score < 0)
          add([...fp, 'score'], 'must be a whole number ≥ 0');
        if (f.minimumLevel !== undefined && !RISK_LEVELS.includes(f.minimumLevel))
          add([...fp, 'minimumLevel'], `must be one of ${RISK_LEVELS.join(', ')}`);
        checkSource(fp, f.source);
      });
      const t = rr.thresholds;
      if (
        !t ||
        !Number.isInteger(t.medium) ||
        !Number.isInteger(t.high) ||
        t.medium < 0 ||
        t.high < t.medium
      )
        add(['kyc', 'riskRating', 'thresholds'], 'must be whole numbers with 0 ≤ medium ≤ high');
    }
    const checkList = <T>(path: Path, list: readonly T[] | undefined, known: readonly T[]) => {
      if (!list || !isList(list)) return add(path, 'must be a list');
      list.forEach((v, i) => {
        if (!known.includes(v)) add([...path, i], `unknown value: ${showValue(v)}`);
      });
    };
    for (const residency of RESIDENCIES)
      checkList(
        ['kyc', 'documents', 'accepted', residency],
        kyc.documents?.accepted?.[residency],
        DOCUMENT_TYPES,
      );
    checkList(
      ['kyc', 'documents', 'gb11643Numbers'],
      kyc.documents?.gb11643Numbers,
      DOCUMENT_TYPES,
    );
    if (!['refuse', 'verify_at_opening'].includes(kyc.documents?.birthDateMismatch))
      add(['kyc', 'documents', 'birthDateMismatch'], 'must be "refuse" or "verify_at_opening"');
    checkList(['kyc', 'faceToFace', 'channels'], kyc.faceToFace?.channels, OPENING_CHANNELS);
    checkList(
      ['kyc', 'taxResidencyDeclaration', 'residencies'],
      kyc.taxResidencyDeclaration?.residencies,
      RESIDENCIES,
    );
    checkList(
      ['kyc', 'openingRestrictions', 'blockingKinds'],
      kyc.openingRestrictions?.blockingKinds,
      RESTRICTION_KINDS,
    );
  }
  if (preset.tiering) {
    checkSource(['tiering'], preset.tiering.source);
    checkDuration(['tiering', 'reevaluationInterval'], preset.tiering.reevaluationInterval);
    checkDuration(['tiering', 'basicInactivityFreeze'], preset.tiering.basicInactivityFreeze);
    checkMoney(['tiering', 'reviewThreshold'], preset.tiering.reviewThreshold, currency);
    const tierIds = new Set((isList(preset.classes) ? preset.classes : []).map((c) => c.id));
    const seen = new Set<string>();
    preset.tiering.qualifications?.forEach((q, i) => {
      const qp: Path = ['tiering', 'qualifications', i];
      if (!tierIds.has(q.tier)) add([...qp, 'tier'], `unknown tier: ${showValue(q.tier)}`);
      if (seen.has(q.tier)) add([...qp, 'tier'], `duplicate qualification for ${q.tier}`);
      seen.add(q.tier);
      checkSource(qp, q.source);
      if (q.minCumulativeVolume !== null)
        checkMoney([...qp, 'minCumulativeVolume'], q.minCumulativeVolume, currency);
      checkDuration([...qp, 'minHistory'], q.minHistory, true);
      for (const key of ['minTransactionCount', 'maxAlerts'] as const) {
        const v = q[key];
        if (v !== null && (!Number.isInteger(v) || v < 0))
          add([...qp, key], 'must be a whole number ≥ 0 or null');
      }
      if (q.minCreditRating !== null && !CREDIT_RATINGS.includes(q.minCreditRating))
        add([...qp, 'minCreditRating'], `unknown credit rating: ${showValue(q.minCreditRating)}`);
    });
  }
  const s = preset.suitability;
  if (!s) add(['suitability'], 'is required');
  else {
    checkSource(['suitability'], s.source);
    for (const key of ['seniorAge', 'adultAge'] as const)
      if (!Number.isInteger(s[key]) || s[key] < 0)
        add(['suitability', key], 'must be a whole number of years ≥ 0');
    for (const key of [
      'seniorForbiddenFrom',
      'seniorWitnessLevel',
      'earmarkedFundsMaxRisk',
    ] as const)
      if (!PRODUCT_RISKS.includes(s[key]))
        add(['suitability', key], `must be one of ${PRODUCT_RISKS.join(', ')}`);
    if (PRODUCT_RISKS.indexOf(s.seniorWitnessLevel) >= PRODUCT_RISKS.indexOf(s.seniorForbiddenFrom))
      add(['suitability', 'seniorWitnessLevel'], 'must be below seniorForbiddenFrom');
  }
  if (!preset.monitoring) add(['monitoring'], 'is required');
  else issues.push(...monitoringIssues(preset));
}

/**
 * Checks a preset and returns it, or throws listing every problem.
 *
 * @param preset - the preset to check
 * @returns the same preset
 * @throws AccountPolicyError `invalid_preset` with every issue
 * @example
 * ```ts
 * validatePreset(getPreset('cn-pboc-2016')).id; // 'cn-pboc-2016'
 * ```
 */
export function validatePreset(preset: Preset): Preset {
  const issues = presetIssues(preset);
  if (issues.length > 0) {
    const first = issues[0]!;
    throw new AccountPolicyError(
      'invalid_preset',
      `Preset ${showValue(preset?.id)} is invalid: ${first.path.join('.')} ${first.message}` +
        (issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''),
      issues,
    );
  }
  return preset;
}
