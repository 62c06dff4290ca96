/**
 * Issue 17, the citations and dates of the shipped presets: every source cited by its title, kind
 * and layer, unverified sources marked, instruments corrected, every rule dated. Each test fails
 * on the data before issue 17.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restrictionsInForce } from '../kyc/eligibility/restrictionsInForce';
import { ACCOUNTS } from '../lifecycle/fixtures.testkit';
import { transition } from '../lifecycle/transition';
import {
  accountSellingPeriodOn,
  getPreset,
  listPresets,
  presetIssues,
  renderPresetMarkdown,
  ruleInForceOn,
  rulePeriod,
} from '.';
import type { Sourced } from './types/common';
import type { Preset } from './types/preset';

const P2018 = getPreset('cn-pboc-2018');
const P2016 = getPreset('cn-pboc-2016');
const TIERED = getPreset('tiered-generic');
const FORBIDDEN = /seed|RULES\.md|project seed document/i;

function entries(preset: Preset): { path: string; entry: Sourced }[] {
  const out: { path: string; entry: Sourced }[] = [];
  const walk = (v: unknown, path: string[]): void => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, [...path, String(i)]));
    if (typeof v !== 'object' || v === null) return;
    const r = v as Record<string, unknown>;
    if (typeof r.source === 'string')
      out.push({ path: path.join('.'), entry: r as unknown as Sourced });
    for (const [k, x] of Object.entries(r)) if (k !== 'sources') walk(x, [...path, k]);
  };
  walk(preset, []);
  return out;
}

describe('no citation of the project’s own documents', () => {
  it.each(listPresets().map((p) => [p.id, p] as const))('%s: data and handbooks', (_, preset) => {
    expect(JSON.stringify(preset)).not.toMatch(FORBIDDEN);
    expect(renderPresetMarkdown(preset, 'en')).not.toMatch(FORBIDDEN);
    expect(renderPresetMarkdown(preset, 'zh-CN')).not.toMatch(FORBIDDEN);
  });
  it('the committed handbooks', () => {
    for (const file of readdirSync('docs/presets'))
      expect(readFileSync(`docs/presets/${file}`, 'utf8'), file).not.toMatch(FORBIDDEN);
  });
});

describe('every source says what it is', () => {
  it('kind, layer and verified on every shipped source; regulations not seen in the original are unverified', () => {
    for (const [key, src] of Object.entries(P2018.sources)) {
      expect(src.kind, key).toBeDefined();
      expect(['regulatory', 'bank', 'practice'], key).toContain(src.layer);
      expect(typeof src.verified, key).toBe('boolean');
      if (src.layer === 'regulatory') expect(src.verified, key).toBe(false);
    }
    expect(P2018.sources['bank-practice']!.ref).toBe('common bank practice, configurable');
    expect(P2018.sources['bank-training-course']!.ref).toContain('(bank training course)');
    expect(P2018.sources['tiering-measures']!.ref).toContain('(bank internal policy)');
  });
  it('the handbook marks unverified sources in both languages and names each kind', () => {
    const en = renderPresetMarkdown(P2018, 'en');
    const zh = renderPresetMarkdown(P2018, 'zh-CN');
    expect(en).toMatch(/`pboc-2016-302` — .*\*\*unverified\*\*/);
    expect(zh).toMatch(/`pboc-2016-302` — .*\*\*未核实\*\*/);
    expect(en).toContain("a bank's training course");
    expect(zh).toContain('《银行个人账户培训》（银行培训资料）');
  });
  it('every rule has an effective-from date', () => {
    for (const p of listPresets())
      for (const { path, entry } of entries(p))
        expect(rulePeriod(p, entry).from, `${p.id} ${path}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('the right instrument', () => {
  it('Class II limits and face-to-face conditions stand in 302号 (2016); 2018 cites 16号 as restating them', () => {
    for (const p of [P2016, P2018]) {
      const ii = p.classes.find((c) => c.id === 'II')!;
      for (const l of ii.limits) expect(l.source).toBe('pboc-2016-302');
      expect(ii.permissions[0]!.source).toBe('pboc-2016-302');
    }
    expect(P2018.classes.find((c) => c.id === 'II')!.limits[0]!.restatedBy).toEqual([
      'pboc-2018-16',
    ]);
    expect(P2016.classes.find((c) => c.id === 'II')!.limits[0]!.restatedBy).toBeUndefined();
  });
  it('the 300,000 reminder is 261号’s; the written loss report the Savings Administration Regulations’', () => {
    expect(P2018.kyc.nonCounterTransfers.largeTransferReminderSource).toBe('pboc-2016-261');
    expect(P2018.lifecycle.lossReport.writtenReportSource).toBe('cn-savings-regulations');
    expect(P2018.sources['cn-savings-regulations']!.ref).toBe('《储蓄管理条例》第三十一条');
  });
  it('seniors and R4: the bank’s own suitability rules; the birth-date check: bank practice', () => {
    expect(P2018.suitability.source).toBe('wealth-manager-duties');
    expect(P2018.sources['wealth-manager-duties']).toMatchObject({
      layer: 'bank',
      kind: 'bank_suitability_rules',
    });
    expect(P2018.kyc.documents.birthDateMismatchSource).toBe('bank-practice');
  });
  it('the judicial freeze: the SPC interpretation of the Civil Procedure Law, Art. 487, one year per order', () => {
    const src = P2018.sources[P2018.lifecycle.freezes.judicial.source]!;
    expect(src.ref).toBe('法释〔2015〕5号 第四百八十七条');
    expect(src.title['zh-CN']).toContain('最高人民法院关于适用《中华人民共和国民事诉讼法》的解释');
    expect(src.kind).toBe('judicial_interpretation');
    expect(P2018.lifecycle.freezes.judicial.maxDuration).toEqual({ years: 1 });
  });
  it('the training course’s own errors are listed as discrepancies, in both languages', () => {
    const en = renderPresetMarkdown(P2018, 'en');
    const zh = renderPresetMarkdown(P2018, 'zh-CN');
    expect(en).toContain('the notice was issued on 2015-12-25');
    expect(zh).toContain('该通知实际于2015年12月25日发布');
    expect(en).toContain('"has no transfer function"');
    expect(zh).toContain('不具备转账功能');
  });
  it('both handbooks use the notices’ terms', () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const md = renderPresetMarkdown(P2018, lang);
      for (const term of ['日累计限额', '入金', '出金', '非绑定账户', '久悬'])
        expect(md, `${lang} ${term}`).toContain(term);
    }
  });
});

describe('the tiered preset is a bank’s own scheme', () => {
  it('its figures are layer bank, its effective date sourced, and it says it is Chinese', () => {
    for (const cls of TIERED.classes) for (const l of cls.limits) expect(l.layer).toBe('bank');
    expect(TIERED.effectiveFromSource).toBe('bank-practice');
    expect(TIERED.jurisdiction).toBe('CN');
    expect(TIERED.id).toBe('tiered-generic');
  });
});

describe('rules dated: a preset at an instant applies what was in force', () => {
  it('85号’s opening restriction applies from 2019-04-01, not in 2017, in the 2016 edition', () => {
    const rule = P2016.kyc.openingRestrictions;
    expect(ruleInForceOn(P2016, rule, '2019-03-31')).toBe(false);
    expect(ruleInForceOn(P2016, rule, '2019-04-01')).toBe(true);
    const r = [{ kind: 'no_non_counter' as const, from: '2017-01-01T00:00:00+08:00' }];
    const period = rulePeriod(P2016, rule);
    expect(
      restrictionsInForce(r, { year: 2017, month: 6, day: 1 }, 'Asia/Shanghai', period),
    ).toEqual([]);
    expect(
      restrictionsInForce(r, { year: 2019, month: 3, day: 31 }, 'Asia/Shanghai', period),
    ).toEqual([]);
    expect(
      restrictionsInForce(r, { year: 2019, month: 4, day: 1 }, 'Asia/Shanghai', period),
    ).toHaveLength(1);
    // Without a rule period, as before.
    expect(restrictionsInForce(r, { year: 2017, month: 6, day: 1 }, 'Asia/Shanghai')).toHaveLength(
      1,
    );
  });
  it('account selling: 85号’s 5 years until 2024-11-30, the 2024 Measures’ 2 (or 3, at most 5 in a row) from 2024-12-01', () => {
    expect(accountSellingPeriodOn(P2018, '2024-11-30')?.duration).toEqual({ years: 5 });
    const measures = accountSellingPeriodOn(P2018, '2024-12-01')!;
    expect(measures).toMatchObject({
      duration: { years: 2 },
      allowedDurations: [{ years: 2 }, { years: 3 }],
      maxConsecutive: { years: 5 },
      basicServicesKept: true,
      source: 'cn-joint-punishment-2024',
    });
    expect(accountSellingPeriodOn(P2018, '2019-03-31')).toBeUndefined();
    const restrict = (at: string) => {
      const r = transition(
        {
          ...ACCOUNTS.normal,
          openedAt: '2020-01-05T10:00:00+08:00',
          activatedAt: '2020-01-05T10:30:00+08:00',
          lastActiveAt: '2024-10-01T10:00:00+08:00',
        },
        {
          type: 'restrict_person',
          at,
          restriction: { id: 'P', kind: 'no_non_counter', reason: 'account_selling' },
        },
        P2018,
      );
      return r.ok ? r.account.restrictions![0]!.until : undefined;
    };
    expect(restrict('2024-11-30T23:59:59.999+08:00')).toBe('2029-11-30T23:59:59.999+08:00');
    expect(restrict('2024-12-01T00:00:00+08:00')).toBe('2026-12-01T00:00:00+08:00');
  });
  it('the Anti-Telecom-Fraud Law is cited where it changes account rules, in force 2022-12-01', () => {
    expect(P2018.sources['cn-anti-telecom-fraud-law']).toMatchObject({
      inForce: '2022-12-01',
      layer: 'regulatory',
    });
    expect(P2018.kyc.openingRestrictions.restatedBy).toContain('cn-anti-telecom-fraud-law');
    expect(P2018.lifecycle.restrictions.restatedBy).toContain('cn-anti-telecom-fraud-law');
  });
  it('validatePreset checks restatements and dates', () => {
    const bad = {
      ...P2018,
      kyc: {
        ...P2018.kyc,
        openingRestrictions: {
          ...P2018.kyc.openingRestrictions,
          restatedBy: ['nope'],
          effectiveFrom: '2019-13-01',
        },
      },
    };
    expect(presetIssues(bad).map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining([
        'kyc.openingRestrictions.restatedBy.0',
        'kyc.openingRestrictions.effectiveFrom',
      ]),
    );
    expect(presetIssues(P2018)).toEqual([]);
  });
});
