import { describe, expect, it } from 'vitest';
import { KYC_MESSAGES } from '../../messages/catalog/kyc';
import { derivePreset } from '../../presets/derivePreset';
import { getPreset } from '../../presets/registry';
import { HUGE_SURROGATES, HUGE_TEXT, expectShort, typedError } from '../internal/hostile.testkit';
import { checkOpeningEligibility, safeCheckOpeningEligibility } from './checkOpeningEligibility';
import { restrictionsInForce } from './restrictionsInForce';
import type { EligibilityDecision, OpeningRequest } from './types';
import { residentIdFor } from './eligibility.testkit';

/** An eligible Class II remote application (the CLI example with a matching birth date). */
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
      guardianPresent: false,
      ...applicant,
    },
  };
}

const codes = (d: EligibilityDecision) => d.reasons.map((r) => r.code);
const tiered = getPreset('tiered-generic');

describe('checkOpeningEligibility: address codes and legacy numbers', () => {
  it('refuses 000000199001010026, whose check character is right, for its region', () => {
    const d = checkOpeningEligibility(
      request({}, {
        birthDate: '1990-01-01',
        document: {
          type: 'resident_id_card',
          number: '000000199001010026',
          expiresOn: '2036-01-01',
        },
      } as never),
    );
    expect(d.eligible).toBe(false);
    const reason = d.reasons.find((r) => r.code === 'invalid_document_number');
    expect(reason && 'problems' in reason && reason.problems?.map((p) => p.code)).toEqual([
      'id_unknown_region',
    ]);
  });

  it('refuses a first-generation 15-digit number, saying so', () => {
    const d = checkOpeningEligibility(
      request({}, {
        birthDate: '1949-12-31',
        document: { type: 'resident_id_card', number: '110105491231002', expiresOn: '2036-01-01' },
      } as never),
    );
    const reason = d.reasons.find((r) => r.code === 'invalid_document_number');
    expect(reason?.message).toContain('15-digit');
  });
});

describe('checkOpeningEligibility — the CLI example', () => {
  it('is eligible with a number matching the birth date', () => {
    expect(checkOpeningEligibility(request())).toEqual({
      eligible: true,
      reasons: [],
      conditions: [],
    });
  });

  const example = () =>
    request(
      {},
      {
        document: {
          type: 'resident_id_card',
          number: '11010519491231002X',
          expiresOn: '2036-01-01',
        },
      },
    );

  it('accepts the literal CLI.md example on condition that staff verify the birth date (1949-12-31 in the number, 1990-05-01 declared)', () => {
    const d = checkOpeningEligibility(example());
    expect(d.eligible).toBe(true);
    expect(codes(d)).toEqual([]);
    expect(d.conditions).toContainEqual(
      expect.objectContaining({
        code: 'verify_birth_date',
        documentBirthDate: '1949-12-31',
        declaredBirthDate: '1990-05-01',
        rule: 'kyc.documents.birthDateMismatch',
      }),
    );
  });

  it("refuses it under a preset whose birthDateMismatch is 'refuse'", () => {
    const strict = derivePreset(getPreset(), {
      id: 'strict-bank',
      kyc: { documents: { birthDateMismatch: 'refuse' } },
    });
    const d = checkOpeningEligibility(example(), { preset: strict });
    expect(codes(d)).toEqual(['invalid_document_number']);
    expect(d.reasons[0]).toMatchObject({
      problems: [
        {
          code: 'id_birth_date_mismatch',
          source: 'GB 11643-1999',
          sourceKey: 'gb-11643-1999',
          birthDate: '1949-12-31',
          declaredBirthDate: '1990-05-01',
        },
      ],
      fix: { code: 'correct_document_number' },
    });
  });
});

