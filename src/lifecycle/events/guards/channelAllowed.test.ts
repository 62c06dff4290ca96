import { describe, expect, it } from 'vitest';
import { channelAllowed } from './channelAllowed';

const base = {
  rule: 'lifecycle.closure.channels',
  source: 'bank-training-course',
  allowed: ['counter', 'kiosk_assisted'] as const,
};

describe('guard channelAllowed', () => {
  it('passes for each allowed channel, with the words it compared', () => {
    expect(channelAllowed({ ...base, channel: 'kiosk_assisted', lang: 'en' })).toEqual({
      rule: 'lifecycle.closure.channels',
      source: 'bank-training-course',
      outcome: 'passed',
      code: 'trace_channel_allowed',
      values: { channel: 'an assisted kiosk', allowed: 'the counter, an assisted kiosk' },
    });
  });

  it('fails for a channel not listed, and for an unstated one', () => {
    const online = channelAllowed({ ...base, channel: 'online', lang: 'zh-CN' });
    expect(online.outcome).toBe('failed');
    const none = channelAllowed({ ...base, channel: undefined, lang: 'en' });
    expect(none.outcome === 'failed' && none.refusals[0]!.reason).toMatchObject({
      code: 'channel_not_allowed',
      channel: null,
      allowedChannels: ['counter', 'kiosk_assisted'],
      source: 'bank-training-course',
    });
  });

  it('fails for every channel when none is allowed', () => {
    expect(channelAllowed({ ...base, allowed: [], channel: 'counter', lang: 'en' }).outcome).toBe(
      'failed',
    );
  });
});
