import { VERIFICATIONS, type Verification } from '../../../presets/types/classes';
import { VERIFICATION_LABELS, labelList } from '../../labels';
import type { PreparedOpening } from '../prepare';
import { failed, fix, msg, passed, type EligibilityRuleResult } from './ruleKit';

/**
 * The verification methods: at least the class's minimum number, including each method it
 * requires. A face-to-face opening counts as `face_to_face`; when the channel is what is wrong
 * (see `faceToFaceChannel`), the face-to-face check it would bring is counted as reachable.
 *
 * @param p - the prepared request
 * @returns passed, or failed with `insufficient_verification` naming what to add
 * @example
 * ```ts
 * verificationCount(prepared).outcomes[0]!.values; // { minimum: 2, done: 2, … }
 * ```
 */
export function verificationCount(p: PreparedOpening): EligibilityRuleResult {
  const { cls, lang, verificationsDone: done } = p;
  const opening = cls.opening;
  const rule = `classes.${cls.id}.opening.requiredVerifications`;
  const missing = opening.requiredVerifications.filter(
    (v) => v !== 'face_to_face' && !done.includes(v),
  );
  const reachable = p.needsFaceToFace && !p.faceToFaceChannel ? done.length + 1 : done.length;
  const additionalNeeded = Math.max(missing.length, opening.minVerifications - reachable);
  const doneText = labelList(VERIFICATION_LABELS, done, lang);
  const values = { class: cls.title[lang], required: requiredText(p), done: doneText };
  if (additionalNeeded <= 0)
    return passed(rule, opening.source, 'trace_kyc_verifications_ok', {
      ...values,
      minimum: opening.minVerifications,
      count: done.length,
    });
  const candidates = VERIFICATIONS.filter(
    (v) => !done.includes(v) && !missing.includes(v) && v !== 'face_to_face',
  );
  const more = additionalNeeded - missing.length;
  return failed([
    {
      values,
      reason: {
        code: 'insufficient_verification',
        message: msg(p, 'insufficient_verification', values),
        class: cls.id,
        minimum: opening.minVerifications,
        done,
        missing,
        additionalNeeded,
        source: opening.source,
        rule,
        fix: fix(
          p,
          'add_verifications',
          { verifications: toAdd(p, missing, more, candidates) },
          { verifications: missing, ...(more > 0 ? { additionalCount: more, candidates } : {}) },
        ),
      },
    },
  ]);
}

/** "2 or more verification methods, including …" in the request's language. */
function requiredText(p: PreparedOpening): string {
  const opening = p.cls.opening;
  const including = opening.requiredVerifications.filter((v) => v !== 'face_to_face');
  return including.length > 0
    ? msg(p, 'verification_minimum_including', {
        minimum: opening.minVerifications,
        including: labelList(VERIFICATION_LABELS, including, p.lang),
      })
    : msg(p, 'verification_minimum', { minimum: opening.minVerifications });
}

/** What to add: the missing methods, and how many more of which candidates. */
function toAdd(
  p: PreparedOpening,
  missing: readonly Verification[],
  more: number,
  candidates: readonly Verification[],
): string {
  const parts: string[] = [];
  if (missing.length > 0) parts.push(labelList(VERIFICATION_LABELS, missing, p.lang));
  if (more > 0)
    parts.push(
      msg(p, 'add_more_verifications', {
        count: more,
        candidates: labelList(VERIFICATION_LABELS, candidates, p.lang),
      }),
    );
  return parts.join(msg(p, 'verification_parts_separator'));
}
