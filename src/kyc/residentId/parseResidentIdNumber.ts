import { AccountPolicyError } from '../../errors';
import { RESIDENT_ID_MESSAGES } from '../../messages/catalog/residentId';
import { renderMessage } from '../../messages/renderMessage';
import type { Lang } from '../../messages/lang';
import type { PolicyReason } from '../../messages/decision';
import { compareLocalDates, formatLocalDate, safeParseLocalDate, type LocalDate } from '../../time';
import { PROVINCE_CODES_SOURCE, RESIDENT_ID_PROVINCE_CODES } from './provinceCodes';
import { residentIdCheckCharacter } from './residentIdCheckCharacter';
import {
  LEGACY_ID_LENGTH,
  STANDARD_SOURCE,
  upgradeLegacyResidentIdNumber,
} from './upgradeLegacyResidentIdNumber';

/** The length of a resident identity card number (GB 11643-1999). */
const LENGTH = 18;

/** Codes of the problems a resident identity card number can have. */
export type ResidentIdProblemCode =
  | 'id_not_text'
  | 'id_wrong_length'
  | 'id_invalid_characters'
  | 'id_lowercase_x'
  | 'id_legacy_15_digit'
  | 'id_not_legacy_number'
  | 'id_unknown_region'
  | 'id_invalid_birth_date'
  | 'id_birth_date_in_future'
  | 'id_checksum_mismatch'
  | 'id_birth_date_mismatch';

/** One problem of a resident identity card number, with the facts behind it. */
export interface ResidentIdProblem extends PolicyReason<ResidentIdProblemCode> {
  /** The standard broken, as cited: `GB/T 2260` for `id_unknown_region`, else `GB 11643-1999`. */
  readonly source: string;
  /** The standard's key in the shipped sources: `gb-t-2260` or `gb-11643-1999`. */
  readonly sourceKey: string;
  /** `id_unknown_region`: characters 1–2 as found. */
  readonly provinceCode?: string;
  /** `id_legacy_15_digit`: the 18-digit form, when the 15 digits hold a real birth date. */
  readonly upgraded?: string;
  /** `id_wrong_length`: the length found. */
  readonly length?: number;
  /** `id_invalid_birth_date`: characters 7–14 as found. */
  readonly digits?: string;
  /** `id_checksum_mismatch`: the check character found and the one expected. */
  readonly actual?: string;
  readonly expected?: string;
  /** `id_birth_date_in_future` / `id_birth_date_mismatch`: the birth date in the number. */
  readonly birthDate?: string;
  /** `id_birth_date_mismatch`: the birth date declared separately. */
  readonly declaredBirthDate?: string;
}

/** What a valid resident identity card number says. */
export interface ResidentIdNumber {
  /** The number as given (18 characters, uppercase `X` only). */
  readonly number: string;
  /** Characters 1–6: the administrative division code of the first registration (GB/T 2260). */
  readonly regionCode: string;
  /** Characters 1–2: the province-level code. */
  readonly provinceCode: string;
  readonly birthDate: LocalDate;
  /** Characters 15–17: the sequence number; odd for men, even for women. */
  readonly sequence: string;
  readonly sex: 'male' | 'female';
  /** Character 18: the ISO 7064 MOD 11-2 check character. */
  readonly checkCharacter: string;
}

/** The result of {@link parseResidentIdNumber}: the number's content, or every problem found. */
export type ResidentIdParseResult =
  | { readonly ok: true; readonly value: ResidentIdNumber }
  | { readonly ok: false; readonly problems: readonly ResidentIdProblem[] };

/** Options of {@link parseResidentIdNumber}. */
export interface ResidentIdOptions {
  /**
   * When given, a birth date after this day is a problem. Without it the birth date is only
   * checked to be a real date, so a number born in 9999 parses: pass `today` wherever a real
   * person's number is meant ({@link isValidResidentIdNumber} requires it).
   */
  readonly today?: LocalDate;
  /** When given, the number's birth date must be this one. */
  readonly declaredBirthDate?: LocalDate;
  /** Language of the problem messages (default `en`). */
  readonly lang?: Lang;
}

