/**
 * Properties of dormant_account_activity over random ordinary histories.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { TransactionInput } from '../limits/types';
import type { TransactionKind } from '../presets/types/common';
import { detectAlerts } from './detectAlerts';
import { PBOC, only } from './fixtures.testkit';

const DAY = 86_400_000;
/** 2019-01-01T00:00:00+08:00: histories start from here on. */
const START = Date.parse('2019-01-01T00:00:00+08:00');
/** 1990-01-01T00:00:00+08:00: the earliest openedAt tried. */
const EARLIEST = Date.parse('1990-01-01T00:00:00+08:00');
const KINDS: TransactionKind[] = [
  'transfer_in',
  'transfer_out',
  'payment',
  'withdraw_cash',
  'deposit_cash',
  'interest',
  'fee',
];

/**
 * An ordinary history: a start, then active transactions each less than 360 days after the
 * previous one (the dormancy period of the PBOC presets is 1 year), with interest and fees
 * in between.
 */
const ordinaryArb = fc
  .record({
    startDay: fc.integer({ min: 0, max: 2500 }),
    gaps: fc.array(fc.integer({ min: 0, max: 359 * DAY }), { minLength: 1, maxLength: 40 }),
    kinds: fc.array(fc.constantFrom(...KINDS), { minLength: 40, maxLength: 40 }),
    openedBefore: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ startDay, gaps, kinds, openedBefore }) => {
    const first = START + startDay * DAY;
    const history: TransactionInput[] = [];
    let at = first;
    gaps.forEach((gap, i) => {
      at += gap;
      history.push({ at: new Date(at).toISOString(), amount: '120.00', kind: 'payment' });
      const extra = kinds[i]!;
      // A passive posting or another active transaction shortly after (never widening a gap).
      history.push({ at: new Date(at + 3_600_000).toISOString(), amount: '3.00', kind: extra });
    });
    const openedAt = new Date(first - Math.floor(openedBefore * (first - EARLIEST))).toISOString();
    return { history, openedAt, now: new Date(at + DAY).toISOString() };
  });

describe('dormant_account_activity over ordinary histories', () => {
  test.prop([ordinaryArb], { numRuns: 60 })(
    'no alert when every gap is under the dormancy period, whatever openedAt (lastActiveAt absent)',
    ({ history, openedAt, now }) => {
      const { alerts } = detectAlerts(
        { account: { class: 'I', openedAt }, history, now },
        { preset: PBOC },
      );
      expect(only(alerts, 'dormant_account_activity')).toEqual([]);
    },
  );
});
