/**
 * Hostile inputs for the hostile-input suites (issue 6): fast-check arbitraries for values that
 * break naive code (NaN, ±Infinity, -0, one-megabyte strings, exponent bombs, lone surrogates,
 * full-width digits, prototype-polluting keys, wrong types), and {@link variantsOf}, which turns
 * one valid example input into variants with one path replaced, removed or polluted.
 */
import { fc } from '@fast-check/vitest';

/** One megabyte of text, built once and shared (building it per run would dominate the time). */
export const ONE_MB = 1 << 20;
export const MEGABYTE_DIGITS = '9'.repeat(ONE_MB);
export const MEGABYTE_TEXT = 'a'.repeat(ONE_MB);
export const MEGABYTE_AMOUNT = `1${'0'.repeat(ONE_MB)}.00`;
/** Lone surrogates whose JSON text (`\ud800` is 6 characters each) is one megabyte on the wire. */
export const MEGABYTE_SURROGATES = '\uD800'.repeat(Math.floor(ONE_MB / 6));

/** Strings that look like numbers to a lenient parser, or blow one up. */
export const NUMBERISH_STRINGS: readonly string[] = [
  '1e1000000000',
  '-1e-1000000000',
  '1E+999999999999',
  '9e9999',
  '0.1e-99999999',
  '1e',
  'e1',
  'NaN',
  '-NaN',
  'Infinity',
  '-Infinity',
  '+Infinity',
  'infinity',
  '-0',
  '+0',
  '-0.00',
  '+1',
  '0x10',
  '0b11',
  '0o17',
  '1_000',
  '1,000.00',
  '1.000,00',
  '１２３',
  '１２３.４５',
  '٣٤٥', // Arabic-Indic digits
  '१२३', // Devanagari digits
  '12.5\u0000',
  '\u00a0100',
  '100\n',
  ' 1',
  '1 ',
  '00012',
  '.5',
  '5.',
  '.',
  '-',
  '--1',
  '1..2',
  '1.2.3',
  '12.345',
  '1'.repeat(19),
  '9'.repeat(40),
  `0.${'0'.repeat(5000)}1`,
  MEGABYTE_DIGITS,
  MEGABYTE_AMOUNT,
];

/** Strings that break naive text handling. */
export const NASTY_STRINGS: readonly string[] = [
  '',
  ' ',
  '\t\n',
  '\uD800',
  '\uDC00',
  'a\uD800b',
  '\uDBFF\uDFFF',
  '\uFEFF',
  '\u202Eevil',
  '\u0000',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
  '{placeholder}',
  '{__proto__}',
  '${process.exit()}',
  '%s%s%s%n',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'CNY',
  'cny',
  'Asia/Shanghai',
  'asia/shanghai',
  'Etc/GMT+14',
  '+08:00',
  'Mars/Olympus_Mons',
  '2026-02-30',
  '2026-11-22T24:00:00+08:00',
  '2026-11-22T09:30:00',
  '+275760-09-13T00:00:00Z',
  '-271821-04-20T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '0000-01-01T00:00:00Z',
  '2026-11-22T09:30:00+99:99',
  MEGABYTE_TEXT,
  MEGABYTE_SURROGATES,
  ...NUMBERISH_STRINGS,
];

/** Numbers that break naive arithmetic. */
export const NASTY_NUMBERS: readonly number[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  1,
  -1,
  0.1,
  12.5,
  1e21,
  1e308,
  -1e308,
  5e-324,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_SAFE_INTEGER - 2,
  2 ** 31,
  8.64e15 + 1,
];

/**
 * Objects carrying `__proto__`, `constructor` and `prototype` as their OWN keys, as JSON.parse
 * builds them from hostile JSON text (an object literal would set the prototype instead).
 */
export const PROTO_OBJECTS: readonly unknown[] = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"prototype":{"polluted":"yes"}}',
  '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}',
  '{"a":{"__proto__":{"polluted":"yes"}}}',
  '[{"__proto__":{"polluted":"yes"}}]',
  '{"__proto__":null}',
  '{"__proto__":[]}',
  '{"toString":"not a function","valueOf":1}',
].map((text) => JSON.parse(text) as unknown);

