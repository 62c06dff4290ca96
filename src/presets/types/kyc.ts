import type { LangText } from '../../messages/lang';
import type { PolicyDuration } from '../../time/types';
import type { MoneyAmount, Sourced } from './common';

/** Where the applicant is resident, which decides the accepted documents. */
export type Residency = 'mainland' | 'hk_macao_taiwan' | 'foreign';

/** Identity documents. */
export type DocumentType =
  'resident_id_card' | 'hk_macao_taiwan_permit' | 'passport' | 'foreign_permanent_residence';

/** Age rules for opening an account. */
export interface AgeRules extends Sourced {
  /** From this age (in whole years) a person opens alone; below it a guardian must be present. */
  readonly minimumAge: number;
}

/** Accepted identity documents by residency. */
export interface DocumentRules extends Sourced {
  readonly accepted: { readonly [R in Residency]: readonly DocumentType[] };
}

/** Prerequisites and quotas for foreign-currency accounts. */
export interface ForeignCurrencyRules extends Sourced {
  /** A CNY account of this class must exist first. */
  readonly requiresClass: string;
  /** Annual FX purchase quota per person. */
  readonly annualPurchaseQuota: MoneyAmount;
}

/** Thresholds on non-counter transfers per day. */
export interface NonCounterTransferRules extends Sourced {
  /** Above this per day (except to one's own accounts at the bank): digital certificate or e-signature. */
  readonly certificateRequiredAbove: MoneyAmount;
  /** Above this per day: a large-transfer reminder. */
  readonly largeTransferReminderAbove: MoneyAmount;
  readonly largeTransferReminderSource: string;
}

/** Customer risk rating levels and what each requires. */
export type RiskLevel = 'low' | 'medium' | 'high';

/** What a customer risk rating level entails. */
export interface RiskLevelRule {
  readonly enhancedDueDiligence: boolean;
  /** How often the customer is reviewed. */
  readonly reviewInterval: PolicyDuration;
  readonly title: LangText;
}

/** Customer due diligence and risk rating. */
export interface RiskRatingRules extends Sourced {
  readonly levels: { readonly [L in RiskLevel]: RiskLevelRule };
}

/** Every KYC and opening rule of a preset. */
export interface KycRules {
  readonly age: AgeRules;
  readonly documents: DocumentRules;
  readonly foreignCurrency: ForeignCurrencyRules;
  readonly nonCounterTransfers: NonCounterTransferRules;
  readonly riskRating: RiskRatingRules;
  /** The applicant's phone number must be registered in their own name. */
  readonly phoneInOwnName: Sourced & { readonly required: boolean };
}

/** Product risk levels R1–R5 and customer tolerance levels C1–C5. */
export type ProductRisk = 'R1' | 'R2' | 'R3' | 'R4' | 'R5';
/** Customer risk tolerance C1–C5. */
export type CustomerRiskTolerance = 'C1' | 'C2' | 'C3' | 'C4' | 'C5';

/** Investor suitability rules. */
export interface SuitabilityRules extends Sourced {
  /** From this age, the senior rules apply. */
  readonly seniorAge: number;
  /** Seniors may never buy at or above this level. */
  readonly seniorForbiddenFrom: ProductRisk;
  /** Seniors may buy this level only with a witness and a second warning. */
  readonly seniorWitnessLevel: ProductRisk;
  /** Below this age the guardian acts and completes the assessment. */
  readonly adultAge: number;
  /** Whether a customer may buy above their level by signing a special statement. */
  readonly insistWithSignedStatement: boolean;
  /** Money earmarked as short-term, pension or education funds may not go above this level. */
  readonly earmarkedFundsMaxRisk: ProductRisk;
}

/** Tiering (tiered schemes only): re-evaluation and inactivity. */
export interface TieringRules extends Sourced {
  /** How often tiers are re-evaluated. */
  readonly reevaluationInterval: PolicyDuration;
  /** Basic tier: this long without a transaction freezes the account until re-verification. */
  readonly basicInactivityFreeze: PolicyDuration;
  /** Cumulative transaction volume that qualifies for the intermediate tier. */
  readonly intermediateCumulativeVolume: MoneyAmount;
  /** Single transactions above this (intermediate tier) raise an alert for manual review. */
  readonly reviewThreshold: MoneyAmount;
}
