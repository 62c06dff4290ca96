import type * as z from 'zod/mini';

/**
 * The input schema of each command that takes one, by command name (for `account-policy schema`).
 * Each area registers its schema here.
 */
export const INPUT_SCHEMAS: { readonly [name: string]: z.ZodMiniType } = {};
