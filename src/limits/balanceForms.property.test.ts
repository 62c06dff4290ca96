/**
 * The balance is read as minor units and built as a decimal only when a rule needs one (the funds
 * rule, an amount-scope freeze). So a canonical balance ("1500.00", read from its text) and the
 * same amount written otherwise ("1500.5", "1500.500"… read through decimal.js) must decide alike,
 * with the funds rule on and with an amount-scope freeze on the account.
 */
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { getPreset } from '../presets';
import { checkTransaction } from './checkTransaction';
import { createUsage } from './usage';

const PRESET = getPreset('cn-pboc-2018');
const AT = '2026-12-30T10:00:00+08:00';

const canonical = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
/** The same amount without its trailing zero decimals ("1500", "1500.5"), or with one decimal less. */
const respelled = (fen: number) =>
  fen % 100 === 0 ? String(fen / 100) : fen % 10 === 0 ? canonical(fen).slice(0, -1) : null;

test.prop(
  [
    fc.integer({ min: 0, max: 200_000 }).map((n) => n * 10),
    fc.integer({ min: 1, max: 1_500_000 }),
    fc.integer({ min: 0, max: 2_000_000 }),
    fc.boolean(),
  ],
  { numRuns: 300 },
)(
  'a canonical balance and another spelling of it give the same decision',
  (bal, amt, frozen, freeze) => {
    const other = respelled(bal);
    fc.pre(other !== null);
    const amount = canonical(amt);
    const frozenAmount = canonical(frozen);
    const usage = createUsage(PRESET);
    const tx = { at: AT, amount, kind: 'transfer_out', counterparty: 'other' } as const;
    const account = (balance: string) => ({
      class: 'I',
      balance,
      ...(freeze
        ? {
            freezes: [
              {
                id: 'J-1',
                kind: 'judicial',
                scope: 'amount',
                amount: frozenAmount,
                from: '2026-01-01T00:00:00+08:00',
                authority: 'court',
              },
            ],
          }
        : {}),
    });
    const decide = (balance: string) =>
      checkTransaction(account(balance) as never, tx, usage, PRESET, { checkFunds: true });
    expect(decide(other!)).toStrictEqual(decide(canonical(bal)));
  },
);
