import type { Lang } from '../../messages/lang';
import {
  CUSTOMER_RISK_TOLERANCES,
  FUNDS_PURPOSES,
  PRODUCT_RISKS,
  type CustomerRiskTolerance,
  type FundsPurpose,
  type ProductRisk,
  type SuitabilityConditionCode,
  type SuitabilityRules,
} from '../../presets/types/kyc';
import type { Preset } from '../../presets/types/preset';
import { ageOn, compareLocalDates, formatLocalDate, type LocalDate } from '../../time';
import {
  MAX_TEXT_LENGTH,
  invalid,
  readDate,
  readEnum,
  readFlag,
  readList,
  readObject,
  readText,
} from '../internal/inputs';
import type { SuitabilityRequest } from './checkSuitability';

/** The conditions a sale can need, in the order they are listed. */
export const SUITABILITY_CONDITIONS: readonly SuitabilityConditionCode[] = [
  'signed_statement',
  'witness',
  'second_warning',
];

/**
 * A proposed sale read once, with the facts several rules share worked out: what every
 * suitability rule reads besides its preset entry (`preset.suitability`).
 */
export interface PreparedSale {
  readonly preset: Preset;
  readonly lang: Lang;
  readonly rules: SuitabilityRules;
  readonly today: LocalDate;
  readonly product: ProductRisk;
  readonly birthDate: LocalDate;
  /** The assessed tolerance, or `null` without an assessment. */
  readonly tolerance: CustomerRiskTolerance | null;
  readonly expiresOn: LocalDate | null;
  readonly purpose: FundsPurpose;
  readonly guardianPresent: boolean | undefined;
  readonly insists: boolean | undefined;
  readonly completed: readonly SuitabilityConditionCode[];
  /** The customer's age on `today`. */
  readonly age: number;
  /** At or over `seniorAge`. */
  readonly senior: boolean;
  /** Under `adultAge`. */
  readonly minor: boolean;
  /** Whether there is an assessment and it has not expired. */
  readonly assessmentValid: boolean;
  /** Whether the product is at or above the level never sold to seniors, for a senior. */
  readonly seniorForbidden: boolean;
  /** Whether the money is earmarked (short-term, pension, education…). */
  readonly earmarked: boolean;
  /**
   * The riskiest level every ceiling allows (tolerance, senior, earmarked money), for "choose a
   * suitable product"; `undefined` when no ceiling applies or none is left.
   */
  readonly ceiling: ProductRisk | undefined;
}

/** The rank of a product risk level (R1 is 0). */
export function productRank(risk: ProductRisk): number {
  return PRODUCT_RISKS.indexOf(risk);
}

/** The riskiest product level a tolerance allows (C3 → R3). */
export function maxProductFor(tolerance: CustomerRiskTolerance): ProductRisk {
  return PRODUCT_RISKS[CUSTOMER_RISK_TOLERANCES.indexOf(tolerance)]!;
}

/**
 * Reads and checks a suitability request once, and works out the facts the rules share.
 *
 * @param request - the proposed sale (unchecked)
 * @param preset - the resolved preset
 * @param lang - the language of the messages
 * @returns the prepared input of the suitability rules
 * @throws AccountPolicyError `invalid_input` / `invalid_date` naming the path of what is wrong (a
 *   birth date after `today` included)
 * @example
 * ```ts
 * prepareSale(request, getPreset(), 'en').senior; // true at 70
 * ```
 */
export function prepareSale(request: SuitabilityRequest, preset: Preset, lang: Lang): PreparedSale {
  const read = readSale(request);
  const rules = preset.suitability;
  const age = ageOn(read.birthDate, read.today);
  const senior = age >= rules.seniorAge;
  const earmarked = rules.earmarkedPurposes.includes(read.purpose);
  const { tolerance, expiresOn, today } = read;
  return {
    ...read,
    preset,
    lang,
    rules,
    age,
    senior,
    minor: age < rules.adultAge,
    assessmentValid:
      tolerance !== null && !(expiresOn !== null && compareLocalDates(expiresOn, today) < 0),
    seniorForbidden: senior && productRank(read.product) >= productRank(rules.seniorForbiddenFrom),
    earmarked,
    ceiling: ceilingOf(rules, tolerance, senior, earmarked),
  };
}

function ceilingOf(
  rules: SuitabilityRules,
  tolerance: CustomerRiskTolerance | null,
  senior: boolean,
  earmarked: boolean,
): ProductRisk | undefined {
  const ranks: number[] = [];
  if (tolerance) ranks.push(productRank(maxProductFor(tolerance)));
  if (senior) ranks.push(productRank(rules.seniorForbiddenFrom) - 1);
  if (earmarked) ranks.push(productRank(rules.earmarkedFundsMaxRisk));
  // -1 (senior, R1 forbidden): no level at all.
  return ranks.length === 0 ? undefined : PRODUCT_RISKS[Math.min(...ranks)];
}

type ReadSale = Pick<
  PreparedSale,
  | 'today'
  | 'product'
  | 'birthDate'
  | 'tolerance'
  | 'expiresOn'
  | 'purpose'
  | 'guardianPresent'
  | 'insists'
  | 'completed'
>;

function readSale(request: SuitabilityRequest): ReadSale {
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
    (x, i) => readEnum(x, SUITABILITY_CONDITIONS, ['completed', i]),
  );
  return {
    today,
    product,
    birthDate,
    tolerance,
    expiresOn,
    purpose,
    guardianPresent,
    insists,
    completed,
  };
}
