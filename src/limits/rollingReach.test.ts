/*
 * Rolling windows on stored usage (recordTransaction, then checkTransaction) reach every entry a
 * later instant's window can hold, even where `now − duration` is not monotonic in `now`: month-end
 * clamping (31 March − 1 month = 28 February, as 28 March − 1 month) and the repeated hour of a DST
 * fall-back. The stored path answers as checkTransactionFromHistory does, and never throws.
 */
import { describe, expect, it } from 'vitest';
import { derivePreset, getPreset } from '../presets';
import type { Preset } from '../presets/types/preset';
import type { PolicyDuration } from '../time/types';
import {
  checkTransaction,
  checkTransactionFromHistory,
  createUsage,
  recordTransaction,
  type LimitAccount,
  type RollingWindowUsage,
  type TransactionInput,
} from '.';

const I: LimitAccount = { class: 'I', balance: '0.00', faceToFaceVerified: true };

/** cn-pboc-2018 with a rolling inflow cap of 100.00 on Class I, in `timeZone`. */
function rollingPreset(duration: PolicyDuration, timeZone = 'Asia/Shanghai'): Preset {
  return derivePreset(getPreset('cn-pboc-2018'), {
    id: 'rolling-test',
    timeZone,
    classes: {
      I: {
        limits: {
          rollingIn: {
            type: 'window_amount',
            direction: 'inflow',
            window: { kind: 'rolling', duration },
            limit: { amount: '100.00', currency: 'CNY' },
            layer: 'bank',
            source: Object.keys(getPreset('cn-pboc-2018').sources)[0]!,
          },
        },
      },
    },
  });
}

const inflow = (at: string, amount: string): TransactionInput => ({
  at,
  amount,
  kind: 'transfer_in',
  counterparty: 'other',
});

function bothPaths(preset: Preset, history: TransactionInput[], tx: TransactionInput) {
  let usage = createUsage(preset);
  for (const h of history) usage = recordTransaction(usage, h);
  const stored = checkTransaction(I, tx, usage, preset);
  const fromHistory = checkTransactionFromHistory(I, tx, history, preset);
  return { stored, fromHistory, usage };
}

describe('a one-month rolling window across month-end clamping', () => {
  const preset = rollingPreset({ months: 1 });
  const history = [
    inflow('2026-02-28T12:00:00+08:00', '60.00'),
    inflow('2026-03-28T23:00:00+08:00', '30.00'),
  ];

  it('keeps the 28 February entry that 31 March 00:30 still reaches (31 March − 1 month = 28 February 00:30)', () => {
    const { stored, fromHistory, usage } = bothPaths(
      preset,
      history,
      inflow('2026-03-31T00:30:00+08:00', '20.00'),
    );
    const entries = (usage.windows['rolling:1M'] as RollingWindowUsage).entries;
    expect(entries.map((e) => e.at)).toEqual([
      '2026-02-28T12:00:00+08:00',
      '2026-03-28T23:00:00+08:00',
    ]);
    // 60 + 30 used: 20 more is over the 100.00 cap.
    expect(fromHistory.allowed).toBe(false);
    expect(fromHistory.headroom.rollingIn).toBe('10.00');
    expect(stored).toEqual(fromHistory);
  });

  it('a check on 1 April 00:30 (window from 1 March) no longer counts 28 February', () => {
    const { stored, fromHistory } = bothPaths(
      preset,
      history,
      inflow('2026-04-01T00:30:00+08:00', '20.00'),
    );
    expect(fromHistory.headroom.rollingIn).toBe('70.00');
    expect(stored).toEqual(fromHistory);
  });
});

describe('a one-day rolling window inside New York’s repeated hour (fall-back 2026-11-01)', () => {
  const preset = rollingPreset({ days: 1 }, 'America/New_York');
  // 01:50 EDT, then 01:10 EST (20 minutes later): 01:10 EST − 1 day is 31 October 01:10,
  // earlier than 01:50 EDT − 1 day (31 October 01:50).
  const history = [
    inflow('2026-10-31T01:30:00-04:00', '60.00'),
    inflow('2026-11-01T01:50:00-04:00', '30.00'),
  ];

  it('01:10 EST still counts the entry of 31 October 01:30', () => {
    const { stored, fromHistory } = bothPaths(
      preset,
      history,
      inflow('2026-11-01T01:10:00-05:00', '20.00'),
    );
    expect(fromHistory.allowed).toBe(false);
    expect(fromHistory.headroom.rollingIn).toBe('10.00');
    expect(stored).toEqual(fromHistory);
  });
});

describe('a rolling window of duration d holds exactly d: (now − d, now]', () => {
  it.each([
    [{ hours: 24 }, 'Asia/Shanghai', '2026-11-22T10:00:00+08:00', '2026-11-21T10:00:00+08:00'],
    [{ days: 1 }, 'America/New_York', '2026-11-02T01:30:00-05:00', '2026-11-01T01:30:00-04:00'],
    [{ days: 1 }, 'America/New_York', '2026-03-09T02:30:00-04:00', '2026-03-08T03:00:00-04:00'],
    [{ months: 1 }, 'Asia/Shanghai', '2026-03-31T00:30:00+08:00', '2026-02-28T00:30:00+08:00'],
    [{ days: 1 }, 'Australia/Lord_Howe', '2026-04-05T12:00:00+10:30', '2026-04-04T12:00:00+11:00'],
  ] as const)('%o in %s at %s: %s is outside, a millisecond later inside', (d, zone, now, back) => {
    const preset = rollingPreset(d, zone);
    const exact = Date.parse(back);
    const at = (ms: number) => new Date(ms).toISOString();
    for (const [entryMs, counted] of [
      [exact, false],
      [exact + 1, true],
    ] as const) {
      const history = [inflow(at(entryMs), '60.00')];
      const { stored, fromHistory } = bothPaths(preset, history, inflow(now, '50.00'));
      expect(fromHistory.headroom.rollingIn).toBe(counted ? '40.00' : '100.00');
      expect(stored).toEqual(fromHistory);
    }
  });
});

describe('a window reaching before the supported range', () => {
  it('is answered, not refused: no entry can be earlier than 1900-01-01T00:00:00Z', () => {
    // Shanghai kept local mean time (+08:05:43) in 1900: 31 January 23:59:59.998Z − 1 month is
    // 1899-12-31T23:59:59.998Z, before the supported range (and the horizon clamped to it).
    const preset = rollingPreset({ months: 1 });
    const entry = inflow('1900-01-31T23:59:59.998Z', '60.00');
    const { stored, fromHistory } = bothPaths(preset, [entry], entry);
    expect(fromHistory.headroom.rollingIn).toBe('40.00');
    expect(stored).toEqual(fromHistory);
  });
});
