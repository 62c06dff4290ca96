import { compareLocalDates, formatLocalDate } from '../../../time';
import type { PreparedOpening } from '../prepare';
import { failed, fix, msg, notApplicable, passed, type EligibilityRuleResult } from './ruleKit';

const RULE = 'kyc.documents';

/**
 * The document has not expired: it is valid while `expiresOn ≥ today`, so a document expiring
 * today is still valid today. A document with no expiry (long-term card) is not concerned.
 *
 * @param p - the prepared request
 * @returns passed, not applicable (no expiry), or failed with `document_expired`
 * @example
 * ```ts
 * documentExpiry(prepared).outcomes[0]!.code; // 'trace_kyc_document_valid'
 * ```
 */
export function documentExpiry(p: PreparedOpening): EligibilityRuleResult {
  const source = p.preset.kyc.documents.source;
  const expires = p.applicant.document.expiresOn;
  const today = formatLocalDate(p.today);
  if (expires === null)
    return notApplicable(RULE, source, 'trace_kyc_document_no_expiry', { today });
  const expiresOn = formatLocalDate(expires);
  if (compareLocalDates(expires, p.today) >= 0)
    return passed(RULE, source, 'trace_kyc_document_valid', { expiresOn, today });
  return failed([
    {
      values: { expiresOn, today },
      reason: {
        code: 'document_expired',
        message: msg(p, 'document_expired', { expiresOn }),
        expiresOn,
        today,
        source,
        rule: RULE,
        fix: fix(p, 'renew_document', {}),
      },
    },
  ]);
}
