/**
 * Micro-benchmark of the transaction check's hot path: `calendarWindow`, `checkTransaction` on a
 * stored usage with a day rollover, and a 1,000-entry chained `recordTransaction` build.
 * Run: `npx tsx scripts/benchTransactionCheck.ts`. Prints µs/op; not part of the test suite.
 */
import { performance } from 'node:perf_hooks';
import { BANK_PRESET } from '../test/fixtures/limitPresets';
import { calendarWindow, parseInstant } from '../src/time';
import {
  checkTransaction,
  recordTransaction,
  type LimitAccount,
  type TransactionInput,
  type Usage,
} from '../src/limits';
import { BANK_USAGE } from '../src/limits/storedUsages.testkit';

function bench(name: string, n: number, run: (i: number) => unknown): void {
  for (let i = 0; i < Math.min(n, 2000); i++) run(i);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) run(i);
  const us = ((performance.now() - t0) * 1000) / n;
  console.log(`${name}: ${us.toFixed(2)} µs/op`);
}

const II: LimitAccount = { class: 'II', balance: '100000000.00', faceToFaceVerified: true };
const at = parseInstant('2026-11-22T10:00:00+08:00');
bench('calendarWindow day Asia/Shanghai', 200000, () => calendarWindow(at, 'day', 'Asia/Shanghai'));
bench('calendarWindow month America/New_York', 200000, () =>
  calendarWindow(at, 'month', 'America/New_York'),
);
const rollover = { at: '2026-11-23T10:00:00+08:00', amount: '1.00', kind: 'payment' };
bench('checkTransaction (day rollover)', 5000, () =>
  checkTransaction(II, rollover as TransactionInput, BANK_USAGE, BANK_PRESET),
);
bench('chained build of 1,000 recordTransaction', 5, () => {
  let usage: Usage = BANK_USAGE;
  for (let k = 0; k < 1000; k++) {
    const minute = String(k % 60).padStart(2, '0');
    const hour = String(10 + (Math.floor(k / 60) % 12)).padStart(2, '0');
    const tx = { at: `2026-11-23T${hour}:${minute}:00+08:00`, amount: '0.01', kind: 'payment' };
    usage = recordTransaction(usage, tx as TransactionInput);
  }
  return usage;
});
