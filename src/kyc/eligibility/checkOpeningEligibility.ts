import { citeSources } from '../../presets/citeSources';
import { attempt, type Result } from '../../errors';
import { RESTRICTION_KINDS, ACCOUNT_STATUSES } from '../../lifecycle/types';
import { formatMessage } from '../../messages/formatMessage';
import { isCurrencyCode } from '../../money/currencies';
import {
  VERIFICATIONS,
  type AccountClassRules,
  type OpeningChannel,
  type OpeningRequirement,
  type Verification,
} from '../../presets/types/classes';
import {
  DOCUMENT_TYPES,
  RESIDENCIES,
  type DocumentType,
  type Residency,
} from '../../presets/types/kyc';
import type { Preset } from '../../presets/types/preset';
import {
  ageOn,
  compareLocalDates,
  formatInstant,
  formatLocalDate,
  type LocalDate,
} from '../../time';
import {
  MAX_TEXT_LENGTH,
  describeValue,
  invalid,
  readDate,
  readEnum,
  readFlag,
  readList,
  readObject,
  readText,
  resolveOptions,
  type KycOptions,
} from '../internal/inputs';
import {
  DOCUMENT_TYPE_LABELS,
  OPENING_CHANNEL_LABELS,
  OPENING_REQUIREMENT_LABELS,
  RESTRICTION_KIND_LABELS,
  VERIFICATION_LABELS,
  joinAlternatives,
  joinList,
  labelList,
} from '../labels';
import { REQUIREMENT_SATISFIED_BY, requirementsShown } from '../internal/requirements';
import { checkDocumentNumber } from './checkDocumentNumber';
import { rulePeriod } from '../../presets/ruleInForce';
import { restrictionsInForce } from './restrictionsInForce';
import type {
  ApplicantRestriction,
  EligibilityDecision,
  EligibilityFix,
  EligibilityReason,
  ExistingAccount,
  OpeningCondition,
  OpeningRequest,
} from './types';

const OPENING_CHANNELS: readonly OpeningChannel[] = ['counter', 'kiosk_assisted', 'remote'];

/**
 * Decides whether a person may open an account of a class or tier, listing every reason they may
 * not, each with its facts, its source and what would fix it.
 *
 * It checks: restrictions on the person in force on `today`; the minimum age (a guardian present,
 * in person where the preset says so); the document (accepted for the applicant's residency,
 * number valid — GB 11643-1999 in full for the resident identity card, agreeing with the declared
 * birth date —, not expired: valid while `expiresOn ≥ today`, so a document expiring today is
 * still valid); the channel (face to face where the class needs it); the verification methods
 * (how many, and which: e.g. the bound-account check); documents a tier asks for; how many
 * accounts of the class the person already holds at the bank (closed ones not counted; counted
 * per currency); for a foreign-currency account, a CNY account of the required class first; the
 * phone number in the person's own name (when stated). A counter or staffed-kiosk opening counts
 * as a `face_to_face` verification; a `face_to_face` claimed on a remote channel does not count.
 *
 * @param request - the opening request (the CLI's `eligibility` input)
 * @param options - `preset` (default `cn-pboc-2018`) and `lang` (default `en`)
 * @returns `{ eligible: true, reasons: [], conditions }` or `{ eligible: false, reasons, conditions }`
 * @throws AccountPolicyError `invalid_input` (unknown class, verification, channel…) or
 *   `invalid_date` / `invalid_instant` for malformed input, naming the path; a birth date after
 *   `today` is invalid input
 *   (a missing or non-object request included); bad options: `invalid_input` (not an object, an
 *   unknown `lang`) or `invalid_preset` (not a valid preset object). Messages name the path of
 *   what is wrong and show at most 40 characters of a value.
 * @example
 * ```ts
 * const decision = checkOpeningEligibility({
 *   requestedClass: 'I',
 *   today: '2026-11-22',
 *   channel: 'remote',
 *   applicant: {
 *     birthDate: '1949-12-31',
 *     document: { type: 'resident_id_card', number: '11010519491231002X', expiresOn: '2036-01-01' },
 *     verifications: ['id_network_check'],
 *   },
 *   existingAccounts: [{ class: 'I' }],
 * });
 * decision.eligible; // false
 * decision.reasons.map((r) => r.code); // ['face_to_face_required', 'class_limit_reached']
 * ```
 */
