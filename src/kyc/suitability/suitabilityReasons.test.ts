/**
 * Suitability decisions as a whole: every reason with its facts, rule path, cited source, fix and
 * message in both languages, and the conditions of a conditional sale. Expected values come from
 * RULES.md §5 (《理财客户经理岗位职责》), the shipped CN_SUITABILITY rules and the KYC message catalog.
 */
import { describe, expect, it } from 'vitest';
import { derivePreset } from '../../presets/derivePreset';
import { getPreset } from '../../presets/registry';
import { typedError } from '../internal/hostile.testkit';
import {
  checkSuitability,
  safeCheckSuitability,
  type SuitabilityRequest,
} from './checkSuitability';

const LANGS = ['en', 'zh-CN'] as const;
type Lang = (typeof LANGS)[number];
const text = (lang: Lang, en: string, zh: string) => (lang === 'en' ? en : zh);

const TODAY = '2026-11-22';
/** 46 on TODAY. */
const ADULT = '1980-06-01';
/** 65 on TODAY. */
const SIXTY_FIVE = '1961-11-22';
/** 16 on TODAY. */
const MINOR = '2010-01-01';
const CSRC = {
  source: '《理财客户经理岗位职责》 (bank suitability rules)',
  sourceKey: 'wealth-manager-duties',
} as const;

