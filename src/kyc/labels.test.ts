import { describe, expect, it } from 'vitest';
import { VERIFICATION_LABELS, joinAlternatives, joinList, labelList } from './labels';

describe('joinList and joinAlternatives: lists as text in each language', () => {
  it('nothing: "none" / "无"', () => {
    expect(joinList([], 'en')).toBe('none');
    expect(joinList([], 'zh-CN')).toBe('无');
    expect(joinAlternatives([], 'en')).toBe('none');
    expect(joinAlternatives([], 'zh-CN')).toBe('无');
  });

  it('one item is itself', () => {
    expect(joinList(['counter'], 'en')).toBe('counter');
    expect(joinAlternatives(['counter'], 'en')).toBe('counter');
    expect(joinAlternatives(['柜面'], 'zh-CN')).toBe('柜面');
  });

  it('several items: commas (顿号), and "or" (或) before the last alternative', () => {
    expect(joinList(['a', 'b', 'c'], 'en')).toBe('a, b, c');
    expect(joinList(['甲', '乙', '丙'], 'zh-CN')).toBe('甲、乙、丙');
    expect(joinAlternatives(['a', 'b'], 'en')).toBe('a or b');
    expect(joinAlternatives(['a', 'b', 'c'], 'en')).toBe('a, b or c');
    expect(joinAlternatives(['甲', '乙', '丙'], 'zh-CN')).toBe('甲、乙或丙');
  });

  it('labelList names keys from a table, in order', () => {
    expect(labelList(VERIFICATION_LABELS, ['sms_code', 'id_network_check'], 'en')).toBe(
      'SMS code, ID network check',
    );
    expect(labelList(VERIFICATION_LABELS, ['sms_code', 'id_network_check'], 'zh-CN')).toBe(
      '短信验证码、身份证联网核查',
    );
    expect(labelList(VERIFICATION_LABELS, [], 'en')).toBe('none');
  });
});
