import { RESTRICTION_KINDS, ACCOUNT_STATUSES } from '../../lifecycle/types';
import type { Lang } from '../../messages/lang';
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
import { compareLocalDates, formatLocalDate, type LocalDate } from '../../time';
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
} from '../internal/inputs';
import { OPENING_REQUIREMENT_LABELS } from '../labels';
import type { ApplicantRestriction, ExistingAccount, OpeningRequest } from './types';

const OPENING_CHANNELS: readonly OpeningChannel[] = ['counter', 'kiosk_assisted', 'remote'];

/** The request with its dates read and its enums checked. */
export interface ReadRequest {
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

/**
 * An opening request read once, with the facts several rules share worked out: what every
 * eligibility rule reads besides its preset entry.
 */
export interface PreparedOpening extends ReadRequest {
  readonly preset: Preset;
  readonly lang: Lang;
  /** Whether the channel is a face-to-face one. */
  readonly faceToFaceChannel: boolean;
  /** The residency stated, or the first one the document is accepted for, or `null`. */
  readonly residency: Residency | null;
  /** Whether the class needs a face-to-face opening. */
  readonly needsFaceToFace: boolean;
  /** The verification methods that count, distinct, in canonical order. */
  readonly verificationsDone: readonly Verification[];
  /** Whether the account is in a currency other than the preset's. */
  readonly foreignCurrency: boolean;
}

/**
 * Reads and checks an opening request once, and works out the facts the rules share.
 *
 * @param request - the opening request (unchecked)
 * @param preset - the resolved preset
 * @param lang - the language of the messages
 * @returns the prepared input of the eligibility rules
 * @throws AccountPolicyError `invalid_input` / `invalid_date` naming the path of what is wrong
 * @example
 * ```ts
 * const p = prepareOpening(request, getPreset(), 'en');
 * p.faceToFaceChannel; // true for a counter opening
 * ```
 */
export function prepareOpening(
  request: OpeningRequest,
  preset: Preset,
  lang: Lang,
): PreparedOpening {
  const input = readRequest(request, preset);
  const kyc = preset.kyc;
  const faceToFaceChannel = kyc.faceToFace.channels.includes(input.channel);
  const opening = input.cls.opening;
  return {
    ...input,
    preset,
    lang,
    faceToFaceChannel,
    residency:
      input.applicant.residency ??
      residencyOf(input.applicant.document.type, kyc.documents.accepted),
    needsFaceToFace:
      opening.faceToFaceRequired || opening.requiredVerifications.includes('face_to_face'),
    verificationsDone: effectiveVerifications(input.applicant.verifications, faceToFaceChannel),
    foreignCurrency: input.currency !== preset.currency,
  };
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
  const applicant = readApplicant(r.applicant, today);
  const existing = (
    r.existingAccounts === undefined ? [] : readList(r.existingAccounts, ['existingAccounts'])
  ).map((item, i) => readExistingAccount(item, classIds, ['existingAccounts', i]));
  return { cls, today, channel, currency, applicant, existingAccounts: existing };
}

function readApplicant(value: unknown, today: LocalDate): ReadRequest['applicant'] {
  const a = readObject(value, ['applicant'], OPENING_REQUEST_FIELDS.applicant);
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
  const document = readDocument(a.document);
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
  return {
    birthDate,
    residency,
    document,
    verifications,
    guardianPresent: flag('guardianPresent') ?? false,
    phoneInOwnName: flag('phoneInOwnName'),
    taxResidencyDeclared: flag('taxResidencyDeclared'),
    provided,
    restrictions,
  };
}

function readDocument(value: unknown): ReadRequest['applicant']['document'] {
  const doc = readObject(value, ['applicant', 'document'], OPENING_REQUEST_FIELDS.document);
  const type = readEnum(doc.type, DOCUMENT_TYPES, ['applicant', 'document', 'type']);
  // Capped before the number is parsed: no document number is longer.
  const number = readText(doc.number, ['applicant', 'document', 'number'], MAX_DOCUMENT_NUMBER);
  const expiresOn =
    doc.expiresOn === undefined || doc.expiresOn === null
      ? null
      : readDate(doc.expiresOn, ['applicant', 'document', 'expiresOn'], 'expiry date');
  return { type, number, expiresOn };
}

/**
 * The fields of an opening request and of its parts (`eligibilityInputSchema` has exactly these,
 * besides the command's `preset`; a test holds the two together).
 *
 * @example
 * ```ts
 * OPENING_REQUEST_FIELDS.document.has('expiresOn'); // true
 * ```
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

/**
 * How many accounts of a class and currency are held and not closed.
 *
 * @example
 * ```ts
 * countHeld([{ class: 'I' }, { class: 'I', status: 'closed' }], 'I', 'CNY', 'CNY'); // 1
 * ```
 */
export function countHeld(
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
