import { ownFields } from '../../errors/ownFields';
import { AccountPolicyError, attempt } from '../../errors';
import { isLang, type Lang } from '../../messages/lang';
import { getPreset } from '../../presets/registry';
import type { Preset } from '../../presets/types/preset';
import { validatePreset } from '../../presets/validatePreset';
import { formatLocalDate, parseInstant, parseLocalDate, type LocalDate } from '../../time';

/** A calendar date as a `LocalDate` or as its `YYYY-MM-DD` text. */
export type DateInput = LocalDate | string;

type Path = readonly (string | number)[];

/** Options every KYC decision takes: the rule set and the language of its messages. */
export interface KycOptions<C extends string = string> {
  /** The rule set (default: the default preset, `cn-pboc-2018`); `C` is its class ids. */
  readonly preset?: Preset<C>;
  /** The language of the messages (default `en`). */
  readonly lang?: Lang;
}

/**
 * Most characters of a value shown in an error message: a hostile megabyte is never echoed.
 *
 * @internal
 */
export const SHOWN_CHARACTERS = 40;

/**
 * Most items accepted in one list of a KYC input (verifications, documents, restrictions,
 * accounts held, products, completed conditions), as in the CLI's input schemas.
 *
 * @internal
 */
export const MAX_LIST_ITEMS = 100;

/**
 * Most characters of a free-text field (a restriction's id or reason), as in the CLI's schemas.
 *
 * @internal
 */
export const MAX_TEXT_LENGTH = 200;

/** The path as shown in a message: `applicant.document.number`, or `(root)`. */
function shownPath(path: Path): string {
  return path.length > 0 ? path.join('.') : '(root)';
}

/**
 * Describes any value for an error message, safely and briefly: never calls `JSON.stringify` on
 * a value that could hold a bigint or a cycle, never calls a value's own `toString`, and shows at
 * most {@link SHOWN_CHARACTERS} characters of a string (with its length when cut), so a hostile
 * value can neither throw nor flood the message nor take time.
 *
 * @param value - anything
 * @returns e.g. `"abc"`, `"aaaa…" (1048576 characters)`, `10n`, `NaN`, `an object`, `a list of 3 items`
 * @example
 * ```ts
 * describeValue('x'.repeat(1e6)); // '"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…" (1000000 characters)'
 * describeValue(10n); // '10n'
 * ```
 * @internal
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string': {
      if (value.length <= SHOWN_CHARACTERS) return JSON.stringify(value);
      return `${JSON.stringify(value.slice(0, SHOWN_CHARACTERS))}… (${value.length} characters)`;
    }
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint': {
      const digits = value.toString();
      return digits.length <= SHOWN_CHARACTERS
        ? `${digits}n`
        : `${digits.slice(0, SHOWN_CHARACTERS)}…n (a bigint of ${digits.length} digits)`;
    }
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (value === null) return 'null';
      if (Array.isArray(value))
        return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
      if (isRealDate(value)) return 'a Date';
      return 'an object';
  }
}

/** Whether `value` is a real `Date` (not merely an object inheriting from `Date.prototype`). */
function isRealDate(value: unknown): value is Date {
  try {
    Date.prototype.getTime.call(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Throws `invalid_input` at `path` with `message`.
 *
 * @internal
 */
export function invalid(path: Path, message: string): AccountPolicyError {
  return new AccountPolicyError(
    'invalid_input',
    `Invalid input at ${shownPath(path)}: ${message}`,
    [{ path: [...path], message }],
  );
}

/**
 * Reads a plain object (not `null`, not a list) at `path`, or throws `invalid_input` there. The
 * guard at each entry point: a missing or non-object request is a typed error, never a TypeError.
 * With `fields`, only the object's own fields are read, and a field not among them is
 * `invalid_input` at its path.
 *
 * @internal
 */
export function readObject(
  value: unknown,
  path: Path,
  fields?: ReadonlySet<string>,
): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw invalid(path, `must be an object; got ${describeValue(value)}`);
  if (fields === undefined) return value as Readonly<Record<string, unknown>>;
  return ownFields(value, fields, path, path.length === 0 ? 'the request' : String(path.at(-1)));
}

/**
 * Reads a list of at most {@link MAX_LIST_ITEMS} items at `path`, or throws `invalid_input` there.
 *
 * @internal
 */
export function readList(value: unknown, path: Path): readonly unknown[] {
  if (!Array.isArray(value)) throw invalid(path, `must be a list; got ${describeValue(value)}`);
  if (value.length > MAX_LIST_ITEMS)
    throw invalid(path, `must have at most ${MAX_LIST_ITEMS} items; got ${value.length}`);
  return value;
}

/**
 * Reads `true` or `false` at `path` (`undefined` when absent), or throws `invalid_input` there.
 *
 * @internal
 */
export function readFlag(value: unknown, path: Path): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  throw invalid(path, `must be true or false; got ${describeValue(value)}`);
}

/**
 * Reads a string of `min`–`max` characters at `path`, or throws `invalid_input` there. The length
 * is checked before anything else reads the text.
 *
 * @internal
 */
export function readText(value: unknown, path: Path, max: number, min = 1): string {
  if (typeof value !== 'string')
    throw invalid(path, `must be a string; got ${describeValue(value)}`);
  if (value.length > max)
    throw invalid(path, `must be at most ${max} characters; got ${describeValue(value)}`);
  if (value.length < min)
    throw invalid(path, min === 1 ? 'must not be empty' : `must be at least ${min} characters`);
  return value;
}

/**
 * Runs a reader of another module (dates, instants, amounts) on the value at `path`, so that its
 * typed error's message names the path as well as its issues do.
 *
 * @internal
 */
export function atPath<T>(path: Path, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof AccountPolicyError)) throw error;
    const where = shownPath(path);
    if (error.message.includes(`at ${where}`)) throw error;
    throw new AccountPolicyError(error.code, `${error.message} (at ${where})`, error.issues);
  }
}

