import { describe, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { KYC_MESSAGES } from '../../messages/catalog/kyc';
import { VERIFICATIONS, type Verification } from '../../presets/types/classes';
import { checkOpeningEligibility } from './checkOpeningEligibility';
import { scenario } from './eligibility.testkit';
import type { OpeningRequest } from './types';

function withVerification(request: OpeningRequest, v: Verification): OpeningRequest {
  return {
    ...request,
    applicant: { ...request.applicant, verifications: [...request.applicant.verifications, v] },
  };
}

describe('opening eligibility properties', () => {
  test.prop([scenario, fc.constantFrom(...VERIFICATIONS)], { numRuns: 1500 })(
    'adding a verification never makes an eligible applicant ineligible, nor adds any reason',
    ({ preset, request }, v) => {
      const before = checkOpeningEligibility(request, { preset });
      const after = checkOpeningEligibility(withVerification(request, v), { preset });
      if (before.eligible) expect(after.eligible).toBe(true);
      const beforeCodes = before.reasons.map((r) => r.code);
      for (const r of after.reasons) expect(beforeCodes).toContain(r.code);
    },
  );

  test.prop([scenario, fc.subarray([...VERIFICATIONS], { minLength: 1 })], { numRuns: 500 })(
    'adding several verifications at once is monotone too',
    ({ preset, request }, extra) => {
      const before = checkOpeningEligibility(request, { preset });
      const after = checkOpeningEligibility(
        extra.reduce((r, v) => withVerification(r, v), request),
        { preset },
      );
      expect(after.reasons.length).toBeLessThanOrEqual(before.reasons.length);
      if (before.eligible) expect(after.eligible).toBe(true);
    },
  );

  test.prop([scenario], { numRuns: 500 })(
    'the order of verifications does not matter',
    ({ preset, request }) => {
      const reversed = {
        ...request,
        applicant: {
          ...request.applicant,
          verifications: [...request.applicant.verifications].reverse(),
        },
      };
      expect(checkOpeningEligibility(reversed, { preset })).toEqual(
        checkOpeningEligibility(request, { preset }),
      );
    },
  );

  test.prop([scenario, fc.constantFrom('en', 'zh-CN' as const)], { numRuns: 500 })(
    'every decision is consistent: eligible iff no reason, each code in the catalog, messages filled',
    ({ preset, request }, lang) => {
      const d = checkOpeningEligibility(request, { preset, lang });
      expect(d.eligible).toBe(d.reasons.length === 0);
      for (const r of [...d.reasons, ...d.conditions]) {
        expect(Object.hasOwn(KYC_MESSAGES, r.code)).toBe(true);
        expect(Object.hasOwn(preset.sources, r.sourceKey ?? '')).toBe(true);
        expect(r.source).toBe(preset.sources[r.sourceKey!]!.ref);
        expect(r.message).not.toMatch(/\{[A-Za-z]+\}/);
      }
    },
  );
});
