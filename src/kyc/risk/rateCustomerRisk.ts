import { citeSources } from '../../presets/citeSources';
import { attempt, type Result } from '../../errors';
import { formatMessage } from '../../messages/formatMessage';
import type { PolicyReason } from '../../messages/decision';
import type { RiskFactor, RiskLevel } from '../../presets/types/kyc';
import { addDuration, formatEvery, formatInstant, type PolicyDuration } from '../../time';
import { resolveOptions, type KycOptions } from '../internal/inputs';
import { prepareRiskProfile, type PreparedRiskProfile } from './prepare';
import { minimumLevel } from './rules/minimumLevel';
import { RISK_FACTOR_RULES } from './rules/riskFactorRules';
import { scoreLevel } from './rules/scoreLevel';

/** What the customer risk rating looks at. Values are those the preset's factor table knows. */
export interface CustomerRiskProfile {
  readonly politicallyExposed: boolean;
  /** e.g. `standard`, `self_employed`, `cash_intensive`, `high_risk`, `unknown`. */
  readonly occupation: string;
  /** e.g. `domestic`, `cross_border`, `high_risk_jurisdiction`. */
  readonly geography: string;
  /** How the relationship was established: `face_to_face` or `non_face_to_face`. */
  readonly channel: string;
  /** Products used, e.g. `deposits`, `wealth_management`, `cross_border_remittance`. */
  readonly products: readonly string[];
  /** When the rating is made; with it, the next review date is given. */
  readonly assessedAt?: string | Date;
}

/** One factor value and what it contributed. */
export interface RiskFactorResult extends PolicyReason<
  'risk_factor_scored' | 'risk_factor_minimum_level'
> {
  readonly factor: RiskFactor;
  readonly value: string;
  readonly title: string;
  /** Points it adds (0 for a product other than the riskiest one). */
  readonly score: number;
  /** Whether its points are in the total (for products, only the riskiest one is). */
  readonly counted: boolean;
  readonly minimumLevel?: RiskLevel;
  readonly source: string;
  /** The key of the source in `preset.sources` (`source` is its citable reference). */
  readonly sourceKey?: string;
}

/** A customer's risk rating and what it requires. */
export interface CustomerRiskRating {
  readonly level: RiskLevel;
  /** The level's title in the requested language. */
  readonly title: string;
  readonly score: number;
  /** The level the score alone gives, before any factor's minimum level. */
  readonly scoreLevel: RiskLevel;
  readonly message: string;
  readonly factors: readonly RiskFactorResult[];
  readonly enhancedDueDiligence: boolean;
  readonly reviewInterval: PolicyDuration;
  /** `assessedAt` plus the review interval (ISO instant in the preset's zone), when `assessedAt` is given. */
  readonly nextReviewAt: string | null;
  /** What the level requires, as a sentence. */
  readonly requirements: string;
  readonly source: string;
  /** The key of the source in `preset.sources` (`source` is its citable reference). */
  readonly sourceKey?: string;
}

/**
 * Rates a customer's money-laundering risk low, medium or high from the preset's factor table:
 * occupation, geography and channel points plus the riskiest product's points give a score, which
 * the preset's thresholds turn into a level; a factor value with a minimum level (a politically
 * exposed person, a high-risk occupation or jurisdiction) raises the rating to at least that level.
 * The level then says whether enhanced due diligence is needed and how often to review.
 *
 * @param profile - the customer's factors (and optionally `assessedAt`)
 * @param options - `preset` (default `cn-pboc-2018`) and `lang`
 * @returns the level, the score, every factor's contribution, and what the level requires
 * @throws AccountPolicyError `invalid_input` for a factor value the preset does not know (listing
 *   the known ones), `invalid_instant` for a malformed `assessedAt`
 *   (a missing or non-object request included); bad options: `invalid_input` (not an object, an
 *   unknown `lang`) or `invalid_preset` (not a valid preset object). Messages name the path of
 *   what is wrong and show at most 40 characters of a value.
 * @example
 * ```ts
 * rateCustomerRisk({
 *   politicallyExposed: true, occupation: 'standard', geography: 'domestic',
 *   channel: 'face_to_face', products: ['deposits'],
 * }).level; // 'high'
 * ```
 */
export function rateCustomerRisk(
  profile: CustomerRiskProfile,
  options?: KycOptions,
): CustomerRiskRating {
  return citeSources(resolveOptions(options).preset, rateCustomerRiskBody(profile, options));
}

function rateCustomerRiskBody(
  profile: CustomerRiskProfile,
  options?: KycOptions,
): CustomerRiskRating {
  const { preset, lang } = resolveOptions(options);
  const prepared = prepareRiskProfile(profile, preset, lang);
  // The rules' outcomes are what a trace of the rating would show; the rating has none yet.
  const factors = RISK_FACTOR_RULES.flatMap((rule) => rule(prepared).factors);
  const score = factors.reduce((sum, f) => sum + f.score, 0);
  const fromScore = scoreLevel(prepared, score);
  const raised = minimumLevel(prepared, factors, fromScore.level);
  return ratingOf(prepared, { level: raised.level, score, scoreLevel: fromScore.level, factors });
}

/** The rating of a level: its title, what it requires and when the next review is due. */
function ratingOf(
  p: PreparedRiskProfile,
  rated: Pick<CustomerRiskRating, 'level' | 'score' | 'scoreLevel' | 'factors'>,
): CustomerRiskRating {
  const { preset, lang, rules, assessedAt } = p;
  const levelRule = rules.levels[rated.level];
  return {
    level: rated.level,
    title: levelRule.title[lang],
    score: rated.score,
    scoreLevel: rated.scoreLevel,
    message: formatMessage(
      'risk_rated',
      { level: levelRule.title[lang], score: rated.score },
      lang,
    ),
    factors: rated.factors,
    enhancedDueDiligence: levelRule.enhancedDueDiligence,
    reviewInterval: levelRule.reviewInterval,
    nextReviewAt: assessedAt
      ? formatInstant(
          addDuration(assessedAt, levelRule.reviewInterval, preset.timeZone),
          preset.timeZone,
        )
      : null,
    requirements: formatMessage(
      'risk_requirements',
      {
        edd: formatMessage(
          levelRule.enhancedDueDiligence ? 'risk_edd_required' : 'risk_edd_not_required',
          {},
          lang,
        ),
        every: formatEvery(levelRule.reviewInterval, lang),
      },
      lang,
    ),
    source: rules.source,
  };
}

/**
 * Non-throwing twin of {@link rateCustomerRisk}.
 *
 * @param profile - as for {@link rateCustomerRisk}
 * @param options - `preset` and `lang`
 * @returns `{ ok: true, value }` or `{ ok: false, error }`
 * @example
 * ```ts
 * safeRateCustomerRisk({ ...profile, occupation: 'astronaut' }).ok; // false
 * ```
 */
export function safeRateCustomerRisk(
  profile: CustomerRiskProfile,
  options?: KycOptions,
): Result<CustomerRiskRating> {
  return attempt(() => rateCustomerRisk(profile, options));
}
