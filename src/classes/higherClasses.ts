import type { AccountClassRules } from '../presets/types/classes';
import type { Preset } from '../presets/types/preset';

/**
 * The classes or tiers of a preset ranked above a given one, lowest rank first: the candidates
 * of an upgrade hint.
 *
 * @param preset - the preset
 * @param classId - the current class or tier
 * @returns the higher-ranked classes, lowest rank first (empty for the top class or an unknown id)
 * @example
 * ```ts
 * higherClasses(getPreset(), 'III').map((c) => c.id); // ['II', 'I']
 * ```
 */
export function higherClasses(preset: Preset, classId: string): readonly AccountClassRules[] {
  const current = preset.classes.find((c) => c.id === classId);
  if (!current) return [];
  return preset.classes.filter((c) => c.rank > current.rank).sort((a, b) => a.rank - b.rank);
}
