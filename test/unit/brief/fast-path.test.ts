// `plan brief` renders a strategy with no finding from the first pass's data (js-yaml, no positions)
// and checks fully otherwise: both roads must give the same brief, byte for byte.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefFromCheck } from '../../../src/brief/outcome.js';
import { briefFromBytes } from '../../../src/brief/pipeline.js';
import { checkBytes } from '../../../src/validate/check.js';
import { mayHaveDirectives } from '../../../src/validate/suppress.js';
import { ROOT } from '../../helpers/cli.js';

const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.strategy.yaml')).sort();
// Early enough that every deadline in the examples is ahead (clean), then late enough that none is.
const DAYS = ['2026-11-26', '2031-01-01'];

describe('plan brief: the first pass and the full check give the same brief', () => {
  let firstPass = 0;
  for (const file of examples) {
    for (const day of DAYS) {
      for (const format of ['md', 'html'] as const) {
        it(`${file}, ${day}, ${format}`, async () => {
          const bytes = readFileSync(join(ROOT, 'examples', file));
          const request = { format, now: new Date(`${day}T00:00:00Z`), env: {} };
          const check = checkBytes(bytes, file, request);
          const full = briefFromCheck(check, check.parsed?.data, file, request);
          const outcome = await briefFromBytes(bytes, file, request);
          // The first pass answers (no `parsed`) only for a strategy with no finding at all, and none
          // silenced by a directive (`# plan-disable-next-line`: the first pass sees no comments).
          expect(outcome.check.parsed === undefined).toBe(check.findings.length === 0 && !mayHaveDirectives(bytes.toString('utf8')));
          if (outcome.check.parsed === undefined) firstPass++;
          expect(outcome.status).toBe(full.status);
          expect(outcome.lang).toBe(full.lang);
          expect(outcome.status === 'ok' && full.status === 'ok' ? outcome.text : undefined).toBe(full.status === 'ok' ? full.text : undefined);
        });
      }
    }
  }

  it('took the first pass for some examples (so the comparison above is not empty)', () => {
    expect(firstPass).toBeGreaterThan(0);
  });
});
