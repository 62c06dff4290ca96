import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { KYC_MESSAGES } from '../../messages/catalog/kyc';
import {
  CUSTOMER_RISK_TOLERANCES,
  PRODUCT_RISKS,
  type CustomerRiskTolerance,
  type FundsPurpose,
  type ProductRisk,
  type SuitabilityConditionCode,
} from '../../presets/types/kyc';
import { HUGE_SURROGATES, expectShort, typedError } from '../internal/hostile.testkit';
import {
  checkSuitability,
  safeCheckSuitability,
  type SuitabilityDecision,
  type SuitabilityRequest,
} from './checkSuitability';

const TODAY = '2026-11-22';
const ADULT = '1980-06-01';
const SIXTY_FIVE_TODAY = '1961-11-22';
const SIXTY_FIVE_TOMORROW = '1961-11-23';

function sale(
  product: ProductRisk,
  customer: Partial<SuitabilityRequest['customer']> = {},
  extra: Partial<SuitabilityRequest> = {},
): SuitabilityRequest {
  return {
    today: TODAY,
    product: { risk: product },
    customer: { birthDate: ADULT, riskTolerance: 'C3', ...customer },
    ...extra,
  };
}
const codes = (d: SuitabilityDecision) => d.reasons.map((r) => r.code);

describe('checkSuitability: tolerance', () => {
  it('a C3 customer may buy R1–R3', () => {
    for (const r of ['R1', 'R2', 'R3'] as const)
      expect(checkSuitability(sale(r))).toEqual({
        outcome: 'allowed',
        age: 46,
        reasons: [],
        conditions: [],
      });
  });

  it('a C3 customer is refused R4, with the insist path offered as the fix', () => {
    const d = checkSuitability(sale('R4'));
    expect(d.outcome).toBe('refused');
    expect(d.reasons).toMatchObject([
      {
        code: 'above_risk_tolerance',
        product: 'R4',
        tolerance: 'C3',
        maxProduct: 'R3',
        insistAvailable: true,
        source: '《理财客户经理岗位职责》 (bank suitability rules)',
        sourceKey: 'wealth-manager-duties',
        fix: { code: 'insist_with_signed_statement' },
      },
    ]);
  });

  it('insisting makes it allowed with a signed statement, a witness and a second warning', () => {
    const d = checkSuitability(sale('R5', {}, { insists: true }));
    expect(d.outcome).toBe('allowed_with_conditions');
    expect(codes(d)).toEqual(['insisted_above_tolerance']);
    expect(d.conditions.map((c) => [c.condition, c.met])).toEqual([
      ['signed_statement', false],
      ['witness', false],
      ['second_warning', false],
    ]);
    expect(d.outcome === 'allowed_with_conditions' && d.conditionsMet).toBe(false);
    const done = checkSuitability(
      sale(
        'R5',
        {},
        { insists: true, completed: ['witness', 'second_warning', 'signed_statement'] },
      ),
    );
    expect(done.outcome === 'allowed_with_conditions' && done.conditionsMet).toBe(true);
  });

  it('insisting on a product within the level changes nothing', () => {
    expect(checkSuitability(sale('R2', {}, { insists: true })).outcome).toBe('allowed');
  });
});

describe('checkSuitability: no assessment, no product', () => {
  it('refuses without an assessment', () => {
    const d = checkSuitability(sale('R1', { riskTolerance: null }));
    expect(d).toMatchObject({
      outcome: 'refused',
      reasons: [{ code: 'no_risk_assessment', fix: { code: 'complete_risk_assessment' } }],
    });
    expect(checkSuitability(sale('R1', { riskTolerance: undefined })).outcome).toBe('refused');
  });

  it('an assessment expiring today is still valid; one that expired yesterday is not', () => {
    expect(checkSuitability(sale('R1', { assessmentExpiresOn: TODAY })).outcome).toBe('allowed');
    const d = checkSuitability(sale('R1', { assessmentExpiresOn: '2026-11-21' }));
    expect(d.reasons).toMatchObject([{ code: 'risk_assessment_expired', expiresOn: '2026-11-21' }]);
  });

  it('insisting does not replace an assessment', () => {
    expect(codes(checkSuitability(sale('R4', { riskTolerance: null }, { insists: true })))).toEqual(
      ['no_risk_assessment'],
    );
  });
});

