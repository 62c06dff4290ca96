import { AccountPolicyError, type InputIssue } from '../errors';
import { DURATION_FIELDS, type DurationField } from './internal/duration';
import { describeValue, fail, toPath, type Path } from './internal/errors';
import type { PolicyDuration } from './types';

const FIELD_NAMES = new Set<string>(DURATION_FIELDS.map(([name]) => name));

/**
 * Checks that a value is a {@link PolicyDuration} and returns a clean, frozen copy.
 *
 * Rules: a plain object; only the keys `years`, `months`, `weeks`, `days`, `hours`, `minutes`;
 * each a non-negative integer (at most about 10,000 years' worth); at least one key present.
 * Fields may be 0 (`{ days: 0 }` is a valid, empty duration). Every problem found is reported as
 * its own issue, with its path.
 *
 * @param input - the value to check (for example, part of a preset parsed from JSON)
 * @param at - where the value sits in a larger input, prefixed to each issue's path
 * @returns the validated duration
 * @throws `AccountPolicyError` with code `invalid_duration`
 * @example
 * ```ts
 * validateDuration({ days: 15 }); // { days: 15 }
 * validateDuration({ days: -1 }); // throws invalid_duration
 * validateDuration({}); // throws invalid_duration
 * ```
 */
export function validateDuration(input: unknown, at: Path = []): PolicyDuration {
  const path = toPath(at);
  if (
    typeof input !== 'object' ||
    input === null ||
    Array.isArray(input) ||
    input instanceof Date
  ) {
    throw fail(
      'invalid_duration',
      `Invalid duration: expected an object such as { "days": 15 }, got ${describeValue(input)}`,
      path,
    );
  }
  const issues: InputIssue[] = [];
  const out: { -readonly [K in DurationField]?: number } = {};
  const record = input as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!FIELD_NAMES.has(key)) {
      issues.push({
        path: [...path, key],
        message: `unknown duration field ${describeValue(key)} (allowed: years, months, weeks, days, hours, minutes)`,
      });
    }
  }
  for (const [key, max] of DURATION_FIELDS) {
    if (!Object.prototype.hasOwnProperty.call(record, key)) continue;
    const v = record[key];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
      issues.push({
        path: [...path, key],
        message: `${key} must be a non-negative integer, got ${describeValue(v)}`,
      });
    } else if (v > max) {
      issues.push({ path: [...path, key], message: `${key} must be at most ${max}, got ${v}` });
    } else {
      out[key] = v === 0 ? 0 : v; // normalise -0
    }
  }
  if (issues.length === 0 && Object.keys(out).length === 0) {
    issues.push({
      path: [...path],
      message: 'a duration needs at least one of years, months, weeks, days, hours, minutes',
    });
  }
  const first = issues[0];
  if (first !== undefined) {
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    throw new AccountPolicyError(
      'invalid_duration',
      `Invalid duration: ${first.message}${more}`,
      issues,
    );
  }
  return Object.freeze(out);
}
