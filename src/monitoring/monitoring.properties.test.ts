/**
 * Properties of detectAlerts over random histories, and model-based checks of the windowed
 * detectors against deliberately simple (quadratic, fixed-offset) reference implementations.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { TransactionInput } from '../limits/types';
import { PolicyDecimal } from '../money/decimal';
import type { TransactionKind } from '../presets/types/common';
import { ALERT_CODES, type AlertCode } from '../presets/types/monitoring';
import type { Preset } from '../presets/types/preset';
import { detectAlerts } from './detectAlerts';
import { PBOC, PBOC_2016, TIERED, only } from './fixtures.testkit';
import type { Alert } from './types';

const HOUR = 3_600_000;
/** 2026-11-20T00:00:00+08:00. */
const T0 = Date.parse('2026-11-20T00:00:00+08:00');
const SPAN_MINUTES = 2 * 24 * 60;
const NOW = '2026-12-01T00:00:00+08:00';
const IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const KINDS: TransactionKind[] = [
  'deposit_cash',
  'withdraw_cash',
  'transfer_in',
  'transfer_out',
  'transfer_in',
  'transfer_out',
  'payment',
  'wealth_purchase',
  'interest',
];

/** Amounts in cents: small, near the thresholds of the shipped presets, or large. */
const centsArb = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 50_000 }), weight: 3 },
  { arbitrary: fc.integer({ min: 880_000, max: 1_010_000 }), weight: 3 },
  { arbitrary: fc.integer({ min: 170_000, max: 205_000 }), weight: 2 },
  { arbitrary: fc.integer({ min: 85_000, max: 101_000 }), weight: 1 },
  { arbitrary: fc.integer({ min: 440_000, max: 510_000 }), weight: 2 },
  { arbitrary: fc.integer({ min: 2_900_000, max: 6_000_000 }), weight: 1 },
);
const amountText = (cents: number) =>
  `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

const txArb = (
  minuteArb: fc.Arbitrary<number>,
  kinds: readonly TransactionKind[] = KINDS,
): fc.Arbitrary<TransactionInput> =>
  fc
    .record({
      minute: minuteArb,
      second: fc.integer({ min: 0, max: 59 }),
      cents: centsArb,
      kind: fc.constantFrom(...kinds),
      counterparty: fc.constantFrom('other', 'other', 'other', 'bound', 'own'),
      counterpartyId: fc.option(fc.constantFrom(...IDS), { nil: undefined, freq: 4 }),
      channel: fc.option(fc.constantFrom('counter', 'online', 'mobile'), { nil: undefined }),
    })
    .map((r) => ({
      at: new Date(T0 + r.minute * 60_000 + r.second * 1000).toISOString(),
      amount: amountText(r.cents),
      kind: r.kind,
      counterparty: r.counterparty as TransactionInput['counterparty'],
      ...(r.counterpartyId === undefined ? {} : { counterpartyId: r.counterpartyId }),
      ...(r.channel === undefined ? {} : { channel: r.channel as TransactionInput['channel'] }),
    }));

/** A burst of transfers with distinct counterparties within a few hours (fan-in or fan-out). */
const burstArb = fc
  .record({
    start: fc.integer({ min: 0, max: SPAN_MINUTES - 300 }),
    kind: fc.constantFrom<TransactionKind>('transfer_in', 'transfer_out'),
    ids: fc.shuffledSubarray(IDS, { minLength: 3, maxLength: 7 }),
    offsets: fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 7, maxLength: 7 }),
  })
  .map(({ start, kind, ids, offsets }) =>
    ids.map((id, i): TransactionInput => ({
      at: new Date(T0 + (start + offsets[i]!) * 60_000).toISOString(),
      amount: '88.00',
      kind,
      counterparty: 'other',
      counterpartyId: id,
    })),
  );

const historyArb = fc
  .tuple(
    fc.array(txArb(fc.integer({ min: 0, max: SPAN_MINUTES })), { minLength: 5, maxLength: 40 }),
    fc.option(burstArb, { nil: [] }),
  )
  .map(([base, burst]) => [...base, ...burst]);

const caseArb = fc.constantFrom<Preset>(PBOC, PBOC_2016, TIERED).chain((preset) =>
  fc.record({
    preset: fc.constant(preset),
    cls: fc.constantFrom(...preset.classes.map((c) => c.id)),
    lastActiveAt: fc.option(
      fc.constantFrom('2025-06-01T10:00:00+08:00', '2026-11-01T10:00:00+08:00'),
      {
        nil: undefined,
      },
    ),
    history: historyArb,
  }),
);

function alertsOf(c: {
  preset: Preset;
  cls: string;
  lastActiveAt?: string;
  history: readonly TransactionInput[];
}): readonly Alert[] {
  return detectAlerts(
    {
      account: { class: c.cls, ...(c.lastActiveAt ? { lastActiveAt: c.lastActiveAt } : {}) },
      history: c.history,
      now: NOW,
    },
    { preset: c.preset },
  ).alerts;
}

const byCode = (alerts: readonly Alert[], codes: readonly AlertCode[]) =>
  alerts.filter((a) => codes.includes(a.code));

describe('detectAlerts properties', () => {
  it('the generated cases raise every code often enough for the properties to matter', () => {
    const cases = fc.sample(caseArb, { numRuns: 300, seed: 7 });
    const seen = new Map<AlertCode, number>();
    for (const c of cases)
      for (const code of new Set(alertsOf(c).map((a) => a.code)))
        seen.set(code, (seen.get(code) ?? 0) + 1);
    for (const code of ALERT_CODES) expect(seen.get(code) ?? 0, code).toBeGreaterThanOrEqual(10);
  });

  test.prop(
    [
      caseArb.chain((c) =>
        fc.tuple(fc.constant(c), fc.shuffledSubarray(c.history, { minLength: c.history.length })),
      ),
    ],
    { numRuns: 150 },
  )('is deterministic and does not depend on the order of the history', ([c, shuffled]) => {
    const first = alertsOf(c);
    expect(alertsOf(c)).toEqual(first);
    expect(alertsOf({ ...c, history: shuffled })).toEqual(first);
  });

  test.prop([caseArb], { numRuns: 150 })(
    'every alert is well-formed: known code and severity, cited source, message filled, amounts as decimal strings, listed by code then time',
    (c) => {
      const alerts = alertsOf(c);
      expect(JSON.parse(JSON.stringify(alerts))).toEqual(alerts);
      for (const a of alerts) {
        expect(ALERT_CODES).toContain(a.code);
        expect(['low', 'medium', 'high']).toContain(a.severity);
        expect(Object.hasOwn(c.preset.sources, a.sourceKey)).toBe(true);
        expect(a.source).toBe(c.preset.sources[a.sourceKey]!.ref);
        expect(a.rule).toMatch(/^monitoring\./);
        expect(a.message).not.toMatch(/\{[A-Za-z]+\}/);
        for (const [key, value] of Object.entries(a.evidence))
          if (
            ['amount', 'total', 'inflow', 'outflow', 'retained', 'lower', 'threshold'].includes(
              key,
            ) &&
            typeof value === 'string'
          )
            expect(value).toMatch(/^\d+\.\d{2}$/);
      }
      const keys = alerts.map(
        (a) => [ALERT_CODES.indexOf(a.code), Date.parse(a.evidence.at)] as const,
      );
      const sorted = [...keys].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      expect(keys).toEqual(sorted);
    },
  );

  const daytimeSmallArb = (ids: readonly string[]) =>
    fc
      .record({
        day: fc.integer({ min: 0, max: 3 }),
        minute: fc.integer({ min: 10 * 60, max: 17 * 60 }),
        cents: fc.integer({ min: 1, max: 10_000 }),
        kind: fc.constantFrom<TransactionKind>('payment', 'transfer_in', 'transfer_out'),
        counterpartyId: fc.constantFrom(...ids),
      })
      .map((r): TransactionInput => ({
        at: new Date(T0 + (r.day * 24 * 60 + r.minute) * 60_000).toISOString(),
        amount: amountText(r.cents),
        kind: r.kind,
        counterparty: 'other',
        counterpartyId: r.counterpartyId,
      }));

  test.prop(
    [
      caseArb
        .filter((c) => c.history.some((t) => t.counterpartyId !== undefined))
        .chain((c) =>
          fc.tuple(
            fc.constant(c),
            daytimeSmallArb([
              ...new Set(c.history.flatMap((t) => (t.counterpartyId ? [t.counterpartyId] : []))),
            ]),
            fc.nat(),
          ),
        ),
    ],
    { numRuns: 150 },
  )(
    'a small daytime transaction with a known counterparty never removes or changes large-transaction, night or structuring alerts',
    ([c, extra, at]) => {
      const unaffected: AlertCode[] = [
        'large_transaction',
        'night_activity',
        'structuring_near_limit',
      ];
      const before = byCode(alertsOf(c), unaffected);
      const history = [...c.history];
      history.splice(at % (history.length + 1), 0, extra);
      expect(byCode(alertsOf({ ...c, history }), unaffected)).toEqual(before);
    },
  );
});

// ── Model-based checks against simple references ──────────────────────────────────────────────

/**
 * Histories with distinct instants (ties would need the canonical tie-break in the reference),
 * dense enough in time and kinds for the windowed patterns to occur often.
 */
const distinctHistoryArb = (spanMinutes: number, kinds: readonly TransactionKind[]) =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: spanMinutes }), { minLength: 10, maxLength: 40 })
    .chain((minutes) => fc.tuple(...minutes.map((m) => txArb(fc.constant(m), kinds))))
    .map((list) => list as TransactionInput[]);
const FAN_KINDS: TransactionKind[] = ['transfer_in', 'transfer_in', 'deposit_cash', 'payment'];
const FLOW_KINDS: TransactionKind[] = [
  'transfer_in',
  'transfer_out',
  'deposit_cash',
  'withdraw_cash',
  'payment',
];

interface RefTx {
  readonly ms: number;
  readonly tx: TransactionInput;
}
const sortedRef = (history: readonly TransactionInput[]): RefTx[] =>
  history.map((tx) => ({ ms: Date.parse(tx.at), tx })).sort((x, y) => x.ms - y.ms);
const iso8 = (ms: number) => new Date(ms + 8 * HOUR).toISOString().slice(0, 19) + '+08:00';

function referenceFanIn(history: readonly TransactionInput[]) {
  const entries = sortedRef(history).filter(
    (e) =>
      e.tx.counterpartyId !== undefined &&
      ['transfer_in', 'deposit_cash'].includes(e.tx.kind) &&
      e.tx.counterparty === 'other',
  );
  const out: { from: string; at: string; ids: string[] }[] = [];
  let floor = 0;
  for (let i = 0; i < entries.length; i++) {
    const window = entries.slice(floor, i + 1).filter((e) => e.ms >= entries[i]!.ms - 24 * HOUR);
    const ids = [...new Set(window.map((e) => e.tx.counterpartyId!))].sort();
    if (ids.length >= 5) {
      out.push({ from: iso8(window[0]!.ms), at: iso8(entries[i]!.ms), ids });
      floor = i + 1;
    }
  }
  return out;
}

function referenceRapid(history: readonly TransactionInput[]) {
  const isIn = (t: TransactionInput) =>
    t.kind === 'deposit_cash' || (t.kind === 'transfer_in' && t.counterparty !== 'bound');
  const isOut = (t: TransactionInput) =>
    t.kind === 'withdraw_cash' ||
    t.kind === 'payment' ||
    (t.kind === 'transfer_out' && t.counterparty !== 'bound');
  const flows = sortedRef(history).filter((e) => isIn(e.tx) || isOut(e.tx));
  const out: { from: string; at: string; inflow: string; outflow: string }[] = [];
  let floor = 0;
  for (let i = 0; i < flows.length; i++) {
    if (!isOut(flows[i]!.tx)) continue;
    const window = flows.slice(floor, i + 1).filter((e) => e.ms >= flows[i]!.ms - 24 * HOUR);
    const first = window.findIndex((e) => isIn(e.tx) && !isOut(e.tx));
    if (first < 0) continue;
    const sum = (list: RefTx[]) => list.reduce((s, e) => s.plus(e.tx.amount), new PolicyDecimal(0));
    const inflow = sum(window.filter((e) => isIn(e.tx) && !isOut(e.tx)));
    const outflow = sum(window.slice(first).filter((e) => isOut(e.tx)));
    const retained = PolicyDecimal.max(inflow.minus(outflow), 0);
    if (inflow.gte(5000) && retained.lte(inflow.times('0.1'))) {
      out.push({
        from: iso8(window[first]!.ms),
        at: iso8(flows[i]!.ms),
        inflow: inflow.toFixed(2),
        outflow: outflow.toFixed(2),
      });
      floor = i + 1;
    }
  }
  return out;
}

function referenceNight(history: readonly TransactionInput[]) {
  const nights = new Map<string, number>();
  for (const { ms, tx } of sortedRef(history)) {
    if (tx.kind === 'interest' || tx.kind === 'fee' || tx.kind.startsWith('loan')) continue;
    const local = new Date(ms + 8 * HOUR).toISOString();
    if (Number(local.slice(11, 13)) < 5)
      nights.set(local.slice(0, 10), (nights.get(local.slice(0, 10)) ?? 0) + 1);
  }
  return [...nights].filter(([, n]) => n >= 3).map(([night, count]) => ({ night, count }));
}

const FAN_HISTORIES = distinctHistoryArb(36 * 60, FAN_KINDS);
const FLOW_HISTORIES = distinctHistoryArb(48 * 60, FLOW_KINDS);
const NIGHT_HISTORIES = distinctHistoryArb(30 * 60, KINDS);

describe('windowed detectors against simple references (Class I, cn-pboc-2018)', () => {
  const run = (history: readonly TransactionInput[]) =>
    alertsOf({ preset: PBOC, cls: 'I', history });

  it('the generated histories raise each pattern often enough for the comparisons to matter', () => {
    const share = (
      arb: fc.Arbitrary<TransactionInput[]>,
      ref: (h: TransactionInput[]) => unknown[],
    ) => fc.sample(arb, { numRuns: 200, seed: 42 }).filter((h) => ref(h).length > 0).length / 200;
    expect(share(FAN_HISTORIES, referenceFanIn)).toBeGreaterThan(0.2);
    expect(share(FLOW_HISTORIES, referenceRapid)).toBeGreaterThan(0.2);
    expect(share(NIGHT_HISTORIES, referenceNight)).toBeGreaterThan(0.2);
  });

  test.prop([FAN_HISTORIES], { numRuns: 200 })(
    'fan_in matches the quadratic reference',
    (history) => {
      expect(
        only(run(history), 'fan_in').map((a) => ({
          from: a.evidence.from,
          at: a.evidence.at,
          ids: [...a.evidence.counterpartyIds],
        })),
      ).toEqual(referenceFanIn(history));
    },
  );

  test.prop([FLOW_HISTORIES], { numRuns: 200 })(
    'rapid_in_out matches the quadratic reference',
    (history) => {
      expect(
        only(run(history), 'rapid_in_out').map((a) => ({
          from: a.evidence.from,
          at: a.evidence.at,
          inflow: a.evidence.inflow,
          outflow: a.evidence.outflow,
        })),
      ).toEqual(referenceRapid(history));
    },
  );

  test.prop([NIGHT_HISTORIES], { numRuns: 200 })(
    'night_activity matches a fixed +08:00 reference (Shanghai has no DST since 1991)',
    (history) => {
      expect(
        only(run(history), 'night_activity').map((a) => ({
          night: a.evidence.night,
          count: a.evidence.count,
        })),
      ).toEqual(referenceNight(history));
    },
  );
});