describe('age: sixteen today vs tomorrow', () => {
  const at = (birthDate: string, extra: Partial<OpeningRequest['applicant']> = {}) =>
    checkOpeningEligibility(
      request(
        { requestedClass: 'I', channel: 'counter', existingAccounts: [] },
        { birthDate, ...extra },
      ),
    );

  it('a person turning 16 today opens alone', () => {
    expect(at('2010-11-22').eligible).toBe(true);
  });

  it('a person turning 16 tomorrow needs a guardian', () => {
    const d = at('2010-11-23');
    expect(codes(d)).toEqual(['under_minimum_age']);
    expect(d.reasons[0]).toMatchObject({
      age: 15,
      minimumAge: 16,
      source: '《银行个人账户培训》 (bank training course)',
      sourceKey: 'bank-training-course',
      rule: 'kyc.age.minimumAge',
      fix: { code: 'come_with_guardian', channels: ['counter', 'kiosk_assisted'] },
    });
    expect(d.reasons[0]!.message).toBe(
      'The applicant is 15; from 16 a person opens alone, younger only with a legal guardian present.',
    );
  });

  it('born on 29 February 2008: 15 on 2024-02-28… and 16 on 2024-02-29', () => {
    const on = (today: string) =>
      checkOpeningEligibility(
        request(
          { requestedClass: 'I', channel: 'counter', existingAccounts: [], today },
          { birthDate: '2008-02-29' },
        ),
      );
    expect(codes(on('2024-02-28'))).toEqual(['under_minimum_age']);
    expect(on('2024-02-29').eligible).toBe(true);
  });

  it('a minor with a guardian present at the counter is eligible, with proof of guardianship as a condition', () => {
    const d = at('2015-01-01', { guardianPresent: true });
    expect(d.eligible).toBe(true);
    expect(d.conditions.map((c) => c.code)).toEqual(['bring_proof_of_guardianship']);
  });

  it('a guardian cannot be "present" on a remote channel', () => {
    const d = checkOpeningEligibility(
      request({ requestedClass: 'III' }, { birthDate: '2015-01-01', guardianPresent: true }),
    );
    expect(codes(d)).toEqual(['guardian_not_in_person']);
    expect(d.reasons[0]).toMatchObject({
      channel: 'remote',
      channels: ['counter', 'kiosk_assisted'],
    });
  });
});

describe('document validity: expiring today vs yesterday', () => {
  const withExpiry = (expiresOn: string | null | undefined) =>
    checkOpeningEligibility(
      request(
        {},
        { document: { type: 'resident_id_card', number: residentIdFor('1990-05-01'), expiresOn } },
      ),
    );

  it('a document expiring today is still valid', () => {
    expect(withExpiry('2026-11-22').eligible).toBe(true);
  });

  it('a document that expired yesterday is refused', () => {
    const d = withExpiry('2026-11-21');
    expect(codes(d)).toEqual(['document_expired']);
    expect(d.reasons[0]).toMatchObject({
      expiresOn: '2026-11-21',
      today: '2026-11-22',
      fix: { code: 'renew_document' },
    });
  });

  it('a document without expiry (long-term card) is valid', () => {
    expect(withExpiry(null).eligible).toBe(true);
    expect(withExpiry(undefined).eligible).toBe(true);
  });
});

describe('accounts held: the second Class I', () => {
  const classI = (existingAccounts: OpeningRequest['existingAccounts']) =>
    checkOpeningEligibility(request({ requestedClass: 'I', channel: 'counter', existingAccounts }));

  it('the first Class I is allowed', () => {
    expect(classI([]).eligible).toBe(true);
    expect(classI([{ class: 'II' }, { class: 'III' }]).eligible).toBe(true);
  });

  it('a second Class I at the same bank is refused, pointing to Class II and III', () => {
    const d = classI([{ class: 'I' }]);
    expect(codes(d)).toEqual(['class_limit_reached']);
    expect(d.reasons[0]).toMatchObject({
      class: 'I',
      currency: 'CNY',
      held: 1,
      max: 1,
      source: '银发〔2016〕261号',
      sourceKey: 'pboc-2016-261',
      fix: { code: 'choose_another_class', classes: ['II', 'III'] },
    });
  });

  it('a closed Class I does not count', () => {
    expect(classI([{ class: 'I', status: 'closed' }]).eligible).toBe(true);
    expect(codes(classI([{ class: 'I', status: 'dormant' }]))).toEqual(['class_limit_reached']);
  });

  it('Class II: the fifth is allowed, the sixth is not', () => {
    const four = Array.from({ length: 4 }, () => ({ class: 'II' }));
    expect(checkOpeningEligibility(request({ existingAccounts: four })).eligible).toBe(true);
    const d = checkOpeningEligibility(request({ existingAccounts: [...four, { class: 'II' }] }));
    expect(codes(d)).toEqual(['class_limit_reached']);
    expect(d.reasons[0]).toMatchObject({ held: 5, max: 5 });
  });

  it('with every class full, the fix is to use an account already held', () => {
    const full = [
      { class: 'I' },
      ...Array.from({ length: 5 }, () => ({ class: 'II' })),
      ...Array.from({ length: 5 }, () => ({ class: 'III' })),
    ];
    const d = checkOpeningEligibility(request({ requestedClass: 'III', existingAccounts: full }));
    expect(d.reasons[0]!.fix?.code).toBe('use_existing_account');
  });
});

