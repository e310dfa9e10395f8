// audienceReach keeps the fit per audience object for the two rules that ask it, and never serves
// an answer to another question (the same object changed in place, as a library user may do).
import { describe, expect, it } from 'vitest';
import { audienceFit } from '../../../src/knowledge/index.js';
import { audienceReach } from '../../../src/rules/audience/ages.js';
import type { Strategy } from '../../../src/strategy/types.js';

const strategy = () =>
  ({
    organization: { region: 'US' },
    platforms: [{ id: 'tiktok', role: 'primary', audiences: ['seniors'] }],
    audiences: [{ id: 'seniors', name: 'Retirees', age: { min: 65, max: 90 } }],
  }) as unknown as Strategy;

describe('audienceReach', () => {
  it('answers as audienceFit does, once per audience', () => {
    const s = strategy();
    const audience = s.audiences![0]!;
    const first = audienceReach(s, audience)!;
    expect(first.fit).toStrictEqual(audienceFit({ min: 65, max: 90 }, ['tiktok'], 'US'));
    expect(audienceReach(s, audience)).toBe(first);
  });

  it('answers again when the age, the platforms or the region changed in place', () => {
    const s = strategy();
    const audience = s.audiences![0]!;
    const before = audienceReach(s, audience)!;
    audience.age!.min = 18;
    audience.age!.max = 29;
    const younger = audienceReach(s, audience)!;
    expect(younger).not.toBe(before);
    expect(younger.fit).toStrictEqual(audienceFit({ min: 18, max: 29 }, ['tiktok'], 'US'));
    s.platforms[0]!.id = 'facebook';
    expect(audienceReach(s, audience)!.fit).toStrictEqual(audienceFit({ min: 18, max: 29 }, ['facebook'], 'US'));
    s.organization!.region = 'CA-QC';
    expect(audienceReach(s, audience)!.fit).toStrictEqual(audienceFit({ min: 18, max: 29 }, ['facebook'], 'CA-QC'));
  });

  it('has nothing to say of an audience without an adult age range', () => {
    const s = strategy();
    s.audiences![0]!.age = { min: 13, max: 17 };
    expect(audienceReach(s, s.audiences![0]!)).toBeUndefined();
  });
});
