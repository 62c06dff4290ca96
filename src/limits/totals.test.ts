/*
 * Issue 18: the per-class totals in integer minor units (minor.ts, windowSums.ts), carried
 * forward by recordTransaction, always equal the sums recomputed from the flows; usages the
 * library returns are not validated again; a stored version-2 usage gives the same decisions.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { getPreset } from '../presets';
import { PolicyDecimal } from '../money/decimal';
import type { Preset } from '../presets/types/preset';
import {
  checkTransaction,
  commit,
  createUsage,
  getHeadroom,
  parseUsage,
  recordTransaction,
  reserve,
  serializeUsage,
  usageFromHistory,
  type CalendarWindowUsage,
  type TransactionInput,
  type Usage,
} from '.';
import { compilePreset } from './compile';
import { minorText, minorUnits } from '../money/amountMinor';
import { PBOC_USAGE } from './storedUsages.testkit';
import { classSums } from './windowSums';

describe('amounts in minor units', () => {
  it('parses the plain form exactly, beyond the safe integers, and nothing else', () => {
    expect(minorUnits('1500.5', 2)).toBe(150050n);
    expect(minorUnits('0', 2)).toBe(0n);
    expect(minorUnits('7', 0)).toBe(7n);
    expect(minorUnits('0.001', 3)).toBe(1n);
    // 18 integer digits and 3 decimals: 10^21 − 1 minor units, far beyond 2^53.
    expect(minorUnits('999999999999999999.999', 3)).toBe(10n ** 21n - 1n);
    expect(minorUnits('900719925474099.31', 2)).toBe(90071992547409931n);
    for (const odd of ['', '.5', '1.', '1.234', '01', '1e3', '-1', '+1', ' 1', '1,0', '1.2.3'])
      expect(minorUnits(odd, 2), odd).toBeNull();
    expect(minorUnits('1'.repeat(19), 2)).toBeNull();
    expect(minorUnits(12, 2)).toBeNull();
  });

  test.prop([fc.bigInt({ min: -(10n ** 21n), max: 10n ** 21n }), fc.integer({ min: 0, max: 3 })])(
    'minorText writes what decimal.js writes, and parses back',
    (x, scale) => {
      const text = minorText(x, scale);
      expect(text).toBe(new PolicyDecimal(x.toString()).div(10 ** scale).toFixed(scale));
      if (x >= 0n && text.split('.')[0]!.length <= 18) expect(minorUnits(text, scale)).toBe(x);
    },
  );
});

const PRESETS: readonly Preset[] = [
  getPreset('cn-pboc-2018'),
  getPreset('in-rbi-kyc'),
  getPreset('eu-emoney-sdd'),
];

/** The naive oracle: every class's window totals recomputed from the flows with decimal.js. */
function oracle(preset: Preset, usage: Usage): unknown[] {
  const compiled = compilePreset(preset);
  const out: unknown[] = [];
  for (const [id, cls] of compiled.classes)
    for (const [key, w] of Object.entries(usage.windows)) {
      if (w.kind !== 'calendar') continue;
      const sum = { inflow: '0', outflow: '0', inflowReversed: '0', outflowReversed: '0' };
      const counts = { inflowCount: 0, outflowCount: 0 };
      for (const [bucket, f] of Object.entries(w.flows)) {
        const dir = cls.directions.get(bucket);
        if (dir !== 'inflow' && dir !== 'outflow') continue;
        const minor = (t: string) => new PolicyDecimal(t).times(10 ** compiled.scale);
        sum[dir] = minor(f.amount).plus(sum[dir]).toFixed(0);
        sum[`${dir}Reversed`] = minor(f.reversed).plus(sum[`${dir}Reversed`]).toFixed(0);
        counts[`${dir}Count`] += f.count;
      }
      out.push({ id, key, ...sum, ...counts });
    }
  return out;
}

function derived(preset: Preset, usage: Usage): unknown[] {
  const compiled = compilePreset(preset);
  const out: unknown[] = [];
  for (const [id, cls] of compiled.classes)
    for (const [key, w] of Object.entries(usage.windows)) {
      if (w.kind !== 'calendar') continue;
      const s = classSums(key, (w as CalendarWindowUsage).flows, cls, compiled.scale);
      out.push({
        id,
        key,
        inflow: s.inflow.toString(),
        outflow: s.outflow.toString(),
        inflowReversed: s.inflowReversed.toString(),
        outflowReversed: s.outflowReversed.toString(),
        inflowCount: s.inflowCount,
        outflowCount: s.outflowCount,
      });
    }
  return out;
}

