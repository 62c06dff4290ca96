import { citeSources } from '../../presets/citeSources';
import { attempt, type Result } from '../../errors';
import { formatMessage } from '../../messages/formatMessage';
import type { PolicyReason } from '../../messages/decision';
import type {
  CustomerRiskTolerance,
  FundsPurpose,
  ProductRisk,
  SuitabilityConditionCode,
} from '../../presets/types/kyc';
import { resolveOptions, type DateInput, type KycOptions } from '../internal/inputs';
import { SUITABILITY_CONDITION_MESSAGES } from '../labels';
import { SUITABILITY_CONDITIONS, prepareSale, type PreparedSale } from './prepare';
import { SUITABILITY_RULES } from './rules/suitabilityRules';

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
  const prepared = prepareSale(request, preset, lang);
  // The rules' outcomes are what a trace of the decision would show; it has none yet.
  const refusals: SuitabilityReason[] = [];
  const conditional: SuitabilityReason[] = [];
  const needed = new Set<SuitabilityConditionCode>();
  for (const rule of SUITABILITY_RULES) {
    const result = rule(prepared);
    refusals.push(...result.refusals);
    conditional.push(...result.conditional);
    for (const x of result.needed) needed.add(x);
  }
  const { age } = prepared;
  const [first, ...rest] = refusals;
  if (first !== undefined)
    return { outcome: 'refused', age, reasons: [first, ...rest], conditions: [] };
  if (conditional.length === 0) return { outcome: 'allowed', age, reasons: [], conditions: [] };
  const conditions = conditionsOf(prepared, needed);
  return {
    outcome: 'allowed_with_conditions',
    age,
    reasons: conditional,
    conditions,
    conditionsMet: conditions.every((x) => x.met),
  };
}

/** The conditions needed, in their canonical order, each with whether it is already done. */
function conditionsOf(
  p: PreparedSale,
  needed: ReadonlySet<SuitabilityConditionCode>,
): SuitabilityCondition[] {
  return SUITABILITY_CONDITIONS.filter((x) => needed.has(x)).map((x) => ({
    code: SUITABILITY_CONDITION_MESSAGES[x],
    condition: x,
    met: p.completed.includes(x),
    message: formatMessage(SUITABILITY_CONDITION_MESSAGES[x], {}, p.lang),
    source: p.rules.source,
  }));
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
