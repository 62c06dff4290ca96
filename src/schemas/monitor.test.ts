import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { readableIssues } from './common';
import { monitorInputSchema } from './monitor';

const EXAMPLE = {
  preset: 'tiered-generic',
  account: {
    class: 'intermediate',
    openedAt: '2025-01-05T10:00:00+08:00',
    lastActiveAt: '2026-10-01T10:00:00+08:00',
    status: 'normal',
  },
  history: [
    {
      at: '2026-11-22T09:00:00+08:00',
      amount: '30000.01',
      kind: 'transfer_in',
      counterparty: 'other',
      counterpartyId: 'c-1',
      id: 't-1',
      channel: 'mobile',
    },
  ],
  now: '2026-11-22T12:00:00+08:00',
};

function issues(input: unknown) {
  const r = monitorInputSchema.safeParse(input, { error: readableIssues });
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path, message: i.message }));
}

describe('monitorInputSchema', () => {
  it('accepts the CLI.md shape, with the optional fields present or absent', () => {
    expect(issues(EXAMPLE)).toEqual([]);
    expect(issues({ account: { class: 'II' }, history: [], now: '2026-11-22T12:00:00Z' })).toEqual(
      [],
    );
    expect(
      issues({
        account: {
          class: 'II',
          lastActiveAt: null,
          status: 'dormant',
          dormantSince: '2026-01-01T00:00:00Z',
        },
        history: [],
        now: '2026-11-22T12:00:00Z',
      }),
    ).toEqual([]);
  });

  it('lists every problem with its path', () => {
    expect(
      issues({
        preset: 'Not An Id',
        account: { status: 'asleep' },
        history: [{ at: '2026-11-22T09:00:00', amount: 30000, kind: 'gift' }],
      }),
    ).toEqual([
      { path: ['preset'], message: 'must be a preset id such as "cn-pboc-2018"' },
      { path: ['account', 'class'], message: 'is required' },
      { path: ['account', 'status'], message: expect.stringContaining('must be one of') },
      {
        path: ['history', 0, 'at'],
        message: 'must be an ISO 8601 instant with an offset, e.g. "2026-11-22T09:30:00+08:00"',
      },
      { path: ['history', 0, 'amount'], message: expect.stringContaining('string') },
      { path: ['history', 0, 'kind'], message: expect.stringContaining('must be one of') },
      { path: ['now'], message: 'is required' },
    ]);
  });

  it('requires the history (an empty list is fine)', () => {
    expect(issues({ account: { class: 'II' }, now: '2026-11-22T12:00:00Z' })).toEqual([
      { path: ['history'], message: 'is required' },
    ]);
  });

  it('describes lastActiveAt: null is never active, absent is not known', () => {
    const schema = z.toJSONSchema(monitorInputSchema, {
      unrepresentable: 'any',
      io: 'input',
    }) as unknown as {
      properties: { account: { properties: { lastActiveAt: { description?: string } } } };
    };
    const text = schema.properties.account.properties.lastActiveAt.description ?? '';
    expect(text).toContain('null: never active, inactivity runs from openedAt');
    expect(text).toContain('Absent: not known');
    expect(
      monitorInputSchema.safeParse({ ...EXAMPLE, account: { class: 'II', lastActiveAt: null } })
        .success,
    ).toBe(true);
  });
});
