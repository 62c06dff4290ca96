import type { Lang } from '../../../messages/lang';
import type { FreezeRule, LiftingParty } from '../../../presets/types';
import { list, PARTY_WORDS } from '../../internal/words';
import type { Freeze } from '../../types';
import { passUnless, refusal, type GuardResult } from '../unit';

/**
 * Guard: the party lifting or renewing a freeze is one its kind's rule allows
 * (`lifting_party_not_allowed`). An unstated party is the rule's first.
 *
 * @example
 * ```ts
 * const rule = getPreset().lifecycle.freezes.stop_payment;
 * liftingParty(freeze, rule, 'risk_team', 'en').outcome; // 'failed': only the authority
 * ```
 */
export function liftingParty(
  f: Freeze,
  rule: FreezeRule,
  party: LiftingParty | undefined,
  lang: Lang,
): GuardResult {
  const acting = party ?? rule.liftedBy[0]!;
  const words = {
    freezeKind: rule.title[lang],
    allowed: list(
      rule.liftedBy.map((p) => PARTY_WORDS[p][lang]),
      lang,
    ),
    party: PARTY_WORDS[acting][lang],
  };
  const found = rule.liftedBy.includes(acting)
    ? null
    : refusal(
        'lifting_party_not_allowed',
        words,
        {
          freezeId: f.id,
          freezeKind: f.kind,
          party: acting,
          allowedParties: rule.liftedBy,
          source: rule.source,
        },
        lang,
      );
  return passUnless(
    found,
    `lifecycle.freezes.${f.kind}.liftedBy`,
    rule.source,
    'trace_lifting_party_allowed',
    words,
  );
}
