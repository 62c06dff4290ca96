import { describe, expect, it } from 'vitest';
import { CURRENCIES } from './currencies';

/**
 * ISO 4217 (list one), transcribed independently of currencies.ts: alphabetic code, numeric
 * code, minor units, English name. The table in currencies.ts is data the library relies on for
 * every scale check, so any change to it must be deliberate and show up here.
 */
const ISO_4217 = `
AED 784 2 UAE Dirham
AUD 036 2 Australian Dollar
BHD 048 3 Bahraini Dinar
BRL 986 2 Brazilian Real
CAD 124 2 Canadian Dollar
CHF 756 2 Swiss Franc
CLP 152 0 Chilean Peso
CNY 156 2 Yuan Renminbi
CZK 203 2 Czech Koruna
DKK 208 2 Danish Krone
EUR 978 2 Euro
GBP 826 2 Pound Sterling
HKD 344 2 Hong Kong Dollar
IDR 360 2 Rupiah
ILS 376 2 New Israeli Sheqel
INR 356 2 Indian Rupee
ISK 352 0 Iceland Krona
JOD 400 3 Jordanian Dinar
JPY 392 0 Yen
KRW 410 0 Won
KWD 414 3 Kuwaiti Dinar
MOP 446 2 Pataca
MXN 484 2 Mexican Peso
MYR 458 2 Malaysian Ringgit
NGN 566 2 Naira
NOK 578 2 Norwegian Krone
NZD 554 2 New Zealand Dollar
OMR 512 3 Rial Omani
PHP 608 2 Philippine Peso
PLN 985 2 Zloty
RUB 643 2 Russian Ruble
SAR 682 2 Saudi Riyal
SEK 752 2 Swedish Krona
SGD 702 2 Singapore Dollar
THB 764 2 Baht
TND 788 3 Tunisian Dinar
TRY 949 2 Turkish Lira
TWD 901 2 New Taiwan Dollar
USD 840 2 US Dollar
VND 704 0 Dong
ZAR 710 2 Rand
`
  .trim()
  .split('\n')
  .map((line) => {
    const [code, numeric, scale, ...name] = line.split(' ');
    return { code: code!, numeric: numeric!, scale: Number(scale), name: name.join(' ') };
  });

/** Where CLDR (the runtime's Intl data) uses other digits than ISO 4217 minor units. */
const CLDR_DIFFERS: Readonly<Record<string, number>> = { IDR: 0 };

describe('the currency table is ISO 4217', () => {
  it('has exactly the transcribed currencies, in code order', () => {
    expect(Object.keys(CURRENCIES)).toEqual(ISO_4217.map((c) => c.code));
  });

  it.each(ISO_4217)('$code: numeric $numeric, $scale minor units, "$name"', (iso) => {
    expect(CURRENCIES[iso.code]).toEqual(iso);
  });

  it('scales agree with the runtime CLDR data (an independent source), IDR excepted', () => {
    for (const { code, scale } of ISO_4217) {
      const digits = new Intl.NumberFormat('en', {
        style: 'currency',
        currency: code,
      }).resolvedOptions().maximumFractionDigits;
      expect(digits, code).toBe(Object.hasOwn(CLDR_DIFFERS, code) ? CLDR_DIFFERS[code] : scale);
    }
  });
});
