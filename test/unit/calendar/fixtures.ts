// A small strategy builder for calendar tests.
import type { Strategy } from '../../../src/strategy/types.js';

type PlatformInput = Strategy['platforms'][number];

export function strategyWith(platforms: PlatformInput[], extra: Partial<Strategy> = {}): Strategy {
  return {
    version: 1,
    organization: { name: 'Test Org', language: 'en', time_zone: 'America/Toronto', ...(extra.organization ?? {}) },
    platforms,
    audiences: [
      { id: 'a', name: 'Audience A' },
      { id: 'b', name: 'Audience B' },
    ],
    editorial_line: {
      positioning: 'Test',
      tone: {},
      pillars: [
        { id: 'p1', name: 'Pillar one', share: 50 },
        { id: 'p2', name: 'Pillar two', share: 30 },
        { id: 'p3', name: 'Pillar three', share: 20 },
      ],
      ...(extra.editorial_line ?? {}),
    },
    ...(extra.community ? { community: extra.community } : {}),
    ...(extra.calendar ? { calendar: extra.calendar } : {}),
  } as Strategy;
}
