import { citeSources } from '../../presets/citeSources';
import { attempt, type Result } from '../../errors';
import { formatMessage } from '../../messages/formatMessage';
import type { PolicyReason } from '../../messages/decision';
import {
  CUSTOMER_RISK_TOLERANCES,
  FUNDS_PURPOSES,
  PRODUCT_RISKS,
  type CustomerRiskTolerance,
  type FundsPurpose,
  type ProductRisk,
  type SuitabilityConditionCode,
} from '../../presets/types/kyc';
import { ageOn, compareLocalDates, formatLocalDate } from '../../time';
import {
  MAX_TEXT_LENGTH,
  invalid,
  readDate,
  readEnum,
  readFlag,
  readList,
  readObject,
  readText,
  resolveOptions,
  type DateInput,
  type KycOptions,
} from '../internal/inputs';
import { FUNDS_PURPOSE_LABELS, SUITABILITY_CONDITION_MESSAGES } from '../labels';

const CONDITIONS: readonly SuitabilityConditionCode[] = [
  'signed_statement',
  'witness',
  'second_warning',
];

/** A proposed sale of a wealth or investment product to a customer. */
export interface SuitabilityRequest {
  /** The day of the sale. */
  readonly today: DateInput;
  readonly product: { readonly risk: ProductRisk; readonly id?: string };
  readonly customer: {
    readonly birthDate: DateInput;
    /** The customer's assessed tolerance; `null` or absent: no assessment. */
    readonly riskTolerance?: CustomerRiskTolerance | null;
    /** Last day the assessment is valid; absent or `null`: no expiry given. */
    readonly assessmentExpiresOn?: DateInput | null;
    /** Whether the legal guardian is present (minors). */
    readonly guardianPresent?: boolean;
    /** What the money is for (default `general`). */
    readonly fundsPurpose?: FundsPurpose;
  };
  /** The customer insists on the product although it is above their level. */
  readonly insists?: boolean;
  /** Conditions already fulfilled in this sale (witness present, second warning given, statement signed). */
  readonly completed?: readonly SuitabilityConditionCode[];
}

/** Codes of the fixes a suitability reason can propose. */
export type SuitabilityFixCode =
  | 'complete_risk_assessment'
  | 'come_with_guardian_to_branch'
  | 'choose_suitable_product'
  | 'insist_with_signed_statement';

/** What would fix a suitability reason. */
export interface SuitabilityFix extends PolicyReason<SuitabilityFixCode> {
  /** `choose_suitable_product`: the riskiest product level that would be allowed. */
  readonly maxProduct?: ProductRisk;
}

interface ReasonBase<C extends string> extends PolicyReason<C> {
  readonly source: string;
  /** The key of the source in `preset.sources` (`source` is its citable reference). */
  readonly sourceKey?: string;
  readonly rule: string;
  readonly fix?: SuitabilityFix;
}

/** Why a sale is refused or needs conditions: every reason, with its facts. */
export type SuitabilityReason =
  | ReasonBase<'no_risk_assessment'>
  | (ReasonBase<'risk_assessment_expired'> & { readonly expiresOn: string })
  | (ReasonBase<'minor_without_guardian'> & { readonly age: number; readonly adultAge: number })
  | (ReasonBase<'senior_product_forbidden'> & {
      readonly age: number;
      readonly seniorAge: number;
      readonly product: ProductRisk;
      readonly forbiddenFrom: ProductRisk;
    })
  | (ReasonBase<'senior_witness_level'> & {
      readonly age: number;
      readonly seniorAge: number;
      readonly product: ProductRisk;
    })
  | (ReasonBase<'above_risk_tolerance'> & {
      readonly product: ProductRisk;
      readonly tolerance: CustomerRiskTolerance;
      readonly maxProduct: ProductRisk;
      /** Whether the customer could still buy by insisting with a signed statement. */
      readonly insistAvailable: boolean;
    })
  | (ReasonBase<'insist_not_available'> & { readonly blockedBy: 'senior' | 'minor' | 'preset' })
  | (ReasonBase<'insisted_above_tolerance'> & {
      readonly product: ProductRisk;
      readonly tolerance: CustomerRiskTolerance;
    })
  | (ReasonBase<'earmarked_funds_high_risk'> & {
      readonly purpose: FundsPurpose;
      readonly product: ProductRisk;
      readonly maxRisk: ProductRisk;
    });