describe('channel and verifications', () => {
  it('a Class I cannot be opened remotely; the fix is a face-to-face channel', () => {
    const d = checkOpeningEligibility(request({ requestedClass: 'I', existingAccounts: [] }));
    expect(codes(d)).toEqual(['face_to_face_required']);
    expect(d.reasons[0]).toMatchObject({
      fix: { code: 'open_face_to_face', channels: ['counter', 'kiosk_assisted'] },
    });
  });

  it('a Class I at a staffed kiosk counts as face to face', () => {
    const d = checkOpeningEligibility(
      request(
        { requestedClass: 'I', channel: 'kiosk_assisted', existingAccounts: [] },
        { verifications: [] },
      ),
    );
    expect(d.eligible).toBe(true);
  });

  it('a face_to_face verification claimed remotely does not count', () => {
    const d = checkOpeningEligibility(
      request({}, { verifications: ['face_to_face', 'bound_account_check'] }),
    );
    expect(codes(d)).toEqual(['insufficient_verification']);
    expect(d.reasons[0]).toMatchObject({
      done: ['bound_account_check'],
      missing: [],
      additionalNeeded: 1,
    });
  });

  it('Class II needs two methods including the bound-account check', () => {
    const one = checkOpeningEligibility(request({}, { verifications: ['bound_account_check'] }));
    expect(one.reasons[0]).toMatchObject({
      code: 'insufficient_verification',
      minimum: 2,
      missing: [],
      additionalNeeded: 1,
      fix: { code: 'add_verifications', additionalCount: 1 },
    });
    const noBound = checkOpeningEligibility(
      request({}, { verifications: ['id_network_check', 'face_recognition'] }),
    );
    expect(noBound.reasons[0]).toMatchObject({
      code: 'insufficient_verification',
      missing: ['bound_account_check'],
      additionalNeeded: 1,
      fix: { code: 'add_verifications', verifications: ['bound_account_check'] },
    });
    expect(noBound.reasons[0]!.fix!.message).toBe('Also complete: bound-account check.');
    const none = checkOpeningEligibility(request({}, { verifications: [] }));
    expect(none.reasons[0]!.fix!.message).toMatch(
      /^Also complete: bound-account check and 1 more of: ID network check, face recognition, SMS code, digital certificate\.$/,
    );
  });

  it('duplicate verifications count once', () => {
    const d = checkOpeningEligibility(
      request({}, { verifications: ['bound_account_check', 'bound_account_check'] }),
    );
    expect(codes(d)).toEqual(['insufficient_verification']);
  });

  it('Class III needs one method, the bound-account check', () => {
    expect(
      checkOpeningEligibility(
        request({ requestedClass: 'III' }, { verifications: ['bound_account_check'] }),
      ).eligible,
    ).toBe(true);
    expect(
      codes(
        checkOpeningEligibility(
          request({ requestedClass: 'III' }, { verifications: ['sms_code'] }),
        ),
      ),
    ).toEqual(['insufficient_verification']);
  });

  it('at the counter, Class II still needs the bound-account check', () => {
    const d = checkOpeningEligibility(
      request({ channel: 'counter' }, { verifications: ['id_network_check'] }),
    );
    expect(d.reasons[0]).toMatchObject({
      code: 'insufficient_verification',
      missing: ['bound_account_check'],
    });
  });
});

