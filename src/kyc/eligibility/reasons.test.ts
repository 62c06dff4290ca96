/**
 * Every opening-eligibility reason and condition as a whole: its code, each structured field, its
 * rule path, its cited source, its fix, and its message in both languages. Expected values come
 * from RULES.md §1 and §4, the shipped PBOC presets and the KYC message catalog.
 */
import { describe, expect, it } from 'vitest';
import { derivePreset } from '../../presets/derivePreset';
import { getPreset } from '../../presets/registry';
import type { Preset } from '../../presets/types/preset';
import { typedError } from '../internal/hostile.testkit';
import { checkOpeningEligibility, safeCheckOpeningEligibility } from './checkOpeningEligibility';
import type { OpeningRequest } from './types';
import { residentIdFor } from './eligibility.testkit';

const LANGS = ['en', 'zh-CN'] as const;
type Lang = (typeof LANGS)[number];

/** An eligible Class II remote application, with overrides. */
function request(
  overrides: Partial<OpeningRequest> = {},
  applicant: Partial<OpeningRequest['applicant']> = {},
): OpeningRequest {
  return {
    requestedClass: 'II',
    today: '2026-11-22',
    channel: 'remote',
    existingAccounts: [{ class: 'I' }],
    ...overrides,
    applicant: {
      birthDate: '1990-05-01',
      document: {
        type: 'resident_id_card',
        number: residentIdFor('1990-05-01'),
        expiresOn: '2036-01-01',
      },
      verifications: ['id_network_check', 'bound_account_check'],
      ...applicant,
    },
  };
}

const decide = (r: OpeningRequest, lang: Lang, preset?: Preset) =>
  checkOpeningEligibility(r, preset ? { preset, lang } : { lang });

/** The two texts of a message, picked by language. */
const text = (lang: Lang, en: string, zh: string) => (lang === 'en' ? en : zh);

const F2F_CHANNELS = ['counter', 'kiosk_assisted'];
const F2F_CHANNELS_TEXT = (lang: Lang) =>
  text(lang, 'counter or kiosk with staff', '柜面或有工作人员协助的自助设备');

describe('the identity numbers used by these examples', () => {
  it('carry the ISO 7064 MOD 11-2 check character worked out by hand', () => {
    // Map 10X98765432: 1990-05-01 has weighted sum 160 ≡ 6 → '6'; 2015-01-01 has 84 ≡ 7 → '5'.
    expect(residentIdFor('1990-05-01')).toBe('110105199005010026');
    expect(residentIdFor('2015-01-01')).toBe('110105201501010025');
    expect(decide(request(), 'en')).toStrictEqual({ eligible: true, reasons: [], conditions: [] });
  });
});

