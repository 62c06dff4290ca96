import * as z from 'zod/mini';
import { CHANNELS, COUNTERPARTIES, TRANSACTION_KINDS } from '../presets/types/common';
import {
  INSTANT,
  INSTANT_MESSAGE,
  INSTANT_TOO_LONG,
  amountMessage,
  amountPattern,
  instantProblem,
} from './plainChecks';
import { isSupportedInstant, SUPPORTED_INSTANTS_RULE } from '../time/instantRange';
import type { Lang } from '../messages/lang';
import { amountProblem, fieldText as formText } from './formText';

/** Longest string any schema accepts where nothing else says, to refuse huge inputs quickly. */
export const MAX_TEXT = 200;

/**
 * A decimal-string amount: non-negative, at most `scale` decimals (default 2, the scale of CNY),
 * never a JSON number, never an exponent. Validated without decimal.js, so front ends can use it;
 * its JSON Schema is a string with the same pattern.
 *
 * @param scale - the currency's number of decimals (0–13)
 * @param lang - the language of the messages, for forms (absent: the English of the CLI and
 *   services, which names the problem in technical terms)
 * @returns a zod/mini string schema
 * @example
 * ```ts
 * amountSchema().safeParse('9999.99').success; // true
 * amountSchema().safeParse(9999.99).success; // false: a JSON number
 * ```
 */
export function amountSchema(scale = 2, lang?: Lang) {
  const pattern = amountPattern(scale);
  const explain = (input: unknown) => {
    if (lang !== undefined)
      return amountProblem(input, scale, lang) ?? formText('form_amount', { problem: '' }, lang);
    return amountMessage(input, scale);
  };
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? lang === undefined
            ? 'is required'
            : formText('form_required', {}, lang)
          : explain(issue.input),
    })
    .check(z.regex(pattern, { error: (issue) => explain(issue.input) }));
}

/** A date's shape: four-digit year, month 01–12, day 01–31 (the month's length is checked after). */
const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * An ISO 8601 instant with a required offset (`Z` or `±HH:MM`), e.g. `"2026-11-22T09:30:00+08:00"`,
 * that `parseInstant` accepts: the day must exist (no 30 February; 29 February in leap years only)
 * and every field must be in range.
 *
 * @param lang - the language of the messages, for forms (absent: English naming the problem)
 * @returns a zod/mini string schema
 * @example
 * ```ts
 * instantSchema().safeParse('2026-11-22T09:30:00').success; // false: no offset
 * instantSchema().safeParse('2026-02-30T09:30:00+08:00').success; // false: no such day
 * ```
 */
export function instantSchema(lang?: Lang) {
  if (lang !== undefined) {
    const message = formText('form_invalid_instant', {}, lang);
    return z
      .string({
        error: (issue) =>
          issue.input === undefined ? formText('form_required', {}, lang) : message,
      })
      .check(
        z.maxLength(40, message),
        z.regex(INSTANT, { message, abort: true }),
        z.refine((s) => instantProblem(s) === null, message),
      );
  }
  return z.string().check(
    z.maxLength(40, INSTANT_TOO_LONG),
    // The shape, which JSON Schema shows as the pattern; the refinement then checks the day exists.
    z.regex(INSTANT, { message: INSTANT_MESSAGE, abort: true }),
    z.refine((s) => instantProblem(s) === null, {
      error: (issue) =>
        typeof issue.input === 'string'
          ? (instantProblem(issue.input) ?? INSTANT_MESSAGE)
          : INSTANT_MESSAGE,
    }),
  );
}

/**
 * An instant the limits compute windows around (a transaction's `at`, the `at` of the transaction
 * it reverses): an {@link instantSchema} instant that also lies in the supported range
 * 1900-01-01T00:00:00Z to 2199-12-31T23:59:59.999Z (`SUPPORTED_INSTANTS`), the range the limits
 * API itself accepts — so what this schema accepts, `checkTransaction` does too.
 *
 * @param lang - the language of the messages, for forms (absent: English)
 * @returns a zod/mini string schema
 * @example
 * ```ts
 * transactionInstantSchema().safeParse('2026-11-22T09:30:00+08:00').success; // true
 * transactionInstantSchema().safeParse('9999-12-31T23:59:59Z').success; // false: out of range
 * ```
 */
export function transactionInstantSchema(lang?: Lang) {
  return instantSchema(lang).check(
    z.refine((s) => instantProblem(s) !== null || isSupportedInstant(Date.parse(s)), {
      error:
        lang === undefined
          ? SUPPORTED_INSTANTS_RULE
          : formText('form_instant_out_of_range', {}, lang),
    }),
  );
}

/**
 * A calendar date `YYYY-MM-DD` that exists (leap years included).
 *
 * @param lang - the language of the messages, for forms (absent: English)
 * @returns a zod/mini string schema
 * @example
 * ```ts
 * localDateSchema().safeParse('2026-02-29').success; // false
 * ```
 */
export function localDateSchema(lang?: Lang) {
  const message = lang === undefined ? undefined : formText('form_invalid_date', {}, lang);
  return z.string(message === undefined ? undefined : { error: message }).check(
    z.maxLength(10, message ?? 'must be a date YYYY-MM-DD'),
    // The shape, which JSON Schema shows as the pattern; the refinement then checks the day exists.
    z.regex(DATE_PATTERN, { message: message ?? 'must be a real date YYYY-MM-DD', abort: true }),
    z.refine(
      (s) => {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
        if (!m) return false;
        const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
        const date = new Date(Date.UTC(y, mo - 1, d));
        return (
          y >= 1 &&
          date.getUTCFullYear() === y &&
          date.getUTCMonth() === mo - 1 &&
          date.getUTCDate() === d
        );
      },
      { message: message ?? 'must be a real date YYYY-MM-DD' },
    ),
  );
}

/** A short identifier-like string (ids, references). */
export function shortTextSchema(max = MAX_TEXT) {
  return z
    .string()
    .check(
      z.minLength(1, 'must not be empty'),
      z.maxLength(max, `must be at most ${max} characters`),
    );
}

/** Transaction kinds as a schema. */
export const transactionKindSchema = z.enum(TRANSACTION_KINDS);

/** Counterparties as a schema. */
export const counterpartySchema = z.enum(COUNTERPARTIES);

/** Transaction channels as a schema. */
export const channelSchema = z.enum(CHANNELS);

/** Supported languages. */
export const langSchema = z.enum(['en', 'zh-CN']);

/** A preset id (shape only; the registry says whether it exists). */
export const presetIdSchema = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a preset id such as "cn-pboc-2018"'));

export { inputIssuesOf, readableIssues } from './plainChecks';
