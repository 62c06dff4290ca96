/**
 * Boundary examples of every eligibility rule, run on the rule itself (prepare → rule): each
 * rule at its limit and just past it. The decision as a whole is tested in
 * ../checkOpeningEligibility.test.ts and ../reasons.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { getPreset } from '../../../presets/registry';
import type { Preset } from '../../../presets/types/preset';
import { prepareOpening } from '../prepare';
import type { OpeningRequest } from '../types';
import { ELIGIBILITY_RULES } from './eligibilityRules';
import {
  accountsPerBank,
  documentAccepted,
  documentExpiry,
  documentNumber,
  faceToFaceChannel,
  foreignCurrency,
  minimumAge,
  openingRequirements,
  openingRestriction,
  phoneInOwnName,
  taxResidencyDeclaration,
  verificationCount,
} from '.';
import type { EligibilityRule } from './ruleKit';
import { residentIdFor } from '../eligibility.testkit';

const pboc = getPreset('cn-pboc-2018');
const tiered = getPreset('tiered-generic');

/** An eligible Class II remote application on 2026-11-22, with overrides. */
function request(
  overrides: Partial<OpeningRequest> = {},
  applicant: Partial<OpeningRequest['applicant']> = {},
): OpeningRequest {
  const birthDate = (applicant.birthDate as string | undefined) ?? '1990-05-01';
  return {
    requestedClass: 'II',
    today: '2026-11-22',
    channel: 'remote',
    existingAccounts: [{ class: 'I' }],
    ...overrides,
    applicant: {
      birthDate,
      document: {
        type: 'resident_id_card',
        number: residentIdFor(birthDate),
        expiresOn: '2036-01-01',
      },
      verifications: ['id_network_check', 'bound_account_check'],
      ...applicant,
    },
  };
}

/** The rule's outcomes as `kind:code`, and its reasons' and conditions' codes. */
function run(rule: EligibilityRule, req: OpeningRequest, preset: Preset = pboc) {
  const r = rule(prepareOpening(req, preset, 'en'));
  return {
    outcomes: r.outcomes.map((o) => `${o.outcome}:${o.code}`),
    reasons: r.reasons.map((x) => x.code),
    conditions: r.conditions.map((c) => c.code),
    result: r,
  };
}

const outcomesOf = (rule: EligibilityRule, req: OpeningRequest, preset: Preset = pboc) =>
  run(rule, req, preset).outcomes;

it('every rule of ELIGIBILITY_RULES has boundary examples here', () => {
  const tested = [
    openingRestriction,
    minimumAge,
    documentAccepted,
    documentNumber,
    documentExpiry,
    faceToFaceChannel,
    verificationCount,
    openingRequirements,
    accountsPerBank,
    foreignCurrency,
    phoneInOwnName,
    taxResidencyDeclaration,
  ];
  expect(ELIGIBILITY_RULES.map((r) => r.name).sort()).toEqual(tested.map((r) => r.name).sort());
});

