import { describe, expect, it } from 'vitest';
import { getPreset } from '../../../presets';
import { identityVerified } from './identityVerified';

const preset = getPreset('cn-pboc-2018');
const check = (event: Parameters<typeof identityVerified>[2]) =>
  identityVerified(
    'lifecycle.dormancy.identityVerification',
    'bank-training-course',
    event,
    preset,
    'en',
  ).outcome;

describe('guard identityVerified', () => {
  it('passes when the event says so, anywhere', () => {
    expect(check({ identityVerified: true, channel: 'mobile' })).toBe('passed');
  });
  it('passes at a counter channel that says nothing (the in-person ID check)', () => {
    expect(check({ channel: 'counter' })).toBe('passed');
    expect(check({ channel: 'kiosk_assisted' })).toBe('passed');
  });
  it('fails elsewhere when unstated, and everywhere when false', () => {
    expect(check({ channel: 'mobile' })).toBe('failed');
    expect(check({})).toBe('failed');
    expect(check({ identityVerified: false, channel: 'counter' })).toBe('failed');
  });
});
