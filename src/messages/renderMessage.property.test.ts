import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { formatAmountTextForDisplay } from '../money/formatMoneyForDisplay';
import { renderMessage } from './renderMessage';

/** The regular-expression replace renderMessage used before its templates were split once. */
function referenceRender(text: string, params: Record<string, unknown>): string {
  return text.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (whole, name: string) => {
    const v = Object.hasOwn(params, name) ? params[name] : undefined;
    return typeof v === 'string' || typeof v === 'number' ? String(v) : whole;
  });
}

const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,5}$/);
/** Templates mixing text (with stray braces), placeholders and near-placeholders. */
const template = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 6 }),
      name.map((n) => `{${n}}`),
      fc.constantFrom('{', '}', '{}', '{1a}', '{a-b}', '{{a}}', '限额', '，'),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));
const params = fc.dictionary(name, fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), {
  maxKeys: 4,
});

test.prop([template, template, params], { numRuns: 2000 })(
  'renders as the regular-expression replace did, in both languages, every time (cached split)',
  (en, zh, p) => {
    for (let i = 0; i < 2; i++) {
      expect(renderMessage({ en, 'zh-CN': zh }, p, 'en')).toBe(referenceRender(en, p));
      expect(renderMessage({ en, 'zh-CN': zh }, p, 'zh-CN')).toBe(referenceRender(zh, p));
    }
  },
);

/** The grouping by regular expression, as a reference for the loop. */
const referenceGroup = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

test.prop(
  [fc.boolean(), fc.stringMatching(/^(0|[1-9][0-9]{0,24})$/), fc.stringMatching(/^[0-9]{0,3}$/)],
  { numRuns: 2000 },
)('formatAmountTextForDisplay groups thousands as the reference does', (neg, int, frac) => {
  const plain = `${neg ? '-' : ''}${int}${frac === '' ? '' : `.${frac}`}`;
  const shown = `${neg ? '-' : ''}${referenceGroup(int)}${frac === '' ? '' : `.${frac}`}`;
  expect(formatAmountTextForDisplay(plain, 'CNY', 'en')).toBe(`CNY ${shown}`);
  expect(formatAmountTextForDisplay(plain, 'CNY', 'zh-CN')).toBe(`${shown} 元`);
  expect(formatAmountTextForDisplay(plain, 'USD', 'zh-CN')).toBe(`${shown} USD`);
});
