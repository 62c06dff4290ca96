import { citeSources } from '../../presets/citeSources';
import { attempt, type Result } from '../../errors';
import { formatMessage } from '../../messages/formatMessage';
import type { Lang } from '../../messages/lang';
import { parseMoney } from '../../money';
import {
  VERIFICATIONS,
  type AccountClassRules,
  type OpeningRequirement,
} from '../../presets/types/classes';
import { CREDIT_RATINGS, type CreditRating, type TierQualification } from '../../presets/types/kyc';
import type { Preset } from '../../presets/types/preset';
import {
  atPath,
  describeValue,
  invalid,
  isCount,
  readEnum,
  readInstant,
  readList,
  readObject,
  resolveOptions,
  type KycOptions,
} from '../internal/inputs';
import { REQUIREMENT_SATISFIED_BY, requirementsShown } from '../internal/requirements';
import { OPENING_REQUIREMENT_LABELS, VERIFICATION_LABELS } from '../labels';
import type { TierCriterion, TierIdentity, TierRequirements, TierUsage } from './types';
import { usageCriteria } from './criteria/usageCriteria';

const OPENING_CHANNELS = ['counter', 'kiosk_assisted', 'remote'] as const;

/** A usage summary with its values read. */
export interface ReadUsage {
  readonly cumulativeVolume: ReturnType<typeof parseMoney>;
  readonly transactionCount: number;
  readonly creditRating: CreditRating | 'unrated';
  readonly alerts: number;
  readonly openedAt: Date;
  readonly asOf: Date;
}

/**
 * Checks a usage summary and reads its amounts and instants.
 *
 * @internal
 */
export function readUsage(
  usage: unknown,
  preset: Preset,
  path: readonly (string | number)[],
): ReadUsage {
  const u = readObject(usage, path);
  const volumePath = [...path, 'cumulativeVolume'];
  const cumulativeVolume = atPath(volumePath, () =>
    parseMoney(u.cumulativeVolume, preset.currency, { path: volumePath }),
  );
  const transactionCount = readCount(u.transactionCount, [...path, 'transactionCount']);
  const alerts = readCount(u.alerts, [...path, 'alerts']);
  const creditRating = readEnum(
    u.creditRating,
    [...CREDIT_RATINGS, 'unrated' as const],
    [...path, 'creditRating'],
  );
  const openedAt = readInstant(u.openedAt, [...path, 'openedAt']);
  const asOf = readInstant(u.asOf, [...path, 'asOf']);
  if (asOf.getTime() < openedAt.getTime())
    throw invalid([...path, 'asOf'], 'must not be before openedAt');
  return {
    cumulativeVolume,
    transactionCount,
    creditRating,
    alerts,
    openedAt,
    asOf,
  };
}

/** Reads a whole number ≥ 0 at `path`, or throws `invalid_input` there. */
function readCount(value: unknown, path: readonly (string | number)[]): number {
  if (!isCount(value))
    throw invalid(path, `must be a whole number ≥ 0; got ${describeValue(value)}`);
  return value;
}

/**
 * Checks an identity summary.
 *
 * @internal
 */
export function readIdentity(identity: unknown, path: readonly (string | number)[]): TierIdentity {
  const id = readObject(identity, path);
  const all = Object.keys(OPENING_REQUIREMENT_LABELS) as OpeningRequirement[];
  const provided = readList(id.provided, [...path, 'provided']).map((r, i) =>
    readEnum(r, all, [...path, 'provided', i]),
  );
  const verifications = readList(id.verifications, [...path, 'verifications']).map((v, i) =>
    readEnum(v, VERIFICATIONS, [...path, 'verifications', i]),
  );
  const channel =
    id.channel === undefined
      ? undefined
      : readEnum(id.channel, OPENING_CHANNELS, [...path, 'channel']);
  return channel === undefined ? { provided, verifications } : { provided, verifications, channel };
}

/**
 * The class rules of a tier, or `invalid_input` at `path`.
 *
 * @internal
 */
export function tierOf(
  preset: Preset,
  tierId: unknown,
  path: readonly (string | number)[],
): AccountClassRules {
  const id = readEnum(
    tierId,
    preset.classes.map((c) => c.id),
    path,
  );
  return preset.classes.find((c) => c.id === id)!;
}

/**
 * Every criterion of a tier for a customer, each with `met`: the tier's opening requirements
 * (documents, verification methods and their number, face to face) and, for tiered presets, its
 * usage qualification (volume, transactions, history, credit, alerts). Without `usage`, usage
 * criteria are listed as not met.
 *
 * @internal
 */
