/*
 * Zod-free checks that report what the input schemas (zod, src/schemas) report for the same
 * value: the same issues, in the same order, paths and messages, as `safeParse` with
 * `readableIssues` and `inputIssuesOf` give them. The limit engine's path (accountPermissions)
 * and the CLI's `check` use them, and load no zod (issue 18); property tests hold each against
 * its schema (src/lifecycle/viewIssues.test.ts, src/schemas/checkInputIssues.test.ts).
 *
 * Each check follows the schema's: a type problem (wrong type, value outside an enumeration,
 * an instant's wrong shape) stops the checks of that value and of the objects around it; a
 * check's problem (too long, a refinement) lets the next checks run.
 */
import type { InputIssue } from '../errors';
import { isCurrencyCode } from '../money/currencies';
import { CHANNELS } from '../presets/types/common';
import { FREEZE_ISSUERS, FREEZE_KINDS, FREEZE_SCOPES } from '../presets/types/lifecycle';
import {
  INSTANT,
  INSTANT_MESSAGE,
  INSTANT_TOO_LONG,
  amountMessage,
  amountPattern,
  enumMessage,
  instantProblem,
  typeMessage,
  unknownFieldMessage,
} from './plainChecks';
import { isSupportedInstant, SUPPORTED_INSTANTS_RULE } from '../time/instantRange';
import { RESTRICTION_KINDS } from '../lifecycle/types';

export type Path = readonly (string | number)[];
export type Fields = { readonly [key: string]: unknown };

/** What checking one value found; `aborted` when a problem stops the checks around it. */
export interface Found {
  readonly issues: InputIssue[];
  aborted: boolean;
}

/** Checks one value at a path, adding to `found`. */
export type Check = (value: unknown, path: Path, found: Found) => void;

/** Most freezes or restrictions in one account (the schemas' `MAX_STATE_ITEMS`). */
export const MAX_STATE_ITEMS = 100;
/** Longest short text (an id, a reference) where nothing else says (the schemas' `MAX_TEXT`). */
export const MAX_TEXT = 200;
const AMOUNT_SCALE = 3;
const AMOUNT = amountPattern(AMOUNT_SCALE);

export function add(found: Found, path: Path, message: string, aborts: boolean): void {
  found.issues.push({ path, message });
  if (aborts) found.aborted = true;
}

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const oneOf =
  (values: readonly unknown[]): Check =>
  (value, path, found) => {
    if (!values.includes(value)) add(found, path, enumMessage(values), true);
  };

/** The checks `optional` made: a strict object skips their absent fields without a path. */
const OPTIONAL = new WeakSet<Check>();

export const optional = (check: Check): Check => {
  const optionalCheck: Check = (value, path, found) => {
    if (value !== undefined) check(value, path, found);
  };
  OPTIONAL.add(optionalCheck);
  return optionalCheck;
};

export const nullable =
  (check: Check): Check =>
  (value, path, found) => {
    if (value !== null) check(value, path, found);
  };

/**
 * The length zod's length checks measure: a string's code points, any other value's `length`;
 * `undefined` when the value has none (then the checks do not run, even after a type problem).
 */
function lengthOf(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return [...value].length;
  return (value as { length?: unknown }).length;
}

/**
 * Whether a string is surely within `min` to `max` code points without counting them: it has at
 * least half as many code points as UTF-16 units, and at most as many.
 */
function surelyWithin(value: unknown, min: number, max: number): boolean {
  return typeof value === 'string' && value.length <= max && (value.length + 1) >> 1 >= min;
}

/** zod's `minLength` and `maxLength` checks, which also run on a value of the wrong type. */
function lengthChecks(value: unknown, path: Path, found: Found, min: number, max: number): void {
  if (surelyWithin(value, min, max)) return;
  const length = lengthOf(value) as number;
  if (length === undefined) return;
  if (min > 0 && !(length >= min)) add(found, path, 'must not be empty', false);
  if (!(length <= max)) add(found, path, `must be at most ${max} characters`, false);
}

/** `shortTextSchema(max)`: 1 to `max` characters. */
export const shortText =
  (max = MAX_TEXT): Check =>
  (value, path, found) => {
    if (typeof value !== 'string') add(found, path, typeMessage('string', value), true);
    lengthChecks(value, path, found, 1, max);
  };

/** `transactionInstantSchema()`: an instant `parseInstant` accepts, in the supported range. */
export const instant: Check = (value, path, found) => {
  if (typeof value !== 'string') {
    add(found, path, typeMessage('string', value), true);
    return instantLength(value, path, found);
  }
  instantLength(value, path, found);
  if (!INSTANT.test(value)) return add(found, path, INSTANT_MESSAGE, true);
  const problem = instantProblem(value);
  if (problem !== null) add(found, path, problem, false);
  else if (!isSupportedInstant(Date.parse(value))) add(found, path, SUPPORTED_INSTANTS_RULE, false);
};

/** An instant's length check (at most 40 characters), which runs on any type. */
function instantLength(value: unknown, path: Path, found: Found): void {
  if (surelyWithin(value, 0, 40)) return;
  const length = lengthOf(value) as number;
  if (length !== undefined && !(length <= 40)) add(found, path, INSTANT_TOO_LONG, false);
}

