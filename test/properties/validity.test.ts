/**
 * One rule of validity: the input schemas (`account-policy/schemas`) and the library's own input
 * parsing decide alike.
 *
 * - The field lists the parsers check unknown fields against are the schemas' own fields.
 * - The typos a reviewer found (`staus`, `freeze`, `linkedService`) are refused at their path, by
 *   the API and by the command, and inherited properties are never read.
 * - For random and hostile variants of a valid input of every command, the schema accepts
 *   exactly when the API accepts (`ACCEPTED_BY_SCHEMA_ONLY` lists the checks only the API can
 *   make: those that depend on the preset).
 */
import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isAccountPolicyError } from '../../src/errors';
import { OPENING_REQUEST_FIELDS } from '../../src/kyc/eligibility/checkOpeningEligibility';
import { checkOpeningEligibility } from '../../src/kyc';
import { transition } from '../../src/lifecycle';
import { LIMIT_ACCOUNT_FIELDS } from '../../src/limits/checkTransaction';
import { checkTransactionFromHistory } from '../../src/limits';
import { TRANSACTION_FIELDS } from '../../src/limits/parse';
import { detectAlerts } from '../../src/monitoring';
import {
  MONITOR_ACCOUNT_FIELDS,
  MONITOR_INPUT_FIELDS,
} from '../../src/monitoring/internal/context';
import { getPreset } from '../../src/presets';
import { checkAccountSchema, checkInputSchema, transactionSchema } from '../../src/schemas/check';
import { applicantRestrictionSchema, eligibilityInputSchema } from '../../src/schemas/eligibility';
import { monitorAccountSchema, monitorInputSchema } from '../../src/schemas/monitor';
import { transitionInputSchema } from '../../src/schemas/transition';
import { main } from '../../src/cli/main';
import { variantsOf } from '../hostile/arbitraries';
import { CLI_TRANSITION_ACCOUNT } from '../fixtures/cliExamples';

const preset = getPreset('cn-pboc-2018');
const keys = (schema: { shape: object }) => Object.keys(schema.shape).sort();
const sorted = (set: ReadonlySet<string>) => [...set].sort();
const shapeOf = (schema: unknown, ...path: string[]) => {
  let s = schema as { shape: Record<string, unknown> };
  for (const key of path) {
    let inner = s.shape[key] as { shape?: unknown; _zod: { def: Record<string, unknown> } };
    // Unwrap optional / nullable / array down to the object.
    while (inner.shape === undefined)
      inner = (inner._zod.def.innerType ?? inner._zod.def.element) as typeof inner;
    s = inner as unknown as typeof s;
  }
  return s;
};

describe('the parsers check fields against the schemas’ own field lists', () => {
  it('check: the transaction and the limit account', () => {
    expect(sorted(TRANSACTION_FIELDS)).toEqual(keys(transactionSchema));
    expect(sorted(LIMIT_ACCOUNT_FIELDS)).toEqual(keys(checkAccountSchema));
  });

  it('eligibility: the request, applicant, document, restriction and existing account', () => {
    expect([...sorted(OPENING_REQUEST_FIELDS.request), 'preset'].sort()).toEqual(
      keys(eligibilityInputSchema),
    );
    expect(sorted(OPENING_REQUEST_FIELDS.applicant)).toEqual(
      keys(shapeOf(eligibilityInputSchema, 'applicant')),
    );
    expect(sorted(OPENING_REQUEST_FIELDS.document)).toEqual(
      keys(shapeOf(eligibilityInputSchema, 'applicant', 'document')),
    );
    expect(sorted(OPENING_REQUEST_FIELDS.restriction)).toEqual(keys(applicantRestrictionSchema));
    expect(sorted(OPENING_REQUEST_FIELDS.existingAccount)).toEqual(
      keys(shapeOf(eligibilityInputSchema, 'existingAccounts')),
    );
  });

  it('monitor: the input and the account', () => {
    expect([...sorted(MONITOR_INPUT_FIELDS), 'preset'].sort()).toEqual(keys(monitorInputSchema));
    expect(sorted(MONITOR_ACCOUNT_FIELDS)).toEqual(keys(monitorAccountSchema));
  });
});

