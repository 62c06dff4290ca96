import { describe, expect, it } from 'vitest';
import { BANK_PRESET } from '../../../test/fixtures/limitPresets';
import { getPreset } from '../../presets';
import type { RuleOutcome } from '../../messages/trace';
import { checkTransaction, createUsage, recordTransaction, type TransactionInput } from '..';

const PBOC = getPreset('cn-pboc-2018');
const at = (time: string) => `2026-11-22T${time}+08:00`;
const out = (amount: string, time = '10:00:00', extra: Partial<TransactionInput> = {}) =>
  ({ at: at(time), amount, kind: 'transfer_out', counterparty: 'other', ...extra }) as const;

function entry(trace: readonly RuleOutcome[], rule: string): RuleOutcome {
  const found = trace.filter((o) => o.rule === rule);
  expect(found).toHaveLength(1);
  return found[0]!;
}

const used9000 = recordTransaction(createUsage(PBOC), out('9000.00', '09:00:00'));

describe('window amount rule (classes.II.limits.dailyOutflow)', () => {
  const rule = 'classes.II.limits.dailyOutflow';
  const check = (amount: string, time = '10:00:00') =>
    checkTransaction({ class: 'II', balance: '50000.00' }, out(amount, time), used9000, PBOC, {
      trace: true,
    });
  it('passes at the limit exactly, with the values it compared', () => {
    expect(entry(check('1000.00').trace, rule)).toEqual({
      rule,
      source: '银发〔2016〕302号',
      outcome: 'passed',
      code: 'trace_limit_within',
      values: {
        limit: '10000.00',
        used: '9000.00',
        requested: '1000.00',
        remaining: '1000.00',
        resetsAt: '2026-11-23T00:00:00+08:00',
      },
    });
  });
  it('fails one fen over, with the violation’s code and rule', () => {
    const d = check('1000.01');
    const e = entry(d.trace, rule);
    expect(e.outcome).toBe('failed');
    expect(e.code).toBe('daily_outflow_limit');
    expect(e.values).toMatchObject({ used: '9000.00', requested: '1000.01', remaining: '1000.00' });
    expect(d.violations.map((v) => v.rule)).toContain(rule);
  });
  it('the last millisecond of the day still counts the day’s 9,000.00; the next day is fresh', () => {
    expect(entry(check('1000.01', '23:59:59.999').trace, rule).outcome).toBe('failed');
    const next = checkTransaction(
      { class: 'II', balance: '50000.00' },
      { ...out('1000.01'), at: '2026-11-23T00:00:00+08:00' },
      used9000,
      PBOC,
      { trace: true },
    );
    expect(entry(next.trace, rule)).toMatchObject({ outcome: 'passed', values: { used: '0.00' } });
  });
  it('is not applicable to a transaction that does not count toward it (an inflow)', () => {
    const d = checkTransaction(
      { class: 'II', balance: '0.00' },
      { at: at('10:00:00'), amount: '1.00', kind: 'transfer_in', counterparty: 'other' },
      used9000,
      PBOC,
      { trace: true },
    );
    expect(entry(d.trace, rule)).toMatchObject({
      outcome: 'not_applicable',
      code: 'trace_limit_not_counted',
    });
  });
});

describe('window count rule and per-transaction rule (bank layer)', () => {
  const account = { class: 'II', balance: '50000.00' };
  const two = [out('10.00', '08:00:00'), out('10.00', '09:00:00')].reduce(
    (u, t) => recordTransaction(u, t),
    createUsage(BANK_PRESET),
  );
  it('count: the third of three passes, the fourth fails', () => {
    const third = checkTransaction(account, out('10.00'), two, BANK_PRESET, { trace: true });
    expect(entry(third.trace, 'classes.II.limits.dailyOutflowCount')).toMatchObject({
      outcome: 'passed',
      code: 'trace_count_within',
      values: { limit: 3, used: 2, requested: 1, remaining: 1 },
    });
    const three = recordTransaction(two, out('10.00'));
    const fourth = checkTransaction(account, out('10.00', '11:00:00'), three, BANK_PRESET, {
      trace: true,
    });
    expect(entry(fourth.trace, 'classes.II.limits.dailyOutflowCount')).toMatchObject({
      outcome: 'failed',
      code: 'count_limit',
    });
  });
  it('per transaction: 5,000.00 passes, 5,000.01 fails', () => {
    const rule = 'classes.II.limits.singleOutflow';
    const usage = createUsage(BANK_PRESET);
    const ok = checkTransaction(account, out('5000.00'), usage, BANK_PRESET, { trace: true });
    expect(entry(ok.trace, rule)).toMatchObject({
      outcome: 'passed',
      code: 'trace_per_transaction_within',
      values: { limit: '5000.00', requested: '5000.00' },
    });
    const over = checkTransaction(account, out('5000.01'), usage, BANK_PRESET, { trace: true });
    expect(entry(over.trace, rule)).toMatchObject({
      outcome: 'failed',
      code: 'per_transaction_limit',
    });
  });
});