/** A step the sale must include, and whether it is done. */
export interface SuitabilityCondition extends PolicyReason<
  'witness_required' | 'second_warning_required' | 'signed_statement_required'
> {
  readonly condition: SuitabilityConditionCode;
  readonly met: boolean;
  readonly source: string;
  /** The key of the source in `preset.sources` (`source` is its citable reference). */
  readonly sourceKey?: string;
}

/** The suitability decision: allowed, allowed under conditions, or refused, with every reason. */
export type SuitabilityDecision =
  | {
      readonly outcome: 'allowed';
      readonly age: number;
      readonly reasons: readonly [];
      readonly conditions: readonly [];
    }
  | {
      readonly outcome: 'allowed_with_conditions';
      readonly age: number;
      readonly reasons: readonly SuitabilityReason[];
      readonly conditions: readonly SuitabilityCondition[];
      /** Whether every condition is already fulfilled (`completed`). */
      readonly conditionsMet: boolean;
    }
  | {
      readonly outcome: 'refused';
      readonly age: number;
      readonly reasons: readonly [SuitabilityReason, ...SuitabilityReason[]];
      readonly conditions: readonly [];
    };

/**
 * Decides whether a wealth or investment product may be sold to a customer (investor
 * suitability): a Cn customer may buy up to Rn; no valid assessment, no product; a minor only with
 * the legal guardian; a customer at or over the senior age never at or above the forbidden level,
 * and at the witness level only with a witness and a second warning; earmarked money (short-term,
 * pension, education) never above its maximum level; above the customer's level only when the
 * customer insists and the rules allow it (never seniors or minors in the shipped presets), with a
 * signed special statement, a witness and a second warning.
 *
 * @param request - the product, the customer, whether they insist, what is already completed
 * @param options - `preset` (default `cn-pboc-2018`) and `lang`
 * @returns `allowed`, `allowed_with_conditions` (with the conditions and whether they are met) or
 *   `refused`, with every reason
 * @throws AccountPolicyError `invalid_input` / `invalid_date` for malformed input (a birth date
 *   after `today` included)
 *   (a missing or non-object request included); bad options: `invalid_input` (not an object, an
 *   unknown `lang`) or `invalid_preset` (not a valid preset object). Messages name the path of
 *   what is wrong and show at most 40 characters of a value.
 * @example
 * ```ts
 * checkSuitability({
 *   today: '2026-11-22',
 *   product: { risk: 'R3' },
 *   customer: { birthDate: '1956-01-01', riskTolerance: 'C4' },
 * }).outcome; // 'allowed_with_conditions' (witness and second warning)
 * ```
 */
export function checkSuitability(
  request: SuitabilityRequest,
  options?: KycOptions,
): SuitabilityDecision {
  return citeSources(resolveOptions(options).preset, checkSuitabilityBody(request, options));
}

