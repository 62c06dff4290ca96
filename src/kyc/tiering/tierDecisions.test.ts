/**
 * Tier decisions as a whole: every criterion with its facts, `met`, source and message in both
 * languages, and the typed errors of inconsistent input. Expected values come from RULES.md §1–§2,
 * the shipped presets (pbocClasses, tieredClasses) and the KYC message catalog.
 */
import { describe, expect, it } from 'vitest';
import { derivePreset } from '../../presets/derivePreset';
import { getPreset } from '../../presets/registry';
import { typedError } from '../internal/hostile.testkit';
import { checkTierInactivity, safeCheckTierInactivity } from './checkTierInactivity';
import {
  evaluateInitialTier,
  reevaluateTier,
  safeEvaluateInitialTier,
  safeReevaluateTier,
  safeTierUpgradePath,
  tierUpgradePath,
} from './evaluateTiers';
import { safeTierRequirements, tierRequirements } from './tierRequirements';
import { ADVANCED_ID, BASIC_ID, INTERMEDIATE_ID, usage } from './tierFixtures.testkit';
import type { TierIdentity, TierUsage } from './types';

const LANGS = ['en', 'zh-CN'] as const;
type Lang = (typeof LANGS)[number];
const text = (lang: Lang, en: string, zh: string) => (lang === 'en' ? en : zh);

const tiered = getPreset('tiered-generic');
const SEED_001 = {
  source: '《账户分层分级管理办法》 (bank internal policy)',
  sourceKey: 'tiering-measures',
} as const;
const PBOC_302 = { source: '银发〔2016〕302号', sourceKey: 'pboc-2016-302' } as const;

describe.each(LANGS)('tierRequirements: the number of verification methods (%s)', (lang) => {
  // Class II: at least 2 methods, including the bound-account check (RULES.md §1).
  const classII = (identity: TierIdentity) => tierRequirements({ tier: 'II', identity }, { lang });
  const bound = {
    kind: 'verification',
    code: 'tier_requirement_verification',
    verification: 'bound_account_check',
    met: true,
    message: text(lang, 'Verification: bound-account check', '身份验证：绑定账户验证'),
    ...PBOC_302,
  };
  const count = (actual: number) => ({
    kind: 'verification_count',
    code: 'tier_requirement_verification_count',
    required: 2,
    actual,
    met: actual >= 2,
    message: text(
      lang,
      `At least 2 verification methods (done: ${actual})`,
      `至少2种身份验证方式（已完成${actual}种）`,
    ),
    ...PBOC_302,
  });

  it('one method of two: the count is outstanding', () => {
    expect(classII({ provided: [], verifications: ['bound_account_check'] })).toStrictEqual({
      tier: 'II',
      title: text(lang, 'Class II account', 'Ⅱ类户'),
      criteria: [bound, count(1)],
      met: false,
      outstanding: [count(1)],
    });
  });

  it('exactly two methods: met', () => {
    expect(
      classII({ provided: [], verifications: ['sms_code', 'bound_account_check'] }),
    ).toStrictEqual({
      tier: 'II',
      title: text(lang, 'Class II account', 'Ⅱ类户'),
      criteria: [bound, count(2)],
      met: true,
      outstanding: [],
    });
  });

  it('three methods: met', () => {
    const r = classII({
      provided: [],
      verifications: ['sms_code', 'bound_account_check', 'face_recognition'],
    });
    expect(r.criteria).toStrictEqual([bound, count(3)]);
    expect(r.met).toBe(true);
  });

  it('the identity check at the counter counts as a face-to-face method; claimed remotely it does not', () => {
    expect(
      classII({ provided: [], verifications: ['bound_account_check'], channel: 'counter' })
        .criteria,
    ).toStrictEqual([bound, count(2)]);
    expect(
      classII({
        provided: [],
        verifications: ['bound_account_check', 'face_to_face'],
        channel: 'remote',
      }).criteria,
    ).toStrictEqual([bound, count(1)]);
  });
});

