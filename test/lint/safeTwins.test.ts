/**
 * Keeps the README's promise on errors exact: every entry point that decides or changes state
 * (the list below, which the README repeats) has a `safe…` twin, exported beside it, that returns
 * `{ ok: false, error }` instead of throwing; and the README names exactly the twins there are.
 * The other exports are value helpers (money, time, text, rendering), documented as throwing.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index';
import { isAccountPolicyError } from '../../src/errors';

/** The entry points that decide or change state: each must have a safe twin. */
const DECISION_ENTRY_POINTS = [
  'accountPermissions',
  'advance',
  'advanceWithEffects',
  'applyPersonEvent',
  'checkDocumentNumber',
  'checkOpeningEligibility',
  'checkSuitability',
  'checkTierInactivity',
  'checkTransaction',
  'checkTransactionFromHistory',
  'commit',
  'createUsage',
  'derivePreset',
  'detectAlerts',
  'evaluateInitialTier',
  'evaluatePermission',
  'expire',
  'explainDecision',
  'freezePreset',
  'getHeadroom',
  'getPreset',
  'maxTransactionAmount',
  'rateCustomerRisk',
  'recordTransaction',
  'reevaluateTier',
  'release',
  'reserve',
  'restrictionsInForce',
  'tierRequirements',
  'tierUpgradePath',
  'transition',
  'usageFromHistory',
];

/** Parsing helpers whose twins are named `safeParse…`. */
const PARSERS = ['parseInstant', 'parseLocalDate', 'parseMoney', 'parseUsage'];

const twin = (name: string) => `safe${name[0]!.toUpperCase()}${name.slice(1)}`;
const exported = api as unknown as Record<string, unknown>;
const README = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');

describe('safe twins', () => {
  it.each(DECISION_ENTRY_POINTS)('%s has a safe twin that never throws on misuse', (name) => {
    expect(typeof exported[name], name).toBe('function');
    const safe = exported[twin(name)];
    expect(typeof safe, twin(name)).toBe('function');
    const result = (safe as (...args: unknown[]) => unknown)(
      Symbol('not an argument'),
      Symbol('not an argument'),
      Symbol('not an argument'),
      Symbol('not an argument'),
    ) as { ok: boolean; error?: unknown };
    expect(result.ok).toBe(false);
    expect(isAccountPolicyError(result.error)).toBe(true);
  });

  it('every exported safe function is the twin of a listed entry point or parser', () => {
    const safes = Object.keys(exported).filter(
      (k) => k.startsWith('safe') && typeof exported[k] === 'function',
    );
    const expected = [...DECISION_ENTRY_POINTS, ...PARSERS].map(twin).sort();
    expect(safes.sort()).toEqual(expected);
  });

  it('the README names exactly these entry points as the ones with twins', () => {
    const section = README.slice(
      README.indexOf('<!-- safe-twins -->'),
      README.indexOf('<!-- /safe-twins -->'),
    );
    const named = [...section.matchAll(/`([a-zA-Z]+)`/g)]
      .map((m) => m[1]!)
      .filter((n) => !n.startsWith('safe') && n !== 'AccountPolicyError');
    expect(new Set(named)).toEqual(new Set([...DECISION_ENTRY_POINTS, ...PARSERS]));
  });
});
