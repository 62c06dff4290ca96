/**
 * The public functions of the policy engines (src/limits, src/lifecycle, src/kyc) that
 * engines.hostile.test.ts fuzzes, each with valid example arguments. Adding a function is one
 * entry in ENGINE_CASES.
 */
import type { ErrorCode } from '../../src/errors';
import {
  checkOpeningEligibility,
  checkSuitability,
  checkTierInactivity,
  evaluateInitialTier,
  isValidResidentIdNumber,
  parseResidentIdNumber,
  rateCustomerRisk,
  reevaluateTier,
  tierRequirements,
  tierUpgradePath,
} from '../../src/kyc';
import { accountPermissions, advance, applyPersonEvent, transition } from '../../src/lifecycle';
import {
  checkTransaction,
  checkTransactionFromHistory,
  commit,
  createUsage,
  expire,
  getHeadroom,
  maxTransactionAmount,
  recordTransaction,
  release,
  reserve,
  usageFromHistory,
  type Usage,
} from '../../src/limits';
import { getPreset } from '../../src/presets';

export const PBOC = getPreset('cn-pboc-2018');
export const TIERED = getPreset('tiered-generic');

/** One public function under test. */
export interface EngineCase {
  readonly name: string;
  /** Valid example arguments, fuzzed path by path. */
  readonly args: readonly unknown[];
  /** Calls the function with (possibly hostile) arguments. */
  readonly call: (args: readonly unknown[]) => unknown;
  /** The error codes it documents. */
  readonly codes: readonly ErrorCode[];
}

export const at = (day: number, hour: number) =>
  `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+08:00`;
export const TX = {
  at: at(22, 10),
  amount: '1500.00',
  kind: 'transfer_out',
  counterparty: 'other',
};
const HISTORY = [
  { at: at(22, 9), amount: '9000.00', kind: 'transfer_out', counterparty: 'other' },
  { at: at(21, 9), amount: '200.00', kind: 'payment' },
  { id: 'r1', at: at(20, 9), amount: '50.00', kind: 'transfer_in', counterparty: 'own' },
];
const ACCOUNT = { class: 'II', balance: '1500.00', faceToFaceVerified: false };
/** A usage as a store would keep it: built by the library, round-tripped through JSON. */
export const USAGE = JSON.parse(
  JSON.stringify(HISTORY.reduce((u, t) => recordTransaction(u, t as never), createUsage(PBOC))),
) as Usage;
const held = reserve(
  { class: 'II', balance: '5000.00' },
  { id: 'tx-1', at: at(22, 10), amount: '100.00', kind: 'payment' },
  USAGE,
  PBOC,
);
const USAGE_WITH_HOLD = JSON.parse(JSON.stringify(held.ok ? held.usage : USAGE)) as Usage;

const LIFECYCLE_ACCOUNT = {
  status: 'normal',
  balance: '0.00',
  openedAt: '2025-01-05T10:00:00+08:00',
  lastActiveAt: '2026-10-01T10:00:00+08:00',
  freezes: [
    {
      id: 'F1',
      kind: 'judicial',
      scope: 'amount',
      amount: '100.00',
      from: '2026-11-01T00:00:00+08:00',
      authority: 'court',
    },
  ],
  lossReport: null,
  pendingBusiness: [],
  linkedServices: [],
};

export const IDENTITY = {
  provided: ['name', 'contact', 'id_number', 'address_proof', 'income_proof'],
  verifications: ['id_network_check', 'face_recognition', 'sms_code'],
};

const LIMIT_CODES: ErrorCode[] = [
  'invalid_reversal',
  'invalid_input',
  'invalid_state',
  'invalid_amount',
  'invalid_instant',
  'conflicting_transaction',
  'invalid_preset',
  'unknown_currency',
  'currency_mismatch',
  'invalid_time_zone',
  'invalid_duration',
];
const LIFECYCLE_CODES: ErrorCode[] = [
  'invalid_input',
  'invalid_state',
  'invalid_amount',
  'invalid_instant',
  'invalid_state',
  'invalid_date',
  'invalid_duration',
];
const KYC_CODES: ErrorCode[] = [
  'invalid_input',
  'invalid_date',
  'invalid_instant',
  'invalid_amount',
  'unknown_preset',
];

