import { describe, expect, it } from 'vitest';
import { checkOpeningEligibility } from '../kyc';
import { ACCOUNTS, T0 } from '../lifecycle/fixtures.testkit';
import { transition } from '../lifecycle/transition';
import { checkTransaction, maxTransactionAmount, usageFromHistory } from '../limits';
import { getPreset } from '../presets';
import { amountSchema, instantSchema, localDateSchema, transactionInstantSchema } from './common';
import { decisionFieldErrors, openingRequestFromForm } from './decisionFieldErrors';
import { openingFormSchema, type OpeningForm } from './openingForm';
import { informationChangeFormSchema, lossReportFormSchema } from './serviceForms';
import { describeHeadroom, headroomCode, transferFormSchema } from './transferForm';
import { formRulesOf } from './formRules';

const PBOC = getPreset('cn-pboc-2018');
type Issue = { path: PropertyKey[]; message: string; params?: { code?: string } };
const issues = (r: { success: boolean; error?: { issues: readonly unknown[] } }) =>
  r.success
    ? []
    : (r.error!.issues as Issue[]).map((i) => ({
        path: i.path.join('.'),
        code: i.params?.code,
        message: i.message,
      }));

describe('amount, date and instant schemas speak the caller’s language', () => {
  it('amounts', () => {
    expect(issues(amountSchema(2, 'zh-CN').safeParse('12.345'))[0]?.message).toBe(
      '请输入金额，例如1000.00：最多2位小数。',
    );
    expect(issues(amountSchema(0, 'en').safeParse('12.5'))[0]?.message).toBe(
      'Enter an amount such as 1000.00: whole numbers only, no decimal places.',
    );
    expect(issues(amountSchema(2, 'zh-CN').safeParse('1,000'))[0]?.message).toBe(
      '请输入金额，例如1000.00：只能包含数字和一个小数点，不要使用千位分隔符。',
    );
    expect(issues(amountSchema(2, 'zh-CN').safeParse(5))[0]?.message).toBe(
      '请输入金额，例如1000.00：金额须为文本，不能为数值。',
    );
    expect(issues(amountSchema(2, 'zh-CN').safeParse(undefined))[0]?.message).toBe(
      '此项为必填项。',
    );
    // Without a language: the English of the CLI, unchanged.
    expect(issues(amountSchema(2).safeParse('12.345'))[0]?.message).toBe(
      'must be a decimal string amount such as "1000.00": has more than 2 decimal places',
    );
  });

  it('dates and instants', () => {
    expect(issues(localDateSchema('zh-CN').safeParse('2026-02-30'))[0]?.message).toBe(
      '请按YYYY-MM-DD格式输入有效日期。',
    );
    expect(issues(instantSchema('zh-CN').safeParse('2026-11-22T09:30'))[0]?.message).toBe(
      '请输入带时区偏移的日期时间，例如2026-11-22T09:30:00+08:00。',
    );
    expect(
      issues(transactionInstantSchema('en').safeParse('9999-01-01T00:00:00Z'))[0]?.message,
    ).toBe('Enter a time between 1900 and 2199.');
    expect(instantSchema('en').safeParse('2026-11-22T09:30:00+08:00').success).toBe(true);
  });
});

