import { DOCUMENT_NUMBER_SHAPE } from '../kyc/eligibility/checkDocumentNumber';
import { DOCUMENT_TYPE_LABELS, OPENING_CHANNEL_LABELS } from '../kyc/labels';
import { parseResidentIdNumber } from '../kyc/residentId/parseResidentIdNumber';
import type { Lang } from '../messages/lang';
import type { MessageParams } from '../messages/renderMessage';
import { OPENING_CHANNELS } from '../presets/types/classes';
import { RESIDENCIES, type DocumentType, type Residency } from '../presets/types/kyc';
import type { FormRules } from './formRules';
import { ageOnDay, alternatives, compareDates, dateOf, formText } from './formText';
import type { FormIssue } from './formFields';

/** A problem written to follow "The number is not valid:", as a sentence of its own. */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** An opening form being checked: its fields, the rules, and where its issues go. */
interface OpeningFormCheck {
  readonly form: Record<string, unknown>;
  readonly lang: Lang;
  readonly rules: FormRules;
  readonly today: ReturnType<typeof dateOf>;
  readonly birth: ReturnType<typeof dateOf>;
  readonly channel: string | undefined;
  /** Whether `channel` is one of the face-to-face channels. */
  readonly faceToFaceChannel: boolean;
  readonly type: DocumentType | undefined;
  add(path: string, code: string, message: string): void;
  /** A form message; `params` fill its placeholders (other fields are ignored). */
  t(code: Parameters<typeof formText>[0], params?: object): string;
  /** Channels as their labels, joined as alternatives. */
  channelNames(list: readonly string[]): string;
}

/** The birth date (not after `today`) and the minimum age, with a guardian in person. */
function ageIssues(check: OpeningFormCheck): void {
  const { form, rules, today, birth, channel, faceToFaceChannel, add, t, channelNames } = check;
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
}

/** The requested class against the channel: face to face, or an opening channel of the class. */
function classChannelIssues(check: OpeningFormCheck): void {
  const { form, lang, rules, channel, faceToFaceChannel, add, t, channelNames } = check;
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
}

/** The document type, accepted for the residency (or for any residency when none is given). */
function documentTypeIssues(check: OpeningFormCheck): void {
  const { form, lang, rules, type, add, t } = check;
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
}

/** The document number: GB 11643-1999 for a resident identity card, its shape otherwise. */
function documentNumberIssues(check: OpeningFormCheck): void {
  const { form, lang, today, birth, type, add, t } = check;
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
}

/** The document not expired on `today`. */
function documentExpiryIssues(check: OpeningFormCheck): void {
  const { form, today, add, t } = check;
  const expires = dateOf(form.documentExpiresOn);
  if (today && expires && compareDates(expires, today) < 0)
    add(
      'documentExpiresOn',
      'document_expired',
      t('form_document_expired', { expiresOn: String(form.documentExpiresOn) }),
    );
}

/** The phone number in the applicant's own name, when the rules require it. */
function phoneIssues(check: OpeningFormCheck): void {
  const { form, rules, add, t } = check;
  if (rules.phoneInOwnNameRequired && form.phoneInOwnName === false)
    add('phoneInOwnName', 'phone_not_in_own_name', t('form_phone_not_in_own_name'));
}

/** The cross-field checks of an opening form, in the order their issues are listed. */
const OPENING_FORM_CHECKS: readonly ((check: OpeningFormCheck) => void)[] = [
  ageIssues,
  classChannelIssues,
  documentTypeIssues,
  documentNumberIssues,
  documentExpiryIssues,
  phoneIssues,
];

/**
 * The cross-field problems of an opening form, each on its field.
 *
 * @param form - the form's values (parsed or not)
 * @param lang - the language of the messages
 * @param rules - the preset's form rules
 * @param today - the day of the application, when known
 * @returns every problem found, in field order
 * @example
 * ```ts
 * openingIssues({ phoneInOwnName: false }, 'en', DEFAULT_FORM_RULES, undefined)[0]?.code; // 'phone_not_in_own_name'
 * ```
 */
export function openingIssues(
  form: Record<string, unknown>,
  lang: Lang,
  rules: FormRules,
  today: ReturnType<typeof dateOf>,
): FormIssue[] {
  const issues: FormIssue[] = [];
  const channel = typeof form.channel === 'string' ? form.channel : undefined;
  const check: OpeningFormCheck = {
    form,
    lang,
    rules,
    today,
    birth: dateOf(form.birthDate),
    channel,
    faceToFaceChannel:
      channel !== undefined && (rules.faceToFaceChannels as readonly string[]).includes(channel),
    type: form.documentType as DocumentType | undefined,
    add: (path, code, message) => issues.push({ path, code, message }),
    t: (code, params = {}) => formText(code, params as MessageParams, lang),
    channelNames: (list) =>
      alternatives(
        list.map((c) => OPENING_CHANNEL_LABELS[c as keyof typeof OPENING_CHANNEL_LABELS][lang]),
        lang,
      ),
  };
  for (const formCheck of OPENING_FORM_CHECKS) formCheck(check);
  return issues;
}
