export { BALANCE_EFFECTS, balanceEffect } from './balanceEffect';
export { matchesTransaction } from './matchesTransaction';
export { countingDirection, type CountingDirection } from './countingDirection';
export {
  evaluatePermission,
  safeEvaluatePermission,
  type PermissionFacts,
  type PermissionOutcome,
} from './evaluatePermission';
export { higherClasses } from './higherClasses';