describe('documents by residency', () => {
  it('infers the residency from the document', () => {
    const passport = checkOpeningEligibility(
      request({}, { document: { type: 'passport', number: 'E12345678', expiresOn: '2030-01-01' } }),
    );
    expect(passport.eligible).toBe(true);
    expect(passport.conditions.map((c) => c.code)).toEqual(['sign_tax_residency_declaration']);
  });

  it('refuses a passport from a declared mainland resident', () => {
    const d = checkOpeningEligibility(
      request({}, { residency: 'mainland', document: { type: 'passport', number: 'E12345678' } }),
    );
    expect(codes(d)).toEqual(['document_not_accepted']);
    expect(d.reasons[0]).toMatchObject({
      residency: 'mainland',
      accepted: ['resident_id_card'],
      fix: { code: 'present_accepted_document', accepted: ['resident_id_card'] },
    });
  });

  it('refuses a document type a derived preset no longer accepts anywhere', () => {
    const noPassports = derivePreset(getPreset(), {
      id: 'no-passports',
      kyc: { documents: { accepted: { foreign: ['foreign_permanent_residence'] } } },
    } as never);
    const d = checkOpeningEligibility(
      request({}, { document: { type: 'passport', number: 'E12345678' } }),
      { preset: noPassports },
    );
    expect(d.reasons[0]).toMatchObject({ code: 'document_not_accepted', residency: null });
  });

  it('checks other document numbers for shape only', () => {
    const d = checkOpeningEligibility(
      request({}, { document: { type: 'passport', number: 'e1234' } }),
    );
    expect(codes(d)).toEqual(['invalid_document_number']);
    expect(d.reasons[0]).toMatchObject({ problems: [{ code: 'document_number_shape' }] });
  });

  it('a foreigner who has signed the tax declaration has no condition left', () => {
    const d = checkOpeningEligibility(
      request(
        {},
        { document: { type: 'passport', number: 'E12345678' }, taxResidencyDeclared: true },
      ),
    );
    expect(d).toEqual({ eligible: true, reasons: [], conditions: [] });
  });

  it('lists every ID-number problem at once', () => {
    const d = checkOpeningEligibility(
      request({}, { document: { type: 'resident_id_card', number: '11010519491231001x' } }),
    );
    expect(d.reasons[0]).toMatchObject({
      code: 'invalid_document_number',
      problems: [{ code: 'id_lowercase_x' }, { code: 'id_checksum_mismatch' }],
    });
    expect(d.conditions.map((c) => c.code)).toContain('verify_birth_date');
  });
});

describe('foreign-currency accounts', () => {
  it('a USD account needs a CNY Class I first', () => {
    const d = checkOpeningEligibility(
      request({ requestedClass: 'I', channel: 'counter', currency: 'USD', existingAccounts: [] }),
    );
    expect(codes(d)).toEqual(['foreign_currency_prerequisite']);
    expect(d.reasons[0]).toMatchObject({
      currency: 'USD',
      requiredClass: 'I',
      requiredCurrency: 'CNY',
      fix: { code: 'open_required_class_first', requiredClass: 'I' },
    });
    expect(d.conditions.map((c) => c.code)).toEqual(['sign_tax_residency_declaration']);
  });

  it('with a CNY Class I, a USD Class I is allowed (counted per currency)', () => {
    const d = checkOpeningEligibility(
      request({
        requestedClass: 'I',
        channel: 'counter',
        currency: 'USD',
        existingAccounts: [{ class: 'I' }],
      }),
    );
    expect(d.eligible).toBe(true);
    const second = checkOpeningEligibility(
      request({
        requestedClass: 'I',
        channel: 'counter',
        currency: 'USD',
        existingAccounts: [{ class: 'I' }, { class: 'I', currency: 'USD' }],
      }),
    );
    expect(codes(second)).toEqual(['class_limit_reached']);
  });

  it('a closed CNY Class I does not satisfy the prerequisite', () => {
    const d = checkOpeningEligibility(
      request({ currency: 'EUR', existingAccounts: [{ class: 'I', status: 'closed' }] }),
    );
    expect(codes(d)).toEqual(['foreign_currency_prerequisite']);
  });
});