/**
 * Reads a resident identity card number (GB 11643-1999): 18 characters, 17 digits and a check
 * character (`0`–`9` or uppercase `X`) computed with ISO 7064 MOD 11-2, characters 7–14 a real
 * birth date `YYYYMMDD`. Returns the region code, birth date and sex, or every problem found
 * (wrong length, bad characters, lowercase `x`, invalid birth date, check character mismatch, and
 * with the options a birth date after `today` or different from the declared one). The
 * province-level code (characters 1–2) must be one of GB/T 2260's, see
 * {@link RESIDENT_ID_PROVINCE_CODES}; the full six-digit division is returned, not checked, as
 * divisions are renamed over time while numbers stay valid. A first-generation 15-digit number
 * (GB 11643-1989) is refused with `id_legacy_15_digit`, which gives its 18-digit form: see
 * {@link upgradeLegacyResidentIdNumber}.
 *
 * @param text - the number (anything; non-text is a problem, never an exception)
 * @param options - `today`, `declaredBirthDate`, `lang`
 * @returns `{ ok: true, value }` or `{ ok: false, problems }`
 * @example
 * ```ts
 * const r = parseResidentIdNumber('11010519491231002X');
 * if (r.ok) r.value.sex; // 'female'
 * parseResidentIdNumber('11010519491231002x'); // { ok: false, problems: [{ code: 'id_lowercase_x', … }] }
 * ```
 */
export function parseResidentIdNumber(
  text: unknown,
  options: ResidentIdOptions = {},
): ResidentIdParseResult {
  if (typeof options !== 'object' || options === null)
    throw new AccountPolicyError('invalid_input', 'Invalid options: must be an object', [
      { path: ['options'], message: 'must be an object { today?, declaredBirthDate?, lang? }' },
    ]);
  const problems: ResidentIdProblem[] = [];
  const add = problemRecorder(problems, options);
  if (typeof text !== 'string') {
    add('id_not_text', {});
    return { ok: false, problems };
  }
  if (text.length === LEGACY_ID_LENGTH && /^[0-9]{15}$/.test(text)) {
    addLegacyProblems(text, add);
    return { ok: false, problems };
  }
  addShapeProblems(text, add);
  const wellFormed = text.length === LENGTH && /^[0-9]{17}[0-9Xx]$/.test(text);
  const birthDate = wellFormed ? addContentProblems(text, options, add) : undefined;
  if (problems.length > 0 || birthDate === undefined) return { ok: false, problems };
  return { ok: true, value: residentIdContent(text, birthDate) };
}

/** The facts of a problem besides those {@link problemRecorder} adds. */
type ProblemFields = Omit<ResidentIdProblem, 'code' | 'message' | 'source' | 'sourceKey'>;

/** Records one problem, with its source and its message in the options' language. */
type AddProblem = (code: ResidentIdProblemCode, fields: ProblemFields) => void;

/** A function that appends a problem, with its source and message, to `problems`. */
function problemRecorder(problems: ResidentIdProblem[], options: ResidentIdOptions): AddProblem {
  const lang = options.lang ?? 'en';
  return (code, fields) => {
    problems.push({
      code,
      ...(code === 'id_unknown_region' ? PROVINCE_CODES_SOURCE : STANDARD_SOURCE),
      message: renderMessage(
        RESIDENT_ID_MESSAGES[code],
        {
          ...fields,
          expected: code === 'id_wrong_length' ? LENGTH : fields.expected,
          inNumber: fields.birthDate,
          declared: fields.declaredBirthDate,
          today: options.today ? formatLocalDate(options.today) : undefined,
        },
        lang,
      ),
      ...fields,
    });
  };
}

/** A first-generation 15-digit number: refused, with its 18-digit form when its date is real. */
function addLegacyProblems(text: string, add: AddProblem): void {
  const upgraded = upgradeLegacyResidentIdNumber(text);
  if (upgraded.ok) add('id_legacy_15_digit', { upgraded: upgraded.value });
  else {
    add('id_legacy_15_digit', {});
    add('id_invalid_birth_date', { digits: `19${text.slice(6, 12)}` });
  }
}