const KINDS = ['deposit_cash', 'withdraw_cash', 'transfer_in', 'transfer_out', 'payment'] as const;
const step = fc.record({
  minutes: fc.integer({ min: 0, max: 3 * 24 * 60 }),
  cents: fc.integer({ min: 1, max: 200_000 }),
  kind: fc.constantFrom(...KINDS),
  counterparty: fc.constantFrom('bound', 'own', 'other' as const),
  /** 0: a transaction; 1: a reversal of an earlier one; 2: a hold, committed at once. */
  what: fc.integer({ min: 0, max: 2 }),
});

/** Headroom and decisions of every class on a usage, for a probe at `at`. */
function decisions(preset: Preset, usage: Usage, at: string): unknown[] {
  return preset.classes.map((c) => {
    const probe = { at, amount: '1.00', kind: 'payment', counterparty: 'other' } as const;
    const d = checkTransaction({ class: c.id, balance: '100.00' }, probe, usage, preset);
    return [c.id, d.allowed, d.headroom, d.limits.map((l) => l.used)];
  });
}

describe('per-class totals are derived from the flows and carried exactly', () => {
  test.prop([fc.constantFrom(...PRESETS), fc.array(step, { minLength: 1, maxLength: 25 })], {
    numRuns: 40,
  })(
    'after every step, the carried totals equal the sums recomputed from the flows (reversals, holds, late transactions, rollover)',
    (preset, steps) => {
      let usage = createUsage(preset);
      const start = Date.parse('2026-12-30T00:00:00Z');
      const recorded: (TransactionInput & { id: string })[] = [];
      let latest = start;
      steps.forEach((s, i) => {
        const atMs = start + s.minutes * 60_000;
        const at = new Date(atMs).toISOString();
        const amount = new PolicyDecimal(s.cents).div(100).toFixed(2);
        const original = recorded.find((r) => r.kind === s.kind && Date.parse(r.at) <= atMs);
        const tx: TransactionInput & { id: string } =
          s.what === 1 && original
            ? {
                ...original,
                id: `r${i}`,
                at,
                amount: '0.01',
                reverses: { id: original.id, at: original.at },
              }
            : { id: `t${i}`, at, amount, kind: s.kind, counterparty: s.counterparty };
        try {
          if (s.what === 2) {
            const r = reserve(
              { class: preset.classes.at(-1)!.id, balance: '1000000.00' },
              tx,
              usage,
              preset,
            );
            if (r.ok) usage = commit(r.usage, tx.id, at);
          } else usage = recordTransaction(usage, tx);
          if (!tx.reverses) recorded.push(tx);
          latest = Math.max(latest, atMs);
        } catch {
          return; // late for a rolling window, or a refused reversal: the usage is unchanged
        }
        // Read the totals (so the next record carries them), then compare with a fresh copy.
        const probeAt = new Date(latest).toISOString();
        const carried = decisions(preset, usage, probeAt);
        const fresh = structuredClone(usage);
        expect(derived(preset, usage)).toEqual(oracle(preset, fresh));
        expect(carried).toEqual(decisions(preset, fresh, probeAt));
      });
    },
  );
});

describe('usages the library returns are not validated again', () => {
  it('a chained result is trusted; a copy of it is validated', () => {
    const preset = getPreset('cn-pboc-2018');
    const tx = { at: '2026-11-22T09:00:00+08:00', amount: '10.00', kind: 'payment' } as const;
    const usage = recordTransaction(createUsage(preset), tx);
    // An extra field no function reads: only validation would see it.
    const copy = { ...structuredClone(usage), extra: 1 } as Usage;
    (usage as unknown as Record<string, unknown>).extra = 1;
    const account = { class: 'II', balance: '100.00' };
    expect(checkTransaction(account, tx, usage, preset).allowed).toBe(true);
    expect(() => checkTransaction(account, tx, copy, preset)).toThrow(/usage\.extra/);
  });
});

describe('a stored version-2 usage', () => {
  it('parses to the same decisions as the usage the library builds', () => {
    const preset = getPreset('cn-pboc-2018');
    const stored = { format: 'account-policy/usage', formatVersion: 2, usage: PBOC_USAGE };
    const built = usageFromHistory(preset, [
      {
        at: '2026-11-22T09:00:00+08:00',
        amount: '9000.00',
        kind: 'transfer_out',
        counterparty: 'other',
      },
      { at: '2026-11-22T08:00:00+08:00', amount: '200.00', kind: 'payment', counterparty: 'other' },
    ]);
    const at = '2026-11-22T10:00:00+08:00';
    for (const usage of [parseUsage(JSON.stringify(stored)), parseUsage(serializeUsage(built))])
      expect(decisions(preset, usage, at)).toEqual(decisions(preset, built, at));
    const h = getHeadroom({ class: 'II', balance: '0.00' }, parseUsage(stored), preset, at);
    expect(h.headroom.dailyOutflow).toBe('800.00');
  });
});