describe('checkSuitability: customers 65 or older (65 today vs tomorrow)', () => {
  it('at 64 (65 tomorrow), R4 is an ordinary sale for a C4 customer', () => {
    expect(
      checkSuitability(sale('R4', { birthDate: SIXTY_FIVE_TOMORROW, riskTolerance: 'C4' })).outcome,
    ).toBe('allowed');
    expect(
      checkSuitability(sale('R3', { birthDate: SIXTY_FIVE_TOMORROW, riskTolerance: 'C4' })).outcome,
    ).toBe('allowed');
  });

  it('at 65 today, R4 and R5 are never sold, whatever the assessment', () => {
    for (const r of ['R4', 'R5'] as const) {
      const d = checkSuitability(sale(r, { birthDate: SIXTY_FIVE_TODAY, riskTolerance: 'C5' }));
      expect(d.reasons).toMatchObject([
        {
          code: 'senior_product_forbidden',
          age: 65,
          seniorAge: 65,
          forbiddenFrom: 'R4',
          fix: { code: 'choose_suitable_product', maxProduct: 'R3' },
        },
      ]);
    }
  });

  it('at 65, R3 needs a witness and a second warning', () => {
    const d = checkSuitability(sale('R3', { birthDate: SIXTY_FIVE_TODAY, riskTolerance: 'C3' }));
    expect(d.outcome).toBe('allowed_with_conditions');
    expect(codes(d)).toEqual(['senior_witness_level']);
    expect(d.conditions.map((c) => c.condition)).toEqual(['witness', 'second_warning']);
    expect(d.reasons[0]!.message).toBe(
      'The customer is 65: from 65, products rated R3 are sold only with a witness and a second risk warning.',
    );
  });

  it('at 65 with tolerance C2, R3 is refused and insisting is not available', () => {
    const d = checkSuitability(
      sale('R3', { birthDate: SIXTY_FIVE_TODAY, riskTolerance: 'C2' }, { insists: true }),
    );
    expect(d.outcome).toBe('refused');
    expect(d.reasons).toMatchObject([
      {
        code: 'above_risk_tolerance',
        insistAvailable: false,
        fix: { code: 'choose_suitable_product', maxProduct: 'R2' },
      },
      { code: 'insist_not_available', blockedBy: 'senior' },
    ]);
  });

  it('at 65, R1 and R2 are ordinary sales', () => {
    expect(checkSuitability(sale('R2', { birthDate: SIXTY_FIVE_TODAY })).outcome).toBe('allowed');
  });
});

describe('checkSuitability: minors', () => {
  const MINOR = '2010-01-01';
  it('a minor buys only with the guardian', () => {
    const d = checkSuitability(sale('R1', { birthDate: MINOR }));
    expect(d.reasons).toMatchObject([
      {
        code: 'minor_without_guardian',
        age: 16,
        adultAge: 18,
        fix: { code: 'come_with_guardian_to_branch' },
      },
    ]);
    expect(checkSuitability(sale('R1', { birthDate: MINOR, guardianPresent: true })).outcome).toBe(
      'allowed',
    );
  });

  it('turning 18 today is an adult; tomorrow still a minor', () => {
    expect(checkSuitability(sale('R1', { birthDate: '2008-11-22' })).outcome).toBe('allowed');
    expect(codes(checkSuitability(sale('R1', { birthDate: '2008-11-23' })))).toEqual([
      'minor_without_guardian',
    ]);
  });

  it('a minor may not insist above the level', () => {
    const d = checkSuitability(
      sale('R4', { birthDate: MINOR, guardianPresent: true }, { insists: true }),
    );
    expect(d.reasons).toMatchObject([
      { code: 'above_risk_tolerance' },
      { code: 'insist_not_available', blockedBy: 'minor' },
    ]);
  });
});

