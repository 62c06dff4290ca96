import { describe, expect, it } from 'vitest';
import { getPreset } from '../../presets/registry';
import { HUGE_SURROGATES, HUGE_TEXT, expectShort, typedError } from './hostile.testkit';
import {
  MAX_LIST_ITEMS,
  SHOWN_CHARACTERS,
  atPath,
  describeValue,
  readDate,
  readEnum,
  readFlag,
  readInstant,
  readList,
  readObject,
  readText,
  resolveOptions,
} from './inputs';

describe('describeValue: any value, briefly, without throwing', () => {
  it.each([
    ['abc', '"abc"'],
    ['', '""'],
    [10n, '10n'],
    [-0, '-0'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [true, 'true'],
    [undefined, 'undefined'],
    [null, 'null'],
    [Symbol('s'), 'a symbol'],
    [() => 1, 'a function'],
    [[], 'a list of 0 items'],
    [[1], 'a list of 1 item'],
    [new Date(Number.NaN), 'a Date'],
    [{ toString: 'not a function' }, 'an object'],
    [Object.create(null) as object, 'an object'],
  ] as const)('%s → %s', (value, shown) => {
    expect(describeValue(value)).toBe(shown);
  });

  it('shows a bigint and an object with a cycle, which JSON.stringify cannot', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(describeValue(cyclic)).toBe('an object');
    expect(describeValue({ n: 10n })).toBe('an object');
    expect(describeValue(10n ** 100n)).toMatch(/^10{39}…n \(a bigint of 101 digits\)$/);
  });

  it(`cuts a string at ${SHOWN_CHARACTERS} characters and gives its length`, () => {
    expect(describeValue('x'.repeat(SHOWN_CHARACTERS))).toBe(`"${'x'.repeat(SHOWN_CHARACTERS)}"`);
    expect(describeValue('x'.repeat(SHOWN_CHARACTERS + 1))).toBe(
      `"${'x'.repeat(SHOWN_CHARACTERS)}"… (41 characters)`,
    );
    const shown = describeValue(HUGE_SURROGATES);
    expect(shown).toContain(`(${HUGE_SURROGATES.length} characters)`);
    expect(shown.length).toBeLessThan(300);
  });

  it('does not call a value’s own toString or a Date look-alike’s methods', () => {
    const fakeDate = Object.create(Date.prototype) as Date;
    expect(describeValue(fakeDate)).toBe('an object');
  });
});

describe('the readers name the path and never echo a huge value', () => {
  it('readEnum: a bigint and a lone-surrogate megabyte are invalid_input at the path', () => {
    const big = typedError(() => readEnum(10n, ['a', 'b'], ['x', 0]), 'invalid_input', ['x', 0]);
    expect(big.message).toBe('Invalid input at x.0: must be one of a, b; got 10n');
    expectShort(typedError(() => readEnum(HUGE_SURROGATES, ['a'], ['k']), 'invalid_input', ['k']));
  });

  it('readObject: null, a list and a missing value are not objects', () => {
    for (const value of [null, undefined, [], 'x', 10n])
      typedError(() => readObject(value, []), 'invalid_input', []);
    expect(readObject({ a: 1 }, [])).toEqual({ a: 1 });
  });

  it(`readList: at most ${MAX_LIST_ITEMS} items`, () => {
    expect(readList(Array(MAX_LIST_ITEMS).fill('v'), ['l'])).toHaveLength(MAX_LIST_ITEMS);
    const e = typedError(
      () => readList(Array(MAX_LIST_ITEMS + 1).fill('v'), ['l']),
      'invalid_input',
      ['l'],
    );
    expect(e.message).toContain(`at most ${MAX_LIST_ITEMS} items`);
  });

  it('readText: the length is capped before anything reads the text', () => {
    expect(readText('abc', ['t'], 3)).toBe('abc');
    const e = typedError(() => readText(HUGE_TEXT, ['t'], 3), 'invalid_input', ['t']);
    expect(e.message).toContain('at most 3 characters');
    expectShort(e);
    typedError(() => readText('', ['t'], 3), 'invalid_input', ['t']);
    expect(readText('', ['t'], 3, 0)).toBe('');
  });

  it('readDate and readInstant: the message names the path', () => {
    expectShort(
      typedError(() => readDate(HUGE_SURROGATES, ['today'], 'date'), 'invalid_date', ['today']),
    );
    typedError(() => readDate(10n, ['today'], 'date'), 'invalid_date', ['today']);
    typedError(() => readInstant(10n, ['u', 'asOf']), 'invalid_instant', ['u', 'asOf']);
    expectShort(typedError(() => readInstant(HUGE_SURROGATES, ['at']), 'invalid_instant', ['at']));
    typedError(() => readInstant(new Date(Number.NaN), ['at']), 'invalid_instant', ['at']);
    typedError(() => readInstant(Object.create(Date.prototype), ['at']), 'invalid_instant', ['at']);
    expect(readInstant(new Date('2026-11-22T00:00:00Z'), ['at']).toISOString()).toBe(
      '2026-11-22T00:00:00.000Z',
    );
  });

  it('atPath leaves other exceptions alone (a bug stays a bug)', () => {
    const bug = new TypeError('bug');
    expect(() =>
      atPath(['a'], () => {
        throw bug;
      }),
    ).toThrow(bug);
  });
});