/** `amountSchema(3)` with the English messages. */
export const amount: Check = (value, path, found) => {
  if (typeof value !== 'string') {
    const message = value === undefined ? 'is required' : amountMessage(value, AMOUNT_SCALE);
    return add(found, path, message, true);
  }
  if (!AMOUNT.test(value)) add(found, path, amountMessage(value, AMOUNT_SCALE), false);
};

export const currency: Check = (value, path, found) => {
  if (typeof value !== 'string') return add(found, path, typeMessage('string', value), true);
  if (!/^[A-Z]{3}$/.test(value))
    return add(found, path, 'must be an ISO 4217 code such as "CNY"', true);
  if (!isCurrencyCode(value))
    add(found, path, 'must be a supported ISO 4217 code such as "CNY"', false);
};

export const boolean: Check = (value, path, found) => {
  if (typeof value !== 'boolean') add(found, path, typeMessage('boolean', value), true);
};

/** `z.int().check(z.nonnegative('must be ≥ 0'))`. */
export const renewals: Check = (value, path, found) => {
  if (typeof value !== 'number' || !Number.isFinite(value))
    return add(found, path, typeMessage('number', value), true);
  if (!Number.isInteger(value)) return add(found, path, typeMessage('int', value), true);
  // Beyond the safe integers, zod's own message (readableIssues leaves it).
  if (!Number.isSafeInteger(value)) add(found, path, 'Invalid input', false);
  if (value < 0) add(found, path, 'must be ≥ 0', false);
};

/**
 * A strict object: each field of `shape` in its order, then one issue per unknown field, then
 * (when no type problem was found in it) the object's own refinements.
 */
export function strictObject(
  shape: { readonly [key: string]: Check },
  refine?: (value: Fields, path: Path, found: Found) => void,
): Check {
  const fields = Object.keys(shape).map((key) => {
    const check = shape[key]!;
    return { key, check, optional: OPTIONAL.has(check) };
  });
  return (value, path, found) => {
    if (!isObject(value)) return add(found, path, typeMessage('object', value), true);
    const inner: Found = { issues: found.issues, aborted: false };
    for (const { key, check, optional } of fields) {
      const field = value[key];
      // An absent optional field has nothing to check: no path is built for it.
      if (field === undefined && optional) continue;
      check(field, [...path, key], inner);
    }
    for (const key in value)
      if (!Object.hasOwn(shape, key)) add(inner, [...path, key], unknownFieldMessage(key), false);
    if (!inner.aborted) refine?.(value, path, inner);
    if (inner.aborted) found.aborted = true;
  };
}

/** A list of at most `max` items (a longer one is refused as such, its items unread). */
export const list =
  (item: Check, max: number, tooMany: string): Check =>
  (value, path, found) => {
    const length = lengthOf(value) as number;
    const tooLong = length !== undefined && !(length <= max);
    if (!Array.isArray(value)) add(found, path, typeMessage('array', value), true);
    if (tooLong) add(found, path, tooMany, false);
    if (!Array.isArray(value) || tooLong) return;
    value.forEach((v: unknown, i) => item(v, [...path, i], found));
  };

/** Whether `until` is later than `from`; a malformed one is reported by its own field. */
function before(from: unknown, until: unknown): boolean {
  if (from === undefined || until === undefined) return true;
  const a = Date.parse(from as string);
  const b = Date.parse(until as string);
  return Number.isNaN(a) || Number.isNaN(b) || a < b;
}

function periodRefinement(value: Fields, path: Path, found: Found): void {
  if (!before(value.from, value.until))
    add(found, [...path, 'until'], 'until must be later than from', false);
}

/** `freezeSchema`. */
export const freeze = strictObject(
  {
    id: shortText(),
    kind: oneOf(FREEZE_KINDS),
    scope: oneOf(FREEZE_SCOPES),
    amount: optional(amount),
    from: instant,
    until: optional(instant),
    authority: optional(shortText()),
    issuer: optional(oneOf(FREEZE_ISSUERS)),
    reference: optional(shortText()),
    renewals: optional(renewals),
  },
  (value, path, found) => {
    if ((value.scope === 'amount') !== (value.amount !== undefined))
      add(
        found,
        [...path, 'amount'],
        'amount is required for scope "amount" and not allowed for other scopes',
        false,
      );
    periodRefinement(value, path, found);
  },
);

/** `restrictionSchema`. */
export const restriction = strictObject(
  {
    id: shortText(),
    kind: oneOf(RESTRICTION_KINDS),
    from: instant,
    until: optional(instant),
    reason: optional(shortText()),
  },
  periodRefinement,
);

/** `lossReportSchema`. */
export const lossReport = strictObject({ at: instant, channel: oneOf(CHANNELS) });

/**
 * Runs a check on a value.
 *
 * @param check - the check
 * @param value - the value
 * @param root - where it sits
 * @returns every issue, in the schema's order
 */
export function issuesOf(check: Check, value: unknown, root: Path): InputIssue[] {
  const found: Found = { issues: [], aborted: false };
  check(value, root, found);
  return found.issues;
}
