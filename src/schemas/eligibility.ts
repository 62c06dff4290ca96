import * as z from 'zod/mini';
import { OPENING_CHANNELS, OPENING_REQUIREMENTS, VERIFICATIONS } from '../presets/types/classes';
import { DOCUMENT_TYPES, RESIDENCIES } from '../presets/types/kyc';
import { DOCUMENT_NUMBER_SHAPE } from '../kyc/eligibility/checkDocumentNumber';
import { parseResidentIdNumber } from '../kyc/residentId/parseResidentIdNumber';
import { formatMessage } from '../messages/formatMessage';
import type { Lang } from '../messages/lang';
import type { LocalDate } from '../time/types';
import { instantSchema, localDateSchema, presetIdSchema, shortTextSchema } from './common';
import { accountStatusSchema, restrictionKindSchema } from './transition';

/** Most verifications, documents, restrictions or existing accounts accepted in one input. */
const MAX_ITEMS = 100;

/** An enum whose error names the allowed values. */
function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `must be one of: ${values.join(', ')}` });
}

/** Opening channels. */
export const openingChannelSchema = oneOf(OPENING_CHANNELS);

/** Identity document types. */
export const documentTypeSchema = oneOf(DOCUMENT_TYPES);

/** Identity verification methods. */
export const verificationSchema = oneOf(VERIFICATIONS);

/** Residencies (which decide the accepted documents). */
export const residencySchema = oneOf(RESIDENCIES);

/** Information and documents a tier asks for at opening. */
export const openingRequirementSchema = oneOf(OPENING_REQUIREMENTS);

const flagSchema = z.boolean({ error: 'must be true or false' });

const currencyCodeSchema = z
  .string()
  .check(z.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as "CNY"'));

/** A restriction on the applicant (as in `transition`, with the `id` optional). */
export const applicantRestrictionSchema = z
  .strictObject({
    id: z.optional(shortTextSchema()),
    kind: restrictionKindSchema,
    from: instantSchema(),
    until: z.optional(instantSchema()),
    reason: z.optional(shortTextSchema()),
  })
  .check(
    z.refine((r) => r.until === undefined || Date.parse(r.until) > Date.parse(r.from), {
      message: 'until must be later than from',
      path: ['until'],
    }),
  );

/**
 * The input of `account-policy eligibility`, exactly as in CLI.md, with these optional additions:
 * `currency` (a foreign-currency account when it is not the preset's currency), and on the
 * applicant `residency`, `phoneInOwnName`, `taxResidencyDeclared`, `provided` (documents a tier
 * asks for) and `restrictions`; on existing accounts `currency` and `status`. `document.expiresOn`
 * may be omitted or `null` for a document without expiry. An unknown field is refused, at its path.
 *
 * @example
 * ```ts
 * eligibilityInputSchema.safeParse({
 *   requestedClass: 'II', today: '2026-11-22', channel: 'remote',
 *   applicant: { birthDate: '1990-05-01', document: { type: 'resident_id_card', number: '11010519491231002X' },
 *                verifications: ['id_network_check', 'bound_account_check'] },
 * }).success; // true
 * ```
 */
export const eligibilityInputSchema = z.strictObject({
  preset: z.optional(presetIdSchema),
  requestedClass: shortTextSchema(40),
  today: localDateSchema(),
  channel: openingChannelSchema,
  currency: z.optional(currencyCodeSchema),
  applicant: z.strictObject({
    birthDate: localDateSchema(),
    residency: z.optional(residencySchema),
    document: z.strictObject({
      type: documentTypeSchema,
      number: z
        .string({ error: 'must be the document number as a string' })
        .check(
          z.minLength(1, 'must not be empty'),
          z.maxLength(40, 'must be at most 40 characters'),
        ),
      expiresOn: z.optional(z.nullable(localDateSchema())),
    }),
    verifications: z
      .array(verificationSchema)
      .check(z.maxLength(MAX_ITEMS, `at most ${MAX_ITEMS} verifications`)),
    guardianPresent: z.optional(flagSchema),
    phoneInOwnName: z.optional(flagSchema),
    taxResidencyDeclared: z.optional(flagSchema),
    provided: z.optional(
      z.array(openingRequirementSchema).check(z.maxLength(MAX_ITEMS, `at most ${MAX_ITEMS} items`)),
    ),
    restrictions: z.optional(
      z
        .array(applicantRestrictionSchema)
        .check(z.maxLength(MAX_ITEMS, `at most ${MAX_ITEMS} restrictions`)),
    ),
  }),
  existingAccounts: z.optional(
    z
      .array(
        z.strictObject({
          class: shortTextSchema(40),
          currency: z.optional(currencyCodeSchema),
          status: z.optional(accountStatusSchema),
        }),
      )
      .check(z.maxLength(MAX_ITEMS, `at most ${MAX_ITEMS} accounts`)),
  ),
});

/** The parsed `eligibility` input. */
export type EligibilityInput = z.infer<typeof eligibilityInputSchema>;

// ── Account-opening form (front ends) ───────────────────────────────────────────────────────

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads `YYYY-MM-DD` into a real date, or undefined. */
function dateOf(text: unknown): LocalDate | undefined {
  if (typeof text !== 'string') return undefined;
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year);
  return year >= 1 &&
    d.getUTCFullYear() === year &&
    d.getUTCMonth() === month - 1 &&
    d.getUTCDate() === day
    ? { year, month, day }
    : undefined;
}

