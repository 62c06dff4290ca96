import { citeSources } from '../../presets/citeSources';
import { attempt, type Result } from '../../errors';
import { formatMessage } from '../../messages/formatMessage';
import type { PolicyReason } from '../../messages/decision';
import {
  RISK_LEVELS,
  type RiskFactor,
  type RiskFactorRule,
  type RiskLevel,
} from '../../presets/types/kyc';
import { addDuration, formatEvery, formatInstant, type PolicyDuration } from '../../time';
import {
  describeValue,
  invalid,
  readFlag,
  readInstant,
  readList,
  readObject,
  resolveOptions,
  type KycOptions,
} from '../internal/inputs';
import { RISK_FACTOR_LABELS } from '../labels';

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

function higher(a: RiskLevel, b: RiskLevel): RiskLevel {
  return RISK_LEVELS.indexOf(a) >= RISK_LEVELS.indexOf(b) ? a : b;
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
  const rules = preset.kyc.riskRating;
  const input = readObject(profile, []);
  const politicallyExposed = readFlag(input.politicallyExposed, ['politicallyExposed']);
  if (politicallyExposed === undefined)
    throw invalid(['politicallyExposed'], 'must be true or false; got undefined');
  const productList = readList(input.products, ['products']);

  const lookup = (
    factor: RiskFactor,
    value: unknown,
    path: readonly (string | number)[],
  ): RiskFactorRule => {
    const known = rules.factors.filter((f) => f.factor === factor);
    const rule = typeof value === 'string' ? known.find((f) => f.value === value) : undefined;
    if (!rule)
      throw invalid(
        path,
        `unknown ${factor} value ${describeValue(value)}; known: ${known.map((f) => f.value).join(', ')}`,
      );
    return rule;
  };
  const chosen: { rule: RiskFactorRule; counted: boolean }[] = [
    {
      rule: lookup('politically_exposed', politicallyExposed ? 'yes' : 'no', [
        'politicallyExposed',
      ]),
      counted: true,
    },
    { rule: lookup('occupation', input.occupation, ['occupation']), counted: true },
    { rule: lookup('geography', input.geography, ['geography']), counted: true },
    { rule: lookup('channel', input.channel, ['channel']), counted: true },
  ];
  const products = [
    ...new Set(productList.map((product, i) => lookup('product', product, ['products', i]))),
  ];
  const riskiest = products.reduce<RiskFactorRule | undefined>(
    (best, p) => (best === undefined || p.score > best.score ? p : best),
    undefined,
  );
  for (const p of products) chosen.push({ rule: p, counted: p === riskiest });

  const score = chosen.reduce((sum, c) => sum + (c.counted ? c.rule.score : 0), 0);
  const scoreLevel: RiskLevel =
    score >= rules.thresholds.high ? 'high' : score >= rules.thresholds.medium ? 'medium' : 'low';
  const level = chosen.reduce<RiskLevel>(
    (acc, c) => (c.rule.minimumLevel ? higher(acc, c.rule.minimumLevel) : acc),
    scoreLevel,
  );
  const levelRule = rules.levels[level];
  const assessedAt =
    input.assessedAt === undefined ? undefined : readInstant(input.assessedAt, ['assessedAt']);
  const factors: RiskFactorResult[] = chosen.map(({ rule, counted }) => {
    const title = rule.title[lang];
    const factorName = RISK_FACTOR_LABELS[rule.factor][lang];
    const code = rule.minimumLevel ? 'risk_factor_minimum_level' : 'risk_factor_scored';
    return {
      code,
      message: formatMessage(
        code,
        {
          factor: factorName,
          value: title,
          score: counted ? rule.score : 0,
          level: rule.minimumLevel ? rules.levels[rule.minimumLevel].title[lang] : undefined,
        },
        lang,
      ),
      factor: rule.factor,
      value: rule.value,
      title,
      score: counted ? rule.score : 0,
      counted,
      ...(rule.minimumLevel ? { minimumLevel: rule.minimumLevel } : {}),
      source: rule.source,
    };
  });
  return {
    level,
    title: levelRule.title[lang],
    score,
    scoreLevel,
    message: formatMessage('risk_rated', { level: levelRule.title[lang], score }, lang),
    factors,
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
        edd: levelRule.enhancedDueDiligence
          ? lang === 'zh-CN'
            ? '需要'
            : 'required'
          : lang === 'zh-CN'
            ? '不需要'
            : 'not required',
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
