/**
 * Hostile input for src/presets, src/messages and src/errors: only AccountPolicyError (with a
 * documented code) comes out, nothing pollutes Object.prototype, each call answers within 50 ms.
 *
 * Functions that take a Preset are fuzzed through their other arguments with the shipped presets;
 * the preset itself is fuzzed at every path through `validatePreset` and `presetIssues`, whose
 * job is to judge untrusted presets (and which `derivePreset` runs on every result).
 */
import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { attempt, isAccountPolicyError } from '../../src/errors';
import {
  formatMessage,
  isLang,
  MESSAGES,
  placeholders,
  renderMessage,
  type MessageCode,
} from '../../src/messages';
import {
  derivePreset,
  getClassRules,
  getPreset,
  listPresets,
  presetIssues,
  renderPresetMarkdown,
  safeDerivePreset,
  safeGetPreset,
  validatePreset,
  type PresetOverrides,
} from '../../src/presets';
import { hostileValue, NASTY_STRINGS, variantsOf } from './arbitraries';
import { assertHostile, okValue } from './guard';

const PRESETS = listPresets();
const preset = fc.constantFrom(...PRESETS);
const text = fc.oneof(fc.constantFrom(...NASTY_STRINGS), hostileValue);
const lang = fc.oneof(fc.constantFrom('en', 'zh-CN'), hostileValue);

/** A valid override of the default preset: a stricter limit, a new bank cap with its source. */
const OVERRIDES: PresetOverrides = {
  id: 'my-bank-2026',
  sources: {
    'my-bank-policy': {
      ref: 'MB-7',
      title: { en: 'Limits policy', 'zh-CN': '限额制度' },
      issuer: 'My Bank',
    },
  },
  classes: {
    I: {
      limits: {
        bankDailyOutflow: {
          type: 'window_amount',
          direction: 'outflow',
          window: { kind: 'calendar', unit: 'day' },
          limit: { amount: '50000.00', currency: 'CNY' },
          layer: 'bank',
          source: 'my-bank-policy',
        },
      },
    },
    II: { limits: { dailyOutflow: '5000.00' } },
  },
} as PresetOverrides;

describe('hostile input: presets', () => {
  it('the example overrides are valid (so variants differ from a valid input by one path)', () => {
    expect(derivePreset(getPreset('cn-pboc-2018'), OVERRIDES).id).toBe('my-bank-2026');
  });

  it('getPreset and safeGetPreset', () => {
    assertHostile(text, (id) => getPreset(id as never), {
      name: 'getPreset',
      documented: { codes: ['unknown_preset'] },
      warmUp: () => getPreset('cn-pboc-2016'),
    });
    assertHostile(text, (id) => safeGetPreset(id as string), {
      name: 'safeGetPreset',
      documented: { codes: [] },
    });
  });

  it('getClassRules and renderPresetMarkdown', () => {
    assertHostile(fc.tuple(preset, text), ([p, id]) => getClassRules(p, id as string), {
      name: 'getClassRules',
      documented: { codes: ['invalid_input'] },
    });
    assertHostile(fc.tuple(preset, lang), ([p, l]) => renderPresetMarkdown(p, l as 'en'), {
      name: 'renderPresetMarkdown',
      documented: { codes: [] },
      warmUp: () => renderPresetMarkdown(getPreset(), 'zh-CN'),
      numRuns: 50,
    });
  });

  it('derivePreset refuses hostile overrides with invalid_preset', () => {
    assertHostile(
      fc.tuple(preset, fc.oneof(variantsOf(OVERRIDES), hostileValue)),
      ([base, overrides]) => derivePreset(base, overrides as PresetOverrides),
      {
        name: 'derivePreset',
        documented: { codes: ['invalid_preset'] },
        warmUp: () => derivePreset(getPreset(), OVERRIDES),
        check: (outcome) => {
          if (outcome.ok) expect(presetIssues(outcome.value as never)).toEqual([]);
        },
      },
    );
    assertHostile(
      variantsOf(OVERRIDES),
      (overrides) => safeDerivePreset(getPreset(), overrides as PresetOverrides),
      { name: 'safeDerivePreset', documented: { codes: [] } },
    );
  });

  it('validatePreset and presetIssues judge a preset broken at any path', () => {
    for (const p of PRESETS) {
      assertHostile(variantsOf(p), (candidate) => validatePreset(candidate as never), {
        name: `validatePreset(${p.id})`,
        documented: { codes: ['invalid_preset'] },
        warmUp: () => validatePreset(p),
        numRuns: 200,
      });
    }
    assertHostile(
      fc.oneof(variantsOf(getPreset()), hostileValue),
      (candidate) => presetIssues(candidate as never),
      {
        name: 'presetIssues',
        documented: { codes: [] },
        check: (outcome) => expect(Array.isArray(okValue(outcome))).toBe(true),
      },
    );
  });
});

describe('hostile input: messages and errors', () => {
  const CODES = Object.keys(MESSAGES) as MessageCode[];
  const params = fc.oneof(
    fc.dictionary(fc.string({ maxLength: 12 }), fc.oneof(text, fc.double())),
    variantsOf({ limit: '10000.00', used: '9000.00' }),
    hostileValue,
  );

  it('formatMessage renders every known code in every language; unknown codes are a typed error', () => {
    assertHostile(
      fc.tuple(fc.oneof(fc.constantFrom(...CODES), text), params, lang),
      ([code, p, l]) => formatMessage(code as MessageCode, p as never, l as 'en'),
      {
        name: 'formatMessage',
        documented: { codes: ['invalid_input'] },
        check: (outcome, [code, , l]) => {
          if (!outcome.ok) return;
          expect(typeof outcome.value).toBe('string');
          expect(Object.hasOwn(MESSAGES, code as string)).toBe(true);
          if (isLang(l)) expect(outcome.value).not.toBe('');
        },
      },
    );
  });

  it('renderMessage and placeholders', () => {
    const template = fc.oneof(
      fc.record({ en: text, 'zh-CN': text }),
      variantsOf({ en: 'Limit {limit}', 'zh-CN': '限额{limit}' }),
      hostileValue,
    );
    assertHostile(
      fc.tuple(template, params, lang),
      ([t, p, l]) => renderMessage(t as never, p as never, l as 'en'),
      { name: 'renderMessage', documented: { codes: ['invalid_input'] } },
    );
    assertHostile(text, (t) => placeholders(t as string), {
      name: 'placeholders',
      documented: { codes: ['invalid_input'] },
    });
  });

  it('isLang, isAccountPolicyError and attempt', () => {
    assertHostile(hostileValue, (v) => isLang(v), {
      name: 'isLang',
      documented: { codes: [] },
      check: (outcome) => expect(typeof okValue(outcome)).toBe('boolean'),
    });
    assertHostile(hostileValue, (v) => isAccountPolicyError(v), {
      name: 'isAccountPolicyError',
      documented: { codes: [] },
      check: (outcome) => expect(okValue(outcome)).toBe(false),
    });
    assertHostile(hostileValue, (v) => attempt(() => v), {
      name: 'attempt',
      documented: { codes: [] },
      check: (outcome, v) => expect(okValue(outcome)).toEqual({ ok: true, value: v }),
    });
  });
});
