import type * as z from 'zod/mini';
import { eligibilityInputSchema } from './eligibility';
import { transitionInputSchema } from './transition';

/**
 * The input schema of each command that takes one, by command name (for `account-policy schema`).
 */
export const INPUT_SCHEMAS: { readonly [name: string]: z.ZodMiniType } = {
  transition: transitionInputSchema,
  eligibility: eligibilityInputSchema,
};