/** Every hostile scalar (JSON and non-JSON) and the prototype-polluting objects. */
export const HOSTILE_CONSTANTS: readonly unknown[] = [
  ...NASTY_STRINGS,
  ...NASTY_NUMBERS,
  null,
  undefined,
  true,
  false,
  [],
  {},
  [[[[[]]]]],
  10n,
  Symbol('hostile'),
  () => 'a function',
  new Date(Number.NaN),
  new Date(8.64e15),
  ...PROTO_OBJECTS,
];

/** Builds JSON text for an object whose keys may be `__proto__` etc., and parses it. */
function objectFromEntries(entries: readonly (readonly [string, unknown])[]): unknown {
  const body = entries
    .map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'}`)
    .join(',');
  return JSON.parse(`{${body}}`) as unknown;
}

const dangerousKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'polluted',
);

/** Random JSON objects some of whose keys (at any depth) are prototype-polluting own keys. */
export const protoPollutingObject: fc.Arbitrary<unknown> = fc
  .array(
    fc.tuple(fc.oneof(dangerousKey, fc.string({ maxLength: 8 })), fc.jsonValue({ maxDepth: 2 })),
    {
      minLength: 1,
      maxLength: 5,
    },
  )
  .map((entries) =>
    objectFromEntries(
      entries.map(([key, value]) => [
        key,
        key === '__proto__' || key === 'prototype'
          ? objectFromEntries([['polluted', value]])
          : value,
      ]),
    ),
  );

/** Any hostile value: a constant above, random JSON, or a prototype-polluting object. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_CONSTANTS) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: protoPollutingObject },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.double() },
);

/** A hostile value that JSON can carry (for command input and other JSON boundaries). */
export const hostileJsonValue: fc.Arbitrary<unknown> = hostileValue.map((v) => {
  const text = safeJson(v);
  return text === undefined ? null : (JSON.parse(text) as unknown);
});

function safeJson(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined; // bigint
  }
}

/** Hostile JSON texts: malformed, deeply nested, huge, or with odd encodings. */
export const HOSTILE_JSON_TEXTS: readonly string[] = [
  '',
  ' \n\t',
  '{',
  '}',
  '{"a":',
  '[1,2',
  'nul',
  'NaN',
  'Infinity',
  '-Infinity',
  'undefined',
  "{'single':'quotes'}",
  '{"a":1,}',
  '{"a":01}',
  '\uFEFF{}',
  '{}\u0000',
  '{"a":"\\uD800"}',
  '"\\uDC00"',
  '1e999999',
  '-0',
  'null',
  'true',
  '[]',
  '"a string"',
  '12345',
  '[{}]',
  '['.repeat(10_000) + ']'.repeat(10_000),
  '{"a":'.repeat(5_000) + '1' + '}'.repeat(5_000),
  JSON.stringify(MEGABYTE_TEXT),
  JSON.stringify({ big: MEGABYTE_DIGITS }),
  `{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}`,
  '{"preset":"__proto__"}',
  '{"preset":"constructor"}',
  '{"preset":{"__proto__":{"polluted":"yes"}}}',
];

/** A location in a JSON-like value: keys and indexes from the root. */
export type ValuePath = readonly (string | number)[];

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Every path of a JSON-like value, root first: into plain objects and arrays, not into Dates,
 * Money or other class instances (those are leaves, replaced whole).
 *
 * @param value - a valid example input
 * @returns the paths, the root (`[]`) included
 */
export function pathsOf(value: unknown, prefix: ValuePath = []): ValuePath[] {
  const out: ValuePath[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...pathsOf(item, [...prefix, i])));
  else if (isPlainRecord(value))
    for (const key of Object.keys(value)) out.push(...pathsOf(value[key], [...prefix, key]));
  return out;
}

/** A copy of a JSON-like value: plain objects and arrays copied, class instances shared. */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (isPlainRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) define(out, key, copy(value[key]));
    return out;
  }
  return value;
}

