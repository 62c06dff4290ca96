import * as z from 'zod/mini';
import { LIFECYCLE_EVENT_TYPES } from '../lifecycle/events';
import { ACCOUNT_STATUSES, RESTRICTION_KINDS } from '../lifecycle/types';
import { isCurrencyCode } from '../money/currencies';
import {
  FREEZE_ISSUERS,
  FREEZE_KINDS,
  FREEZE_SCOPES,
  LIFTING_PARTIES,
} from '../presets/types/lifecycle';
import {
  amountSchema,
  channelSchema,
  transactionInstantSchema,
  localDateSchema,
  presetIdSchema,
  shortTextSchema,
  transactionKindSchema,
} from './common';

/** Largest scale of a supported currency; the library then checks the account currency's own scale. */
const AMOUNT_SCALE = 3;
/** Most freezes, restrictions, list items or information changes accepted in one account or event. */
export const MAX_STATE_ITEMS = 100;
const MAX_ITEMS = MAX_STATE_ITEMS;

/** Whether `until` (b) is later than `from` (a); a malformed one is reported by its own field. */
const before = (a: string | undefined, b: string | undefined) => {
  if (a === undefined || b === undefined) return true;
  const from = Date.parse(a);
  const until = Date.parse(b);
  return Number.isNaN(from) || Number.isNaN(until) || from < until;
};

/** Account statuses. */
export const accountStatusSchema = z.enum(ACCOUNT_STATUSES);
/** Freeze kinds. */
export const freezeKindSchema = z.enum(FREEZE_KINDS);
/** Kinds of authority that order a freeze (the emergency stop-payment: `public_security`). */
export const freezeIssuerSchema = z.enum(FREEZE_ISSUERS);
/** Freeze scopes (`credit` beyond CLI.md's `all|debit|amount`, for presets that allow it). */
export const freezeScopeSchema = z.enum(FREEZE_SCOPES);
/** Parties that may lift or renew a freeze. */
export const liftingPartySchema = z.enum(LIFTING_PARTIES);
/** Restriction kinds. */
export const restrictionKindSchema = z.enum(RESTRICTION_KINDS);

const amountMatchesScope = (f: { scope: string; amount?: string | undefined }) =>
  (f.scope === 'amount') === (f.amount !== undefined);
const AMOUNT_SCOPE_MESSAGE =
  'amount is required for scope "amount" and not allowed for other scopes';

/** A freeze held on an account. */
export const freezeSchema = z
  .strictObject({
    id: shortTextSchema(),
    kind: freezeKindSchema,
    scope: freezeScopeSchema,
    amount: z.optional(amountSchema(AMOUNT_SCALE)),
    from: transactionInstantSchema(),
    until: z.optional(transactionInstantSchema()),
    authority: z.optional(shortTextSchema()),
    issuer: z.optional(freezeIssuerSchema),
    reference: z.optional(shortTextSchema()),
    renewals: z.optional(z.int().check(z.nonnegative('must be ≥ 0'))),
  })
  .check(
    z.refine(amountMatchesScope, { message: AMOUNT_SCOPE_MESSAGE, path: ['amount'] }),
    z.refine((f) => before(f.from, f.until), {
      message: 'until must be later than from',
      path: ['until'],
    }),
  );

/** A loss report held on an account. */
export const lossReportSchema = z.strictObject({
  at: transactionInstantSchema(),
  channel: channelSchema,
});

/** A restriction on the holder. */
export const restrictionSchema = z
  .strictObject({
    id: shortTextSchema(),
    kind: restrictionKindSchema,
    from: transactionInstantSchema(),
    until: z.optional(transactionInstantSchema()),
    reason: z.optional(shortTextSchema()),
  })
  .check(
    z.refine((r) => before(r.from, r.until), {
      message: 'until must be later than from',
      path: ['until'],
    }),
  );

/**
 * An account's lifecycle state, as in CLI.md. `freezes`, `lossReport`, `pendingBusiness` and
 * `linkedServices` may be omitted (none).
 */
