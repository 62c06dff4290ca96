import type { Lang } from '../../messages/lang';
import type { RiskFactor, RiskFactorRule, RiskRatingRules } from '../../presets/types/kyc';
import type { Preset } from '../../presets/types/preset';
import {
  describeValue,
  invalid,
  readFlag,
  readInstant,
  readList,
  readObject,
} from '../internal/inputs';
import type { CustomerRiskProfile } from './rateCustomerRisk';

/** The factors of the profile that score once each, in the order they are listed. */
export type ProfileFactor = Exclude<RiskFactor, 'product'>;

/**
 * A risk profile read once: each factor value looked up in the preset's factor table. What
 * every risk-rating rule reads besides its preset entry.
 */
export interface PreparedRiskProfile {
  readonly preset: Preset;
  readonly lang: Lang;
  /** The preset's risk rating rules (`kyc.riskRating`). */
  readonly rules: RiskRatingRules;
  /** The factor table's entry for each profile factor. */
  readonly factors: { readonly [F in ProfileFactor]: RiskFactorRule };
  /** The entries of the products used, distinct, in the order first listed. */
  readonly products: readonly RiskFactorRule[];
  readonly assessedAt: Date | undefined;
}

/**
 * Reads and checks a risk profile once, looking each value up in the preset's factor table.
 *
 * @param profile - the customer's factors (unchecked)
 * @param preset - the resolved preset
 * @param lang - the language of the messages
 * @returns the prepared input of the risk-rating rules
 * @throws AccountPolicyError `invalid_input` for a value the preset does not know (listing the
 *   known ones), `invalid_instant` for a malformed `assessedAt`
 * @example
 * ```ts
 * prepareRiskProfile(profile, getPreset(), 'en').factors.occupation.score; // 0 for 'standard'
 * ```
 */
export function prepareRiskProfile(
  profile: CustomerRiskProfile,
  preset: Preset,
  lang: Lang,
): PreparedRiskProfile {
  const rules = preset.kyc.riskRating;
  const input = readObject(profile, []);
  const politicallyExposed = readFlag(input.politicallyExposed, ['politicallyExposed']);
  if (politicallyExposed === undefined)
    throw invalid(['politicallyExposed'], 'must be true or false; got undefined');
  const productList = readList(input.products, ['products']);
  const lookup = (factor: RiskFactor, value: unknown, path: readonly (string | number)[]) =>
    lookupFactor(rules, factor, value, path);
  const factors = {
    politically_exposed: lookup('politically_exposed', politicallyExposed ? 'yes' : 'no', [
      'politicallyExposed',
    ]),
    occupation: lookup('occupation', input.occupation, ['occupation']),
    geography: lookup('geography', input.geography, ['geography']),
    channel: lookup('channel', input.channel, ['channel']),
  };
  const products = [
    ...new Set(productList.map((product, i) => lookup('product', product, ['products', i]))),
  ];
  const assessedAt =
    input.assessedAt === undefined ? undefined : readInstant(input.assessedAt, ['assessedAt']);
  return { preset, lang, rules, factors, products, assessedAt };
}

/** The factor table's entry for a value, or `invalid_input` at `path` listing the known ones. */
function lookupFactor(
  rules: RiskRatingRules,
  factor: RiskFactor,
  value: unknown,
  path: readonly (string | number)[],
): RiskFactorRule {
  const known = rules.factors.filter((f) => f.factor === factor);
  const rule = typeof value === 'string' ? known.find((f) => f.value === value) : undefined;
  if (!rule)
    throw invalid(
      path,
      `unknown ${factor} value ${describeValue(value)}; known: ${known.map((f) => f.value).join(', ')}`,
    );
  return rule;
}
