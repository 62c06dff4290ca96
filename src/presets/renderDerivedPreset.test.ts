import { describe, expect, it } from 'vitest';
import { derivePreset } from './derivePreset';
import { getPreset } from './registry';
import { renderPresetMarkdown } from './renderPresetMarkdown';

/**
 * The handbook of a bank's derived preset that makes the choices the shipped presets do not:
 * per-transaction, rolling-window and count limits, and every yes/no rule flipped. A compliance
 * reviewer reads these lines, so each choice must be stated, in both languages.
 */
const SOURCE = {
  'my-bank-policy': {
    ref: 'MB-7',
    title: { en: 'Limits policy', 'zh-CN': '限额制度' },
    issuer: 'My Bank',
  },
};
const mine = derivePreset(getPreset('cn-pboc-2018'), {
  id: 'my-bank-2026',
  sources: SOURCE,
  classes: {
    II: {
      counting: { reversalsRestoreHeadroom: false },
      limits: {
        perTransactionOutflow: {
          type: 'per_transaction',
          direction: 'outflow',
          limit: { amount: '5000.00', currency: 'CNY' },
          layer: 'bank',
          source: 'my-bank-policy',
        },
        rollingOutflow: {
          type: 'window_amount',
          direction: 'outflow',
          window: { kind: 'rolling', duration: { hours: 24 } },
          limit: { amount: '8000.00', currency: 'CNY' },
          layer: 'bank',
          source: 'my-bank-policy',
        },
        dailyOutflowCount: {
          type: 'window_count',
          direction: 'outflow',
          window: { kind: 'calendar', unit: 'day' },
          count: 20,
          layer: 'bank',
          source: 'my-bank-policy',
        },
      },
    },
  },
  lifecycle: {
    closure: { requireZeroBalance: false },
    informationChange: { segregationOfDuties: false },
  },
  kyc: {
    age: { guardianInPerson: false },
    documents: { birthDateMismatch: 'refuse' },
    phoneInOwnName: { required: false },
  },
  suitability: {
    insistWithSignedStatement: false,
    insistExcludes: { seniors: false, minors: false },
  },
} as never);

const lines = (lang: 'en' | 'zh-CN') => renderPresetMarkdown(mine, lang).split('\n');

describe('the handbook of a derived preset', () => {
  it('says what it derives from', () => {
    expect(lines('en')).toContain('- Derived from: cn-pboc-2018');
    expect(lines('zh-CN')).toContain('- 派生自: cn-pboc-2018');
  });

  it('states per-transaction, rolling and count limits with their source', () => {
    const en = renderPresetMarkdown(mine, 'en');
    expect(en).toMatch(/outflow ≤ 5,000\.00 CNY.*per transaction.*MB-7/);
    expect(en).toMatch(/outflow ≤ 8,000\.00 CNY.*rolling 24 hours.*MB-7/);
    expect(en).toMatch(/outflow ≤ 20 transactions.*calendar day.*MB-7/);
    const zh = renderPresetMarkdown(mine, 'zh-CN');
    expect(zh).toMatch(/支出 ≤ 5,000\.00 CNY.*单笔/);
    expect(zh).toMatch(/支出 ≤ 8,000\.00 CNY.*滚动24小时/);
    expect(zh).toMatch(/支出 ≤ 20 笔.*自然日/);
  });

  it('states every flipped yes/no rule as "no"', () => {
    const en = lines('en');
    for (const rule of [
      'Reversals and refunds restore headroom',
      'Balance must be exactly zero',
      'Buying above one’s level with a signed special statement',
      'The guardian must be present in person (face to face)',
    ])
      expect(en, rule).toContain(`- ${rule}: no`);
    expect(en.some((l) => l.startsWith('- Entering and approving staff must differ: no — '))).toBe(
      true,
    );
    expect(
      en.some((l) =>
        l.startsWith('- Phone number must be registered in the applicant’s own name: no'),
      ),
    ).toBe(true);
    expect(en.some((l) => l.endsWith(': refuse the opening'))).toBe(true);
    expect(en.some((l) => l.startsWith('- Never open to:'))).toBe(false);
    expect(lines('zh-CN')).toContain('- 余额须为零: 否');
  });

  it('the shipped preset states the opposite choices', () => {
    const en = renderPresetMarkdown(getPreset('cn-pboc-2018'), 'en').split('\n');
    expect(en).toContain('- Balance must be exactly zero: yes');
    expect(en.some((l) => l.startsWith('- Never open to: ≥ 65, < 18'))).toBe(true);
    expect(en.some((l) => l.startsWith('- Derived from:'))).toBe(false);
  });
});

describe('the handbook of a tightened or replaced regulatory limit', () => {
  const tight = derivePreset(getPreset('cn-pboc-2018'), {
    id: 'my-bank-tight',
    classes: { II: { limits: { dailyOutflow: '5000.00' } } },
  });

  it('shows the bank’s own figure next to the regulation it tightens', () => {
    const en = renderPresetMarkdown(tight, 'en').split('\n');
    const row = en.find((l) => l.startsWith('| `dailyOutflow` | outflow ≤ 5,000.00 CNY'));
    expect(row).toContain(
      '| bank’s own: 5,000.00 CNY (regulation: 10,000.00 CNY, 银发〔2016〕302号) | bank’s own rule |',
    );
    expect(renderPresetMarkdown(tight, 'zh-CN')).toContain(
      '本行自定：5,000.00 CNY（监管规定：10,000.00 CNY，银发〔2016〕302号）',
    );
  });

  it('shows a replaced regulatory number with the one it replaced', () => {
    const newer = derivePreset(getPreset('cn-pboc-2018'), {
      id: 'after-newer',
      sources: {
        'pboc-newer': {
          ref: 'PBOC-NEWER-1',
          title: { en: 'A newer notice', 'zh-CN': '较新的通知' },
          issuer: "People's Bank of China",
        },
      },
      classes: {
        II: { limits: { dailyOutflow: { replace: { amount: '20000.00', source: 'pboc-newer' } } } },
      },
    });
    expect(renderPresetMarkdown(newer, 'en')).toContain(
      '| regulatory: 20,000.00 CNY (replaces 10,000.00 CNY, 银发〔2016〕302号) | PBOC-NEWER-1 |',
    );
  });
});