describe.each(LANGS)('tierRequirements: every criterion of the intermediate tier (%s)', (lang) => {
  const doc = (requirement: string, met: boolean, en: string, zh: string) => ({
    kind: 'document',
    code: 'tier_requirement_document',
    requirement,
    met,
    message: text(lang, `Provide: ${en}`, `提供${zh}`),
    ...SEED_001,
  });
  const verification = (v: string, met: boolean, en: string, zh: string) => ({
    kind: 'verification',
    code: 'tier_requirement_verification',
    verification: v,
    met,
    message: text(lang, `Verification: ${en}`, `身份验证：${zh}`),
    ...SEED_001,
  });

  it('basic identity, usage short of the bar: each criterion with its facts', () => {
    const r = tierRequirements(
      {
        tier: 'intermediate',
        identity: BASIC_ID,
        usage: usage({ cumulativeVolume: '9999.99', creditRating: 'fair', alerts: 1 }),
      },
      { preset: tiered, lang },
    );
    const volume = {
      kind: 'cumulative_volume',
      code: 'tier_requirement_cumulative_volume',
      required: '10000.00',
      actual: '9999.99',
      currency: 'CNY',
      met: false,
      message: text(
        lang,
        'Cumulative transactions of at least 10000.00 (now 9999.99)',
        '累计交易金额不低于10000.00（当前9999.99）',
      ),
      ...SEED_001,
    };
    const transactions = {
      kind: 'transaction_count',
      code: 'tier_requirement_transaction_count',
      required: 2,
      actual: 2,
      met: true,
      message: text(
        lang,
        'At least 2 transactions in the period reviewed (now 2)',
        '评估期内交易不少于2笔（当前2笔）',
      ),
      ...SEED_001,
    };
    const credit = {
      kind: 'credit_rating',
      code: 'tier_requirement_credit_rating',
      required: 'good',
      actual: 'fair',
      met: false,
      message: text(
        lang,
        'A credit rating of at least good (now fair)',
        '信用评级不低于良好（当前一般）',
      ),
      ...SEED_001,
    };
    const alerts = {
      kind: 'alerts',
      code: 'tier_requirement_alerts',
      required: 0,
      actual: 1,
      met: false,
      message: text(
        lang,
        'At most 0 confirmed alerts in the period reviewed (now 1)',
        '评估期内经确认的预警不超过0次（当前1次）',
      ),
      ...SEED_001,
    };
    const criteria = [
      doc('name', true, 'name', '姓名'),
      doc('contact', true, 'contact details', '联系方式'),
      doc('id_number', true, 'identity document number', '有效身份证件号码'),
      doc('address_proof', false, 'proof of address', '地址证明'),
      doc('income_proof', false, 'proof of income', '收入证明'),
      verification('id_network_check', true, 'ID network check', '身份证联网核查'),
      verification('face_recognition', false, 'face recognition', '人脸识别'),
      verification('sms_code', false, 'SMS code', '短信验证码'),
      volume,
      transactions,
      credit,
      alerts,
    ];
    expect(r).toStrictEqual({
      tier: 'intermediate',
      title: text(lang, 'Intermediate tier', '中级层级'),
      criteria,
      met: false,
      outstanding: criteria.filter((c) => !c.met),
    });
  });

  it('without usage, usage criteria are not met and their actual value is unknown', () => {
    const r = tierRequirements(
      { tier: 'advanced', identity: ADVANCED_ID },
      { preset: tiered, lang },
    );
    const unknown = text(lang, 'unknown', '未知');
    expect(
      r.criteria.filter((c) => c.kind !== 'document' && c.kind !== 'verification'),
    ).toStrictEqual([
      {
        kind: 'face_to_face',
        code: 'tier_requirement_face_to_face',
        met: true,
        message: text(
          lang,
          'Identity confirmed face to face (counter, or kiosk with staff)',
          '面对面核验身份（柜面或有工作人员协助的自助设备）',
        ),
        ...SEED_001,
      },
      {
        kind: 'cumulative_volume',
        code: 'tier_requirement_cumulative_volume',
        required: '500000.00',
        actual: null,
        currency: 'CNY',
        met: false,
        message: text(
          lang,
          `Cumulative transactions of at least 500000.00 (now ${unknown})`,
          `累计交易金额不低于500000.00（当前${unknown}）`,
        ),
        source: 'common bank practice, configurable',
        sourceKey: 'bank-practice',
      },
      {
        kind: 'transaction_count',
        code: 'tier_requirement_transaction_count',
        required: 12,
        actual: null,
        met: false,
        message: text(
          lang,
          `At least 12 transactions in the period reviewed (now ${unknown})`,
          `评估期内交易不少于12笔（当前${unknown}）`,
        ),
        source: 'common bank practice, configurable',
        sourceKey: 'bank-practice',
      },
      {
        kind: 'history',
        code: 'tier_requirement_history',
        required: { years: 1 },
        since: null,
        reachedAt: null,
        met: false,
        message: text(
          lang,
          `A relationship of at least 1 year (from ${unknown})`,
          `业务关系满1年（自${unknown}起）`,
        ),
        source: 'common bank practice, configurable',
        sourceKey: 'bank-practice',
      },
      {
        kind: 'credit_rating',
        code: 'tier_requirement_credit_rating',
        required: 'excellent',
        actual: null,
        met: false,
        message: text(
          lang,
          `A credit rating of at least excellent (now ${unknown})`,
          `信用评级不低于极佳（当前${unknown}）`,
        ),
        source: 'common bank practice, configurable',
        sourceKey: 'bank-practice',
      },
      {
        kind: 'alerts',
        code: 'tier_requirement_alerts',
        required: 0,
        actual: null,
        met: false,
        message: text(
          lang,
          `At most 0 confirmed alerts in the period reviewed (now ${unknown})`,
          `评估期内经确认的预警不超过0次（当前${unknown}）`,
        ),
        source: 'common bank practice, configurable',
        sourceKey: 'bank-practice',
      },
    ]);
    expect(r.met).toBe(false);
  });

  it('the history criterion: since the opening, reached one year later', () => {
    const r = tierRequirements(
      {
        tier: 'advanced',
        identity: ADVANCED_ID,
        usage: usage({ openedAt: '2025-11-01T00:00:00+08:00', asOf: '2026-10-31T23:59:59+08:00' }),
      },
      { preset: tiered, lang },
    );
    expect(r.criteria.find((c) => c.kind === 'history')).toStrictEqual({
      kind: 'history',
      code: 'tier_requirement_history',
      required: { years: 1 },
      since: '2025-11-01T00:00:00+08:00',
      reachedAt: '2026-11-01T00:00:00+08:00',
      met: false,
      message: text(
        lang,
        'A relationship of at least 1 year (from 2025-11-01T00:00:00+08:00)',
        '业务关系满1年（自2025-11-01T00:00:00+08:00起）',
      ),
      source: 'common bank practice, configurable',
      sourceKey: 'bank-practice',
    });
  });
});

