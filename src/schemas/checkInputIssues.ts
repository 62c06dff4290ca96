/*
 * The input of `account-policy check`, checked without zod: every issue `checkInputSchema`
 * (check.ts) reports, in its order, with its paths and messages (a property test holds the two
 * together). The CLI's `check` uses it, so that a check loads no zod (issue 18).
 */
import type { InputIssue } from '../errors';
import { ACCOUNT_STATUSES } from '../lifecycle/types';
import { CHANNELS, COUNTERPARTIES, TRANSACTION_KINDS } from '../presets/types/common';
import { MAX_INTEGER_DIGITS } from '../money/amountText';
import { amountMessage, amountPattern, typeMessage } from './plainChecks';
import {
  MAX_STATE_ITEMS,
  add,
  amount,
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
  shortText,
  strictObject,
  type Check,
} from './plainIssues';

/** Most history entries (check.ts's `MAX_HISTORY`). */
export const MAX_HISTORY = 100_000;
const AMOUNT_SCALE = 3;
const BALANCE = new RegExp(
  `^-?(0|[1-9]\\d{0,${MAX_INTEGER_DIGITS - 1}})(\\.\\d{1,${AMOUNT_SCALE}})?$`,
);
const UNSIGNED = amountPattern(AMOUNT_SCALE);
const BALANCE_MESSAGE = 'must be a decimal string amount such as "1000.00"';

/** A balance: a decimal string that may be negative. */
const balance: Check = (value, path, found) => {
  if (typeof value !== 'string')
    return add(found, path, value === undefined ? 'is required' : BALANCE_MESSAGE, true);
  if (BALANCE.test(value)) return;
  const unsigned = value.startsWith('-') ? value.slice(1) : value;
  const message = UNSIGNED.test(unsigned) ? BALANCE_MESSAGE : amountMessage(unsigned, AMOUNT_SCALE);
  add(found, path, message, false);
};

const presetId: Check = (value, path, found) => {
  if (typeof value !== 'string') return add(found, path, typeMessage('string', value), true);
  if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(value))
    add(found, path, 'must be a preset id such as "cn-pboc-2018"', false);
};

/** `transactionSchema`. */
const transaction = strictObject({
  id: optional(shortText()),
  at: instant,
  amount,
  kind: oneOf(TRANSACTION_KINDS),
  counterparty: optional(oneOf(COUNTERPARTIES)),
  counterpartyId: optional(shortText()),
  channel: optional(oneOf(CHANNELS)),
  reverses: optional(strictObject({ id: shortText(), at: instant })),
});

/** `checkAccountSchema`. */
const account = strictObject({
  class: shortText(40),
  balance,
  faceToFaceVerified: optional(boolean),
  boundFirstDepositReceived: optional(boolean),
  firstLoadReceived: optional(boolean),
  status: optional(oneOf(ACCOUNT_STATUSES)),
  freezes: optional(list(freeze, MAX_STATE_ITEMS, `at most ${MAX_STATE_ITEMS} freezes`)),
  lossReport: optional(nullable(lossReport)),
  restrictions: optional(
    list(restriction, MAX_STATE_ITEMS, `at most ${MAX_STATE_ITEMS} restrictions`),
  ),
  openedAt: optional(instant),
  lastActiveAt: optional(nullable(instant)),
  activatedAt: optional(instant),
  reactivatedAt: optional(instant),
  dormantSince: optional(instant),
  identityReverificationRequired: optional(boolean),
  identityReverifiedAt: optional(instant),
  currency: optional(currency),
});

const checkInput = strictObject({
  preset: optional(presetId),
  account,
  history: optional(list(transaction, MAX_HISTORY, `at most ${MAX_HISTORY} history entries`)),
  transaction,
});

/**
 * Every problem of a value given as the input of `account-policy check`, as `checkInputSchema`
 * reports them (paths from the input's root); none for a valid one.
 *
 * @param input - the parsed JSON input
 * @returns the issues, in the schema's order
 * @example
 * ```ts
 * checkInputIssues({ account: { class: 'II', balance: '1.00' } });
 * // [{ path: ['transaction'], message: 'is required' }]
 * ```
 */
export function checkInputIssues(input: unknown): InputIssue[] {
  return issuesOf(checkInput, input, []);
}
