import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { CLI_TRANSITION_ACCOUNT } from '../../../test/fixtures/cliExamples';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the parsed JSON output, read by shape in each test
type Json = any;

function cli(argv: string[], input: unknown): { code: number; out: Json } {
  let stdout = '';
  const code = main(['transition', ...argv], {
    readStdin: () => (typeof input === 'string' ? input : JSON.stringify(input)),
    readFile: () => {
      throw new Error('no files here');
    },
    stdout: (text) => void (stdout += text),
    stderr: () => {},
  });
  return { code, out: JSON.parse(stdout) };
}

const ACCOUNT = CLI_TRANSITION_ACCOUNT;

describe('account-policy transition', () => {
  it('closes the contract’s example account', () => {
    const { code, out } = cli([], {
      account: ACCOUNT,
      event: { type: 'close', at: '2026-11-22T10:00:00+08:00', channel: 'counter' },
    });
    expect(code).toBe(0);
    expect(out.ok).toBe(true);
    expect(out.account).toEqual({
      ...ACCOUNT,
      status: 'closed',
      closedAt: '2026-11-22T10:00:00+08:00',
      retainRecordsUntil: '2031-11-22',
    });
    expect(out.effects).toContainEqual({
      type: 'retain_records',
      until: '2031-11-22',
      source: '《银行个人账户培训》 (bank training course)',
      sourceKey: 'bank-training-course',
    });
  });

  it('lists every reason for a refusal, in the chosen language, with exit 0', () => {
    const { code, out } = cli(['--lang', 'zh-CN'], {
      account: {
        ...ACCOUNT,
        balance: '12.30',
        linkedServices: ['payroll'],
        lossReport: { at: '2026-11-20T10:00:00+08:00', channel: 'phone' },
      },
      event: { type: 'close', at: '2026-11-22T10:00:00+08:00', channel: 'mobile' },
    });
    expect(code).toBe(0);
    expect(Object.keys(out)).toEqual(['ok', 'reasons']);
    expect(out.reasons.map((r: { code: string }) => r.code)).toEqual([
      'channel_not_allowed',
      'balance_not_zero',
      'loss_reported',
      'linked_services',
    ]);
    expect(out.reasons[1].message).toBe('销户时余额须为零，当前余额为12.30。');
  });

  it('refuses unreporting a loss outside the counter and a closed account’s events', () => {
    const lost = { ...ACCOUNT, lossReport: { at: '2026-11-20T10:00:00+08:00', channel: 'phone' } };
    expect(
      cli([], {
        account: lost,
        event: { type: 'unreport_loss', at: '2026-11-22T10:00:00+08:00', channel: 'online' },
      }).out.reasons[0].code,
    ).toBe('channel_not_allowed');
    expect(
      cli([], {
        account: { ...ACCOUNT, status: 'closed' },
        event: { type: 'activate', at: '2026-11-22T10:00:00+08:00' },
      }).out,
    ).toEqual({
      ok: false,
      reasons: [
        {
          code: 'already_closed',
          source: '《银行个人账户培训》 (bank training course)',
          sourceKey: 'bank-training-course',
          event: 'activate',
          status: 'closed',
          message: 'The account is closed; a closed account never reopens.',
        },
      ],
    });
  });

  it('places and lifts freezes as in the contract', () => {
    const placed = cli([], {
      account: ACCOUNT,
      event: {
        type: 'freeze',
        at: '2026-11-22T10:00:00+08:00',
        freeze: {
          id: 'F1',
          kind: 'judicial',
          scope: 'amount',
          amount: '100.00',
          from: '2026-11-22T10:00:00+08:00',
        },
      },
    }).out;
    expect(placed.account.freezes).toEqual([
      {
        id: 'F1',
        kind: 'judicial',
        scope: 'amount',
        amount: '100.00',
        from: '2026-11-22T10:00:00+08:00',
        until: '2027-11-22T10:00:00+08:00',
      },
    ]);
    const lifted = cli([], {
      account: placed.account,
      event: {
        type: 'unfreeze',
        at: '2026-12-01T10:00:00+08:00',
        id: 'F1',
        liftedBy: 'authority',
        notice: 'N-1',
      },
    }).out;
    expect(lifted.account.freezes).toEqual([]);
  });

  it('answers bad input with exit 2 and every issue with its path', () => {
    const { code, out } = cli([], {
      account: {
        ...ACCOUNT,
        balance: 0,
        freezes: [
          { id: 'F', kind: 'judicial', scope: 'amount', from: '2026-11-01T00:00:00+08:00' },
        ],
      },
      event: { type: 'close', at: '2026-11-22 10:00' },
    });
    expect(code).toBe(2);
    expect(out.error.code).toBe('invalid_input');
    expect(out.error.issues.map((i: { path: unknown[] }) => i.path.join('.'))).toEqual([
      'account.balance',
      'account.freezes.0.amount',
      'event.at',
    ]);
  });

  it('takes the preset from the flag or the input', () => {
    expect(
      cli(['--preset', 'nope'], {
        account: ACCOUNT,
        event: { type: 'advance', at: '2026-11-22T10:00:00+08:00' },
      }).code,
    ).toBe(2);
    expect(
      cli([], {
        preset: 'tiered-generic',
        account: ACCOUNT,
        event: { type: 'advance', at: '2026-11-22T10:00:00+08:00' },
      }).out.ok,
    ).toBe(true);
  });
});