describe.each(LANGS)('every reason in full (%s)', (lang) => {
  it('opening_restricted without an end or an id: "until it is lifted", fix: have it lifted', () => {
    const d = decide(
      request({}, { restrictions: [{ kind: 'receive_only', from: '2025-01-01T00:00:00Z' }] }),
      lang,
    );
    expect(d).toStrictEqual({
      eligible: false,
      reasons: [
        {
          code: 'opening_restricted',
          message: text(
            lang,
            'The applicant is under a restriction (receive only) in force from 2025-01-01T08:00:00+08:00 until it is lifted: no new account may be opened.',
            '申请人处于限制期（只收不付），自2025-01-01T08:00:00+08:00至解除：不得新开账户。',
          ),
          restrictionKind: 'receive_only',
          from: '2025-01-01T08:00:00+08:00',
          source: '银发〔2019〕85号',
          sourceKey: 'pboc-2019-85',
          rule: 'kyc.openingRestrictions.blockingKinds',
          fix: {
            code: 'restriction_must_be_lifted',
            message: text(lang, 'The restriction must be lifted first.', '须先解除限制。'),
          },
        },
      ],
      conditions: [],
    });
  });

  it('opening_restricted with an end and an id: the end, and the first day to apply again', () => {
    const d = decide(
      request(
        {},
        {
          restrictions: [
            {
              id: 'r1',
              kind: 'no_non_counter',
              from: '2024-03-01T00:00:00+08:00',
              until: '2029-03-01T00:00:00+08:00',
            },
          ],
        },
      ),
      lang,
    );
    expect(d.reasons).toStrictEqual([
      {
        code: 'opening_restricted',
        message: text(
          lang,
          'The applicant is under a restriction (no non-counter business) in force from 2024-03-01T00:00:00+08:00 until 2029-03-01T00:00:00+08:00: no new account may be opened.',
          '申请人处于限制期（暂停非柜面业务），自2024-03-01T00:00:00+08:00至2029-03-01T00:00:00+08:00：不得新开账户。',
        ),
        restrictionId: 'r1',
        restrictionKind: 'no_non_counter',
        from: '2024-03-01T00:00:00+08:00',
        until: '2029-03-01T00:00:00+08:00',
        source: '银发〔2019〕85号',
        sourceKey: 'pboc-2019-85',
        rule: 'kyc.openingRestrictions.blockingKinds',
        fix: {
          code: 'wait_for_restriction_end',
          message: text(lang, 'Apply again from 2029-03-01.', '请于2029-03-01起再申请。'),
          eligibleFrom: '2029-03-01',
        },
      },
    ]);
  });

  it('under_minimum_age: age, minimum, source 《银行个人账户培训》, fix: come with a guardian face to face', () => {
    const d = decide(
      request(
        { requestedClass: 'I', channel: 'counter', existingAccounts: [] },
        {
          birthDate: '2015-01-01',
          document: { type: 'resident_id_card', number: residentIdFor('2015-01-01') },
        },
      ),
      lang,
    );
    expect(d.reasons).toStrictEqual([
      {
        code: 'under_minimum_age',
        message: text(
          lang,
          'The applicant is 11; from 16 a person opens alone, younger only with a legal guardian present.',
          '申请人11周岁；年满16周岁方可独立开户，未满须由法定监护人陪同。',
        ),
        age: 11,
        minimumAge: 16,
        source: '《银行个人账户培训》 (bank training course)',
        sourceKey: 'bank-training-course',
        rule: 'kyc.age.minimumAge',
        fix: {
          code: 'come_with_guardian',
          message: text(
            lang,
            'Come with a legal guardian and proof of guardianship (e.g. the birth certificate), at the counter or kiosk with staff.',
            '请由法定监护人携带监护关系证明（如出生证明）陪同，到柜面或有工作人员协助的自助设备办理。',
          ),
          channels: F2F_CHANNELS,
        },
      },
    ]);
  });

  it('guardian_not_in_person: a guardian on a remote channel does not count', () => {
    const d = decide(
      request(
        { requestedClass: 'III' },
        {
          birthDate: '2015-01-01',
          document: { type: 'resident_id_card', number: residentIdFor('2015-01-01') },
          guardianPresent: true,
        },
      ),
      lang,
    );
    expect(d.reasons).toStrictEqual([
      {
        code: 'guardian_not_in_person',
        message: text(
          lang,
          'The applicant is 11, under 16: the legal guardian must come in person (counter or kiosk with staff), not through the remote channel.',
          '申请人11周岁，未满16周岁：须由法定监护人亲自陪同办理（柜面或有工作人员协助的自助设备），不能通过远程（电子渠道）办理。',
        ),
        age: 11,
        minimumAge: 16,
        channel: 'remote',
        channels: F2F_CHANNELS,
        source: '《银行个人账户培训》 (bank training course)',
        sourceKey: 'bank-training-course',
        rule: 'kyc.age.guardianInPerson',
        fix: {
          code: 'come_with_guardian',
          message: text(
            lang,
            'Come with a legal guardian and proof of guardianship (e.g. the birth certificate), at the counter or kiosk with staff.',
            '请由法定监护人携带监护关系证明（如出生证明）陪同，到柜面或有工作人员协助的自助设备办理。',
          ),
          channels: F2F_CHANNELS,
        },
      },
    ]);
  });

  it('bring_proof_of_guardianship: the condition of a minor with a guardian at the counter', () => {
    const d = decide(
      request(
        { channel: 'counter' },
        {
          birthDate: '2015-01-01',
          document: { type: 'resident_id_card', number: residentIdFor('2015-01-01') },
          guardianPresent: true,
        },
      ),
      lang,
    );
    expect(d).toStrictEqual({
      eligible: true,
      reasons: [],
      conditions: [
        {
          code: 'bring_proof_of_guardianship',
          message: text(
            lang,
            'The guardian shows their identity document and proof of guardianship; the funds belong to the minor.',
            '监护人须出示本人身份证件及监护关系证明；账户资金归未成年人所有。',
          ),
          source: '《银行个人账户培训》 (bank training course)',
          sourceKey: 'bank-training-course',
          rule: 'kyc.age.minimumAge',
        },
      ],
    });
  });

  it('document_not_accepted: a passport from a declared mainland resident', () => {
    const d = decide(
      request({}, { residency: 'mainland', document: { type: 'passport', number: 'E12345678' } }),
      lang,
    );
    expect(d).toStrictEqual({
      eligible: false,
      reasons: [
        {
          code: 'document_not_accepted',
          message: text(
            lang,
            'A passport is not accepted for this applicant; accepted: resident identity card.',
            '该申请人不能使用护照开户；可接受：居民身份证。',
          ),
          documentType: 'passport',
          residency: 'mainland',
          accepted: ['resident_id_card'],
          source: '《银行个人账户培训》 (bank training course)',
          sourceKey: 'bank-training-course',
          rule: 'kyc.documents.accepted',
          fix: {
            code: 'present_accepted_document',
            message: text(
              lang,
              'Present one of: resident identity card.',
              '请出示以下证件之一：居民身份证。',
            ),
            accepted: ['resident_id_card'],
          },
        },
      ],
      conditions: [],
    });
  });

  it('invalid_document_number for a GB 11643-1999 number: every problem, cited to the standard', () => {
    const d = decide(
      request({}, { document: { type: 'resident_id_card', number: '11010519491231001x' } }),
      lang,
    );
    // Check character of 11010519491231001: weighted sum 165 ≡ 0 → '1'.
    expect(d).toStrictEqual({
      eligible: false,
      reasons: [
        {
          code: 'invalid_document_number',
          message: text(
            lang,
            'The document number is not valid: the check character X must be an uppercase X. the check character is x but should be 1.',
            '证件号码无效：校验码X须为大写。校验码为x，应为1。',
          ),
          documentType: 'resident_id_card',
          problems: [
            {
              code: 'id_lowercase_x',
              source: 'GB 11643-1999',
              sourceKey: 'gb-11643-1999',
              message: text(
                lang,
                'the check character X must be an uppercase X.',
                '校验码X须为大写。',
              ),
            },
            {
              code: 'id_checksum_mismatch',
              source: 'GB 11643-1999',
              sourceKey: 'gb-11643-1999',
              message: text(
                lang,
                'the check character is x but should be 1.',
                '校验码为x，应为1。',
              ),
              actual: 'x',
              expected: '1',
            },
          ],
          source: 'GB 11643-1999',
          sourceKey: 'gb-11643-1999',
          rule: 'kyc.documents.gb11643Numbers',
          fix: {
            code: 'correct_document_number',
            message: text(
              lang,
              'Check the number against the document and enter it again.',
              '请对照证件核对号码后重新输入。',
            ),
          },
        },
      ],
      conditions: [
        {
          code: 'verify_birth_date',
          message: text(
            lang,
            'The identity card number gives the birth date 1949-12-31, not the declared 1990-05-01: staff must verify the birth date against the document before opening.',
            '身份证号码所含出生日期为1949-12-31，与申报的1990-05-01不一致：开户前须由工作人员对照证件核实出生日期。',
          ),
          documentBirthDate: '1949-12-31',
          declaredBirthDate: '1990-05-01',
          source: 'common bank practice, configurable',
          sourceKey: 'bank-practice',
          rule: 'kyc.documents.birthDateMismatch',
        },
      ],
    });
  });

  it('invalid_document_number for a passport: its shape, cited to the preset’s document rules', () => {
    const d = decide(request({}, { document: { type: 'passport', number: 'E123' } }), lang);
    const shape = text(
      lang,
      'a passport number is 5–20 capital letters and digits.',
      '护照号码应为5至20位大写字母和数字。',
    );
    expect(d.reasons).toStrictEqual([
      {
        code: 'invalid_document_number',
        message: text(lang, 'The document number is not valid: ', '证件号码无效：') + shape,
        documentType: 'passport',
        problems: [{ code: 'document_number_shape', message: shape, minLength: 5, maxLength: 20 }],
        source: '《银行个人账户培训》 (bank training course)',
        sourceKey: 'bank-training-course',
        rule: 'kyc.documents.accepted',
        fix: {
          code: 'correct_document_number',
          message: text(
            lang,
            'Check the number against the document and enter it again.',
            '请对照证件核对号码后重新输入。',
          ),
        },
      },
    ]);
  });

  it('document_expired: the day it expired and today', () => {
    const d = decide(
      request(
        {},
        {
          document: {
            type: 'resident_id_card',
            number: residentIdFor('1990-05-01'),
            expiresOn: '2026-11-21',
          },
        },
      ),
      lang,
    );
    expect(d.reasons).toStrictEqual([
      {
        code: 'document_expired',
        message: text(
          lang,
          'The identity document expired on 2026-11-21.',
          '身份证件已于2026-11-21过期。',
        ),
        expiresOn: '2026-11-21',
        today: '2026-11-22',
        source: '《银行个人账户培训》 (bank training course)',
        sourceKey: 'bank-training-course',
        rule: 'kyc.documents',
        fix: {
          code: 'renew_document',
          message: text(
            lang,
            'Renew the document, or present another valid one.',
            '请更换有效证件，或出示其他有效证件。',
          ),
        },
      },
    ]);
  });

  it('face_to_face_required: a Class I opened remotely', () => {
    const d = decide(request({ requestedClass: 'I', existingAccounts: [] }), lang);
    expect(d.reasons).toStrictEqual([
      {
        code: 'face_to_face_required',
        message: text(
          lang,
          'The Class I account must be opened face to face (counter, or kiosk with staff).',
          'Ⅰ类户须面对面开立（柜面或有工作人员协助的自助设备）。',
        ),
        class: 'I',
        channel: 'remote',
        channels: F2F_CHANNELS,
        source: '银发〔2016〕261号',
        sourceKey: 'pboc-2016-261',
        rule: 'classes.I.opening.faceToFaceRequired',
        fix: {
          code: 'open_face_to_face',
          message: text(
            lang,
            'Open it at the counter, or at a kiosk with staff confirming the identity.',
            '请到柜面或由工作人员现场核验身份的自助设备办理。',
          ),
          channels: F2F_CHANNELS,
        },
      },
    ]);
  });

  it('insufficient_verification: one of two methods done, the bound-account check among them', () => {
    const d = decide(request({}, { verifications: ['bound_account_check'] }), lang);
    const candidates = text(
      lang,
      'ID network check, face recognition, SMS code, digital certificate',
      '身份证联网核查、人脸识别、短信验证码、数字证书',
    );
    expect(d.reasons).toStrictEqual([
      {
        code: 'insufficient_verification',
        message: text(
          lang,
          'The Class II account needs 2 or more verification methods, including bound-account check; done: bound-account check.',
          'Ⅱ类户须完成至少2种身份验证方式，包括绑定账户验证；已完成：绑定账户验证。',
        ),
        class: 'II',
        minimum: 2,
        done: ['bound_account_check'],
        missing: [],
        additionalNeeded: 1,
        source: '银发〔2016〕302号',
        sourceKey: 'pboc-2016-302',
        rule: 'classes.II.opening.requiredVerifications',
        fix: {
          code: 'add_verifications',
          message: text(
            lang,
            `Also complete: 1 more of: ${candidates}.`,
            `请再完成：另外1种（从${candidates}中任选）。`,
          ),
          verifications: [],
          additionalCount: 1,
          candidates: ['id_network_check', 'face_recognition', 'sms_code', 'digital_certificate'],
        },
      },
    ]);
  });

  it('insufficient_verification: nothing done, the required method and one more missing', () => {
    const d = decide(request({}, { verifications: [] }), lang);
    expect(d.reasons).toStrictEqual([
      {
        code: 'insufficient_verification',
        message: text(
          lang,
          'The Class II account needs 2 or more verification methods, including bound-account check; done: none.',
          'Ⅱ类户须完成至少2种身份验证方式，包括绑定账户验证；已完成：无。',
        ),
        class: 'II',
        minimum: 2,
        done: [],
        missing: ['bound_account_check'],
        additionalNeeded: 2,
        source: '银发〔2016〕302号',
        sourceKey: 'pboc-2016-302',
        rule: 'classes.II.opening.requiredVerifications',
        fix: {
          code: 'add_verifications',
          message: text(
            lang,
            'Also complete: bound-account check and 1 more of: ID network check, face recognition, SMS code, digital certificate.',
            '请再完成：绑定账户验证，以及另外1种（从身份证联网核查、人脸识别、短信验证码、数字证书中任选）。',
          ),
          verifications: ['bound_account_check'],
          additionalCount: 1,
          candidates: ['id_network_check', 'face_recognition', 'sms_code', 'digital_certificate'],
        },
      },
    ]);
  });

  it('insufficient_verification: only the required method missing, no more to choose', () => {
    const d = decide(request({}, { verifications: ['id_network_check', 'sms_code'] }), lang);
    expect(d.reasons).toStrictEqual([
      {
        code: 'insufficient_verification',
        message: text(
          lang,
          'The Class II account needs 2 or more verification methods, including bound-account check; done: ID network check, SMS code.',
          'Ⅱ类户须完成至少2种身份验证方式，包括绑定账户验证；已完成：身份证联网核查、短信验证码。',
        ),
        class: 'II',
        minimum: 2,
        done: ['id_network_check', 'sms_code'],
        missing: ['bound_account_check'],
        additionalNeeded: 1,
        source: '银发〔2016〕302号',
        sourceKey: 'pboc-2016-302',
        rule: 'classes.II.opening.requiredVerifications',
        fix: {
          code: 'add_verifications',
          message: text(lang, 'Also complete: bound-account check.', '请再完成：绑定账户验证。'),
          verifications: ['bound_account_check'],
        },
      },
    ]);
  });

  it('insufficient_verification at the counter: the face-to-face check counts as one method done', () => {
    const d = decide(request({ channel: 'counter' }, { verifications: [] }), lang);
    expect(d.reasons).toMatchObject([
      {
        code: 'insufficient_verification',
        message: text(
          lang,
          'The Class II account needs 2 or more verification methods, including bound-account check; done: face-to-face check.',
          'Ⅱ类户须完成至少2种身份验证方式，包括绑定账户验证；已完成：面对面核验。',
        ),
        done: ['face_to_face'],
        missing: ['bound_account_check'],
        additionalNeeded: 1,
        fix: {
          message: text(lang, 'Also complete: bound-account check.', '请再完成：绑定账户验证。'),
          verifications: ['bound_account_check'],
        },
      },
    ]);
  });

  it('class_limit_reached: a second Class I, pointing to Class II and III (higher rank first)', () => {
    const d = decide(
      request({ requestedClass: 'I', channel: 'counter', existingAccounts: [{ class: 'I' }] }),
      lang,
    );
    expect(d.reasons).toStrictEqual([
      {
        code: 'class_limit_reached',
        message: text(
          lang,
          'Limit for the Class I account: 1 per person at this bank; the applicant already holds 1.',
          '申请人在本行已持有1个Ⅰ类户，最多允许1个。',
        ),
        class: 'I',
        currency: 'CNY',
        held: 1,
        max: 1,
        source: '银发〔2016〕261号',
        sourceKey: 'pboc-2016-261',
        rule: 'classes.I.opening.maxPerPersonPerBank',
        fix: {
          code: 'choose_another_class',
          message: text(
            lang,
            'Use the account already held, or open one of: Class II account, Class III account.',
            '请使用已持有的账户，或改为开立：Ⅱ类户、Ⅲ类户。',
          ),
          classes: ['II', 'III'],
        },
      },
    ]);
  });

  it('class_limit_reached with every class full: use the account already held', () => {
    const full = [
      { class: 'I' },
      ...Array.from({ length: 5 }, () => ({ class: 'II' })),
      ...Array.from({ length: 5 }, () => ({ class: 'III' })),
    ];
    const d = decide(request({ requestedClass: 'III', existingAccounts: full }), lang);
    expect(d.reasons).toStrictEqual([
      {
        code: 'class_limit_reached',
        message: text(
          lang,
          'Limit for the Class III account: 5 per person at this bank; the applicant already holds 5.',
          '申请人在本行已持有5个Ⅲ类户，最多允许5个。',
        ),
        class: 'III',
        currency: 'CNY',
        held: 5,
        max: 5,
        source: '银发〔2016〕302号',
        sourceKey: 'pboc-2016-302',
        rule: 'classes.III.opening.maxPerPersonPerBank',
        fix: {
          code: 'use_existing_account',
          message: text(lang, 'Use the account already held.', '请使用已持有的账户。'),
        },
      },
    ]);
  });

  it('foreign_currency_prerequisite and the tax-residency declaration of a USD account', () => {
    const d = decide(
      request({ requestedClass: 'I', channel: 'counter', currency: 'USD', existingAccounts: [] }),
      lang,
    );
    expect(d).toStrictEqual({
      eligible: false,
      reasons: [
        {
          code: 'foreign_currency_prerequisite',
          message: text(
            lang,
            'A USD account needs a CNY Class I account at this bank first; the applicant holds none.',
            '开立USD账户须先在本行开立CNYⅠ类户；申请人尚未持有。',
          ),
          currency: 'USD',
          requiredClass: 'I',
          requiredCurrency: 'CNY',
          source: '《银行个人账户培训》 (bank training course)',
          sourceKey: 'bank-training-course',
          rule: 'kyc.foreignCurrency.requiresClass',
          fix: {
            code: 'open_required_class_first',
            message: text(lang, 'Open a CNY Class I account first.', '请先开立CNYⅠ类户。'),
            requiredClass: 'I',
          },
        },
      ],
      conditions: [
        {
          code: 'sign_tax_residency_declaration',
          message: text(
            lang,
            'The applicant signs a tax-residency self-declaration at opening.',
            '开户时申请人须填写税收居民身份声明。',
          ),
          source: '《银行个人账户培训》 (bank training course)',
          sourceKey: 'bank-training-course',
          rule: 'kyc.taxResidencyDeclaration',
        },
      ],
    });
  });

  it('phone_not_in_own_name', () => {
    const d = decide(request({}, { phoneInOwnName: false }), lang);
    expect(d.reasons).toStrictEqual([
      {
        code: 'phone_not_in_own_name',
        message: text(
          lang,
          'The phone number must be registered in the applicant’s own name.',
          '手机号码须为申请人本人实名登记。',
        ),
        source: '《银行个人账户培训》 (bank training course)',
        sourceKey: 'bank-training-course',
        rule: 'kyc.phoneInOwnName',
        fix: {
          code: 'use_phone_in_own_name',
          message: text(
            lang,
            'Give a phone number registered in the applicant’s own name.',
            '请提供本人实名登记的手机号码。',
          ),
        },
      },
    ]);
  });
});

