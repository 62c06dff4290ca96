import { citeSources } from '../../presets/citeSources';
import { attempt, type Result } from '../../errors';
import { formatMessage } from '../../messages/formatMessage';
import { addDuration, formatInstant } from '../../time';
import {
  invalid,
  readInstant,
  readObject,
  resolveOptions,
  type KycOptions,
} from '../internal/inputs';
import { tierOf } from './tierRequirements';
import type { TierInactivityStatus } from './types';

/** What {@link checkTierInactivity} needs to know about an account. */
export interface TierInactivityRequest {
  /** The account's tier. */
  readonly tier: string;
  /** ISO 8601 instant the account was opened. */
  readonly openedAt: string | Date;
  /** ISO 8601 instant of the last transaction; `null` or absent: none yet. */
  readonly lastTransactionAt?: string | Date | null;
  /** The instant to check at. */
  readonly at: string | Date;
}

/**
 * The basic tier's inactivity freeze (tiered presets): an account of the lowest tier with no
 * transaction for the preset's period (3 months in `tiered-generic`, counted on the calendar of the
 * preset's zone from the last transaction, or from the opening when there was none) is frozen from
 * the end of that period until the customer re-verifies their identity. The freeze starts exactly
 * at `since + period`: at that instant the account is frozen, one millisecond earlier it is not.
 *
 * @param request - `tier`, `openedAt`, `lastTransactionAt`, `at`
 * @param options - `preset` (tiered) and `lang`
 * @returns whether the rule applies, whether the account is frozen and from when
 * @throws AccountPolicyError `invalid_input` (no tiering, unknown tier, last transaction before
 *   opening or after `at`), `invalid_instant`
 *   (a missing or non-object request included); bad options: `invalid_input` (not an object, an
 *   unknown `lang`) or `invalid_preset` (not a valid preset object). Messages name the path of
 *   what is wrong and show at most 40 characters of a value.
 * @example
 * ```ts
 * checkTierInactivity(
 *   { tier: 'basic', openedAt: '2026-01-10T09:00:00+08:00', lastTransactionAt: '2026-02-01T12:00:00+08:00',
 *     at: '2026-05-01T12:00:00+08:00' },
 *   { preset: getPreset('tiered-generic') },
 * ).frozen; // true: frozen from 2026-05-01T12:00:00+08:00
 * ```
 */
export function checkTierInactivity(
  request: TierInactivityRequest,
  options?: KycOptions,
): TierInactivityStatus {
  return citeSources(resolveOptions(options).preset, checkTierInactivityBody(request, options));
}

function checkTierInactivityBody(
  request: TierInactivityRequest,
  options?: KycOptions,
): TierInactivityStatus {
  const { preset, lang } = resolveOptions(options);
  if (preset.tiering === null)
    throw invalid(
      ['preset'],
      `preset ${preset.id} has no tiering rules; use a tiered preset such as tiered-generic`,
    );
  const tiering = preset.tiering;
  const r = readObject(request, []);
  const tier = tierOf(preset, r.tier, ['tier']);
  const openedAt = readInstant(r.openedAt, ['openedAt']);
  const at = readInstant(r.at, ['at']);
  const last =
    r.lastTransactionAt === undefined || r.lastTransactionAt === null
      ? undefined
      : readInstant(r.lastTransactionAt, ['lastTransactionAt']);
  if (at.getTime() < openedAt.getTime()) throw invalid(['at'], 'must not be before openedAt');
  if (last && last.getTime() < openedAt.getTime())
    throw invalid(['lastTransactionAt'], 'must not be before openedAt');
  if (last && last.getTime() > at.getTime())
    throw invalid(['lastTransactionAt'], 'must not be after at');
  const zone = preset.timeZone;
  const since = last ?? openedAt;
  const lowest = [...preset.classes].sort((a, b) => a.rank - b.rank)[0]!;
  const tierTitle = tier.title[lang];
  if (tier.id !== lowest.id) {
    return {
      applies: false,
      frozen: false,
      since: formatInstant(since, zone),
      frozenFrom: null,
      liftedBy: 'customer_reverification',
      message: formatMessage(
        'tier_inactivity_not_applicable',
        { tier: tierTitle, lowestTier: lowest.title[lang] },
        lang,
      ),
      source: tiering.source,
    };
  }
  const frozenFromInstant = addDuration(since, tiering.basicInactivityFreeze, zone);
  const frozen = at.getTime() >= frozenFromInstant.getTime();
  const frozenFrom = formatInstant(frozenFromInstant, zone);
  const sinceText = formatInstant(since, zone);
  return {
    applies: true,
    frozen,
    since: sinceText,
    frozenFrom,
    liftedBy: 'customer_reverification',
    message: formatMessage(
      frozen ? 'tier_inactivity_freeze' : 'tier_inactivity_ok',
      { since: sinceText, tier: tierTitle, frozenFrom },
      lang,
    ),
    source: tiering.source,
  };
}

/**
 * Non-throwing twin of {@link checkTierInactivity}.
 *
 * @param request - as for {@link checkTierInactivity}
 * @param options - `preset` and `lang`
 * @returns `{ ok: true, value }` or `{ ok: false, error }`
 * @example
 * ```ts
 * safeCheckTierInactivity({ tier: 'basic', openedAt: 'yesterday', at: 'now' }).ok; // false
 * ```
 */
export function safeCheckTierInactivity(
  request: TierInactivityRequest,
  options?: KycOptions,
): Result<TierInactivityStatus> {
  return attempt(() => checkTierInactivity(request, options));
}
