/*
 * Checks the citation and date fields any rule entry may carry: `restatedBy` names sources of the
 * preset, `effectiveFrom`/`effectiveUntil` are `YYYY-MM-DD` days in order, and the source
 * documents' own `inForce`/`repealed`/`verified`/`layer`. Internal to src/presets.
 */
import type { InputIssue } from '../../errors';
import type { Preset } from '../types/preset';

type Path = (string | number)[];
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const LAYERS: readonly unknown[] = ['regulatory', 'bank', 'practice'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function entryIssues(entry: Record<string, unknown>, path: Path, preset: Preset): InputIssue[] {
  const out: InputIssue[] = [];
  const { restatedBy, effectiveFrom, effectiveUntil } = entry;
  if (restatedBy !== undefined) {
    if (!Array.isArray(restatedBy))
      out.push({ path: [...path, 'restatedBy'], message: 'must be a list of source keys' });
    else
      restatedBy.forEach((key, i) => {
        if (typeof key !== 'string' || !Object.hasOwn(preset.sources, key))
          out.push({
            path: [...path, 'restatedBy', i],
            message: 'names no source in preset.sources',
          });
      });
  }
  for (const [field, value] of [
    ['effectiveFrom', effectiveFrom],
    ['effectiveUntil', effectiveUntil],
  ] as const)
    if (value !== undefined && (typeof value !== 'string' || !DAY.test(value)))
      out.push({ path: [...path, field], message: 'must be a date YYYY-MM-DD' });
  if (
    typeof effectiveFrom === 'string' &&
    typeof effectiveUntil === 'string' &&
    effectiveUntil <= effectiveFrom
  )
    out.push({ path: [...path, 'effectiveUntil'], message: 'must be after effectiveFrom' });
  return out;
}

function walk(value: unknown, path: Path, preset: Preset, out: InputIssue[]): void {
  if (Array.isArray(value)) return value.forEach((v, i) => walk(v, [...path, i], preset, out));
  if (!isRecord(value)) return;
  if (typeof value.source === 'string') out.push(...entryIssues(value, path, preset));
  for (const [k, v] of Object.entries(value))
    if (k !== 'sources') walk(v, [...path, k], preset, out);
}

/**
 * Every problem of the citation and date fields of a preset's rule entries and sources.
 *
 * @param preset - the preset (its `sources` already checked to be an object)
 * @returns the issues, with paths
 * @example
 * ```ts
 * sourcedIssues(getPreset()); // []
 * ```
 */
export function sourcedIssues(preset: Preset): InputIssue[] {
  const out: InputIssue[] = [];
  walk(preset, [], preset, out);
  for (const [key, src] of Object.entries(preset.sources ?? {})) {
    if (!isRecord(src)) continue;
    for (const field of ['inForce', 'repealed'] as const)
      if (src[field] !== undefined && (typeof src[field] !== 'string' || !DAY.test(src[field])))
        out.push({ path: ['sources', key, field], message: 'must be a date YYYY-MM-DD' });
    if (src.verified !== undefined && typeof src.verified !== 'boolean')
      out.push({ path: ['sources', key, 'verified'], message: 'must be true or false' });
    if (src.layer !== undefined && !LAYERS.includes(src.layer))
      out.push({
        path: ['sources', key, 'layer'],
        message: 'must be regulatory, bank or practice',
      });
  }
  return out;
}
