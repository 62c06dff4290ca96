/*
 * What each class (and each requirement's selection of buckets) has counted in one calendar
 * period, in integer minor units: the per-limit totals the check compares. Internal to
 * src/limits.
 *
 * Design (issue 18). A usage keeps its calendar totals per `kind:counterparty` bucket (`flows`),
 * as before: recordTransaction takes no preset, so it cannot know which buckets a class counts,
 * and totals per class stored in the usage would go stale when a preset's counting changes and
 * would be one more field a tampered usage could lie in. The per-class totals are derived data
 * instead: summed from the validated flows the first time a class reads a flows object, then
 * remembered per object (the last few read: a usage is an immutable value, so its flows never change), and
 * carried forward by `applyCalendar` when a transaction is recorded (the new flows object's totals
 * are the old ones plus the transaction, O(1) whatever the number of buckets). So a check on a
 * usage already read costs a few `bigint` comparisons, and nothing in a stored usage is trusted
 * beyond its flows, which validation checks and which are the only source of every total.
 */
import type { CountingDirection } from '../classes/countingDirection';
import { AccountPolicyError } from '../errors';
import type { CompiledClass } from './compile';
import { RECENT_OBJECTS, RecentMap } from './recentMap';
import { type ParsedTransaction } from './parse';
import type { FlowTotal } from './types';
import { minorUnits, parseAmountMinor } from '../money/amountMinor';

type Path = readonly (string | number)[];
/** A calendar period's flows, by kind:counterparty bucket. @internal */
export type Flows = { readonly [bucket: string]: FlowTotal };

/** What a class counted in a period, per direction, in minor units (exempt buckets left out). */
export interface ClassSums {
  /** Gross counted amount (reversals excluded). */
  readonly inflow: bigint;
  readonly outflow: bigint;
  /** Reversals of transactions of the same period. */
  readonly inflowReversed: bigint;
  readonly outflowReversed: bigint;
  readonly inflowCount: number;
  readonly outflowCount: number;
}

/** Which `kind:counterparty` transactions a requirement's total counts. */
export type BucketSelects = (kind: string, counterparty: string, channel: undefined) => boolean;

/** A requirement's selection of buckets and its total (each bucket's net, never below zero). */
interface Selection {
  readonly selects: BucketSelects;
  readonly scale: number;
  readonly net: bigint;
}

function selected(selects: BucketSelects, bucket: string): boolean {
  const colon = bucket.indexOf(':');
  return selects(bucket.slice(0, colon), bucket.slice(colon + 1), undefined);
}

/**
 * The totals read on one flows object, and what they were read from: each bucket's key, total
 * object and fields, in order. A usage must not be changed in place, but one that is (after it
 * was validated) must still be refused at the changed field, never summed from stale totals: so
 * each read first compares the flows with what was seen (identity and field comparisons, no
 * parsing) and sums again when anything differs.
 */
interface Memo {
  readonly classes: Map<CompiledClass, ClassSums>;
  readonly selections: Map<string, Selection>;
  readonly buckets: readonly string[];
  readonly totals: readonly FlowTotal[];
  readonly fields: readonly (string | number)[];
}

/** The totals read so far, per flows object: the last few read or written (see RECENT_OBJECTS). */
const MEMO = new RecentMap<Flows, Memo>(RECENT_OBJECTS);

function seen(flows: Flows): Memo {
  const buckets: string[] = [];
  const totals: FlowTotal[] = [];
  const fields: (string | number)[] = [];
  for (const bucket in flows) {
    const f = flows[bucket]!;
    buckets.push(bucket);
    totals.push(f);
    // Read as unknown data: a changed usage may hold anything here (summing refuses it).
    const g = (typeof f === 'object' && f !== null ? f : {}) as Partial<FlowTotal>;
    fields.push(g.amount as string, g.reversed as string, g.count as number);
  }
  return { classes: new Map(), selections: new Map(), buckets, totals, fields };
}

/** Whether the flows are still what the memo was read from. */
function intact(memo: Memo, flows: Flows): boolean {
  const { buckets, totals, fields } = memo;
  let i = 0;
  for (const bucket in flows) {
    const f = flows[bucket]!;
    if (i >= buckets.length || buckets[i] !== bucket || totals[i] !== f) return false;
    const j = 3 * i++;
    if (f.amount !== fields[j] || f.reversed !== fields[j + 1] || f.count !== fields[j + 2])
      return false;
  }
  return i === buckets.length;
}

