/**
 * `--ndjson` through the built program as a separate process (dist/cli/bin.cjs, the real
 * standard streams): a large batch gives, line for line, what the single command prints (in
 * Chinese too, whose answers are two-byte text encoded into the output buffers); an invalid line
 * gets its own error line; and a caller that writes one line reads its answer before writing the
 * next (the output is flushed once per turn, never held back for more input). The same over
 * worker threads (started at once here, `ACCOUNT_POLICY_NDJSON_INLINE_MS=0`): byte for byte what
 * the main thread alone prints, for each batch command.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CLI_CHECK_EXAMPLE,
  CLI_ELIGIBILITY_EXAMPLE,
  CLI_MONITOR_EXAMPLE,
  CLI_TRANSITION_ACCOUNT,
} from '../fixtures/cliExamples';

const BIN = fileURLToPath(new URL('../../dist/cli/bin.cjs', import.meta.url));

const allowed = {
  ...CLI_CHECK_EXAMPLE,
  transaction: { ...CLI_CHECK_EXAMPLE.transaction, amount: '1.00' },
};
const INPUTS = [JSON.stringify(CLI_CHECK_EXAMPLE), JSON.stringify(allowed), '{"account":1}'];

/** Worker threads from the first line (the program otherwise starts them after a second). */
const THREADED = {
  ...process.env,
  ACCOUNT_POLICY_NDJSON_THREADS: '2',
  ACCOUNT_POLICY_NDJSON_INLINE_MS: '0',
};
const UNTHREADED = { ...process.env, ACCOUNT_POLICY_NDJSON_THREADS: '0' };

/** A valid input of each batch command, one of its invalid ones, and the decision's field. */
const BATCH_COMMANDS = [
  { command: 'check', valid: CLI_CHECK_EXAMPLE, field: 'allowed' },
  {
    command: 'transition',
    valid: {
      account: CLI_TRANSITION_ACCOUNT,
      event: { type: 'close', at: '2026-11-22T10:00:00+08:00', channel: 'counter' },
    },
    field: 'ok',
  },
  { command: 'eligibility', valid: CLI_ELIGIBILITY_EXAMPLE, field: 'eligible' },
  { command: 'monitor', valid: CLI_MONITOR_EXAMPLE, field: 'alerts' },
] as const;

function single(args: readonly string[], input: string): { out: string; status: number | null } {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });
  return { out: r.stdout, status: r.status };
}

/**
 * Asks one line at a time: writes a line to `input` and resolves with the next line that
 * `output` prints (so an answer held back until more input came would never resolve).
 */
