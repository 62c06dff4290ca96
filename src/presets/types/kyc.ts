import type { RestrictionKind } from '../../lifecycle/types';
import type { LangText } from '../../messages/lang';
import type { PolicyDuration } from '../../time/types';
import type { OpeningChannel } from './classes';
import type { MoneyAmount, Sourced } from './common';
import { deepFreeze } from '../internal/deepFreeze';

/** Where the applicant is resident, which decides the accepted documents. */
export type Residency = (typeof RESIDENCIES)[number];

/** Every {@link Residency}. */
export const RESIDENCIES = /* @__PURE__ */ deepFreeze([
  'mainland',
  'hk_macao_taiwan',
  'foreign',
] as const);

/** Identity documents. */
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** Every {@link DocumentType}. */
export const DOCUMENT_TYPES = /* @__PURE__ */ deepFreeze([
  'resident_id_card',
  'hk_macao_taiwan_permit',
  'passport',
  'foreign_permanent_residence',
] as const);

/** Age rules for opening an account. */
export interface AgeRules extends Sourced {
  /** From this age (in whole years) a person opens alone; below it a guardian must be present. */
  readonly minimumAge: number;
  /**
   * Whether the guardian must accompany the minor in person, so that a minor can only open
   * through a face-to-face channel ({@link KycRules.faceToFace}).
   */
  readonly guardianInPerson: boolean;
}

/** Accepted identity documents by residency. */
export interface DocumentRules extends Sourced {
  readonly accepted: { readonly [R in Residency]: readonly DocumentType[] };
  /**
   * Document types whose number is a citizen identification number checked in full against
   * GB 11643-1999 (length, birth date, ISO 7064 MOD 11-2 check character). Other types are
   * checked for shape only.
   */
  readonly gb11643Numbers: readonly DocumentType[];
  /**
   * What a valid identity card number whose birth date differs from the declared one means:
   * `'refuse'` — the number is invalid for this applicant (`invalid_document_number`);
   * `'verify_at_opening'` — the opening goes ahead on condition that staff check the declared
   * birth date against the document (`verify_birth_date`).
   */
  readonly birthDateMismatch: 'refuse' | 'verify_at_opening';
  /**
   * Whose rule the birth-date handling is (a bank's policy, not GB 11643, which defines the
   * number only); absent: `bank-practice`.
   */
  readonly birthDateMismatchSource?: string;
}

/** When the tax-residency self-declaration is needed at opening. */
export interface TaxResidencyDeclarationRules extends Sourced {
  /** Applicants of these residencies must declare their tax residency. */
  readonly residencies: readonly Residency[];
  /** Whether every foreign-currency account needs the declaration. */
  readonly foreignCurrencyAccounts: boolean;
}

/** Which person restrictions (e.g. for selling or renting accounts) forbid opening new accounts. */
export interface OpeningRestrictionRules extends Sourced {
  /** A restriction of one of these kinds, in force on the day, refuses any new account. */
  readonly blockingKinds: readonly RestrictionKind[];
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
  /** The reminder's threshold for companies (shown beside the personal one; the SDK checks personal accounts). */
  readonly companyLargeTransferReminderAbove?: MoneyAmount;
}

/** Customer risk rating levels and what each requires. */
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Every {@link RiskLevel}, lowest first. */
export const RISK_LEVELS = /* @__PURE__ */ deepFreeze(['low', 'medium', 'high'] as const);

/** What a customer risk rating level entails. */
export interface RiskLevelRule {
  readonly enhancedDueDiligence: boolean;
  /** How often the customer is reviewed. */
  readonly reviewInterval: PolicyDuration;
  readonly title: LangText;
}

/**
 * The factors a customer risk rating looks at: politically exposed person, occupation, geography
 * (where the customer lives and does business), the channel of the relationship, and the products
 * used.
 */
export type RiskFactor = (typeof RISK_FACTORS)[number];

/** Every {@link RiskFactor}, in rating order. */
export const RISK_FACTORS = /* @__PURE__ */ deepFreeze([
  'politically_exposed',
  'occupation',
  'geography',
  'channel',
  'product',
] as const);

/**
 * What one value of one factor contributes to a customer's risk: points added to the score, and
 * optionally a level the rating can never fall below (e.g. a politically exposed person is
 * always high risk).
 */
export interface RiskFactorRule extends Sourced {
  readonly factor: RiskFactor;
  /** The value, e.g. `"cash_intensive"` for occupation, `"yes"` for politically exposed. */
  readonly value: string;
  /** Points added to the score (whole number ≥ 0). */
  readonly score: number;
  /** The rating is at least this level whenever this value applies. */
  readonly minimumLevel?: RiskLevel;
  readonly title: LangText;
}

/** Customer due diligence and risk rating. */
export interface RiskRatingRules extends Sourced {
  readonly levels: { readonly [L in RiskLevel]: RiskLevelRule };
  /**
   * Every known factor value and its weight. For `product`, a customer using several products
   * scores the riskiest one (the highest score), not the sum.
   */
  readonly factors: readonly RiskFactorRule[];
  /** From these total scores the rating is medium or high (below `medium`: low). */
  readonly thresholds: { readonly medium: number; readonly high: number };
}

/** Channels through which identity is confirmed face to face (counter, or kiosk with staff). */
export interface FaceToFaceChannelRules extends Sourced {
  readonly channels: readonly OpeningChannel[];
}