describe.each(LANGS)('what a derived preset changes (%s)', (lang) => {
  it('opening_channel_not_allowed: a Class III a bank opens only face to face', () => {
    const preset = derivePreset(getPreset(), {
      id: 'branch-only-iii',
      classes: { III: { opening: { channels: ['counter', 'kiosk_assisted'] } } },
    });
    const d = decide(request({ requestedClass: 'III' }), lang, preset);
    expect(d.reasons).toStrictEqual([
      {
        code: 'opening_channel_not_allowed',
        message: text(
          lang,
          'The Class III account cannot be opened through the remote channel; only at the counter or kiosk with staff.',
          'Ⅲ类户不能通过远程（电子渠道）开立；可用渠道：柜面或有工作人员协助的自助设备。',
        ),
        class: 'III',
        channel: 'remote',
        channels: F2F_CHANNELS,
        source: '银发〔2016〕302号',
        sourceKey: 'pboc-2016-302',
        rule: 'classes.III.opening.channels',
        fix: {
          code: 'choose_allowed_channel',
          message: text(
            lang,
            `Apply at the ${F2F_CHANNELS_TEXT(lang)}.`,
            `请通过以下渠道办理：${F2F_CHANNELS_TEXT(lang)}。`,
          ),
          channels: F2F_CHANNELS,
        },
      },
    ]);
    expect(
      decide(request({ requestedClass: 'III', channel: 'kiosk_assisted' }), lang, preset),
    ).toStrictEqual({ eligible: true, reasons: [], conditions: [] });
  });

  it('opening_channel_not_allowed: one channel left is named alone', () => {
    const preset = derivePreset(getPreset(), {
      id: 'counter-only-iii',
      classes: { III: { opening: { channels: ['counter'] } } },
    });
    const d = decide(request({ requestedClass: 'III', channel: 'kiosk_assisted' }), lang, preset);
    expect(d.reasons).toMatchObject([
      {
        code: 'opening_channel_not_allowed',
        message: text(
          lang,
          'The Class III account cannot be opened through the kiosk with staff channel; only at the counter.',
          'Ⅲ类户不能通过有工作人员协助的自助设备开立；可用渠道：柜面。',
        ),
        channel: 'kiosk_assisted',
        channels: ['counter'],
        fix: { message: text(lang, 'Apply at the counter.', '请通过以下渠道办理：柜面。') },
      },
    ]);
  });

  it('face_to_face_required when the class requires the face_to_face check: only face-to-face channels offered', () => {
    const preset = derivePreset(getPreset(), {
      id: 'f2f-check-iii',
      classes: { III: { opening: { requiredVerifications: ['face_to_face'] } } },
    });
    expect(preset.classes.find((c) => c.id === 'III')!.opening).toMatchObject({
      faceToFaceRequired: false,
      channels: ['counter', 'kiosk_assisted', 'remote'],
    });
    const d = decide(request({ requestedClass: 'III' }), lang, preset);
    expect(d.reasons).toStrictEqual([
      {
        code: 'face_to_face_required',
        message: text(
          lang,
          'The Class III account must be opened face to face (counter, or kiosk with staff).',
          'Ⅲ类户须面对面开立（柜面或有工作人员协助的自助设备）。',
        ),
        class: 'III',
        channel: 'remote',
        channels: F2F_CHANNELS,
        source: '银发〔2016〕302号',
        sourceKey: 'pboc-2016-302',
        rule: 'classes.III.opening.faceToFaceRequired',
        fix: {
          code: 'open_face_to_face',
          message: text(
            lang,
            'Open it at the counter, or at a kiosk with staff confirming the identity.',
            '请到柜面或由工作人员现场核验身份的自助设备办理。',
          ),
          channels: F2F_CHANNELS,
        },
      },
    ]);
    expect(
      decide(request({ requestedClass: 'III', channel: 'counter' }), lang, preset),
    ).toStrictEqual({ eligible: true, reasons: [], conditions: [] });
  });

  it('face_to_face_required offers only the face-to-face channels the class allows', () => {
    const preset = derivePreset(getPreset(), {
      id: 'counter-only-i',
      classes: { I: { opening: { channels: ['counter'] } } },
    });
    const d = decide(request({ requestedClass: 'I', existingAccounts: [] }), lang, preset);
    expect(d.reasons).toMatchObject([
      { code: 'face_to_face_required', channels: ['counter'], fix: { channels: ['counter'] } },
    ]);
    // A staffed kiosk is face to face, but this class is not opened there.
    expect(
      decide(
        request({ requestedClass: 'I', channel: 'kiosk_assisted', existingAccounts: [] }),
        lang,
        preset,
      ).reasons,
    ).toMatchObject([{ code: 'opening_channel_not_allowed', channels: ['counter'] }]);
  });

  it('insufficient_verification without a required method: "2 or more verification methods"', () => {
    const preset = derivePreset(getPreset(), {
      id: 'any-two-iii',
      classes: { III: { opening: { requiredVerifications: [], minVerifications: 2 } } },
    });
    const d = decide(
      request({ requestedClass: 'III' }, { verifications: ['sms_code'] }),
      lang,
      preset,
    );
    const candidates = text(
      lang,
      'ID network check, face recognition, bound-account check, digital certificate',
      '身份证联网核查、人脸识别、绑定账户验证、数字证书',
    );
    expect(d.reasons).toStrictEqual([
      {
        code: 'insufficient_verification',
        message: text(
          lang,
          'The Class III account needs 2 or more verification methods; done: SMS code.',
          'Ⅲ类户须完成至少2种身份验证方式；已完成：短信验证码。',
        ),
        class: 'III',
        minimum: 2,
        done: ['sms_code'],
        missing: [],
        additionalNeeded: 1,
        source: '银发〔2016〕302号',
        sourceKey: 'pboc-2016-302',
        rule: 'classes.III.opening.requiredVerifications',
        fix: {
          code: 'add_verifications',
          message: text(
            lang,
            `Also complete: 1 more of: ${candidates}.`,
            `请再完成：另外1种（从${candidates}中任选）。`,
          ),
          verifications: [],
          additionalCount: 1,
          candidates: [
            'id_network_check',
            'face_recognition',
            'bound_account_check',
            'digital_certificate',
          ],
        },
      },
    ]);
    expect(
      decide(
        request({ requestedClass: 'III' }, { verifications: ['sms_code', 'face_recognition'] }),
        lang,
        preset,
      ).eligible,
    ).toBe(true);
  });

  it("a birth-date mismatch refuses where birthDateMismatch is 'refuse', and asks no staff check", () => {
    const preset = derivePreset(getPreset(), {
      id: 'strict-bank',
      kyc: { documents: { birthDateMismatch: 'refuse' } },
    });
    const d = decide(
      request({}, { document: { type: 'resident_id_card', number: '11010519491231002X' } }),
      lang,
      preset,
    );
    const problem = text(
      lang,
      'the birth date in the number (1949-12-31) differs from the declared birth date (1990-05-01).',
      '号码中的出生日期（1949-12-31）与申报的出生日期（1990-05-01）不一致。',
    );
    expect(d).toStrictEqual({
      eligible: false,
      reasons: [
        {
          code: 'invalid_document_number',
          message: text(lang, 'The document number is not valid: ', '证件号码无效：') + problem,
          documentType: 'resident_id_card',
          problems: [
            {
              code: 'id_birth_date_mismatch',
              source: 'GB 11643-1999',
              sourceKey: 'gb-11643-1999',
              message: problem,
              birthDate: '1949-12-31',
              declaredBirthDate: '1990-05-01',
            },
          ],
          source: 'GB 11643-1999',
          sourceKey: 'gb-11643-1999',
          rule: 'kyc.documents.gb11643Numbers',
          fix: {
            code: 'correct_document_number',
            message: text(
              lang,
              'Check the number against the document and enter it again.',
              '请对照证件核对号码后重新输入。',
            ),
          },
        },
      ],
      conditions: [],
    });
  });

  it('a document no residency accepts any more: residency null, every accepted type listed', () => {
    const preset = derivePreset(getPreset(), {
      id: 'no-passports',
      kyc: { documents: { accepted: { foreign: ['foreign_permanent_residence'] } } },
    } as never);
    const d = decide(
      request({}, { document: { type: 'passport', number: 'E12345678' } }),
      lang,
      preset,
    );
    const accepted = text(
      lang,
      'resident identity card, Hong Kong/Macao/Taiwan residence or travel permit, foreign permanent residence ID card',
      '居民身份证、港澳台居民居住证或通行证、外国人永久居留身份证',
    );
    expect(d).toStrictEqual({
      eligible: false,
      reasons: [
        {
          code: 'document_not_accepted',
          message: text(
            lang,
            `A passport is not accepted for this applicant; accepted: ${accepted}.`,
            `该申请人不能使用护照开户；可接受：${accepted}。`,
          ),
          documentType: 'passport',
          residency: null,
          accepted: ['resident_id_card', 'hk_macao_taiwan_permit', 'foreign_permanent_residence'],
          source: '《银行个人账户培训》 (bank training course)',
          sourceKey: 'bank-training-course',
          rule: 'kyc.documents.accepted',
          fix: {
            code: 'present_accepted_document',
            message: text(
              lang,
              `Present one of: ${accepted}.`,
              `请出示以下证件之一：${accepted}。`,
            ),
            accepted: ['resident_id_card', 'hk_macao_taiwan_permit', 'foreign_permanent_residence'],
          },
        },
      ],
      conditions: [],
    });
  });
});

