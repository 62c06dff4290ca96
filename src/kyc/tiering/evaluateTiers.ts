import { citeSources } from '../../presets/citeSources';
import { attempt, type Result } from '../../errors';
import { formatMessage } from '../../messages/formatMessage';
import type { Lang } from '../../messages/lang';
import type { AccountClassRules } from '../../presets/types/classes';
import type { Preset } from '../../presets/types/preset';
import type { TieringRules } from '../../presets/types/kyc';
import { addDuration, formatInstant } from '../../time';
import { invalid, readObject, resolveOptions, type KycOptions } from '../internal/inputs';
import { tierLimitChanges } from './tierLimitChanges';
import {
  qualificationOf,
  readIdentity,
  readUsage,
  requirementsOf,
  tierCriteria,
  tierOf,
  type ReadUsage,
} from './tierRequirements';
import { usageCriteria } from './criteria/usageCriteria';
import type {
  InitialTierAssessment,
  TierIdentity,
  TierReevaluation,
  TierUpgradePath,
  TierUsage,
} from './types';

/** The preset's tiers, lowest rank first. */
function ranked(preset: Preset): AccountClassRules[] {
  return [...preset.classes].sort((a, b) => a.rank - b.rank);
}

/** The preset's tiering rules, or `invalid_input` for a preset without tiers. */
function tieringOf(preset: Preset): TieringRules {
  if (preset.tiering === null)
    throw invalid(
      ['preset'],
      `preset ${preset.id} has no tiering rules; use a tiered preset such as tiered-generic`,
    );
  return preset.tiering;
}

function upgradePath(
  preset: Preset,
  from: AccountClassRules,
  identity: TierIdentity,
  usage: ReadUsage | undefined,
  lang: Lang,
): TierUpgradePath | null {
  const next = ranked(preset).find((c) => c.rank > from.rank);
  if (!next) return null;
  return {
    ...requirementsOf(next, tierCriteria(preset, next, identity, usage, lang), lang),
    from: from.id,
    limitChanges: tierLimitChanges(from, next),
  };
}

/**
 * What the next tier (or class) up requires of a customer and what it changes — "what do I need
 * to upgrade" as data a front end can render: every criterion with `met` and a message, the
 * outstanding ones, and how each limit changes (`null`: no cap).
 *
 * @param request - `currentTier`, `identity` (documents, verifications, channel), optional `usage`
 * @param options - `preset` (default `cn-pboc-2018`) and `lang`
 * @returns the upgrade path, or `null` at the top tier
 * @throws AccountPolicyError `invalid_input` (unknown tier…), `invalid_amount`, `invalid_instant`
 *   (a missing or non-object request included); bad options: `invalid_input` (not an object, an
 *   unknown `lang`) or `invalid_preset` (not a valid preset object). Messages name the path of
 *   what is wrong and show at most 40 characters of a value.
 * @example
 * ```ts
 * const path = tierUpgradePath(
 *   { currentTier: 'basic', identity: { provided: ['name', 'contact', 'id_number'], verifications: ['id_network_check'] } },
 *   { preset: getPreset('tiered-generic') },
 * );
 * path?.tier; // 'intermediate'
 * path?.limitChanges[0]; // { id: 'dailyOutflow', …, current: '1000.00', next: '50000.00' }
 * ```
 */
export function tierUpgradePath(
  request: {
    readonly currentTier: string;
    readonly identity: TierIdentity;
    readonly usage?: TierUsage;
  },
  options?: KycOptions,
): TierUpgradePath | null {
  return citeSources(resolveOptions(options).preset, tierUpgradePathBody(request, options));
}

function tierUpgradePathBody(
  request: {
    readonly currentTier: string;
    readonly identity: TierIdentity;
    readonly usage?: TierUsage;
  },
  options?: KycOptions,
): TierUpgradePath | null {
  const { preset, lang } = resolveOptions(options);
  const r = readObject(request, []);
  const current = tierOf(preset, r.currentTier, ['currentTier']);
  const identity = readIdentity(r.identity, ['identity']);
  const usage = r.usage === undefined ? undefined : readUsage(r.usage, preset, ['usage']);
  return upgradePath(preset, current, identity, usage, lang);
}

/**
 * Non-throwing twin of {@link tierUpgradePath}.
 *
 * @param request - as for {@link tierUpgradePath}
 * @param options - `preset` and `lang`
 * @returns `{ ok: true, value }` or `{ ok: false, error }`
 * @example
 * ```ts
 * safeTierUpgradePath({ currentTier: 'x', identity: { provided: [], verifications: [] } }).ok; // false
 * ```
 */
