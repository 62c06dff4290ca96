/*
 * What `accountPermissions` checks of its arguments, without zod: the limit engine calls it on
 * every check, and its path must not load zod (issue 18). A malformed account is reported with
 * every problem, as the shared schema `accountStateViewSchema` reports them (viewIssues.ts holds
 * the two together).
 */
import { AccountPolicyError, isAccountPolicyError, type InputIssue } from '../../errors';
import { ownFields } from '../../errors/ownFields';
import { checkAmountText, describeAmountProblem } from '../../money/amountText';
import { getCurrency, isCurrencyCode } from '../../money/currencies';
import { FREEZE_KINDS, FREEZE_SCOPES } from '../../presets/types/lifecycle';
import { safeParseInstant } from '../../time/parseInstant';
import { ACCOUNT_STATUSES, RESTRICTION_KINDS, type AccountStateView } from '../types';
import { instantMsOrNaN } from './timing';
import { accountViewIssues, MAX_STATE_ITEMS, MAX_TEXT, VIEW_FIELDS } from './viewIssues';

/** Where a value sits in the arguments, e.g. `['accounts', 1]`. */
export type InputPath = readonly (string | number)[];

const ACCOUNT: InputPath = ['account'];

/**
 * The `invalid_input` error listing every issue, the first in its message.
 *
 * @param what - what was invalid, e.g. `account`
 * @param issues - the issues (at least one)
 * @returns the error
 */
export function invalid(what: string, issues: readonly InputIssue[]): AccountPolicyError {
  const first = issues[0]!;
  return new AccountPolicyError(
    'invalid_input',
    `Invalid ${what} at ${first.path.join('.')}: ${first.message}` +
      (issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''),
    issues,
  );
}

/** Throws `invalid_input` listing every problem the shared schema sees in the account, if any. */
function checkView(account: unknown): void {
  const issues = accountViewIssues(account);
  if (issues.length > 0) throw invalid('account', issues);
}

/**
 * The milliseconds of an instant argument that must be a valid `Date` (`now`), or `invalid_input`
 * naming it. An ISO 8601 string with its offset is read as `parseInstant` reads it.
 *
 * @param value - the argument
 * @param name - its name, the path of the issue
 * @returns its time in milliseconds
 */
export function dateArgumentMs(value: unknown, name: string): number {
  // An ISO 8601 instant with its offset, as every other entry point takes; a Date as well.
  if (typeof value === 'string') {
    const parsed = safeParseInstant(value, [name]);
    if (parsed.ok) return parsed.value.getTime();
    const { code, issues } = parsed.error;
    throw new AccountPolicyError(code, `Invalid ${name}: ${issues[0]!.message}`, issues);
  }
  const valueMs = value instanceof Date ? value.getTime() : Number.NaN;
  if (!Number.isNaN(valueMs)) return valueMs;
  const got =
    value instanceof Date
      ? 'an invalid Date'
      : value === null
        ? 'null'
        : Array.isArray(value)
          ? 'an array'
          : typeof value;
  const message = `must be an ISO 8601 instant such as "2026-11-22T10:00:00+08:00" (or a valid Date), not ${got}`;
  throw new AccountPolicyError('invalid_input', `Invalid ${name}: ${message}`, [
    { path: [name], message },
  ]);
}

/**
 * Checks what `accountPermissions` reads of an account, cheaply enough for the limit engine's hot
 * path: the structure and types, the enumerations, the list lengths, every instant (memoised, as
 * reading them is), `until` later than `from`, and amount-freeze amounts in the account currency's
 * scale. Fields it does not read (balance, class, a loss report's channel, a freeze's authority, …)
 * are not looked at, so a limit account passes as it is.
 *
 * A malformed account is reported as the shared schema `accountStateViewSchema` reports it, with every
 * problem and paths starting with `account`; what only reading can tell (30 February, more decimals
 * than the currency has) is reported alone, with the same code and path shape.
 *
 * @param account - the value given as an account
 * @param presetCurrency - the currency of an account that names none
 * @returns the account's own fields (inherited properties are never read)
 */
export function validateAccountView(account: unknown, presetCurrency: string): AccountStateView {
  if (!isRecord(account)) checkView(account);
  const own = ownFields(account as Fields, VIEW_FIELDS, ACCOUNT, 'an account') as Fields;
  const problem = viewProblem(own, presetCurrency);
  if (problem === null) return own as unknown as AccountStateView;
  checkView(account);
  throw invalid('account', [problem]);
}

/**
 * A safety net for `accountPermissions`: {@link validateAccountView} checks everything it reads, so
 * reading a checked account should not throw; if it does, this is the error to throw instead — the
 * shared schema's `invalid_input` listing every problem if the schema sees one, otherwise the typed
 * error itself with the path of what is wrong in its message.
 *
 * @param account - the account being read
 * @param error - what reading it threw
 * @returns the error to throw
 */
export function accountReadError(account: unknown, error: unknown): unknown {
  if (!isAccountPolicyError(error)) return error;
  checkView(account);
  const path = error.issues[0]?.path;
  if (path?.[0] !== 'account' || error.message.startsWith('Invalid account at ')) return error;
  return new AccountPolicyError(
    error.code,
    `Invalid account at ${path.join('.')}: ${error.message}`,
    error.issues,
  );
}

type Fields = { readonly [key: string]: unknown };

