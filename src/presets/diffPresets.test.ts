import { describe, expect, it } from 'vitest';
import { derivePreset } from './derivePreset';
import { diffPresets, renderPresetDiffMarkdown } from './diffPresets';
import { getPreset } from './registry';

const P2016 = getPreset('cn-pboc-2016');
const P2018 = getPreset('cn-pboc-2018');

describe('diffPresets', () => {
  it('lists every Class III number the 2018 notice changed, with both sources', () => {
    const d = diffPresets(P2016, P2018);
    const byPath = Object.fromEntries(d.changes.map((c) => [c.path, c]));
    expect(byPath['classes.III.limits.balance.limit.amount']).toMatchObject({
      from: '1000.00',
      to: '2000.00',
      sourceFrom: '银发〔2016〕302号',
      sourceTo: '银发〔2018〕16号',
    });
    expect(byPath['classes.III.limits.dailyOutflow.limit.amount']).toMatchObject({
      from: '5000.00',
      to: '2000.00',
    });
    expect(byPath['classes.III.limits.annualOutflow.limit.amount']).toMatchObject({
      from: '100000.00',
      to: '50000.00',
    });
    expect(byPath['classes.III.limits.dailyInflow']?.change).toBe('removed');
    expect(byPath['classes.III.limits.annualInflow']?.change).toBe('removed');
    // Non-bound inflows: 2016 only after a face-to-face check (302号); 2018 also after the bound
    // account's first deposit (16号).
    expect(byPath['classes.III.permissions.2.requires']).toMatchObject({
      change: 'changed',
      from: ['face_to_face_verified'],
      to: ['bound_first_deposit_or_face_to_face'],
    });
    expect(byPath['classes.III.capabilities.nonBoundInflow']).toMatchObject({
      from: 'if_face_to_face',
      to: 'after_bound_first_deposit_or_face_to_face',
    });
    expect(byPath['classes.III.cumulativeIdentityCheck']?.change).toBe('added');
    // Class II's rules stand in 302号 in both editions; 2018 adds 16号 as the restatement.
    expect(byPath['classes.II.limits.dailyOutflow.restatedBy']).toMatchObject({
      change: 'added',
      to: ['pboc-2018-16'],
    });
    // Class I and the lifecycle are the same in both editions
    expect(
      d.changes.every(
        (c) =>
          c.path.startsWith('classes.III.') ||
          (c.path.startsWith('classes.II.') && c.path.endsWith('restatedBy')),
      ),
    ).toBe(true);
  });

  it('states the training course’s Class III discrepancy with the 2018 notice', () => {
    const en = diffPresets(P2016, P2018);
    expect(en.discrepancies).toHaveLength(2);
    expect(en.discrepancies[0]!.text).toContain('mixes the 2018 balance cap with the 2016');
    expect(en.discrepancies[0]!.sources).toContain('《银行个人账户培训》 (bank training course)');
    const zh = diffPresets(P2016, P2018, { lang: 'zh-CN' });
    expect(zh.discrepancies[0]!.text).toContain('《银行个人账户培训》称Ⅲ类户');
  });

  it('is empty for the same rules, both ways round it swaps added and removed', () => {
    expect(diffPresets(P2018, P2018).changes).toEqual([]);
    expect(diffPresets(P2018, P2018).discrepancies).toEqual([]);
    const back = diffPresets(P2018, P2016);
    expect(back.changes.find((c) => c.path === 'classes.III.limits.dailyInflow')?.change).toBe(
      'added',
    );
  });

  it('shows a derived preset against its base: the bank’s own number and the regulation’s', () => {
    const mine = derivePreset(P2018, {
      id: 'my-bank',
      classes: { II: { limits: { dailyOutflow: '5000.00' } } },
      lifecycle: { lossReport: { validity: { days: 10 } } },
    });
    const d = diffPresets(P2018, mine);
    expect(d.to).toBe('my-bank');
    expect(d.changes.map((c) => c.path)).toEqual([
      'classes.II.limits.dailyOutflow.limit.amount',
      'classes.II.limits.dailyOutflow.layer',
      // the bank's own figure does not carry the regulation's restatement (16号)
      'classes.II.limits.dailyOutflow.restatedBy',
      'lifecycle.lossReport.validity',
    ]);
    expect(d.changes[0]).toMatchObject({
      from: '10000.00',
      to: '5000.00',
      sourceFrom: '银发〔2016〕302号',
    });
    expect(d.changes[0]!.sourceTo).not.toBe('银发〔2016〕302号');
    expect(d.changes[3]).toMatchObject({ from: { days: 15 }, to: { days: 10 } });
    expect(d.changes[3]!.message).toContain('15 days → 10 days');
    expect(diffPresets(P2018, mine, { lang: 'zh-CN' }).changes[3]!.message).toContain(
      '由15天改为10天',
    );
  });

  it('renders a Markdown page in both languages', () => {
    const en = renderPresetDiffMarkdown(P2016, P2018, 'en');
    expect(en).toContain('| 5,000.00 CNY | 2,000.00 CNY |');
    expect(en).toContain('## Known discrepancies between sources');
    const zh = renderPresetDiffMarkdown(P2016, P2018, 'zh-CN');
    expect(zh).not.toBe(en);
    expect(zh.replace(/`[^`]*`/g, '')).not.toMatch(/[a-z]+_[a-z]+/);
    expect(renderPresetDiffMarkdown(P2018, P2018)).toContain('No rule differs.');
  });
});

describe('diffPresets across schemes', () => {
  const TIERED = getPreset('tiered-generic');
  it('says in words, in either language, what a different scheme changes', () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const d = diffPresets(P2018, TIERED, { lang });
      expect(d.changes.length).toBeGreaterThan(5);
      const byPath = Object.fromEntries(d.changes.map((c) => [c.path, c]));
      expect(byPath['classes.III']?.change).toBe('removed');
      expect(byPath['classes.basic']?.change).toBe('added');
      expect(byPath['tiering']).toMatchObject({ change: 'changed', from: null });
      for (const c of d.changes) {
        expect(c.message.length).toBeGreaterThan(10);
        expect(c.change === 'removed' ? c.sourceFrom : c.sourceTo).not.toBe('');
      }
      if (lang === 'zh-CN')
        for (const c of d.changes) expect(c.message).not.toMatch(/[a-z]+_[a-z]+|[a-z]+[A-Z][a-z]+/);
    }
  });

  it('names count limits, per-transaction limits and new limits of a derived preset', () => {
    const mine = derivePreset(P2018, {
      id: 'my-bank',
      classes: {
        II: {
          limits: {
            dailyOutflowCount: {
              type: 'window_count',
              direction: 'outflow',
              window: { kind: 'calendar', unit: 'day' },
              count: 20,
              source: 'bank-practice',
            },
            singleOutflow: {
              type: 'per_transaction',
              direction: 'outflow',
              limit: { amount: '5000.00', currency: 'CNY' },
              source: 'bank-practice',
            },
          },
        },
      },
    });
    const en = diffPresets(P2018, mine).changes.map((c) => c.message);
    expect(en).toContainEqual(expect.stringContaining('calendar day outflow count limit'));
    expect(en).toContainEqual(expect.stringContaining('per-transaction outflow limit'));
    const zh = diffPresets(P2018, mine, { lang: 'zh-CN' }).changes.map((c) => c.message);
    expect(zh).toContainEqual(
      expect.stringContaining('新增Ⅱ类户 › 自然日支出笔数限额：自然日支出笔数限额 20'),
    );
    expect(zh).toContainEqual(expect.stringContaining('单笔支出限额 5,000.00 CNY'));
  });
});
