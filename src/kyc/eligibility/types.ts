import type { AccountStatus, Restriction, RestrictionKind } from '../../lifecycle/types';
import type { PolicyReason } from '../../messages/decision';
import type { OpeningChannel, OpeningRequirement, Verification } from '../../presets/types/classes';
import type { DocumentType, Residency } from '../../presets/types/kyc';
import type { DateInput } from '../internal/inputs';
import type { ResidentIdProblem } from '../residentId/parseResidentIdNumber';

/** An identity document presented at opening. */
export interface IdentityDocument {
  readonly type: DocumentType;
  readonly number: string;
  /**
   * Last day of validity. The document is valid on every day up to and including this one (a
   * document expiring today is still valid today). Absent or `null`: no expiry (long-term card).
   */
  readonly expiresOn?: DateInput | null;
}

/**
 * A restriction on the applicant as the eligibility check reads it: the lifecycle's
 * {@link Restriction} with the `id` optional.
 */
export type ApplicantRestriction = Omit<Restriction, 'id'> & { readonly id?: string };

/** The person asking to open an account. */
export interface OpeningApplicant {
  readonly birthDate: DateInput;
  /** Where the applicant is resident; absent: read from the document type. */
  readonly residency?: Residency;
  readonly document: IdentityDocument;
  /** Verification methods completed (duplicates are ignored). */
  readonly verifications: readonly Verification[];
  /** Whether a legal guardian is present with proof of guardianship (default false). */
  readonly guardianPresent?: boolean;
  /** Whether the phone number is registered in the applicant's own name (absent: not stated). */
  readonly phoneInOwnName?: boolean;
  /** Whether the tax-residency self-declaration is signed (absent: not yet). */
  readonly taxResidencyDeclared?: boolean;
  /**
   * Information and documents provided, for classes or tiers that ask for some (tiered
   * presets). Absent: not assessed, and what the class asks for becomes a condition.
   */
  readonly provided?: readonly OpeningRequirement[];
  /** Restrictions on the person (e.g. for selling or renting accounts). */
  readonly restrictions?: readonly ApplicantRestriction[];
}

/** An account the applicant already holds at the same bank. */
export interface ExistingAccount {
  readonly class: string;
  /** ISO 4217 code; absent: the preset's currency. */
  readonly currency?: string;
  /** Absent: in use. Closed accounts are not counted. */
  readonly status?: AccountStatus;
}

/** A request to open an account of a class or tier (the `eligibility` input of the CLI). */
export interface OpeningRequest<C extends string = string> {
  /** The preset id, as in the CLI input; the function uses the preset passed in its options. */
  readonly preset?: string;
  /** The class (`I`, `II`, `III`) or tier (`basic`, …) asked for. */
  readonly requestedClass: C;
  /** The day of the application, in the bank's calendar. */
  readonly today: DateInput;
  readonly channel: OpeningChannel;
  /** ISO 4217 code of the account; absent: the preset's currency. Another is a foreign-currency account. */
  readonly currency?: string;
  readonly applicant: OpeningApplicant;
  /** The applicant's accounts at the same bank (default none). */
  readonly existingAccounts?: readonly ExistingAccount[];
}

/** Codes of the fixes an eligibility reason can propose. */
export type EligibilityFixCode =
  | 'open_face_to_face'
  | 'choose_allowed_channel'
  | 'add_verifications'
  | 'come_with_guardian'
  | 'renew_document'
  | 'present_accepted_document'
  | 'correct_document_number'
  | 'choose_another_class'
  | 'use_existing_account'
  | 'open_required_class_first'
  | 'wait_for_restriction_end'
  | 'restriction_must_be_lifted'
  | 'use_phone_in_own_name'
  | 'provide_documents';

/** What would fix a reason, with the data a front end needs to offer it. */
export interface EligibilityFix extends PolicyReason<EligibilityFixCode> {
  readonly channels?: readonly OpeningChannel[];
  readonly verifications?: readonly Verification[];
  /** `add_verifications`: how many more methods, beyond `verifications`, are needed … */
  readonly additionalCount?: number;
  /** … chosen among these. */
  readonly candidates?: readonly Verification[];
  readonly accepted?: readonly DocumentType[];
  readonly classes?: readonly string[];
  readonly requiredClass?: string;
  /** `wait_for_restriction_end`: the first day without the restriction, `YYYY-MM-DD`. */
  readonly eligibleFrom?: string;
  readonly missing?: readonly OpeningRequirement[];
}

