// The neutral CSV is lossless: what writeNeutral writes, readExports reads back as the same
// observations (names, posts and pillars with commas, quotes, line breaks and any Unicode).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readExports, writeNeutral } from '../../src/report/read/index.js';
import { METRICS, type Observation } from '../../src/report/types.js';
import { tempFolder } from '../unit/report/read/fixtures.js';

const text = fc
  .oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }), fc.constantFrom('a,b', 'say "hi"', 'line\nbreak', ' padded ', 'é\r\nx', 'Lifetime', '=1+1', 'Total'))
  .filter((value) => value.trim() !== '' && !value.includes('\u0000'));

const day = fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

const observation = fc
  .record({
    date: day,
    platform: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/),
    metric: fc.constantFrom(...METRICS),
    value: fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => (Object.is(value, -0) ? 0 : value)),
    name: text,
    post: fc.option(text, { nil: undefined }),
    pillar: fc.option(text, { nil: undefined }),
  })
  .map(({ name, post, pillar, ...rest }) => {
    const result: Omit<Observation, 'source'> = { ...rest };
    if (rest.metric === 'custom') result.name = name;
    if (post !== undefined) result.post = post;
    if (pillar !== undefined) result.pillar = pillar;
    return result;
  });

const key = (o: Omit<Observation, 'source'>) => [o.date, o.platform, o.metric, o.name ?? '', o.post ?? ''].join('\u0000');

describe('neutral CSV round trip', () => {
  it('reads back what it writes', async () => {
    const folder = tempFolder();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(observation, { selector: key, minLength: 1, maxLength: 30 }), async (observations) => {
        const source = { file: 'unused', line: 0 };
        const written = writeNeutral(observations.map((o) => ({ ...o, source })));
        const name = `run-${run++}.csv`;
        writeFileSync(join(folder, name), written);
        const result = await readExports([name], { cwd: folder, lang: 'en' });
        expect(result.duplicates).toBe(0);
        expect(result.observations.map(({ source: _source, ...rest }) => rest)).toEqual(observations);
        // And written again, the same text.
        expect(writeNeutral(result.observations)).toBe(written);
      }),
      { numRuns: 150 },
    );
  });
});