/** The length, the characters (digits, a check `X` last) and a lowercase `x`. */
function addShapeProblems(text: string, add: AddProblem): void {
  if (text.length !== LENGTH) add('id_wrong_length', { length: text.length });
  const last = text.length - 1;
  let badCharacter = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const digit = c >= '0' && c <= '9';
    const checkX = i === last && (c === 'X' || c === 'x');
    if (!digit && !checkX) badCharacter = true;
  }
  if (badCharacter) add('id_invalid_characters', {});
  if (text.length > 0 && text[last] === 'x') add('id_lowercase_x', {});
}

/**
 * The content of a well-formed number: its province code, its birth date (real, not after
 * `today`, the declared one) and its check character.
 *
 * @returns the birth date in the number, or `undefined` when it is not a real date
 */
function addContentProblems(
  text: string,
  options: ResidentIdOptions,
  add: AddProblem,
): LocalDate | undefined {
  const body = text.slice(0, 17);
  const provinceCode = body.slice(0, 2);
  if (RESIDENT_ID_PROVINCE_CODES[provinceCode] === undefined)
    add('id_unknown_region', { provinceCode });
  const digits = body.slice(6, 14);
  const parsed = safeParseLocalDate(
    `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}`,
  );
  if (!parsed.ok) add('id_invalid_birth_date', { digits });
  else addBirthDateProblems(parsed.value, options, add);
  const expected = residentIdCheckCharacter(body);
  const actual = text[17]!.toUpperCase();
  if (actual !== expected) add('id_checksum_mismatch', { actual: text[17]!, expected });
  return parsed.ok ? parsed.value : undefined;
}

/** A birth date after `today`, or other than the declared one. */
function addBirthDateProblems(
  birthDate: LocalDate,
  options: ResidentIdOptions,
  add: AddProblem,
): void {
  const shown = formatLocalDate(birthDate);
  if (options.today && compareLocalDates(birthDate, options.today) > 0)
    add('id_birth_date_in_future', { birthDate: shown });
  if (options.declaredBirthDate && compareLocalDates(birthDate, options.declaredBirthDate) !== 0)
    add('id_birth_date_mismatch', {
      birthDate: shown,
      declaredBirthDate: formatLocalDate(options.declaredBirthDate),
    });
}

/** What a valid number says: its region, birth date, sequence, sex and check character. */
function residentIdContent(text: string, birthDate: LocalDate): ResidentIdNumber {
  const sequence = text.slice(14, 17);
  return {
    number: text,
    regionCode: text.slice(0, 6),
    provinceCode: text.slice(0, 2),
    birthDate,
    sequence,
    sex: (sequence.charCodeAt(2) - 48) % 2 === 1 ? 'male' : 'female',
    checkCharacter: text[17]!,
  };
}

/**
 * Whether a text is a valid resident identity card number (GB 11643-1999) of someone born by
 * `today`: see {@link parseResidentIdNumber}. `today` is required, as a number whose birth date
 * lies in the future (even in 9999) is otherwise well formed.
 *
 * @param text - the number
 * @param options - `today` (required) and optionally the declared birth date
 * @returns true when it has no problem
 * @throws AccountPolicyError `invalid_input` without `options.today`, `invalid_date` for a bad one
 * @example
 * ```ts
 * const today = { year: 2026, month: 12, day: 6 };
 * isValidResidentIdNumber('11010519491231002X', { today }); // true
 * isValidResidentIdNumber('110105194912310021', { today }); // false: check character
 * ```
 */
export function isValidResidentIdNumber(
  text: unknown,
  options: Omit<ResidentIdOptions, 'lang'> & { readonly today: LocalDate },
): boolean {
  if (typeof options !== 'object' || options === null || options.today === undefined)
    throw new AccountPolicyError('invalid_input', 'Invalid options: today is required', [
      { path: ['options', 'today'], message: 'is required: the day the number is checked on' },
    ]);
  return parseResidentIdNumber(text, options).ok;
}
