import { describe, expect, it } from 'vitest';
import { LANGS, MESSAGES, formatMessage, placeholders, renderMessage } from '.';

describe('message catalog', () => {
  const entries = Object.entries(MESSAGES);

  it('is not empty', () => {
    expect(entries.length).toBeGreaterThan(20);
  });

  it.each(entries)(
    '%s has a non-empty message in every language with the same placeholders',
    (code, text) => {
      expect(code).toMatch(/^[a-z]+(_[a-z0-9]+)*$/);
      for (const lang of LANGS) expect(text[lang].trim().length).toBeGreaterThan(0);
      expect(placeholders(text['zh-CN'])).toEqual(placeholders(text.en));
    },
  );

  it('zh-CN messages are actually Chinese', () => {
    for (const [code, text] of entries)
      expect(/[\u4e00-\u9fff]/.test(text['zh-CN']), code).toBe(true);
  });

  it('fills placeholders and keeps missing ones visible', () => {
    expect(renderMessage({ en: '{a} and {b}', 'zh-CN': '{a}和{b}' }, { a: 1 }, 'zh-CN')).toBe(
      '1和{b}',
    );
    expect(formatMessage('balance_not_zero', { balance: '0.01' })).toContain('0.01');
  });

  it('does not read inherited properties as parameters', () => {
    expect(renderMessage({ en: '{constructor}', 'zh-CN': '{constructor}' }, {})).toBe(
      '{constructor}',
    );
  });
});
