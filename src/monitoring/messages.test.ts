import { describe, expect, it } from 'vitest';
import { MONITORING_MESSAGES, MONITORING_WORDS } from '../messages/catalog/monitoring';
import { placeholders } from '../messages/renderMessage';
import { ALERT_CODES } from '../presets/types/monitoring';

describe('the monitoring message catalog', () => {
  it('has a message for every alert code, and nothing else', () => {
    expect(Object.keys(MONITORING_MESSAGES).sort()).toEqual([...ALERT_CODES].sort());
  });

  it('uses the same placeholders in en and zh-CN, for every message and word', () => {
    for (const [code, text] of Object.entries({ ...MONITORING_MESSAGES, ...MONITORING_WORDS })) {
      expect(text.en.trim(), code).not.toBe('');
      expect(text['zh-CN'].trim(), code).not.toBe('');
      expect(placeholders(text['zh-CN']), code).toEqual(placeholders(text.en));
    }
  });

  it('never suggests splitting a payment', () => {
    for (const text of Object.values(MONITORING_MESSAGES))
      expect(`${text.en} ${text['zh-CN']}`).not.toMatch(/split|instead|smaller|拆分|分笔|建议/i);
  });
});
