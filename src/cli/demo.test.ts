import { describe, expect, it } from 'vitest';
import { buildDemo } from './demo';

describe('account-policy demo', () => {
  const en = buildDemo('en');

  it('tells the story with the decisions the library makes', () => {
    expect(en).toContain("Wang Fang's son (14) asks for a Class III account online: REFUSED");
    expect(en).toMatch(/under_minimum_age/);
    expect(en).toMatch(
      /second Class I in the app: REFUSED\n.*face_to_face_required.*\n.*class_limit_reached/,
    );
    expect(en).toMatch(
      /one fen over the day's headroom CNY 1,000\.01: REFUSED\n.*daily_outflow_limit/,
    );
    expect(en).toContain('rent, exactly the headroom CNY 1,000.00: ALLOWED');
    expect(en).toContain('resets at 2026-11-23T00:00:00+08:00');
    expect(en).toContain('first second of the next day, a payment CNY 500.00: ALLOWED');
    expect(en).toMatch(/unreport in the app: REFUSED\n.*channel_not_allowed/);
    expect(en).toMatch(
      /close the Class II account: REFUSED\n.*balance_not_zero.*\n.*linked_services/,
    );
    expect(en).toContain('retain_records 2031-12-01');
    expect(en).toMatch(/Try to use it again: REFUSED\n.*already_closed/);
  });

  it('is the same every time (no clock, no randomness)', () => {
    expect(buildDemo('en')).toBe(en);
  });

  it('is told in Chinese too', () => {
    const zh = buildDemo('zh-CN');
    expect(zh).toContain('拒绝');
    expect(zh).toContain('销户后不可恢复');
    expect(zh).not.toContain('REFUSED');
    // The same story: as many allowed and refused decisions as in English (an all-refused
    // Chinese story fails here).
    const verdicts = (text: string, verdict: RegExp) =>
      text.split('\n').filter((line) => verdict.test(line)).length;
    const allowedEn = verdicts(en, /: ALLOWED$/);
    expect(allowedEn).toBeGreaterThan(0);
    expect(verdicts(zh, /[:：]\s*允许$/)).toBe(allowedEn);
  });
});