const CHECK = {
  account: { class: 'II', balance: '1500.00', faceToFaceVerified: false },
  history: [
    {
      id: 'h1',
      at: '2026-11-22T09:00:00+08:00',
      amount: '9000.00',
      kind: 'transfer_out',
      counterparty: 'other',
    },
  ],
  transaction: {
    id: 't1',
    at: '2026-11-22T10:00:00+08:00',
    amount: '500.00',
    kind: 'transfer_out',
    counterparty: 'other',
    channel: 'mobile',
  },
};

const ACCOUNT = CLI_TRANSITION_ACCOUNT;
const TRANSITION = {
  account: ACCOUNT,
  event: { type: 'close', at: '2026-11-22T10:00:00+08:00', channel: 'counter' },
};

const ELIGIBILITY = {
  requestedClass: 'II',
  today: '2026-11-22',
  channel: 'remote',
  applicant: {
    birthDate: '1949-12-31',
    document: { type: 'resident_id_card', number: '11010519491231002X', expiresOn: '2036-01-01' },
    verifications: ['id_network_check', 'bound_account_check'],
  },
  existingAccounts: [{ class: 'I' }],
};

const MONITOR = {
  account: { class: 'II', lastActiveAt: '2026-11-01T10:00:00+08:00' },
  history: [{ at: '2026-11-22T10:00:00+08:00', amount: '30000.01', kind: 'transfer_in' }],
  now: '2026-11-22T12:00:00+08:00',
};

type Raw = Record<string, unknown>;

/** Runs the command on a JSON input: exit code and the JSON it printed. */
function run(
  argv: string[],
  input: unknown,
): { exitCode: number; out: { error: { issues: { path: unknown }[] } } } {
  let stdout = '';
  const exitCode = main(argv, {
    readStdin: () => JSON.stringify(input),
    readFile: () => {
      throw new Error('no files here');
    },
    stdout: (text) => void (stdout += text),
    stderr: () => {},
  });
  return { exitCode, out: JSON.parse(stdout) as never };
}
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Each command's API call on the command's input, as the command makes it. */
const API: Record<string, (raw: Raw) => unknown> = {
  check: (r) =>
    checkTransactionFromHistory(
      r.account as never,
      r.transaction as never,
      (r.history === undefined ? [] : r.history) as never,
      preset,
    ),
  transition: (r) => transition(r.account as never, r.event as never, preset),
  eligibility: ({ preset: _id, ...request }) =>
    checkOpeningEligibility(request as never, { preset }),
  monitor: ({ preset: _id, ...input }) => detectAlerts(input as never, { preset }),
};
const SCHEMAS = {
  check: checkInputSchema,
  transition: transitionInputSchema,
  eligibility: eligibilityInputSchema,
  monitor: monitorInputSchema,
} as const;
const EXAMPLES = {
  check: CHECK,
  transition: TRANSITION,
  eligibility: ELIGIBILITY,
  monitor: MONITOR,
};

/**
 * Checks only the API can make, as they depend on the preset: the class must be one of the
 * preset's (the schema checks its shape), and an amount has at most the preset currency's decimals. A refusal by the API at one of these paths, of an input
 * the schema accepts, is not a disagreement.
 */
const PRESET_DEPENDENT = [
  /^account\.class: /,
  /^requestedClass: /,
  /^existingAccounts\.\d+\.class: /,
  // The schema allows the largest scale of any currency; the API the preset currency's own.
  /(amount|balance): .*decimal places/,
];

