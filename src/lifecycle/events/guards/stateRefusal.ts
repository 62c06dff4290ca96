import type { Lang } from '../../../messages/lang';
import type { Preset } from '../../../presets/types';
import { RESTRICTION_WORDS, WORDS } from '../../internal/words';
import type { TransitionReason } from '../../transitionTypes';
import type { StateReason } from '../../types';
import type { Refusal, TraceValues } from '../unit';

/** The message parameters a state reason of `accountPermissions` was rendered from. */
function stateParams(r: StateReason, preset: Preset, lang: Lang): TraceValues {
  switch (r.code) {
    case 'account_frozen': {
      const rule = r.freezeKind === undefined ? undefined : preset.lifecycle.freezes[r.freezeKind];
      return { freezeId: r.freezeId!, freezeKind: rule ? rule.title[lang] : r.freezeKind! };
    }
    case 'account_dormant':
      return { since: r.since ?? WORDS.unrecordedDate[lang] };
    case 'loss_reported':
      return { since: r.since! };
    case 'person_restricted':
      return {
        restrictionKind: RESTRICTION_WORDS[r.restrictionKind!][lang],
        until: r.until ?? WORDS.untilLifted[lang],
      };
    default:
      return {};
  }
}

/**
 * A reason of `accountPermissions` as a refusal of a transition, with the parameters of its
 * message as trace values.
 *
 * @example
 * ```ts
 * stateRefusal(permissions.debit.reasons[0], getPreset(), 'en').reason.code; // e.g. 'account_frozen'
 * ```
 */
export function stateRefusal(r: StateReason, preset: Preset, lang: Lang): Refusal {
  return { reason: r as TransitionReason, values: stateParams(r, preset, lang) };
}
