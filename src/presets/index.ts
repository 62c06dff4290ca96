export * from './types';
export { DEFAULT_PRESET_ID, PRESET_IDS, listPresets, getPreset, safeGetPreset } from './registry';
export { getClassRules } from './classRules';
export {
  SHIPPED_CLASS_IDS,
  type ShippedPresetId,
  type ShippedClassId,
  type ShippedPreset,
  type PbocClassId,
  type ClassIdOf,
  type ClassIdArgument,
} from './shippedClassIds';
export { derivePreset, safeDerivePreset } from './derivePreset';
export { freezePreset, safeFreezePreset } from './freezePreset';
export type {
  PresetOverrides,
  ClassOverride,
  LimitOverride,
  LimitReplacement,
  DeepPartial,
} from './derivePreset';
export { validatePreset, presetIssues } from './validatePreset';
export { renderPresetMarkdown } from './renderPresetMarkdown';
export { diffPresets, renderPresetDiffMarkdown } from './diffPresets';
export type { PresetChange, PresetDiff } from './diffPresets';
export { citeSources, sourceRef } from './citeSources';
export { SOURCES, type SourceKey } from './shipped/sources';
export { rulePeriod, ruleInForceOn, accountSellingPeriodOn, type RulePeriod } from './ruleInForce';