describe('transferFormSchema', () => {
  const usage = usageFromHistory(PBOC, [
    { at: '2026-11-22T09:00:00+08:00', amount: '9000.00', kind: 'payment' },
  ]);
  const at = '2026-11-22T12:00:00+08:00';
  const headroom = maxTransactionAmount(
    { class: 'II', balance: '5000.00' },
    { at, kind: 'transfer_out', counterparty: 'other' },
    usage,
    PBOC,
  );
  const good = { amount: '800.00', counterparty: 'other', channel: 'mobile' };

  it('an amount over the headroom the backend returned: how much remains and when it resets', () => {
    expect(headroom.maxAmount).toBe('1000.00');
    expect(transferFormSchema('en', { headroom }).safeParse(good).success).toBe(true);
    const over = { ...good, amount: '1000.01' };
    expect(issues(transferFormSchema('en', { headroom }).safeParse(over))).toEqual([
      {
        path: 'amount',
        code: 'daily_outflow_limit',
        message:
          'At most 1000.00 CNY can be sent now; the limit resets at 2026-11-23 00:00 (+08:00).',
      },
    ]);
    expect(issues(transferFormSchema('zh-CN', { headroom }).safeParse(over))[0]?.message).toBe(
      '当前最多可转出1000.00CNY，限额于2026-11-23 00:00 (+08:00)恢复。',
    );
    // The backend agrees: the same code for the same amount.
    const decision = checkTransaction(
      { class: 'II', balance: '5000.00' },
      { at, amount: '1000.01', kind: 'transfer_out', counterparty: 'other' },
      usage,
      PBOC,
    );
    expect(decision.violations.map((v) => v.code)).toEqual(['daily_outflow_limit']);
    expect(decisionFieldErrors(decision, 'transfer')).toEqual({
      amount: decision.violations[0]!.message,
    });
    expect(describeHeadroom(headroom, 'en')).toBe(
      'You can send up to 1000.00 CNY now; the limit resets at 2026-11-23 00:00 (+08:00).',
    );
  });

  it('the amount scale follows the currency; zero and malformed amounts are refused', () => {
    expect(
      issues(
        transferFormSchema('en', { currency: 'JPY' }).safeParse({ ...good, amount: '800.5' }),
      )[0]?.message,
    ).toBe('Enter an amount such as 1000.00: whole numbers only, no decimal places.');
    expect(
      transferFormSchema('en', { currency: 'BHD' }).safeParse({ ...good, amount: '800.125' })
        .success,
    ).toBe(true);
    expect(issues(transferFormSchema('zh-CN').safeParse({ ...good, amount: '0.00' }))).toEqual([
      { path: 'amount', code: 'amount_not_positive', message: '请输入大于零的金额。' },
    ]);
    expect(issues(transferFormSchema('en').safeParse({ ...good, amount: '1e3' }))[0]?.path).toBe(
      'amount',
    );
  });

  it('a channel the account may not use', () => {
    expect(
      issues(
        transferFormSchema('en', { channels: ['counter', 'mobile'] }).safeParse({
          ...good,
          channel: 'atm',
        }),
      ),
    ).toEqual([
      {
        path: 'channel',
        code: 'channel_not_permitted',
        message: 'Not available through an ATM: choose the counter or mobile banking.',
      },
    ]);
  });
});

describe('informationChangeFormSchema and lossReportFormSchema', () => {
  it('a key field: counter only, with proof; the backend gives the same codes', () => {
    const form = { field: 'name', value: '李四', channel: 'mobile' };
    expect(issues(informationChangeFormSchema('en').safeParse(form))).toEqual([
      {
        path: 'channel',
        code: 'channel_not_allowed',
        message: 'The name is changed only at the counter.',
      },
      {
        path: 'proof',
        code: 'proof_required',
        message: 'Changing the name needs official proof: enter its reference.',
      },
    ]);
    expect(
      informationChangeFormSchema('zh-CN').safeParse({ ...form, channel: 'counter', proof: 'P-1' })
        .success,
    ).toBe(true);
    expect(
      informationChangeFormSchema('zh-CN').safeParse({
        field: 'phone',
        value: '13900000000',
        channel: 'mobile',
      }).success,
    ).toBe(true);
    expect(
      issues(informationChangeFormSchema('zh-CN').safeParse({ ...form, field: 'balance' }))[0],
    ).toEqual({
      path: 'field',
      code: 'unknown_field',
      message: '请选择：姓名、证件号码、手机号码、地址或职业。',
    });
    const decision = transition(
      ACCOUNTS.normal,
      {
        type: 'change_information',
        at: T0,
        channel: 'mobile',
        changes: [{ field: 'name', value: '李四' }],
        enteredBy: 'customer',
      },
      PBOC,
    );
    const errors = decisionFieldErrors(decision, 'informationChange');
    expect(Object.keys(errors).sort()).toEqual(['channel', 'proof', 'root']);
  });

  it('a loss is reported through the preset’s channels', () => {
    expect(lossReportFormSchema('en').safeParse({ channel: 'phone' }).success).toBe(true);
    expect(issues(lossReportFormSchema('zh-CN').safeParse({ channel: 'atm' }))).toEqual([
      {
        path: 'channel',
        code: 'channel_not_allowed',
        message: '挂失请通过柜面、电话银行、网上银行或手机银行办理。',
      },
    ]);
  });
});

