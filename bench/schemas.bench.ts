/**
 * Input schemas vs bare zod/mini schemas of the same shape without refinements: what checking
 * amounts, instants and dates (and refusing hostile text early) costs on top of parsing the shape.
 */
import * as z from 'zod/mini';
import { checkInputSchema } from '../src/schemas/check';
import { amountSchema, instantSchema } from '../src/schemas/common';
import type { BenchmarkPair } from './harness';

const KINDS = ['transfer_out', 'payment', 'transfer_in', 'withdraw_cash'] as const;
const tx = (i: number) => ({
  at: `2026-11-${String(1 + (i % 21)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:15:00+08:00`,
  amount: `${1 + (i % 900)}.${String(i % 100).padStart(2, '0')}`,
  kind: KINDS[i % KINDS.length]!,
  counterparty: i % 2 === 0 ? 'other' : 'own',
});
/** The contract's check input with 100 history entries. */
const CHECK_INPUT = {
  preset: 'cn-pboc-2018',
  account: { class: 'II', balance: '1500.00', faceToFaceVerified: false },
  history: Array.from({ length: 100 }, (_, i) => tx(i)),
  transaction: tx(100),
};

const bareTransaction = z.object({
  id: z.optional(z.string()),
  at: z.string(),
  amount: z.string(),
  kind: z.enum(['deposit_cash', 'withdraw_cash', 'transfer_in', 'transfer_out', 'payment']),
  counterparty: z.optional(z.enum(['bound', 'own', 'other'])),
});
const bareCheckInput = z.object({
  preset: z.optional(z.string()),
  account: z.object({
    class: z.string(),
    balance: z.string(),
    faceToFaceVerified: z.optional(z.boolean()),
  }),
  history: z.optional(z.array(bareTransaction)),
  transaction: bareTransaction,
});

const AMOUNTS = Array.from(
  { length: 50 },
  (_, i) => `${(i * 7919) % 100000}.${String(i % 100).padStart(2, '0')}`,
);
const INSTANTS = Array.from({ length: 50 }, (_, i) => tx(i).at);
const amounts = z.array(amountSchema(2));
const bareAmounts = z.array(z.string());
const instants = z.array(instantSchema());
const bareInstants = z.array(z.string());

function bothAccept(a: { success: boolean }, b: { success: boolean }, what: string): void {
  if (!a.success || !b.success) throw new Error(`${what}: both schemas must accept the input`);
}

export const benchmarks: readonly BenchmarkPair[] = [
  {
    name: 'schemas: check input (100 history) vs bare zod',
    description:
      'checkInputSchema.safeParse vs a zod/mini object of the same shape, no refinements',
    candidate: () => checkInputSchema.safeParse(CHECK_INPUT),
    baseline: () => bareCheckInput.safeParse(CHECK_INPUT),
    verify: () =>
      bothAccept(
        checkInputSchema.safeParse(CHECK_INPUT),
        bareCheckInput.safeParse(CHECK_INPUT),
        'check input',
      ),
  },
  {
    name: 'schemas: 50 amounts vs bare z.string()',
    description: 'amountSchema(2) (decimal text checks, no decimal.js) vs z.string()',
    candidate: () => amounts.safeParse(AMOUNTS),
    baseline: () => bareAmounts.safeParse(AMOUNTS),
    verify: () => bothAccept(amounts.safeParse(AMOUNTS), bareAmounts.safeParse(AMOUNTS), 'amounts'),
  },
  {
    name: 'schemas: 50 instants vs bare z.string()',
    description: 'instantSchema (ISO 8601 with offset) vs z.string()',
    candidate: () => instants.safeParse(INSTANTS),
    baseline: () => bareInstants.safeParse(INSTANTS),
    verify: () =>
      bothAccept(instants.safeParse(INSTANTS), bareInstants.safeParse(INSTANTS), 'instants'),
  },
];