export const accountStateSchema = z.strictObject({
  status: accountStatusSchema,
  balance: amountSchema(AMOUNT_SCALE),
  currency: z.optional(
    z
      .string()
      .check(
        z.regex(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code such as "CNY"', abort: true }),
        z.refine(isCurrencyCode, 'must be a supported ISO 4217 code such as "CNY"'),
      ),
  ),
  openedAt: transactionInstantSchema(),
  lastActiveAt: z.optional(z.nullable(transactionInstantSchema())),
  freezes: z.optional(
    z.array(freezeSchema).check(z.maxLength(MAX_ITEMS, `at most ${MAX_ITEMS} freezes`)),
  ),
  lossReport: z.optional(z.nullable(lossReportSchema)),
  pendingBusiness: z.optional(
    z.array(shortTextSchema()).check(z.maxLength(MAX_ITEMS, `at most ${MAX_ITEMS} items`)),
  ),
  linkedServices: z.optional(
    z.array(shortTextSchema()).check(z.maxLength(MAX_ITEMS, `at most ${MAX_ITEMS} items`)),
  ),
  restrictions: z.optional(
    z.array(restrictionSchema).check(z.maxLength(MAX_ITEMS, `at most ${MAX_ITEMS} restrictions`)),
  ),
  identityReverificationRequired: z.optional(z.boolean()),
  identityReverifiedAt: z.optional(transactionInstantSchema()),
  activatedAt: z.optional(transactionInstantSchema()),
  dormantSince: z.optional(transactionInstantSchema()),
  reactivatedAt: z.optional(transactionInstantSchema()),
  closedAt: z.optional(transactionInstantSchema()),
  retainRecordsUntil: z.optional(localDateSchema()),
  information: z.optional(
    z.record(z.string().check(z.maxLength(64)), z.string().check(z.maxLength(500))),
  ),
});

/** Fields of an account `accountPermissions` does not read, but accepts (a whole account, a limit account). */
const UNREAD = z.optional(z.unknown());

/**
 * What `accountPermissions` reads of an account: the status (required) and what is held beside it,
 * each as in {@link accountStateSchema} and all optional. The other fields of a lifecycle account
 * or of a limit account (balance, class, …) are accepted and not looked at, so either passes as
 * it is; any other field is unknown, and refused.
 *
 * @example
 * ```ts
 * accountStateViewSchema.safeParse({ status: 'normal', freezes: [null] }).success; // false
 * accountStateViewSchema.safeParse({ status: 'dormant', class: 'II' }).success; // true
 * accountStateViewSchema.safeParse({ status: 'dormant', staus: 'closed' }).success; // false
 * ```
 */
export const accountStateViewSchema = z.extend(
  z.partial(
    z.pick(accountStateSchema, {
      status: true,
      currency: true,
      openedAt: true,
      lastActiveAt: true,
      activatedAt: true,
      reactivatedAt: true,
      dormantSince: true,
      freezes: true,
      lossReport: true,
      restrictions: true,
      identityReverificationRequired: true,
      identityReverifiedAt: true,
    }),
    { openedAt: true },
  ),
  {
    balance: UNREAD,
    pendingBusiness: UNREAD,
    linkedServices: UNREAD,
    closedAt: UNREAD,
    retainRecordsUntil: UNREAD,
    information: UNREAD,
    class: UNREAD,
    faceToFaceVerified: UNREAD,
    boundFirstDepositReceived: UNREAD,
    firstLoadReceived: UNREAD,
  },
);

const at = transactionInstantSchema();
const channel = z.optional(channelSchema);
const identityVerified = z.optional(z.boolean());

/** A freeze to place (`from` defaults to the event's `at`; `until` to the kind's longest duration). */
export const freezeRequestSchema = z
  .strictObject({
    id: shortTextSchema(),
    kind: freezeKindSchema,
    scope: freezeScopeSchema,
    amount: z.optional(amountSchema(AMOUNT_SCALE)),
    from: z.optional(transactionInstantSchema()),
    until: z.optional(transactionInstantSchema()),
    authority: z.optional(shortTextSchema()),
    issuer: z.optional(freezeIssuerSchema),
    reference: z.optional(shortTextSchema()),
  })
  .check(
    z.refine(amountMatchesScope, { message: AMOUNT_SCOPE_MESSAGE, path: ['amount'] }),
    z.refine((f) => before(f.from, f.until), {
      message: 'until must be later than from',
      path: ['until'],
    }),
  );

/** Every lifecycle event, by `type`. */
export const lifecycleEventSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('activate'), at, channel }),
    z.strictObject({ type: z.literal('freeze'), at, channel, freeze: freezeRequestSchema }),
    z.strictObject({
      type: z.literal('renew_freeze'),
      at,
      channel,
      id: shortTextSchema(),
      until: transactionInstantSchema(),
      renewedBy: z.optional(liftingPartySchema),
      notice: z.optional(shortTextSchema()),
    }),
    z.strictObject({
      type: z.literal('unfreeze'),
      at,
      channel,
      id: shortTextSchema(),
      liftedBy: z.optional(liftingPartySchema),
      notice: z.optional(shortTextSchema()),
    }),
    z.strictObject({ type: z.literal('report_loss'), at, channel }),
    z.strictObject({ type: z.literal('unreport_loss'), at, channel, identityVerified }),
    z.strictObject({ type: z.literal('replace_card'), at, channel, identityVerified }),
    z.strictObject({ type: z.literal('mark_dormant'), at, channel }),
    z.strictObject({ type: z.literal('reactivate'), at, channel, identityVerified }),
    z.strictObject({ type: z.literal('verify_identity'), at, channel, identityVerified }),
    z.strictObject({
      type: z.literal('record_activity'),
      at,
      channel,
      kind: transactionKindSchema,
      amount: amountSchema(AMOUNT_SCALE).check(
        z.refine((s) => /[1-9]/.test(s), { message: 'must be greater than zero' }),
      ),
    }),
    z.strictObject({ type: z.literal('close'), at, channel }),
    z.strictObject({
      type: z.literal('change_information'),
      at,
      channel,
      changes: z
        .array(
          z.strictObject({ field: shortTextSchema(64), value: z.string().check(z.maxLength(500)) }),
        )
        .check(
          z.minLength(1, 'at least one change'),
          z.maxLength(MAX_ITEMS, `at most ${MAX_ITEMS} changes`),
        ),
      enteredBy: shortTextSchema(),
      approvedBy: z.optional(shortTextSchema()),
      proof: z.optional(shortTextSchema()),
    }),
    z.strictObject({
      type: z.literal('restrict_person'),
      at,
      channel,
      restriction: z
        .strictObject({
          id: shortTextSchema(),
          kind: restrictionKindSchema,
          from: z.optional(transactionInstantSchema()),
          until: z.optional(transactionInstantSchema()),
          reason: z.optional(shortTextSchema()),
        })
        .check(
          z.refine((r) => before(r.from, r.until), {
            message: 'until must be later than from',
            path: ['until'],
          }),
        ),
    }),
    z.strictObject({ type: z.literal('lift_restriction'), at, channel, id: shortTextSchema() }),
    z.strictObject({ type: z.literal('advance'), at, channel }),
  ],
  {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? `type must be one of ${LIFECYCLE_EVENT_TYPES.join(', ')}`
        : undefined,
  },
);

/**
 * The input of `account-policy transition` (CLI.md): an optional preset id, the account and one
 * lifecycle event. Amounts are decimal strings; instants ISO 8601 with an offset.
 *
 * @example
 * ```ts
 * transitionInputSchema.safeParse({
 *   account: { status: 'normal', balance: '0.00', openedAt: '2025-01-05T10:00:00+08:00',
 *              freezes: [], lossReport: null, pendingBusiness: [], linkedServices: [] },
 *   event: { type: 'close', at: '2026-11-22T10:00:00+08:00', channel: 'counter' },
 * }).success; // true
 * ```
 */
export const transitionInputSchema = z.strictObject({
  preset: z.optional(presetIdSchema),
  account: accountStateSchema,
  event: lifecycleEventSchema,
});

/** The parsed input of `account-policy transition`. */
export type TransitionInput = z.infer<typeof transitionInputSchema>;
