import type * as z from 'zod/mini';
import { AccountPolicyError, type InputIssue } from '../../errors';
import { accountStateSchema, lifecycleEventSchema } from '../../schemas/transition';
import type { LifecycleEvent } from '../events';
import type { AccountStateInput } from '../types';

function check(schema: z.ZodMiniType, value: unknown, root: string): void {
  const result = schema.safeParse(value);
  if (result.success) return;
  const issues: InputIssue[] = result.error.issues.map((i) => ({
    path: [root, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    message: i.message,
  }));
  const first = issues[0]!;
  throw new AccountPolicyError(
    'invalid_input',
    `Invalid ${root} at ${first.path.join('.')}: ${first.message}` +
      (issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''),
    issues,
  );
}

/** Throws `invalid_input` listing every problem of a malformed account (paths start with `account`). */
export function validateAccount(account: unknown): asserts account is AccountStateInput {
  check(accountStateSchema, account, 'account');
}

/** Throws `invalid_input` listing every problem of a malformed event (paths start with `event`). */
export function validateEvent(event: unknown): asserts event is LifecycleEvent {
  check(lifecycleEventSchema, event, 'event');
}
