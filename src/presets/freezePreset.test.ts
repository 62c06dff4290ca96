import { describe, expect, it } from 'vitest';
import { checkTransaction, createUsage } from '../limits';
import { compilePreset } from '../limits/compile';
import { freezePreset, getPreset, safeFreezePreset } from '.';
import { isDeepFrozen } from './internal/deepFreeze';

const loaded = () =>
  JSON.parse(JSON.stringify(getPreset('cn-pboc-2018'))) as ReturnType<typeof getPreset>;

describe('freezePreset: a preset loaded from JSON, ready for every call', () => {
  it('gives a validated copy frozen all the way down, and leaves the argument as it was', () => {
    const input = loaded();
    const preset = freezePreset(input);
    expect(preset).not.toBe(input);
    expect(preset).toEqual(input);
    expect(isDeepFrozen(preset)).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input.classes[0])).toBe(false);
  });

  it('is compiled once, where the loaded object as it is would be compiled on every call', () => {
    const input = loaded();
    const preset = freezePreset(input);
    expect(compilePreset(preset)).toBe(compilePreset(preset));
    expect(compilePreset(input)).not.toBe(compilePreset(input));
  });

  it('decides as the shipped preset does', () => {
    const preset = freezePreset(loaded());
    const shipped = getPreset('cn-pboc-2018');
    const tx = {
      at: '2026-12-30T10:00:00+08:00',
      amount: '10000.01',
      kind: 'transfer_out',
    } as const;
    const account = { class: 'II', balance: '20000.00' };
    expect(checkTransaction(account, tx, createUsage(preset), preset)).toEqual(
      checkTransaction(account, tx, createUsage(shipped), shipped),
    );
  });

  it('refuses an invalid preset with every issue, and a value that is not JSON data', () => {
    const bad = { ...loaded(), id: '' };
    expect(() => freezePreset(bad)).toThrow(expect.objectContaining({ code: 'invalid_preset' }));
    const r = safeFreezePreset(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.length).toBeGreaterThan(0);
    const withFunction = { ...loaded(), note: () => 0 } as unknown as ReturnType<typeof loaded>;
    const f = safeFreezePreset(withFunction);
    expect(f.ok).toBe(false);
    if (!f.ok) expect(f.error).toMatchObject({ code: 'invalid_preset', issues: [{ path: [] }] });
  });
});