describe('restriction kinds, guardian and phone rules a preset can relax', () => {
  const relaxed = derivePreset(getPreset(), {
    id: 'relaxed-bank',
    kyc: {
      openingRestrictions: { blockingKinds: ['no_non_counter'] },
      age: { guardianInPerson: false },
      phoneInOwnName: { required: false },
    },
  });
  const restricted = (kind: 'receive_only' | 'no_non_counter') =>
    request({}, { restrictions: [{ kind, from: '2025-01-01T00:00:00+08:00' }] });

  it('only the blocking kinds refuse an opening', () => {
    expect(decide(restricted('receive_only'), 'en', relaxed)).toStrictEqual({
      eligible: true,
      reasons: [],
      conditions: [],
    });
    expect(decide(restricted('no_non_counter'), 'en', relaxed).reasons.map((r) => r.code)).toEqual([
      'opening_restricted',
    ]);
    // The shipped preset blocks both kinds (85号: whatever its kind).
    expect(decide(restricted('receive_only'), 'en').eligible).toBe(false);
  });

  it('a restriction in force only in the past or the future does not refuse', () => {
    const past = request(
      {},
      {
        restrictions: [
          {
            kind: 'receive_only',
            from: '2020-01-01T00:00:00+08:00',
            until: '2025-01-01T00:00:00+08:00',
          },
        ],
      },
    );
    expect(decide(past, 'en').eligible).toBe(true);
  });

  it('without guardianInPerson, a guardian on a remote channel is enough', () => {
    const minor = request(
      { requestedClass: 'III' },
      {
        birthDate: '2015-01-01',
        document: { type: 'resident_id_card', number: residentIdFor('2015-01-01') },
        guardianPresent: true,
      },
    );
    expect(decide(minor, 'en', relaxed)).toStrictEqual({
      eligible: true,
      reasons: [],
      conditions: [
        {
          code: 'bring_proof_of_guardianship',
          message:
            'The guardian shows their identity document and proof of guardianship; the funds belong to the minor.',
          source: '《银行个人账户培训》 (bank training course)',
          sourceKey: 'bank-training-course',
          rule: 'kyc.age.minimumAge',
        },
      ],
    });
    expect(decide(minor, 'en').reasons.map((r) => r.code)).toEqual(['guardian_not_in_person']);
  });

  it('a phone in someone else’s name refuses only where the preset requires one’s own', () => {
    const phone = (phoneInOwnName?: boolean) =>
      request({}, phoneInOwnName === undefined ? {} : { phoneInOwnName });
    expect(decide(phone(false), 'en', relaxed).eligible).toBe(true);
    expect(decide(phone(false), 'en').eligible).toBe(false);
    expect(decide(phone(true), 'en').eligible).toBe(true);
    // Not stated: nothing to refuse.
    expect(decide(phone(), 'en').eligible).toBe(true);
  });
});

