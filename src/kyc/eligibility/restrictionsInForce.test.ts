import { describe, expect, it } from 'vitest';
import { typedError } from '../internal/hostile.testkit';
import { restrictionsInForce } from './restrictionsInForce';
import type { ApplicantRestriction } from './types';

const TODAY = { year: 2026, month: 11, day: 22 };
const ZONE = 'Asia/Shanghai';

describe('restrictionsInForce: the restrictions meeting the local day [00:00, 24:00)', () => {
  it('keeps those in force some moment of today, with their index, instants and first free day', () => {
    const startsTomorrow: ApplicantRestriction = {
      kind: 'receive_only',
      from: '2026-11-23T00:00:00+08:00',
    };
    const endedAtMidnight: ApplicantRestriction = {
      id: 'a',
      kind: 'no_non_counter',
      from: '2021-11-22T00:00:00+08:00',
      until: '2026-11-22T00:00:00+08:00',
    };
    const startsLateToday: ApplicantRestriction = {
      kind: 'receive_only',
      from: '2026-11-22T23:59:59+08:00',
    };
    // 2026-11-22T00:00:01 in Shanghai: in force for one second of today.
    const endsJustAfterMidnight: ApplicantRestriction = {
      kind: 'no_non_counter',
      from: new Date('2021-11-22T00:00:00Z') as never,
      until: '2026-11-21T16:00:01Z',
    };
    const found = restrictionsInForce(
      [startsTomorrow, endedAtMidnight, startsLateToday, endsJustAfterMidnight],
      TODAY,
      ZONE,
    );
    expect(found).toStrictEqual([
      {
        restriction: startsLateToday,
        index: 2,
        from: new Date('2026-11-22T15:59:59Z'),
        until: undefined,
        eligibleFrom: undefined,
      },
      {
        restriction: endsJustAfterMidnight,
        index: 3,
        from: new Date('2021-11-22T00:00:00Z'),
        until: new Date('2026-11-21T16:00:01Z'),
        eligibleFrom: '2026-11-23',
      },
    ]);
  });

  it('a restriction ending at a later midnight may apply again from that day', () => {
    const [found] = restrictionsInForce(
      [
        {
          kind: 'receive_only',
          from: '2024-03-01T00:00:00+08:00',
          until: '2029-03-01T00:00:00+08:00',
        },
      ],
      TODAY,
      ZONE,
    );
    expect(found?.eligibleFrom).toBe('2029-03-01');
    const [later] = restrictionsInForce(
      [
        {
          kind: 'receive_only',
          from: '2024-03-01T00:00:00+08:00',
          until: '2029-03-01T00:00:00.001+08:00',
        },
      ],
      TODAY,
      ZONE,
    );
    expect(later?.eligibleFrom).toBe('2029-03-02');
  });

  it('the day is the one of the time zone given', () => {
    // 2026-11-22T17:00Z: still the 22nd in UTC, already the 23rd in Shanghai.
    const restriction: ApplicantRestriction = {
      kind: 'receive_only',
      from: '2026-11-23T01:00:00+08:00',
    };
    expect(restrictionsInForce([restriction], TODAY, ZONE)).toEqual([]);
    expect(restrictionsInForce([restriction], TODAY, 'UTC')).toHaveLength(1);
    expect(restrictionsInForce([restriction], '2026-11-23' as never, ZONE)).toHaveLength(1);
  });

  it('an empty list has none', () => {
    expect(restrictionsInForce([], TODAY, ZONE)).toEqual([]);
  });
});

describe('restrictionsInForce: malformed restrictions', () => {
  const one = (restriction: Record<string, unknown>) =>
    restrictionsInForce([restriction as never], TODAY, ZONE);

  it('an end not after the start is invalid input at its until', () => {
    for (const until of ['2026-01-01T00:00:00Z', '2025-12-31T23:59:59Z']) {
      const e = typedError(
        () => one({ kind: 'receive_only', from: '2026-01-01T00:00:00Z', until }),
        'invalid_input',
        ['applicant', 'restrictions', 0, 'until'],
      );
      expect(e.message).toBe('Invalid input at applicant.restrictions.0.until: must be after from');
      expect(e.issues).toEqual([
        { path: ['applicant', 'restrictions', 0, 'until'], message: 'must be after from' },
      ]);
    }
    expect(
      one({
        kind: 'receive_only',
        from: '2026-01-01T00:00:00Z',
        until: '2026-01-01T00:00:00.001Z',
      }),
    ).toEqual([]);
  });

  it('a start or an end that is no instant is invalid_instant at its path', () => {
    typedError(() => one({ kind: 'receive_only', from: '2026-01-01' }), 'invalid_instant', [
      'applicant',
      'restrictions',
      0,
      'from',
    ]);
    typedError(() => one({ kind: 'receive_only' }), 'invalid_instant', [
      'applicant',
      'restrictions',
      0,
      'from',
    ]);
    typedError(
      () => one({ kind: 'receive_only', from: '2026-01-01T00:00:00Z', until: 'never' }),
      'invalid_instant',
      ['applicant', 'restrictions', 0, 'until'],
    );
    typedError(
      () =>
        restrictionsInForce(
          [{ kind: 'receive_only', from: '2026-01-01T00:00:00Z' }, 'x' as never],
          TODAY,
          ZONE,
        ),
      'invalid_input',
      ['applicant', 'restrictions', 1],
    );
  });
});

describe('restrictionsInForce: the day and the zone', () => {
  it('an impossible day is invalid_date at today', () => {
    const e = typedError(
      () => restrictionsInForce([], { year: 2026, month: 2, day: 30 }, ZONE),
      'invalid_date',
      ['today'],
    );
    expect(e.message).toBe('Invalid date at today: Invalid date: 2026-02 has no day 30');
  });

  it('an unknown zone is invalid_time_zone at timeZone', () => {
    const e = typedError(() => restrictionsInForce([], TODAY, 'Mars/Base'), 'invalid_time_zone', [
      'timeZone',
    ]);
    expect(e.message).toBe(
      'Invalid time zone: "Mars/Base" is not an IANA time-zone name (such as "Asia/Shanghai" or "UTC") (at timeZone)',
    );
  });
});