describe('decisionFieldErrors', () => {
  it('puts every eligibility reason on the opening form’s field, the rest on root', () => {
    // What a page without the form rules would send (the form itself refuses it).
    const form: OpeningForm = {
      requestedClass: 'I',
      channel: 'remote',
      birthDate: '2012-03-01',
      documentType: 'resident_id_card',
      documentNumber: '110105201203010019',
    };
    expect(openingFormSchema('en').safeParse(form).success).toBe(false);
    const request = openingRequestFromForm(form, {
      today: '2026-11-22',
      verifications: ['id_network_check'],
      existingAccounts: [{ class: 'I' }],
    });
    const decision = checkOpeningEligibility(request, { lang: 'zh-CN' });
    const errors = decisionFieldErrors(decision, 'opening');
    expect(Object.keys(errors).sort()).toEqual(['birthDate', 'channel', 'requestedClass']);
    expect(errors.birthDate).toBe(
      decision.reasons.find((r) => r.code === 'under_minimum_age')!.message,
    );
    expect(decisionFieldErrors({ eligible: true, reasons: [], conditions: [] }, 'opening')).toEqual(
      {},
    );
    expect(
      decisionFieldErrors(decision, 'opening', {
        fields: { under_minimum_age: 'guardianPresent' },
      }),
    ).toHaveProperty('guardianPresent');
  });
});

describe('the edges of the transfer and service forms', () => {
  it('the code of the binding limit, and headroom without a reset or without a limit', () => {
    expect(headroomCode({ maxAmount: '5', resetsAt: null })).toBe('per_transaction_limit');
    expect(
      headroomCode({
        maxAmount: '5',
        resetsAt: null,
        limitedBy: 'balance',
        decision: { limits: [{ id: 'balance', type: 'balance_cap' }] },
      }),
    ).toBe('balance_cap');
    expect(
      headroomCode({
        maxAmount: '5',
        resetsAt: null,
        limitedBy: 'r',
        decision: { limits: [{ id: 'r', window: 'rolling', direction: 'inflow' }] },
      }),
    ).toBe('rolling_inflow_limit');
    const once = { maxAmount: '50.00', resetsAt: null };
    expect(describeHeadroom(once, 'zh-CN')).toBe('最多可转出50.00CNY，该限额不随时间恢复。');
    expect(describeHeadroom({ maxAmount: null, resetsAt: null }, 'en')).toBe(
      'No limit caps this transfer now.',
    );
    expect(
      issues(
        transferFormSchema('en', { headroom: once }).safeParse({
          amount: '50.01',
          counterparty: 'own',
          channel: 'online',
        }),
      )[0]?.message,
    ).toBe('At most 50.00 CNY can be sent; this limit does not reset by time.');
    expect(
      transferFormSchema('en', { headroom: { maxAmount: null, resetsAt: null } }).safeParse({
        amount: '99999999.99',
        counterparty: 'own',
        channel: 'online',
      }).success,
    ).toBe(true);
  });

  it('a preset field without a catalog name is shown by its id; a loss report instant is checked', () => {
    const rules = { ...formRulesOf(PBOC), nonKeyFields: ['nickname'] };
    expect(
      issues(
        informationChangeFormSchema('en', { rules }).safeParse({
          field: 'nickname',
          value: 'x',
          channel: 'atm',
        }),
      )[0]?.message,
    ).toBe('Nickname is changed only at the counter, online banking or mobile banking.');
    expect(
      issues(lossReportFormSchema('en').safeParse({ channel: 'counter', at: 'yesterday' }))[0],
    ).toMatchObject({ path: 'at' });
  });

  it('decisionFieldErrors skips what is not a reason and joins several on one field', () => {
    const decision = {
      reasons: [
        null,
        { code: 'x' },
        { code: 'proof_required', message: 'A.' },
        { code: 'proof_required', message: 'B.' },
        { message: 'C.' },
      ],
    } as never;
    expect(decisionFieldErrors(decision, 'informationChange')).toEqual({
      proof: 'A. B.',
      root: 'C.',
    });
  });
});

describe('the forms entry', () => {
  it('exports only what account-policy/schemas exports', async () => {
    const forms = await import('./forms');
    const all = await import('.');
    expect(Object.keys(forms).length).toBeGreaterThan(10);
    for (const [name, value] of Object.entries(forms))
      expect((all as Record<string, unknown>)[name], name).toBe(value);
  });
});