describe('openingRestriction: in force some moment of today, in the preset zone (Asia/Shanghai)', () => {
  const restricted = (from: string, until?: string) =>
    request({}, { restrictions: [{ kind: 'receive_only', from, ...(until ? { until } : {}) }] });

  it.each([
    // [from, until, in force today?]
    ['2026-01-01T00:00:00+08:00', '2026-11-22T00:00:00+08:00', false], // ends as today begins
    ['2026-01-01T00:00:00+08:00', '2026-11-22T00:00:00.001+08:00', true], // first millisecond
    ['2026-01-01T00:00:00+08:00', '2026-11-21T16:00:00.001Z', true], // the same, in UTC
    ['2026-01-01T00:00:00+08:00', '2026-11-21T16:00:00Z', false],
    ['2026-11-22T23:59:59.999+08:00', undefined, true], // starts at the last millisecond of today
    ['2026-11-22T15:59:59.999Z', undefined, true], // the same instant, in UTC
    ['2026-11-23T00:00:00+08:00', undefined, false], // starts tomorrow
    ['2026-11-22T16:00:00Z', undefined, false], // tomorrow in Shanghai, still the 22nd in UTC
  ] as const)('from %s until %s: in force %s', (from, until, inForce) => {
    const r = run(openingRestriction, restricted(from, until));
    expect(r.outcomes).toEqual([
      inForce ? 'failed:opening_restricted' : 'passed:trace_kyc_no_restriction',
    ]);
  });

  it('one ending at the first millisecond of today may apply again from tomorrow', () => {
    const r = run(
      openingRestriction,
      restricted('2026-01-01T00:00:00+08:00', '2026-11-22T00:00:00.001+08:00'),
    );
    expect(r.result.reasons[0]).toMatchObject({
      until: '2026-11-22T00:00:00.001+08:00',
      fix: { code: 'wait_for_restriction_end', eligibleFrom: '2026-11-23' },
    });
  });

  it('one ending at midnight tonight may apply again from tomorrow; a millisecond later, the day after', () => {
    const eligibleFrom = (until: string) =>
      (
        run(openingRestriction, restricted('2026-01-01T00:00:00+08:00', until)).result
          .reasons[0] as { fix: { eligibleFrom?: string } }
      ).fix.eligibleFrom;
    expect(eligibleFrom('2026-11-23T00:00:00+08:00')).toBe('2026-11-23');
    expect(eligibleFrom('2026-11-23T00:00:00.001+08:00')).toBe('2026-11-24');
  });

  it('the rule is in force from 2019-04-01 (银发〔2019〕85号): not the day before', () => {
    const on = (today: string) =>
      outcomesOf(openingRestriction, {
        ...restricted('2018-01-01T00:00:00+08:00'),
        today,
      });
    expect(on('2019-04-01')).toEqual(['failed:opening_restricted']);
    expect(on('2019-03-31')).toEqual(['passed:trace_kyc_no_restriction']);
  });

  it('a rule repealed from a day (effectiveUntil) no longer refuses on that day; the day before it does', () => {
    const until = {
      ...pboc,
      kyc: {
        ...pboc.kyc,
        openingRestrictions: { ...pboc.kyc.openingRestrictions, effectiveUntil: '2026-11-22' },
      },
    } as Preset;
    const on = (today: string) =>
      outcomesOf(openingRestriction, { ...restricted('2026-01-01T00:00:00+08:00'), today }, until);
    expect(on('2026-11-21')).toEqual(['failed:opening_restricted']);
    expect(on('2026-11-22')).toEqual(['passed:trace_kyc_no_restriction']);
  });

  it('only the blocking kinds refuse', () => {
    const receiveOnlyBlocks = {
      ...pboc,
      kyc: {
        ...pboc.kyc,
        openingRestrictions: { ...pboc.kyc.openingRestrictions, blockingKinds: ['receive_only'] },
      },
    } as Preset;
    const of = (kind: 'receive_only' | 'no_non_counter') =>
      outcomesOf(
        openingRestriction,
        request({}, { restrictions: [{ kind, from: '2026-01-01T00:00:00+08:00' }] }),
        receiveOnlyBlocks,
      );
    expect(of('receive_only')).toEqual(['failed:opening_restricted']);
    expect(of('no_non_counter')).toEqual(['passed:trace_kyc_no_restriction']);
  });
});

