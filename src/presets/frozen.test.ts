/*
 * Shipped data is shared by every caller in the process: a preset, the transition table, a
 * message catalog or a list of codes that one caller could change would change the rules for all.
 * Everything an entry exports, and every preset derivePreset returns, is frozen all the way down.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkTransaction, createUsage } from '../limits';
import { TRANSITION_TABLE } from '../lifecycle';
import { MESSAGES } from '../messages';
import { derivePreset, getPreset, listPresets, PRESET_IDS, renderPresetMarkdown } from '.';
import type { Preset } from './types/preset';

/** Every entry: src/index.ts and each src/<area>/index.ts. */
async function entries(): Promise<(readonly [string, Record<string, unknown>])[]> {
  const src = join(__dirname, '..');
  const areas = readdirSync(src).filter((name) => existsSync(join(src, name, 'index.ts')));
  const load = async (file: string) =>
    (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Record<string, unknown>;
  const loaded = await Promise.all(
    areas.map(async (area) => [area, await load(join(src, area, 'index.ts'))] as const),
  );
  return [['root', await load(join(src, 'index.ts'))], ...loaded];
}

/** Plain data: arrays and objects with the ordinary prototype (not schemas, decimals, …). */
function isPlainData(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Paths of every array or plain object inside `value` that is not frozen. */
function unfrozen(value: unknown, path: string, seen = new Set<object>()): string[] {
  if (!isPlainData(value) || seen.has(value)) return [];
  seen.add(value);
  const found = Object.isFrozen(value) ? [] : [path];
  for (const [key, v] of Object.entries(value)) found.push(...unfrozen(v, `${path}.${key}`, seen));
  return found;
}

describe('shipped data is frozen all the way down', () => {
  it('every exported value of every entry, and assigning to one throws', async () => {
    const all = await entries();
    expect(all.map(([name]) => name)).toEqual(
      expect.arrayContaining(['root', 'presets', 'lifecycle', 'messages']),
    );
    let objects = 0;
    for (const [entry, exports] of all) {
      for (const [name, value] of Object.entries(exports)) {
        if (!isPlainData(value)) continue;
        objects += 1;
        expect(unfrozen(value, `${entry}.${name}`)).toEqual([]);
        expect(() => {
          (value as Record<string, unknown>).addedByACaller = true;
        }, `${entry}.${name}`).toThrow(TypeError);
      }
    }
    expect(objects).toBeGreaterThan(50);
  });

  it('every shipped preset, the list of them and what derivePreset returns', () => {
    expect(unfrozen(listPresets(), 'listPresets()')).toEqual([]);
    for (const id of PRESET_IDS) expect(unfrozen(getPreset(id), id)).toEqual([]);
    const mine = derivePreset(getPreset(), {
      id: 'my-bank',
      classes: { II: { limits: { dailyOutflow: '5000.00' } } },
      lifecycle: { dormancy: { inactivityPeriod: { years: 2 } } },
    });
    expect(unfrozen(mine, 'derived')).toEqual([]);
  });

  it('changing a Class II limit throws and leaves the rule in force for every caller', () => {
    const preset = getPreset('cn-pboc-2018');
    const ii = preset.classes.find((c) => c.id === 'II')!;
    const daily = ii.limits.find((l) => l.id === 'dailyOutflow') as { limit: { amount: string } };
    expect(() => {
      daily.limit.amount = '1000000.00';
    }).toThrow(TypeError);
    expect(() => (preset.classes as Preset['classes'][number][]).pop()).toThrow(TypeError);
    const result = checkTransaction(
      { class: 'II', balance: '60000.00', faceToFaceVerified: true },
      {
        kind: 'transfer_out',
        counterparty: 'other',
        amount: '50000.00',
        at: '2026-11-22T10:00:00+08:00',
        channel: 'mobile',
      },
      createUsage(getPreset()),
      getPreset(),
    );
    expect(result.allowed).toBe(false);
    expect(renderPresetMarkdown(getPreset())).toContain('10,000.00');
  });

  it('the transition table, the catalogs and PRESET_IDS cannot be changed', () => {
    const table = TRANSITION_TABLE as unknown as Record<string, Record<string, unknown>>;
    expect(() => {
      table.closed!.activate = { allowed: true, to: ['normal'] };
    }).toThrow(TypeError);
    expect(TRANSITION_TABLE.closed.activate.allowed).toBe(false);
    expect(() => (PRESET_IDS as string[]).push('mine')).toThrow(TypeError);
    const catalog = MESSAGES as unknown as Record<string, Record<string, unknown>>;
    const code = Object.keys(catalog)[0]!;
    expect(() => {
      catalog[code]!.en = 'changed';
    }).toThrow(TypeError);
    expect(() => {
      catalog.brandNew = {};
    }).toThrow(TypeError);
  });
});

describe('the compiled form of a preset cannot go stale', () => {
  const transfer = (amount: string) => ({
    kind: 'transfer_out' as const,
    counterparty: 'other' as const,
    amount,
    at: '2026-11-22T10:00:00+08:00',
    channel: 'mobile' as const,
  });
  const II = { class: 'II', balance: '60000.00', faceToFaceVerified: true };

  it('a derived preset is compiled on its own, not from its base', () => {
    const base = getPreset();
    expect(checkTransaction(II, transfer('8000.00'), createUsage(base), base).allowed).toBe(true);
    const mine = derivePreset(base, {
      id: 'my-bank',
      classes: { II: { limits: { dailyOutflow: '5000.00' } } },
    });
    expect(checkTransaction(II, transfer('8000.00'), createUsage(mine), mine).allowed).toBe(false);
    expect(checkTransaction(II, transfer('8000.00'), createUsage(base), base).allowed).toBe(true);
  });

  it('a preset that can still change is compiled anew, so a change is seen', () => {
    const plain = JSON.parse(JSON.stringify(getPreset())) as {
      id: string;
      classes: { id: string; limits: { id: string; limit: { amount: string } }[] }[];
    };
    plain.id = 'plain-copy';
    const preset = plain as unknown as Preset;
    expect(checkTransaction(II, transfer('8000.00'), createUsage(preset), preset).allowed).toBe(
      true,
    );
    const daily = plain.classes
      .find((c) => c.id === 'II')!
      .limits.find((l) => l.id === 'dailyOutflow')!;
    daily.limit.amount = '5000.00';
    expect(checkTransaction(II, transfer('8000.00'), createUsage(preset), preset).allowed).toBe(
      false,
    );
  });
});