/** Every KYC and opening rule of a preset. */
export interface KycRules {
  readonly age: AgeRules;
  readonly documents: DocumentRules;
  /**
   * Opening channels that count as face to face: a face-to-face verification can only happen
   * there, and every opening there includes one.
   */
  readonly faceToFace: FaceToFaceChannelRules;
  readonly foreignCurrency: ForeignCurrencyRules;
  readonly taxResidencyDeclaration: TaxResidencyDeclarationRules;
  readonly nonCounterTransfers: NonCounterTransferRules;
  readonly riskRating: RiskRatingRules;
  /** The applicant's phone number must be registered in their own name. */
  readonly phoneInOwnName: Sourced & { readonly required: boolean };
  /** Restricted persons (account selling or renting) may not open new accounts. */
  readonly openingRestrictions: OpeningRestrictionRules;
}

/** Product risk levels R1–R5 and customer tolerance levels C1–C5. */
export type ProductRisk = (typeof PRODUCT_RISKS)[number];
/** Customer risk tolerance C1–C5. */
export type CustomerRiskTolerance = (typeof CUSTOMER_RISK_TOLERANCES)[number];

/** Every {@link ProductRisk}, lowest first. */
export const PRODUCT_RISKS = /* @__PURE__ */ deepFreeze(['R1', 'R2', 'R3', 'R4', 'R5'] as const);

/** Every {@link CustomerRiskTolerance}, lowest first. */
export const CUSTOMER_RISK_TOLERANCES = /* @__PURE__ */ deepFreeze([
  'C1',
  'C2',
  'C3',
  'C4',
  'C5',
] as const);

/** What the money for a purchase is: ordinary funds, or earmarked for a purpose. */
export type FundsPurpose = (typeof FUNDS_PURPOSES)[number];

/** Every {@link FundsPurpose}. */
export const FUNDS_PURPOSES = /* @__PURE__ */ deepFreeze([
  'general',
  'short_term',
  'pension',
  'education',
] as const);

/**
 * Steps a sale must include when a rule allows it only under conditions: a witness (a branch
 * retail head) who signs the application, a second risk warning with the customer's purchase
 * intention confirmed again, a special statement signed by the customer.
 */
export type SuitabilityConditionCode = 'witness' | 'second_warning' | 'signed_statement';

/** Investor suitability rules. */
export interface SuitabilityRules extends Sourced {
  /** From this age, the senior rules apply. */
  readonly seniorAge: number;
  /** Seniors may never buy at or above this level. */
  readonly seniorForbiddenFrom: ProductRisk;
  /** Seniors may buy this level only with a witness and a second warning. */
  readonly seniorWitnessLevel: ProductRisk;
  /** What a senior's purchase at {@link seniorWitnessLevel} needs. */
  readonly seniorWitnessConditions: readonly SuitabilityConditionCode[];
  /** Below this age the guardian acts and completes the assessment. */
  readonly adultAge: number;
  /** Whether a customer may buy above their level by signing a special statement. */
  readonly insistWithSignedStatement: boolean;
  /** What a purchase above the customer's level, when the customer insists, needs. */
  readonly insistConditions: readonly SuitabilityConditionCode[];
  /** Whether seniors and minors are excluded from buying above their level by insisting. */
  readonly insistExcludes: { readonly seniors: boolean; readonly minors: boolean };
  /** Money earmarked as short-term, pension or education funds may not go above this level. */
  readonly earmarkedFundsMaxRisk: ProductRisk;
  /** The purposes that make money earmarked. */
  readonly earmarkedPurposes: readonly FundsPurpose[];
}

/** A customer's credit rating as the tier re-evaluation reads it. */
export type CreditRating = (typeof CREDIT_RATINGS)[number];

/** Every {@link CreditRating}, lowest first. */
export const CREDIT_RATINGS = /* @__PURE__ */ deepFreeze([
  'poor',
  'fair',
  'good',
  'excellent',
] as const);

/**
 * What a customer's usage must show to qualify for a tier (besides the tier's opening
 * requirements). `null` criteria are not checked. A customer keeps a tier while the credit and
 * alert criteria still hold; failing them proposes a downgrade.
 */
export interface TierQualification extends Sourced {
  /** The tier (a class id of the preset) these criteria lead to. */
  readonly tier: string;
  /** Cumulative transaction volume at least this. */
  readonly minCumulativeVolume: MoneyAmount | null;
  /** At least this many transactions in the period reviewed. */
  readonly minTransactionCount: number | null;
  /** The relationship is at least this old (time since the account was opened). */
  readonly minHistory: PolicyDuration | null;
  /** A credit rating at least this. */
  readonly minCreditRating: CreditRating | null;
  /** At most this many confirmed alerts in the period reviewed. */
  readonly maxAlerts: number | null;
}

/** Tiering (tiered schemes only): re-evaluation and inactivity. */
export interface TieringRules extends Sourced {
  /** How often tiers are re-evaluated. */
  readonly reevaluationInterval: PolicyDuration;
  /**
   * Basic tier (the lowest-ranked tier of the preset): this long without a transaction freezes
   * the account until the customer's identity is re-verified.
   */
  readonly basicInactivityFreeze: PolicyDuration;
  /** Single transactions above this (intermediate tier) raise an alert for manual review. */
  readonly reviewThreshold: MoneyAmount;
  /** Usage criteria of each tier above the lowest one. */
  readonly qualifications: readonly TierQualification[];
}
