import * as z from 'zod/mini';
import { DOCUMENT_NUMBER_SHAPE } from '../kyc/eligibility/checkDocumentNumber';
import { DOCUMENT_TYPE_LABELS, OPENING_CHANNEL_LABELS } from '../kyc/labels';
import { parseResidentIdNumber } from '../kyc/residentId/parseResidentIdNumber';
import type { Lang } from '../messages/lang';
import { OPENING_CHANNELS } from '../presets/types/classes';
import { RESIDENCIES, type DocumentType, type Residency } from '../presets/types/kyc';
import { DEFAULT_FORM_RULES, type FormRules } from './formRules';
import { ageOnDay, alternatives, compareDates, dateOf, formText } from './formText';
import { formFields, pushIssues, type FormIssue } from './formFields';

/** A problem written to follow "The number is not valid:", as a sentence of its own. */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

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

/** The cross-field problems of an opening form, each on its field. */
function openingIssues(
  form: Record<string, unknown>,
  lang: Lang,
  rules: FormRules,
  today: ReturnType<typeof dateOf>,
): FormIssue[] {
  const issues: FormIssue[] = [];
  const t = (code: Parameters<typeof formText>[0], params = {}) => formText(code, params, lang);
  const add = (path: string, code: string, message: string) => issues.push({ path, code, message });
  const channelNames = (list: readonly string[]) =>
    alternatives(
      list.map((c) => OPENING_CHANNEL_LABELS[c as keyof typeof OPENING_CHANNEL_LABELS][lang]),
      lang,
    );
  const birth = dateOf(form.birthDate);
  const channel = typeof form.channel === 'string' ? form.channel : undefined;
  const faceToFaceChannel =
    channel !== undefined && (rules.faceToFaceChannels as readonly string[]).includes(channel);

  // Birth date and age.
  if (today && birth && compareDates(birth, today) > 0)
    add('birthDate', 'birth_date_in_future', t('form_birth_date_in_future'));
  else if (today && birth) {
    const age = ageOnDay(birth, today);
    if (age < rules.minimumAge) {
      if (form.guardianPresent !== true)
        add(
          'birthDate',
          'under_minimum_age',
          t('form_under_minimum_age', { age, minimumAge: rules.minimumAge }),
        );
      else if (rules.guardianInPerson && channel !== undefined && !faceToFaceChannel)
        add(
          'channel',
          'guardian_not_in_person',
          t('form_guardian_not_in_person', {
            minimumAge: rules.minimumAge,
            channels: channelNames(rules.faceToFaceChannels),
          }),
        );
    }
  }

  // Class against channel.
  const cls = rules.classes.find((c) => c.id === form.requestedClass);
  if (cls && channel !== undefined && (OPENING_CHANNELS as readonly string[]).includes(channel)) {
    const allowed = cls.faceToFace
      ? cls.openingChannels.filter((c) => rules.faceToFaceChannels.includes(c))
      : cls.openingChannels;
    if (cls.faceToFace && !faceToFaceChannel)
      add(
        'channel',
        'face_to_face_required',
        t('form_face_to_face_required', {
          class: cls.title[lang],
          channels: channelNames(allowed),
        }),
      );
    else if (!(cls.openingChannels as readonly string[]).includes(channel))
      add(
        'channel',
        'opening_channel_not_allowed',
        t('form_opening_channel_not_allowed', {
          class: cls.title[lang],
          channel: channelNames([channel]),
          channels: channelNames(cls.openingChannels),
        }),
      );
  }

  // The document: accepted for the residency, its number, its expiry.
  const type = form.documentType as DocumentType | undefined;
  if (typeof type === 'string' && type in DOCUMENT_TYPE_LABELS) {
    const residency = (typeof form.residency === 'string' ? form.residency : undefined) as
      Residency | undefined;
    const accepted =
      residency !== undefined && residency in rules.acceptedDocuments
        ? rules.acceptedDocuments[residency]
        : RESIDENCIES.flatMap((r) => rules.acceptedDocuments[r]);
    if (!accepted.includes(type))
      add(
        'documentType',
        'document_not_accepted',
        t('form_document_not_accepted', {
          accepted: alternatives(
            accepted.map((d) => DOCUMENT_TYPE_LABELS[d][lang]),
            lang,
          ),
        }),
      );
  }
  const number = form.documentNumber;
  if (typeof number === 'string' && number !== '' && typeof type === 'string') {
    if (type === 'resident_id_card') {
      const result = parseResidentIdNumber(number, {
        lang,
        ...(birth ? { declaredBirthDate: birth } : {}),
        ...(today ? { today } : {}),
      });
      if (!result.ok)
        for (const p of result.problems)
          add('documentNumber', 'invalid_document_number', sentence(p.message));
    } else if (
      number.length < DOCUMENT_NUMBER_SHAPE.minLength ||
      number.length > DOCUMENT_NUMBER_SHAPE.maxLength ||
      !DOCUMENT_NUMBER_SHAPE.pattern.test(number)
    ) {
      add(
        'documentNumber',
        'invalid_document_number',
        t('form_document_number_shape', DOCUMENT_NUMBER_SHAPE),
      );
    }
  }
  const expires = dateOf(form.documentExpiresOn);
  if (today && expires && compareDates(expires, today) < 0)
    add(
      'documentExpiresOn',
      'document_expired',
      t('form_document_expired', { expiresOn: String(form.documentExpiresOn) }),
    );

  // The phone number.
  if (rules.phoneInOwnNameRequired && form.phoneInOwnName === false)
    add('phoneInOwnName', 'phone_not_in_own_name', t('form_phone_not_in_own_name'));
  return issues;
}
