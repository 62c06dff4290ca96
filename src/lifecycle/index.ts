export * from './types';
export * from './events';
export type * from './effects';
export type { TransitionReason, TransitionReasonCode, TransitionResult } from './transitionTypes';
export { TRANSITION_TABLE, type TransitionRule, type TransitionTable } from './transitionTable';
export {
  accountPermissions,
  safeAccountPermissions,
  type AccountPermissionsOptions,
} from './accountPermissions';
export { isCounterChannel } from './isCounterChannel';
export {
  advance,
  advanceWithEffects,
  safeAdvance,
  safeAdvanceWithEffects,
  type AdvanceOptions,
  type AdvanceResult,
} from './advance';
export { transition, safeTransition, type TransitionOptions } from './transition';
export { applyPersonEvent, safeApplyPersonEvent, type PersonEventResult } from './applyPersonEvent';
export { renderLifecycleDiagram } from './renderLifecycleDiagram';
export { renderTransitionTable } from './renderTransitionTable';
