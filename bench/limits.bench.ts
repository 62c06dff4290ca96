/**
 * The limit engine (issue 3's goals, issue 6's reference ratios), as `npm run bench` pairs:
 *
 * 1. `checkTransaction` on stored usage vs a hand-written decimal.js baseline doing the same
 *    comparisons and producing the same headroom (goal ≤ 2×);
 * 2. the incremental path (record the newest transaction into the stored usage, then check) vs
 *    recomputing from the raw history (`checkTransactionFromHistory`) at 1,000 and 10,000 entries;
 * 3. the engine on usage aggregated from 10,000 vs 1,000 entries (goal: 1×, constant in history
 *    length).
 *
 * Every pair's `verify` first proves both sides give the same answer.
 */
import {
  checkTransaction,
  checkTransactionFromHistory,
  createUsage,
  recordTransaction,
  type TransactionInput,
  type Usage,
} from '../src/limits';
import { PolicyDecimal } from '../src/money/decimal';
import { getPreset } from '../src/presets';
import type { TransactionKind } from '../src/presets/types/common';
import type { BenchmarkPair } from './harness';

const PRESET = getPreset('cn-pboc-2018');
const ACCOUNT = { class: 'II', balance: '1500.00' };
const TX: TransactionInput = {
  at: '2026-12-31T10:00:00+08:00',
  amount: '500.00',
  kind: 'transfer_out',
  counterparty: 'other',
};

/**
 * A year of history: `size` entries, small amounts, mixed kinds and counterparties. The last day
 * (31 December, before the checked transaction) holds the same 12 entries whatever the size, so
 * usages built from different sizes have the same shape and differ only in what they summarise.
 */
function history(size: number): TransactionInput[] {
  const kinds: TransactionKind[] = [
    'payment',
    'transfer_out',
    'transfer_in',
    'wealth_purchase',
    'interest',
    'withdraw_cash',
  ];
  const entry = (at: string, i: number): TransactionInput => ({
    at,
    amount: `${1 + (i % 9)}.${String((i * 37) % 100).padStart(2, '0')}`,
    kind: kinds[i % kinds.length]!,
    counterparty: i % 2 === 0 ? 'bound' : 'other',
  });
  const lastDay = 12;
  const start = Date.parse('2026-01-01T00:00:00+08:00');
  const span = Date.parse('2026-12-31T00:00:00+08:00') - start;
  const out: TransactionInput[] = [];
  for (let i = 0; i < size - lastDay; i++)
    out.push(entry(new Date(start + Math.floor((span * i) / (size - lastDay))).toISOString(), i));
  for (let i = 0; i < lastDay; i++)
    out.push(entry(`2026-12-31T0${Math.floor(i / 2)}:${i % 2 === 0 ? '15' : '45'}:00+08:00`, i));
  return out;
}

/** Usage aggregated from a history, then round-tripped through JSON as a store would. */
function aggregate(entries: readonly TransactionInput[]): Usage {
  return JSON.parse(
    JSON.stringify(entries.reduce((u, t) => recordTransaction(u, t), createUsage(PRESET))),
  ) as Usage;
}

const history1k = history(1_000);
const history10k = history(10_000);
const usage1k = aggregate(history1k);
const usage10k = aggregate(history10k);

// The hand-written baseline: the same comparisons on the same stored usage, decimal.js directly.
// Class II's counted buckets and limits are written out by hand (no preset, no permissions, no
// account state, no messages): parse the amount, sum the counted buckets of each window, compare
// used + amount with each limit of the transaction's direction, and format every limit's headroom.
const LIMITS = {
  dailyInflow: new PolicyDecimal('10000.00'),
  annualInflow: new PolicyDecimal('200000.00'),
  dailyOutflow: new PolicyDecimal('10000.00'),
  annualOutflow: new PolicyDecimal('200000.00'),
};
const OUTFLOW_BUCKETS = new Set([
  'withdraw_cash:bound',
  'withdraw_cash:own',
  'withdraw_cash:other',
  'payment:bound',
  'payment:own',
  'payment:other',
  'transfer_out:own',
  'transfer_out:other',
]);
const INFLOW_BUCKETS = new Set([
  'deposit_cash:bound',
  'deposit_cash:own',
  'deposit_cash:other',
  'transfer_in:own',
  'transfer_in:other',
]);

