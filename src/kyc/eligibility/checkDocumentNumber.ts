import { AccountPolicyError, attempt, type Result } from '../../errors';
import { formatMessage } from '../../messages/formatMessage';
import { isLang } from '../../messages/lang';
import type { Lang } from '../../messages/lang';
import type { DocumentType, DocumentRules } from '../../presets/types/kyc';
import type { LocalDate } from '../../time';
import { DOCUMENT_TYPE_LABELS } from '../labels';
import { parseResidentIdNumber, type ResidentIdProblem } from '../residentId/parseResidentIdNumber';
import type { DocumentNumberShapeProblem } from './types';
import { deepFreeze } from '../../presets/internal/deepFreeze';

/**
 * The shape accepted for document numbers not checked against GB 11643-1999 (passports, permits):
 * capital letters and digits, between these lengths. This is a plausibility check of the
 * format, not a rule: a real passport or permit number is checked by the issuing authority's
 * network check.
 */
export const DOCUMENT_NUMBER_SHAPE = /* @__PURE__ */ deepFreeze({
  minLength: 5,
  maxLength: 20,
  pattern: /^[A-Z0-9]+$/,
});

/**
 * Every problem of a document number: in full for GB 11643-1999 numbers (the resident identity
 * card, per `rules.gb11643Numbers`), for shape only for the others.
 *
 * @param type - the document type
 * @param number - the number as entered
 * @param rules - the preset's document rules
 * @param context - `today` and the declared birth date (for GB 11643 numbers), and the language
 * @returns the problems; empty when the number is acceptable
 * @throws AccountPolicyError `invalid_input` naming the argument: an unknown `type`, `rules`
 *   without `gb11643Numbers`, or a `context` without a supported `lang`
 * @example
 * ```ts
 * checkDocumentNumber('passport', 'E1234567', getPreset().kyc.documents, { lang: 'en' }); // []
 * ```
 */
export function checkDocumentNumber(
  type: DocumentType,
  number: unknown,
  rules: DocumentRules,
  context: {
    readonly today?: LocalDate;
    readonly declaredBirthDate?: LocalDate;
    readonly lang: Lang;
  },
): readonly (ResidentIdProblem | DocumentNumberShapeProblem)[] {
  checkArguments(type, rules, context);
  if (rules.gb11643Numbers.includes(type)) {
    const parsed = parseResidentIdNumber(number, context);
    return parsed.ok ? [] : parsed.problems;
  }
  const { minLength, maxLength, pattern } = DOCUMENT_NUMBER_SHAPE;
  if (
    typeof number === 'string' &&
    number.length >= minLength &&
    number.length <= maxLength &&
    pattern.test(number)
  )
    return [];
  return [
    {
      code: 'document_number_shape',
      message: formatMessage(
        'document_number_shape',
        { documentType: DOCUMENT_TYPE_LABELS[type][context.lang], minLength, maxLength },
        context.lang,
      ),
      minLength,
      maxLength,
    },
  ];
}

function checkArguments(type: unknown, rules: unknown, context: unknown): void {
  const invalid = (path: string, message: string) => {
    throw new AccountPolicyError('invalid_input', `Invalid ${path}: ${message}`, [
      { path: [path], message },
    ]);
  };
  if (typeof type !== 'string' || !Object.hasOwn(DOCUMENT_TYPE_LABELS, type))
    invalid('type', `must be one of ${Object.keys(DOCUMENT_TYPE_LABELS).join(', ')}`);
  if (
    typeof rules !== 'object' ||
    rules === null ||
    !Array.isArray((rules as Partial<DocumentRules>).gb11643Numbers)
  )
    invalid('rules', "must be a preset's document rules, e.g. getPreset().kyc.documents");
  if (
    typeof context !== 'object' ||
    context === null ||
    !isLang((context as { lang?: unknown }).lang)
  )
    invalid('context', "must be an object with lang 'en' or 'zh-CN'");
}

/**
 * Non-throwing twin of {@link checkDocumentNumber}.
 *
 * @param type - the document type
 * @param number - the number as entered
 * @param rules - the preset's document rules
 * @param context - `today`, the declared birth date and the language
 * @returns `{ ok: true, value }` with the problems, or `{ ok: false, error }` for misuse
 * @example
 * ```ts
 * safeCheckDocumentNumber('passport', 'E1234567', undefined as never, { lang: 'en' }).ok; // false
 * ```
 */
export function safeCheckDocumentNumber(
  type: DocumentType,
  number: unknown,
  rules: DocumentRules,
  context: {
    readonly today?: LocalDate;
    readonly declaredBirthDate?: LocalDate;
    readonly lang: Lang;
  },
): Result<readonly (ResidentIdProblem | DocumentNumberShapeProblem)[]> {
  return attempt(() => checkDocumentNumber(type, number, rules, context));
}