/** What the API says of the input: accepted, or the paths of its invalid-input issues. */
function apiAnswer(command: keyof typeof SCHEMAS, raw: unknown): true | string[] {
  // The command's envelope: an object with only the schema's fields (the API takes its parts).
  if (!isObject(raw)) return ['(root)'];
  const known = new Set(Object.keys(SCHEMAS[command].shape));
  if (Object.keys(raw).some((k) => !known.has(k))) return ['(root)'];
  if (raw.preset !== undefined && raw.preset !== preset.id) return ['preset'];
  try {
    API[command]!(raw);
    return true;
  } catch (error) {
    if (isAccountPolicyError(error))
      return error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw error;
  }
}

function apiAccepts(command: keyof typeof SCHEMAS, raw: unknown): boolean {
  return apiAnswer(command, raw) === true;
}

describe('typos in restrictive fields fail closed', () => {
  it('check with account.staus or account.freeze is invalid input at that field', () => {
    for (const typo of [{ staus: 'closed' }, { freeze: [{ kind: 'judicial' }] }]) {
      const raw = { ...CHECK, account: { ...CHECK.account, ...typo } };
      const field = Object.keys(typo)[0]!;
      expect(() => API.check!(raw)).toThrowError(
        expect.objectContaining({
          code: 'invalid_input',
          issues: [expect.objectContaining({ path: ['account', field] })],
        }),
      );
      const out = run(['check'], raw);
      expect(out.exitCode).toBe(2);
      expect(out.out.error.issues[0]!.path).toEqual(['account', field]);
    }
  });

  it('transition close with linkedService (for linkedServices) is invalid input', () => {
    const raw = { ...TRANSITION, account: { ...ACCOUNT, linkedService: ['payroll'] } };
    expect(() => API.transition!(raw)).toThrowError(
      expect.objectContaining({
        issues: [expect.objectContaining({ path: ['account', 'linkedService'] })],
      }),
    );
    expect(checkInputSchema.safeParse({ ...CHECK, extra: 1 }).success).toBe(false);
  });

  it('a status on the prototype is not read: only own fields count', () => {
    const inherited = Object.assign(Object.create({ status: 'closed' }) as object, CHECK.account);
    const d = checkTransactionFromHistory(
      inherited as never,
      CHECK.transaction as never,
      [],
      preset,
    );
    expect(d.allowed).toBe(true);
  });
});

/** A valid input with one unknown field added somewhere. */
function withUnknownField(example: unknown): fc.Arbitrary<unknown> {
  const objects: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (isObject(v)) {
      objects.push(path);
      for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    }
  };
  walk(example, []);
  return fc
    .tuple(fc.constantFrom(...objects), fc.constantFrom('staus', 'freeze', 'linkedService', 'x'))
    .map(([path, key]) => {
      const copy = structuredClone(example) as Raw;
      let target: Raw = copy;
      for (const p of path) target = target[p as string] as Raw;
      target[key] = 'closed';
      return copy;
    });
}

describe('the schema accepts exactly when the API accepts', () => {
  for (const command of Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[]) {
    it(`${command}: random and hostile variants of a valid input`, () => {
      const example = EXAMPLES[command];
      expect(SCHEMAS[command].safeParse(example).success).toBe(true);
      expect(apiAccepts(command, example)).toBe(true);
      const json = fc.jsonValue({ maxDepth: 2 });
      fc.assert(
        fc.property(
          fc.oneof(variantsOf(example), variantsOf(example, json), withUnknownField(example)),
          (raw) => {
            const schema = SCHEMAS[command].safeParse(raw).success;
            const api = apiAnswer(command, raw);
            const shown = String(
              JSON.stringify(raw, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)),
            ).slice(0, 400);
            if (schema && api !== true)
              expect(
                api.every((p) => PRESET_DEPENDENT.some((re) => re.test(p))),
                `${shown}: the API refuses at ${api.join(', ')}`,
              ).toBe(true);
            else
              expect(api === true, `${shown}: the schema ${schema ? 'accepts' : 'refuses'}`).toBe(
                schema,
              );
          },
        ),
        { numRuns: 1500 },
      );
    });
  }
});