describe('tierRequirements and its safe twin: input errors', () => {
  it('usage evaluated before the account was opened is invalid input at usage.asOf', () => {
    const request = {
      tier: 'intermediate',
      identity: BASIC_ID,
      usage: usage({ openedAt: '2026-01-05T10:00:00+08:00', asOf: '2026-01-05T09:59:59+08:00' }),
    };
    const e = typedError(() => tierRequirements(request, { preset: tiered }), 'invalid_input', [
      'usage',
      'asOf',
    ]);
    expect(e.message).toBe('Invalid input at usage.asOf: must not be before openedAt');
    expect(e.issues).toEqual([{ path: ['usage', 'asOf'], message: 'must not be before openedAt' }]);
    const safe = safeTierRequirements(request, { preset: tiered });
    expect(safe.ok).toBe(false);
    if (!safe.ok) expect(safe.error.message).toBe(e.message);
    // Evaluated at the opening instant itself: fine.
    expect(
      tierRequirements(
        { ...request, usage: usage({ asOf: '2026-01-05T10:00:00+08:00' }) },
        { preset: tiered },
      ).tier,
    ).toBe('intermediate');
  });

  it('the safe twin returns the requirements of a well-formed request', () => {
    const request = { tier: 'basic', identity: BASIC_ID };
    expect(safeTierRequirements(request, { preset: tiered })).toStrictEqual({
      ok: true,
      value: tierRequirements(request, { preset: tiered }),
    });
    const unknown = safeTierRequirements(
      { tier: 'premium', identity: BASIC_ID },
      { preset: tiered },
    );
    expect(!unknown.ok && unknown.error.code).toBe('invalid_input');
    expect(!unknown.ok && unknown.error.message).toBe(
      'Invalid input at tier: must be one of basic, intermediate, advanced; got "premium"',
    );
  });
});

describe('the safe twins of the tier evaluations', () => {
  it('safeTierUpgradePath: the path, null at the top, or the error', () => {
    const request = { currentTier: 'basic', identity: BASIC_ID };
    expect(safeTierUpgradePath(request, { preset: tiered })).toStrictEqual({
      ok: true,
      value: tierUpgradePath(request, { preset: tiered }),
    });
    expect(
      safeTierUpgradePath({ currentTier: 'advanced', identity: ADVANCED_ID }, { preset: tiered }),
    ).toStrictEqual({ ok: true, value: null });
    const r = safeTierUpgradePath({ currentTier: 'x', identity: BASIC_ID }, { preset: tiered });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid_input');
      expect(r.error.issues[0]!.path).toEqual(['currentTier']);
    }
  });

  it('safeEvaluateInitialTier: the assessment or the error', () => {
    expect(safeEvaluateInitialTier(BASIC_ID, { preset: tiered })).toStrictEqual({
      ok: true,
      value: evaluateInitialTier(BASIC_ID, { preset: tiered }),
    });
    const r = safeEvaluateInitialTier({ provided: ['passport_scan'], verifications: [] } as never, {
      preset: tiered,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid_input');
      expect(r.error.issues[0]!.path).toEqual(['identity', 'provided', 0]);
    }
  });
});