/**
 * The memo of a flows object, checked to be intact once per call: `verified` lists the flows
 * objects this call has already checked (a check reads the day's flows three or four times, and
 * each check walked every bucket: at 33 buckets, a fifth of the check).
 */
function memoOf(flows: Flows, verified: Flows[] | undefined): Memo {
  let memo = MEMO.get(flows);
  if (memo !== undefined && verified !== undefined && verified.includes(flows)) return memo;
  if (!memo || !intact(memo, flows)) MEMO.set(flows, (memo = seen(flows)));
  verified?.push(flows);
  return memo;
}

/**
 * Refuses a bucket no class counts: validation refuses those, so this only fires when a usage was
 * changed after it was validated (validation is cached per object).
 *
 * @param path - the bucket's path
 * @param bucket - the bucket
 * @returns never
 * @example
 * ```ts
 * badBucket(['usage', 'windows', 'day', 'flows', 'x'], 'x'); // throws
 * ```
 */
export function badBucket(path: Path, bucket: string): never {
  throw new AccountPolicyError(
    'invalid_input',
    `Invalid usage: unknown bucket ${JSON.stringify(bucket).slice(0, 60)}`,
    [{ path: [...path], message: 'is not a kind:counterparty bucket' }],
  );
}

function badCount(key: string, bucket: string): never {
  throw new AccountPolicyError('invalid_input', 'Invalid usage: a count must be a whole number', [
    {
      path: ['usage', 'windows', key, 'flows', bucket, 'count'],
      message: 'must be a whole number ≥ 0',
    },
  ]);
}

/** A flow's amount field in minor units; its path is built only when it is not plain (an error). */
function fieldMinor(
  f: FlowTotal,
  field: 'amount' | 'reversed',
  key: string,
  bucket: string,
  scale: number,
): bigint {
  return (
    minorUnits(f[field], scale) ??
    parseAmountMinor(f[field], scale, ['usage', 'windows', key, 'flows', bucket, field])
  );
}

function flowMinor(f: FlowTotal, key: string, bucket: string, scale: number) {
  const amount = fieldMinor(f, 'amount', key, bucket, scale);
  const reversed = fieldMinor(f, 'reversed', key, bucket, scale);
  if (!Number.isSafeInteger(f.count) || f.count < 0) badCount(key, bucket);
  return { amount, reversed };
}

function sumClass(key: string, flows: Flows, cls: CompiledClass, scale: number): ClassSums {
  let inflow = 0n;
  let outflow = 0n;
  let inflowReversed = 0n;
  let outflowReversed = 0n;
  let inflowCount = 0;
  let outflowCount = 0;
  for (const bucket in flows) {
    const dir = cls.directions.get(bucket);
    if (dir === undefined) badBucket(['usage', 'windows', key, 'flows', bucket], bucket);
    if (dir === 'exempt') continue;
    const f = flows[bucket]!;
    const { amount, reversed } = flowMinor(f, key, bucket, scale);
    if (dir === 'inflow') {
      inflow += amount;
      inflowReversed += reversed;
      inflowCount += f.count;
    } else {
      outflow += amount;
      outflowReversed += reversed;
      outflowCount += f.count;
    }
  }
  return { inflow, outflow, inflowReversed, outflowReversed, inflowCount, outflowCount };
}

/**
 * What a class counted in a calendar period's flows: summed once per flows object and class,
 * then remembered (see the file's comment).
 *
 * @param key - the window key (for error paths)
 * @param flows - the period's flows (validated)
 * @param cls - the compiled class (its counting directions)
 * @param scale - the currency's scale
 * @param verified - the flows objects this call has checked already (see `memoOf`)
 * @returns the class's totals
 * @example
 * ```ts
 * classSums('day', usage.windows.day.flows, compiled.classes.get('II')!, 2).outflow; // 920000n
 * ```
 */
export function classSums(
  key: string,
  flows: Flows,
  cls: CompiledClass,
  scale: number,
  verified?: Flows[],
): ClassSums {
  const memo = memoOf(flows, verified);
  let sums = memo.classes.get(cls);
  if (!sums) memo.classes.set(cls, (sums = sumClass(key, flows, cls, scale)));
  return sums;
}

/** Minor units (bigint, exact): what is left of a gross total after its reversals, never below 0. */
const net = (gross: bigint, back: bigint) => (gross > back ? gross - back : 0n);

