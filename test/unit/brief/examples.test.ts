// The committed example briefs (examples/briefs/) must match what the code renders today:
// regenerate them with `npm run examples:briefs` when this fails.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefFromBytes } from '../../../src/brief/pipeline.js';
import { ROOT } from '../../helpers/cli.js';

// Must equal EXAMPLES_NOW in scripts/examples-briefs.mjs (checked below).
const EXAMPLES_NOW = '2026-11-26';
const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.strategy.yaml')).sort();

describe('examples/briefs', () => {
  it('the script and this test use the same fixed date', () => {
    expect(readFileSync(join(ROOT, 'scripts', 'examples-briefs.mjs'), 'utf8')).toContain(`EXAMPLES_NOW = '${EXAMPLES_NOW}'`);
  });

  it('has a brief in both formats for every example, and nothing else', () => {
    const expected = examples.flatMap((f) => ['md', 'html'].map((ext) => `${f.replace(/\.strategy\.yaml$/, '')}.${ext}`)).sort();
    const committed = readdirSync(join(ROOT, 'examples', 'briefs')).filter((f) => /\.(md|html)$/.test(f)).sort();
    expect(committed, 'run `npm run examples:briefs`').toEqual(expected);
  });

  for (const file of examples) {
    for (const format of ['md', 'html'] as const) {
      const name = `${file.replace(/\.strategy\.yaml$/, '')}.${format}`;
      it(`${name} is up to date (npm run examples:briefs)`, async () => {
        const bytes = readFileSync(join(ROOT, 'examples', file));
        const outcome = await briefFromBytes(bytes, `examples/${file}`, { format, now: new Date(`${EXAMPLES_NOW}T00:00:00Z`), env: {} });
        expect(outcome.status).toBe('ok');
        const committed = readFileSync(join(ROOT, 'examples', 'briefs', name), 'utf8');
        expect(outcome.status === 'ok' && outcome.text === committed, `examples/briefs/${name} is stale: run \`npm run examples:briefs\``).toBe(true);
      });
    }
  }
});
