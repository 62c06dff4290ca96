/**
 * KYC: opening eligibility, resident identity card numbers (GB 11643-1999), tier evaluation,
 * customer risk rating and investor suitability. Every decision is a value listing every reason,
 * each with a stable code, its facts, its source and a message in en or zh-CN.
 *
 * @module
 */
export type { DateInput, KycOptions } from './internal/inputs';
export {
  residentIdCheckCharacter,
  RESIDENT_ID_WEIGHTS,
} from './residentId/residentIdCheckCharacter';
export {
  parseResidentIdNumber,
  isValidResidentIdNumber,
  type ResidentIdNumber,
  type ResidentIdOptions,
  type ResidentIdParseResult,
  type ResidentIdProblem,
  type ResidentIdProblemCode,
} from './residentId/parseResidentIdNumber';
export { upgradeLegacyResidentIdNumber } from './residentId/upgradeLegacyResidentIdNumber';
export { RESIDENT_ID_PROVINCE_CODES } from './residentId/provinceCodes';
export {
  checkDocumentNumber,
  safeCheckDocumentNumber,
  DOCUMENT_NUMBER_SHAPE,
} from './eligibility/checkDocumentNumber';
export {
  checkOpeningEligibility,
  safeCheckOpeningEligibility,
  type EligibilityOptions,
} from './eligibility/checkOpeningEligibility';
export { ELIGIBILITY_RULES } from './eligibility/rules/eligibilityRules';
export type { EligibilityRule, EligibilityRuleResult } from './eligibility/rules/ruleKit';
export type { PreparedOpening } from './eligibility/prepare';
export {
  restrictionsInForce,
  safeRestrictionsInForce,
  type RestrictionInForce,
} from './eligibility/restrictionsInForce';
export type {
  ApplicantRestriction,
  DocumentNumberShapeProblem,
  EligibilityDecision,
  EligibilityFix,
  EligibilityFixCode,
  EligibilityReason,
  EligibilityReasonCode,
  ExistingAccount,
  IdentityDocument,
  OpeningApplicant,
  OpeningCondition,
  OpeningConditionCode,
  OpeningRequest,
} from './eligibility/types';
export { tierRequirements, safeTierRequirements } from './tiering/tierRequirements';
export {
  evaluateInitialTier,
  safeEvaluateInitialTier,
  reevaluateTier,
  safeReevaluateTier,
  tierUpgradePath,
  safeTierUpgradePath,
} from './tiering/evaluateTiers';
export {
  checkTierInactivity,
  safeCheckTierInactivity,
  type TierInactivityRequest,
} from './tiering/checkTierInactivity';
export { tierLimitChanges, limitDimension } from './tiering/tierLimitChanges';
export type {
  InitialTierAssessment,
  TierCriterion,
  TierCriterionKind,
  TierIdentity,
  TierInactivityStatus,
  TierLimitChange,
  TierReevaluation,
  TierRequirements,
  TierUpgradePath,
  TierUsage,
} from './tiering/types';
export {
  rateCustomerRisk,
  safeRateCustomerRisk,
  type CustomerRiskProfile,
  type CustomerRiskRating,
  type RiskFactorResult,
} from './risk/rateCustomerRisk';
export {
  checkSuitability,
  safeCheckSuitability,
  type SuitabilityCondition,
  type SuitabilityDecision,
  type SuitabilityFix,
  type SuitabilityFixCode,
  type SuitabilityReason,
  type SuitabilityRequest,
} from './suitability/checkSuitability';
export {
  CREDIT_RATING_LABELS,
  DOCUMENT_TYPE_LABELS,
  FUNDS_PURPOSE_LABELS,
  OPENING_CHANNEL_LABELS,
  OPENING_REQUIREMENT_LABELS,
  RESIDENCY_LABELS,
  RESTRICTION_KIND_LABELS,
  RISK_FACTOR_LABELS,
  VERIFICATION_LABELS,
  joinAlternatives,
  joinList,
  labelList,
} from './labels';
