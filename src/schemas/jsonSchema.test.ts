import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { main } from '../cli/main';
import { CROSS_FIELD_RULES } from './crossFieldRules';
import { INPUT_SCHEMAS } from './inputs';

type Node = { [key: string]: unknown };

/** What `account-policy schema NAME` prints. */
function runSchema(name: string): Node {
  let out = '';
  const status = main(['schema', name], {
    readStdin: () => '',
    readFile: () => '',
    stdout: (t) => void (out += t),
    stderr: () => undefined,
  });
  expect(status).toBe(0);
  return JSON.parse(out) as Node;
}

/** Every sub-schema of a JSON Schema with the path of property names that leads to it. */
function* walk(node: unknown, path: string[] = []): Generator<[string, Node]> {
  if (typeof node !== 'object' || node === null) return;
  const n = node as Node;
  yield [path.join('.'), n];
  if (n.properties && typeof n.properties === 'object')
    for (const [k, v] of Object.entries(n.properties as Node)) yield* walk(v, [...path, k]);
  if (n.items) yield* walk(n.items, path);
  for (const key of ['anyOf', 'oneOf', 'allOf'])
    if (Array.isArray(n[key])) for (const v of n[key] as unknown[]) yield* walk(v, path);
}

const NAMES = [
  'check',
  'transition',
  'eligibility',
  'monitor',
  'opening-form',
  'transfer-form',
  'information-change-form',
  'loss-report-form',
];

describe('JSON Schema of every input and form', () => {
  it('covers every input of the CLI', () => {
    expect(Object.keys(INPUT_SCHEMAS).sort()).toEqual([
      'check',
      'eligibility',
      'monitor',
      'transition',
    ]);
    expect(Object.keys(CROSS_FIELD_RULES).sort()).toEqual([...NAMES].sort());
  });

  it.each(NAMES)(
    '%s: every date, instant and amount has a pattern; the cross-field rules name real paths',
    (name) => {
      const schema = runSchema(name);
      const nodes = [...walk(schema)];
      const strings = nodes.filter(([, n]) => n.type === 'string');
      const named = (re: RegExp) => strings.filter(([p]) => re.test(p.split('.').pop() ?? ''));
      const dates = named(/^(today|birthDate|expiresOn|documentExpiresOn|retainRecordsUntil)$/);
      const instants = named(
        /^(at|from|until|now|openedAt|lastActiveAt|activatedAt|reactivatedAt|dormantSince|closedAt|identityReverifiedAt)$/,
      );
      const amounts = named(/^(amount|balance)$/);
      for (const [path, n] of [...dates, ...instants, ...amounts])
        expect(typeof n.pattern, `${name} ${path}`).toBe('string');
      if (name === 'eligibility') expect(dates.length).toBeGreaterThanOrEqual(3);
      if (name === 'check') expect(amounts.length).toBeGreaterThanOrEqual(2);
      const paths = new Set(nodes.map(([p]) => p));
      for (const rule of runSchema(name)['x-cross-field-rules'] as { path: string }[])
        expect(paths.has(rule.path), `${name}: ${rule.path}`).toBe(true);
    },
  );

  it('the patterns agree with the schemas on dates and instants', () => {
    const date = new RegExp(
      (runSchema('eligibility') as { properties: { today: { pattern: string } } }).properties.today
        .pattern,
    );
    expect(date.test('2026-11-22')).toBe(true);
    expect(date.test('2026-13-01')).toBe(false);
    expect(date.test('2026-11-22T00:00Z')).toBe(false);
    expect(
      z.toJSONSchema(INPUT_SCHEMAS.monitor!, { io: 'input', unrepresentable: 'any' }),
    ).toMatchObject({
      properties: { now: { pattern: expect.any(String) } },
    });
  });
});
