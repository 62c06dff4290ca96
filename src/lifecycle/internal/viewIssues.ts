/*
 * Every problem of an account as `accountPermissions` reads it, without zod: the same issues, in
 * the same order, with the same paths and messages as the shared schema `accountStateViewSchema`
 * (src/schemas/transition.ts) parsed with `readableIssues` (a property test holds the two
 * together). The limit engine's path goes through here, and must not load zod (issue 18).
 */
import type { InputIssue } from '../../errors';
import {
  MAX_STATE_ITEMS,
  boolean,
  currency,
  freeze,
  instant,
  issuesOf,
  list,
  lossReport,
  nullable,
  oneOf,
  optional,
  restriction,
  strictObject,
  type Check,
} from '../../schemas/plainIssues';
import { ACCOUNT_STATUSES } from '../types';

export { MAX_STATE_ITEMS, MAX_TEXT } from '../../schemas/plainIssues';

const unread: Check = () => undefined;

/** The fields of `accountStateViewSchema`, in its order, each with its check. */
const VIEW_SHAPE: { readonly [key: string]: Check } = {
  status: oneOf(ACCOUNT_STATUSES),
  currency: optional(currency),
  openedAt: optional(instant),
  lastActiveAt: optional(nullable(instant)),
  activatedAt: optional(instant),
  reactivatedAt: optional(instant),
  dormantSince: optional(instant),
  freezes: optional(list(freeze, MAX_STATE_ITEMS, `at most ${MAX_STATE_ITEMS} freezes`)),
  lossReport: optional(nullable(lossReport)),
  restrictions: optional(
    list(restriction, MAX_STATE_ITEMS, `at most ${MAX_STATE_ITEMS} restrictions`),
  ),
  identityReverificationRequired: optional(boolean),
  identityReverifiedAt: optional(instant),
  balance: unread,
  pendingBusiness: unread,
  linkedServices: unread,
  closedAt: unread,
  retainRecordsUntil: unread,
  information: unread,
  class: unread,
  faceToFaceVerified: unread,
  boundFirstDepositReceived: unread,
  firstLoadReceived: unread,
};

/** The fields `accountPermissions` accepts of an account, in the shared schema's order. */
export const VIEW_FIELDS: ReadonlySet<string> = new Set(Object.keys(VIEW_SHAPE));

const view = strictObject(VIEW_SHAPE);

/**
 * Every problem of a value given as the account `accountPermissions` reads, as the shared schema
 * `accountStateViewSchema` reports them (paths start with `account`); none for a valid one.
 *
 * @param account - the value
 * @returns the issues, in the schema's order
 * @example
 * ```ts
 * accountViewIssues({ status: 'normal', freezes: [null] });
 * // [{ path: ['account', 'freezes', 0], message: 'must be an object, not null' }]
 * ```
 */
export function accountViewIssues(account: unknown): InputIssue[] {
  return issuesOf(view, account, ['account']);
}