describe('balance cap rule (classes.III.limits.balance, 2,000.00)', () => {
  const rule = 'classes.III.limits.balance';
  const credit = (amount: string) =>
    checkTransaction(
      { class: 'III', balance: '1500.00' },
      { at: at('10:00:00'), amount, kind: 'transfer_in', counterparty: 'other' },
      createUsage(PBOC),
      PBOC,
      { trace: true },
    );
  it('a credit up to the cap passes; one fen more fails', () => {
    expect(entry(credit('500.00').trace, rule)).toMatchObject({
      outcome: 'passed',
      code: 'trace_balance_cap_within',
      values: { limit: '2000.00', used: '1500.00', balanceAfter: '2000.00' },
    });
    expect(entry(credit('500.01').trace, rule)).toMatchObject({
      outcome: 'failed',
      code: 'balance_cap',
      values: { balanceAfter: '2000.01' },
    });
  });
  it('does not apply to a debit', () => {
    const d = checkTransaction(
      { class: 'III', balance: '1500.00' },
      out('10.00'),
      createUsage(PBOC),
      PBOC,
      { trace: true },
    );
    expect(entry(d.trace, rule)).toMatchObject({
      outcome: 'not_applicable',
      code: 'trace_balance_cap_debit',
    });
  });
});

describe('permission, account state and funds rules', () => {
  it('a class that forbids the kind fails its permission rule with the violation’s rule', () => {
    const d = checkTransaction(
      { class: 'III', balance: '100.00' },
      { at: at('10:00:00'), amount: '10.00', kind: 'withdraw_cash', counterparty: 'other' },
      createUsage(PBOC),
      PBOC,
      { trace: true },
    );
    const v = d.violations.find((x) => x.code === 'kind_not_permitted')!;
    expect(v).toBeDefined();
    expect(entry(d.trace, v.rule)).toMatchObject({ outcome: 'failed', code: 'kind_not_permitted' });
  });
  it('a closed account fails the account-state rule; a normal one passes it', () => {
    const usage = createUsage(PBOC);
    const closed = checkTransaction(
      { class: 'II', balance: '100.00', status: 'closed' },
      out('10.00'),
      usage,
      PBOC,
      { trace: true },
    );
    const state = closed.violations.filter((x) => x.code === 'account_state');
    const failed = closed.trace.filter((o) => o.code === 'account_state');
    expect(state.length).toBeGreaterThan(0);
    expect(failed.map((o) => [o.rule, o.outcome])).toEqual(state.map((v) => [v.rule, 'failed']));
    const open = checkTransaction({ class: 'II', balance: '100.00' }, out('10.00'), usage, PBOC, {
      trace: true,
    });
    expect(entry(open.trace, 'account.status')).toMatchObject({
      outcome: 'passed',
      values: { status: 'normal', operation: 'debit' },
    });
  });
  it('funds (opt-in): the whole balance passes, one fen more fails', () => {
    const usage = createUsage(PBOC);
    const run = (amount: string) =>
      checkTransaction({ class: 'II', balance: '100.00' }, out(amount), usage, PBOC, {
        trace: true,
        checkFunds: true,
      });
    expect(entry(run('100.00').trace, 'options.checkFunds')).toMatchObject({
      outcome: 'passed',
      values: { available: '100.00', requested: '100.00' },
    });
    expect(entry(run('100.01').trace, 'options.checkFunds')).toMatchObject({
      outcome: 'failed',
      code: 'insufficient_funds',
    });
  });
});
