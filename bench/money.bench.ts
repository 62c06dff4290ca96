/**
 * Money vs bare decimal.js: what validation, currency scale and immutability cost.
 */
import Decimal from 'decimal.js';
import {
  addMoney,
  compareMoney,
  formatMoney,
  parseMoney,
  sumMoney,
  type Money,
} from '../src/money';
import type { BenchmarkPair } from './harness';

/** decimal.js as an application would use it directly, with the library's precision. */
const Bare = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_EVEN });

const A = '9876.54';
/** 50 pairs of amount texts: one operation parses, adds and formats all of them. */
const PAIRS = Array.from(
  { length: 50 },
  (_, i) =>
    [
      `${(i * 7919) % 100000}.${String(i % 100).padStart(2, '0')}`,
      `${(i * 104729) % 1000}.${String((i * 37) % 100).padStart(2, '0')}`,
    ] as const,
);
const AMOUNTS = Array.from(
  { length: 100 },
  (_, i) => `${(i * 7919) % 100000}.${String(i % 100).padStart(2, '0')}`,
);
const MONEY_LIST: Money[] = AMOUNTS.map((a) => parseMoney(a, 'CNY'));
const BARE_LIST = AMOUNTS.map((a) => new Bare(a));
const X = parseMoney(A, 'CNY');
const BX = new Bare(A);

function same(a: unknown, b: unknown, what: string): void {
  if (a !== b) throw new Error(`${what}: library ${String(a)} vs baseline ${String(b)}`);
}

export const benchmarks: readonly BenchmarkPair[] = [
  {
    name: 'money: 50 parse+add+format vs bare decimal.js',
    description:
      'parseMoney ×2, addMoney, formatMoney vs new Decimal ×2, plus, toFixed(2), 50 times',
    candidate: () =>
      PAIRS.map(([a, b]) => formatMoney(addMoney(parseMoney(a, 'CNY'), parseMoney(b, 'CNY')))),
    baseline: () => PAIRS.map(([a, b]) => new Bare(a).plus(new Bare(b)).toFixed(2)),
    verify: () => {
      for (const [a, b] of PAIRS)
        same(
          formatMoney(addMoney(parseMoney(a, 'CNY'), parseMoney(b, 'CNY'))),
          new Bare(a).plus(new Bare(b)).toFixed(2),
          `${a} + ${b}`,
        );
    },
  },
  {
    name: 'money: 100 compare vs bare decimal.js',
    description: 'compareMoney (currency and argument checks) vs Decimal#comparedTo, 100 times',
    candidate: () => MONEY_LIST.map((m) => compareMoney(m, X)),
    baseline: () => BARE_LIST.map((d) => d.comparedTo(BX)),
    verify: () =>
      same(
        MONEY_LIST.map((m) => compareMoney(m, X)).join(),
        BARE_LIST.map((d) => d.comparedTo(BX)).join(),
        'comparisons',
      ),
  },
  {
    name: 'money: sum of 100 vs bare decimal.js',
    description: 'sumMoney over 100 amounts vs a Decimal#plus loop',
    candidate: () => sumMoney(MONEY_LIST, 'CNY'),
    baseline: () => BARE_LIST.reduce((t, d) => t.plus(d), new Bare(0)),
    verify: () =>
      same(
        formatMoney(sumMoney(MONEY_LIST, 'CNY')),
        BARE_LIST.reduce((t, d) => t.plus(d), new Bare(0)).toFixed(2),
        'sum of 100',
      ),
  },
];
