/*
 * The validation of whole lifecycle accounts and events (transition, advance, applyPersonEvent),
 * by the shared zod schemas. What the limit engine's path needs (`accountPermissions`) is in
 * validateView.ts, without zod, and re-exported here.
 */
import type * as z from 'zod/mini';
import { inputIssuesOf, readableIssues } from '../../schemas/common';
import { accountStateSchema, lifecycleEventSchema } from '../../schemas/transition';
import type { LifecycleEvent } from '../events';
import type { AccountStateInput } from '../types';
import { invalid, type InputPath } from './validateView';

export {
  accountReadError,
  dateArgumentMs,
  validateAccountView,
  type InputPath,
} from './validateView';

const ACCOUNT: InputPath = ['account'];
const EVENT: InputPath = ['event'];

function check(schema: z.ZodMiniType, value: unknown, root: InputPath, what: string): void {
  const result = schema.safeParse(value, { error: readableIssues });
  if (result.success) return;
  throw invalid(what, inputIssuesOf(result.error.issues, root));
}

/**
 * Throws `invalid_input` listing every problem of a malformed account.
 *
 * @param account - the value given as an account
 * @param root - where it sits in the arguments (default `['account']`); issue paths start with it
 */
export function validateAccount(
  account: unknown,
  root: InputPath = ACCOUNT,
): asserts account is AccountStateInput {
  check(accountStateSchema, account, root, 'account');
}

/** Throws `invalid_input` listing every problem of a malformed event (paths start with `event`). */
export function validateEvent(event: unknown): asserts event is LifecycleEvent {
  check(lifecycleEventSchema, event, EVENT, 'event');
}