describe.each(LANGS)('evaluateInitialTier in full (%s)', (lang) => {
  it('the basic tier, with what the intermediate tier would need', () => {
    const r = evaluateInitialTier(BASIC_ID, { preset: tiered, lang });
    expect(r.tier).toBe('basic');
    expect(r.message).toBe(text(lang, 'Initial tier: Basic tier.', '初始层级：基础层级。'));
    expect(r.next).toMatchObject({
      tier: 'intermediate',
      title: text(lang, 'Intermediate tier', '中级层级'),
      from: 'basic',
      met: false,
      limitChanges: [
        {
          id: 'dailyOutflow',
          type: 'window_amount',
          direction: 'outflow',
          window: 'day',
          current: '1000.00',
          next: '50000.00',
        },
      ],
    });
    // At opening only identity counts: no usage criterion in what comes next.
    expect(r.next!.criteria.map((c) => c.kind)).toEqual([
      'document',
      'document',
      'document',
      'document',
      'document',
      'verification',
      'verification',
      'verification',
    ]);
  });

  it('the advanced tier has nothing above it', () => {
    const r = evaluateInitialTier(ADVANCED_ID, { preset: tiered, lang });
    expect(r.tier).toBe('advanced');
    expect(r.message).toBe(text(lang, 'Initial tier: Advanced tier.', '初始层级：高级层级。'));
    expect(r.next).toBeNull();
  });

  it('no tier at all: what the lowest tier needs', () => {
    const r = evaluateInitialTier({ provided: [], verifications: [] }, { preset: tiered, lang });
    expect(r.tier).toBeNull();
    expect(r.message).toBe(
      text(
        lang,
        'The identity provided does not yet meet the Basic tier.',
        '所提供的身份信息尚不满足基础层级的要求。',
      ),
    );
    expect(r.next).toMatchObject({ tier: 'basic', met: false });
    expect(r.next!.outstanding.map((c) => ('requirement' in c ? c.requirement : c.kind))).toEqual([
      'name',
      'contact',
      'id_number',
      'verification',
    ]);
  });
});

describe.each(LANGS)('reevaluateTier in full (%s)', (lang) => {
  it('at the top tier with its criteria kept: no change, no reason, nothing next', () => {
    expect(
      reevaluateTier(
        {
          currentTier: 'advanced',
          identity: ADVANCED_ID,
          usage: usage({ creditRating: 'excellent' }),
        },
        { preset: tiered, lang },
      ),
    ).toStrictEqual({
      currentTier: 'advanced',
      proposedTier: 'advanced',
      change: 'none',
      requiresApproval: false,
      message: text(lang, 'The customer stays in the Advanced tier.', '客户保持高级层级。'),
      reasons: [],
      next: null,
      nextReevaluationAt: '2026-12-01T00:00:00+08:00',
    });
  });

  it('a downgrade names both tiers', () => {
    const r = reevaluateTier(
      {
        currentTier: 'intermediate',
        identity: INTERMEDIATE_ID,
        usage: usage({ creditRating: 'poor' }),
      },
      { preset: tiered, lang },
    );
    expect(r.message).toBe(
      text(
        lang,
        'Downgrade proposed from the Intermediate tier to the Basic tier; it takes effect once approved and the customer is notified.',
        '建议由中级层级降级为基础层级；经审批并通知客户后生效。',
      ),
    );
    expect(r.reasons).toStrictEqual([
      {
        kind: 'credit_rating',
        code: 'tier_requirement_credit_rating',
        required: 'good',
        actual: 'poor',
        met: false,
        message: text(
          lang,
          'A credit rating of at least good (now poor)',
          '信用评级不低于良好（当前较差）',
        ),
        ...SEED_001,
      },
    ]);
  });

  it('an upgrade names both tiers', () => {
    const r = reevaluateTier(
      { currentTier: 'basic', identity: INTERMEDIATE_ID, usage: usage() },
      { preset: tiered, lang },
    );
    expect(r.message).toBe(
      text(
        lang,
        'Upgrade proposed from the Basic tier to the Intermediate tier; it takes effect once approved and the customer is notified.',
        '建议由基础层级升级为中级层级；经审批并通知客户后生效。',
      ),
    );
  });
});

describe('reevaluateTier: safe twin and presets without tiering', () => {
  it('a PBOC preset has no tiering rules', () => {
    const request = { currentTier: 'II', identity: BASIC_ID, usage: usage() };
    const e = typedError(() => reevaluateTier(request), 'invalid_input', ['preset']);
    expect(e.message).toBe(
      'Invalid input at preset: preset cn-pboc-2018 has no tiering rules; use a tiered preset such as tiered-generic',
    );
    const safe = safeReevaluateTier(request);
    expect(!safe.ok && safe.error.message).toBe(e.message);
  });

  it('the safe twin returns the re-evaluation', () => {
    const request = { currentTier: 'basic', identity: BASIC_ID, usage: usage() };
    expect(safeReevaluateTier(request, { preset: tiered })).toStrictEqual({
      ok: true,
      value: reevaluateTier(request, { preset: tiered }),
    });
  });
});