describe('minimumAge: 16 on the birthday itself, not the day before', () => {
  it.each([
    ['2010-11-22', 16, 'passed:trace_kyc_age_ok'],
    ['2010-11-23', 15, 'failed:under_minimum_age'],
    ['2010-11-21', 16, 'passed:trace_kyc_age_ok'],
    ['1926-11-22', 100, 'passed:trace_kyc_age_ok'],
    ['2026-11-22', 0, 'failed:under_minimum_age'], // born today
  ] as const)('born %s: %i on 2026-11-22', (birthDate, age, outcome) => {
    const r = run(minimumAge, request({}, { birthDate }));
    expect(r.outcomes).toEqual([outcome]);
    expect(r.result.outcomes[0]!.rule).toBe('kyc.age.minimumAge');
    expect(r.result.outcomes[0]!.values).toEqual({ age, minimumAge: 16 });
  });

  it('born on 29 February: 16 on 29 February in a leap year, on 1 March in another (2100)', () => {
    const on = (birthDate: string, today: string) =>
      run(minimumAge, request({ today }, { birthDate })).outcomes[0];
    expect(on('2008-02-29', '2024-02-28')).toBe('failed:under_minimum_age');
    expect(on('2008-02-29', '2024-02-29')).toBe('passed:trace_kyc_age_ok');
    expect(on('2084-02-29', '2100-02-28')).toBe('failed:under_minimum_age');
    expect(on('2084-02-29', '2100-03-01')).toBe('passed:trace_kyc_age_ok');
  });

  it('one day short, with a guardian: at the counter a condition, remotely not in person', () => {
    const minor = { birthDate: '2010-11-23', guardianPresent: true };
    const counter = run(minimumAge, request({ channel: 'counter' }, minor));
    expect(counter.outcomes).toEqual(['passed:trace_kyc_age_guardian']);
    expect(counter.result.outcomes[0]!.rule).toBe('kyc.age.minimumAge');
    expect(counter.result.outcomes[0]!.values).toEqual({ age: 15, minimumAge: 16 });
    expect(counter.conditions).toEqual(['bring_proof_of_guardianship']);
    expect(outcomesOf(minimumAge, request({ channel: 'remote' }, minor))).toEqual([
      'failed:guardian_not_in_person',
    ]);
    expect(outcomesOf(minimumAge, request({ channel: 'kiosk_assisted' }, minor))).toEqual([
      'passed:trace_kyc_age_guardian',
    ]);
  });
});

describe('documentAccepted: the document types of the residency, and no other', () => {
  const doc = (type: string, number = 'E12345678') => ({
    document: { type, number, expiresOn: '2036-01-01' },
  });
  it.each([
    [undefined, 'passport', 'passed:trace_kyc_document_accepted'], // residency read from it
    ['foreign', 'passport', 'passed:trace_kyc_document_accepted'],
    ['foreign', 'foreign_permanent_residence', 'passed:trace_kyc_document_accepted'],
    ['mainland', 'passport', 'failed:document_not_accepted'],
    ['hk_macao_taiwan', 'passport', 'failed:document_not_accepted'],
    ['hk_macao_taiwan', 'hk_macao_taiwan_permit', 'passed:trace_kyc_document_accepted'],
  ] as const)('residency %s, a %s', (residency, type, outcome) => {
    const applicant = { ...doc(type), ...(residency ? { residency } : {}) } as never;
    expect(outcomesOf(documentAccepted, request({}, applicant))).toEqual([outcome]);
  });
});

