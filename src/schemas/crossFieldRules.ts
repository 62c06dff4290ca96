import { deepFreeze } from '../presets/internal/deepFreeze';

/**
 * The rules of each input and form that its JSON Schema cannot express (they compare fields,
 * read the calendar or the preset), listed beside it: `account-policy schema NAME` prints them as
 * `x-cross-field-rules`. Each names the path it reports on and the stable code it reports.
 */
export interface CrossFieldRule {
  /** The path of the field the problem is reported on (`""`: the whole input). */
  readonly path: string;
  /** The stable code of the problem (a decision's reason code where there is one). */
  readonly code: string;
  /** The rule in words. */
  readonly rule: string;
}

const DAY_EXISTS = 'the day exists in its month (no 30 February; 29 February in leap years only)';
const UNTIL_AFTER_FROM = 'until is later than from';
const AMOUNT_SCALE =
  "the amount has no more decimals than the currency's scale (the pattern allows 3; CNY has 2)";

/** The cross-field rules by input or form name (the names `account-policy schema` takes). */
export const CROSS_FIELD_RULES: { readonly [name: string]: readonly CrossFieldRule[] } =
  /* @__PURE__ */ deepFreeze({
    check: [
      { path: 'transaction.at', code: 'invalid_instant', rule: `${DAY_EXISTS}; 1900–2199` },
      { path: 'transaction.amount', code: 'too_many_decimals', rule: AMOUNT_SCALE },
      { path: 'account.class', code: 'unknown_class', rule: 'a class or tier of the preset' },
      {
        path: 'account.freezes.amount',
        code: 'invalid_input',
        rule: 'required exactly for scope "amount"',
      },
      { path: 'account.freezes.until', code: 'invalid_input', rule: UNTIL_AFTER_FROM },
    ],
    transition: [
      { path: 'event.at', code: 'invalid_instant', rule: DAY_EXISTS },
      { path: 'account.balance', code: 'too_many_decimals', rule: AMOUNT_SCALE },
      {
        path: 'account.freezes.amount',
        code: 'invalid_input',
        rule: 'required exactly for scope "amount"',
      },
      { path: 'account.freezes.until', code: 'invalid_input', rule: UNTIL_AFTER_FROM },
      { path: 'event.amount', code: 'invalid_input', rule: 'record_activity: greater than zero' },
    ],
    eligibility: [
      { path: 'today', code: 'invalid_date', rule: DAY_EXISTS },
      {
        path: 'applicant.birthDate',
        code: 'invalid_input',
        rule: `${DAY_EXISTS}; not after today`,
      },
      { path: 'requestedClass', code: 'unknown_class', rule: 'a class or tier of the preset' },
      { path: 'applicant.restrictions.until', code: 'invalid_input', rule: UNTIL_AFTER_FROM },
    ],
    monitor: [
      { path: 'now', code: 'invalid_instant', rule: DAY_EXISTS },
      { path: 'history.amount', code: 'too_many_decimals', rule: AMOUNT_SCALE },
    ],
    'opening-form': [
      { path: 'requestedClass', code: 'unknown_class', rule: 'a class of the preset' },
      { path: 'birthDate', code: 'birth_date_in_future', rule: 'not after today' },
      {
        path: 'birthDate',
        code: 'under_minimum_age',
        rule: 'under the minimum age only with guardianPresent',
      },
      {
        path: 'channel',
        code: 'guardian_not_in_person',
        rule: 'an applicant under the minimum age opens face to face',
      },
      {
        path: 'channel',
        code: 'face_to_face_required',
        rule: 'a face-to-face class on a face-to-face channel',
      },
      {
        path: 'channel',
        code: 'opening_channel_not_allowed',
        rule: "one of the class's opening channels",
      },
      { path: 'documentType', code: 'document_not_accepted', rule: 'accepted for the residency' },
      {
        path: 'documentNumber',
        code: 'invalid_document_number',
        rule: 'GB 11643-1999 for a resident identity card (check character, region, birth date matching birthDate); 5–20 capital letters and digits otherwise',
      },
      { path: 'documentExpiresOn', code: 'document_expired', rule: 'not before today' },
      {
        path: 'phoneInOwnName',
        code: 'phone_not_in_own_name',
        rule: 'not false where the preset requires it',
      },
    ],
    'transfer-form': [
      {
        path: 'amount',
        code: 'too_many_decimals',
        rule: "no more decimals than the currency's scale",
      },
      { path: 'amount', code: 'amount_not_positive', rule: 'greater than zero' },
      {
        path: 'amount',
        code: 'daily_outflow_limit',
        rule: "not above the headroom the backend returned (the binding limit's violation code)",
      },
      {
        path: 'channel',
        code: 'channel_not_permitted',
        rule: 'one of the channels the account may use',
      },
    ],
    'information-change-form': [
      {
        path: 'channel',
        code: 'channel_not_allowed',
        rule: "one of the field's channels (key fields: the counter)",
      },
      { path: 'proof', code: 'proof_required', rule: 'present for a key field' },
    ],
    'loss-report-form': [{ path: 'at', code: 'invalid_instant', rule: DAY_EXISTS }],
  });
