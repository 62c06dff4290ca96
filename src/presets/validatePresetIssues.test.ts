import { describe, expect, it } from 'vitest';
import { getPreset } from './registry';
import { presetIssues } from './validatePreset';

/** A mutable deep copy of a shipped preset, to break on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const copyOf = (id: string): Json => JSON.parse(JSON.stringify(getPreset(id as never))) as Json;

type Path = readonly (string | number)[];

/** Each way of breaking a preset, and the issue validatePreset must report for it. */
const BROKEN: readonly (readonly [
  what: string,
  id: string,
  breakIt: (p: Json) => void,
  path: Path | ((broken: Json) => Path),
  message: string | RegExp,
])[] = [
  [
    'two classes with one id',
    'cn-pboc-2018',
    (p) => (p.classes[1].id = p.classes[0].id),
    ['classes', 1, 'id'],
    'duplicate class id: III',
  ],
  [
    'two classes with one rank',
    'cn-pboc-2018',
    (p) => (p.classes[1].rank = p.classes[0].rank),
    ['classes', 1, 'rank'],
    'duplicate rank: 1',
  ],
  [
    'two limits with one id',
    'cn-pboc-2018',
    (p) => (p.classes[0].limits[1].id = p.classes[0].limits[0].id),
    ['classes', 0, 'limits', 1, 'id'],
    'duplicate limit id: balance',
  ],
  [
    'a count limit with a fractional count',
    'cn-pboc-2018',
    (p) =>
      p.classes[0].limits.push({
        id: 'dailyCount',
        type: 'window_count',
        direction: 'outflow',
        window: { kind: 'calendar', unit: 'day' },
        count: 2.5,
        layer: 'bank',
        source: 'bank-practice',
      }),
    (p) => ['classes', 0, 'limits', p.classes[0].limits.length - 1, 'count'],
    /whole number/,
  ],
  [
    'a rolling window with a negative duration',
    'cn-pboc-2018',
    (p) => (p.classes[0].limits[1].window = { kind: 'rolling', duration: { hours: -1 } }),
    ['classes', 0, 'limits', 1, 'window', 'duration', 'hours'],
    /non-negative integer/,
  ],
  [
    'a risk factor value given twice',
    'cn-pboc-2018',
    (p) => p.kyc.riskRating.factors.push({ ...p.kyc.riskRating.factors[0] }),
    (p) => ['kyc', 'riskRating', 'factors', p.kyc.riskRating.factors.length - 1, 'value'],
    'duplicate factor value politically_exposed=no',
  ],
  [
    'a risk factor with an unknown minimum level',
    'cn-pboc-2018',
    (p) => (p.kyc.riskRating.factors[0].minimumLevel = 'extreme'),
    ['kyc', 'riskRating', 'factors', 0, 'minimumLevel'],
    /must be one of low, medium, high/,
  ],
  [
    'risk thresholds in the wrong order',
    'cn-pboc-2018',
    (p) => (p.kyc.riskRating.thresholds = { medium: 5, high: 2 }),
    ['kyc', 'riskRating', 'thresholds'],
    'must be whole numbers with 0 ≤ medium ≤ high',
  ],
  [
    'a tier qualified twice',
    'tiered-generic',
    (p) => p.tiering.qualifications.push({ ...p.tiering.qualifications[0] }),
    (p) => ['tiering', 'qualifications', p.tiering.qualifications.length - 1, 'tier'],
    'duplicate qualification for intermediate',
  ],
  [
    'a negative transaction count for a tier',
    'tiered-generic',
    (p) => (p.tiering.qualifications[0].minTransactionCount = -1),
    ['tiering', 'qualifications', 0, 'minTransactionCount'],
    /whole number/,
  ],
  [
    'an unknown credit rating for a tier',
    'tiered-generic',
    (p) => (p.tiering.qualifications[0].minCreditRating = 'stellar'),
    ['tiering', 'qualifications', 0, 'minCreditRating'],
    'unknown credit rating: stellar',
  ],
  [
    'a senior witness level at or above the forbidden level',
    'cn-pboc-2018',
    (p) => (p.suitability.seniorWitnessLevel = p.suitability.seniorForbiddenFrom),
    ['suitability', 'seniorWitnessLevel'],
    'must be below seniorForbiddenFrom',
  ],
  [
    'a hostile symbol where a currency belongs',
    'cn-pboc-2018',
    (p) => (p.currency = Symbol('CNY')),
    ['currency'],
    'is not a known ISO 4217 currency: a symbol',
  ],
];

describe('validatePreset reports each broken rule at its path', () => {
  it.each(BROKEN)('%s', (_what, id, breakIt, pathOf, message) => {
    const preset = copyOf(id);
    expect(presetIssues(preset)).toEqual([]);
    breakIt(preset);
    const path = typeof pathOf === 'function' ? pathOf(preset) : pathOf;
    const found = presetIssues(preset).filter(
      (i) => JSON.stringify(i.path) === JSON.stringify(path),
    );
    expect(found, JSON.stringify(presetIssues(preset))).toHaveLength(1);
    expect(found[0]!.message).toMatch(message);
  });

  it('rethrows what is not a shape problem (a bug, not a finding)', () => {
    const preset = copyOf('cn-pboc-2018');
    Object.defineProperty(preset, 'currency', {
      get() {
        throw new SyntaxError('a getter that fails');
      },
    });
    expect(() => presetIssues(preset)).toThrow(SyntaxError);
  });
});
