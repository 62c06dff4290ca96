import { REQUIREMENT_SATISFIED_BY, requirementsShown } from '../../internal/requirements';
import { OPENING_REQUIREMENT_LABELS, labelList } from '../../labels';
import type { PreparedOpening } from '../prepare';
import { failed, fix, msg, notApplicable, passed, type EligibilityRuleResult } from './ruleKit';

/**
 * Information and documents the class or tier asks for. Requirements naming a check the class
 * requires as a verification are left to that check. When the request says what was provided,
 * what is outstanding refuses; when it does not, what the class asks for becomes a condition.
 *
 * @param p - the prepared request
 * @returns not applicable (nothing asked), passed (perhaps with `collect_opening_documents`),
 *   or failed with `missing_opening_documents`
 * @example
 * ```ts
 * openingRequirements(prepared).outcomes[0]!.outcome; // 'not_applicable' for Class I
 * ```
 */
export function openingRequirements(p: PreparedOpening): EligibilityRuleResult {
  const { cls, lang } = p;
  const opening = cls.opening;
  const rule = `classes.${cls.id}.opening.requirements`;
  const classTitle = cls.title[lang];
  if (opening.requirements.length === 0)
    return notApplicable(rule, opening.source, 'trace_kyc_requirements_none', {
      class: classTitle,
    });
  const inferred = requirementsShown(
    [...(p.applicant.provided ?? []), 'id_number'],
    p.verificationsDone,
  );
  const outstanding = opening.requirements.filter((r) => {
    const method = REQUIREMENT_SATISFIED_BY[r];
    if (method !== undefined && opening.requiredVerifications.includes(method)) return false;
    return !inferred.has(r);
  });
  const list = labelList(OPENING_REQUIREMENT_LABELS, outstanding, lang);
  if (outstanding.length === 0)
    return passed(rule, opening.source, 'trace_kyc_requirements_ok', { class: classTitle });
  if (p.applicant.provided === undefined)
    return passed(
      rule,
      opening.source,
      'trace_kyc_requirements_to_collect',
      { requirements: list },
      [
        {
          code: 'collect_opening_documents',
          message: msg(p, 'collect_opening_documents', { requirements: list }),
          requirements: outstanding,
          source: opening.source,
          rule,
        },
      ],
    );
  const values = { class: classTitle, missing: list };
  return failed([
    {
      values,
      reason: {
        code: 'missing_opening_documents',
        message: msg(p, 'missing_opening_documents', values),
        class: cls.id,
        missing: outstanding,
        source: opening.source,
        rule,
        fix: fix(p, 'provide_documents', { missing: list }, { missing: outstanding }),
      },
    },
  ]);
}
