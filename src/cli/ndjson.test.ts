import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CLI_ELIGIBILITY_EXAMPLE,
  CLI_MONITOR_EXAMPLE,
  CLI_TRANSITION_ACCOUNT,
} from '../../test/fixtures/cliExamples';
import { main, type CliIo } from './main';

const CHECK = {
  account: { class: 'II', balance: '1500.00' },
  history: [
    {
      at: '2026-11-22T09:00:00+08:00',
      amount: '9000.00',
      kind: 'transfer_out',
      counterparty: 'other',
    },
  ],
  transaction: {
    at: '2026-11-22T10:00:00+08:00',
    amount: '1000.00',
    kind: 'transfer_out',
    counterparty: 'other',
  },
};
const OVER = { ...CHECK, transaction: { ...CHECK.transaction, amount: '1000.01' } };
const BAD = { ...CHECK, transaction: { ...CHECK.transaction, amount: 1000 } };

function runCli(argv: string[], stdin: string) {
  let out = '';
  const io: CliIo = {
    readStdin: () => stdin,
    readFile: () => {
      throw new Error('no files here');
    },
    stdout: (t) => void (out += t),
    stderr: () => {},
  };
  return { status: main(argv, io), out };
}

/** What the single-input command prints for one input, as one compact line. */
function single(argv: string[], input: string) {
  const r = runCli(argv, input);
  return { status: r.status, line: JSON.stringify(JSON.parse(r.out)) };
}

describe('--ndjson batches', () => {
  it('answers every non-empty line in order, each exactly as the single command, exit 2 on an invalid line', () => {
    const inputs = [CHECK, BAD, OVER].map((x) => JSON.stringify(x));
    const stdin = [inputs[0], '', inputs[1], '   ', '{"account":', inputs[2], ''].join('\n');
    const r = runCli(['check', '--ndjson'], stdin);
    expect(r.status).toBe(2);
    const lines = r.out.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(single(['check'], inputs[0]!).line);
    expect(JSON.parse(lines[0]!).allowed).toBe(true);
    expect(lines[1]).toBe(single(['check'], inputs[1]!).line);
    expect(JSON.parse(lines[1]!).error.code).toBe('invalid_input');
    expect(JSON.parse(lines[2]!).error.message).toContain('not valid JSON');
    expect(lines[3]).toBe(single(['check'], inputs[2]!).line);
    expect(JSON.parse(lines[3]!).allowed).toBe(false);
  });

  it('exits 0 when every line was decided (allowed or not), and with --lang', () => {
    const stdin = [CHECK, OVER, CHECK].map((x) => JSON.stringify(x)).join('\r\n') + '\n';
    const r = runCli(['check', '--ndjson', '--lang', 'zh-CN'], stdin);
    expect(r.status).toBe(0);
    expect(
      r.out
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).allowed),
    ).toEqual([true, false, true]);
    expect(r.out.split('\n')[1]).toBe(
      single(['check', '--lang', 'zh-CN'], JSON.stringify(OVER)).line,
    );
  });

  it('empty input is an empty batch: no output, exit 0', () => {
    expect(runCli(['check', '--ndjson'], '\n\n')).toEqual({ status: 0, out: '' });
  });

  it.each([
    [
      'transition',
      {
        account: CLI_TRANSITION_ACCOUNT,
        event: { type: 'close', at: '2026-11-22T10:00:00+08:00', channel: 'counter' },
      },
      'ok',
    ],
    ['eligibility', CLI_ELIGIBILITY_EXAMPLE, 'eligible'],
    ['monitor', CLI_MONITOR_EXAMPLE, 'alerts'],
  ] as const)('%s takes --ndjson too: a decided line, an invalid one', (command, input, key) => {
    const valid = JSON.stringify(input);
    const r = runCli([command, '--ndjson'], `${valid}\n{}\n`);
    expect(r.status).toBe(2);
    const lines = r.out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    // The valid line is decided (not an error), exactly as the single command decides it.
    expect(lines[0]).toBe(single([command], valid).line);
    expect(JSON.parse(lines[0]!)).toHaveProperty(key);
    expect(JSON.parse(lines[0]!)).not.toHaveProperty('error');
    expect(lines[1]).toBe(single([command], '{}').line);
    expect(JSON.parse(lines[1]!).error.code).toBe('invalid_input');
  });

  it.each([['presets'], ['explain'], ['diff', 'cn-pboc-2016', 'cn-pboc-2018'], ['demo']])(
    'refuses --ndjson on %s (invalid_input, exit 2)',
    (...argv) => {
      const r = runCli([...argv, '--ndjson'], '');
      expect(r.status).toBe(2);
      expect(JSON.parse(r.out).error.message).toContain('does not take --ndjson');
    },
  );
});

const BIN = fileURLToPath(new URL('./bin.ts', import.meta.url));

describe('--ndjson through a real process', () => {
  it('streams: the answer to one line is read before the next line is written', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', BIN, 'check', '--ndjson'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const answers = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
    const ask = async (input: unknown) => {
      child.stdin!.write(JSON.stringify(input) + '\n');
      const next = await answers.next();
      return JSON.parse(next.value as string) as { allowed?: boolean; error?: unknown };
    };
    // Each answer arrives while stdin is still open: the process did not wait for the end.
    expect((await ask(CHECK)).allowed).toBe(true);
    expect((await ask(BAD)).error).toBeDefined();
    expect((await ask(OVER)).allowed).toBe(false);
    child.stdin!.end();
    const status = await new Promise((resolve) => child.on('close', resolve));
    expect(status).toBe(2);
  }, 60_000);
});