/**
 * Reads a date given as a `LocalDate` or `YYYY-MM-DD`, or throws `invalid_date` at `path`.
 *
 * @internal
 */
export function readDate(input: unknown, path: Path, name: string): LocalDate {
  if (typeof input === 'string') return atPath(path, () => parseLocalDate(input, path));
  const formatted = attempt(() => formatLocalDate(input as LocalDate));
  if (!formatted.ok)
    throw new AccountPolicyError(
      'invalid_date',
      `Invalid ${name} at ${shownPath(path)}: ${formatted.error.message}`,
      [{ path: [...path], message: `must be a real date YYYY-MM-DD: ${formatted.error.message}` }],
    );
  return parseLocalDate(formatted.value, path);
}

/**
 * Reads an ISO 8601 instant (text with an offset, or a valid `Date`), or throws `invalid_instant`
 * at `path`.
 *
 * @internal
 */
export function readInstant(input: unknown, path: Path): Date {
  if (isRealDate(input)) {
    const time = input.getTime();
    if (Number.isNaN(time))
      throw new AccountPolicyError(
        'invalid_instant',
        `Invalid instant at ${shownPath(path)}: an invalid Date`,
        [{ path: [...path], message: 'must be a valid Date or an ISO 8601 instant' }],
      );
    return atPath(path, () => parseInstant(new Date(time).toISOString(), path));
  }
  return atPath(path, () => parseInstant(input, path));
}

/**
 * Throws `invalid_input` at `path` unless `value` is one of `allowed`.
 *
 * @internal
 */
export function readEnum<T extends string>(value: unknown, allowed: readonly T[], path: Path): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
    return value as T;
  throw invalid(path, `must be one of ${allowed.join(', ')}; got ${describeValue(value)}`);
}

/** Presets found valid (checked once per preset object). */
const VALID_PRESETS = new WeakSet<object>();

/**
 * Resolves the options: the preset (default preset when absent) and the language. Bad options are
 * typed errors too: options that are not an object and an unknown language are `invalid_input`;
 * a preset that is not a valid preset object is `invalid_preset` (checked once per object).
 *
 * @internal
 */
export function resolveOptions(options: KycOptions | undefined): { preset: Preset; lang: Lang } {
  if (options === undefined) return { preset: getPreset(), lang: 'en' };
  const given = readObject(options, ['options']);
  const lang = given.lang ?? 'en';
  if (!isLang(lang))
    throw invalid(['options', 'lang'], `must be "en" or "zh-CN"; got ${describeValue(lang)}`);
  return { preset: given.preset === undefined ? getPreset() : checkedPreset(given.preset), lang };
}

function checkedPreset(preset: unknown): Preset {
  if (typeof preset === 'object' && preset !== null && VALID_PRESETS.has(preset))
    return preset as Preset;
  if (typeof preset !== 'object' || preset === null || Array.isArray(preset))
    throw new AccountPolicyError(
      'invalid_preset',
      `Invalid input at options.preset: must be a preset object such as getPreset('cn-pboc-2018'); got ${describeValue(preset)}`,
      [{ path: ['options', 'preset'], message: 'must be a preset object' }],
    );
  const checked = attempt(() => validatePreset(preset as Preset));
  if (!checked.ok) {
    const issues = checked.error.issues.map((issue) => ({
      path: ['options', 'preset', ...issue.path],
      message: issue.message,
    }));
    const first = issues[0]!;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    throw new AccountPolicyError(
      checked.error.code,
      `Invalid preset at ${shownPath(first.path)}: ${first.message}${more}`,
      issues,
    );
  }
  VALID_PRESETS.add(preset);
  return preset as Preset;
}

/**
 * Whether a value is a whole number ≥ 0.
 *
 * @internal
 */
export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