const STATUSES: readonly unknown[] = ACCOUNT_STATUSES;
const KINDS: readonly unknown[] = FREEZE_KINDS;
const SCOPES: readonly unknown[] = FREEZE_SCOPES;
const RESTRICTIONS: readonly unknown[] = RESTRICTION_KINDS;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const isId = (value: unknown) =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_TEXT;
const isBadInstant = (value: unknown) => Number.isNaN(instantMsOrNaN(value));
const isBadOptionalInstant = (value: unknown) => value !== undefined && isBadInstant(value);
const issue = (path: InputPath, message: string): InputIssue => ({
  path: ['account', ...path],
  message,
});

/** Says why `value` is not an instant, in `parseInstant`'s words. */
function instantIssue(value: unknown, path: InputPath): InputIssue {
  const parsed = safeParseInstant(value);
  return issue(path, parsed.ok ? 'must be an ISO 8601 instant' : parsed.error.message);
}

/** The first reason `accountPermissions` cannot read `account`, or `null`. */
function viewProblem(account: unknown, presetCurrency: string): InputIssue | null {
  if (!isRecord(account)) return issue([], 'must be an object');
  const a = account;
  if (!STATUSES.includes(a.status))
    return issue(['status'], `must be one of ${ACCOUNT_STATUSES.join(', ')}`);
  if (a.currency !== undefined && !isCurrencyCode(a.currency))
    return issue(['currency'], 'must be a supported ISO 4217 code such as "CNY"');
  if (isBadOptionalInstant(a.openedAt)) return instantIssue(a.openedAt, ['openedAt']);
  if (a.lastActiveAt !== null && isBadOptionalInstant(a.lastActiveAt))
    return instantIssue(a.lastActiveAt, ['lastActiveAt']);
  if (isBadOptionalInstant(a.activatedAt)) return instantIssue(a.activatedAt, ['activatedAt']);
  if (isBadOptionalInstant(a.reactivatedAt))
    return instantIssue(a.reactivatedAt, ['reactivatedAt']);
  if (isBadOptionalInstant(a.dormantSince)) return instantIssue(a.dormantSince, ['dormantSince']);
  if (isBadOptionalInstant(a.identityReverifiedAt))
    return instantIssue(a.identityReverifiedAt, ['identityReverifiedAt']);
  const flag = a.identityReverificationRequired;
  if (flag !== undefined && typeof flag !== 'boolean')
    return issue(['identityReverificationRequired'], 'must be true or false');
  const report = a.lossReport;
  if (report !== undefined && report !== null) {
    if (!isRecord(report)) return issue(['lossReport'], 'must be an object or null');
    if (isBadInstant(report.at)) return instantIssue(report.at, ['lossReport', 'at']);
  }
  return (
    (a.freezes === undefined ? null : freezesProblem(a.freezes, a.currency ?? presetCurrency)) ??
    (a.restrictions === undefined ? null : restrictionsProblem(a.restrictions))
  );
}

function listProblem(list: unknown, key: string): InputIssue | null {
  if (!Array.isArray(list)) return issue([key], 'must be an array');
  if (list.length > MAX_STATE_ITEMS)
    return issue([key], `must have at most ${MAX_STATE_ITEMS} items`);
  return null;
}

/** A dated item's `from` and `until`: instants, `until` later than `from`. */
function periodProblem(item: Fields, key: string, i: number): InputIssue | null {
  const from = instantMsOrNaN(item.from);
  if (Number.isNaN(from)) return instantIssue(item.from, [key, i, 'from']);
  if (item.until === undefined) return null;
  const until = instantMsOrNaN(item.until);
  if (Number.isNaN(until)) return instantIssue(item.until, [key, i, 'until']);
  return until > from ? null : issue([key, i, 'until'], 'until must be later than from');
}

function freezesProblem(freezes: unknown, currency: unknown): InputIssue | null {
  const problem = listProblem(freezes, 'freezes');
  if (problem !== null) return problem;
  const list = freezes as readonly unknown[];
  for (let i = 0; i < list.length; i++) {
    const f = list[i];
    if (!isRecord(f)) return issue(['freezes', i], 'must be an object');
    if (!isId(f.id)) return issue(['freezes', i, 'id'], `must be 1 to ${MAX_TEXT} characters`);
    if (!KINDS.includes(f.kind))
      return issue(['freezes', i, 'kind'], `must be one of ${FREEZE_KINDS.join(', ')}`);
    if (!SCOPES.includes(f.scope))
      return issue(['freezes', i, 'scope'], `must be one of ${FREEZE_SCOPES.join(', ')}`);
    if ((f.scope === 'amount') !== (f.amount !== undefined))
      return issue(['freezes', i, 'amount'], 'is required for scope "amount" and only then');
    if (f.amount !== undefined) {
      const scale = getCurrency(currency as string).scale;
      const amountProblem = checkAmountText(f.amount, scale);
      if (amountProblem !== null)
        return issue(
          ['freezes', i, 'amount'],
          `must be a decimal string amount such as "1000.00": ${describeAmountProblem(amountProblem, scale)}`,
        );
    }
    const period = periodProblem(f, 'freezes', i);
    if (period !== null) return period;
  }
  return null;
}

function restrictionsProblem(restrictions: unknown): InputIssue | null {
  const problem = listProblem(restrictions, 'restrictions');
  if (problem !== null) return problem;
  const list = restrictions as readonly unknown[];
  for (let i = 0; i < list.length; i++) {
    const r = list[i];
    if (!isRecord(r)) return issue(['restrictions', i], 'must be an object');
    if (!isId(r.id)) return issue(['restrictions', i, 'id'], `must be 1 to ${MAX_TEXT} characters`);
    if (!RESTRICTIONS.includes(r.kind))
      return issue(['restrictions', i, 'kind'], `must be one of ${RESTRICTION_KINDS.join(', ')}`);
    const period = periodProblem(r, 'restrictions', i);
    if (period !== null) return period;
  }
  return null;
}
