import { AccountPolicyError } from '../errors';

/**
 * ISO 4217 facts about one currency.
 *
 * This file deliberately does not import decimal.js, so that front-end schemas can import it
 * on its own.
 */
export interface CurrencyInfo {
  /** Alphabetic ISO 4217 code, e.g. `"CNY"`. */
  readonly code: string;
  /** Numeric ISO 4217 code as three digits, e.g. `"156"` (leading zeros kept, e.g. `"048"`). */
  readonly numeric: string;
  /** Number of minor-unit digits (decimal places), e.g. 2 for CNY, 0 for JPY, 3 for BHD. */
  readonly scale: number;
  /** ISO 4217 English name, e.g. `"Yuan Renminbi"`. */
  readonly name: string;
}

const TABLE: readonly (readonly [code: string, numeric: string, scale: number, name: string])[] = [
  ['AED', '784', 2, 'UAE Dirham'],
  ['AUD', '036', 2, 'Australian Dollar'],
  ['BHD', '048', 3, 'Bahraini Dinar'],
  ['BRL', '986', 2, 'Brazilian Real'],
  ['CAD', '124', 2, 'Canadian Dollar'],
  ['CHF', '756', 2, 'Swiss Franc'],
  ['CLP', '152', 0, 'Chilean Peso'],
  ['CNY', '156', 2, 'Yuan Renminbi'],
  ['CZK', '203', 2, 'Czech Koruna'],
  ['DKK', '208', 2, 'Danish Krone'],
  ['EUR', '978', 2, 'Euro'],
  ['GBP', '826', 2, 'Pound Sterling'],
  ['HKD', '344', 2, 'Hong Kong Dollar'],
  ['IDR', '360', 2, 'Rupiah'],
  ['ILS', '376', 2, 'New Israeli Sheqel'],
  ['INR', '356', 2, 'Indian Rupee'],
  ['ISK', '352', 0, 'Iceland Krona'],
  ['JOD', '400', 3, 'Jordanian Dinar'],
  ['JPY', '392', 0, 'Yen'],
  ['KRW', '410', 0, 'Won'],
  ['KWD', '414', 3, 'Kuwaiti Dinar'],
  ['MOP', '446', 2, 'Pataca'],
  ['MXN', '484', 2, 'Mexican Peso'],
  ['MYR', '458', 2, 'Malaysian Ringgit'],
  ['NGN', '566', 2, 'Naira'],
  ['NOK', '578', 2, 'Norwegian Krone'],
  ['NZD', '554', 2, 'New Zealand Dollar'],
  ['OMR', '512', 3, 'Rial Omani'],
  ['PHP', '608', 2, 'Philippine Peso'],
  ['PLN', '985', 2, 'Zloty'],
  ['RUB', '643', 2, 'Russian Ruble'],
  ['SAR', '682', 2, 'Saudi Riyal'],
  ['SEK', '752', 2, 'Swedish Krona'],
  ['SGD', '702', 2, 'Singapore Dollar'],
  ['THB', '764', 2, 'Baht'],
  ['TND', '788', 3, 'Tunisian Dinar'],
  ['TRY', '949', 2, 'Turkish Lira'],
  ['TWD', '901', 2, 'New Taiwan Dollar'],
  ['USD', '840', 2, 'US Dollar'],
  ['VND', '704', 0, 'Dong'],
  ['ZAR', '710', 2, 'Rand'],
];

/**
 * The supported currencies, keyed by ISO 4217 alphabetic code (frozen).
 *
 * Look codes up with {@link getCurrency} or {@link isCurrencyCode} rather than indexing directly:
 * those ignore inherited keys such as `"toString"`.
 *
 * @example
 * ```ts
 * CURRENCIES.CNY?.scale; // 2
 * CURRENCIES.JPY?.numeric; // '392'
 * ```
 */
export const CURRENCIES: Readonly<Record<string, CurrencyInfo>> = Object.freeze(
  Object.fromEntries(
    TABLE.map(([code, numeric, scale, name]) => [
      code,
      Object.freeze<CurrencyInfo>({ code, numeric, scale, name }),
    ]),
  ),
);

/**
 * Whether a value is the alphabetic code of a supported currency (case-sensitive: `"cny"` is not).
 *
 * @param code - anything
 * @returns true if `code` is a key of {@link CURRENCIES}
 * @example
 * ```ts
 * isCurrencyCode('CNY'); // true
 * isCurrencyCode('XYZ'); // false
 * ```
 */
export function isCurrencyCode(code: unknown): code is string {
  return typeof code === 'string' && Object.hasOwn(CURRENCIES, code);
}

/**
 * Looks up a supported currency by its alphabetic ISO 4217 code.
 *
 * @param code - an upper-case ISO 4217 code such as `"CNY"`
 * @returns the currency's code, numeric code, scale and name
 * @throws AccountPolicyError with code `unknown_currency` if the code is not supported
 * @example
 * ```ts
 * getCurrency('BHD').scale; // 3
 * getCurrency('XYZ'); // throws AccountPolicyError('unknown_currency')
 * ```
 */
export function getCurrency(code: string): CurrencyInfo {
  const info = isCurrencyCode(code) ? CURRENCIES[code] : undefined;
  if (info) return info;
  const shown = typeof code === 'string' ? JSON.stringify(code.slice(0, 40)) : typeof code;
  throw new AccountPolicyError(
    'unknown_currency',
    `Unknown currency ${shown}: expected a supported ISO 4217 code such as "CNY"`,
  );
}