describe('checkSuitability: earmarked money', () => {
  it.each(['short_term', 'pension', 'education'] as const)(
    '%s funds stay out of R4 and above',
    (purpose) => {
      const d = checkSuitability(sale('R4', { riskTolerance: 'C5', fundsPurpose: purpose }));
      expect(d.reasons).toMatchObject([
        { code: 'earmarked_funds_high_risk', purpose, maxRisk: 'R3', fix: { maxProduct: 'R3' } },
      ]);
      expect(
        checkSuitability(sale('R3', { riskTolerance: 'C5', fundsPurpose: purpose })).outcome,
      ).toBe('allowed');
    },
  );

  it('general funds are not limited that way', () => {
    expect(
      checkSuitability(sale('R5', { riskTolerance: 'C5', fundsPurpose: 'general' })).outcome,
    ).toBe('allowed');
  });
});

describe('checkSuitability: every reason at once, both languages, bad input', () => {
  it('lists every refusal', () => {
    const d = checkSuitability(
      sale(
        'R5',
        { birthDate: '1950-01-01', riskTolerance: 'C1', fundsPurpose: 'pension' },
        { insists: true },
      ),
    );
    expect(codes(d)).toEqual([
      'senior_product_forbidden',
      'earmarked_funds_high_risk',
      'above_risk_tolerance',
      'insist_not_available',
    ]);
    expect(d.reasons[0]!.fix).toMatchObject({ maxProduct: 'R1' });
  });

  it('writes in Chinese', () => {
    const d = checkSuitability(sale('R4'), { lang: 'zh-CN' });
    expect(d.reasons[0]!.message).toBe(
      '产品风险等级为R4，高于客户风险承受能力C3（可购买不高于R3级产品）。',
    );
  });

  it('refuses malformed input naming the path', () => {
    const bad = [
      [sale('R6' as never), ['product', 'risk']],
      [sale('R1', { riskTolerance: 'C9' as never }), ['customer', 'riskTolerance']],
      [sale('R1', { birthDate: '2026-11-23' }), ['customer', 'birthDate']],
      [sale('R1', {}, { completed: ['stamp' as never] }), ['completed', 0]],
      [sale('R1', { fundsPurpose: 'holiday' as never }), ['customer', 'fundsPurpose']],
    ] as const;
    for (const [request, path] of bad) {
      const r = safeCheckSuitability(request);
      expect(!r.ok && r.error.issues[0]!.path).toEqual(path);
    }
  });
});

/** A deliberately simple reference of the wealth-manager-duties rules, for the model test. */
function reference(
  age: number,
  product: ProductRisk,
  tolerance: CustomerRiskTolerance | null,
  guardian: boolean,
  purpose: FundsPurpose,
  insists: boolean,
): { outcome: SuitabilityDecision['outcome']; conditions: SuitabilityConditionCode[] } {
  const p = PRODUCT_RISKS.indexOf(product) + 1;
  const refused =
    tolerance === null ||
    (age < 18 && !guardian) ||
    (age >= 65 && p >= 4) ||
    (purpose !== 'general' && p > 3) ||
    (p > CUSTOMER_RISK_TOLERANCES.indexOf(tolerance) + 1 && (!insists || age >= 65 || age < 18));
  if (refused) return { outcome: 'refused', conditions: [] };
  const conditions = new Set<SuitabilityConditionCode>();
  if (p > CUSTOMER_RISK_TOLERANCES.indexOf(tolerance) + 1)
    ['signed_statement', 'witness', 'second_warning'].forEach((c) =>
      conditions.add(c as SuitabilityConditionCode),
    );
  if (age >= 65 && p === 3)
    ['witness', 'second_warning'].forEach((c) => conditions.add(c as SuitabilityConditionCode));
  const order: SuitabilityConditionCode[] = ['signed_statement', 'witness', 'second_warning'];
  const list = order.filter((c) => conditions.has(c));
  return { outcome: list.length ? 'allowed_with_conditions' : 'allowed', conditions: list };
}

