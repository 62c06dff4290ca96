import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { limitDimension } from '../../src/kyc/tiering/tierLimitChanges';
import { compareMoney, parseMoney } from '../../src/money';
import { listPresets } from '../../src/presets/registry';
import type { AccountClassRules, LimitRule } from '../../src/presets/types/classes';
import type { Preset } from '../../src/presets/types/preset';

/**
 * "A higher tier never has lower limits than a lower one", over every shipped preset: for every
 * pair of classes or tiers ranked lower < higher and every limit dimension (type, direction,
 * window) either caps, the higher one's cap is at least the lower one's — no cap counting as
 * unlimited.
 *
 * One documented exception, kept explicit so that any other inversion fails: in the 2018 PBOC
 * edition Class III has no counted inflow limit (its inflows are bounded by the 2,000 balance cap
 * instead), while Class II caps non-bound inflows at 10,000/day and 200,000/year.
 *
 * Two more come from the instruments themselves, where the ranked forms are alternatives rather
 * than steps: in-rbi-kyc ranks the small PPI (loads ≤ 1,20,000 a financial year, no cap on what
 * is spent) below the small account (credits ≤ 1,00,000 a financial year, withdrawals and
 * transfers ≤ 10,000 a month); in eu-emoney-sdd, Art. 12(1)(a) of Directive 2015/849 asks either
 * a non-reloadable instrument or a 150 monthly payment limit, so only the reloadable form has it.
 */
const KNOWN_INVERSIONS = [
  'cn-pboc-2018 III<II window_amount:inflow:calendar:day',
  'cn-pboc-2018 III<II window_amount:inflow:calendar:year',
  'in-rbi-kyc smallPpi<smallAccount window_amount:inflow:calendar:year@04-01',
  'in-rbi-kyc smallPpi<smallAccount window_amount:outflow:calendar:month',
  'eu-emoney-sdd sddNonReloadable<sddReloadable window_amount:outflow:calendar:month',
];

interface Pair {
  readonly preset: Preset;
  readonly lower: AccountClassRules;
  readonly higher: AccountClassRules;
  readonly dimension: string;
}

function pairs(): Pair[] {
  const out: Pair[] = [];
  for (const preset of listPresets()) {
    const ranked = [...preset.classes].sort((a, b) => a.rank - b.rank);
    ranked.forEach((lower, i) =>
      ranked.slice(i + 1).forEach((higher) => {
        const dims = new Set([...lower.limits, ...higher.limits].map(limitDimension));
        for (const dimension of dims) out.push({ preset, lower, higher, dimension });
      }),
    );
  }
  return out;
}

const key = (p: Pair) => `${p.preset.id} ${p.lower.id}<${p.higher.id} ${p.dimension}`;
const limitOf = (cls: AccountClassRules, dimension: string): LimitRule | undefined =>
  cls.limits.find((l) => limitDimension(l) === dimension);

/** Whether `value` (minor units as text, or a count) is within a limit; no limit: always. */
function within(
  limit: LimitRule | undefined,
  value: { amount: string; count: number },
  currency: string,
): boolean {
  if (!limit) return true;
  if (limit.type === 'window_count') return value.count <= limit.count;
  return (
    compareMoney(parseMoney(value.amount, currency), parseMoney(limit.limit.amount, currency)) <= 0
  );
}

const ALL = pairs();
const CHECKED = ALL.filter((p) => !KNOWN_INVERSIONS.includes(key(p)));

describe('a higher tier never has lower limits than a lower one (shipped presets)', () => {
  it('compares every pair of tiers of every shipped preset', () => {
    expect(new Set(ALL.map((p) => p.preset.id))).toEqual(new Set(listPresets().map((p) => p.id)));
    expect(CHECKED.length).toBeGreaterThan(10);
  });

  it('the only inversions are the documented ones', () => {
    const inverted = ALL.filter((p) => {
      const lo = limitOf(p.lower, p.dimension);
      const hi = limitOf(p.higher, p.dimension);
      if (!hi) return false;
      if (!lo) return true;
      if (lo.type === 'window_count' || hi.type === 'window_count')
        return (hi as { count: number }).count < (lo as { count: number }).count;
      return (
        compareMoney(
          parseMoney(hi.limit.amount, p.preset.currency),
          parseMoney(lo.limit.amount, p.preset.currency),
        ) < 0
      );
    }).map(key);
    expect(inverted).toEqual(KNOWN_INVERSIONS);
  });

  const amount = fc
    .tuple(
      fc.oneof(
        fc.bigInt({ min: 0n, max: 100_000_000n }),
        fc.bigInt({ min: 0n, max: 100_000_000_000n }),
      ),
      fc.nat(99),
    )
    .map(([units, cents]) => `${units}.${String(cents).padStart(2, '0')}`);
  const nearCap = fc.constantFrom(...CHECKED).chain((p) => {
    const caps = [limitOf(p.lower, p.dimension), limitOf(p.higher, p.dimension)]
      .filter((l): l is LimitRule => l !== undefined && l.type !== 'window_count')
      .map((l) => (l as { limit: { amount: string } }).limit.amount);
    return fc.tuple(
      fc.constant(p),
      fc.oneof(amount, ...(caps.length ? [fc.constantFrom(...caps)] : [])),
      fc.nat(1000),
    );
  });

  test.prop([nearCap], { numRuns: 3000 })(
    'whatever a lower tier allows under a limit, the higher tier allows too',
    ([pair, value, count]) => {
      const currency = pair.preset.currency;
      const lower = limitOf(pair.lower, pair.dimension);
      const higher = limitOf(pair.higher, pair.dimension);
      if (within(lower, { amount: value, count }, currency))
        expect(within(higher, { amount: value, count }, currency)).toBe(true);
    },
  );
});
