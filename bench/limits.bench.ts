/*
 * Limit engine benchmark (a script, not a test): `npx tsx bench/limits.bench.ts`.
 *
 * Reports, in one run:
 * 1. checks per second of `checkTransaction` on pre-aggregated usage;
 * 2. its cost relative to a hand-written decimal.js baseline doing the same comparisons and
 *    producing the same headroom (goal ≤ 2×);
 * 3. its cost relative to recomputing from raw history (`checkTransactionFromHistory`) at 1,000
 *    and 10,000 history entries, and the engine's own cost on usage aggregated from 1,000 vs
 *    10,000 entries (goal: constant in history length).
 *
 * The machine may be shared: numbers vary from run to run; ratios within one run are steadier.
 */
import { Bench, type Task } from 'tinybench';
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

// The baseline must give the engine's answer, or the comparison means nothing.
const engineAnswer = checkTransaction(ACCOUNT, TX, usage10k, PRESET);
const baselineAnswer = baseline(usage10k, TX.amount);
if (
  engineAnswer.allowed !== baselineAnswer.allowed ||
  JSON.stringify(engineAnswer.headroom) !== JSON.stringify(baselineAnswer.headroom)
)
  throw new Error(
    `baseline disagrees with the engine: ${JSON.stringify(baselineAnswer)} vs ${JSON.stringify(engineAnswer.headroom)}`,
  );
const fromHistory = checkTransactionFromHistory(ACCOUNT, TX, history10k, PRESET);
if (JSON.stringify(fromHistory.headroom) !== JSON.stringify(engineAnswer.headroom))
  throw new Error('history recompute disagrees with the engine');

let sink = 0;
const TASKS: Record<string, () => void> = {
  'engine: checkTransaction on usage (1k history)': () => {
    sink += checkTransaction(ACCOUNT, TX, usage1k, PRESET).violations.length;
  },
  'engine: checkTransaction on usage (10k history)': () => {
    sink += checkTransaction(ACCOUNT, TX, usage10k, PRESET).violations.length;
  },
  'baseline: hand-written decimal.js on usage': () => {
    sink += baseline(usage10k, TX.amount).violations.length;
  },
  'recompute: checkTransactionFromHistory (1k entries)': () => {
    sink += checkTransactionFromHistory(ACCOUNT, TX, history1k, PRESET).violations.length;
  },
  'recompute: checkTransactionFromHistory (10k entries)': () => {
    sink += checkTransactionFromHistory(ACCOUNT, TX, history10k, PRESET).violations.length;
  },
};

// Several short rounds, each running every task once: on a shared machine the load drifts, so
// each ratio is taken within a round and the median over rounds is reported.
const ROUNDS = 7;
const rounds: Record<string, number>[] = [];
let lastBench: Bench | undefined;
for (let round = 0; round < ROUNDS; round++) {
  const bench = new Bench({ time: 250, warmupTime: round === 0 ? 300 : 50 });
  for (const [name, fn] of Object.entries(TASKS)) bench.add(name, fn);
  await bench.run();
  const means: Record<string, number> = {};
  for (const task of bench.tasks) means[task.name] = mean(task);
  rounds.push(means);
  lastBench = bench;
}

function mean(task: Task | undefined): number {
  const r = task?.result;
  if (!r || !('latency' in r)) throw new Error(`task ${task?.name} did not complete`);
  return r.latency.mean; // ms per operation
}
function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)]!;
}
const key = (prefix: string) => Object.keys(TASKS).find((k) => k.startsWith(prefix))!;
const ENGINE_1K = key('engine: checkTransaction on usage (1k');
const ENGINE_10K = key('engine: checkTransaction on usage (10k');
const BASELINE = key('baseline');
const RECOMPUTE_1K = key('recompute: checkTransactionFromHistory (1k');
const RECOMPUTE_10K = key('recompute: checkTransactionFromHistory (10k');
const ratio = (a: string, b: string) => median(rounds.map((r) => r[a]! / r[b]!));
const engine = median(rounds.map((r) => r[ENGINE_10K]!));
const base = median(rounds.map((r) => r[BASELINE]!));

console.log(`last of ${ROUNDS} rounds:`);
console.table(lastBench!.table());
const fmt = (x: number, digits = 2) => x.toFixed(digits);
console.log('');
console.log(`medians over ${ROUNDS} rounds:`);
console.log(
  `checks per second on pre-aggregated usage: ${Math.round(1000 / engine).toLocaleString('en')} (${fmt(engine * 1000)} µs per check)`,
);
console.log(
  `engine / hand-written decimal.js baseline: ${fmt(ratio(ENGINE_10K, BASELINE))}× (goal ≤ 2×; baseline ${fmt(base * 1000)} µs)`,
);
console.log(
  `engine on usage from 10k vs 1k entries: ${fmt(ratio(ENGINE_10K, ENGINE_1K))}× (goal: 1, constant in history length)`,
);
console.log(
  `history recompute / engine at 1,000 entries: ${fmt(ratio(RECOMPUTE_1K, ENGINE_1K), 1)}×`,
);
console.log(
  `history recompute / engine at 10,000 entries: ${fmt(ratio(RECOMPUTE_10K, ENGINE_10K), 1)}×`,
);
if (sink < 0) console.log(sink);
