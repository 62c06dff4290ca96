/**
 * `--ndjson` through the built program as a separate process (dist/cli/bin.cjs, the real
 * standard streams): a large batch gives, line for line, what the single command prints (in
 * Chinese too, whose answers are two-byte text encoded into the output buffers); an invalid line
 * gets its own error line; and a caller that writes one line reads its answer before writing the
 * next (the output is flushed once per turn, never held back for more input).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLI_CHECK_EXAMPLE } from '../fixtures/cliExamples';

const BIN = fileURLToPath(new URL('../../dist/cli/bin.cjs', import.meta.url));

const allowed = {
  ...CLI_CHECK_EXAMPLE,
  transaction: { ...CLI_CHECK_EXAMPLE.transaction, amount: '1.00' },
};
const INPUTS = [JSON.stringify(CLI_CHECK_EXAMPLE), JSON.stringify(allowed), '{"account":1}'];

function single(args: readonly string[], input: string): { out: string; status: number | null } {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });
  return { out: r.stdout, status: r.status };
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
    let buffered = '';
    const waiters: ((line: string) => void)[] = [];
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      let nl: number;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        waiters.shift()?.(line);
      }
    });
    const ask = (input: string) =>
      new Promise<string>((resolve) => {
        waiters.push(resolve);
        child.stdin.write(input + '\n');
      });
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
});
