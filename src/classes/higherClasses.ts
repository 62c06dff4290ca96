import type { AccountClassRules } from '../presets/types/classes';
import type { ClassIdArgument } from '../presets/shippedClassIds';
import type { Preset } from '../presets/types/preset';
import { invalidArgument, invalidRules, isRecord, ruleList } from './checkArguments';

/**
 * The classes or tiers of a preset ranked above a given one, lowest rank first: the candidates
 * of an upgrade hint.
 *
 * @param preset - the preset
 * @param classId - the current class or tier
 * @returns the higher-ranked classes, lowest rank first (empty for the top class or an unknown id)
 * @throws AccountPolicyError `invalid_input` for a class id that is not a string; `invalid_preset`
 *   for a preset without a list of ranked classes
 * @example
 * ```ts
 * higherClasses(getPreset(), 'III').map((c) => c.id); // ['II', 'I']
 * ```
 */
export function higherClasses<C extends string, A extends string>(
  preset: Preset<C>,
  classId: ClassIdArgument<A, NoInfer<C>>,
): readonly AccountClassRules<C>[] {
  if (typeof classId !== 'string') invalidArgument(['classId'], 'must be a class or tier id');
  if (!isRecord(preset)) invalidRules(['preset'], 'must be a preset such as getPreset()');
  const classes = ruleList(preset.classes, ['preset', 'classes']);
  for (let i = 0; i < classes.length; i++) {
    const c = classes[i];
    if (!isRecord(c) || typeof c.id !== 'string' || typeof c.rank !== 'number')
      invalidRules(['preset', 'classes', i], 'must be a class with an id and a rank');
  }
  const list = classes as unknown as readonly AccountClassRules<C>[];
  const current = list.find((c) => c.id === classId);
  if (!current) return [];
  return list.filter((c) => c.rank > current.rank).sort((a, b) => a.rank - b.rank);
}
