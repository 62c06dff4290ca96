import type { Preset } from './types/preset';

/**
 * How a source is cited: its reference as written in the preset's `sources` (e.g.
 * `"银发〔2018〕16号"`), or the key itself when the preset has no such source.
 *
 * @param preset - the preset the key belongs to
 * @param key - a key of `preset.sources`
 * @returns the citable reference
 * @example
 * ```ts
 * sourceRef(getPreset(), 'pboc-2018-16'); // '银发〔2018〕16号'
 * ```
 */
export function sourceRef(preset: Preset, key: string | undefined): string {
  if (key === undefined) return '';
  return Object.hasOwn(preset.sources, key) ? preset.sources[key]!.ref : key;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Gives every reason, condition and effect in a decision the same citation fields as a check
 * violation: `source` becomes the citable reference and `sourceKey` keeps the key of
 * `preset.sources`. Values already cited (with a `sourceKey`) and unknown keys are left as they are.
 *
 * @param preset - the preset whose sources the keys name
 * @param value - a decision (plain objects and arrays; not changed)
 * @returns a copy with sources cited
 * @example
 * ```ts
 * citeSources(getPreset(), { code: 'x', source: 'bank-training-course' });
 * // { code: 'x', source: '《银行个人账户培训》', sourceKey: 'bank-training-course' }
 * ```
 */
export function citeSources<T>(preset: Preset, value: T): T {
  if (Array.isArray(value)) return value.map((v) => citeSources(preset, v)) as T;
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = citeSources(preset, v);
  const key = value.source;
  if (typeof key === 'string' && !('sourceKey' in value) && Object.hasOwn(preset.sources, key)) {
    out.source = preset.sources[key]!.ref;
    out.sourceKey = key;
  }
  return out as T;
}
