import { describe, expect, it } from 'vitest';
import { getPreset } from '../../../presets';
import { eventAfterOpening, transitionAllowed } from './transitionAllowed';

const preset = getPreset('cn-pboc-2018');
const opened = '2026-11-22T10:00:00+08:00';
const openedMs = Date.parse(opened);

describe('guards eventAfterOpening and transitionAllowed', () => {
  it('an event at the opening instant passes; a millisecond before fails', () => {
    expect(eventAfterOpening(opened, opened, openedMs, openedMs, preset, 'en').outcome).toBe(
      'passed',
    );
    const early = eventAfterOpening(opened, opened, openedMs - 1, openedMs, preset, 'en');
    expect(early.outcome === 'failed' && early.refusals[0]!.reason.code).toBe(
      'event_before_opening',
    );
  });
  it('follows the transition table: a closed account never reopens', () => {
    const at = opened;
    expect(transitionAllowed({ type: 'activate', at }, 'pending', preset, 'en').outcome).toBe(
      'passed',
    );
    const closed = transitionAllowed({ type: 'activate', at }, 'closed', preset, 'en');
    expect(closed.outcome === 'failed' && closed.refusals[0]!.reason).toMatchObject({
      code: 'already_closed',
      source: 'bank-training-course',
    });
    const table = transitionAllowed({ type: 'reactivate', at }, 'normal', preset, 'en');
    expect(table.outcome === 'failed' && table.refusals[0]!.reason.code).toBe(
      'transition_not_allowed',
    );
  });
});
