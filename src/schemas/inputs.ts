import type * as z from 'zod/mini';
import { checkInputSchema } from './check';
import { eligibilityInputSchema } from './eligibility';
import { monitorInputSchema } from './monitor';
import { transitionInputSchema } from './transition';
import { deepFreeze } from '../presets/internal/deepFreeze';

/**
 * The input schema of each command that takes one, by command name (for `account-policy schema`).
 */
export const INPUT_SCHEMAS: { readonly [name: string]: z.ZodMiniType } = /* @__PURE__ */ deepFreeze(
  {
    check: checkInputSchema,
    transition: transitionInputSchema,
    eligibility: eligibilityInputSchema,
    monitor: monitorInputSchema,
  },
);
