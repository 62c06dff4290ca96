import { describe, expect, it } from 'vitest';
import { AccountPolicyError } from '../errors';
import { derivePreset } from './derivePreset';
import { getClassRules } from './classRules';
import { getPreset } from './registry';
import { renderPresetMarkdown } from './renderPresetMarkdown';
import { presetIssues, validatePreset } from './validatePreset';

function errorOf(fn: () => unknown): AccountPolicyError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AccountPolicyError);
    return error as AccountPolicyError;
  }
  throw new Error('expected an AccountPolicyError');
}

describe('presets refuse hostile arguments with typed errors', () => {
  it('getPreset and getClassRules describe a non-string id without converting it', () => {
    const hostile = { toString: 'not a function' };
    expect(errorOf(() => getPreset(hostile as never)).message).toMatch(
      /^Unknown preset \(a object\); known presets: cn-pboc-2018/,
    );
    expect(errorOf(() => getPreset('x'.repeat(100) as never)).message).toContain(
      `"${'x'.repeat(60)}"; known`,
    );
    expect(errorOf(() => getClassRules(getPreset(), hostile as never)).message).toMatch(
      /^Unknown account class \(a object\) for preset cn-pboc-2018/,
    );
  });

  it.each([
    [{ classes: 'I' }, ['classes'], 'an object of changes by class id'],
    [{ classes: ['I'] }, ['classes'], 'an object of changes by class id'],
    [
      { classes: { I: 'a'.repeat(1 << 20) } },
      ['classes', 'I'],
      'an object of changes to the class',
    ],
    [{ classes: { I: null } }, ['classes', 'I'], 'an object of changes to the class'],
    [
      { classes: { I: { limits: 'x' } } },
      ['classes', 'I', 'limits'],
      'an object of changes by limit id',
    ],
  ])('derivePreset refuses %j at its path', (overrides, path, what) => {
    const error = errorOf(() => derivePreset(getPreset(), { id: 'mine', ...overrides } as never));
    expect(error.code).toBe('invalid_preset');
    expect(error.issues).toEqual([{ path, message: `must be ${what}` }]);
  });

  it('a preset of the wrong shape deep inside is an issue, not a crash', () => {
    const base = getPreset();
    const broken = JSON.parse(JSON.stringify(base)) as {
      classes: { counting: { outflow: unknown[] } }[];
    };
    broken.classes[0]!.counting.outflow = [{ kinds: 'payment' }];
    const issues = presetIssues(broken as never);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual([]);
    expect(issues[0]!.message).toMatch(
      /^is not shaped like a preset \(.*\): compare it with the Preset type$/,
    );
    expect(errorOf(() => validatePreset(broken as never)).code).toBe('invalid_preset');
  });

  it('issues show hostile values safely', () => {
    const broken = { ...getPreset(), currency: { toString: 'x' }, timeZone: 'z'.repeat(100) };
    const messages = presetIssues(broken as never).map((i) => `${i.path.join('.')} ${i.message}`);
    expect(messages).toContain('currency is not a known ISO 4217 currency: an object');
    expect(messages).toContain(`timeZone is not an IANA time zone: ${'z'.repeat(60)}…`);
  });

  it('renderPresetMarkdown renders English for a language it does not know', () => {
    const en = renderPresetMarkdown(getPreset(), 'en');
    expect(renderPresetMarkdown(getPreset(), 'fr' as never)).toBe(en);
    expect(renderPresetMarkdown(getPreset(), undefined)).toBe(en);
    expect(renderPresetMarkdown(getPreset(), 'zh-CN')).not.toBe(en);
  });
});
