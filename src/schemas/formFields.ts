import * as z from 'zod/mini';
import type { FormMessageCode } from '../messages/catalog/forms';
import type { Lang } from '../messages/lang';
import type { MessageParams } from '../messages/renderMessage';
import { dateOf, formText } from './formText';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const EMPTY_OR_DATE = /^$|^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A cross-field problem of a form: the field to correct, a stable code and the message. */
export interface FormIssue {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/**
 * Field schemas whose every message is in one language, for the form schemas: each form builds
 * its own per call, so two forms in two languages never share (or change) configuration.
 *
 * @param lang - the language
 * @returns `t` (a form message), `required` (the error of a missing or wrong-typed field), `text`
 *   and `date` schemas
 */
export function formFields(lang: Lang) {
  const t = (code: FormMessageCode, params: MessageParams = {}) => formText(code, params, lang);
  const required = {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined ? t('form_required') : t('form_invalid_choice'),
  };
  const text = (max: number) =>
    z
      .string(required)
      .check(z.minLength(1, t('form_required')), z.maxLength(max, t('form_too_long', { max })));
  const date = (options: { emptyAllowed?: boolean } = {}) =>
    z.string(required).check(
      // The shape (JSON Schema's pattern), then whether the day exists.
      z.regex(options.emptyAllowed === true ? EMPTY_OR_DATE : DATE, {
        message: t('form_invalid_date'),
        abort: true,
      }),
      z.refine(
        (s) => (options.emptyAllowed === true && s === '') || dateOf(s) !== undefined,
        t('form_invalid_date'),
      ),
    );
  return { t, required, text, date };
}

/** Adds a form's cross-field issues to zod's context, each with its code in `params.code`. */
export function pushIssues(
  ctx: { issues: unknown[] },
  form: Record<string, unknown>,
  issues: readonly FormIssue[],
): void {
  for (const i of issues)
    ctx.issues.push({
      code: 'custom',
      input: form[i.path],
      path: [i.path],
      message: i.message,
      params: { code: i.code },
    });
}
