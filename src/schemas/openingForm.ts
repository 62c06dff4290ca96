import * as z from 'zod/mini';
import type { Lang } from '../messages/lang';
import { OPENING_CHANNELS } from '../presets/types/classes';
import { RESIDENCIES } from '../presets/types/kyc';
import { DEFAULT_FORM_RULES, type FormRules } from './formRules';
import { alternatives, dateOf } from './formText';
import { formFields, pushIssues } from './formFields';
import { openingIssues } from './openingFormIssues';

/** Options of {@link openingFormSchema}. */
export interface OpeningFormOptions {
  /**
   * The day of the application (`YYYY-MM-DD`, the bank's calendar). When given, a birth date after
   * it, an expired document and an applicant under the minimum age without a guardian are field
   * errors.
   */
  readonly today?: string;
  /** The preset's form rules (default: those of `cn-pboc-2018`); see `formRulesOf`. */
  readonly rules?: FormRules;
}

const DOCUMENT_TYPES_OF_FORM = [
  'resident_id_card',
  'hk_macao_taiwan_permit',
  'passport',
  'foreign_permanent_residence',
] as const;

/**
 * A zod/mini schema for an account-opening form, with every message in `lang` (chosen per call;
 * zod's global configuration is never touched). Fields: `requestedClass` (a class of the preset),
 * `channel`, `birthDate`, `residency`?, `documentType`, `documentNumber`, `documentExpiresOn`?
 * (empty: no expiry), `guardianPresent`?, `phoneInOwnName`?.
 *
 * Besides each field's own shape it applies the opening rules a form can decide, each on the field
 * to correct and with the eligibility reason's code in `params.code`:
 * `under_minimum_age` (`birthDate`, needs `today`), `guardian_not_in_person`,
 * `face_to_face_required` and `opening_channel_not_allowed` (`channel`), `document_not_accepted`
 * (`documentType`), `invalid_document_number` (`documentNumber`: GB 11643-1999 in full for a
 * resident identity card, against the birth date too; other documents for shape),
 * `document_expired` (`documentExpiresOn`, needs `today`), `phone_not_in_own_name`
 * (`phoneInOwnName`). What only the bank knows (verifications done, accounts held, restrictions)
 * stays with `checkOpeningEligibility`; map its decision onto the form with `decisionFieldErrors`.
 *
 * @param lang - the language of the messages
 * @param options - `today` (`YYYY-MM-DD`) and `rules`
 * @returns the form schema
 * @example
 * ```ts
 * const r = openingFormSchema('zh-CN').safeParse({
 *   requestedClass: 'II', channel: 'remote', birthDate: '1949-12-31',
 *   documentType: 'resident_id_card', documentNumber: '11010519491231002x',
 * });
 * r.success; // false; r.error.issues[0] = { path: ['documentNumber'], message: '校验码X须为大写。', … }
 * ```
 */
export function openingFormSchema(lang: Lang, options: OpeningFormOptions = {}) {
  const rules = options.rules ?? DEFAULT_FORM_RULES;
  const today = options.today === undefined ? undefined : dateOf(options.today);
  const f = formFields(lang);
  const classIds = rules.classes.map((c) => c.id);
  const classList = alternatives(
    rules.classes.map((c) => `${c.id} (${c.title[lang]})`),
    lang,
  );
  return z
    .object({
      requestedClass: z.string(f.required).check(
        z.minLength(1, { error: f.t('form_required', {}), abort: true }),
        z.refine((s) => classIds.includes(s), {
          error: () => f.t('form_unknown_class', { classes: classList }),
          params: { code: 'unknown_class' },
        }),
      ),
      channel: z.enum(OPENING_CHANNELS, f.required),
      birthDate: f.date(),
      residency: z.optional(z.enum(RESIDENCIES, f.required)),
      documentType: z.enum(DOCUMENT_TYPES_OF_FORM, f.required),
      documentNumber: f.text(40),
      documentExpiresOn: z.optional(f.date({ emptyAllowed: true })),
      guardianPresent: z.optional(z.boolean(f.required)),
      phoneInOwnName: z.optional(z.boolean(f.required)),
    })
    .check(
      // Runs even when other fields have issues, so that every field's problem shows at once.
      z.superRefine(
        (parsed, ctx) => {
          const form = parsed as unknown as Record<string, unknown>;
          pushIssues(ctx, form, openingIssues(form, lang, rules, today));
        },
        { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
      ),
    );
}

/** The parsed account-opening form. */
export type OpeningForm = z.infer<ReturnType<typeof openingFormSchema>>;
