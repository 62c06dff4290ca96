import { afterEach, describe, expect, it } from 'vitest';
import { COMMANDS } from './commands';
import type { CommandSpec } from './context';
import { main, type CliIo } from './main';

function runCli(argv: string[], readStdin: () => string) {
  let out = '';
  let err = '';
  const io: CliIo = {
    readStdin,
    readFile: () => {
      throw new Error('not used');
    },
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
  };
  const status = main(argv, io);
  return { status, out, err, json: () => JSON.parse(out) as { error: Record<string, unknown> } };
}

const registry = COMMANDS as Record<string, CommandSpec>;

describe('account-policy: input that cannot be read, and internal errors', () => {
  afterEach(() => {
    delete registry['boom'];
  });

  it('an unreadable standard input is invalid input (exit 2) naming standard input', () => {
    const r = runCli(['check'], () => {
      throw new Error('EAGAIN: resource temporarily unavailable, read');
    });
    expect(r.status).toBe(2);
    expect(r.json().error.message).toBe(
      'Cannot read input from standard input: EAGAIN: resource temporarily unavailable, read',
    );
    expect(r.json().error.issues).toEqual([{ path: ['--input'], message: r.json().error.message }]);
  });

  it('input over 16 MiB is refused before parsing (exit 2)', () => {
    const big = `"${'a'.repeat(16 * 1024 * 1024)}"`;
    const r = runCli(['check'], () => big);
    expect(r.status).toBe(2);
    expect(r.json().error.message).toBe('Input is larger than 16777216 bytes');
  });

  it('a bug in a command is exit 1 with an internal_error JSON, never a stack trace', () => {
    registry['boom'] = {
      summary: 'test only',
      usage: 'account-policy boom',
      run: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'x')");
      },
    };
    const r = runCli(['boom'], () => '{}');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.out)).toEqual({
      error: {
        code: 'internal_error',
        message: "Internal error: Cannot read properties of undefined (reading 'x')",
      },
    });
    expect(r.out).not.toMatch(/\n\s+at /);
    expect(r.err).toBe('');
  });

  it('a thrown non-error value is reported as text (exit 1)', () => {
    registry['boom'] = {
      summary: 'test only',
      usage: 'account-policy boom',
      run: () => {
        throw 'plain text';
      },
    };
    const r = runCli(['boom'], () => '{}');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.out).error.message).toBe('Internal error: plain text');
  });
});