describe.each(LANGS)('tiered-generic: documents a tier asks for (%s)', (lang) => {
  const tiered = getPreset('tiered-generic');
  const tier = (requestedClass: string, applicant: Partial<OpeningRequest['applicant']>) =>
    decide(request({ requestedClass, existingAccounts: [] }, applicant), lang, tiered);

  it('missing_opening_documents: listed once the applicant says what was provided', () => {
    const d = tier('intermediate', {
      verifications: ['id_network_check', 'face_recognition', 'sms_code'],
      provided: ['name', 'contact', 'address_proof'],
    });
    expect(d).toStrictEqual({
      eligible: false,
      reasons: [
        {
          code: 'missing_opening_documents',
          message: text(
            lang,
            'The Intermediate tier also needs: proof of income.',
            '中级层级还须提供：收入证明。',
          ),
          class: 'intermediate',
          missing: ['income_proof'],
          source: '《账户分层分级管理办法》 (bank internal policy)',
          sourceKey: 'tiering-measures',
          rule: 'classes.intermediate.opening.requirements',
          fix: {
            code: 'provide_documents',
            message: text(lang, 'Provide: proof of income.', '请提供：收入证明。'),
            missing: ['income_proof'],
          },
        },
      ],
      conditions: [],
    });
  });

  it('collect_opening_documents: a condition when nothing is said about what was provided', () => {
    const d = tier('basic', { verifications: ['id_network_check'] });
    expect(d).toStrictEqual({
      eligible: true,
      reasons: [],
      conditions: [
        {
          code: 'collect_opening_documents',
          message: text(
            lang,
            'Collect at opening: name, contact details.',
            '开户时须收取：姓名、联系方式。',
          ),
          requirements: ['name', 'contact'],
          source: '《账户分层分级管理办法》 (bank internal policy)',
          sourceKey: 'tiering-measures',
          rule: 'classes.basic.opening.requirements',
        },
      ],
    });
  });

  it('a document naming a required check is left to that check, not listed twice', () => {
    const d = tier('basic', { verifications: [], provided: ['name', 'contact'] });
    expect(d.reasons.map((r) => r.code)).toEqual(['insufficient_verification']);
    expect(d.reasons[0]).toMatchObject({ missing: ['id_network_check'] });
    expect(tier('basic', { verifications: [] }).conditions).toMatchObject([
      { code: 'collect_opening_documents', requirements: ['name', 'contact'] },
    ]);
  });

  it('a document naming a check the tier does not require is asked for, unless the check was done', () => {
    const documents = [
      'name',
      'contact',
      'address_proof',
      'income_proof',
      'business_licence',
      'tax_record',
      'financial_statements',
      'credit_report',
      'background_check',
      'service_agreement',
    ] as const;
    const advanced = (verifications: OpeningRequest['applicant']['verifications']) =>
      decide(
        request(
          { requestedClass: 'advanced', channel: 'counter', existingAccounts: [] },
          { verifications, provided: [...documents] },
        ),
        lang,
        tiered,
      );
    expect(advanced(['id_network_check', 'face_recognition']).reasons).toStrictEqual([
      {
        code: 'missing_opening_documents',
        message: text(
          lang,
          'The Advanced tier also needs: second phone check.',
          '高级层级还须提供：手机号码二次验证。',
        ),
        class: 'advanced',
        missing: ['second_phone_check'],
        source: '《账户分层分级管理办法》 (bank internal policy)',
        sourceKey: 'tiering-measures',
        rule: 'classes.advanced.opening.requirements',
        fix: {
          code: 'provide_documents',
          message: text(lang, 'Provide: second phone check.', '请提供：手机号码二次验证。'),
          missing: ['second_phone_check'],
        },
      },
    ]);
    expect(advanced(['id_network_check', 'face_recognition', 'sms_code'])).toStrictEqual({
      eligible: true,
      reasons: [],
      conditions: [],
    });
  });

  it('the identity document number counts as provided, the online check as done', () => {
    expect(
      tier('basic', { verifications: ['id_network_check'], provided: ['name', 'contact'] }),
    ).toStrictEqual({ eligible: true, reasons: [], conditions: [] });
  });
});