export function safeTierUpgradePath(
  request: {
    readonly currentTier: string;
    readonly identity: TierIdentity;
    readonly usage?: TierUsage;
  },
  options?: KycOptions,
): Result<TierUpgradePath | null> {
  return attempt(() => tierUpgradePath(request, options));
}

/**
 * The initial tier at opening: the highest tier whose opening requirements (documents, verification
 * methods and their number, face to face) the identity shown meets. Usage criteria play no part
 * at opening; they drive the periodic re-evaluation ({@link reevaluateTier}).
 *
 * @param identity - documents provided, verifications done, channel of the identity check
 * @param options - `preset` (a tiered preset, default `cn-pboc-2018` works too) and `lang`
 * @returns the tier (or `null` when not even the lowest is met), its criteria, and what the next
 *   tier requires
 * @throws AccountPolicyError `invalid_input` for malformed input
 *   (a missing or non-object request included); bad options: `invalid_input` (not an object, an
 *   unknown `lang`) or `invalid_preset` (not a valid preset object). Messages name the path of
 *   what is wrong and show at most 40 characters of a value.
 * @example
 * ```ts
 * evaluateInitialTier(
 *   { provided: ['name', 'contact', 'id_number'], verifications: ['id_network_check'] },
 *   { preset: getPreset('tiered-generic') },
 * ).tier; // 'basic'
 * ```
 */
export function evaluateInitialTier(
  identity: TierIdentity,
  options?: KycOptions,
): InitialTierAssessment {
  return citeSources(resolveOptions(options).preset, evaluateInitialTierBody(identity, options));
}

function evaluateInitialTierBody(
  identity: TierIdentity,
  options?: KycOptions,
): InitialTierAssessment {
  const { preset, lang } = resolveOptions(options);
  const id = readIdentity(identity, ['identity']);
  const tiers = ranked(preset);
  const identityOnly = (tier: AccountClassRules) =>
    tierCriteria(preset, tier, id, undefined, lang).filter(
      (c) =>
        !['cumulative_volume', 'transaction_count', 'history', 'credit_rating', 'alerts'].includes(
          c.kind,
        ),
    );
  let assigned: AccountClassRules | undefined;
  for (const tier of tiers) if (identityOnly(tier).every((c) => c.met)) assigned = tier;
  if (!assigned) {
    const lowest = tiers[0]!;
    const criteria = identityOnly(lowest);
    return {
      tier: null,
      message: formatMessage('tier_none', { tier: lowest.title[lang] }, lang),
      criteria,
      next: requirementsOf(lowest, criteria, lang),
    };
  }
  const next = tiers.find((c) => c.rank > assigned.rank);
  return {
    tier: assigned.id,
    message: formatMessage('tier_initial', { tier: assigned.title[lang] }, lang),
    criteria: identityOnly(assigned),
    next: next
      ? {
          ...requirementsOf(next, identityOnly(next), lang),
          from: assigned.id,
          limitChanges: tierLimitChanges(assigned, next),
        }
      : null,
  };
}

/**
 * Non-throwing twin of {@link evaluateInitialTier}.
 *
 * @param identity - as for {@link evaluateInitialTier}
 * @param options - `preset` and `lang`
 * @returns `{ ok: true, value }` or `{ ok: false, error }`
 * @example
 * ```ts
 * safeEvaluateInitialTier({ provided: ['passport_scan'], verifications: [] } as never).ok; // false
 * ```
 */
export function safeEvaluateInitialTier(
  identity: TierIdentity,
  options?: KycOptions,
): Result<InitialTierAssessment> {
  return attempt(() => evaluateInitialTier(identity, options));
}