export function checkOpeningEligibility(
  request: OpeningRequest,
  options?: KycOptions,
): EligibilityDecision {
  return citeSources(resolveOptions(options).preset, checkOpeningEligibilityBody(request, options));
}

function checkOpeningEligibilityBody(
  request: OpeningRequest,
  options?: KycOptions,
): EligibilityDecision {
  const { preset, lang } = resolveOptions(options);
  const input = readRequest(request, preset);
  const { cls, today, channel, applicant, currency } = input;
  const kyc = preset.kyc;
  const classTitle = cls.title[lang];
  const f2fChannels = kyc.faceToFace.channels;
  const faceToFaceChannel = f2fChannels.includes(channel);
  const reasons: EligibilityReason[] = [];
  const conditions: OpeningCondition[] = [];
  const msg = (
    code: Parameters<typeof formatMessage>[0],
    params: Record<string, string | number | undefined> = {},
  ) => formatMessage(code, params, lang);
  const channelList = (list: readonly OpeningChannel[]) =>
    joinAlternatives(
      list.map((c) => OPENING_CHANNEL_LABELS[c][lang]),
      lang,
    );
  const fix = (
    code: EligibilityFix['code'],
    params: Record<string, string | number | undefined>,
    fields: Partial<EligibilityFix> = {},
  ): EligibilityFix => ({
    code,
    message: msg(code, params),
    ...fields,
  });

  // 1. Restrictions on the person.
  const blocking = kyc.openingRestrictions.blockingKinds;
  const rule = rulePeriod(preset, kyc.openingRestrictions);
  for (const found of restrictionsInForce(
    applicant.restrictions,
    today,
    preset.timeZone,
    rule,
  ).filter((f) => blocking.includes(f.restriction.kind))) {
    const from = formatInstant(found.from, preset.timeZone);
    const until = found.until ? formatInstant(found.until, preset.timeZone) : undefined;
    reasons.push({
      code: 'opening_restricted',
      message: msg('opening_restricted', {
        restrictionKind: RESTRICTION_KIND_LABELS[found.restriction.kind][lang],
        from,
        until: until ?? (lang === 'zh-CN' ? '解除' : 'it is lifted'),
      }),
      ...(found.restriction.id !== undefined ? { restrictionId: found.restriction.id } : {}),
      restrictionKind: found.restriction.kind,
      from,
      ...(until !== undefined ? { until } : {}),
      source: kyc.openingRestrictions.source,
      rule: 'kyc.openingRestrictions.blockingKinds',
      fix:
        found.eligibleFrom !== undefined
          ? fix(
              'wait_for_restriction_end',
              { eligibleFrom: found.eligibleFrom },
              { eligibleFrom: found.eligibleFrom },
            )
          : fix('restriction_must_be_lifted', {}),
    });
  }

  // 2. Age and guardian.
  const age = ageOn(applicant.birthDate, today);
  const { minimumAge, guardianInPerson } = kyc.age;
  if (age < minimumAge) {
    const guardianFix = fix(
      'come_with_guardian',
      { channels: channelList(f2fChannels) },
      { channels: f2fChannels },
    );
    if (!applicant.guardianPresent) {
      reasons.push({
        code: 'under_minimum_age',
        message: msg('under_minimum_age', { age, minimumAge }),
        age,
        minimumAge,
        source: kyc.age.source,
        rule: 'kyc.age.minimumAge',
        fix: guardianFix,
      });
    } else if (guardianInPerson && !faceToFaceChannel) {
      reasons.push({
        code: 'guardian_not_in_person',
        message: msg('guardian_not_in_person', {
          age,
          minimumAge,
          channel: OPENING_CHANNEL_LABELS[channel][lang],
          channels: channelList(f2fChannels),
        }),
        age,
        minimumAge,
        channel,
        channels: f2fChannels,
        source: kyc.age.source,
        rule: 'kyc.age.guardianInPerson',
        fix: guardianFix,
      });
    } else {
      conditions.push({
        code: 'bring_proof_of_guardianship',
        message: msg('bring_proof_of_guardianship'),
        source: kyc.age.source,
        rule: 'kyc.age.minimumAge',
      });
    }
  }

  // 3. The identity document.
  const docType = applicant.document.type;
  const residency = applicant.residency ?? residencyOf(docType, kyc.documents.accepted);
  const accepted: readonly DocumentType[] =
    residency === null
      ? acceptedAnywhere(kyc.documents.accepted)
      : kyc.documents.accepted[residency];
  if (!accepted.includes(docType)) {
    reasons.push({
      code: 'document_not_accepted',
      message: msg('document_not_accepted', {
        documentType: DOCUMENT_TYPE_LABELS[docType][lang],
        accepted: labelList(DOCUMENT_TYPE_LABELS, accepted, lang),
      }),
      documentType: docType,
      residency,
      accepted,
      source: kyc.documents.source,
      rule: 'kyc.documents.accepted',
      fix: fix(
        'present_accepted_document',
        { accepted: labelList(DOCUMENT_TYPE_LABELS, accepted, lang) },
        { accepted },
      ),
    });
  }
  const allProblems = checkDocumentNumber(docType, applicant.document.number, kyc.documents, {
    today,
    declaredBirthDate: applicant.birthDate,
    lang,
  });
  // A birth-date mismatch alone refuses only where the preset says so; otherwise staff verify it.
  const mismatch = allProblems.find((p) => p.code === 'id_birth_date_mismatch');
  const verifyMismatch =
    mismatch !== undefined && kyc.documents.birthDateMismatch === 'verify_at_opening';
  const problems = verifyMismatch ? allProblems.filter((p) => p !== mismatch) : allProblems;
  if (verifyMismatch && 'birthDate' in mismatch) {
    const documentBirthDate = String(mismatch.birthDate);
    const declaredBirthDate = formatLocalDate(applicant.birthDate);
    conditions.push({
      code: 'verify_birth_date',
      message: msg('verify_birth_date', { documentBirthDate, declaredBirthDate }),
      documentBirthDate,
      declaredBirthDate,
      source: kyc.documents.birthDateMismatchSource ?? 'bank-practice',
      rule: 'kyc.documents.birthDateMismatch',
    });
  }
  if (problems.length > 0) {
    const gb = kyc.documents.gb11643Numbers.includes(docType);
    reasons.push({
      code: 'invalid_document_number',
      message: msg('invalid_document_number', {
        reason: problems.map((p) => p.message).join(lang === 'zh-CN' ? '' : ' '),
      }),
      documentType: docType,
      problems,
      source: gb ? 'gb-11643-1999' : kyc.documents.source,
      rule: gb ? 'kyc.documents.gb11643Numbers' : 'kyc.documents.accepted',
      fix: fix('correct_document_number', {}),
    });
  }
  if (
    applicant.document.expiresOn !== null &&
    compareLocalDates(applicant.document.expiresOn, today) < 0
  ) {
    const expiresOn = formatLocalDate(applicant.document.expiresOn);
    reasons.push({
      code: 'document_expired',
      message: msg('document_expired', { expiresOn }),
      expiresOn,
      today: formatLocalDate(today),
      source: kyc.documents.source,
      rule: 'kyc.documents',
      fix: fix('renew_document', {}),
    });
  }

  // 4. Channel.
  const opening = cls.opening;
  const needsFaceToFace =
    opening.faceToFaceRequired || opening.requiredVerifications.includes('face_to_face');
  const allowedChannels = needsFaceToFace
    ? opening.channels.filter((c) => f2fChannels.includes(c))
    : opening.channels;
  if (needsFaceToFace && !faceToFaceChannel) {
    reasons.push({
      code: 'face_to_face_required',
      message: msg('face_to_face_required', { class: classTitle }),
      class: cls.id,
      channel,
      channels: allowedChannels,
      source: opening.source,
      rule: `classes.${cls.id}.opening.faceToFaceRequired`,
      fix: fix('open_face_to_face', {}, { channels: allowedChannels }),
    });
  } else if (!opening.channels.includes(channel)) {
    reasons.push({
      code: 'opening_channel_not_allowed',
      message: msg('opening_channel_not_allowed', {
        class: classTitle,
        channel: OPENING_CHANNEL_LABELS[channel][lang],
        channels: channelList(opening.channels),
      }),
      class: cls.id,
      channel,
      channels: opening.channels,
      source: opening.source,
      rule: `classes.${cls.id}.opening.channels`,
      fix: fix(
        'choose_allowed_channel',
        { channels: channelList(opening.channels) },
        { channels: opening.channels },
      ),
    });
  }

  // 5. Verification methods.
  const done = effectiveVerifications(applicant.verifications, faceToFaceChannel);
  const missing = opening.requiredVerifications.filter(
    (v) => v !== 'face_to_face' && !done.includes(v),
  );
  const reachable = needsFaceToFace && !faceToFaceChannel ? done.length + 1 : done.length;
  const additionalNeeded = Math.max(missing.length, opening.minVerifications - reachable);
  if (additionalNeeded > 0) {
    const candidates = VERIFICATIONS.filter(
      (v) => !done.includes(v) && !missing.includes(v) && v !== 'face_to_face',
    );
    const more = additionalNeeded - missing.length;
    const parts: string[] = [];
    if (missing.length > 0) parts.push(labelList(VERIFICATION_LABELS, missing, lang));
    if (more > 0)
      parts.push(
        msg('add_more_verifications', {
          count: more,
          candidates: labelList(VERIFICATION_LABELS, candidates, lang),
        }),
      );
    const including = opening.requiredVerifications.filter((v) => v !== 'face_to_face');
    const requiredText =
      including.length > 0
        ? msg('verification_minimum_including', {
            minimum: opening.minVerifications,
            including: labelList(VERIFICATION_LABELS, including, lang),
          })
        : msg('verification_minimum', { minimum: opening.minVerifications });
    reasons.push({
      code: 'insufficient_verification',
      message: msg('insufficient_verification', {
        class: classTitle,
        required: requiredText,
        done: labelList(VERIFICATION_LABELS, done, lang),
      }),
      class: cls.id,
      minimum: opening.minVerifications,
      done,
      missing,
      additionalNeeded,
      source: opening.source,
      rule: `classes.${cls.id}.opening.requiredVerifications`,
      fix: fix(
        'add_verifications',
        { verifications: parts.join(lang === 'zh-CN' ? '，以及' : ' and ') },
        {
          verifications: missing,
          ...(more > 0 ? { additionalCount: more, candidates } : {}),
        },
      ),
    });
  }

  // 6. Information and documents the class or tier asks for.
  if (opening.requirements.length > 0) {
    const inferred = requirementsShown([...(applicant.provided ?? []), 'id_number'], done);
    // Requirements naming a check the class requires as a verification are left to that check.
    const outstanding = opening.requirements.filter((r) => {
      const method = REQUIREMENT_SATISFIED_BY[r];
      if (method !== undefined && opening.requiredVerifications.includes(method)) return false;
      return !inferred.has(r);
    });
    if (outstanding.length > 0) {
      const list = labelList(OPENING_REQUIREMENT_LABELS, outstanding, lang);
      if (applicant.provided !== undefined) {
        reasons.push({
          code: 'missing_opening_documents',
          message: msg('missing_opening_documents', { class: classTitle, missing: list }),
          class: cls.id,
          missing: outstanding,
          source: opening.source,
          rule: `classes.${cls.id}.opening.requirements`,
          fix: fix('provide_documents', { missing: list }, { missing: outstanding }),
        });
      } else {
        conditions.push({
          code: 'collect_opening_documents',
          message: msg('collect_opening_documents', { requirements: list }),
          requirements: outstanding,
          source: opening.source,
          rule: `classes.${cls.id}.opening.requirements`,
        });
      }
    }
  }

  // 7. Accounts already held.
  const max = opening.maxPerPersonPerBank;
  const held = countHeld(input.existingAccounts, cls.id, currency, preset.currency);
  if (max !== null && held >= max) {
    const others = preset.classes
      .filter((c) => c.id !== cls.id)
      .filter((c) => {
        const cap = c.opening.maxPerPersonPerBank;
        return (
          cap === null || countHeld(input.existingAccounts, c.id, currency, preset.currency) < cap
        );
      })
      .sort((a, b) => b.rank - a.rank);
    reasons.push({
      code: 'class_limit_reached',
      message: msg('class_limit_reached', { held, class: classTitle, max }),
      class: cls.id,
      currency,
      held,
      max,
      source: opening.source,
      rule: `classes.${cls.id}.opening.maxPerPersonPerBank`,
      fix:
        others.length > 0
          ? fix(
              'choose_another_class',
              {
                classes: joinList(
                  others.map((c) => c.title[lang]),
                  lang,
                ),
              },
              { classes: others.map((c) => c.id) },
            )
          : fix('use_existing_account', {}),
    });
  }

  // 8. Foreign currency.
  const foreignCurrency = currency !== preset.currency;
  if (foreignCurrency) {
    const fx = kyc.foreignCurrency;
    const requiredClassTitle =
      preset.classes.find((c) => c.id === fx.requiresClass)?.title[lang] ?? fx.requiresClass;
    if (
      countHeld(input.existingAccounts, fx.requiresClass, preset.currency, preset.currency) === 0
    ) {
      reasons.push({
        code: 'foreign_currency_prerequisite',
        message: msg('foreign_currency_prerequisite', {
          currency,
          requiredCurrency: preset.currency,
          requiredClass: requiredClassTitle,
        }),
        currency,
        requiredClass: fx.requiresClass,
        requiredCurrency: preset.currency,
        source: fx.source,
        rule: 'kyc.foreignCurrency.requiresClass',
        fix: fix(
          'open_required_class_first',
          { requiredCurrency: preset.currency, requiredClass: requiredClassTitle },
          { requiredClass: fx.requiresClass },
        ),
      });
    }
  }

  // 9. Phone number in the applicant's own name.
  if (kyc.phoneInOwnName.required && applicant.phoneInOwnName === false) {
    reasons.push({
      code: 'phone_not_in_own_name',
      message: msg('phone_not_in_own_name'),
      source: kyc.phoneInOwnName.source,
      rule: 'kyc.phoneInOwnName',
      fix: fix('use_phone_in_own_name', {}),
    });
  }

  // 10. Tax-residency self-declaration (a step of the opening, not a refusal).
  const tax = kyc.taxResidencyDeclaration;
  const taxNeeded =
    (residency !== null && tax.residencies.includes(residency)) ||
    (foreignCurrency && tax.foreignCurrencyAccounts);
  if (taxNeeded && applicant.taxResidencyDeclared !== true) {
    conditions.push({
      code: 'sign_tax_residency_declaration',
      message: msg('sign_tax_residency_declaration'),
      source: tax.source,
      rule: 'kyc.taxResidencyDeclaration',
    });
  }

  const [first, ...rest] = reasons;
  return first === undefined
    ? { eligible: true, reasons: [], conditions }
    : { eligible: false, reasons: [first, ...rest], conditions };
}

