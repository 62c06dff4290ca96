import { describe, expect, it } from 'vitest';
import { checkInputSchema } from './check';
import { CLI_CHECK_EXAMPLE } from '../../test/fixtures/cliExamples';

const EXAMPLE = CLI_CHECK_EXAMPLE;

function issues(input: unknown) {
  const r = checkInputSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path, message: i.message }));
}

describe('checkInputSchema', () => {
  it('accepts the CLI.md example, and history and state as optional', () => {
    expect(issues(EXAMPLE)).toEqual([]);
    expect(
      issues({ account: { class: 'basic', balance: '0' }, transaction: EXAMPLE.transaction }),
    ).toEqual([]);
    expect(
      issues({
        ...EXAMPLE,
        account: {
          ...EXAMPLE.account,
          status: 'normal',
          freezes: [
            {
              id: 'F',
              kind: 'judicial',
              scope: 'amount',
              amount: '100.00',
              from: '2026-01-01T00:00:00Z',
            },
          ],
          lossReport: null,
        },
        transaction: {
          ...EXAMPLE.transaction,
          id: 't-1',
          channel: 'mobile',
          reverses: { id: 't-0', at: '2026-11-22T09:00:00+08:00' },
        },
      }),
    ).toEqual([]);
  });
  it('rejects amounts given as JSON numbers, saying what to write instead', () => {
    const found = issues({ ...EXAMPLE, transaction: { ...EXAMPLE.transaction, amount: 1500 } });
    expect(found).toHaveLength(1);
    expect(found[0]!.path).toEqual(['transaction', 'amount']);
    expect(found[0]!.message).toMatch(/decimal string.*not a number/);
  });
  it('lists every problem with its path', () => {
    const found = issues({
      account: { class: '', balance: '-1.0.0', status: 'asleep' },
      history: [{ at: 'yesterday', amount: '1', kind: 'gift' }],
      transaction: {
        at: '2026-11-22T10:00:00',
        amount: '1e3',
        kind: 'payment',
        counterparty: 'friend',
      },
    });
    expect(found.map((i) => i.path)).toEqual([
      ['account', 'class'],
      ['account', 'balance'],
      ['account', 'status'],
      ['history', 0, 'at'],
      ['history', 0, 'kind'],
      ['transaction', 'at'],
      ['transaction', 'amount'],
      ['transaction', 'counterparty'],
    ]);
  });
});