describe('documentNumber: GB 11643-1999 in full; other documents 5–20 capital letters and digits', () => {
  it('a birth date in the number of today is valid; tomorrow is in the future', () => {
    const today = request({}, { birthDate: '2026-11-22' });
    const passedToday = run(documentNumber, today).result.outcomes;
    expect(passedToday.map((o) => [o.outcome, o.code, o.values])).toEqual([
      ['passed', 'trace_kyc_document_number_ok', { problems: 0 }],
    ]);
    const tomorrow = request(
      {},
      {
        birthDate: '2026-11-22',
        document: {
          type: 'resident_id_card',
          number: residentIdFor('2026-11-23'),
          expiresOn: null,
        },
      },
    );
    const r = run(documentNumber, tomorrow);
    expect(r.outcomes).toEqual(['failed:invalid_document_number']);
    const reason = r.result.reasons[0];
    const problems = reason?.code === 'invalid_document_number' ? reason.problems : [];
    expect(problems.map((x) => x.code)).toContain('id_birth_date_in_future');
  });

  it('the check character: right passes, one off fails', () => {
    const number = residentIdFor('1990-05-01');
    const wrong = number.slice(0, 17) + (number[17] === '0' ? '1' : '0');
    const withNumber = (n: string) =>
      request({}, { document: { type: 'resident_id_card', number: n, expiresOn: null } });
    expect(outcomesOf(documentNumber, withNumber(number))).toEqual([
      'passed:trace_kyc_document_number_ok',
    ]);
    expect(outcomesOf(documentNumber, withNumber(wrong))).toEqual([
      'failed:invalid_document_number',
    ]);
    expect(outcomesOf(documentNumber, withNumber(number.slice(0, 17)))).toEqual([
      'failed:invalid_document_number',
    ]);
  });

  it('a birth date one day off the declared one is a condition to verify, not a refusal', () => {
    const r = run(
      documentNumber,
      request(
        {},
        {
          birthDate: '1990-05-01',
          document: {
            type: 'resident_id_card',
            number: residentIdFor('1990-05-02'),
            expiresOn: null,
          },
        },
      ),
    );
    expect(r.outcomes).toEqual(['passed:trace_kyc_document_number_ok']);
    expect(r.conditions).toEqual(['verify_birth_date']);
    expect(r.result.conditions[0]!.source).toBe('bank-practice');
  });

  it('the verify condition cites birthDateMismatchSource, or bank practice without one', () => {
    const mismatched = request(
      {},
      {
        birthDate: '1990-05-01',
        document: {
          type: 'resident_id_card',
          number: residentIdFor('1990-05-02'),
          expiresOn: null,
        },
      },
    );
    const citing = (birthDateMismatchSource: string | undefined) => {
      const { birthDateMismatchSource: _, ...documents } = pboc.kyc.documents;
      const preset = {
        ...pboc,
        kyc: {
          ...pboc.kyc,
          documents: {
            ...documents,
            ...(birthDateMismatchSource === undefined ? {} : { birthDateMismatchSource }),
          },
        },
      } as Preset;
      return run(documentNumber, mismatched, preset).result.conditions[0]!.source;
    };
    expect(citing('bank-training-course')).toBe('bank-training-course');
    expect(citing(undefined)).toBe('bank-practice');
  });

  it.each([
    ['A1234', true],
    ['A123', false],
    ['A'.repeat(20), true],
    ['A'.repeat(21), false],
    ['a1234', false],
  ])('a passport numbered %s: valid %s', (number, valid) => {
    const req = request(
      {},
      { residency: 'foreign', document: { type: 'passport', number, expiresOn: null } },
    );
    expect(outcomesOf(documentNumber, req)).toEqual([
      valid ? 'passed:trace_kyc_document_number_ok' : 'failed:invalid_document_number',
    ]);
  });
});

describe('documentExpiry: valid while expiresOn ≥ today', () => {
  it.each([
    ['2026-11-22', 'passed:trace_kyc_document_valid'], // expires today: still valid
    ['2026-11-21', 'failed:document_expired'], // expired yesterday
    ['2026-11-23', 'passed:trace_kyc_document_valid'],
    [null, 'not_applicable:trace_kyc_document_no_expiry'],
  ] as const)('expiring %s, on 2026-11-22', (expiresOn, outcome) => {
    const req = request(
      {},
      { document: { type: 'resident_id_card', number: residentIdFor('1990-05-01'), expiresOn } },
    );
    expect(outcomesOf(documentExpiry, req)).toEqual([outcome]);
    const values = run(documentExpiry, req).result.outcomes[0]!.values;
    expect(values).toEqual(
      expiresOn === null ? { today: '2026-11-22' } : { expiresOn, today: '2026-11-22' },
    );
  });
});

describe('faceToFaceChannel: face-to-face classes only on face-to-face channels', () => {
  it.each([
    ['I', 'counter', 'passed:trace_kyc_channel_ok'],
    ['I', 'kiosk_assisted', 'passed:trace_kyc_channel_ok'],
    ['I', 'remote', 'failed:face_to_face_required'],
    ['II', 'remote', 'passed:trace_kyc_channel_ok'],
    ['III', 'remote', 'passed:trace_kyc_channel_ok'],
  ] as const)('Class %s through %s', (requestedClass, channel, outcome) => {
    expect(outcomesOf(faceToFaceChannel, request({ requestedClass, channel }))).toEqual([outcome]);
  });

  it('a class a bank opens at the counter only: the kiosk is one channel too far', () => {
    const counterOnly = {
      ...pboc,
      classes: pboc.classes.map((c) =>
        c.id === 'III' ? { ...c, opening: { ...c.opening, channels: ['counter' as const] } } : c,
      ),
    };
    const at = (channel: 'counter' | 'kiosk_assisted') =>
      outcomesOf(faceToFaceChannel, request({ requestedClass: 'III', channel }), counterOnly);
    expect(at('counter')).toEqual(['passed:trace_kyc_channel_ok']);
    expect(at('kiosk_assisted')).toEqual(['failed:opening_channel_not_allowed']);
  });
});

