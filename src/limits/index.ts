/**
 * The limit engine: may this transaction go through on this account, and if not, every reason.
 *
 * - **Inputs are plain data** (the CLI's JSON shapes): amounts are decimal strings, instants ISO
 *   8601 strings with an offset; each call parses its inputs once, and each preset is validated
 *   and compiled once (cached per preset object). Nothing reads the clock: a transaction's `at`
 *   is the instant of its check.
 * - **Usage** is a small JSON-serialisable aggregate a service stores per account (`createUsage`,
 *   `recordTransaction`): per window (the day, month, year or rolling span the preset's limits
 *   use) the totals per kind and counterparty, so one usage serves every class of the preset and
 *   a check costs the same whatever the history's length. Windows roll over by time in the
 *   preset's zone. A transaction recorded late (before a window's current period) counts where
 *   its period is still current and is ignored where its period is closed; a *check* before the
 *   usage's current window is refused with `invalid_input` (use `checkTransactionFromHistory`,
 *   which handles any order and age exactly).
 * - **Layers**: every limit of the class applies, regulatory and bank (`derivePreset` adds a
 *   bank's own caps); each violation names its layer, rule path and source.
 * - **Reversals** (`reverses: { id, at }`) have the opposite balance effect of their kind and give
 *   counted headroom back, in every window holding both the original and the reversal, when the
 *   class's `counting.reversalsRestoreHeadroom` says so.
 * - **Concurrency**: `reserve` returns new usage with a hold, `commit`/`release`/`expire` settle
 *   it; every change bumps `usage.version` for compare-and-set in the store; all of it is
 *   idempotent by transaction id (`conflicting_transaction` for an id reused with other content).
 * - **Account state** comes from the lifecycle module's `accountPermissions` (one source of truth).
 * - **Untrusted input**: a usage is validated structurally, once per object, before it is read;
 *   transactions, holds, accounts and options are checked field by field, strings length-capped
 *   before any pattern or parser sees them. Bad input is only ever an `AccountPolicyError` whose
 *   message and issues name the path (`usage.holds.0.expiresAt`), never a TypeError.
 *
 * @module
 */
export { checkTransaction, safeCheckTransaction } from './checkTransaction';
export {
  checkTransactionFromHistory,
  safeCheckTransactionFromHistory,
} from './checkTransactionFromHistory';
export { createUsage, recordTransaction, safeRecordTransaction } from './usage';
export { safeCreateUsage } from './safeCreateUsage';
export { USAGE_BOUNDS } from './usageShape';
export { SUPPORTED_INSTANTS } from '../time/instantRange';
export { usageFromHistory, safeUsageFromHistory } from './usageFromHistory';
export {
  reserve,
  safeReserve,
  commit,
  safeCommit,
  release,
  safeRelease,
  expire,
  safeExpire,
  DEFAULT_HOLD_DURATION,
  MAX_HOLD_DURATION,
  type ReserveOptions,
  type ReserveResult,
} from './holds';
export {
  getHeadroom,
  safeGetHeadroom,
  maxTransactionAmount,
  safeMaxTransactionAmount,
  type Headroom,
  type Allowance,
} from './headroom';
export type * from './types';
export type { CheckRequirement, TotalBasis } from './requirements/types';
export { IDEMPOTENCY_PERIOD } from './memory';
export {
  serializeUsage,
  parseUsage,
  safeParseUsage,
  USAGE_FORMAT,
  USAGE_FORMAT_VERSION,
} from './serialize';
