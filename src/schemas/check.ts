import * as z from 'zod/mini';
import { MAX_INTEGER_DIGITS } from '../money/amountText';
import { isCurrencyCode } from '../money/currencies';
import {
  amountSchema,
  channelSchema,
  counterpartySchema,
  transactionInstantSchema,
  presetIdSchema,
  shortTextSchema,
  transactionKindSchema,
} from './common';
import {
  accountStatusSchema,
  freezeSchema,
  lossReportSchema,
  restrictionSchema,
} from './transition';

/** Largest scale of a supported currency; the library then checks the preset currency's own scale. */
const AMOUNT_SCALE = 3;
/** Most history entries accepted in one input. */
export const MAX_HISTORY = 100_000;
/** Most freezes or restrictions accepted in one input. */
const MAX_ITEMS = 100;

/**
 * A transaction as in CLI.md: `at`, `amount` (a decimal string, never a JSON number), `kind`,
 * and optionally `counterparty` (default `other`), `id`, `counterpartyId`, `channel`, and
 * `reverses: { id, at }` for a reversal or refund of an earlier transaction.
 *
 * @example
 * ```ts
 * transactionSchema.safeParse({ at: '2026-11-22T10:00:00+08:00', amount: 1500, kind: 'payment' }).success; // false
 * ```
 */
export const transactionSchema = z.strictObject({
  id: z.optional(shortTextSchema()),
  at: transactionInstantSchema(),
  amount: amountSchema(AMOUNT_SCALE),
  kind: transactionKindSchema,
  counterparty: z.optional(counterpartySchema),
  counterpartyId: z.optional(shortTextSchema()),
  channel: z.optional(channelSchema),
  reverses: z.optional(z.strictObject({ id: shortTextSchema(), at: transactionInstantSchema() })),
});

const unsignedAmount = amountSchema(AMOUNT_SCALE);

/**
 * A booked balance: a decimal string amount that may be negative (an overdrawn account), as the
 * limits API reads it; `-0.00` is zero.
 */
const balanceSchema = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? 'is required'
        : 'must be a decimal string amount such as "1000.00"',
  })
  .check(
    z.regex(
      new RegExp(`^-?(0|[1-9]\\d{0,${MAX_INTEGER_DIGITS - 1}})(\\.\\d{1,${AMOUNT_SCALE}})?$`),
      {
        error: (issue) => {
          const s = typeof issue.input === 'string' ? issue.input : '';
          const parsed = unsignedAmount.safeParse(s.startsWith('-') ? s.slice(1) : s);
          return (
            parsed.error?.issues[0]?.message ?? 'must be a decimal string amount such as "1000.00"'
          );
        },
      },
    ),
  );
/**
 * The account of a check: class or tier, balance before the transaction, the facts permission
 * conditions test, and optionally its lifecycle state (status defaults to `normal`).
 *
 * @example
 * ```ts
 * checkAccountSchema.safeParse({ class: 'II', balance: '1500.00' }).success; // true
 * ```
 */
export const checkAccountSchema = z.strictObject({
  class: shortTextSchema(40),
  balance: balanceSchema,
  faceToFaceVerified: z.optional(z.boolean()),
  boundFirstDepositReceived: z.optional(z.boolean()),
  firstLoadReceived: z.optional(z.boolean()),
  status: z.optional(accountStatusSchema),
  freezes: z.optional(
    z.array(freezeSchema).check(z.maxLength(MAX_ITEMS, `at most ${MAX_ITEMS} freezes`)),
  ),
  lossReport: z.optional(z.nullable(lossReportSchema)),
  restrictions: z.optional(
    z.array(restrictionSchema).check(z.maxLength(MAX_ITEMS, `at most ${MAX_ITEMS} restrictions`)),
  ),
  openedAt: z.optional(transactionInstantSchema()),
  lastActiveAt: z.optional(z.nullable(transactionInstantSchema())),
  activatedAt: z.optional(transactionInstantSchema()),
  reactivatedAt: z.optional(transactionInstantSchema()),
  dormantSince: z.optional(transactionInstantSchema()),
  identityReverificationRequired: z.optional(z.boolean()),
  identityReverifiedAt: z.optional(transactionInstantSchema()),
  currency: z.optional(
    z
      .string()
      .check(
        z.regex(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code such as "CNY"', abort: true }),
        z.refine(isCurrencyCode, 'must be a supported ISO 4217 code such as "CNY"'),
      ),
  ),
});

/**
 * The input of `account-policy check` (CLI.md): the preset (optional), the account, its earlier
 * transactions (optional, any order and age) and the transaction to check. Amounts are decimal
 * strings; a JSON number is refused with a message saying so. Does not import decimal.js.
 *
 * @example
 * ```ts
 * checkInputSchema.safeParse({
 *   account: { class: 'II', balance: '1500.00', faceToFaceVerified: false },
 *   history: [{ at: '2026-11-22T09:00:00+08:00', amount: '9000.00', kind: 'transfer_out', counterparty: 'other' }],
 *   transaction: { at: '2026-11-22T10:00:00+08:00', amount: '1500.00', kind: 'transfer_out', counterparty: 'other' },
 * }).success; // true
 * ```
 */
export const checkInputSchema = z.strictObject({
  preset: z.optional(presetIdSchema),
  account: checkAccountSchema,
  history: z.optional(
    z
      .array(transactionSchema)
      .check(z.maxLength(MAX_HISTORY, `at most ${MAX_HISTORY} history entries`)),
  ),
  transaction: transactionSchema,
});

/** The parsed input of `account-policy check`. */
export type CheckInput = z.infer<typeof checkInputSchema>;