describe('checkSuitability model test', () => {
  test.prop(
    [
      fc.integer({ min: 0, max: 100 }),
      fc.constantFrom(...PRODUCT_RISKS),
      fc.option(fc.constantFrom(...CUSTOMER_RISK_TOLERANCES), { nil: null }),
      fc.boolean(),
      fc.constantFrom<FundsPurpose>('general', 'general', 'pension', 'short_term', 'education'),
      fc.boolean(),
      fc.constantFrom('en', 'zh-CN' as const),
    ],
    { numRuns: 2000 },
  )(
    'agrees with a simple reference of the rules',
    (age, product, tolerance, guardian, purpose, insists, lang) => {
      const birthDate = `${2026 - age}-01-01`;
      const d = checkSuitability(
        {
          today: '2026-06-30',
          product: { risk: product },
          customer: {
            birthDate,
            riskTolerance: tolerance,
            guardianPresent: guardian,
            fundsPurpose: purpose,
          },
          insists,
        },
        { lang },
      );
      const expected = reference(age, product, tolerance, guardian, purpose, insists);
      expect(d.outcome).toBe(expected.outcome);
      expect(d.conditions.map((c) => c.condition)).toEqual(expected.conditions);
      expect(d.outcome === 'refused').toBe(d.reasons.length > 0 && expected.outcome === 'refused');
      for (const r of d.reasons) {
        expect(Object.hasOwn(KYC_MESSAGES, r.code)).toBe(true);
        expect(r.message).not.toMatch(/\{[A-Za-z]+\}/);
      }
    },
  );
});

describe('checkSuitability — hostile input (issue 6)', () => {
  const check = (request: unknown, options?: unknown) =>
    checkSuitability(request as SuitabilityRequest, options as never);

  it('a 512 K lone-surrogate value is invalid input, named and not echoed whole', () => {
    for (const [request, path] of [
      [sale(HUGE_SURROGATES as ProductRisk), ['product', 'risk']],
      [
        sale('R1', { riskTolerance: HUGE_SURROGATES as CustomerRiskTolerance }),
        ['customer', 'riskTolerance'],
      ],
      [sale('R1', { fundsPurpose: HUGE_SURROGATES as FundsPurpose }), ['customer', 'fundsPurpose']],
      [
        sale('R1', {}, { completed: [HUGE_SURROGATES as SuitabilityConditionCode] }),
        ['completed', 0],
      ],
    ] as const) {
      const e = typedError(() => check(request), 'invalid_input', path);
      expect(e.message).toContain(`(${HUGE_SURROGATES.length} characters)`);
      expectShort(e);
    }
    expectShort(
      typedError(() => check(sale('R1', {}, { today: HUGE_SURROGATES })), 'invalid_date', [
        'today',
      ]),
    );
  });

  it('a bigint anywhere is invalid input naming its path, not a TypeError', () => {
    typedError(() => check(sale(10n as never)), 'invalid_input', ['product', 'risk']);
    typedError(() => check(sale('R1', { guardianPresent: 10n as never })), 'invalid_input', [
      'customer',
      'guardianPresent',
    ]);
    typedError(() => check(sale('R1', {}, { insists: 10n as never })), 'invalid_input', [
      'insists',
    ]);
    typedError(() => check(sale('R1', { birthDate: 10n as never })), 'invalid_date', [
      'customer',
      'birthDate',
    ]);
  });

  it('no request, a null request or a list is invalid input at the root', () => {
    for (const request of [undefined, null, [], 'R1'])
      typedError(() => check(request), 'invalid_input', []);
    typedError(() => check({ ...sale('R1'), customer: null }), 'invalid_input', ['customer']);
  });

  it('bad options are typed errors', () => {
    typedError(() => check(sale('R1'), { lang: 'fr' }), 'invalid_input', ['options', 'lang']);
  });
});
