import { AccountPolicyError } from '../errors';
import type { AccountClassRules } from './types/classes';
import type { ClassIdArgument } from './shippedClassIds';
import type { Preset } from './types/preset';

/**
 * The rules of one account class or tier of a preset.
 *
 * @param preset - the preset
 * @param classId - e.g. `'II'` or `'basic'`
 * @returns the class rules
 * @throws AccountPolicyError `invalid_input` naming the class and the preset's classes
 * @example
 * ```ts
 * getClassRules(getPreset(), 'III').limits.length; // 3
 * ```
 */
export function getClassRules<C extends string, A extends string>(
  preset: Preset<C>,
  classId: ClassIdArgument<A, NoInfer<C>>,
): AccountClassRules<C> {
  const found = preset.classes.find((c) => c.id === classId);
  if (!found) {
    const known = preset.classes.map((c) => c.id).join(', ');
    throw new AccountPolicyError(
      'invalid_input',
      `Unknown account class ${typeof classId === 'string' ? JSON.stringify(classId.slice(0, 40)) : `(a ${typeof classId})`} for preset ${preset.id}; classes: ${known}`,
      [{ path: ['account', 'class'], message: `unknown class; expected one of ${known}` }],
    );
  }
  return found;
}
