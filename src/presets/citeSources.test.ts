import { describe, expect, it } from 'vitest';
import { citeSources, sourceRef } from './citeSources';
import { getPreset } from './registry';

describe('citeSources', () => {
  const preset = getPreset();

  it('cites known keys at every depth, keeping the key', () => {
    const out = citeSources(preset, {
      reasons: [{ code: 'a', source: 'pboc-2018-16', fix: { source: 'bank-training-course' } }],
      other: 1,
    });
    expect(out).toEqual({
      reasons: [
        {
          code: 'a',
          source: '银发〔2018〕16号',
          sourceKey: 'pboc-2018-16',
          fix: {
            source: '《银行个人账户培训》 (bank training course)',
            sourceKey: 'bank-training-course',
          },
        },
      ],
      other: 1,
    });
  });

  it('leaves unknown keys, cited values and non-plain objects alone, and does not mutate', () => {
    const input = { a: { source: 'nowhere' }, b: { source: 'x', sourceKey: 'y' }, d: new Date(0) };
    const before = JSON.stringify(input);
    const out = citeSources(preset, input);
    expect(out.a).toEqual({ source: 'nowhere' });
    expect(out.b).toEqual({ source: 'x', sourceKey: 'y' });
    expect(out.d).toBe(input.d);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('sourceRef falls back to the key', () => {
    expect(sourceRef(preset, 'gb-11643-1999')).toBe('GB 11643-1999');
    expect(sourceRef(preset, 'nope')).toBe('nope');
    expect(sourceRef(preset, undefined)).toBe('');
  });
});