describe('restrictions on the person (account selling)', () => {
  const restricted = (from: string, until?: string) =>
    checkOpeningEligibility(
      request(
        {},
        { restrictions: [{ id: 'r1', kind: 'no_non_counter', from, ...(until ? { until } : {}) }] },
      ),
    );

  it('refuses while a restriction is in force, and says from when to apply again', () => {
    const d = restricted('2024-03-01T00:00:00+08:00', '2029-03-01T00:00:00+08:00');
    expect(codes(d)).toEqual(['opening_restricted']);
    expect(d.reasons[0]).toMatchObject({
      restrictionId: 'r1',
      restrictionKind: 'no_non_counter',
      from: '2024-03-01T00:00:00+08:00',
      until: '2029-03-01T00:00:00+08:00',
      source: '银发〔2019〕85号',
      sourceKey: 'pboc-2019-85',
      fix: { code: 'wait_for_restriction_end', eligibleFrom: '2029-03-01' },
    });
  });

  it('a restriction ending at midnight starting today no longer applies today', () => {
    expect(restricted('2021-11-22T00:00:00+08:00', '2026-11-22T00:00:00+08:00').eligible).toBe(
      true,
    );
    const endsToday = restricted('2021-11-22T00:00:00+08:00', '2026-11-22T09:00:00+08:00');
    expect(codes(endsToday)).toEqual(['opening_restricted']);
    expect(endsToday.reasons[0]!.fix).toMatchObject({ eligibleFrom: '2026-11-23' });
  });

  it('a restriction starting later today applies; one starting tomorrow does not', () => {
    expect(restricted('2026-11-22T23:59:59+08:00').eligible).toBe(false);
    expect(restricted('2026-11-23T00:00:00+08:00').eligible).toBe(true);
  });

  it('without an end, the fix is to have it lifted', () => {
    expect(restricted('2025-01-01T00:00:00Z').reasons[0]!.fix?.code).toBe(
      'restriction_must_be_lifted',
    );
  });

  it('a restriction from the lifecycle area (with its id) is accepted as is', () => {
    const d = checkOpeningEligibility(
      request(
        {},
        {
          restrictions: [
            {
              id: 'x',
              kind: 'receive_only',
              from: '2026-01-01T00:00:00Z',
              reason: 'account_selling',
            },
          ],
        },
      ),
    );
    expect(d.eligible).toBe(false);
  });
});

describe('tiered-generic: documents a tier asks for', () => {
  const tier = (requestedClass: string, applicant: Partial<OpeningRequest['applicant']>) =>
    checkOpeningEligibility(request({ requestedClass, existingAccounts: [] }, applicant), {
      preset: tiered,
    });

  it('without a list of what was provided, what the tier asks for becomes a condition', () => {
    const d = tier('basic', { verifications: ['id_network_check'] });
    expect(d.eligible).toBe(true);
    expect(d.conditions).toMatchObject([
      { code: 'collect_opening_documents', requirements: ['name', 'contact'] },
    ]);
  });

  it('with the list, anything missing is a reason', () => {
    const d = tier('intermediate', {
      verifications: ['id_network_check', 'face_recognition', 'sms_code'],
      provided: ['name', 'contact', 'address_proof'],
    });
    expect(codes(d)).toEqual(['missing_opening_documents']);
    expect(d.reasons[0]).toMatchObject({
      missing: ['income_proof'],
      fix: { code: 'provide_documents' },
    });
  });

  it('the advanced tier needs a face-to-face channel', () => {
    const d = tier('advanced', { verifications: ['id_network_check', 'face_recognition'] });
    expect(codes(d)).toContain('face_to_face_required');
  });
});

describe('every reason at once, in both languages', () => {
  const bad: OpeningRequest = {
    requestedClass: 'I',
    today: '2026-11-22',
    channel: 'remote',
    currency: 'USD',
    applicant: {
      birthDate: '2012-01-01',
      residency: 'mainland',
      document: { type: 'passport', number: 'x', expiresOn: '2026-11-21' },
      verifications: [],
      phoneInOwnName: false,
      restrictions: [
        {
          kind: 'receive_only',
          from: '2025-01-01T00:00:00+08:00',
          until: '2030-01-01T00:00:00+08:00',
        },
      ],
    },
    existingAccounts: [{ class: 'I', currency: 'USD' }],
  };

  it('lists them all', () => {
    expect(codes(checkOpeningEligibility(bad))).toEqual([
      'opening_restricted',
      'under_minimum_age',
      'document_not_accepted',
      'invalid_document_number',
      'document_expired',
      'face_to_face_required',
      'class_limit_reached',
      'foreign_currency_prerequisite',
      'phone_not_in_own_name',
    ]);
  });

  it.each(['en', 'zh-CN'] as const)(
    'every message in %s is filled, every code in the catalog',
    (lang) => {
      const d = checkOpeningEligibility(bad, { lang });
      for (const r of [...d.reasons, ...d.conditions]) {
        expect(Object.hasOwn(KYC_MESSAGES, r.code), r.code).toBe(true);
        expect(r.message, r.code).not.toMatch(/\{[A-Za-z]+\}/);
        if ('fix' in r && r.fix) {
          expect(Object.hasOwn(KYC_MESSAGES, r.fix.code), r.fix.code).toBe(true);
          expect(r.fix.message).not.toMatch(/\{[A-Za-z]+\}/);
        }
      }
      if (lang === 'zh-CN')
        expect(d.reasons[1]!.message).toBe(
          '申请人14周岁；年满16周岁方可独立开户，未满须由法定监护人陪同。',
        );
    },
  );

  it('is plain JSON (survives a round trip unchanged)', () => {
    const d = checkOpeningEligibility(bad);
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });
});