/**
 * The periodic re-evaluation of a customer's tier (tiered presets). A tier is kept while its credit
 * and alert criteria hold; when they fail, a downgrade is proposed to the highest lower tier whose
 * criteria still hold (an `unrated` credit rating never causes a downgrade). Otherwise an upgrade is
 * proposed to the highest tier above whose every criterion (identity and usage: cumulative volume,
 * transactions, history, credit, alerts) is met. A change is only proposed: it takes effect once
 * approved, and the customer is then notified.
 *
 * @param request - `currentTier`, `identity`, `usage` (its `asOf` is the evaluation time)
 * @param options - `preset` (tiered) and `lang`
 * @returns the proposal with its reasons, what the next tier needs, and when the next re-evaluation is due
 * @throws AccountPolicyError `invalid_input` (no tiering in the preset, unknown tier…),
 *   `invalid_amount`, `invalid_instant`
 *   (a missing or non-object request included); bad options: `invalid_input` (not an object, an
 *   unknown `lang`) or `invalid_preset` (not a valid preset object). Messages name the path of
 *   what is wrong and show at most 40 characters of a value.
 * @example
 * ```ts
 * reevaluateTier(
 *   {
 *     currentTier: 'basic',
 *     identity: {
 *       provided: ['name', 'contact', 'id_number', 'address_proof', 'income_proof'],
 *       verifications: ['id_network_check', 'face_recognition', 'sms_code'],
 *     },
 *     usage: { cumulativeVolume: '12000.00', transactionCount: 5, creditRating: 'good', alerts: 0,
 *              openedAt: '2026-01-05T10:00:00+08:00', asOf: '2026-11-01T00:00:00+08:00' },
 *   },
 *   { preset: getPreset('tiered-generic') },
 * ).change; // 'upgrade'
 * ```
 */
export function reevaluateTier(
  request: {
    readonly currentTier: string;
    readonly identity: TierIdentity;
    readonly usage: TierUsage;
  },
  options?: KycOptions,
): TierReevaluation {
  return citeSources(resolveOptions(options).preset, reevaluateTierBody(request, options));
}

function reevaluateTierBody(
  request: {
    readonly currentTier: string;
    readonly identity: TierIdentity;
    readonly usage: TierUsage;
  },
  options?: KycOptions,
): TierReevaluation {
  const { preset, lang } = resolveOptions(options);
  const tiering = tieringOf(preset);
  const r = readObject(request, []);
  const current = tierOf(preset, r.currentTier, ['currentTier']);
  const identity = readIdentity(r.identity, ['identity']);
  const usage = readUsage(r.usage, preset, ['usage']);
  const tiers = ranked(preset);
  const nextReevaluationAt = formatInstant(
    addDuration(usage.asOf, tiering.reevaluationInterval, preset.timeZone),
    preset.timeZone,
  );
  const retention = (tier: AccountClassRules) => {
    const q = qualificationOf(preset, tier.id);
    return q ? usageCriteria(preset, q, usage, lang, 'retention') : [];
  };

  const failing = retention(current).filter((c) => !c.met);
  if (failing.length > 0) {
    const lower = tiers.filter((t) => t.rank < current.rank);
    const target = [...lower].reverse().find((t) => retention(t).every((c) => c.met)) ?? lower[0];
    if (target) {
      return {
        currentTier: current.id,
        proposedTier: target.id,
        change: 'downgrade',
        requiresApproval: true,
        message: formatMessage(
          'tier_downgrade_proposed',
          { from: current.title[lang], to: target.title[lang] },
          lang,
        ),
        reasons: failing,
        next: upgradePath(preset, target, identity, usage, lang),
        nextReevaluationAt,
      };
    }
  }

  const higher = tiers.filter((t) => t.rank > current.rank).reverse();
  for (const tier of higher) {
    const criteria = tierCriteria(preset, tier, identity, usage, lang);
    if (criteria.every((c) => c.met)) {
      return {
        currentTier: current.id,
        proposedTier: tier.id,
        change: 'upgrade',
        requiresApproval: true,
        message: formatMessage(
          'tier_upgrade_proposed',
          { from: current.title[lang], to: tier.title[lang] },
          lang,
        ),
        reasons: criteria,
        next: upgradePath(preset, tier, identity, usage, lang),
        nextReevaluationAt,
      };
    }
  }

  const next = upgradePath(preset, current, identity, usage, lang);
  return {
    currentTier: current.id,
    proposedTier: current.id,
    change: 'none',
    requiresApproval: false,
    message: formatMessage('tier_unchanged', { tier: current.title[lang] }, lang),
    reasons: next ? next.outstanding : [],
    next,
    nextReevaluationAt,
  };
}

/**
 * Non-throwing twin of {@link reevaluateTier}.
 *
 * @param request - as for {@link reevaluateTier}
 * @param options - `preset` and `lang`
 * @returns `{ ok: true, value }` or `{ ok: false, error }`
 * @example
 * ```ts
 * safeReevaluateTier(request, { preset: getPreset('cn-pboc-2018') }).ok; // false: no tiering
 * ```
 */
export function safeReevaluateTier(
  request: {
    readonly currentTier: string;
    readonly identity: TierIdentity;
    readonly usage: TierUsage;
  },
  options?: KycOptions,
): Result<TierReevaluation> {
  return attempt(() => reevaluateTier(request, options));
}