describe('document numbers other than GB 11643-1999: 5–20 capital letters and digits', () => {
  const passport = (number: string) =>
    decide(
      request({}, { document: { type: 'passport', number }, taxResidencyDeclared: true }),
      'en',
    );
  const shapeRefused = (number: string) =>
    passport(number)
      .reasons.map((r) => r.code)
      .includes('invalid_document_number');

  it.each([
    ['E123', true],
    ['E1234', false],
    ['E'.repeat(20), false],
    ['E'.repeat(21), true],
    ['e1234567', true],
    ['E 123456', true],
    ['12345', false],
  ])('%j refused: %s', (number, refused) => {
    expect(shapeRefused(number)).toBe(refused);
  });
});

describe('malformed requests: the typed error, its path and its message', () => {
  const at = (path: (string | number)[], r: unknown) =>
    typedError(() => checkOpeningEligibility(r as OpeningRequest), 'invalid_input', path);

  it('an empty document number is invalid input, as the schema says (not a decision)', () => {
    at(
      ['applicant', 'document', 'number'],
      request({}, { document: { type: 'passport', number: '' }, taxResidencyDeclared: true }),
    );
  });

  it('a currency that is not ISO 4217, for the account and for an account held', () => {
    const e = at(['currency'], request({ currency: 'XYZ' }));
    expect(e.message).toBe(
      'Invalid input at currency: must be a supported ISO 4217 currency code; got "XYZ"',
    );
    const held = at(
      ['existingAccounts', 0, 'currency'],
      request({ existingAccounts: [{ class: 'I', currency: 'XYZ' }] }),
    );
    expect(held.message).toBe(
      'Invalid input at existingAccounts.0.currency: must be a supported ISO 4217 currency code; got "XYZ"',
    );
    expect(held.issues).toEqual([
      {
        path: ['existingAccounts', 0, 'currency'],
        message: 'must be a supported ISO 4217 currency code; got "XYZ"',
      },
    ]);
  });

  it('accounts held that are not a list, or of an unknown status', () => {
    const e = at(['existingAccounts'], request({ existingAccounts: 'I' as never }));
    expect(e.message).toBe('Invalid input at existingAccounts: must be a list; got "I"');
    const status = at(
      ['existingAccounts', 1, 'status'],
      request({ existingAccounts: [{ class: 'II' }, { class: 'I', status: 'frozen' as never }] }),
    );
    expect(status.message).toBe(
      'Invalid input at existingAccounts.1.status: must be one of pending, normal, dormant, closed; got "frozen"',
    );
  });

  it.each([
    [
      ['applicant', 'document', 'type'],
      request({}, { document: { type: 'driving_licence' as never, number: 'E12345678' } }),
      'must be one of resident_id_card, hk_macao_taiwan_permit, passport, foreign_permanent_residence; got "driving_licence"',
    ],
    [
      ['applicant', 'residency'],
      request({}, { residency: 'martian' as never }),
      'must be one of mainland, hk_macao_taiwan, foreign; got "martian"',
    ],
    [
      ['applicant', 'provided', 1],
      request({}, { provided: ['name', 'selfie' as never] }),
      'must be one of name, contact, id_number, online_id_check, address_proof, income_proof, face_recognition, second_phone_check, business_licence, tax_record, financial_statements, credit_report, background_check, service_agreement; got "selfie"',
    ],
    [
      ['applicant', 'provided'],
      request({}, { provided: 'name' as never }),
      'must be a list; got "name"',
    ],
    [
      ['applicant', 'verifications'],
      request({}, { verifications: undefined as never }),
      'must be a list; got undefined',
    ],
    [
      ['applicant', 'phoneInOwnName'],
      request({}, { phoneInOwnName: 'yes' as never }),
      'must be true or false; got "yes"',
    ],
    [
      ['applicant', 'taxResidencyDeclared'],
      request({}, { taxResidencyDeclared: 1 as never }),
      'must be true or false; got 1',
    ],
    [
      ['applicant', 'restrictions'],
      request({}, { restrictions: {} as never }),
      'must be a list; got an object',
    ],
    [
      ['existingAccounts', 0],
      request({ existingAccounts: ['I' as never] }),
      'must be an object; got "I"',
    ],
  ] as const)('invalid input at %j', (path, r, issue) => {
    const e = at([...path], r);
    expect(e.issues).toEqual([{ path, message: issue }]);
    expect(e.message).toBe(`Invalid input at ${path.join('.')}: ${issue}`);
  });

  it('no accounts held at all is the same as an empty list', () => {
    const { existingAccounts: _, ...withoutAccounts } = request({ requestedClass: 'III' });
    expect(checkOpeningEligibility(withoutAccounts)).toStrictEqual({
      eligible: true,
      reasons: [],
      conditions: [],
    });
  });

  it('a restriction with an empty id or an unknown kind', () => {
    const r = (restriction: Record<string, unknown>) =>
      request(
        {},
        {
          restrictions: [
            { kind: 'receive_only', from: '2025-01-01T00:00:00Z', ...restriction } as never,
          ],
        },
      );
    expect(at(['applicant', 'restrictions', 0, 'id'], r({ id: '' })).message).toBe(
      'Invalid input at applicant.restrictions.0.id: must not be empty',
    );
    expect(
      at(['applicant', 'restrictions', 0, 'reason'], r({ reason: 'x'.repeat(201) })).message,
    ).toContain('must be at most 200 characters');
    expect(at(['applicant', 'restrictions', 0, 'kind'], r({ kind: 'ban' })).message).toBe(
      'Invalid input at applicant.restrictions.0.kind: must be one of receive_only, no_non_counter; got "ban"',
    );
  });

  it('a document number over 40 characters is invalid input, shown cut to 40', () => {
    expect(
      at(
        ['applicant', 'document', 'number'],
        request({}, { document: { type: 'passport', number: 'E'.repeat(41) } }),
      ).message,
    ).toBe(
      'Invalid input at applicant.document.number: must be at most 40 characters; got "EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE"… (41 characters)',
    );
  });

  it('a birth date after today, and the safe twin returning the same error', () => {
    const r = request({}, { birthDate: '2026-11-23' });
    const e = at(['applicant', 'birthDate'], r);
    expect(e.message).toBe(
      'Invalid input at applicant.birthDate: must not be after today (2026-11-22)',
    );
    const safe = safeCheckOpeningEligibility(r);
    expect(safe.ok).toBe(false);
    if (!safe.ok) {
      expect(safe.error.code).toBe('invalid_input');
      expect(safe.error.message).toBe(e.message);
      expect(safe.error.issues).toEqual(e.issues);
    }
    // The day itself is fine: a baby born today.
    expect(
      checkOpeningEligibility(
        request(
          { requestedClass: 'I', channel: 'counter', existingAccounts: [] },
          {
            birthDate: '2026-11-22',
            document: { type: 'resident_id_card', number: residentIdFor('2026-11-22') },
            guardianPresent: true,
          },
        ),
      ).eligible,
    ).toBe(true);
  });

  it('the safe twin returns the decision when the input is well formed', () => {
    expect(safeCheckOpeningEligibility(request())).toStrictEqual({
      ok: true,
      value: { eligible: true, reasons: [], conditions: [] },
    });
  });
});