/**
 * The total of the selected buckets of a period's flows, each bucket's amount less its
 * reversals (never below zero): summed once per flows object and selection, then remembered.
 *
 * @param key - the window key (for error paths)
 * @param flows - the period's flows (validated)
 * @param id - names the selection (the same id must always select the same buckets)
 * @param selects - which buckets count
 * @param scale - the currency's scale
 * @param verified - the flows objects this call has checked already (see `memoOf`)
 * @returns the total in minor units
 * @example
 * ```ts
 * selectedNet('day', flows, 'cash', (kind) => kind === 'deposit_cash', 2);
 * ```
 */
export function selectedNet(
  key: string,
  flows: Flows,
  id: string,
  selects: BucketSelects,
  scale: number,
  verified?: Flows[],
): bigint {
  const memo = memoOf(flows, verified);
  const known = memo.selections.get(id);
  if (known && known.scale === scale) return known.net;
  let sum = 0n;
  for (const bucket in flows) {
    if (!selected(selects, bucket)) continue;
    const { amount, reversed } = flowMinor(flows[bucket]!, key, bucket, scale);
    sum += net(amount, reversed);
  }
  memo.selections.set(id, { selects, scale, net: sum });
  return sum;
}

/** The memo's record of the flows after one bucket changed (kept in place, or added last). */
function seenAfter(memo: Memo, after: Flows, bucket: string): Memo {
  const f = after[bucket]!;
  const at = memo.buckets.indexOf(bucket);
  const buckets = at < 0 ? [...memo.buckets, bucket] : memo.buckets;
  const totals = [...memo.totals];
  const fields = [...memo.fields];
  const i = at < 0 ? buckets.length - 1 : at;
  totals[i] = f;
  fields.splice(3 * i, 3, f.amount, f.reversed, f.count);
  return { classes: new Map(), selections: new Map(), buckets, totals, fields };
}

function carryClass(
  s: ClassSums,
  dir: CountingDirection | undefined,
  tx: ParsedTransaction,
): ClassSums {
  if (dir !== 'inflow' && dir !== 'outflow') return s;
  const m = tx.minor;
  const inflow = dir === 'inflow';
  const reversal = tx.reverses !== undefined;
  // Field by field (a spread with extra fields is slow in V8).
  return {
    inflow: inflow && !reversal ? s.inflow + m : s.inflow,
    outflow: !inflow && !reversal ? s.outflow + m : s.outflow,
    inflowReversed: inflow && reversal ? s.inflowReversed + m : s.inflowReversed,
    outflowReversed: !inflow && reversal ? s.outflowReversed + m : s.outflowReversed,
    inflowCount: inflow && !reversal ? s.inflowCount + 1 : s.inflowCount,
    outflowCount: !inflow && !reversal ? s.outflowCount + 1 : s.outflowCount,
  };
}

/**
 * Carries the totals read on a period's flows to the flows that recording one transaction into
 * that period gives (`applyCalendar`): each one plus the transaction where it counts it. Flows of
 * a new period start with no totals (they are summed on first read: one bucket). Nothing is done
 * when the old flows were never read, or an amount is not in the form the library writes.
 *
 * @param before - the period's flows before the transaction
 * @param after - its flows after it (only `bucket` differs)
 * @param bucket - the transaction's bucket
 * @param tx - the transaction
 * @param scale - the currency's scale
 * @returns nothing
 * @example
 * ```ts
 * carrySums(w.flows, next.flows, tx.bucket, tx, 2);
 * ```
 */
export function carrySums(
  before: Flows,
  after: Flows,
  bucket: string,
  tx: ParsedTransaction,
  scale: number,
): void {
  const memo = MEMO.get(before);
  if (!memo || !intact(memo, before)) return;
  const next = seenAfter(memo, after, bucket);
  for (const [cls, sums] of memo.classes)
    next.classes.set(cls, carryClass(sums, cls.directions.get(bucket), tx));
  if (memo.selections.size > 0) {
    const old = Object.hasOwn(before, bucket) ? before[bucket] : undefined;
    const now = after[bucket]!;
    const oldAmount = old ? minorUnits(old.amount, scale) : 0n;
    const oldReversed = old ? minorUnits(old.reversed, scale) : 0n;
    const newAmount = minorUnits(now.amount, scale);
    const newReversed = minorUnits(now.reversed, scale);
    if (oldAmount !== null && oldReversed !== null && newAmount !== null && newReversed !== null) {
      const delta = net(newAmount, newReversed) - net(oldAmount, oldReversed);
      for (const [id, s] of memo.selections)
        if (s.scale === scale)
          next.selections.set(
            id,
            selected(s.selects, bucket) ? { selects: s.selects, scale, net: s.net + delta } : s,
          );
    }
  }
  MEMO.set(after, next);
}
