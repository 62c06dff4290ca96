import { expect, it } from 'vitest';
import { BANK_PRESET } from '../../test/fixtures/limitPresets';
import { getPreset } from '../presets';
import {
  createUsage,
  recordTransaction,
  release,
  reserve,
  type TransactionInput,
  type Usage,
} from '.';
import {
  BANK_USAGE,
  BANK_USAGE_RELEASED,
  BANK_USAGE_WITH_HOLD,
  PBOC_USAGE,
  PBOC_USAGE_WITH_HOLD,
} from './storedUsages.testkit';

const at = (hour: number) => `2026-11-22T${String(hour).padStart(2, '0')}:00:00+08:00`;
const stored = (u: Usage) => JSON.parse(JSON.stringify(u)) as Usage;
const PAYMENT = { id: 'tx-1', at: at(10), amount: '100.00', kind: 'payment' } as const;

it('the stored PBOC usages are what the library writes', () => {
  const PBOC = getPreset('cn-pboc-2018');
  const usage = stored(
    [
      { at: at(9), amount: '9000.00', kind: 'transfer_out', counterparty: 'other' },
      { at: at(8), amount: '200.00', kind: 'payment' },
    ].reduce((u, t) => recordTransaction(u, t as TransactionInput), createUsage(PBOC)),
  );
  expect(usage).toEqual(PBOC_USAGE);
  const held = reserve({ class: 'II', balance: '5000.00' }, PAYMENT, usage, PBOC);
  expect(held.ok).toBe(true);
  expect(stored(held.usage)).toEqual(PBOC_USAGE_WITH_HOLD);
});

it('the stored bank-preset usages are what the library writes', () => {
  const usage = stored(
    recordTransaction(createUsage(BANK_PRESET), {
      at: at(9),
      amount: '100.00',
      kind: 'transfer_in',
      counterparty: 'other',
    }),
  );
  expect(usage).toEqual(BANK_USAGE);
  const held = reserve({ class: 'II', balance: '5000.00' }, PAYMENT, usage, BANK_PRESET);
  expect(held.ok).toBe(true);
  expect(stored(held.usage)).toEqual(BANK_USAGE_WITH_HOLD);
  expect(stored(release(held.usage, 'tx-1', '2026-11-22T10:05:00+08:00'))).toEqual(
    BANK_USAGE_RELEASED,
  );
});
