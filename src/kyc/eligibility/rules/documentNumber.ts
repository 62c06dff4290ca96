import { KYC_SEPARATORS } from '../../../messages/catalog/kyc';
import { formatLocalDate } from '../../../time';
import { checkDocumentNumber } from '../checkDocumentNumber';
import type { PreparedOpening } from '../prepare';
import type { OpeningCondition } from '../types';
import { failed, fix, msg, passed, type EligibilityRuleResult } from './ruleKit';

/**
 * The document number is valid for its type (GB 11643-1999 in full for the resident identity
 * card, agreeing with the declared birth date). A birth-date mismatch alone refuses only where
 * the preset says so; otherwise it becomes a condition: staff verify it at opening.
 *
 * @param p - the prepared request
 * @returns passed (perhaps with `verify_birth_date`), or failed with `invalid_document_number`
 * @example
 * ```ts
 * documentNumber(prepared).reasons; // [] for a valid number
 * ```
 */
export function documentNumber(p: PreparedOpening): EligibilityRuleResult {
  const entry = p.preset.kyc.documents;
  const { type, number } = p.applicant.document;
  const gb = entry.gb11643Numbers.includes(type);
  const rule = gb ? 'kyc.documents.gb11643Numbers' : 'kyc.documents.accepted';
  const source = gb ? 'gb-11643-1999' : entry.source;
  const all = checkDocumentNumber(type, number, entry, {
    today: p.today,
    declaredBirthDate: p.applicant.birthDate,
    lang: p.lang,
  });
  const mismatch = all.find((x) => x.code === 'id_birth_date_mismatch');
  const verifyMismatch = mismatch !== undefined && entry.birthDateMismatch === 'verify_at_opening';
  const problems = verifyMismatch ? all.filter((x) => x !== mismatch) : all;
  const conditions: OpeningCondition[] = [];
  if (verifyMismatch && 'birthDate' in mismatch) {
    const documentBirthDate = String(mismatch.birthDate);
    const declaredBirthDate = formatLocalDate(p.applicant.birthDate);
    conditions.push({
      code: 'verify_birth_date',
      message: msg(p, 'verify_birth_date', { documentBirthDate, declaredBirthDate }),
      documentBirthDate,
      declaredBirthDate,
      source: entry.birthDateMismatchSource ?? 'bank-practice',
      rule: 'kyc.documents.birthDateMismatch',
    });
  }
  if (problems.length === 0)
    return passed(rule, source, 'trace_kyc_document_number_ok', { problems: 0 }, conditions);
  const values = {
    reason: problems.map((x) => x.message).join(KYC_SEPARATORS.sentences[p.lang]),
  };
  return failed(
    [
      {
        values,
        reason: {
          code: 'invalid_document_number',
          message: msg(p, 'invalid_document_number', values),
          documentType: type,
          problems,
          source,
          rule,
          fix: fix(p, 'correct_document_number', {}),
        },
      },
    ],
    conditions,
  );
}
