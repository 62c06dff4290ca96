import { AccountPolicyError, attempt } from '../../errors';
import { isLang, type Lang } from '../../messages/lang';
import { getPreset } from '../../presets/registry';
import type { Preset } from '../../presets/types/preset';
import { formatLocalDate, parseInstant, parseLocalDate, type LocalDate } from '../../time';

/** A calendar date as a `LocalDate` or as its `YYYY-MM-DD` text. */
export type DateInput = LocalDate | string;

type Path = readonly (string | number)[];

/** Options every KYC decision takes: the rule set and the language of its messages. */
export interface KycOptions {
  /** The rule set (default: the default preset, `cn-pboc-2018`). */
  readonly preset?: Preset;
  /** The language of the messages (default `en`). */
  readonly lang?: Lang;
}

/**
 * Reads a date given as a `LocalDate` or `YYYY-MM-DD`, or throws `invalid_date` at `path`.
 *
 * @internal
 */
export function readDate(input: unknown, path: Path, name: string): LocalDate {
  if (typeof input === 'string') return parseLocalDate(input, path);
  const formatted = attempt(() => formatLocalDate(input as LocalDate));
  if (!formatted.ok)
    throw new AccountPolicyError(
      'invalid_date',
      `Invalid ${name} at ${path.join('.')}: ${formatted.error.message}`,
      [{ path: [...path], message: `must be a real date YYYY-MM-DD: ${formatted.error.message}` }],
    );
  return parseLocalDate(formatted.value, path);
}

/**
 * Reads an ISO 8601 instant (text with an offset, or a valid `Date`), or throws at `path`.
 *
 * @internal
 */
export function readInstant(input: unknown, path: Path): Date {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return parseInstant('Invalid Date', path);
    return parseInstant(input.toISOString(), path);
  }
  return parseInstant(input, path);
}

/**
 * Throws `invalid_input` at `path` unless `value` is one of `allowed`.
 *
 * @internal
 */
export function readEnum<T extends string>(value: unknown, allowed: readonly T[], path: Path): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
    return value as T;
  const message = `must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)?.slice(0, 40) ?? String(value)}`;
  throw new AccountPolicyError('invalid_input', `Invalid input at ${path.join('.')}: ${message}`, [
    { path: [...path], message },
  ]);
}

/**
 * Throws `invalid_input` at `path` with `message`.
 *
 * @internal
 */
export function invalid(path: Path, message: string): AccountPolicyError {
  return new AccountPolicyError(
    'invalid_input',
    `Invalid input at ${path.length ? path.join('.') : '(root)'}: ${message}`,
    [{ path: [...path], message }],
  );
}

/**
 * Resolves the options: the preset (default preset when absent) and the language.
 *
 * @internal
 */
export function resolveOptions(options: KycOptions | undefined): { preset: Preset; lang: Lang } {
  const lang = options?.lang ?? 'en';
  if (!isLang(lang)) throw invalid(['lang'], 'must be "en" or "zh-CN"');
  return { preset: options?.preset ?? getPreset(), lang };
}

/**
 * Whether a value is a whole number ≥ 0.
 *
 * @internal
 */
export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
