import { attempt, type Result } from '../errors';
import type { Preset } from '../presets/types';
import type { Usage } from './types';
import { createUsage } from './usage';

/**
 * Non-throwing twin of {@link createUsage}.
 *
 * @param preset - the rule set whose windows the usage keeps
 * @returns `{ ok: true, value }` with empty usage, or `{ ok: false, error }` for an invalid preset
 * @example
 * ```ts
 * safeCreateUsage({} as never).ok; // false: not a preset
 * ```
 */
export function safeCreateUsage(preset: Preset): Result<Usage> {
  return attempt(() => createUsage(preset));
}