/**
 * Non-throwing twin of {@link checkOpeningEligibility}.
 *
 * @param request - the opening request
 * @param options - `preset` and `lang`
 * @returns `{ ok: true, value: decision }` or `{ ok: false, error }` for malformed input
 * @example
 * ```ts
 * safeCheckOpeningEligibility({ requestedClass: 'IV' } as never).ok; // false
 * ```
 */
export function safeCheckOpeningEligibility(
  request: OpeningRequest,
  options?: KycOptions,
): Result<EligibilityDecision> {
  return attempt(() => checkOpeningEligibility(request, options));
}

/** The request with its dates read and its enums checked. */
interface ReadRequest {
  readonly cls: AccountClassRules;
  readonly today: LocalDate;
  readonly channel: OpeningChannel;
  readonly currency: string;
  readonly applicant: {
    readonly birthDate: LocalDate;
    readonly residency: Residency | undefined;
    readonly document: {
      readonly type: DocumentType;
      readonly number: string;
      readonly expiresOn: LocalDate | null;
    };
    readonly verifications: readonly Verification[];
    readonly guardianPresent: boolean;
    readonly phoneInOwnName: boolean | undefined;
    readonly taxResidencyDeclared: boolean | undefined;
    readonly provided: readonly OpeningRequirement[] | undefined;
    readonly restrictions: readonly ApplicantRestriction[];
  };
  readonly existingAccounts: readonly ExistingAccount[];
}

