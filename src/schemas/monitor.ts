import * as z from 'zod/mini';
import { MAX_HISTORY, transactionSchema } from './check';
import { instantSchema, presetIdSchema, shortTextSchema } from './common';
import { accountStatusSchema } from './transition';

/**
 * The account of a monitoring run: class or tier, and optionally when it was opened, its last
 * active transaction, its status and (with status `dormant`) since when it is dormant.
 * `lastActiveAt: null` means "never active" (inactivity counts from `openedAt`); an absent
 * `lastActiveAt` means "not known": the history is an excerpt and only gaps inside it count.
 *
 * @example
 * ```ts
 * monitorAccountSchema.safeParse({ class: 'II', status: 'dormant' }).success; // true
 * ```
 */
export const monitorAccountSchema = z.strictObject({
  class: shortTextSchema(40),
  openedAt: z.optional(instantSchema()),
  /**
   * The last active (customer-initiated) transaction. `null`: never active, so inactivity runs
   * from `openedAt`; absent: not known, and only gaps inside `history` count as inactivity.
   */
  lastActiveAt: z.optional(
    z
      .nullable(instantSchema())
      .check(
        z.describe(
          'The last active (customer-initiated) transaction. null: never active, inactivity runs from openedAt. Absent: not known; the history is an excerpt and only gaps inside it count as inactivity.',
        ),
      ),
  ),
  status: z.optional(accountStatusSchema),
  dormantSince: z.optional(instantSchema()),
});

/**
 * The input of `account-policy monitor` (CLI.md): the preset (optional), the account, its
 * transactions (as in `check`; any order) and `now`, the instant of the review. Amounts are
 * decimal strings; a JSON number is refused with a message saying so. Does not import decimal.js.
 *
 * @example
 * ```ts
 * monitorInputSchema.safeParse({
 *   account: { class: 'intermediate' },
 *   history: [{ at: '2026-11-22T10:00:00+08:00', amount: '30000.01', kind: 'transfer_out' }],
 *   now: '2026-11-22T12:00:00+08:00',
 * }).success; // true
 * ```
 */
export const monitorInputSchema = z.strictObject({
  preset: z.optional(presetIdSchema),
  account: monitorAccountSchema,
  history: z
    .array(transactionSchema)
    .check(z.maxLength(MAX_HISTORY, `at most ${MAX_HISTORY} history entries`)),
  now: instantSchema(),
});

/** The parsed input of `account-policy monitor`. */
export type MonitorCommandInput = z.infer<typeof monitorInputSchema>;