describe('verificationCount: at least minVerifications, the required ones among them', () => {
  it.each([
    // Class II: two, including the bound-account check.
    ['II', 'remote', ['id_network_check', 'bound_account_check'], 'passed', 0],
    ['II', 'remote', ['bound_account_check'], 'failed', 1], // one short
    ['II', 'remote', ['bound_account_check', 'bound_account_check'], 'failed', 1], // counted once
    ['II', 'remote', ['id_network_check', 'sms_code'], 'failed', 1], // two, without the required
    ['II', 'remote', ['face_to_face', 'bound_account_check'], 'failed', 1], // f2f claimed remotely
    ['II', 'counter', ['bound_account_check'], 'passed', 0], // the counter counts as one
    // Class III: one, the bound-account check.
    ['III', 'remote', ['bound_account_check'], 'passed', 0],
    ['III', 'remote', [], 'failed', 1],
  ] as const)('Class %s, %s, with %j: %s', (requestedClass, channel, verifications, kind, more) => {
    const r = run(verificationCount, request({ requestedClass, channel }, { verifications }));
    expect(r.result.outcomes.map((o) => o.outcome)).toEqual([kind]);
    if (kind === 'failed')
      expect(r.result.reasons[0]).toMatchObject({
        code: 'insufficient_verification',
        additionalNeeded: more,
      });
  });
});

describe('openingRequirements: everything the tier asks for, or a condition when not stated', () => {
  const intermediate = tiered.classes.find((c) => c.id === 'intermediate')!;
  const all = intermediate.opening.requirements;
  const req = (provided?: readonly string[]) =>
    request({ requestedClass: 'intermediate', existingAccounts: [] }, {
      verifications: ['id_network_check', 'face_recognition', 'sms_code'],
      ...(provided ? { provided } : {}),
    } as never);

  it('all provided passes; all but one fails naming it', () => {
    expect(outcomesOf(openingRequirements, req(all), tiered)).toEqual([
      'passed:trace_kyc_requirements_ok',
    ]);
    const withoutLast = all.filter((r) => r !== 'income_proof');
    const r = run(openingRequirements, req(withoutLast), tiered);
    expect(r.outcomes).toEqual(['failed:missing_opening_documents']);
    expect(r.result.reasons[0]).toMatchObject({ missing: ['income_proof'] });
  });

  it('the identity number counts as provided even when not listed', () => {
    const withoutId = all.filter((r) => r !== 'id_number');
    expect(outcomesOf(openingRequirements, req(withoutId), tiered)).toEqual([
      'passed:trace_kyc_requirements_ok',
    ]);
  });

  it('not stated: what is left is collected at opening', () => {
    const r = run(openingRequirements, req(), tiered);
    expect(r.outcomes).toEqual(['passed:trace_kyc_requirements_to_collect']);
    expect(r.conditions).toEqual(['collect_opening_documents']);
  });

  it('a class asking for nothing: not applicable', () => {
    expect(outcomesOf(openingRequirements, request())).toEqual([
      'not_applicable:trace_kyc_requirements_none',
    ]);
  });
});

describe('accountsPerBank: fewer than maxPerPersonPerBank held (closed and other currencies not counted)', () => {
  const held = (n: number, extra: Record<string, string> = {}) =>
    Array.from({ length: n }, () => ({ class: 'II', ...extra }));
  it.each([
    [0, [], 'passed'],
    [4, held(4), 'passed'], // one under the cap of 5
    [5, held(5), 'failed'], // at the cap
    [6, held(6), 'failed'],
    [4, [...held(4), { class: 'II', status: 'closed' }], 'passed'], // the fifth is closed
    [4, [...held(4), { class: 'II', currency: 'USD' }], 'passed'], // the fifth is in USD
  ] as const)('Class II, %i counted', (count, existingAccounts, kind) => {
    const r = run(accountsPerBank, request({ existingAccounts: existingAccounts as never }));
    expect(r.result.outcomes.map((o) => o.outcome)).toEqual([kind]);
    expect(r.result.outcomes[0]!.values).toMatchObject({ held: count, max: 5 });
  });

  it('Class I: none held passes, one held is the cap', () => {
    const on = (existingAccounts: OpeningRequest['existingAccounts']) =>
      outcomesOf(
        accountsPerBank,
        request({ requestedClass: 'I', channel: 'counter', existingAccounts }),
      );
    expect(on([])).toEqual(['passed:trace_kyc_accounts_within']);
    expect(on([{ class: 'I' }])).toEqual(['failed:class_limit_reached']);
  });

  it('no cap: not applicable however many are held', () => {
    const r = request({
      requestedClass: 'basic',
      existingAccounts: Array.from({ length: 100 }, () => ({ class: 'basic' })),
    });
    const outcome = run(accountsPerBank, r, tiered).result.outcomes[0]!;
    expect(`${outcome.outcome}:${outcome.code}`).toBe('not_applicable:trace_kyc_accounts_no_cap');
    // No cap: `max` is left out of the values, not given as undefined.
    expect(Object.keys(outcome.values).sort()).toEqual(['class', 'currency', 'held']);
  });
});