function baseline(usage: Usage, amountText: string) {
  const amount = new PolicyDecimal(amountText);
  const sums = (key: string) => {
    let inflow = new PolicyDecimal(0);
    let outflow = new PolicyDecimal(0);
    const w = usage.windows[key]!;
    if (w.kind === 'calendar')
      for (const bucket in w.flows) {
        if (OUTFLOW_BUCKETS.has(bucket)) outflow = outflow.plus(w.flows[bucket]!.amount);
        else if (INFLOW_BUCKETS.has(bucket)) inflow = inflow.plus(w.flows[bucket]!.amount);
      }
    return { inflow, outflow };
  };
  const day = sums('day');
  const year = sums('year');
  const violations: string[] = [];
  if (day.outflow.plus(amount).greaterThan(LIMITS.dailyOutflow))
    violations.push('daily_outflow_limit');
  if (year.outflow.plus(amount).greaterThan(LIMITS.annualOutflow))
    violations.push('annual_outflow_limit');
  return {
    allowed: violations.length === 0,
    violations,
    headroom: {
      dailyInflow: LIMITS.dailyInflow.minus(day.inflow).toFixed(2),
      annualInflow: LIMITS.annualInflow.minus(year.inflow).toFixed(2),
      dailyOutflow: LIMITS.dailyOutflow.minus(day.outflow).toFixed(2),
      annualOutflow: LIMITS.annualOutflow.minus(year.outflow).toFixed(2),
    },
  };
}

/** The newest transaction: recorded incrementally, or appended to the history and recomputed. */
const NEWEST: TransactionInput = {
  at: '2026-12-31T09:30:00+08:00',
  amount: '12.34',
  kind: 'payment',
  counterparty: 'other',
};
const history1kPlus = [...history1k, NEWEST];
const history10kPlus = [...history10k, NEWEST];
const incremental = (usage: Usage) =>
  checkTransaction(ACCOUNT, TX, recordTransaction(usage, NEWEST), PRESET);

function sameDecision(what: string, a: { allowed: boolean; headroom: unknown }, b: typeof a) {
  if (a.allowed !== b.allowed || JSON.stringify(a.headroom) !== JSON.stringify(b.headroom))
    throw new Error(`${what}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
}

export const benchmarks: readonly BenchmarkPair[] = [
  {
    name: 'limits: check on usage vs hand-written decimal.js',
    description:
      'checkTransaction on usage from 10k entries (permissions, state, every limit, messages) vs the same Class II comparisons and headroom in bare decimal.js; goal ≤ 2',
    candidate: () => checkTransaction(ACCOUNT, TX, usage10k, PRESET),
    baseline: () => baseline(usage10k, TX.amount),
    verify: () =>
      sameDecision(
        'hand-written baseline vs engine',
        baseline(usage10k, TX.amount),
        checkTransaction(ACCOUNT, TX, usage10k, PRESET),
      ),
  },
  {
    name: 'limits: incremental vs recompute at 1k entries',
    description:
      'recordTransaction into the stored usage + checkTransaction vs checkTransactionFromHistory over 1,000 entries',
    candidate: () => incremental(usage1k),
    baseline: () => checkTransactionFromHistory(ACCOUNT, TX, history1kPlus, PRESET),
    verify: () =>
      sameDecision(
        'incremental vs recompute (1k)',
        incremental(usage1k),
        checkTransactionFromHistory(ACCOUNT, TX, history1kPlus, PRESET),
      ),
  },
  {
    name: 'limits: incremental vs recompute at 10k entries',
    description:
      'recordTransaction into the stored usage + checkTransaction vs checkTransactionFromHistory over 10,000 entries',
    candidate: () => incremental(usage10k),
    baseline: () => checkTransactionFromHistory(ACCOUNT, TX, history10kPlus, PRESET),
    verify: () =>
      sameDecision(
        'incremental vs recompute (10k)',
        incremental(usage10k),
        checkTransactionFromHistory(ACCOUNT, TX, history10kPlus, PRESET),
      ),
  },
  {
    name: 'limits: check on usage from 10k vs 1k entries',
    description: 'checkTransaction on usage aggregated from 10,000 vs 1,000 entries; goal 1',
    candidate: () => checkTransaction(ACCOUNT, TX, usage10k, PRESET),
    baseline: () => checkTransaction(ACCOUNT, TX, usage1k, PRESET),
    verify: () =>
      sameDecision(
        'usage from 10k vs 1k (same last day)',
        {
          allowed: checkTransaction(ACCOUNT, TX, usage10k, PRESET).allowed,
          headroom: checkTransaction(ACCOUNT, TX, usage10k, PRESET).headroom.dailyOutflow,
        },
        {
          allowed: checkTransaction(ACCOUNT, TX, usage1k, PRESET).allowed,
          headroom: checkTransaction(ACCOUNT, TX, usage1k, PRESET).headroom.dailyOutflow,
        },
      ),
  },
];
