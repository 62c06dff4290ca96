/**
 * Hostile input for every command of `account-policy` (issue 6), in process through
 * `main(argv, io)`: bad input answers exit 2 with the contract's JSON error and no stack trace,
 * never exit 1; a variant of a valid input is answered exit 0 only when the command's own schema
 * accepts it; nothing pollutes Object.prototype; each answer comes within 50 ms. A handful of
 * checks also run the built program (dist/cli/bin.cjs) as a separate process.
 */
import { fc } from '@fast-check/vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands';
import { main, type CliIo } from '../../src/cli/main';
import { checkInputSchema } from '../../src/schemas/check';
import { eligibilityInputSchema } from '../../src/schemas/eligibility';
import { monitorInputSchema } from '../../src/schemas/monitor';
import { transitionInputSchema } from '../../src/schemas/transition';
import {
  HOSTILE_JSON_TEXTS,
  hostileJsonValue,
  MEGABYTE_TEXT,
  NASTY_STRINGS,
  variantsOf,
} from './arbitraries';
import { assertHostile, okValue, type Outcome } from './guard';
import { CLI_CHECK_EXAMPLE, CLI_ELIGIBILITY_EXAMPLE } from '../fixtures/cliExamples';

/** What one run of the command gave. */
interface Run {
  readonly status: number;
  readonly out: string;
  readonly err: string;
}

function run(argv: readonly string[], stdin: string): Run {
  let out = '';
  let err = '';
  const io: CliIo = {
    readStdin: () => stdin,
    readFile: (path) => {
      throw new Error(`ENOENT: no such file or directory, open '${path.slice(0, 40)}'`);
    },
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
  };
  return { status: main(argv, io), out, err };
}

/** Asserts the contract's answer to invalid input: exit 2, one JSON error, no stack trace. */
function expectInvalidInputAnswer(r: Run, what: string): void {
  expect(r.status, `${what}: exit status (stdout ${r.out.slice(0, 300)})`).toBe(2);
  const body = JSON.parse(r.out) as { error: Record<string, unknown> };
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.code).toBe('invalid_input');
  expect(typeof body.error.message).toBe('string');
  expect(body.error.message).not.toBe('');
  const issues = body.error.issues as { path: unknown; message: unknown }[];
  expect(Array.isArray(issues) && issues.length > 0).toBe(true);
  for (const issue of issues) {
    expect(Array.isArray(issue.path)).toBe(true);
    expect(typeof issue.message).toBe('string');
  }
  expect(r.out.length, 'the error stays short, whatever the input').toBeLessThan(64 * 1024);
  expectNoStackTrace(r);
}