function readRequest(request: OpeningRequest, preset: Preset): ReadRequest {
  const r = readObject(request, [], OPENING_REQUEST_FIELDS.request);
  const classIds = preset.classes.map((c) => c.id);
  const classId = readEnum(r.requestedClass, classIds, ['requestedClass']);
  const cls = preset.classes.find((c) => c.id === classId)!;
  const today = readDate(r.today, ['today'], 'date');
  const channel = readEnum(r.channel, OPENING_CHANNELS, ['channel']);
  const currency = r.currency ?? preset.currency;
  if (!isCurrencyCode(currency))
    throw invalid(
      ['currency'],
      `must be a supported ISO 4217 currency code; got ${describeValue(currency)}`,
    );
  const a = readObject(r.applicant, ['applicant'], OPENING_REQUEST_FIELDS.applicant);
  const birthDate = readDate(a.birthDate, ['applicant', 'birthDate'], 'birth date');
  if (compareLocalDates(birthDate, today) > 0)
    throw invalid(
      ['applicant', 'birthDate'],
      `must not be after today (${formatLocalDate(today)})`,
    );
  const residency =
    a.residency === undefined
      ? undefined
      : readEnum(a.residency, RESIDENCIES, ['applicant', 'residency']);
  const doc = readObject(a.document, ['applicant', 'document'], OPENING_REQUEST_FIELDS.document);
  const type = readEnum(doc.type, DOCUMENT_TYPES, ['applicant', 'document', 'type']);
  // Capped before the number is parsed: no document number is longer.
  const number = readText(doc.number, ['applicant', 'document', 'number'], MAX_DOCUMENT_NUMBER);
  const expiresOn =
    doc.expiresOn === undefined || doc.expiresOn === null
      ? null
      : readDate(doc.expiresOn, ['applicant', 'document', 'expiresOn'], 'expiry date');
  const verifications = readList(a.verifications, ['applicant', 'verifications']).map((v, i) =>
    readEnum(v, VERIFICATIONS, ['applicant', 'verifications', i]),
  );
  const flag = (key: string) => readFlag(a[key], ['applicant', key]);
  const allRequirements = Object.keys(OPENING_REQUIREMENT_LABELS) as OpeningRequirement[];
  const provided =
    a.provided === undefined
      ? undefined
      : readList(a.provided, ['applicant', 'provided']).map((req, i) =>
          readEnum(req, allRequirements, ['applicant', 'provided', i]),
        );
  const restrictions = (
    a.restrictions === undefined ? [] : readList(a.restrictions, ['applicant', 'restrictions'])
  ).map((item, i) => readRestriction(item, ['applicant', 'restrictions', i]));
  const existing = (
    r.existingAccounts === undefined ? [] : readList(r.existingAccounts, ['existingAccounts'])
  ).map((item, i) => readExistingAccount(item, classIds, ['existingAccounts', i]));
  return {
    cls,
    today,
    channel,
    currency,
    applicant: {
      birthDate,
      residency,
      document: { type, number, expiresOn },
      verifications,
      guardianPresent: flag('guardianPresent') ?? false,
      phoneInOwnName: flag('phoneInOwnName'),
      taxResidencyDeclared: flag('taxResidencyDeclared'),
      provided,
      restrictions,
    },
    existingAccounts: existing,
  };
}