/** Fields every eligibility reason carries besides code and message. */
interface ReasonBase<C extends string> extends PolicyReason<C> {
  /** Key of the rule's source in `preset.sources`. */
  readonly source: string;
  /** The key of the source in `preset.sources` (`source` is its citable reference). */
  readonly sourceKey?: string;
  /** Where the rule sits in the preset, e.g. `"kyc.age.minimumAge"`. */
  readonly rule: string;
  readonly fix?: EligibilityFix;
}

/** Why an applicant may not open the account: every reason, each with its facts and a fix. */
export type EligibilityReason =
  | (ReasonBase<'under_minimum_age'> & { readonly age: number; readonly minimumAge: number })
  | (ReasonBase<'guardian_not_in_person'> & {
      readonly age: number;
      readonly minimumAge: number;
      readonly channel: OpeningChannel;
      readonly channels: readonly OpeningChannel[];
    })
  | (ReasonBase<'invalid_document_number'> & {
      readonly documentType: DocumentType;
      readonly problems: readonly (ResidentIdProblem | DocumentNumberShapeProblem)[];
    })
  | (ReasonBase<'document_expired'> & { readonly expiresOn: string; readonly today: string })
  | (ReasonBase<'document_not_accepted'> & {
      readonly documentType: DocumentType;
      /** The applicant's residency, or `null` when no residency accepts this document. */
      readonly residency: Residency | null;
      readonly accepted: readonly DocumentType[];
    })
  | (ReasonBase<'face_to_face_required'> & {
      readonly class: string;
      readonly channel: OpeningChannel;
      readonly channels: readonly OpeningChannel[];
    })
  | (ReasonBase<'opening_channel_not_allowed'> & {
      readonly class: string;
      readonly channel: OpeningChannel;
      readonly channels: readonly OpeningChannel[];
    })
  | (ReasonBase<'insufficient_verification'> & {
      readonly class: string;
      /** Distinct methods needed at least. */
      readonly minimum: number;
      /** Methods that count, as done (a face-to-face channel counts as `face_to_face`). */
      readonly done: readonly Verification[];
      /** Methods the class requires that are missing. */
      readonly missing: readonly Verification[];
      /** How many more methods are needed in all (at least `missing.length`). */
      readonly additionalNeeded: number;
    })
  | (ReasonBase<'class_limit_reached'> & {
      readonly class: string;
      readonly currency: string;
      readonly held: number;
      readonly max: number;
    })
  | (ReasonBase<'foreign_currency_prerequisite'> & {
      readonly currency: string;
      readonly requiredClass: string;
      readonly requiredCurrency: string;
    })
  | (ReasonBase<'opening_restricted'> & {
      readonly restrictionId?: string;
      readonly restrictionKind: RestrictionKind;
      /** ISO 8601 instants in the preset's zone. */
      readonly from: string;
      readonly until?: string;
    })
  | (ReasonBase<'phone_not_in_own_name'> & object)
  | (ReasonBase<'missing_opening_documents'> & {
      readonly class: string;
      readonly missing: readonly OpeningRequirement[];
    });

/** Codes of {@link EligibilityReason}. */
export type EligibilityReasonCode = EligibilityReason['code'];

/** A shape problem of a document number other than the resident identity card's. */
export interface DocumentNumberShapeProblem extends PolicyReason<'document_number_shape'> {
  readonly minLength: number;
  readonly maxLength: number;
}

/** Codes of the steps an eligible opening still has to include. */
export type OpeningConditionCode =
  | 'sign_tax_residency_declaration'
  | 'bring_proof_of_guardianship'
  | 'collect_opening_documents'
  | 'verify_birth_date';

/** A step the opening still has to include; it does not make the applicant ineligible. */
export interface OpeningCondition extends PolicyReason<OpeningConditionCode> {
  readonly source: string;
  /** The key of the source in `preset.sources` (`source` is its citable reference). */
  readonly sourceKey?: string;
  readonly rule: string;
  /** `collect_opening_documents`: what to collect. */
  readonly requirements?: readonly OpeningRequirement[];
  /** `verify_birth_date`: the birth date in the document number and the declared one. */
  readonly documentBirthDate?: string;
  readonly declaredBirthDate?: string;
}

/**
 * Whether the person may open the account: `eligible` with no reasons, or not eligible with
 * every reason. `conditions` lists steps the opening must still include either way.
 */
export type EligibilityDecision =
  | {
      readonly eligible: true;
      readonly reasons: readonly [];
      readonly conditions: readonly OpeningCondition[];
    }
  | {
      readonly eligible: false;
      readonly reasons: readonly [EligibilityReason, ...EligibilityReason[]];
      readonly conditions: readonly OpeningCondition[];
    };