function expectNoStackTrace(r: Run): void {
  expect(r.out).not.toMatch(/\n\s+at \S+ \(|node:internal|\.ts:\d+:\d+/);
  expect(r.err).toBe('');
}

/** The contract's own examples (shared/contract/CLI.md): valid inputs of each command. */
const INPUT_COMMANDS = [
  {
    name: 'check',
    schema: checkInputSchema,
    example: CLI_CHECK_EXAMPLE,
  },
  {
    name: 'transition',
    schema: transitionInputSchema,
    example: {
      account: {
        status: 'normal',
        balance: '0.00',
        openedAt: '2025-01-05T10:00:00+08:00',
        lastActiveAt: '2026-10-01T10:00:00+08:00',
        freezes: [
          {
            id: 'f1',
            kind: 'risk',
            scope: 'amount',
            amount: '100.00',
            from: '2026-11-21T10:00:00+08:00',
            until: '2026-11-23T10:00:00+08:00',
          },
        ],
        lossReport: null,
        pendingBusiness: [],
        linkedServices: [],
      },
      event: { type: 'unfreeze', id: 'f1', at: '2026-11-22T10:00:00+08:00', channel: 'counter' },
    },
  },
  {
    name: 'eligibility',
    schema: eligibilityInputSchema,
    example: CLI_ELIGIBILITY_EXAMPLE,
  },
  {
    name: 'monitor',
    schema: monitorInputSchema,
    example: {
      preset: 'cn-pboc-2018',
      account: { class: 'II', openedAt: '2026-11-01T10:00:00+08:00', status: 'normal' },
      history: [
        {
          id: 't1',
          at: '2026-11-22T09:00:00+08:00',
          amount: '9900.00',
          kind: 'transfer_in',
          counterparty: 'other',
          counterpartyId: 'c1',
        },
        {
          id: 't2',
          at: '2026-11-22T09:20:00+08:00',
          amount: '9850.00',
          kind: 'transfer_out',
          counterparty: 'other',
          counterpartyId: 'c2',
          channel: 'mobile',
        },
      ],
      now: '2026-11-22T12:00:00+08:00',
    },
  },
] as const;

/** Commands that read no input: fuzzed through their arguments. */
const NO_INPUT_COMMANDS = ['presets', 'explain', 'schema', 'demo'] as const;

const flagValue = fc.oneof(fc.constantFrom(...NASTY_STRINGS), fc.string({ maxLength: 20 }));
const hostileArgs = fc.array(
  fc.oneof(
    flagValue,
    fc.constantFrom(
      '--preset',
      '--lang',
      '--input',
      '--help',
      '-h',
      '--',
      '-',
      '--lang=',
      '--preset=',
    ),
    flagValue.map((v) => `--preset=${v}`),
    flagValue.map((v) => `--lang=${v}`),
    flagValue.map((v) => `--${v}`),
  ),
  { maxLength: 4 },
);

/** Exit 0 with JSON or text, or exit 2 with the JSON error: never exit 1, never a stack trace. */
function expectAnswered(r: Run, what: string): void {
  expect([0, 2], `${what}: exit ${r.status}, stdout ${r.out.slice(0, 300)}`).toContain(r.status);
  if (r.status === 2) expectInvalidInputAnswer(r, what);
  else expectNoStackTrace(r);
}

const runOf = (outcome: Outcome): Run => okValue(outcome) as Run;

/** The JSON text a caller would send (serialised before timing: the command's work is timed). */
const toJsonText = (value: unknown): string => JSON.stringify(value) ?? 'null';

describe('hostile input: every command through main()', () => {
  // A command added later without an entry above is still fuzzed, with hostile input and
  // arguments only (add its contract example to INPUT_COMMANDS for the variant properties).
  const listed = new Set<string>([...INPUT_COMMANDS.map((c) => c.name), ...NO_INPUT_COMMANDS]);
  const unlisted = Object.keys(COMMANDS).filter((name) => !listed.has(name));
  if (unlisted.length > 0)
    it.each(unlisted)('%s (no example here yet): hostile input and arguments', (name) => {
      assertHostile(
        fc.tuple(
          fc.oneof(fc.constantFrom(...HOSTILE_JSON_TEXTS), hostileJsonValue.map(toJsonText)),
          hostileArgs,
        ),
        ([stdin, args]) => run([name, ...args], stdin),
        {
          name: `${name} <stdin, argv>`,
          documented: { codes: [] },
          warmUp: () => run([name], '{}'),
          check: (outcome, [, args]) => expectAnswered(runOf(outcome), `${name} ${args.join(' ')}`),
        },
      );
    });

  describe.each(INPUT_COMMANDS)('$name', ({ name, schema, example }) => {
    const valid = JSON.stringify(example);

    it('answers the contract example with exit 0', () => {
      const r = run([name], valid);
      expect(r.status, r.out.slice(0, 500)).toBe(0);
      expect(schema.safeParse(example).success).toBe(true);
    });

    it('answers hostile JSON texts with exit 2 and a JSON error', () => {
      assertHostile(fc.constantFrom(...HOSTILE_JSON_TEXTS), (stdin) => run([name], stdin), {
        name: `${name} <stdin>`,
        documented: { codes: [] },
        warmUp: () => run([name], valid),
        numRuns: HOSTILE_JSON_TEXTS.length * 3,
        check: (outcome, stdin) => expectInvalidInputAnswer(runOf(outcome), stdin.slice(0, 40)),
      });
    });

    it('answers random JSON with exit 2 unless its schema accepts it', () => {
      assertHostile(
        fc.oneof(hostileJsonValue, fc.jsonValue()).map(toJsonText),
        (text) => run([name], text),
        {
          name: `${name} <random JSON>`,
          documented: { codes: [] },
          warmUp: () => run([name], valid),
          check: (outcome, text) => {
            const r = runOf(outcome);
            if (!schema.safeParse(JSON.parse(text)).success) expectInvalidInputAnswer(r, name);
            else expectAnswered(r, name);
          },
        },
      );
    });

    it('answers a variant of its example (one path replaced, removed or polluted) consistently', () => {
      let decided = 0;
      assertHostile(
        variantsOf(example, hostileJsonValue).map(toJsonText),
        (text) => run([name], text),
        {
          name: `${name} <variant>`,
          documented: { codes: [] },
          warmUp: () => run([name], valid),
          numRuns: 500,
          check: (outcome, text) => {
            const r = runOf(outcome);
            expectAnswered(r, name);
            if (r.status === 0) {
              decided++;
              expect(
                schema.safeParse(JSON.parse(text)).success,
                'exit 0 only for schema-valid input',
              ).toBe(true);
              expect(JSON.parse(r.out)).not.toHaveProperty('error');
            }
          },
        },
      );
      // Some variants stay valid (a polluted key, an optional field removed) and are decided: a
      // command that refused every input would pass the checks above.
      expect(decided, `${name}: variants decided with exit 0`).toBeGreaterThan(0);
    });

    it('answers hostile arguments with exit 0 or 2, never 1', () => {
      assertHostile(hostileArgs, (args) => run([name, ...args], valid), {
        name: `${name} <argv>`,
        documented: { codes: [] },
        warmUp: () => run([name], valid),
        check: (outcome, args) => expectAnswered(runOf(outcome), `${name} ${args.join(' ')}`),
      });
    });
  });

  it.each(NO_INPUT_COMMANDS)('%s answers hostile arguments with exit 0 or 2, never 1', (name) => {
    assertHostile(hostileArgs, (args) => run([name, ...args], ''), {
      name: `${name} <argv>`,
      documented: { codes: [] },
      warmUp: () => run([name], ''),
      numRuns: 100,
      check: (outcome, args) => expectAnswered(runOf(outcome), `${name} ${args.join(' ')}`),
    });
  });

  it('answers hostile command names and a missing --input file with exit 2', () => {
    assertHostile(flagValue, (command) => run([command], '{}'), {
      name: '<command>',
      documented: { codes: [] },
      check: (outcome, command) => {
        const r = runOf(outcome);
        if (Object.hasOwn(COMMANDS, command) || command === 'help' || /^(-h|--help)$/.test(command))
          return expectAnswered(r, command);
        expectInvalidInputAnswer(r, command);
      },
    });
    expectInvalidInputAnswer(run(['check', '--input', MEGABYTE_TEXT], ''), '--input <1 MB>');
  });
});

const BIN = fileURLToPath(new URL('../../dist/cli/bin.cjs', import.meta.url));

/** The built program as a separate process (dist/ exists after `npm run build`, as in npm test). */
describe.skipIf(!existsSync(BIN))('hostile input: the built program (dist/cli/bin.cjs)', () => {
  function spawn(args: readonly string[], input: string): Run {
    const r = spawnSync(process.execPath, [BIN, ...args], {
      input,
      encoding: 'utf8',
      timeout: 20_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { status: r.status ?? -1, out: r.stdout, err: r.stderr };
  }

  it.each([
    ['check', 'a one-megabyte string', JSON.stringify({ account: MEGABYTE_TEXT })],
    ['check', 'truncated JSON', '{"account":'],
    [
      'transition',
      'prototype-polluting keys',
      HOSTILE_JSON_TEXTS.find((t) => t.includes('polluted'))!,
    ],
    ['eligibility', 'a lone surrogate', '{"applicant":"\\uD800"}'],
    ['check', 'nesting 10,000 deep', '['.repeat(10_000) + ']'.repeat(10_000)],
    [
      'check',
      'an amount as a JSON number',
      JSON.stringify({
        ...INPUT_COMMANDS[0].example,
        transaction: { ...INPUT_COMMANDS[0].example.transaction, amount: 1500 },
      }),
    ],
    ['eligibility', 'bytes that are not UTF-8 JSON', '\u0000\u0001\uFFFD\uFFFE'],
  ])('%s with %s: exit 2, a JSON error on stdout, nothing on stderr', (command, _what, input) => {
    expectInvalidInputAnswer(spawn([command], input), `${command} (process)`);
  });

  it('--lang and --preset with hostile values: exit 2, no stack trace', () => {
    expectInvalidInputAnswer(spawn(['presets', '--lang', '\uD800'], ''), 'presets --lang');
    expectInvalidInputAnswer(spawn(['explain', '--preset', '__proto__'], ''), 'explain --preset');
  });
});
