/*
 * The one zero of src/limits. Totals start as this object and the engine tests for it by identity
 * (`used === ZERO`: nothing counted, so the limit's own text is the remaining amount, and a
 * single stored amount's text is the used amount). The modules must share one instance: a zero of
 * their own would never be identical to it and would silently turn those shortcuts off.
 * Internal to src/limits.
 */
import { PolicyDecimal } from '../money/decimal';

/** Zero, shared by identity across src/limits; never mutated (decimals are immutable). */
export const ZERO: PolicyDecimal = new PolicyDecimal(0);