function conversation(
  output: NodeJS.ReadableStream,
  input: NodeJS.WritableStream,
): (line: string) => Promise<string> {
  let buffered = '';
  const waiters: ((line: string) => void)[] = [];
  output.setEncoding('utf8');
  output.on('data', (chunk: string) => {
    buffered += chunk;
    let nl: number;
    while ((nl = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      waiters.shift()?.(line);
    }
  });
  return (line) =>
    new Promise<string>((resolve) => {
      waiters.push(resolve);
      input.write(line + '\n');
    });
}

// npm test builds first; run alone without a build, this fails instead of skipping silently.
describe('--ndjson through the built program', () => {
  it('has the built program to run', () => {
    expect(existsSync(BIN), `${BIN} is missing: run \`npm run build\` first`).toBe(true);
  });

  for (const lang of ['en', 'zh-CN'])
    it(`answers 3,000 lines as the single command answers each (${lang})`, () => {
      const expected = INPUTS.map((i) =>
        JSON.stringify(JSON.parse(single(['check', '--lang', lang], i).out)),
      );
      const lines = Array.from({ length: 3000 }, (_, k) => INPUTS[k % 3]!);
      const r = spawnSync(process.execPath, [BIN, 'check', '--ndjson', '--lang', lang], {
        input: lines.join('\n') + '\n',
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      });
      expect(r.status).toBe(2); // one line in three is invalid
      // The two valid inputs are decided, one refused and one allowed, and the third is refused
      // as invalid input: a program that answered every line with an error fails here.
      expect(expected.map((line) => JSON.parse(line).allowed)).toEqual([false, true, undefined]);
      expect(JSON.parse(expected[2]!).error.code).toBe('invalid_input');
      const out = r.stdout.split('\n');
      expect(out.pop()).toBe('');
      expect(out).toHaveLength(3000);
      out.forEach((line, k) => expect(line).toBe(expected[k % 3]));
      if (lang === 'zh-CN') expect(out[0]).toContain('日累计');
    });

  it('a caller that writes one line reads its answer before writing the next', async () => {
    const child = spawn(process.execPath, [BIN, 'check', '--ndjson']);
    const ask = conversation(child.stdout, child.stdin);
    const answers: unknown[] = [];
    for (let k = 0; k < 5; k++) answers.push(JSON.parse(await ask(INPUTS[k % 2]!)));
    child.stdin.end();
    await new Promise((resolve) => child.on('close', resolve));
    expect(answers.map((a) => (a as { allowed: boolean }).allowed)).toEqual([
      false,
      true,
      false,
      true,
      false,
    ]);
  });

  for (const { command, valid, field } of BATCH_COMMANDS)
    it(`${command} --ndjson over worker threads prints, byte for byte, what it prints without`, () => {
      const lines = [
        JSON.stringify(valid),
        '{"x":1}',
        '',
        JSON.stringify({ ...valid, preset: 1 }),
        '{',
      ];
      const endings = ['\n', '\r\n', '\r', '\n', '\n'];
      let input = '';
      for (let k = 0; k < 1500; k++) input += lines[k % 5]! + endings[k % 5]!;
      const run = (env: NodeJS.ProcessEnv) =>
        spawnSync(process.execPath, [BIN, command, '--ndjson'], { input, env, maxBuffer: 1 << 28 });
      const serial = run(UNTHREADED);
      const threaded = run(THREADED);
      expect(serial.status).toBe(2);
      expect(threaded.status).toBe(2);
      const first = JSON.parse(serial.stdout.toString('utf8').split('\n')[0]!);
      expect(first, `${command}: the valid input must be decided`).toHaveProperty(field);
      expect(serial.stdout.toString('utf8').split('\n')).toHaveLength(1200 + 1);
      expect(threaded.stdout.equals(serial.stdout)).toBe(true);
    });

  it('over worker threads, a caller that writes one line reads its answer before the next', async () => {
    const child = spawn(process.execPath, [BIN, 'check', '--ndjson'], { env: THREADED });
    const ask = conversation(child.stdout, child.stdin);
    const answers: unknown[] = [];
    for (let k = 0; k < 6; k++) answers.push(JSON.parse(await ask(INPUTS[k % 3]!)));
    child.stdin.end();
    const status = await new Promise((resolve) => child.on('close', resolve));
    expect(status).toBe(2);
    expect(answers.map((a) => (a as { allowed?: boolean }).allowed)).toEqual([
      false,
      true,
      undefined,
      false,
      true,
      undefined,
    ]);
  });

  for (const [label, env] of [
    ['on the main thread', UNTHREADED],
    ['over worker threads', THREADED],
  ] as const)
    it(`a reader that closes early ends the batch at once, exit 1, no stack trace (${label})`, async () => {
      const child = spawn(process.execPath, [BIN, 'check', '--ndjson'], { env });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
      // Far more input than a pipe holds, written without waiting; the reader takes one chunk.
      child.stdin.on('error', () => {});
      child.stdin.end(Array.from({ length: 30_000 }, (_, k) => INPUTS[k % 2]).join('\n') + '\n');
      await new Promise((resolve) => child.stdout.once('data', resolve));
      child.stdout.destroy();
      const status = await new Promise((resolve) => child.on('close', resolve));
      expect(status).toBe(1);
      expect(stderr).toBe('');
    });

  it('--input FILE is streamed too: a large file gives what standard input gives, threaded or not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ap-ndjson-'));
    const file = join(dir, 'batch.ndjson');
    const text = Array.from({ length: 3000 }, (_, k) => INPUTS[k % 3]).join('\n') + '\n';
    writeFileSync(file, text);
    const fromStdin = spawnSync(process.execPath, [BIN, 'check', '--ndjson'], {
      input: text,
      env: UNTHREADED,
      maxBuffer: 1 << 28,
    });
    for (const env of [UNTHREADED, THREADED]) {
      const r = spawnSync(process.execPath, [BIN, 'check', '--ndjson', '--input', file], {
        env,
        maxBuffer: 1 << 28,
      });
      expect(r.status).toBe(2);
      expect(r.stdout.toString('utf8').split('\n')).toHaveLength(3001);
      expect(r.stdout.equals(fromStdin.stdout)).toBe(true);
    }
  });

  it('--input a named pipe: a caller that writes one line reads its answer before the next', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ap-fifo-'));
    const fifo = join(dir, 'in');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const child = spawn(process.execPath, [BIN, 'check', '--ndjson', '--input', fifo]);
    // Opening for writing waits for the reader; a blocking open in this process would stall the
    // test's own event loop, so it is opened in a child that forwards its standard input.
    const writer = spawn('sh', ['-c', `cat > "${fifo}"`]);
    const ask = conversation(child.stdout, writer.stdin);
    const answers: unknown[] = [];
    for (let k = 0; k < 4; k++) answers.push(JSON.parse(await ask(INPUTS[k % 2]!)));
    writer.stdin.end();
    const status = await new Promise((resolve) => child.on('close', resolve));
    expect(status).toBe(0);
    expect(answers.map((a) => (a as { allowed: boolean }).allowed)).toEqual([
      false,
      true,
      false,
      true,
    ]);
  }, 20_000);
});