/** A problem written to follow "The number is not valid:", as a sentence of its own. */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function compare(a: LocalDate, b: LocalDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Options of {@link openingFormSchema}. */
export interface OpeningFormOptions {
  /** When given, a birth date after it and a document expired before it are field errors. */
  readonly today?: string;
}

/**
 * A zod/mini schema for an account-opening form, with field-level messages in a language:
 * `requestedClass`, `channel`, `birthDate`, `residency`?, `documentType`, `documentNumber`,
 * `documentExpiresOn`? (empty: no expiry), `guardianPresent`?, `phoneInOwnName`?. The document
 * number of a resident identity card is checked in full (GB 11643-1999) and against the birth
 * date, each problem reported on `documentNumber` in the form's language; other document numbers
 * for shape. With `today`, a birth date in the future or an expired document is reported on its
 * field. Eligibility itself (age, channel, verifications, accounts held) is decided by
 * `checkOpeningEligibility`.
 *
 * @param lang - the language of the messages
 * @param options - `today` (`YYYY-MM-DD`)
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
  const t = (code: Parameters<typeof formatMessage>[0], params = {}) =>
    formatMessage(code, params, lang);
  const today = options.today === undefined ? undefined : dateOf(options.today);
  const required = {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined ? t('form_required') : t('form_invalid_choice'),
  };
  const text = (max: number) =>
    z
      .string(required)
      .check(z.minLength(1, t('form_required')), z.maxLength(max, t('form_too_long', { max })));
  const date = () =>
    z.string(required).check(z.refine((s) => dateOf(s) !== undefined, t('form_invalid_date')));
  return z
    .strictObject({
      requestedClass: text(40),
      channel: z.enum(OPENING_CHANNELS, required),
      birthDate: date(),
      residency: z.optional(z.enum(RESIDENCIES, required)),
      documentType: z.enum(
        ['resident_id_card', 'hk_macao_taiwan_permit', 'passport', 'foreign_permanent_residence'],
        required,
      ),
      documentNumber: text(40),
      documentExpiresOn: z.optional(
        z
          .string(required)
          .check(z.refine((s) => s === '' || dateOf(s) !== undefined, t('form_invalid_date'))),
      ),
      guardianPresent: z.optional(z.boolean(required)),
      phoneInOwnName: z.optional(z.boolean(required)),
    })
    .check(
      // Runs even when other fields have issues, so that every field's problem shows at once.
      z.superRefine(
        (parsed, ctx) => {
          const form = parsed as unknown as Record<string, unknown>;
          const issue = (path: string, message: string) =>
            ctx.issues.push({ code: 'custom', input: form[path], path: [path], message });
          const birth = dateOf(form.birthDate);
          if (today && birth && compare(birth, today) > 0)
            issue('birthDate', t('form_birth_date_in_future'));
          const number = form.documentNumber;
          if (typeof number === 'string' && number !== '') {
            if (form.documentType === 'resident_id_card') {
              const result = parseResidentIdNumber(number, {
                lang,
                ...(birth ? { declaredBirthDate: birth } : {}),
                ...(today ? { today } : {}),
              });
              if (!result.ok)
                for (const p of result.problems) issue('documentNumber', sentence(p.message));
            } else if (
              typeof form.documentType === 'string' &&
              (number.length < DOCUMENT_NUMBER_SHAPE.minLength ||
                number.length > DOCUMENT_NUMBER_SHAPE.maxLength ||
                !DOCUMENT_NUMBER_SHAPE.pattern.test(number))
            ) {
              issue('documentNumber', t('form_document_number_shape', DOCUMENT_NUMBER_SHAPE));
            }
          }
          const expires = dateOf(form.documentExpiresOn);
          if (today && expires && compare(expires, today) < 0)
            issue(
              'documentExpiresOn',
              t('document_expired', { expiresOn: String(form.documentExpiresOn) }),
            );
        },
        { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
      ),
    );
}

/** The parsed account-opening form. */
export type OpeningForm = z.infer<ReturnType<typeof openingFormSchema>>;