const f = (fn: (...a: never[]) => unknown) => (args: readonly unknown[]) =>
  (fn as (...a: unknown[]) => unknown)(...args);

export const ENGINE_CASES: readonly EngineCase[] = [
  // src/limits
  {
    name: 'checkTransaction',
    args: [ACCOUNT, TX, USAGE],
    call: ([a, t, u]) => checkTransaction(a as never, t as never, u as never, PBOC),
    codes: LIMIT_CODES,
  },
  {
    name: 'checkTransactionFromHistory',
    args: [ACCOUNT, TX, HISTORY],
    call: ([a, t, h]) => checkTransactionFromHistory(a as never, t as never, h as never, PBOC),
    codes: LIMIT_CODES,
  },
  {
    name: 'recordTransaction',
    args: [USAGE, TX],
    call: ([u, t]) => recordTransaction(u as never, t as never),
    codes: LIMIT_CODES,
  },
  {
    name: 'usageFromHistory',
    args: [HISTORY, at(22, 10)],
    call: ([h, now]) => usageFromHistory(PBOC, h as never, now as never),
    codes: LIMIT_CODES,
  },
  {
    name: 'reserve',
    args: [ACCOUNT, { ...TX, id: 'tx-2', amount: '10.00' }, USAGE],
    call: ([a, t, u]) => reserve(a as never, t as never, u as never, PBOC),
    codes: LIMIT_CODES,
  },
  {
    name: 'commit',
    args: [USAGE_WITH_HOLD, 'tx-1', at(22, 10)],
    call: f(commit),
    codes: LIMIT_CODES,
  },
  {
    name: 'release',
    args: [USAGE_WITH_HOLD, 'tx-1', at(22, 10)],
    call: f(release),
    codes: LIMIT_CODES,
  },
  { name: 'expire', args: [USAGE_WITH_HOLD, at(23, 10)], call: f(expire), codes: LIMIT_CODES },
  {
    name: 'getHeadroom',
    args: [ACCOUNT, USAGE, at(22, 10)],
    call: ([a, u, now]) => getHeadroom(a as never, u as never, PBOC, now as never),
    codes: LIMIT_CODES,
  },
  {
    name: 'maxTransactionAmount',
    args: [ACCOUNT, { at: at(22, 10), kind: 'transfer_out', counterparty: 'other' }, USAGE],
    call: ([a, t, u]) => maxTransactionAmount(a as never, t as never, u as never, PBOC),
    codes: LIMIT_CODES,
  },
  // src/lifecycle
  {
    name: 'transition',
    args: [LIFECYCLE_ACCOUNT, { type: 'close', at: at(22, 10), channel: 'counter' }],
    call: ([a, e]) => transition(a as never, e as never, PBOC),
    codes: LIFECYCLE_CODES,
  },
  {
    name: 'transition(freeze)',
    args: [
      LIFECYCLE_ACCOUNT,
      {
        type: 'freeze',
        at: at(22, 10),
        freeze: {
          id: 'F2',
          kind: 'risk',
          scope: 'debit',
          from: at(22, 10),
          until: at(23, 10),
        },
      },
    ],
    call: ([a, e]) => transition(a as never, e as never, PBOC),
    codes: LIFECYCLE_CODES,
  },
  {
    name: 'advance',
    args: [LIFECYCLE_ACCOUNT, new Date('2027-11-22T02:00:00Z')],
    call: ([a, now]) => advance(a as never, now as Date, PBOC),
    codes: LIFECYCLE_CODES,
  },
  {
    name: 'accountPermissions',
    args: [LIFECYCLE_ACCOUNT, new Date('2026-11-22T02:00:00Z')],
    call: ([a, now]) => accountPermissions(a as never, now as Date, PBOC),
    codes: LIFECYCLE_CODES,
  },
  {
    name: 'applyPersonEvent',
    args: [
      [LIFECYCLE_ACCOUNT, { ...LIFECYCLE_ACCOUNT, freezes: [] }],
      {
        type: 'restrict_person',
        at: at(22, 10),
        restriction: { id: 'R1', kind: 'no_non_counter', reason: 'account_selling' },
      },
    ],
    call: ([accounts, e]) => applyPersonEvent(accounts as never, e as never, PBOC),
    codes: LIFECYCLE_CODES,
  },
  // src/kyc
  {
    name: 'checkOpeningEligibility',
    args: [
      {
        requestedClass: 'II',
        today: '2026-11-22',
        channel: 'remote',
        applicant: {
          birthDate: '1990-05-01',
          document: {
            type: 'resident_id_card',
            number: '11010519491231002X',
            expiresOn: '2036-01-01',
          },
          verifications: ['id_network_check', 'bound_account_check'],
          guardianPresent: false,
        },
        existingAccounts: [{ class: 'I' }],
      },
    ],
    call: ([r]) => checkOpeningEligibility(r as never, { preset: PBOC }),
    codes: KYC_CODES,
  },
  {
    name: 'parseResidentIdNumber',
    args: ['11010519491231002X', { today: { year: 2026, month: 12, day: 6 } }],
    call: ([text, options]) => parseResidentIdNumber(text as never, options as never),
    codes: KYC_CODES,
  },
  {
    name: 'isValidResidentIdNumber',
    args: ['11010519491231002X', { today: { year: 2026, month: 12, day: 6 } }],
    call: ([text, options]) => isValidResidentIdNumber(text, options as never),
    codes: KYC_CODES,
  },
  {
    name: 'rateCustomerRisk',
    args: [
      {
        politicallyExposed: false,
        occupation: 'self_employed',
        geography: 'domestic',
        channel: 'face_to_face',
        products: ['deposits', 'wealth_management'],
      },
    ],
    call: ([p]) => rateCustomerRisk(p as never, { preset: PBOC }),
    codes: KYC_CODES,
  },
  {
    name: 'checkSuitability',
    args: [
      {
        today: '2026-11-22',
        product: { risk: 'R3' },
        customer: { birthDate: '1956-01-01', riskTolerance: 'C4' },
      },
    ],
    call: ([r]) => checkSuitability(r as never, { preset: PBOC }),
    codes: KYC_CODES,
  },
  {
    name: 'evaluateInitialTier',
    args: [IDENTITY],
    call: ([i]) => evaluateInitialTier(i as never, { preset: TIERED }),
    codes: KYC_CODES,
  },
  {
    name: 'reevaluateTier',
    args: [
      {
        currentTier: 'basic',
        identity: IDENTITY,
        usage: {
          cumulativeVolume: '12000.00',
          transactionCount: 5,
          creditRating: 'good',
          alerts: 0,
          openedAt: '2026-01-05T10:00:00+08:00',
          asOf: '2026-11-01T00:00:00+08:00',
        },
      },
    ],
    call: ([r]) => reevaluateTier(r as never, { preset: TIERED }),
    codes: KYC_CODES,
  },
  {
    name: 'tierUpgradePath',
    args: [{ currentTier: 'basic', identity: IDENTITY }],
    call: ([r]) => tierUpgradePath(r as never, { preset: TIERED }),
    codes: KYC_CODES,
  },
  {
    name: 'tierRequirements',
    args: [{ tier: 'intermediate', identity: IDENTITY }],
    call: ([r]) => tierRequirements(r as never, { preset: TIERED }),
    codes: KYC_CODES,
  },
  {
    name: 'checkTierInactivity',
    args: [
      {
        tier: 'basic',
        openedAt: '2026-01-10T09:00:00+08:00',
        lastTransactionAt: '2026-02-01T12:00:00+08:00',
        at: '2026-05-01T12:00:00+08:00',
      },
    ],
    call: ([r]) => checkTierInactivity(r as never, { preset: TIERED }),
    codes: KYC_CODES,
  },
];
