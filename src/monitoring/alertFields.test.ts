/**
 * Every monitoring alert code, raised for real: each alert carries a source the preset knows and
 * a complete message in en and in zh-CN.
 */
import { describe, expect, it } from 'vitest';
import { ALERT_CODES } from '../presets/types/monitoring';
import { PBOC, TIERED, run, tx } from './fixtures.testkit';

const other = (counterpartyId: string) => ({ counterparty: 'other' as const, counterpartyId });

/** A history that raises every alert code on a Class II account or a basic-tier one. */
const EVERYTHING = [
  // Dormant for a year (lastActiveAt 2025-11-22), then five transfers in at night from five
  // counterparties and five out to five others: dormant, fan-in, fan-out, night, rapid in/out.
  ...['a', 'b', 'c', 'd', 'e'].map((id, i) =>
    tx('2026-11-23', `01:0${i}:00`, '2000.00', 'transfer_in', other(id)),
  ),
  ...['f', 'g', 'h', 'i', 'j'].map((id, i) =>
    tx('2026-11-23', `02:0${i}:00`, '1900.00', 'transfer_out', other(id)),
  ),
  // A large payment, then amounts just under the daily outflow limit of Class II.
  tx('2026-11-25', '10:00:00', '60000.00', 'payment'),
  tx('2026-11-26', '10:00:00', '9600.00', 'payment'),
  tx('2026-11-27', '10:00:00', '9700.00', 'payment'),
  tx('2026-11-28', '10:00:00', '9800.00', 'payment'),
  // And just under the basic tier's daily payment cap (1,000).
  tx('2026-11-29', '10:00:00', '950.00', 'payment'),
  tx('2026-11-30', '10:00:00', '960.00', 'payment'),
  tx('2026-12-01', '10:00:00', '970.00', 'payment'),
];

describe('every alert code carries a source and messages in both languages', () => {
  for (const [preset, cls] of [
    [PBOC, 'II'],
    [TIERED, 'basic'],
  ] as const) {
    it(`${preset.id}: each code is raised with its source, en and zh-CN messages`, () => {
      const account = { class: cls, lastActiveAt: '2025-11-22T10:00:00+08:00' };
      const en = run(EVERYTHING, { account, preset });
      const zh = run(EVERYTHING, { account, preset, lang: 'zh-CN' });
      expect([...new Set(en.map((a) => a.code))]).toEqual(ALERT_CODES);
      expect(zh.map((a) => a.code)).toEqual(en.map((a) => a.code));
      en.forEach((alert, i) => {
        const sourceEntry = preset.sources[alert.sourceKey];
        expect(sourceEntry, alert.code).toBeDefined();
        expect(alert.source, alert.code).toBe(sourceEntry!.ref);
        expect(alert.source.trim(), alert.code).not.toBe('');
        expect(zh[i]!.source).toBe(alert.source);
        for (const message of [alert.message, zh[i]!.message]) {
          expect(message.trim(), alert.code).not.toBe('');
          // No placeholder left unfilled, no dash standing in for a missing value.
          expect(message, alert.code).not.toMatch(/\{|\}|—|undefined|null|NaN/);
        }
        expect(zh[i]!.message, alert.code).toMatch(/[\u4e00-\u9fff]/);
        expect(zh[i]!.message).not.toBe(alert.message);
      });
    });
  }
});
