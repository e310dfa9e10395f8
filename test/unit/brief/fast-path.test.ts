// `plan brief` renders a strategy with no finding from the fast pass's data (js-yaml, no positions)
// and only checks fully otherwise: both roads must give the same brief, byte for byte.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefFromCheck } from '../../../src/brief/outcome.js';
import { briefFromBytes } from '../../../src/brief/pipeline.js';
import { decodeStrategyBytes } from '../../../src/strategy/decode.js';
import { quickCheckData } from '../../../src/validate/quick.js';
import { ROOT } from '../../helpers/cli.js';

const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.strategy.yaml')).sort();
// Early enough that every deadline in the examples is ahead (clean), then late enough that none is.
const DAYS = ['2026-11-26', '2031-01-01'];

describe('plan brief: the fast pass and the full check give the same brief', () => {
  let fast = 0;
  for (const file of examples) {
    for (const day of DAYS) {
      for (const format of ['md', 'html'] as const) {
        it(`${file}, ${day}, ${format}`, () => {
          const bytes = readFileSync(join(ROOT, 'examples', file));
          const request = { format, now: new Date(`${day}T00:00:00Z`), env: {} };
          const full = briefFromBytes(bytes, file, request);
          const decoded = decodeStrategyBytes(bytes);
          const quick = 'text' in decoded ? quickCheckData(decoded.text, file, request) : undefined;
          // The fast pass answers only for a strategy with no finding at all.
          expect(quick === undefined).toBe(full.check.findings.length > 0);
          if (!quick) return;
          fast++;
          const outcome = briefFromCheck(quick.result, quick.data, file, request);
          expect(outcome.status).toBe(full.status);
          expect(outcome.lang).toBe(full.lang);
          expect(outcome.status === 'ok' && full.status === 'ok' ? outcome.text : undefined).toBe(full.status === 'ok' ? full.text : undefined);
        });
      }
    }
  }

  it('took the fast road for some examples (so the comparison above is not empty)', () => {
    expect(fast).toBeGreaterThan(0);
  });
});
