import {
  DOCUMENT_TYPES,
  RESIDENCIES,
  type DocumentType,
  type Residency,
} from '../../../presets/types/kyc';
import { DOCUMENT_TYPE_LABELS, labelList } from '../../labels';
import type { PreparedOpening } from '../prepare';
import { failed, fix, msg, passed, type EligibilityRuleResult } from './ruleKit';

const RULE = 'kyc.documents.accepted';

/**
 * The identity document is of a type accepted for the applicant's residency (stated, or read
 * from the document type; when no residency accepts it, any accepted type is named).
 *
 * @param p - the prepared request
 * @returns passed, or failed with `document_not_accepted`
 * @example
 * ```ts
 * documentAccepted(prepared).outcomes[0]!.outcome; // 'passed'
 * ```
 */
export function documentAccepted(p: PreparedOpening): EligibilityRuleResult {
  const entry = p.preset.kyc.documents;
  const docType = p.applicant.document.type;
  const accepted: readonly DocumentType[] =
    p.residency === null ? acceptedAnywhere(entry.accepted) : entry.accepted[p.residency];
  const shown = labelList(DOCUMENT_TYPE_LABELS, accepted, p.lang);
  const values = { documentType: DOCUMENT_TYPE_LABELS[docType][p.lang], accepted: shown };
  if (accepted.includes(docType))
    return passed(RULE, entry.source, 'trace_kyc_document_accepted', values);
  return failed([
    {
      values,
      reason: {
        code: 'document_not_accepted',
        message: msg(p, 'document_not_accepted', values),
        documentType: docType,
        residency: p.residency,
        accepted,
        source: entry.source,
        rule: RULE,
        fix: fix(p, 'present_accepted_document', { accepted: shown }, { accepted }),
      },
    },
  ]);
}

/** Every document type accepted for some residency, in canonical order. */
function acceptedAnywhere(accepted: {
  readonly [R in Residency]: readonly DocumentType[];
}): DocumentType[] {
  return DOCUMENT_TYPES.filter((t) => RESIDENCIES.some((r) => accepted[r].includes(t)));
}