describe('checkTierInactivity: consistent instants, full statuses', () => {
  const OPENED = '2026-01-10T09:00:00+08:00';
  const check = (
    request: { tier?: string; lastTransactionAt?: string | null; at: string },
    lang: Lang = 'en',
  ) =>
    checkTierInactivity({ tier: 'basic', openedAt: OPENED, ...request }, { preset: tiered, lang });

  it('checking before the opening is invalid input at `at`', () => {
    const e = typedError(() => check({ at: '2026-01-10T08:59:59+08:00' }), 'invalid_input', ['at']);
    expect(e.message).toBe('Invalid input at at: must not be before openedAt');
    expect(e.issues).toEqual([{ path: ['at'], message: 'must not be before openedAt' }]);
    expect(check({ at: OPENED }).frozen).toBe(false);
  });

  it('a last transaction after `at` or before the opening is invalid input', () => {
    const late = typedError(
      () =>
        check({ lastTransactionAt: '2026-03-01T00:00:01+08:00', at: '2026-03-01T00:00:00+08:00' }),
      'invalid_input',
      ['lastTransactionAt'],
    );
    expect(late.message).toBe('Invalid input at lastTransactionAt: must not be after at');
    expect(late.issues).toEqual([{ path: ['lastTransactionAt'], message: 'must not be after at' }]);
    const early = typedError(
      () =>
        check({ lastTransactionAt: '2026-01-10T08:59:59+08:00', at: '2026-03-01T00:00:00+08:00' }),
      'invalid_input',
      ['lastTransactionAt'],
    );
    expect(early.message).toBe('Invalid input at lastTransactionAt: must not be before openedAt');
    // The bounds themselves are consistent.
    expect(check({ lastTransactionAt: OPENED, at: OPENED }).since).toBe(OPENED);
    expect(
      check({ lastTransactionAt: '2026-03-01T00:00:00+08:00', at: '2026-03-01T00:00:00+08:00' })
        .frozen,
    ).toBe(false);
    const safe = safeCheckTierInactivity(
      {
        tier: 'basic',
        openedAt: OPENED,
        lastTransactionAt: '2026-03-02T00:00:00+08:00',
        at: '2026-03-01T00:00:00+08:00',
      },
      { preset: tiered },
    );
    expect(!safe.ok && safe.error.message).toBe(late.message);
  });

  it.each(LANGS)('active, frozen, and not applicable, in full (%s)', (lang) => {
    const last = '2026-02-28T12:00:00+08:00';
    expect(check({ lastTransactionAt: last, at: '2026-05-28T11:59:59+08:00' }, lang)).toStrictEqual(
      {
        applies: true,
        frozen: false,
        since: last,
        frozenFrom: '2026-05-28T12:00:00+08:00',
        liftedBy: 'customer_reverification',
        message: text(
          lang,
          'Active: without a transaction, the Basic tier account would be frozen from 2026-05-28T12:00:00+08:00.',
          '账户活跃：如无交易，基础层级账户将于2026-05-28T12:00:00+08:00起临时冻结。',
        ),
        ...SEED_001,
      },
    );
    expect(check({ lastTransactionAt: last, at: '2026-05-28T12:00:00+08:00' }, lang)).toStrictEqual(
      {
        applies: true,
        frozen: true,
        since: last,
        frozenFrom: '2026-05-28T12:00:00+08:00',
        liftedBy: 'customer_reverification',
        message: text(
          lang,
          'No transaction since 2026-02-28T12:00:00+08:00: the Basic tier account is frozen from 2026-05-28T12:00:00+08:00 until the customer’s identity is re-verified.',
          '自2026-02-28T12:00:00+08:00起无交易：基础层级账户自2026-05-28T12:00:00+08:00起临时冻结，待客户重新验证身份后恢复。',
        ),
        ...SEED_001,
      },
    );
    expect(
      check({ tier: 'advanced', lastTransactionAt: null, at: '2027-01-01T00:00:00+08:00' }, lang),
    ).toStrictEqual({
      applies: false,
      frozen: false,
      since: OPENED,
      frozenFrom: null,
      liftedBy: 'customer_reverification',
      message: text(
        lang,
        'The inactivity freeze applies to the Basic tier only, not to the Advanced tier.',
        '无交易临时冻结仅适用于基础层级，不适用于高级层级。',
      ),
      ...SEED_001,
    });
  });

  it('each malformed field is named', () => {
    typedError(() => check({ at: 'later' }), 'invalid_instant', ['at']);
    typedError(
      () => check({ lastTransactionAt: 'yesterday', at: '2026-03-01T00:00:00+08:00' }),
      'invalid_instant',
      ['lastTransactionAt'],
    );
    const tier = typedError(
      () => check({ tier: 'gold', at: '2026-03-01T00:00:00+08:00' }),
      'invalid_input',
      ['tier'],
    );
    expect(tier.message).toBe(
      'Invalid input at tier: must be one of basic, intermediate, advanced; got "gold"',
    );
  });

  it('a PBOC preset has no tiering rules', () => {
    const e = typedError(
      () => checkTierInactivity({ tier: 'III', openedAt: OPENED, at: OPENED }),
      'invalid_input',
      ['preset'],
    );
    expect(e.message).toBe(
      'Invalid input at preset: preset cn-pboc-2018 has no tiering rules; use a tiered preset such as tiered-generic',
    );
  });
});