/**
 * The fields of an opening request and of its parts (`eligibilityInputSchema` has exactly these,
 * besides the command's `preset`; a test holds the two together).
 */
export const OPENING_REQUEST_FIELDS = {
  request: new Set([
    'requestedClass',
    'today',
    'channel',
    'currency',
    'applicant',
    'existingAccounts',
  ]),
  applicant: new Set([
    'birthDate',
    'residency',
    'document',
    'verifications',
    'guardianPresent',
    'phoneInOwnName',
    'taxResidencyDeclared',
    'provided',
    'restrictions',
  ]),
  document: new Set(['type', 'number', 'expiresOn']),
  restriction: new Set(['id', 'kind', 'from', 'until', 'reason']),
  existingAccount: new Set(['class', 'currency', 'status']),
} as const satisfies Record<string, ReadonlySet<string>>;

/** Most characters of a document number (as in the CLI's `eligibility` input). */
const MAX_DOCUMENT_NUMBER = 40;

/** Checks a restriction's kind and texts (its instants are read by `restrictionsInForce`). */
function readRestriction(value: unknown, path: readonly (string | number)[]): ApplicantRestriction {
  const r = readObject(value, path, OPENING_REQUEST_FIELDS.restriction);
  readEnum(r.kind, RESTRICTION_KINDS, [...path, 'kind']);
  for (const key of ['id', 'reason'] as const)
    if (r[key] !== undefined) readText(r[key], [...path, key], MAX_TEXT_LENGTH);
  return r as unknown as ApplicantRestriction;
}

