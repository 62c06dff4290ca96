import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BANK_PRESET } from '../../../test/fixtures/limitPresets';
import { formatLimitMessage } from '../../messages/areaMessages';
import { renderMessage } from '../../messages/renderMessage';
import { formatAmountTextForDisplay } from '../../money/formatMoneyForDisplay';
import { minorText } from '../../money/amountMinor';
import { listPresets } from '../../presets';
import { formatDuration } from '../../time';
import { LIMIT_WORDS } from '../../messages/catalog/limits';
import { compilePreset } from '../compile';
import type { Lang } from '../../messages/lang';

const PRESETS = [...listPresets(), BANK_PRESET];
const LIMITS = PRESETS.flatMap((preset) => {
  const compiled = compilePreset(preset);
  return [...compiled.classes.values()].flatMap((c) =>
    c.limits.map((limit) => ({ limit, compiled })),
  );
});

describe('violationTemplate: a limit message filled in two steps', () => {
  it('covers every kind of limit and window the presets hold', () => {
    const kinds = new Set(LIMITS.map(({ limit }) => limit.violation.code));
    for (const code of ['daily_outflow_limit', 'annual_inflow_limit', 'count_limit', 'balance_cap'])
      expect(kinds).toContain(code);
    expect(LIMITS.some(({ limit }) => 'window' in limit && limit.window.kind === 'rolling')).toBe(
      true,
    );
  });

  it('reads exactly as the whole template filled at once, in both languages', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LIMITS),
        fc.constantFrom<Lang>('en', 'zh-CN'),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 14n }), { minLength: 4, maxLength: 4 }),
        fc.option(fc.constant('2026-11-23T00:00:00+08:00'), { nil: null }),
        ({ limit, compiled }, lang, [used, requested, remaining, after], resetsAt) => {
          const isCount = limit.type === 'window_count';
          const shown = (d: bigint) =>
            isCount
              ? d.toString()
              : formatAmountTextForDisplay(minorText(d, compiled.scale), compiled.currency, lang);
          const variable = {
            used: shown(used!),
            requested: shown(requested!),
            remaining: shown(remaining!),
            resetsAt: resetsAt ?? '—',
            balanceAfter: limit.type === 'balance_cap' ? shown(after!) : undefined,
          };
          const whole = formatLimitMessage(
            limit.violation.code,
            {
              ...variable,
              limit: isCount
                ? limit.limitText
                : formatAmountTextForDisplay(limit.limitText, compiled.currency, lang),
              layer: (limit.layer === 'bank'
                ? LIMIT_WORDS.layer_bank
                : LIMIT_WORDS.layer_regulatory)[lang],
              period:
                'window' in limit && limit.window.kind === 'rolling'
                  ? formatDuration(limit.window.duration, lang)
                  : undefined,
            },
            lang,
          );
          expect(renderMessage(limit.violation.message, variable, lang)).toBe(whole);
          expect(whole).not.toMatch(/\{[A-Za-z]+\}/);
        },
      ),
      { numRuns: 400 },
    );
  });
});
