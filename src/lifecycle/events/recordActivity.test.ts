import { describe, expect, it } from 'vitest';
import { getPreset } from '../../presets';
import { ACCOUNTS, T0 } from '../fixtures.testkit';
import { transition } from '../transition';

const preset = getPreset('cn-pboc-2018');
const account = {
  ...ACCOUNTS.normal,
  balance: '100.00',
  freezes: [
    { id: 'A', kind: 'judicial' as const, scope: 'amount' as const, amount: '40.00', from: T0 },
  ],
};
const pay = (amount: string) =>
  transition(
    account,
    { type: 'record_activity', at: T0, channel: 'counter', kind: 'withdraw_cash', amount },
    preset,
    { trace: true },
  );

describe('record_activity guards (noOverdraft, frozenAmountKept, statePermits)', () => {
  it('a debit may leave exactly the frozen amount, not one fen less', () => {
    expect(pay('60.00').ok).toBe(true);
    const over = pay('60.01');
    expect(over.ok || over.reasons.map((r) => r.code)).toEqual(['frozen_amount']);
    expect(over.trace.find((e) => e.rule === 'lifecycle.postings.frozenAmount')).toMatchObject({
      outcome: 'failed',
      values: { balanceAfter: '39.99', frozenAmount: '40.00' },
    });
  });
  it('a debit may take the balance to zero, not one fen below', () => {
    const free = { ...account, freezes: [] };
    const take = (amount: string) =>
      transition(
        free,
        { type: 'record_activity', at: T0, channel: 'counter', kind: 'withdraw_cash', amount },
        preset,
      );
    expect(take('100.00').ok).toBe(true);
    const under = take('100.01');
    expect(under.ok || under.reasons.map((r) => r.code)).toEqual(['insufficient_balance']);
  });
  it('the non-counter guard does not apply at the counter', () => {
    expect(
      pay('1.00').trace.find((e) => e.rule === 'lifecycle.permissions.nonCounter')?.outcome,
    ).toBe('not_applicable');
  });
});