describe('malformed input throws naming the path; the safe twin returns it', () => {
  it.each([
    [{ requestedClass: 'IV' }, ['requestedClass']],
    [{ today: '2026-02-30' }, ['today']],
    [{ channel: 'atm' }, ['channel']],
    [{ currency: 'XYZ' }, ['currency']],
    [{ existingAccounts: [{ class: 'basic' }] }, ['existingAccounts', 0, 'class']],
  ] as const)('%j', (overrides, path) => {
    const r = safeCheckOpeningEligibility(request(overrides as Partial<OpeningRequest>));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues[0]!.path).toEqual(path);
  });

  it('a birth date after today is invalid input, not a reason', () => {
    const r = safeCheckOpeningEligibility(
      request({}, { birthDate: '2026-11-23', document: { type: 'passport', number: 'E1234567' } }),
    );
    expect(!r.ok && r.error.issues[0]!.path).toEqual(['applicant', 'birthDate']);
  });

  it('an unknown verification and a restriction ending before it starts', () => {
    expect(() =>
      checkOpeningEligibility(request({}, { verifications: ['retina' as never] })),
    ).toThrow(/applicant\.verifications\.0/);
    expect(() =>
      checkOpeningEligibility(
        request(
          {},
          {
            restrictions: [
              { kind: 'receive_only', from: '2026-01-02T00:00:00Z', until: '2026-01-01T00:00:00Z' },
            ],
          },
        ),
      ),
    ).toThrow(/until/);
  });

  it('accepts LocalDate objects as well as text', () => {
    const d = checkOpeningEligibility(
      request({ today: { year: 2026, month: 11, day: 22 } }, { birthDate: '1990-05-01' }),
    );
    expect(d.eligible).toBe(true);
  });
});