describe('foreignCurrency: a foreign-currency account needs one CNY Class I held', () => {
  it.each([
    [[{ class: 'I' }], 'passed:trace_kyc_foreign_currency_ok'], // exactly one
    [[], 'failed:foreign_currency_prerequisite'],
    [[{ class: 'I', status: 'closed' }], 'failed:foreign_currency_prerequisite'],
    [[{ class: 'I', currency: 'USD' }], 'failed:foreign_currency_prerequisite'],
    [[{ class: 'II' }], 'failed:foreign_currency_prerequisite'],
  ] as const)('a USD Class II with %j held', (existingAccounts, outcome) => {
    const r = request({ currency: 'USD', existingAccounts: existingAccounts as never });
    expect(outcomesOf(foreignCurrency, r)).toEqual([outcome]);
  });

  it('a CNY account: not applicable', () => {
    expect(outcomesOf(foreignCurrency, request({ existingAccounts: [] }))).toEqual([
      'not_applicable:trace_kyc_foreign_currency_none',
    ]);
  });
});

describe('phoneInOwnName: refuses only a phone stated to be in someone else’s name', () => {
  it.each([
    [true, 'passed:trace_kyc_phone_ok'],
    [false, 'failed:phone_not_in_own_name'],
    [undefined, 'not_applicable:trace_kyc_phone_not_stated'],
  ] as const)('phoneInOwnName %s', (stated, outcome) => {
    const applicant = stated === undefined ? {} : { phoneInOwnName: stated };
    expect(outcomesOf(phoneInOwnName, request({}, applicant))).toEqual([outcome]);
  });

  it('where the preset does not require it, not applicable even when false', () => {
    const relaxed = {
      ...pboc,
      kyc: { ...pboc.kyc, phoneInOwnName: { ...pboc.kyc.phoneInOwnName, required: false } },
    };
    expect(outcomesOf(phoneInOwnName, request({}, { phoneInOwnName: false }), relaxed)).toEqual([
      'not_applicable:trace_kyc_phone_not_required',
    ]);
  });
});

describe('taxResidencyDeclaration: foreigners and foreign-currency accounts sign one', () => {
  const foreigner = {
    residency: 'foreign',
    document: { type: 'passport', number: 'E12345678', expiresOn: null },
  } as const;
  it.each([
    ['a mainland resident, CNY', {}, {}, 'not_applicable:trace_kyc_tax_not_needed', []],
    [
      'a foreigner',
      {},
      foreigner,
      'passed:trace_kyc_tax_to_sign',
      ['sign_tax_residency_declaration'],
    ],
    [
      'a foreigner who signed',
      {},
      { ...foreigner, taxResidencyDeclared: true },
      'passed:trace_kyc_tax_declared',
      [],
    ],
    [
      'a mainland resident, USD',
      { currency: 'USD' },
      {},
      'passed:trace_kyc_tax_to_sign',
      ['sign_tax_residency_declaration'],
    ],
  ] as const)('%s', (_, overrides, applicant, outcome, conditions) => {
    const r = run(taxResidencyDeclaration, request(overrides, applicant as never));
    expect(r.outcomes).toEqual([outcome]);
    expect(r.conditions).toEqual(conditions);
  });
});