describe('resolveOptions: bad options are typed errors too', () => {
  it('defaults to the default preset in English', () => {
    expect(resolveOptions(undefined)).toEqual({ preset: getPreset(), lang: 'en' });
    expect(resolveOptions({})).toEqual({ preset: getPreset(), lang: 'en' });
  });

  it('options that are not an object', () => {
    for (const options of [null, 'zh-CN', 10n, [], 5])
      typedError(() => resolveOptions(options as never), 'invalid_input', ['options']);
  });

  it('an unknown language', () => {
    const e = typedError(() => resolveOptions({ lang: 'fr' as never }), 'invalid_input', [
      'options',
      'lang',
    ]);
    expect(e.message).toContain('got "fr"');
    expectShort(
      typedError(() => resolveOptions({ lang: HUGE_SURROGATES as never }), 'invalid_input', [
        'options',
        'lang',
      ]),
    );
  });

  it('a preset that is not a preset object, or not a valid one', () => {
    for (const preset of ['tiered-generic', null, 10n, []]) {
      const e = typedError(() => resolveOptions({ preset: preset as never }), 'invalid_preset', [
        'options',
        'preset',
      ]);
      expectShort(e);
    }
    const empty = typedError(() => resolveOptions({ preset: {} as never }), 'invalid_preset', [
      'options',
      'preset',
      'id',
    ]);
    expect(empty.message).toMatch(/^Invalid preset at options.preset.id: /);
    const broken = { ...getPreset(), kyc: 'nope' };
    const e = typedError(() => resolveOptions({ preset: broken as never }), 'invalid_preset', [
      'options',
      'preset',
      'kyc',
      'age',
      'minimumAge',
    ]);
    expect(e.message).toContain('options.preset');
  });
});

describe('readText and preset errors: the exact messages', () => {
  it('readText: a minimum length above 1 is named in characters', () => {
    const e = typedError(() => readText('ab', ['code'], 10, 3), 'invalid_input', ['code']);
    expect(e.message).toBe('Invalid input at code: must be at least 3 characters');
    expect(e.issues).toEqual([{ path: ['code'], message: 'must be at least 3 characters' }]);
    expect(readText('abc', ['code'], 10, 3)).toBe('abc');
    expect(typedError(() => readText('', ['code'], 10), 'invalid_input', ['code']).message).toBe(
      'Invalid input at code: must not be empty',
    );
  });

  it('an invalid preset names its first issue and how many more there are', () => {
    const one = typedError(
      () => resolveOptions({ preset: { ...getPreset(), timeZone: 'Mars/Base' } }),
      'invalid_preset',
      ['options', 'preset', 'timeZone'],
    );
    expect(one.message).toBe(
      'Invalid preset at options.preset.timeZone: is not an IANA time zone: Mars/Base',
    );
    const two = typedError(
      () => resolveOptions({ preset: { ...getPreset(), id: '', timeZone: 'Mars/Base' } }),
      'invalid_preset',
      ['options', 'preset', 'id'],
    );
    expect(two.issues.map((i) => i.path)).toEqual([
      ['options', 'preset', 'id'],
      ['options', 'preset', 'timeZone'],
    ]);
    expect(two.message).toBe(
      `Invalid preset at options.preset.id: ${two.issues[0]!.message} (and 1 more)`,
    );
  });
});