describe('checkOpeningEligibility — hostile input (issue 6)', () => {
  const check = (r: unknown, options?: unknown) =>
    checkOpeningEligibility(r as OpeningRequest, options as never);

  it('a bigint anywhere is invalid input naming its path, not a TypeError', () => {
    const big = typedError(
      () => check(request({ requestedClass: 10n as never })),
      'invalid_input',
      ['requestedClass'],
    );
    expect(big.message).toContain('got 10n');
    typedError(() => check(request({ channel: 10n as never })), 'invalid_input', ['channel']);
    typedError(() => check(request({ currency: 10n as never })), 'invalid_input', ['currency']);
    typedError(() => check(request({ today: 10n as never })), 'invalid_date', ['today']);
    typedError(() => check(request({}, { verifications: [10n as never] })), 'invalid_input', [
      'applicant',
      'verifications',
      0,
    ]);
    typedError(
      () => check(request({}, { document: { type: 'passport', number: 10n as never } })),
      'invalid_input',
      ['applicant', 'document', 'number'],
    );
    typedError(() => check(request({}, { guardianPresent: 10n as never })), 'invalid_input', [
      'applicant',
      'guardianPresent',
    ]);
    typedError(
      () => check(request({ existingAccounts: [{ class: 10n as never }] })),
      'invalid_input',
      ['existingAccounts', 0, 'class'],
    );
    typedError(
      () =>
        check(
          request(
            {},
            {
              restrictions: [
                { kind: 'receive_only', from: '2026-01-01T00:00:00Z', id: 10n as never },
              ],
            },
          ),
        ),
      'invalid_input',
      ['applicant', 'restrictions', 0, 'id'],
    );
  });

  it('a 512 K lone-surrogate value is invalid input, named and not echoed whole', () => {
    for (const [overrides, path] of [
      [{ requestedClass: HUGE_SURROGATES }, ['requestedClass']],
      [{ channel: HUGE_SURROGATES }, ['channel']],
      [{ currency: HUGE_SURROGATES }, ['currency']],
      [
        { existingAccounts: [{ class: 'I', status: HUGE_SURROGATES }] },
        ['existingAccounts', 0, 'status'],
      ],
    ] as const) {
      const e = typedError(() => check(request(overrides as never)), 'invalid_input', path);
      expect(e.message).toContain(`(${HUGE_SURROGATES.length} characters)`);
      expectShort(e);
    }
    expectShort(
      typedError(
        () => check(request({}, { residency: HUGE_SURROGATES as never })),
        'invalid_input',
        ['applicant', 'residency'],
      ),
    );
    const passport = { type: 'passport', number: 'E1234567' } as const;
    expectShort(
      typedError(
        () =>
          check({
            ...request(),
            applicant: { ...request().applicant, birthDate: HUGE_SURROGATES, document: passport },
          }),
        'invalid_date',
        ['applicant', 'birthDate'],
      ),
    );
  });

  it('a megabyte document number is refused before it is parsed', () => {
    const e = typedError(
      () => check(request({}, { document: { type: 'resident_id_card', number: HUGE_TEXT } })),
      'invalid_input',
      ['applicant', 'document', 'number'],
    );
    expect(e.message).toContain('at most 40 characters');
    expectShort(e);
    // A number of a wrong length within the cap stays a reason of the decision.
    const d = check(request({}, { document: { type: 'resident_id_card', number: '1234' } }));
    expect(codes(d as EligibilityDecision)).toContain('invalid_document_number');
  });

  it('no request, a null request or a list is invalid input at the root', () => {
    for (const r of [undefined, null, [], 'II', 10n])
      typedError(() => check(r), 'invalid_input', []);
    typedError(() => check({ ...request(), applicant: null }), 'invalid_input', ['applicant']);
    typedError(() => check(request({}, { document: [] as never })), 'invalid_input', [
      'applicant',
      'document',
    ]);
  });

  it('more than 100 accounts held is invalid input', () => {
    typedError(
      () => check(request({ existingAccounts: Array(101).fill({ class: 'I' }) })),
      'invalid_input',
      ['existingAccounts'],
    );
  });

  it('bad options are typed errors before the request is read', () => {
    typedError(() => check(request(), 'zh-CN'), 'invalid_input', ['options']);
    typedError(() => check(request(), { lang: 10n }), 'invalid_input', ['options', 'lang']);
    typedError(() => check(undefined, { preset: 'tiered-generic' }), 'invalid_preset', [
      'options',
      'preset',
    ]);
  });

  it('keys such as __proto__ in the input pollute nothing: an unknown field, refused at its path', () => {
    const hostile = JSON.parse(
      JSON.stringify(request()).replace('{', '{"__proto__":{"polluted":"yes"},'),
    ) as unknown;
    typedError(() => check(hostile), 'invalid_input', ['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('restrictionsInForce — hostile input (issue 6)', () => {
  const TODAY = { year: 2026, month: 11, day: 22 };
  const inForce = (
    restrictions: unknown,
    today: unknown = TODAY,
    zone: unknown = 'Asia/Shanghai',
  ) => restrictionsInForce(restrictions as never, today as never, zone as never);

  it('restrictions that are not a list of objects, a bad day or zone are typed errors', () => {
    typedError(() => inForce(null), 'invalid_input', ['applicant', 'restrictions']);
    typedError(() => inForce([null]), 'invalid_input', ['applicant', 'restrictions', 0]);
    typedError(() => inForce([], 10n), 'invalid_date', ['today']);
    expectShort(
      typedError(() => inForce([], TODAY, HUGE_SURROGATES), 'invalid_time_zone', ['timeZone']),
    );
    expect(inForce([{ kind: 'no_non_counter', from: '2025-01-01T00:00:00+08:00' }])).toHaveLength(
      1,
    );
  });
});
