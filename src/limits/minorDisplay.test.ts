/*
 * Refusal messages show amounts from integer minor units without building a decimal: the text
 * must be exactly what the decimal path (a PolicyDecimal through formatMoneyForDisplay, as before) shows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmountTextForDisplay, formatMoneyForDisplay } from '../money/formatMoneyForDisplay';
import { PolicyDecimal } from '../money/decimal';
import { minorText } from '../money/amountMinor';

const CASES = [
  ['CNY', 2],
  ['JPY', 0],
  ['BHD', 3],
  ['EUR', 2],
] as const;

describe('formatAmountTextForDisplay over minorText', () => {
  it('equals formatMoneyForDisplay of the same amount, both languages, any size and sign', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 18n - 1n), max: 10n ** 18n - 1n }),
        fc.constantFrom(...CASES),
        fc.constantFrom('en' as const, 'zh-CN' as const),
        (minor, [currency, scale], lang) => {
          const text = minorText(minor, scale);
          expect(formatAmountTextForDisplay(text, currency, lang)).toBe(
            formatMoneyForDisplay({ currency, amount: new PolicyDecimal(text) }, lang),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('at the boundaries: zero, one minor unit, a thousand', () => {
    expect(formatAmountTextForDisplay(minorText(0n, 2), 'CNY', 'zh-CN')).toBe('0.00 元');
    expect(formatAmountTextForDisplay(minorText(-1n, 2), 'CNY', 'en')).toBe('CNY -0.01');
    expect(formatAmountTextForDisplay(minorText(100000n, 2), 'CNY', 'en')).toBe('CNY 1,000.00');
    expect(formatAmountTextForDisplay(minorText(99999n, 2), 'USD', 'zh-CN')).toBe('999.99 USD');
  });
});