function sale(
  product: 'R1' | 'R2' | 'R3' | 'R4' | 'R5',
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

const choose = (lang: Lang, maxProduct: string) => ({
  code: 'choose_suitable_product',
  message: text(
    lang,
    `Choose a product rated ${maxProduct} or below.`,
    `请选择${maxProduct}级及以下的产品。`,
  ),
  maxProduct,
});

const aboveTolerance = (
  lang: Lang,
  product: string,
  tolerance: string,
  maxProduct: string,
  fix: object,
  insistAvailable: boolean,
) => ({
  code: 'above_risk_tolerance',
  message: text(
    lang,
    `The product is rated ${product}, above the customer’s tolerance ${tolerance} (up to ${maxProduct}).`,
    `产品风险等级为${product}，高于客户风险承受能力${tolerance}（可购买不高于${maxProduct}级产品）。`,
  ),
  product,
  tolerance,
  maxProduct,
  insistAvailable,
  ...CSRC,
  rule: 'suitability',
  fix,
});

const condition = (
  lang: Lang,
  which: 'signed_statement' | 'witness' | 'second_warning',
  met: boolean,
) =>
  ({
    signed_statement: {
      code: 'signed_statement_required',
      condition: 'signed_statement',
      met,
      message: text(
        lang,
        'The customer signs a special statement on the subscription application.',
        '客户须在认购申请书上签署特别声明。',
      ),
      ...CSRC,
    },
    witness: {
      code: 'witness_required',
      condition: 'witness',
      met,
      message: text(
        lang,
        'A branch retail head witnesses the sale and signs the application.',
        '须由分行零售部门负责人见证销售过程并在申请书上签字。',
      ),
      ...CSRC,
    },
    second_warning: {
      code: 'second_warning_required',
      condition: 'second_warning',
      met,
      message: text(
        lang,
        'The risk is explained a second time and the customer confirms the purchase again.',
        '须进行二次风险提示，并由客户再次确认购买意愿。',
      ),
      ...CSRC,
    },
  })[which];

describe.each(LANGS)('every suitability reason in full (%s)', (lang) => {
  const decide = (r: SuitabilityRequest) => checkSuitability(r, { lang });
  const assessmentFix = {
    code: 'complete_risk_assessment',
    message: text(
      lang,
      'Complete (or redo) the customer’s risk-tolerance assessment.',
      '请完成（或重新进行）客户风险承受能力评估。',
    ),
  };

  it('no_risk_assessment', () => {
    expect(decide(sale('R1', { riskTolerance: null }))).toStrictEqual({
      outcome: 'refused',
      age: 46,
      reasons: [
        {
          code: 'no_risk_assessment',
          message: text(
            lang,
            'The customer has no valid risk-tolerance assessment: no wealth or investment product may be sold.',
            '客户未完成有效的风险承受能力评估：不得购买任何理财或投资产品。',
          ),
          ...CSRC,
          rule: 'suitability',
          fix: assessmentFix,
        },
      ],
      conditions: [],
    });
  });

  it('risk_assessment_expired: expired yesterday', () => {
    expect(decide(sale('R1', { assessmentExpiresOn: '2026-11-21' })).reasons).toStrictEqual([
      {
        code: 'risk_assessment_expired',
        message: text(
          lang,
          'The customer’s risk-tolerance assessment expired on 2026-11-21: no product may be sold until it is redone.',
          '客户的风险承受能力评估已于2026-11-21过期：重新评估前不得购买产品。',
        ),
        expiresOn: '2026-11-21',
        ...CSRC,
        rule: 'suitability',
        fix: assessmentFix,
      },
    ]);
  });

  it('minor_without_guardian', () => {
    expect(decide(sale('R1', { birthDate: MINOR }))).toStrictEqual({
      outcome: 'refused',
      age: 16,
      reasons: [
        {
          code: 'minor_without_guardian',
          message: text(
            lang,
            'The customer is 16, under 18: only with the legal guardian, who completes the risk assessment, at a branch.',
            '客户16周岁，未满18周岁：须由法定监护人陪同到网点办理，并由监护人指导完成风险评估。',
          ),
          age: 16,
          adultAge: 18,
          ...CSRC,
          rule: 'suitability.adultAge',
          fix: {
            code: 'come_with_guardian_to_branch',
            message: text(
              lang,
              'Come to a branch with the legal guardian, who completes the risk assessment.',
              '请由法定监护人陪同到网点办理，并由监护人指导完成风险评估。',
            ),
          },
        },
      ],
      conditions: [],
    });
  });

  it('senior_product_forbidden: R4 at 65, whatever the tolerance; the fix names R3', () => {
    expect(decide(sale('R4', { birthDate: SIXTY_FIVE, riskTolerance: 'C5' }))).toStrictEqual({
      outcome: 'refused',
      age: 65,
      reasons: [
        {
          code: 'senior_product_forbidden',
          message: text(
            lang,
            'The customer is 65: from 65, products rated R4 or above are never sold (R4).',
            '客户65周岁：年满65周岁的客户不得购买R4级及以上产品（本产品为R4）。',
          ),
          age: 65,
          seniorAge: 65,
          product: 'R4',
          forbiddenFrom: 'R4',
          ...CSRC,
          rule: 'suitability.seniorForbiddenFrom',
          fix: choose(lang, 'R3'),
        },
      ],
      conditions: [],
    });
  });

  it('earmarked_funds_high_risk: pension money in R4; the fix names R3', () => {
    expect(
      decide(sale('R4', { riskTolerance: 'C5', fundsPurpose: 'pension' })).reasons,
    ).toStrictEqual([
      {
        code: 'earmarked_funds_high_risk',
        message: text(
          lang,
          'The money is pension funds: it may not go into a product rated above R3 (R4).',
          '该笔资金为养老资金：不得投资高于R3级的产品（本产品为R4）。',
        ),
        purpose: 'pension',
        product: 'R4',
        maxRisk: 'R3',
        ...CSRC,
        rule: 'suitability.earmarkedFundsMaxRisk',
        fix: choose(lang, 'R3'),
      },
    ]);
  });

  it('earmarked money: R3 is the most, for short-term and education funds too', () => {
    for (const fundsPurpose of ['short_term', 'education'] as const) {
      expect(decide(sale('R3', { riskTolerance: 'C5', fundsPurpose })).outcome).toBe('allowed');
      expect(decide(sale('R4', { riskTolerance: 'C5', fundsPurpose })).reasons).toMatchObject([
        { code: 'earmarked_funds_high_risk', purpose: fundsPurpose, maxRisk: 'R3' },
      ]);
    }
  });

  it('above_risk_tolerance: the insist path offered as the fix', () => {
    expect(decide(sale('R4'))).toStrictEqual({
      outcome: 'refused',
      age: 46,
      reasons: [
        aboveTolerance(
          lang,
          'R4',
          'C3',
          'R3',
          {
            code: 'insist_with_signed_statement',
            message: text(
              lang,
              'If the customer insists after the risk is explained again, they sign a special statement before a witness.',
              '如客户在再次揭示风险后仍坚持购买，须在见证人见证下签署特别声明。',
            ),
          },
          true,
        ),
      ],
      conditions: [],
    });
  });

  it('insisted_above_tolerance: allowed with three conditions, one already met', () => {
    expect(decide(sale('R5', {}, { insists: true, completed: ['witness'] }))).toStrictEqual({
      outcome: 'allowed_with_conditions',
      age: 46,
      reasons: [
        {
          code: 'insisted_above_tolerance',
          message: text(
            lang,
            'The customer insists on an R5 product, above the tolerance C3: allowed only with a signed special statement, a witness and a second risk warning.',
            '客户坚持购买R5级产品，高于其风险承受能力C3：须签署特别声明、由见证人见证并进行二次风险提示。',
          ),
          product: 'R5',
          tolerance: 'C3',
          ...CSRC,
          rule: 'suitability.insistConditions',
        },
      ],
      conditions: [
        condition(lang, 'signed_statement', false),
        condition(lang, 'witness', true),
        condition(lang, 'second_warning', false),
      ],
      conditionsMet: false,
    });
  });

  it('senior_witness_level: R3 at 65 with a witness and a second warning, both done', () => {
    expect(
      decide(
        sale(
          'R3',
          { birthDate: SIXTY_FIVE, riskTolerance: 'C4' },
          { completed: ['second_warning', 'witness'] },
        ),
      ),
    ).toStrictEqual({
      outcome: 'allowed_with_conditions',
      age: 65,
      reasons: [
        {
          code: 'senior_witness_level',
          message: text(
            lang,
            'The customer is 65: from 65, products rated R3 are sold only with a witness and a second risk warning.',
            '客户65周岁：年满65周岁的客户购买R3级产品须有见证人并进行二次风险提示。',
          ),
          age: 65,
          seniorAge: 65,
          product: 'R3',
          ...CSRC,
          rule: 'suitability.seniorWitnessLevel',
        },
      ],
      conditions: [condition(lang, 'witness', true), condition(lang, 'second_warning', true)],
      conditionsMet: true,
    });
  });

  it('insist_not_available for a senior: the fix is a suitable product, not insisting', () => {
    expect(
      decide(sale('R3', { birthDate: SIXTY_FIVE, riskTolerance: 'C2' }, { insists: true })),
    ).toStrictEqual({
      outcome: 'refused',
      age: 65,
      reasons: [
        aboveTolerance(lang, 'R3', 'C2', 'R2', choose(lang, 'R2'), false),
        {
          code: 'insist_not_available',
          message: text(
            lang,
            'Buying above one’s level by signing a special statement is not available here: the customer is 65 or older.',
            '此情形不适用签署特别声明坚持购买：客户年满65周岁。',
          ),
          blockedBy: 'senior',
          ...CSRC,
          rule: 'suitability.insistExcludes',
        },
      ],
      conditions: [],
    });
  });

  it('insist_not_available for a minor with the guardian', () => {
    expect(
      decide(sale('R4', { birthDate: MINOR, guardianPresent: true }, { insists: true })).reasons,
    ).toStrictEqual([
      aboveTolerance(lang, 'R4', 'C3', 'R3', choose(lang, 'R3'), false),
      {
        code: 'insist_not_available',
        message: text(
          lang,
          'Buying above one’s level by signing a special statement is not available here: the customer is under 18.',
          '此情形不适用签署特别声明坚持购买：客户未满18周岁。',
        ),
        blockedBy: 'minor',
        ...CSRC,
        rule: 'suitability.insistExcludes',
      },
    ]);
  });

  it('insist_not_available where the preset allows no insisting at all', () => {
    const preset = derivePreset(getPreset(), {
      id: 'no-insisting',
      suitability: { insistWithSignedStatement: false },
    });
    expect(
      checkSuitability(sale('R4', {}, { insists: true }), { preset, lang }).reasons,
    ).toStrictEqual([
      aboveTolerance(lang, 'R4', 'C3', 'R3', choose(lang, 'R3'), false),
      {
        code: 'insist_not_available',
        message: text(
          lang,
          'Buying above one’s level by signing a special statement is not available here: the rules in force do not allow it.',
          '此情形不适用签署特别声明坚持购买：现行规则不允许。',
        ),
        blockedBy: 'preset',
        ...CSRC,
        rule: 'suitability.insistWithSignedStatement',
      },
    ]);
    // Without insisting, only the refusal, with a suitable product as its fix.
    expect(checkSuitability(sale('R4'), { preset, lang }).reasons).toStrictEqual([
      aboveTolerance(lang, 'R4', 'C3', 'R3', choose(lang, 'R3'), false),
    ]);
  });
});

describe('seniors and minors a preset does not exclude from insisting', () => {
  const preset = derivePreset(getPreset(), {
    id: 'insist-for-all',
    suitability: { insistExcludes: { seniors: false, minors: false } },
  });

  it('a senior may insist on R3 above C2: the insist and witness conditions together', () => {
    const d = checkSuitability(
      sale('R3', { birthDate: SIXTY_FIVE, riskTolerance: 'C2' }, { insists: true }),
      { preset },
    );
    expect(d.outcome).toBe('allowed_with_conditions');
    expect(d.reasons.map((r) => r.code)).toEqual([
      'insisted_above_tolerance',
      'senior_witness_level',
    ]);
    expect(d.conditions.map((c) => c.condition)).toEqual([
      'signed_statement',
      'witness',
      'second_warning',
    ]);
  });

  it('a minor with the guardian may insist', () => {
    const d = checkSuitability(
      sale('R4', { birthDate: MINOR, guardianPresent: true }, { insists: true }),
      { preset },
    );
    expect(d.reasons.map((r) => r.code)).toEqual(['insisted_above_tolerance']);
  });
});

describe('malformed suitability requests: the typed error, its path and its message', () => {
  const at = (path: (string | number)[], r: unknown) =>
    typedError(() => checkSuitability(r as SuitabilityRequest), 'invalid_input', path);

  it('a product id must be 1–200 characters of text', () => {
    const withId = (id: unknown) => ({ ...sale('R1'), product: { risk: 'R1', id } });
    expect(at(['product', 'id'], withId('')).message).toBe(
      'Invalid input at product.id: must not be empty',
    );
    expect(at(['product', 'id'], withId(7)).message).toBe(
      'Invalid input at product.id: must be a string; got 7',
    );
    expect(at(['product', 'id'], withId('p'.repeat(201))).message).toContain(
      'Invalid input at product.id: must be at most 200 characters; got ',
    );
    expect(checkSuitability(withId('p'.repeat(200)) as SuitabilityRequest).outcome).toBe('allowed');
  });

  it('a product that is no object, completed steps that are no list', () => {
    expect(at(['product'], { ...sale('R1'), product: 'R1' }).message).toBe(
      'Invalid input at product: must be an object; got "R1"',
    );
    expect(at(['completed'], sale('R1', {}, { completed: 'witness' as never })).message).toBe(
      'Invalid input at completed: must be a list; got "witness"',
    );
    expect(
      checkSuitability(sale('R1', {}, { completed: ['witness', 'second_warning'] })).outcome,
    ).toBe('allowed');
  });

  it('a birth date after today', () => {
    expect(at(['customer', 'birthDate'], sale('R1', { birthDate: '2026-11-23' })).message).toBe(
      'Invalid input at customer.birthDate: must not be after today (2026-11-22)',
    );
  });

  it('the safe twin: the decision or the error', () => {
    expect(safeCheckSuitability(sale('R1'))).toStrictEqual({
      ok: true,
      value: { outcome: 'allowed', age: 46, reasons: [], conditions: [] },
    });
    const r = safeCheckSuitability(sale('R1', { fundsPurpose: 'holiday' as never }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid_input');
      expect(r.error.issues).toEqual([
        {
          path: ['customer', 'fundsPurpose'],
          message: 'must be one of general, short_term, pension, education; got "holiday"',
        },
      ]);
    }
  });
});

describe('the assessment and the purpose of the money: the edges', () => {
  it('an expired assessment refuses alone: the level is not judged on a stale assessment', () => {
    for (const insists of [false, true]) {
      const d = checkSuitability(sale('R5', { assessmentExpiresOn: '2026-11-21' }, { insists }));
      expect(d.reasons.map((r) => r.code)).toEqual(['risk_assessment_expired']);
    }
    expect(checkSuitability(sale('R3', { assessmentExpiresOn: TODAY })).outcome).toBe('allowed');
  });

  it('money without a stated purpose is general money', () => {
    const preset = derivePreset(getPreset(), {
      id: 'general-earmarked',
      suitability: { earmarkedPurposes: ['general'] },
    });
    const d = checkSuitability(sale('R4', { riskTolerance: 'C5' }), { preset });
    expect(d.reasons).toMatchObject([
      { code: 'earmarked_funds_high_risk', purpose: 'general', maxRisk: 'R3' },
    ]);
    expect(d.reasons[0]!.message).toBe(
      'The money is general funds: it may not go into a product rated above R3 (R4).',
    );
    expect(checkSuitability(sale('R4', { riskTolerance: 'C5' })).outcome).toBe('allowed');
  });

  it('a minor with no assessment and the guardian present: only the assessment is missing', () => {
    const d = checkSuitability(
      sale('R1', { birthDate: MINOR, guardianPresent: true, riskTolerance: null }),
    );
    expect(d.reasons.map((r) => r.code)).toEqual(['no_risk_assessment']);
  });
});

describe('suitability dates given as objects: the typed error names what the date is', () => {
  const FEB_30 = { year: 2026, month: 2, day: 30 };

  it.each([
    ['date', ['today'], { ...sale('R1'), today: FEB_30 }],
    ['birth date', ['customer', 'birthDate'], sale('R1', { birthDate: FEB_30 })],
    [
      'expiry date',
      ['customer', 'assessmentExpiresOn'],
      sale('R1', { assessmentExpiresOn: FEB_30 }),
    ],
  ] as const)('an invalid %s', (name, path, r) => {
    const e = typedError(() => checkSuitability(r), 'invalid_date', [...path]);
    expect(e.message).toBe(
      `Invalid ${name} at ${path.join('.')}: Invalid date: 2026-02 has no day 30`,
    );
  });
});

describe('the riskiest suitable level offered as the fix', () => {
  it('every ceiling counts: the tolerance, the senior bar, earmarked money', () => {
    const preset = derivePreset(getPreset(), {
      id: 'no-insisting-c4',
      suitability: { insistWithSignedStatement: false },
    });
    const fixOf = (r: SuitabilityRequest, options = {}) =>
      checkSuitability(r, options).reasons[0]?.fix;
    // Only the C4 tolerance: up to R4.
    expect(fixOf(sale('R5', { riskTolerance: 'C4' }), { preset })).toMatchObject({
      code: 'choose_suitable_product',
      maxProduct: 'R4',
    });
    // A minor with the guardian may not insist: up to R4 as well.
    expect(
      fixOf(
        sale(
          'R5',
          { birthDate: MINOR, guardianPresent: true, riskTolerance: 'C4' },
          { insists: true },
        ),
      ),
    ).toMatchObject({ maxProduct: 'R4' });
    // Pension money: R3.
    expect(
      fixOf(sale('R5', { riskTolerance: 'C4', fundsPurpose: 'pension' }), { preset }),
    ).toMatchObject({ maxProduct: 'R3' });
    // A senior without an assessment: the senior bar alone, R3.
    const senior = checkSuitability(sale('R4', { birthDate: SIXTY_FIVE, riskTolerance: null }));
    expect(
      senior.reasons.map((r) => [
        r.code,
        r.fix?.code,
        r.fix && 'maxProduct' in r.fix ? r.fix.maxProduct : undefined,
      ]),
    ).toEqual([
      ['no_risk_assessment', 'complete_risk_assessment', undefined],
      ['senior_product_forbidden', 'choose_suitable_product', 'R3'],
    ]);
  });
});

describe('birth date and assessment expiry: the edges', () => {
  it('a customer born today is a minor of 0, not invalid input', () => {
    const d = checkSuitability(sale('R1', { birthDate: TODAY }));
    expect(d).toMatchObject({ outcome: 'refused', age: 0 });
    expect(d.reasons.map((r) => r.code)).toEqual(['minor_without_guardian']);
  });

  it('an assessment without an expiry (null or absent) stays valid', () => {
    expect(checkSuitability(sale('R2', { assessmentExpiresOn: null })).outcome).toBe('allowed');
    expect(checkSuitability(sale('R2', { assessmentExpiresOn: undefined })).outcome).toBe(
      'allowed',
    );
  });
});
