import { describe, expect, it } from 'vitest';
import type { Preset } from '../presets/types/preset';
import { PBOC, PBOC_2016, TIERED, withMonitoring } from './fixtures.testkit';
import { monitoringIssues } from './monitoringIssues';

const paths = (preset: Preset) => monitoringIssues(preset).map((i) => i.path.join('.'));
const m = PBOC.monitoring;

describe('monitoringIssues', () => {
  it('finds nothing wrong in the shipped presets', () => {
    for (const preset of [PBOC, PBOC_2016, TIERED]) expect(monitoringIssues(preset)).toEqual([]);
  });

  it('names a missing section, and every missing rule', () => {
    const { monitoring: _, ...none } = PBOC;
    expect(monitoringIssues(none as Preset)).toEqual([
      { path: ['monitoring'], message: 'is required: the monitoring rules of the preset' },
    ]);
    expect(paths({ ...PBOC, monitoring: {} as never })).toEqual([
      'monitoring.rapidInOut',
      'monitoring.fanIn',
      'monitoring.fanOut',
      'monitoring.structuring',
      'monitoring.largeTransaction',
      'monitoring.nightActivity',
      'monitoring.dormantAccountActivity',
    ]);
    expect(monitoringIssues(null as never)).toEqual([
      { path: [], message: 'must be a preset object' },
    ]);
  });

  it('checks sources, severities, durations, amounts, ratios and counts', () => {
    const broken = withMonitoring(PBOC, {
      rapidInOut: {
        ...m.rapidInOut,
        severity: 'urgent' as never,
        source: 'nowhere',
        window: { hours: -1 },
        minInflow: { amount: '5000.001', currency: 'CNY' },
        maxRetainedRatio: '1.5',
      },
      fanIn: { ...m.fanIn, minCounterparties: 0 },
      fanOut: { ...m.fanOut, minCounterparties: 2.5 },
      structuring: { ...m.structuring, margin: '-0.1', minOccurrences: 0, window: {} },
      dormantAccountActivity: {
        severity: 'low',
        source: 'nope',
        bankPostings: { onDormantAccount: 'sometimes' as never, source: 'nowhere' },
      },
    });
    expect(paths(broken)).toEqual([
      'monitoring.rapidInOut.source',
      'monitoring.rapidInOut.severity',
      'monitoring.rapidInOut.window.hours',
      'monitoring.rapidInOut.minInflow.amount',
      'monitoring.rapidInOut.maxRetainedRatio',
      'monitoring.fanIn.minCounterparties',
      'monitoring.fanOut.minCounterparties',
      'monitoring.structuring.margin',
      'monitoring.structuring.minOccurrences',
      'monitoring.structuring.window',
      'monitoring.dormantAccountActivity.source',
      'monitoring.dormantAccountActivity.bankPostings.onDormantAccount',
      'monitoring.dormantAccountActivity.bankPostings.source',
    ]);
  });

  it('refuses amounts in another currency, and unknown currencies', () => {
    const usd = withMonitoring(PBOC, {
      rapidInOut: { ...m.rapidInOut, minInflow: { amount: '5000.00', currency: 'USD' } },
    });
    expect(monitoringIssues(usd)).toEqual([
      {
        path: ['monitoring', 'rapidInOut', 'minInflow', 'currency'],
        message: "is USD, not the preset's currency CNY",
      },
    ]);
    const xxx = withMonitoring(PBOC, {
      rapidInOut: { ...m.rapidInOut, minInflow: { amount: '1', currency: 'XYZ' } },
    });
    expect(paths(xxx)).toEqual(['monitoring.rapidInOut.minInflow.currency']);
    const neg = withMonitoring(PBOC, {
      rapidInOut: { ...m.rapidInOut, minInflow: { amount: '-1.00', currency: 'CNY' } },
    });
    expect(monitoringIssues(neg)[0]!.message).toBe('must not be below zero');
  });

  it('shows a wrong value briefly, whatever it is', () => {
    const messages = (source: unknown) =>
      monitoringIssues(
        withMonitoring(PBOC, { fanIn: { ...m.fanIn, source: source as string } }),
      )[0]!.message;
    expect(messages({})).toBe('names no source in preset.sources: an object');
    expect(messages([])).toBe('names no source in preset.sources: an array');
    expect(messages(Symbol('s'))).toBe('names no source in preset.sources: a symbol');
    expect(messages(12)).toBe('names no source in preset.sources: 12');
    expect(messages('x'.repeat(100))).toBe(`names no source in preset.sources: ${'x'.repeat(60)}…`);
  });

  it('checks matchers: kinds and counterparties', () => {
    const broken = withMonitoring(PBOC, {
      fanIn: {
        ...m.fanIn,
        matchers: [{ kinds: ['gift' as never], counterparties: ['stranger' as never] }],
      },
      fanOut: { ...m.fanOut, matchers: 'all' as never },
      rapidInOut: {
        ...m.rapidInOut,
        inflow: [{ kinds: ['deposit_cash'], counterparties: 'other' as never }],
      },
      nightActivity: { ...m.nightActivity, matchers: [null as never] },
    });
    expect(paths(broken)).toEqual([
      'monitoring.rapidInOut.inflow.0.counterparties',
      'monitoring.fanIn.matchers.0.kinds.0',
      'monitoring.fanIn.matchers.0.counterparties.0',
      'monitoring.fanOut.matchers',
      'monitoring.nightActivity.matchers.0',
    ]);
  });

  it('checks structuring targets', () => {
    const broken = withMonitoring(PBOC, {
      structuring: {
        ...m.structuring,
        watch: [
          { kind: 'class_limits', limitTypes: [] },
          { kind: 'class_limits', limitTypes: ['balance_cap' as never] },
          { kind: 'non_counter_transfer', threshold: 'nope' as never, matchers: [] },
          {
            kind: 'amount',
            id: 'Bad Id',
            title: { en: 'x' } as never,
            amount: { amount: '1.00', currency: 'CNY' },
            matchers: [],
            source: 'nowhere',
          },
          {
            kind: 'amount',
            id: 'ok',
            title: { en: 'x', 'zh-CN': 'x' },
            amount: { amount: '1.00', currency: 'CNY' },
            matchers: [],
            source: 'bank-practice',
          },
          {
            kind: 'amount',
            id: 'ok',
            title: { en: 'x', 'zh-CN': 'x' },
            amount: { amount: '1.00', currency: 'CNY' },
            matchers: [],
            source: 'bank-practice',
          },
          { kind: 'mystery' } as never,
          7 as never,
        ],
      },
    });
    expect(paths(broken)).toEqual([
      'monitoring.structuring.watch.0.limitTypes',
      'monitoring.structuring.watch.1.limitTypes.0',
      'monitoring.structuring.watch.2.threshold',
      'monitoring.structuring.watch.3.id',
      'monitoring.structuring.watch.3.title',
      'monitoring.structuring.watch.3.source',
      'monitoring.structuring.watch.5.id',
      'monitoring.structuring.watch.6.kind',
      'monitoring.structuring.watch.7',
    ]);
    expect(
      paths(withMonitoring(PBOC, { structuring: { ...m.structuring, watch: 'x' as never } })),
    ).toEqual(['monitoring.structuring.watch']);
  });

  it('checks large-transaction thresholds: one per class, known classes, tiering where referred to', () => {
    const t = TIERED.monitoring.largeTransaction;
    const noTiering = { ...TIERED, tiering: null };
    expect(monitoringIssues(noTiering)).toEqual([
      {
        path: ['monitoring', 'largeTransaction', 'thresholds', 0, 'above'],
        message: 'refers to tiering.reviewThreshold but the preset has no tiering',
      },
      {
        path: ['monitoring', 'largeTransaction', 'thresholds', 1, 'above'],
        message: 'refers to tiering.reviewThreshold but the preset has no tiering',
      },
    ]);
    const broken = withMonitoring(TIERED, {
      largeTransaction: {
        ...t,
        thresholds: [
          t.thresholds[0]!,
          { ...t.thresholds[0]!, above: { amount: 'x', currency: 'CNY' } },
          { class: 'premium', above: null, source: 'tiering-measures' },
          null as never,
        ],
      },
    });
    expect(monitoringIssues(broken).map((i) => [i.path.join('.'), i.message])).toEqual([
      ['monitoring.largeTransaction.thresholds.1.class', 'duplicate threshold for basic'],
      ['monitoring.largeTransaction.thresholds.1.above.amount', expect.any(String)],
      ['monitoring.largeTransaction.thresholds.2.class', 'unknown class: premium'],
      ['monitoring.largeTransaction.thresholds.3', 'must be { class, above, source }'],
      [
        'monitoring.largeTransaction.thresholds',
        'has no entry for class intermediate (use "above": null for none)',
      ],
      [
        'monitoring.largeTransaction.thresholds',
        'has no entry for class advanced (use "above": null for none)',
      ],
    ]);
    expect(
      paths(withMonitoring(TIERED, { largeTransaction: { ...t, thresholds: {} as never } })),
    ).toEqual(['monitoring.largeTransaction.thresholds']);
  });

  it('checks night hours: HH:MM, and never an empty night', () => {
    const n = m.nightActivity;
    expect(
      paths(withMonitoring(PBOC, { nightActivity: { ...n, from: '24:00', to: '5:00' } })),
    ).toEqual(['monitoring.nightActivity.from', 'monitoring.nightActivity.to']);
    expect(
      monitoringIssues(withMonitoring(PBOC, { nightActivity: { ...n, to: '00:00' } })),
    ).toEqual([
      {
        path: ['monitoring', 'nightActivity', 'to'],
        message: 'must differ from "from" (the night would be empty)',
      },
    ]);
    expect(paths(withMonitoring(PBOC, { nightActivity: { ...n, from: 0 as never } }))).toEqual([
      'monitoring.nightActivity.from',
    ]);
    expect(paths(withMonitoring(PBOC, { nightActivity: { ...n, minTransactions: 0 } }))).toEqual([
      'monitoring.nightActivity.minTransactions',
    ]);
  });

  it('reports a value that cannot be read as an issue, never a crash', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke(); // reading a revoked proxy throws a TypeError
    expect(monitoringIssues({ ...PBOC, monitoring: proxy as never })).toEqual([
      {
        path: ['monitoring'],
        message: expect.stringMatching(/^is not shaped like MonitoringRules/),
      },
    ]);
  });
});