describe('tier inputs: each malformed field named by its path', () => {
  const requirementsOf = (request: unknown) =>
    tierRequirements(request as Parameters<typeof tierRequirements>[0], { preset: tiered });

  it('usage counts are whole numbers ≥ 0', () => {
    for (const [field, value, shown] of [
      ['alerts', -1, '-1'],
      ['alerts', 1.5, '1.5'],
      ['transactionCount', '3', '"3"'],
    ] as const) {
      const e = typedError(
        () =>
          requirementsOf({ tier: 'basic', identity: BASIC_ID, usage: usage({ [field]: value }) }),
        'invalid_input',
        ['usage', field],
      );
      expect(e.message).toBe(
        `Invalid input at usage.${field}: must be a whole number ≥ 0; got ${shown}`,
      );
    }
    expect(
      requirementsOf({
        tier: 'intermediate',
        identity: BASIC_ID,
        usage: usage({ alerts: 0, transactionCount: 0 }),
      })
        .criteria.filter((c) => c.kind === 'alerts' || c.kind === 'transaction_count')
        .map((c) => [c.kind, c.met]),
    ).toEqual([
      ['transaction_count', false],
      ['alerts', true],
    ]);
  });

  it('usage instants and rating', () => {
    typedError(
      () =>
        requirementsOf({
          tier: 'basic',
          identity: BASIC_ID,
          usage: usage({ openedAt: '2026-01-05' }),
        }),
      'invalid_instant',
      ['usage', 'openedAt'],
    );
    typedError(
      () => requirementsOf({ tier: 'basic', identity: BASIC_ID, usage: usage({ asOf: 'now' }) }),
      'invalid_instant',
      ['usage', 'asOf'],
    );
    const rating = typedError(
      () =>
        requirementsOf({
          tier: 'basic',
          identity: BASIC_ID,
          usage: usage({ creditRating: 'AAA' as never }),
        }),
      'invalid_input',
      ['usage', 'creditRating'],
    );
    expect(rating.message).toBe(
      'Invalid input at usage.creditRating: must be one of poor, fair, good, excellent, unrated; got "AAA"',
    );
    typedError(
      () => requirementsOf({ tier: 'basic', identity: BASIC_ID, usage: [] }),
      'invalid_input',
      ['usage'],
    );
  });

  it('identity lists and channel', () => {
    typedError(
      () => requirementsOf({ tier: 'basic', identity: { provided: 'name', verifications: [] } }),
      'invalid_input',
      ['identity', 'provided'],
    );
    typedError(
      () =>
        requirementsOf({ tier: 'basic', identity: { provided: [], verifications: 'sms_code' } }),
      'invalid_input',
      ['identity', 'verifications'],
    );
    typedError(
      () => requirementsOf({ tier: 'basic', identity: { provided: [], verifications: ['x'] } }),
      'invalid_input',
      ['identity', 'verifications', 0],
    );
    typedError(
      () =>
        requirementsOf({
          tier: 'basic',
          identity: { provided: [], verifications: [], channel: 'atm' },
        }),
      'invalid_input',
      ['identity', 'channel'],
    );
    typedError(() => requirementsOf({ tier: 'basic', identity: null }), 'invalid_input', [
      'identity',
    ]);
  });
});