describe('the readers: exact messages at the edges', () => {
  it('a bigint of exactly 40 digits is shown whole; 41 digits are cut', () => {
    const forty = 10n ** 39n;
    expect(describeValue(forty)).toBe(`1${'0'.repeat(39)}n`);
    expect(describeValue(forty * 10n)).toBe(`1${'0'.repeat(39)}…n (a bigint of 41 digits)`);
  });

  it('readInstant: an invalid Date', () => {
    const e = typedError(() => readInstant(new Date(Number.NaN), ['u', 'at']), 'invalid_instant', [
      'u',
      'at',
    ]);
    expect(e.message).toBe('Invalid instant at u.at: an invalid Date');
    expect(e.issues).toEqual([
      { path: ['u', 'at'], message: 'must be a valid Date or an ISO 8601 instant' },
    ]);
  });

  it('readDate: text is read by the time module, with the path added once', () => {
    const e = typedError(() => readDate('2026-02-30', ['today'], 'date'), 'invalid_date', [
      'today',
    ]);
    expect(e.message).toBe(
      'Invalid date "2026-02-30": 2026-02 has no day 30 (it has 28 days) (at today)',
    );
    const object = typedError(
      () => readDate({ year: 2026, month: 2, day: 30 }, ['a', 'b'], 'birth date'),
      'invalid_date',
      ['a', 'b'],
    );
    expect(object.message).toBe('Invalid birth date at a.b: Invalid date: 2026-02 has no day 30');
    expect(object.issues).toEqual([
      {
        path: ['a', 'b'],
        message: 'must be a real date YYYY-MM-DD: Invalid date: 2026-02 has no day 30',
      },
    ]);
  });

  it('readFlag: true, false or absent', () => {
    expect(readFlag(true, ['f'])).toBe(true);
    expect(readFlag(false, ['f'])).toBe(false);
    expect(readFlag(undefined, ['f'])).toBeUndefined();
    expect(typedError(() => readFlag('true', ['f']), 'invalid_input', ['f']).message).toBe(
      'Invalid input at f: must be true or false; got "true"',
    );
  });
});

describe('resolveOptions: the preset, exactly', () => {
  it('a value that is no object is refused before validation, with its own message', () => {
    for (const [preset, shown] of [
      ['tiered-generic', '"tiered-generic"'],
      [null, 'null'],
      [[], 'a list of 0 items'],
      [7, '7'],
    ] as const) {
      const e = typedError(() => resolveOptions({ preset: preset as never }), 'invalid_preset', [
        'options',
        'preset',
      ]);
      expect(e.message).toBe(
        `Invalid input at options.preset: must be a preset object such as getPreset('cn-pboc-2018'); got ${shown}`,
      );
      expect(e.issues).toEqual([
        { path: ['options', 'preset'], message: 'must be a preset object' },
      ]);
    }
  });

  it('a preset object is validated once, as documented: the same object is not checked again', () => {
    const preset = { ...getPreset('tiered-generic') };
    expect(resolveOptions({ preset, lang: 'zh-CN' })).toEqual({ preset, lang: 'zh-CN' });
    // Changed after its first use, the same object is not validated again…
    (preset as { timeZone: string }).timeZone = 'Mars/Base';
    expect(resolveOptions({ preset }).preset).toBe(preset);
    // …while a new object with the same content is.
    typedError(() => resolveOptions({ preset: { ...preset } }), 'invalid_preset', [
      'options',
      'preset',
      'timeZone',
    ]);
  });
});