/** Sets an own property even when the key is `__proto__`. */
function define(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** How one variant differs from the valid example. */
export type Mutation =
  | { readonly kind: 'replace'; readonly path: ValuePath; readonly value: unknown }
  | { readonly kind: 'remove'; readonly path: ValuePath }
  | { readonly kind: 'pollute'; readonly path: ValuePath; readonly value: unknown };

/**
 * Applies one mutation to a copy of `example`.
 *
 * @param example - the valid example (not changed)
 * @param mutation - what to replace, remove or add
 * @returns the variant
 */
export function applyMutation(example: unknown, mutation: Mutation): unknown {
  if (mutation.path.length === 0 && mutation.kind === 'replace') return mutation.value;
  const root = copy(example);
  let parent: unknown = root;
  const path = mutation.kind === 'pollute' ? mutation.path : mutation.path.slice(0, -1);
  for (const key of path) parent = (parent as Record<string | number, unknown>)[key];
  if (typeof parent !== 'object' || parent === null) return root;
  if (mutation.kind === 'pollute') {
    for (const key of ['__proto__', 'constructor', 'prototype'])
      define(parent, key, objectFromEntries([['polluted', mutation.value]]));
    return root;
  }
  const last = mutation.path[mutation.path.length - 1]!;
  if (mutation.kind === 'remove') {
    if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
    else delete (parent as Record<string | number, unknown>)[last];
  } else define(parent, last, mutation.value);
  return root;
}

/**
 * Variants of a valid example input with one path changed: replaced by a hostile value (wrong
 * types at every path), removed, or given `__proto__` / `constructor` / `prototype` own keys.
 *
 * @param example - a valid input of the function or command under test
 * @param values - the replacement values (default: {@link hostileValue})
 * @returns an arbitrary of the variant inputs
 */
export function variantsOf(
  example: unknown,
  values: fc.Arbitrary<unknown> = hostileValue,
): fc.Arbitrary<unknown> {
  return mutationsOf(example, values).map((v) => v.input);
}

/**
 * Like {@link variantsOf}, with the mutation that made each variant (to reason about it).
 *
 * @param example - a valid input of the function or command under test
 * @param values - the replacement values (default: {@link hostileValue})
 * @returns an arbitrary of `{ mutation, input }`
 */
export function mutationsOf(
  example: unknown,
  values: fc.Arbitrary<unknown> = hostileValue,
): fc.Arbitrary<{ mutation: Mutation; input: unknown }> {
  const paths = pathsOf(example);
  const objectPaths = paths.filter((p) => {
    let v: unknown = example;
    for (const key of p) v = (v as Record<string | number, unknown>)[key];
    return typeof v === 'object' && v !== null && (Array.isArray(v) || isPlainRecord(v));
  });
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        kind: fc.constant('replace' as const),
        path: fc.constantFrom(...paths),
        value: values,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('remove' as const),
        path: fc.constantFrom(...paths.filter((p) => p.length > 0)),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('pollute' as const),
        path: fc.constantFrom(...objectPaths),
        value: fc.jsonValue({ maxDepth: 1 }),
      }),
    },
  );
  return mutation.map((m) => ({ mutation: m, input: applyMutation(example, m) }));
}

/**
 * A short description of a hostile value for failure messages (never the megabyte itself).
 *
 * @param value - anything
 * @returns at most about 80 characters
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string')
    return value.length > 60
      ? `string(${value.length}) ${JSON.stringify(value.slice(0, 20))}…`
      : JSON.stringify(value);
  if (typeof value === 'symbol' || typeof value === 'function' || typeof value === 'bigint')
    return `${typeof value} ${String(value)}`;
  if (Object.is(value, -0)) return '-0';
  const text = safeJson(value);
  if (text === undefined) {
    try {
      return String(value);
    } catch {
      // An object without a prototype, or one whose toString throws: describing it must not
      // hide the failure being reported.
      return `${typeof value} (no string form)`;
    }
  }
  return text.length > 80 ? `${text.slice(0, 80)}… (${text.length} chars)` : text;
}
