/*
 * The walk behind `diffPresets`: both presets' rule data side by side, one raw change per value
 * that differs, each with the source in force on either side (the nearest `source` above it).
 */
import { DURATION_FIELDS } from '../../time/internal/duration';

/** One value that differs, before it is cited and worded. */
export interface RawChange {
  /** The path segments, as in a decision's `rule` (`classes.III.limits.balance.limit.amount`). */
  readonly path: readonly string[];
  readonly change: 'added' | 'removed' | 'changed';
  readonly from: unknown;
  readonly to: unknown;
  /** Source keys in force at the path in the `from` and the `to` preset. */
  readonly sourceFrom: string | undefined;
  readonly sourceTo: string | undefined;
}

/** The parts of a preset that hold rules; ids, titles and the list of documents do not. */
export const RULE_PARTS = [
  'currency',
  'timeZone',
  'classes',
  'lifecycle',
  'kyc',
  'suitability',
  'tiering',
  'monitoring',
] as const;

/**
 * Keys that are not values of a rule: citations (compared through `sourceFrom`/`sourceTo`),
 * texts for people, and `overrides` (the base entry a derived limit records, which the diff
 * against the base shows as `from` anyway).
 */
const SKIPPED = new Set(['source', 'note', 'title', 'summary', 'description', 'text', 'overrides']);

const DURATION_KEYS = new Set<string>(DURATION_FIELDS.map(([name]) => name));

type Plain = Record<string, unknown>;

function isObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A duration (`{ days: 15 }`) is one value. */
export function isDurationValue(value: unknown): value is Record<string, number> {
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => DURATION_KEYS.has(k));
}

/** A value compared as a whole: a scalar, a list of scalars, a duration. */
function isLeaf(value: unknown): boolean {
  if (Array.isArray(value)) return value.every((v) => typeof v !== 'object' || v === null);
  return !isObject(value) || isDurationValue(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What identifies an element of a list of rules, so that an entry inserted in the middle is one
 * addition rather than a change of every entry after it: its id (limits, classes), its class
 * (thresholds), its tier, its factor and value (risk factors), the kinds it matches
 * (permissions, matchers), its kind (structuring targets); else its position.
 */
function elementKey(value: unknown, index: number): { key: string; named: boolean } {
  if (!isObject(value)) return { key: `#${index}`, named: false };
  for (const field of ['id', 'class', 'tier'] as const)
    if (typeof value[field] === 'string') return { key: value[field], named: true };
  if (typeof value.factor === 'string')
    return { key: `${value.factor}.${String(value.value)}`, named: true };
  if (Array.isArray(value.kinds)) {
    const who = Array.isArray(value.counterparties) ? value.counterparties.join('+') : '*';
    return { key: `kinds:${value.kinds.join('+')}/${who}`, named: false };
  }
  if (typeof value.kind === 'string')
    return { key: `kind:${value.kind}/${String(value.threshold ?? '')}`, named: false };
  return { key: `#${index}`, named: false };
}

function sourceOf(value: unknown, inherited: string | undefined): string | undefined {
  return isObject(value) && typeof value.source === 'string' ? value.source : inherited;
}

interface Side {
  readonly value: unknown;
  readonly source: string | undefined;
}

function walk(a: Side, b: Side, path: string[], out: RawChange[]): void {
  const sa = sourceOf(a.value, a.source);
  const sb = sourceOf(b.value, b.source);
  const emit = (change: RawChange['change']) =>
    out.push({
      path,
      change,
      from: a.value ?? null,
      to: b.value ?? null,
      sourceFrom: sa,
      sourceTo: sb,
    });
  if (a.value === undefined || b.value === undefined) {
    if (a.value !== b.value) emit(a.value === undefined ? 'added' : 'removed');
    return;
  }
  if (a.value === null || b.value === null || isLeaf(a.value) || isLeaf(b.value)) {
    if (!same(a.value, b.value)) emit('changed');
    return;
  }
  if (Array.isArray(a.value) && Array.isArray(b.value)) {
    walkList(a.value, b.value, { sa, sb }, path, out);
    return;
  }
  if (isObject(a.value) && isObject(b.value)) {
    const av = a.value;
    const bv = b.value;
    const keys = [...new Set([...Object.keys(av), ...Object.keys(bv)])];
    for (const key of keys) {
      if (SKIPPED.has(key) || key.endsWith('Source')) continue;
      walk({ value: av[key], source: sa }, { value: bv[key], source: sb }, [...path, key], out);
    }
    return;
  }
  emit('changed');
}

function walkList(
  a: readonly unknown[],
  b: readonly unknown[],
  sources: { sa: string | undefined; sb: string | undefined },
  path: string[],
  out: RawChange[],
): void {
  const keyed = (list: readonly unknown[]) =>
    list.map((value, index) => ({ value, index, ...elementKey(value, index) }));
  const from = keyed(a);
  const to = keyed(b);
  const segment = (e: { key: string; named: boolean; index: number }) =>
    e.named ? e.key : String(e.index);
  for (const e of from) {
    const match = to.find((t) => t.key === e.key);
    const seg = segment(match ?? e);
    walk(
      { value: e.value, source: sources.sa },
      { value: match?.value, source: sources.sb },
      [...path, seg],
      out,
    );
  }
  for (const t of to)
    if (!from.some((e) => e.key === t.key))
      walk(
        { value: undefined, source: sources.sa },
        { value: t.value, source: sources.sb },
        [...path, segment(t)],
        out,
      );
}

/**
 * Every value of the rule parts that differs between two presets, in the order of the `to`
 * preset's data (removals where the `from` preset had them).
 *
 * @param from - the earlier preset (plain data)
 * @param to - the later preset
 * @returns the raw changes
 */
export function rawChanges(from: Plain, to: Plain): RawChange[] {
  const out: RawChange[] = [];
  for (const part of RULE_PARTS)
    walk(
      { value: from[part], source: undefined },
      { value: to[part], source: undefined },
      [part],
      out,
    );
  return out;
}
