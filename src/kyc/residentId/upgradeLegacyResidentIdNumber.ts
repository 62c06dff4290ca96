import { RESIDENT_ID_MESSAGES } from '../../messages/catalog/residentId';
import { renderMessage } from '../../messages/renderMessage';
import { safeParseLocalDate } from '../../time';
import type { ResidentIdOptions, ResidentIdProblem } from './parseResidentIdNumber';
import { residentIdCheckCharacter } from './residentIdCheckCharacter';

/** The length of a first-generation number (GB 11643-1989), without century or check character. */
export const LEGACY_ID_LENGTH = 15;

/** GB 11643-1999 as resident ID problems cite it: its reference and its key in the shipped sources. */
export const STANDARD_SOURCE = Object.freeze({
  source: 'GB 11643-1999',
  sourceKey: 'gb-11643-1999',
});

/**
 * The 18-digit form of a first-generation 15-digit number (GB 11643-1989: region code, birth
 * date as `YYMMDD`, sequence): the century `19` is inserted before the year, as every
 * first-generation card was issued to someone born in the 20th century, and the check character
 * is appended (GB 11643-1999). Bank records still hold such numbers; first-generation cards
 * themselves ceased to be valid on 2013-01-01.
 *
 * @param text - 15 digits
 * @returns `{ ok: true, value }` with the 18-digit number, or the problems (not 15 digits, or
 *   no real birth date)
 * @example
 * ```ts
 * upgradeLegacyResidentIdNumber('110105491231002'); // { ok: true, value: '11010519491231002X' }
 * ```
 */
export function upgradeLegacyResidentIdNumber(
  text: unknown,
  options: Pick<ResidentIdOptions, 'lang'> = {},
):
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly problems: readonly ResidentIdProblem[] } {
  const lang = options.lang ?? 'en';
  if (typeof text !== 'string' || !/^[0-9]{15}$/.test(text))
    return {
      ok: false,
      problems: [
        {
          code: 'id_not_legacy_number',
          ...STANDARD_SOURCE,
          message: renderMessage(RESIDENT_ID_MESSAGES.id_not_legacy_number, {}, lang),
        },
      ],
    };
  const body = `${text.slice(0, 6)}19${text.slice(6)}`;
  const digits = body.slice(6, 14);
  if (!safeParseLocalDate(`${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}`).ok)
    return {
      ok: false,
      problems: [
        {
          code: 'id_invalid_birth_date',
          ...STANDARD_SOURCE,
          message: renderMessage(RESIDENT_ID_MESSAGES.id_invalid_birth_date, { digits }, lang),
          digits,
        },
      ],
    };
  return { ok: true, value: body + residentIdCheckCharacter(body) };
}