/** Checks an account already held: its class, currency and status. */
function readExistingAccount(
  value: unknown,
  classIds: readonly string[],
  path: readonly (string | number)[],
): ExistingAccount {
  const acc = readObject(value, path, OPENING_REQUEST_FIELDS.existingAccount);
  readEnum(acc.class, classIds, [...path, 'class']);
  if (acc.currency !== undefined && !isCurrencyCode(acc.currency))
    throw invalid(
      [...path, 'currency'],
      `must be a supported ISO 4217 currency code; got ${describeValue(acc.currency)}`,
    );
  if (acc.status !== undefined) readEnum(acc.status, ACCOUNT_STATUSES, [...path, 'status']);
  return acc as unknown as ExistingAccount;
}

/** The verification methods that count: distinct, in canonical order, face to face only on a face-to-face channel (where it always counts). */
function effectiveVerifications(
  declared: readonly Verification[],
  faceToFaceChannel: boolean,
): Verification[] {
  return VERIFICATIONS.filter((v) =>
    v === 'face_to_face' ? faceToFaceChannel : declared.includes(v),
  );
}

/** The first residency for which a document type is accepted, or `null`. */
function residencyOf(
  type: DocumentType,
  accepted: { readonly [R in Residency]: readonly DocumentType[] },
): Residency | null {
  return RESIDENCIES.find((r) => accepted[r].includes(type)) ?? null;
}

/** Every document type accepted for some residency, in canonical order. */
function acceptedAnywhere(accepted: {
  readonly [R in Residency]: readonly DocumentType[];
}): DocumentType[] {
  return DOCUMENT_TYPES.filter((t) => RESIDENCIES.some((r) => accepted[r].includes(t)));
}

/** How many accounts of a class and currency are held and not closed. */
function countHeld(
  accounts: readonly ExistingAccount[],
  classId: string,
  currency: string,
  presetCurrency: string,
): number {
  return accounts.filter(
    (a) =>
      a.class === classId && (a.currency ?? presetCurrency) === currency && a.status !== 'closed',
  ).length;
}
