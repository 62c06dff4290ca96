import * as z from 'zod/mini';
import { OPENING_CHANNELS, OPENING_REQUIREMENTS, VERIFICATIONS } from '../presets/types/classes';
import { DOCUMENT_TYPES, RESIDENCIES } from '../presets/types/kyc';
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
