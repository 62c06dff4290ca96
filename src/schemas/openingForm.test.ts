import { describe, expect, it } from 'vitest';
import { openingFormSchema } from './openingForm';
import { getPreset } from '../presets';
import { DEFAULT_FORM_RULES, formRulesOf, type FormRules } from './formRules';

describe('openingFormSchema', () => {
  const form = {
    requestedClass: 'II',
    channel: 'remote',
    birthDate: '1949-12-31',
    documentType: 'resident_id_card',
    documentNumber: '11010519491231002X',
    documentExpiresOn: '',
  };

  it('accepts a good form (an empty expiry means no expiry)', () => {
    expect(openingFormSchema('en', { today: '2026-11-22' }).safeParse(form).success).toBe(true);
  });

  it('reports ID-number problems on the number field, in the form language', () => {
    const zh = openingFormSchema('zh-CN').safeParse({
      ...form,
      documentNumber: '11010519491231002x',
    });
    expect(zh.success ? [] : zh.error.issues.map((i) => [i.path, i.message])).toEqual([
      [['documentNumber'], '校验码X须为大写。'],
    ]);
    const en = openingFormSchema('en').safeParse({ ...form, birthDate: '1990-05-01' });
    expect(en.success ? [] : en.error.issues.map((i) => [i.path, i.message])).toEqual([
      [
        ['documentNumber'],
        'The birth date in the number (1949-12-31) differs from the declared birth date (1990-05-01).',
      ],
    ]);
  });

  it('reports every field at once, including the number when another field is missing', () => {
    const r = openingFormSchema('en', { today: '2026-11-22' }).safeParse({
      channel: 'atm',
      birthDate: '2027-01-01',
      documentType: 'passport',
      documentNumber: 'e12',
      documentExpiresOn: '2026-11-21',
    });
    expect(r.success ? [] : r.error.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['requestedClass', 'This field is required.'],
      ['channel', 'Choose one of the options.'],
      ['birthDate', 'The birth date cannot be in the future.'],
      ['documentNumber', 'Use 5–20 capital letters and digits, as printed on the document.'],
      ['documentExpiresOn', 'The document expired on 2026-11-21.'],
    ]);
  });

  it('a document expiring today is valid', () => {
    expect(
      openingFormSchema('en', { today: '2026-11-22' }).safeParse({
        ...form,
        documentExpiresOn: '2026-11-22',
      }).success,
    ).toBe(true);
  });

  it('writes the generic field messages in Chinese', () => {
    const r = openingFormSchema('zh-CN').safeParse({
      ...form,
      birthDate: '1990-02-30',
      requestedClass: '',
    });
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toEqual([
      '此项为必填项。',
      '请按YYYY-MM-DD格式输入有效日期。',
    ]);
  });
});

describe('openingFormSchema: the opening rules a form can decide, on their fields', () => {
  const today = '2026-11-22';
  const good = {
    requestedClass: 'II',
    channel: 'remote',
    birthDate: '1949-12-31',
    documentType: 'resident_id_card',
    documentNumber: '11010519491231002X',
  };
  const issues = (lang: 'en' | 'zh-CN', form: object, rules?: FormRules) => {
    const r = openingFormSchema(lang, { today, ...(rules ? { rules } : {}) }).safeParse(form);
    return r.success
      ? []
      : r.error.issues.map((i) => ({
          path: i.path.join('.'),
          code: (i as { params?: { code?: string } }).params?.code,
          message: i.message,
        }));
  };

  it('the default rules are those of cn-pboc-2018', () => {
    expect(formRulesOf(getPreset('cn-pboc-2018'))).toEqual(DEFAULT_FORM_RULES);
  });

  it('requestedClass must be a class of the preset', () => {
    expect(issues('en', { ...good, requestedClass: 'IV' })).toEqual([
      {
        path: 'requestedClass',
        code: 'unknown_class',
        message:
          'Choose one of: III (Class III account), II (Class II account) or I (Class I account).',
      },
    ]);
    const tiered = formRulesOf(getPreset('tiered-generic'));
    expect(issues('en', { ...good, requestedClass: 'basic' }, tiered)).toEqual([]);
    expect(issues('en', { ...good, requestedClass: 'II' }, tiered)[0]?.code).toBe('unknown_class');
  });

  it('under the minimum age without a guardian: on birthDate, in each language', () => {
    const young = { ...good, birthDate: '2012-03-01', documentNumber: '110105201203010019' };
    expect(issues('zh-CN', young)).toEqual([
      {
        path: 'birthDate',
        code: 'under_minimum_age',
        message: '申请人14周岁，未满16周岁：须由法定监护人陪同。',
      },
    ]);
    expect(issues('en', { ...young, guardianPresent: true })).toEqual([
      {
        path: 'channel',
        code: 'guardian_not_in_person',
        message: 'Under 16, the guardian comes in person: choose counter or kiosk with staff.',
      },
    ]);
    expect(issues('en', { ...young, guardianPresent: true, channel: 'counter' })).toEqual([]);
    // Turning 16 today is 16.
    expect(
      issues('en', { ...young, birthDate: '2010-11-22', documentNumber: '110105201011220011' }),
    ).toEqual([]);
  });

  it('class against channel: a Class I account is opened face to face', () => {
    expect(issues('en', { ...good, requestedClass: 'I' })).toEqual([
      {
        path: 'channel',
        code: 'face_to_face_required',
        message:
          'A Class I account is opened face to face only: choose counter or kiosk with staff.',
      },
    ]);
    expect(issues('zh-CN', { ...good, requestedClass: 'I' })[0]?.message).toBe(
      'Ⅰ类户须面对面开立：请选择柜面或有工作人员协助的自助设备。',
    );
  });

  it('the document must be accepted for the residency', () => {
    expect(issues('en', { ...good, residency: 'foreign' })).toEqual([
      {
        path: 'documentType',
        code: 'document_not_accepted',
        message:
          'Not accepted for this residency: present passport or foreign permanent residence ID card.',
      },
    ]);
  });

  it('a bad check character and a phone in another name', () => {
    const r = issues('en', {
      ...good,
      documentNumber: '110105194912310021',
      phoneInOwnName: false,
    });
    expect(r.map((i) => [i.path, i.code])).toEqual([
      ['documentNumber', 'invalid_document_number'],
      ['phoneInOwnName', 'phone_not_in_own_name'],
    ]);
  });
});