function checkSuitabilityBody(
  request: SuitabilityRequest,
  options?: KycOptions,
): SuitabilityDecision {
  const { preset, lang } = resolveOptions(options);
  const rules = preset.suitability;
  const r = readObject(request, []);
  const today = readDate(r.today, ['today'], 'date');
  const productInput = readObject(r.product, ['product']);
  const product = readEnum(productInput.risk, PRODUCT_RISKS, ['product', 'risk']);
  if (productInput.id !== undefined) readText(productInput.id, ['product', 'id'], MAX_TEXT_LENGTH);
  const c = readObject(r.customer, ['customer']);
  const birthDate = readDate(c.birthDate, ['customer', 'birthDate'], 'birth date');
  if (compareLocalDates(birthDate, today) > 0)
    throw invalid(['customer', 'birthDate'], `must not be after today (${formatLocalDate(today)})`);
  const tolerance =
    c.riskTolerance === undefined || c.riskTolerance === null
      ? null
      : readEnum(c.riskTolerance, CUSTOMER_RISK_TOLERANCES, ['customer', 'riskTolerance']);
  const expiresOn =
    c.assessmentExpiresOn === undefined || c.assessmentExpiresOn === null
      ? null
      : readDate(c.assessmentExpiresOn, ['customer', 'assessmentExpiresOn'], 'expiry date');
  const purpose =
    c.fundsPurpose === undefined
      ? 'general'
      : readEnum(c.fundsPurpose, FUNDS_PURPOSES, ['customer', 'fundsPurpose']);
  const guardianPresent = readFlag(c.guardianPresent, ['customer', 'guardianPresent']);
  const insists = readFlag(r.insists, ['insists']);
  const completed = (r.completed === undefined ? [] : readList(r.completed, ['completed'])).map(
    (x, i) => readEnum(x, CONDITIONS, ['completed', i]),
  );

  const msg = (
    code: Parameters<typeof formatMessage>[0],
    params: Record<string, string | number | undefined> = {},
  ) => formatMessage(code, params, lang);
  const rank = (r: ProductRisk) => PRODUCT_RISKS.indexOf(r);
  const maxFor = (t: CustomerRiskTolerance): ProductRisk =>
    PRODUCT_RISKS[CUSTOMER_RISK_TOLERANCES.indexOf(t)]!;
  const age = ageOn(birthDate, today);
  const senior = age >= rules.seniorAge;
  const minor = age < rules.adultAge;
  const source = rules.source;

  // The riskiest level every ceiling allows (for "choose a suitable product"); -1: none at all.
  const ceilingRanks: number[] = [];
  if (tolerance) ceilingRanks.push(rank(maxFor(tolerance)));
  if (senior) ceilingRanks.push(rank(rules.seniorForbiddenFrom) - 1);
  if (rules.earmarkedPurposes.includes(purpose))
    ceilingRanks.push(rank(rules.earmarkedFundsMaxRisk));
  const ceiling = ceilingRanks.length === 0 ? undefined : PRODUCT_RISKS[Math.min(...ceilingRanks)];
  const chooseFix = (): SuitabilityFix | undefined =>
    ceiling === undefined
      ? undefined
      : {
          code: 'choose_suitable_product',
          message: msg('choose_suitable_product', { maxProduct: ceiling }),
          maxProduct: ceiling,
        };
  const withFix = (fix: SuitabilityFix | undefined) => (fix ? { fix } : {});

  const refusals: SuitabilityReason[] = [];
  const conditional: SuitabilityReason[] = [];
  const needed = new Set<SuitabilityConditionCode>();

  const assessmentFix: SuitabilityFix = {
    code: 'complete_risk_assessment',
    message: msg('complete_risk_assessment'),
  };
  if (tolerance === null) {
    refusals.push({
      code: 'no_risk_assessment',
      message: msg('no_risk_assessment'),
      source,
      rule: 'suitability',
      fix: assessmentFix,
    });
  } else if (expiresOn !== null && compareLocalDates(expiresOn, today) < 0) {
    const shown = formatLocalDate(expiresOn);
    refusals.push({
      code: 'risk_assessment_expired',
      message: msg('risk_assessment_expired', { expiresOn: shown }),
      expiresOn: shown,
      source,
      rule: 'suitability',
      fix: assessmentFix,
    });
  }
  const assessmentValid = refusals.length === 0 && tolerance !== null;

  if (minor && guardianPresent !== true) {
    refusals.push({
      code: 'minor_without_guardian',
      message: msg('minor_without_guardian', { age, adultAge: rules.adultAge }),
      age,
      adultAge: rules.adultAge,
      source,
      rule: 'suitability.adultAge',
      fix: { code: 'come_with_guardian_to_branch', message: msg('come_with_guardian_to_branch') },
    });
  }

  const seniorForbidden = senior && rank(product) >= rank(rules.seniorForbiddenFrom);
  if (seniorForbidden) {
    refusals.push({
      code: 'senior_product_forbidden',
      message: msg('senior_product_forbidden', {
        age,
        seniorAge: rules.seniorAge,
        forbiddenFrom: rules.seniorForbiddenFrom,
        product,
      }),
      age,
      seniorAge: rules.seniorAge,
      product,
      forbiddenFrom: rules.seniorForbiddenFrom,
      source,
      rule: 'suitability.seniorForbiddenFrom',
      ...withFix(chooseFix()),
    });
  }

  if (
    rules.earmarkedPurposes.includes(purpose) &&
    rank(product) > rank(rules.earmarkedFundsMaxRisk)
  ) {
    refusals.push({
      code: 'earmarked_funds_high_risk',
      message: msg('earmarked_funds_high_risk', {
        purpose: FUNDS_PURPOSE_LABELS[purpose][lang],
        maxRisk: rules.earmarkedFundsMaxRisk,
        product,
      }),
      purpose,
      product,
      maxRisk: rules.earmarkedFundsMaxRisk,
      source,
      rule: 'suitability.earmarkedFundsMaxRisk',
      ...withFix(chooseFix()),
    });
  }

  if (assessmentValid && tolerance !== null && rank(product) > rank(maxFor(tolerance))) {
    const blockedBy: 'senior' | 'minor' | 'preset' | undefined = !rules.insistWithSignedStatement
      ? 'preset'
      : senior && rules.insistExcludes.seniors
        ? 'senior'
        : minor && rules.insistExcludes.minors
          ? 'minor'
          : undefined;
    if (insists === true && blockedBy === undefined) {
      conditional.push({
        code: 'insisted_above_tolerance',
        message: msg('insisted_above_tolerance', { product, tolerance }),
        product,
        tolerance,
        source,
        rule: 'suitability.insistConditions',
      });
      for (const x of rules.insistConditions) needed.add(x);
    } else {
      refusals.push({
        code: 'above_risk_tolerance',
        message: msg('above_risk_tolerance', { product, tolerance, maxProduct: maxFor(tolerance) }),
        product,
        tolerance,
        maxProduct: maxFor(tolerance),
        insistAvailable: blockedBy === undefined,
        source,
        rule: 'suitability',
        ...withFix(
          blockedBy === undefined
            ? { code: 'insist_with_signed_statement', message: msg('insist_with_signed_statement') }
            : chooseFix(),
        ),
      });
      if (insists === true && blockedBy !== undefined) {
        const why =
          blockedBy === 'senior'
            ? msg('insist_blocked_senior', { seniorAge: rules.seniorAge })
            : blockedBy === 'minor'
              ? msg('insist_blocked_minor', { adultAge: rules.adultAge })
              : msg('insist_blocked_preset');
        refusals.push({
          code: 'insist_not_available',
          message: msg('insist_not_available', { why }),
          blockedBy,
          source,
          rule:
            blockedBy === 'preset'
              ? 'suitability.insistWithSignedStatement'
              : 'suitability.insistExcludes',
        });
      }
    }
  }

  if (senior && !seniorForbidden && product === rules.seniorWitnessLevel) {
    conditional.push({
      code: 'senior_witness_level',
      message: msg('senior_witness_level', { age, seniorAge: rules.seniorAge, product }),
      age,
      seniorAge: rules.seniorAge,
      product,
      source,
      rule: 'suitability.seniorWitnessLevel',
    });
    for (const x of rules.seniorWitnessConditions) needed.add(x);
  }

  const [first, ...rest] = refusals;
  if (first !== undefined)
    return { outcome: 'refused', age, reasons: [first, ...rest], conditions: [] };
  if (conditional.length === 0) return { outcome: 'allowed', age, reasons: [], conditions: [] };
  const conditions: SuitabilityCondition[] = CONDITIONS.filter((x) => needed.has(x)).map((x) => ({
    code: SUITABILITY_CONDITION_MESSAGES[x],
    condition: x,
    met: completed.includes(x),
    message: msg(SUITABILITY_CONDITION_MESSAGES[x]),
    source,
  }));
  return {
    outcome: 'allowed_with_conditions',
    age,
    reasons: conditional,
    conditions,
    conditionsMet: conditions.every((x) => x.met),
  };
}

/**
 * Non-throwing twin of {@link checkSuitability}.
 *
 * @param request - as for {@link checkSuitability}
 * @param options - `preset` and `lang`
 * @returns `{ ok: true, value }` or `{ ok: false, error }`
 * @example
 * ```ts
 * safeCheckSuitability({ today: '2026-13-01', product: { risk: 'R1' }, customer: { birthDate: '1990-01-01' } }).ok; // false
 * ```
 */
export function safeCheckSuitability(
  request: SuitabilityRequest,
  options?: KycOptions,
): Result<SuitabilityDecision> {
  return attempt(() => checkSuitability(request, options));
}