describe('reevaluateTier when the lowest tier has criteria to keep too (a derived preset)', () => {
  const base = getPreset('tiered-generic');
  const strict = derivePreset(base, {
    id: 'strict-tiers',
    tiering: {
      qualifications: [
        {
          tier: 'basic',
          minCumulativeVolume: null,
          minTransactionCount: null,
          minHistory: null,
          minCreditRating: 'fair',
          maxAlerts: 2,
          source: 'bank-practice',
        },
        ...base.tiering!.qualifications,
      ],
    },
  });

  it('failing every lower tier too, the downgrade goes to the lowest', () => {
    const r = reevaluateTier(
      { currentTier: 'advanced', identity: ADVANCED_ID, usage: usage({ creditRating: 'poor' }) },
      { preset: strict },
    );
    expect(r).toMatchObject({ change: 'downgrade', proposedTier: 'basic' });
    expect(r.reasons.map((c) => [c.kind, c.met])).toEqual([['credit_rating', false]]);
  });

  it('the highest lower tier still kept is proposed', () => {
    const r = reevaluateTier(
      {
        currentTier: 'advanced',
        identity: ADVANCED_ID,
        usage: usage({ creditRating: 'excellent', alerts: 2 }),
      },
      { preset: strict },
    );
    expect(r).toMatchObject({ change: 'downgrade', proposedTier: 'basic' });
    const intermediate = reevaluateTier(
      { currentTier: 'advanced', identity: ADVANCED_ID, usage: usage({ creditRating: 'good' }) },
      { preset: strict },
    );
    expect(intermediate).toMatchObject({ change: 'downgrade', proposedTier: 'intermediate' });
  });

  it('at the lowest tier there is nowhere to go down: no change', () => {
    const r = reevaluateTier(
      { currentTier: 'basic', identity: INTERMEDIATE_ID, usage: usage({ creditRating: 'poor' }) },
      { preset: strict },
    );
    expect(r).toMatchObject({
      currentTier: 'basic',
      proposedTier: 'basic',
      change: 'none',
      requiresApproval: false,
    });
    expect(r.reasons.map((c) => c.kind)).toEqual(['credit_rating']);
  });
});

describe('tiers are ordered by rank, not by their place in the preset', () => {
  // The same tiers, listed highest first: every decision must be the same as with tiered-generic.
  const base = getPreset('tiered-generic');
  const reversed = {
    ...base,
    id: 'tiers-listed-high-first',
    classes: [...base.classes].reverse(),
  };

  it('the preset lists the advanced tier first', () => {
    expect(reversed.classes.map((c) => c.id)).toEqual(['advanced', 'intermediate', 'basic']);
  });

  it('the initial tier, the upgrade path and the re-evaluation', () => {
    expect(evaluateInitialTier(INTERMEDIATE_ID, { preset: reversed }).tier).toBe('intermediate');
    expect(evaluateInitialTier(BASIC_ID, { preset: reversed }).next).toMatchObject({
      tier: 'intermediate',
      from: 'basic',
    });
    expect(
      evaluateInitialTier({ provided: [], verifications: [] }, { preset: reversed }).next,
    ).toMatchObject({
      tier: 'basic',
    });
    expect(
      tierUpgradePath({ currentTier: 'basic', identity: BASIC_ID }, { preset: reversed })?.tier,
    ).toBe('intermediate');
    expect(
      reevaluateTier(
        { currentTier: 'advanced', identity: ADVANCED_ID, usage: usage({ creditRating: 'good' }) },
        { preset: reversed },
      ),
    ).toMatchObject({ change: 'downgrade', proposedTier: 'intermediate' });
    expect(
      reevaluateTier(
        { currentTier: 'basic', identity: INTERMEDIATE_ID, usage: usage() },
        { preset: reversed },
      ),
    ).toMatchObject({ change: 'upgrade', proposedTier: 'intermediate' });
  });

  it('the inactivity freeze applies to the lowest rank', () => {
    const status = (tier: string) =>
      checkTierInactivity(
        { tier, openedAt: '2026-01-10T09:00:00+08:00', at: '2026-05-01T00:00:00+08:00' },
        { preset: reversed },
      );
    expect(status('basic')).toMatchObject({ applies: true, frozen: true });
    expect(status('advanced')).toMatchObject({
      applies: false,
      message: 'The inactivity freeze applies to the Basic tier only, not to the Advanced tier.',
    });
  });
});