describe('accounts held, face-to-face reach and the tax declaration: the edges', () => {
  const codesOf = (r: OpeningRequest, preset?: Preset) =>
    decide(r, 'en', preset).reasons.map((x) => x.code);

  it('another class is offered only while the applicant holds fewer than its cap', () => {
    const fiveII = Array.from({ length: 5 }, () => ({ class: 'II' }));
    const d = decide(
      request({
        requestedClass: 'I',
        channel: 'counter',
        existingAccounts: [{ class: 'I' }, ...fiveII, { class: 'III' }],
      }),
      'en',
    );
    expect(d.reasons[0]!.fix).toStrictEqual({
      code: 'choose_another_class',
      message: 'Use the account already held, or open one of: Class III account.',
      classes: ['III'],
    });
    // Four Class II held: Class II (4 < 5) is still offered.
    const four = decide(
      request({
        requestedClass: 'I',
        channel: 'counter',
        existingAccounts: [{ class: 'I' }, ...fiveII.slice(1)],
      }),
      'en',
    );
    expect(four.reasons[0]!.fix).toMatchObject({ classes: ['II', 'III'] });
  });

  it('a class without a cap is always offered, and never refused for accounts held', () => {
    const preset = derivePreset(getPreset(), {
      id: 'uncapped-ii',
      classes: { II: { opening: { maxPerPersonPerBank: null } } },
    });
    const manyII = Array.from({ length: 9 }, () => ({ class: 'II' }));
    const d = decide(
      request({
        requestedClass: 'I',
        channel: 'counter',
        existingAccounts: [{ class: 'I' }, ...manyII],
      }),
      'en',
      preset,
    );
    expect(d.reasons[0]!.fix).toMatchObject({ classes: ['II', 'III'] });
    expect(
      decide(request({ existingAccounts: [{ class: 'I' }, ...manyII] }), 'en', preset),
    ).toStrictEqual({ eligible: true, reasons: [], conditions: [] });
  });

  it('accounts held in another currency, or closed, do not count toward the cap', () => {
    const d = decide(
      request({
        requestedClass: 'I',
        channel: 'counter',
        existingAccounts: [
          { class: 'I', currency: 'USD' },
          { class: 'I', status: 'closed' },
        ],
      }),
      'en',
    );
    expect(d).toStrictEqual({ eligible: true, reasons: [], conditions: [] });
    const usd = decide(
      request({
        requestedClass: 'I',
        channel: 'counter',
        currency: 'USD',
        existingAccounts: [
          { class: 'I', currency: 'CNY' },
          { class: 'I', currency: 'USD' },
        ],
      }),
      'en',
    );
    expect(usd.reasons).toMatchObject([{ code: 'class_limit_reached', currency: 'USD', held: 1 }]);
  });

  it('a face-to-face opening counts as one method: the advanced tier remotely lacks only the channel', () => {
    const tiered = getPreset('tiered-generic');
    const advanced = (verifications: OpeningRequest['applicant']['verifications']) =>
      request({ requestedClass: 'advanced', existingAccounts: [] }, { verifications });
    expect(codesOf(advanced(['id_network_check', 'face_recognition']), tiered)).toEqual([
      'face_to_face_required',
    ]);
    const d = decide(advanced(['id_network_check']), 'en', tiered);
    expect(d.reasons.map((r) => r.code)).toEqual([
      'face_to_face_required',
      'insufficient_verification',
    ]);
    expect(d.reasons[1]).toMatchObject({
      minimum: 3,
      done: ['id_network_check'],
      missing: ['face_recognition'],
      additionalNeeded: 1,
      fix: { verifications: ['face_recognition'] },
    });
    expect(d.reasons[1]!.fix).not.toHaveProperty('additionalCount');
    // The face-to-face check is the channel's business: not listed among the methods to include.
    expect(d.reasons[1]!.message).toBe(
      'The Advanced tier needs 3 or more verification methods, including ID network check, face recognition; done: ID network check.',
    );
    expect(d.reasons[1]!.fix!.message).toBe('Also complete: face recognition.');
    const zh = decide(advanced(['id_network_check']), 'zh-CN', tiered);
    expect(zh.reasons[1]!.message).toBe(
      '高级层级须完成至少3种身份验证方式，包括身份证联网核查、人脸识别；已完成：身份证联网核查。',
    );
    // A Class I (one method: face to face) opened remotely with none declared lacks only the channel.
    expect(
      codesOf(request({ requestedClass: 'I', existingAccounts: [] }, { verifications: [] })),
    ).toEqual(['face_to_face_required']);
  });

  it('the tax declaration of a foreign-currency account only where the preset asks for it', () => {
    const usd = request({
      requestedClass: 'I',
      channel: 'counter',
      currency: 'USD',
      existingAccounts: [{ class: 'I' }],
    });
    expect(decide(usd, 'en').conditions.map((c) => c.code)).toEqual([
      'sign_tax_residency_declaration',
    ]);
    const preset = derivePreset(getPreset(), {
      id: 'no-fx-declaration',
      kyc: { taxResidencyDeclaration: { foreignCurrencyAccounts: false } },
    });
    expect(decide(usd, 'en', preset)).toStrictEqual({
      eligible: true,
      reasons: [],
      conditions: [],
    });
    // A foreigner still signs it there, for a CNY account too.
    const passport = request({}, { document: { type: 'passport', number: 'E12345678' } });
    expect(decide(passport, 'en', preset).conditions.map((c) => c.code)).toEqual([
      'sign_tax_residency_declaration',
    ]);
    expect(
      decide({ ...usd, applicant: { ...usd.applicant, taxResidencyDeclared: true } }, 'en'),
    ).toStrictEqual({ eligible: true, reasons: [], conditions: [] });
  });
});

describe('dates given as objects: the typed error names what the date is', () => {
  const FEB_30 = { year: 2026, month: 2, day: 30 };
  const dateError = (r: OpeningRequest, path: (string | number)[]) =>
    typedError(() => checkOpeningEligibility(r), 'invalid_date', path);

  it.each([
    ['date', ['today'], request({ today: FEB_30 })],
    ['birth date', ['applicant', 'birthDate'], request({}, { birthDate: FEB_30 })],
    [
      'expiry date',
      ['applicant', 'document', 'expiresOn'],
      request({}, { document: { type: 'passport', number: 'E12345678', expiresOn: FEB_30 } }),
    ],
  ] as const)('an invalid %s', (name, path, r) => {
    const e = dateError(r, [...path]);
    expect(e.message).toBe(
      `Invalid ${name} at ${path.join('.')}: Invalid date: 2026-02 has no day 30`,
    );
    expect(e.issues).toEqual([
      { path, message: 'must be a real date YYYY-MM-DD: Invalid date: 2026-02 has no day 30' },
    ]);
  });
});