export function tierCriteria(
  preset: Preset,
  tier: AccountClassRules,
  identity: TierIdentity,
  usage: ReadUsage | undefined,
  lang: Lang,
): TierCriterion[] {
  const criteria: TierCriterion[] = [];
  const opening = tier.opening;
  const faceToFace =
    identity.channel !== undefined && preset.kyc.faceToFace.channels.includes(identity.channel);
  const done = VERIFICATIONS.filter((v) =>
    v === 'face_to_face' ? faceToFace : identity.verifications.includes(v),
  );
  const shown = requirementsShown(identity.provided, done);
  // A requirement that names a check the tier already requires as a verification is listed once, as the verification.
  const documents = opening.requirements.filter((r) => {
    const method = REQUIREMENT_SATISFIED_BY[r];
    return method === undefined || !opening.requiredVerifications.includes(method);
  });
  for (const requirement of documents)
    criteria.push({
      kind: 'document',
      code: 'tier_requirement_document',
      requirement,
      met: shown.has(requirement),
      message: formatMessage(
        'tier_requirement_document',
        { requirement: OPENING_REQUIREMENT_LABELS[requirement][lang] },
        lang,
      ),
      source: opening.source,
    });
  const needsFaceToFace =
    opening.faceToFaceRequired || opening.requiredVerifications.includes('face_to_face');
  if (needsFaceToFace)
    criteria.push({
      kind: 'face_to_face',
      code: 'tier_requirement_face_to_face',
      met: faceToFace,
      message: formatMessage('tier_requirement_face_to_face', {}, lang),
      source: opening.source,
    });
  for (const verification of opening.requiredVerifications.filter((v) => v !== 'face_to_face'))
    criteria.push({
      kind: 'verification',
      code: 'tier_requirement_verification',
      verification,
      met: done.includes(verification),
      message: formatMessage(
        'tier_requirement_verification',
        { verification: VERIFICATION_LABELS[verification][lang] },
        lang,
      ),
      source: opening.source,
    });
  if (opening.minVerifications > opening.requiredVerifications.length)
    criteria.push({
      kind: 'verification_count',
      code: 'tier_requirement_verification_count',
      required: opening.minVerifications,
      actual: done.length,
      met: done.length >= opening.minVerifications,
      message: formatMessage(
        'tier_requirement_verification_count',
        { required: opening.minVerifications, actual: done.length },
        lang,
      ),
      source: opening.source,
    });

  const q = qualificationOf(preset, tier.id);
  if (q) criteria.push(...usageCriteria(preset, q, usage, lang, 'all'));
  return criteria;
}

/**
 * The usage qualification of a tier, if the preset has one.
 *
 * @internal
 */
export function qualificationOf(preset: Preset, tierId: string): TierQualification | undefined {
  return preset.tiering?.qualifications.find((q) => q.tier === tierId);
}

/**
 * Builds a {@link TierRequirements} from criteria.
 *
 * @internal
 */
export function requirementsOf(
  tier: AccountClassRules,
  criteria: readonly TierCriterion[],
  lang: Lang,
): TierRequirements {
  const outstanding = criteria.filter((c) => !c.met);
  return {
    tier: tier.id,
    title: tier.title[lang],
    criteria,
    met: outstanding.length === 0,
    outstanding,
  };
}

/**
 * Everything a tier (or class) requires of a customer, and which of it they meet: its opening
 * requirements (documents, verification methods and their number, face to face) and, in tiered
 * presets, its usage qualification (cumulative volume, transactions, history, credit rating,
 * alerts). Without `usage`, the usage criteria are listed as not met, with `actual: null`.
 *
 * @param request - `tier` (a class id of the preset), `identity`, optional `usage`
 * @param options - `preset` (default `cn-pboc-2018`) and `lang`
 * @returns the criteria with `met`, whether all are met, and the outstanding ones
 * @throws AccountPolicyError `invalid_input` / `invalid_amount` / `invalid_instant` for malformed input
 *   (a missing or non-object request included); bad options: `invalid_input` (not an object, an
 *   unknown `lang`) or `invalid_preset` (not a valid preset object). Messages name the path of
 *   what is wrong and show at most 40 characters of a value.
 * @example
 * ```ts
 * const r = tierRequirements(
 *   { tier: 'intermediate', identity: { provided: ['name'], verifications: ['id_network_check'] } },
 *   { preset: getPreset('tiered-generic') },
 * );
 * r.outstanding.map((c) => c.kind); // ['document', …, 'verification', …, 'cumulative_volume', …]
 * ```
 */
export function tierRequirements(
  request: { readonly tier: string; readonly identity: TierIdentity; readonly usage?: TierUsage },
  options?: KycOptions,
): TierRequirements {
  return citeSources(resolveOptions(options).preset, tierRequirementsBody(request, options));
}

function tierRequirementsBody(
  request: { readonly tier: string; readonly identity: TierIdentity; readonly usage?: TierUsage },
  options?: KycOptions,
): TierRequirements {
  const { preset, lang } = resolveOptions(options);
  const r = readObject(request, []);
  const tier = tierOf(preset, r.tier, ['tier']);
  const identity = readIdentity(r.identity, ['identity']);
  const usage = r.usage === undefined ? undefined : readUsage(r.usage, preset, ['usage']);
  return requirementsOf(tier, tierCriteria(preset, tier, identity, usage, lang), lang);
}

/**
 * Non-throwing twin of {@link tierRequirements}.
 *
 * @param request - as for {@link tierRequirements}
 * @param options - `preset` and `lang`
 * @returns `{ ok: true, value }` or `{ ok: false, error }`
 * @example
 * ```ts
 * safeTierRequirements({ tier: 'nope', identity: { provided: [], verifications: [] } }).ok; // false
 * ```
 */
export function safeTierRequirements(
  request: { readonly tier: string; readonly identity: TierIdentity; readonly usage?: TierUsage },
  options?: KycOptions,
): Result<TierRequirements> {
  return attempt(() => tierRequirements(request, options));
}
