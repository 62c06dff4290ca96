import type { OpeningRequirement, Verification } from '../../presets/types/classes';
import { deepFreeze } from '../../presets/internal/deepFreeze';

/**
 * Opening requirements that a completed verification method satisfies by itself: the
 * requirement names the same check as the method.
 */
export const REQUIREMENT_SATISFIED_BY: { readonly [R in OpeningRequirement]?: Verification } =
  /* @__PURE__ */ deepFreeze({
    online_id_check: 'id_network_check',
    face_recognition: 'face_recognition',
    second_phone_check: 'sms_code',
  });

/**
 * The requirements shown: those provided, plus those a completed verification method satisfies.
 *
 * @internal
 */
export function requirementsShown(
  provided: readonly OpeningRequirement[],
  done: readonly Verification[],
): Set<OpeningRequirement> {
  const shown = new Set<OpeningRequirement>(provided);
  for (const [requirement, method] of Object.entries(REQUIREMENT_SATISFIED_BY))
    if (method !== undefined && done.includes(method)) shown.add(requirement as OpeningRequirement);
  return shown;
}
