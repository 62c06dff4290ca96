import type { EligibilityDecision, OpeningRequest } from '../kyc/eligibility/types';
import type { CheckDecision } from '../limits/types';
import type { TransitionResult } from '../lifecycle/transitionTypes';
import type { Verification } from '../presets/types/classes';
import type { OpeningForm } from './openingForm';
import { deepFreeze } from '../presets/internal/deepFreeze';

/** The forms of `account-policy/schemas`, by the name {@link decisionFieldErrors} takes. */
export type FormName = 'opening' | 'transfer' | 'informationChange' | 'lossReport';

/** The key of a form-level error (react-hook-form's `root`): a reason no field can correct. */
export const ROOT_FIELD = 'root';

/**
 * On which field of each form a decision's reason belongs, by the reason's code: the field the
 * applicant or customer corrects. A code not listed is form-level ({@link ROOT_FIELD}).
 */
export const DECISION_FIELDS: {
  readonly [F in FormName]: { readonly [code: string]: string };
} = /* @__PURE__ */ deepFreeze({
  opening: {
    under_minimum_age: 'birthDate',
    guardian_not_in_person: 'channel',
    face_to_face_required: 'channel',
    opening_channel_not_allowed: 'channel',
    invalid_document_number: 'documentNumber',
    document_expired: 'documentExpiresOn',
    document_not_accepted: 'documentType',
    class_limit_reached: 'requestedClass',
    foreign_currency_prerequisite: 'requestedClass',
    missing_opening_documents: 'requestedClass',
    phone_not_in_own_name: 'phoneInOwnName',
    unknown_class: 'requestedClass',
  },
  transfer: {
    per_transaction_limit: 'amount',
    daily_outflow_limit: 'amount',
    monthly_outflow_limit: 'amount',
    annual_outflow_limit: 'amount',
    rolling_outflow_limit: 'amount',
    daily_inflow_limit: 'amount',
    monthly_inflow_limit: 'amount',
    annual_inflow_limit: 'amount',
    rolling_inflow_limit: 'amount',
    count_limit: 'amount',
    balance_cap: 'amount',
    frozen_amount: 'amount',
    insufficient_balance: 'amount',
    kind_not_permitted: 'counterparty',
    channel_not_permitted: 'channel',
  },
  informationChange: {
    unknown_field: 'field',
    channel_not_allowed: 'channel',
    proof_required: 'proof',
  },
  lossReport: {
    channel_not_allowed: 'channel',
    event_before_opening: 'at',
  },
});

/** Any decision the backend returns for one of the forms. */
export type FormDecision =
  | EligibilityDecision
  | CheckDecision
  | TransitionResult
  | { readonly reasons?: readonly { readonly code: string; readonly message: string }[] };

/** Options of {@link decisionFieldErrors}. */
export interface DecisionFieldErrorsOptions {
  /** Fields of your own form by reason code, over the defaults (e.g. `insufficient_verification`). */
  readonly fields?: { readonly [code: string]: string };
}

/**
 * Turns a decision from the backend (`checkOpeningEligibility`, `checkTransaction` or
 * `transition`, as JSON or as returned) into `{ field path → message }` for the form that sent
 * it, so that a front end shows the server's answer on the right field with one call (for
 * react-hook-form: `setError(path, { message })` for each entry). Messages are the decision's own,
 * in the language the backend was asked for; several on one field are joined. A reason no field
 * corrects is under `root`. An allowed decision gives `{}`.
 *
 * @param decision - the backend's decision
 * @param form - which form sent the request
 * @param options - `fields` to override where a code goes
 * @returns the messages by field path
 * @example
 * ```ts
 * const decision = checkOpeningEligibility(openingRequestFromForm(form, { today, verifications }));
 * decisionFieldErrors(decision, 'opening'); // { channel: 'A Class I account …', root: '…' }
 * ```
 */
export function decisionFieldErrors(
  decision: FormDecision,
  form: FormName,
  options: DecisionFieldErrorsOptions = {},
): { [path: string]: string } {
  const d = decision as {
    readonly reasons?: readonly { readonly code?: unknown; readonly message?: unknown }[];
    readonly violations?: readonly { readonly code?: unknown; readonly message?: unknown }[];
  };
  const reasons = [...(d.violations ?? []), ...(d.reasons ?? [])];
  const fields = { ...DECISION_FIELDS[form], ...options.fields };
  const errors: { [path: string]: string } = {};
  for (const reason of reasons) {
    if (typeof reason?.message !== 'string') continue;
    const code = typeof reason.code === 'string' ? reason.code : '';
    const path = Object.hasOwn(fields, code) ? fields[code]! : ROOT_FIELD;
    errors[path] =
      errors[path] === undefined ? reason.message : `${errors[path]} ${reason.message}`;
  }
  return errors;
}

/** What the bank adds to an opening form to ask `checkOpeningEligibility`. */
export interface OpeningRequestExtras {
  /** The day of the application (`YYYY-MM-DD`). */
  readonly today: string;
  /** Verification methods completed. */
  readonly verifications: readonly Verification[];
  readonly preset?: string;
  readonly existingAccounts?: OpeningRequest['existingAccounts'];
}

/**
 * The `checkOpeningEligibility` request for an opening form, so that the form's names
 * (`documentNumber`, …) and the request's (`applicant.document.number`, …) never need mapping
 * by hand.
 *
 * @param form - the parsed opening form
 * @param extras - `today`, `verifications` and optionally `preset`, `existingAccounts`
 * @returns the request
 */
export function openingRequestFromForm(
  form: OpeningForm,
  extras: OpeningRequestExtras,
): OpeningRequest {
  return {
    ...(extras.preset !== undefined ? { preset: extras.preset } : {}),
    requestedClass: form.requestedClass,
    today: extras.today,
    channel: form.channel,
    applicant: {
      birthDate: form.birthDate,
      ...(form.residency !== undefined ? { residency: form.residency } : {}),
      document: {
        type: form.documentType,
        number: form.documentNumber,
        expiresOn:
          form.documentExpiresOn === undefined || form.documentExpiresOn === ''
            ? null
            : form.documentExpiresOn,
      },
      verifications: extras.verifications,
      ...(form.guardianPresent !== undefined ? { guardianPresent: form.guardianPresent } : {}),
      ...(form.phoneInOwnName !== undefined ? { phoneInOwnName: form.phoneInOwnName } : {}),
    },
    ...(extras.existingAccounts !== undefined ? { existingAccounts: extras.existingAccounts } : {}),
  };
}
