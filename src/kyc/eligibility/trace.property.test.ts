/**
 * The laws of an eligibility trace, for any request the library accepts: every reason is a
 * `failed` entry with its rule, code and source; eligible iff nothing failed; the entries are the
 * outcomes of ELIGIBILITY_RULES in that order; the traced decision is the plain one plus `trace`.
 */
import { describe, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { explainDecision } from '../../messages/explainDecision';
import { sourceRef } from '../../presets/citeSources';
import type { OpeningRequirement } from '../../presets/types/classes';
import { OPENING_REQUIREMENT_LABELS } from '../labels';
import { checkOpeningEligibility } from './checkOpeningEligibility';
import { scenario } from './eligibility.testkit';
import { prepareOpening } from './prepare';
import { ELIGIBILITY_RULES } from './rules/eligibilityRules';
import type { OpeningRequest } from './types';

const REQUIREMENTS = Object.keys(OPENING_REQUIREMENT_LABELS) as OpeningRequirement[];

/** The scenarios, with a language, a restriction around `today` and what was provided. */
const traced = fc
  .record({
    base: scenario,
    lang: fc.constantFrom('en' as const, 'zh-CN' as const),
    restriction: fc.option(
      fc.record({
        kind: fc.constantFrom('receive_only' as const, 'no_non_counter' as const),
        // Minutes from the start of `today` in Shanghai: from two days before to two days after.
        from: fc.integer({ min: -2 * 1440, max: 2 * 1440 }),
        length: fc.option(fc.integer({ min: 1, max: 3 * 1440 }), { nil: undefined }),
      }),
      { nil: undefined },
    ),
    provided: fc.option(fc.subarray(REQUIREMENTS), { nil: undefined }),
    taxResidencyDeclared: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ base, lang, restriction, provided, taxResidencyDeclared }) => {
    const { preset, request } = base;
    const dayStart = Date.parse(`${String(request.today)}T00:00:00+08:00`);
    const instant = (minutes: number) => new Date(dayStart + minutes * 60_000).toISOString();
    const restrictions = restriction
      ? [
          ...(request.applicant.restrictions ?? []),
          {
            kind: restriction.kind,
            from: instant(restriction.from),
            ...(restriction.length === undefined
              ? {}
              : { until: instant(restriction.from + restriction.length) }),
          },
        ]
      : request.applicant.restrictions;
    const withExtras: OpeningRequest = {
      ...request,
      applicant: {
        ...request.applicant,
        ...(restrictions === undefined ? {} : { restrictions }),
        ...(provided === undefined ? {} : { provided }),
        ...(taxResidencyDeclared === undefined ? {} : { taxResidencyDeclared }),
      },
    };
    return { preset, lang, request: withExtras };
  });

describe('eligibility trace laws', () => {
  test.prop([traced], { numRuns: 600 })(
    'every reason is a failed entry with its rule; eligible iff none failed; ELIGIBILITY_RULES order',
    ({ preset, lang, request }) => {
      const d = checkOpeningEligibility(request, { preset, lang, trace: true });
      const failed = d.trace.filter((o) => o.outcome === 'failed');

      // Every reason, in order, is a failed entry with the same rule, code and source; no other.
      expect(failed.map((o) => [o.rule, o.code, o.source])).toEqual(
        d.reasons.map((r) => [r.rule, r.code, r.source]),
      );
      expect(d.eligible).toBe(failed.length === 0);
      expect(d.eligible).toBe(d.reasons.length === 0);

      // The entries are the rules' outcomes, rule after rule in ELIGIBILITY_RULES order, each
      // rule reporting at least one.
      const prepared = prepareOpening(request, preset, lang);
      const byRule = ELIGIBILITY_RULES.map((rule) => rule(prepared).outcomes);
      for (const outcomes of byRule) expect(outcomes.length).toBeGreaterThan(0);
      expect(d.trace).toEqual(
        byRule.flat().map((o) => ({ ...o, source: sourceRef(preset, o.source) })),
      );
      expect(d.trace.length).toBeGreaterThanOrEqual(ELIGIBILITY_RULES.length);

      // The traced decision is the plain one plus its trace, and every entry reads as a sentence.
      const { trace, ...rest } = d;
      expect(rest).toStrictEqual(checkOpeningEligibility(request, { preset, lang }));
      const entries = explainDecision({ trace }, { lang });
      for (const e of entries) {
        expect(e.message).not.toMatch(/\{[A-Za-z]+\}/);
        expect(e.source).not.toBe('');
      }
    },
  );
});