describe('what a tier keeps checking, and what a preset leaves out', () => {
  it('volume, transactions and history decide upgrades only: a quiet advanced customer keeps the tier', () => {
    const r = reevaluateTier(
      {
        currentTier: 'advanced',
        identity: ADVANCED_ID,
        usage: usage({
          cumulativeVolume: '0.00',
          transactionCount: 0,
          creditRating: 'excellent',
          openedAt: '2026-10-01T00:00:00+08:00',
        }),
      },
      { preset: tiered },
    );
    expect(r).toMatchObject({ change: 'none', proposedTier: 'advanced', reasons: [] });
  });

  it('a tier without usage criteria is always kept (downgrade to the highest such tier)', () => {
    const base = getPreset('tiered-generic');
    const advancedOnly = derivePreset(base, {
      id: 'advanced-qualified-only',
      tiering: {
        qualifications: base.tiering!.qualifications.filter((q) => q.tier === 'advanced'),
      },
    });
    const r = reevaluateTier(
      { currentTier: 'advanced', identity: ADVANCED_ID, usage: usage({ creditRating: 'poor' }) },
      { preset: advancedOnly },
    );
    expect(r).toMatchObject({ change: 'downgrade', proposedTier: 'intermediate' });
  });

  it('a qualification without figures adds no usage criterion', () => {
    const base = getPreset('tiered-generic');
    const noFigures = derivePreset(base, {
      id: 'no-figures',
      tiering: {
        qualifications: [
          {
            tier: 'intermediate',
            minCumulativeVolume: null,
            minTransactionCount: null,
            minHistory: null,
            minCreditRating: null,
            maxAlerts: null,
            source: 'tiering-measures',
          },
        ],
      },
    });
    const r = tierRequirements(
      { tier: 'intermediate', identity: INTERMEDIATE_ID, usage: usage({ alerts: 9 }) },
      { preset: noFigures },
    );
    expect(r.criteria.map((c) => c.kind)).toEqual([
      'document',
      'document',
      'document',
      'document',
      'document',
      'verification',
      'verification',
      'verification',
    ]);
    expect(r.met).toBe(true);
  });

  it('an unrated customer does not meet a credit minimum to move up, but keeps the tier', () => {
    const base = getPreset('tiered-generic');
    const fairBasic = derivePreset(base, {
      id: 'fair-basic',
      tiering: {
        qualifications: [
          {
            tier: 'basic',
            minCumulativeVolume: null,
            minTransactionCount: null,
            minHistory: null,
            minCreditRating: 'fair',
            maxAlerts: null,
            source: 'bank-practice',
          },
          ...base.tiering!.qualifications,
        ],
      },
    });
    const credit = (creditRating: TierUsage['creditRating']) =>
      tierRequirements(
        { tier: 'basic', identity: BASIC_ID, usage: usage({ creditRating }) },
        { preset: fairBasic },
      ).criteria.find((c) => c.kind === 'credit_rating');
    expect(credit('unrated')).toMatchObject({ required: 'fair', actual: 'unrated', met: false });
    expect(credit('poor')).toMatchObject({ met: false });
    expect(credit('fair')).toMatchObject({ met: true });
    expect(
      reevaluateTier(
        { currentTier: 'basic', identity: BASIC_ID, usage: usage({ creditRating: 'unrated' }) },
        { preset: fairBasic },
      ).change,
    ).toBe('none');
  });

  it('a document naming a check the tier does not require stays a document criterion', () => {
    // Advanced: second phone check (an SMS code), while the tier requires no SMS code.
    const criterion = (verifications: TierIdentity['verifications']) =>
      tierRequirements(
        { tier: 'advanced', identity: { ...ADVANCED_ID, verifications } },
        { preset: tiered },
      ).criteria.find((c) => c.kind === 'document' && c.requirement === 'second_phone_check');
    expect(criterion(['id_network_check', 'face_recognition'])).toMatchObject({ met: false });
    expect(criterion(['id_network_check', 'face_recognition', 'sms_code'])).toMatchObject({
      met: true,
    });
    // Online check and face recognition are required checks: listed as verifications only.
    const kinds = tierRequirements({ tier: 'advanced', identity: ADVANCED_ID }, { preset: tiered })
      .criteria.filter((c) => c.kind === 'document')
      .map((c) => (c.kind === 'document' ? c.requirement : ''));
    expect(kinds).not.toContain('online_id_check');
    expect(kinds).not.toContain('face_recognition');
  });

  it('a class requiring the face_to_face check asks for a face-to-face identity check', () => {
    const preset = derivePreset(getPreset(), {
      id: 'f2f-check-iii',
      classes: { III: { opening: { requiredVerifications: ['face_to_face'] } } },
    });
    const r = (channel: 'counter' | 'remote') =>
      tierRequirements(
        { tier: 'III', identity: { provided: [], verifications: [], channel } },
        { preset },
      );
    expect(r('remote').criteria).toStrictEqual([
      {
        kind: 'face_to_face',
        code: 'tier_requirement_face_to_face',
        met: false,
        message: 'Identity confirmed face to face (counter, or kiosk with staff)',
        ...PBOC_302,
      },
    ]);
    expect(r('counter').met).toBe(true);
  });

  it('tierUpgradePath names a bad usage by its path', () => {
    typedError(
      () =>
        tierUpgradePath(
          { currentTier: 'basic', identity: BASIC_ID, usage: usage({ alerts: -1 }) },
          { preset: tiered },
        ),
      'invalid_input',
      ['usage', 'alerts'],
    );
  });

  it('reevaluateTier names a bad tier or identity by its path', () => {
    typedError(
      () =>
        reevaluateTier(
          { currentTier: 'gold', identity: BASIC_ID, usage: usage() },
          { preset: tiered },
        ),
      'invalid_input',
      ['currentTier'],
    );
    typedError(
      () =>
        reevaluateTier(
          { currentTier: 'basic', identity: null as never, usage: usage() },
          { preset: tiered },
        ),
      'invalid_input',
      ['identity'],
    );
    typedError(
      () =>
        reevaluateTier(
          { currentTier: 'basic', identity: BASIC_ID, usage: undefined as never },
          { preset: tiered },
        ),
      'invalid_input',
      ['usage'],
    );
  });
});
