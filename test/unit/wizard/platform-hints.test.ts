// The platform picker's hints quote Québec's figures (and the US's): only a Québec plan sees them;
// another region (a Nova Scotia organization) gets each hint without figures.
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../../src/knowledge/index.js';
import { Asker } from '../../../src/wizard/ask.js';
import type { Choice, Prompter } from '../../../src/wizard/prompts.js';
import { askPlatforms } from '../../../src/wizard/steps/platforms.js';
import type { StepContext } from '../../../src/wizard/types.js';

/** Records the platform picker's choices, then stops the step there. */
function picker(): Prompter & { offered: Choice<string>[] } {
  const stop = () => Promise.reject(new Error('stop'));
  const p = {
    offered: [] as Choice<string>[],
    input: stop,
    confirm: stop,
    select: stop,
    async checkbox<T extends string>(q: { choices: readonly Choice<T>[] }): Promise<T[]> {
      p.offered = [...q.choices];
      throw new Error('stop');
    },
    note() {},
  };
  return p;
}

async function hints(lang: 'en' | 'fr', region: string | undefined): Promise<Map<string, string>> {
  const prompter = picker();
  const ctx: StepContext = { ask: new Asker('interactive', new Map(), prompter, lang), now: new Date(Date.UTC(2026, 11, 6)), folderName: 'x', env: {} };
  await expect(askPlatforms(ctx, 'ongoing-presence', undefined, region)).rejects.toThrow('stop');
  return new Map(prompter.offered.map((c) => [c.value, c.description ?? '']));
}

describe('platform hints by region', () => {
  it.each([
    ['en', 'CA-NS'],
    ['fr', 'CA-NS'],
    ['en', 'CA'],
    ['fr', 'FR'],
    ['en', undefined],
  ] as const)('(%s, %s) no Québec claim and no figure', async (lang, region) => {
    const shown = await hints(lang, region);
    expect(shown.size).toBe(PLATFORMS.length);
    for (const [id, hint] of shown) {
      expect([id, hint]).not.toEqual([id, expect.stringMatching(/Québec|\d\s?%/)]);
      expect(hint.length).toBeGreaterThan(5);
    }
  });

  it.each(['en', 'fr'] as const)('(%s, CA-QC) keeps the Québec figures', async (lang) => {
    const shown = await hints(lang, 'CA-QC');
    expect(shown.get('facebook')).toMatch(lang === 'fr' ? /au Québec \(76 % des adultes\)/ : /in Québec \(76% of adults\)/);
  });

  it('every hint that quotes a figure has a general one without', () => {
    for (const p of PLATFORMS) {
      const figured = /\d\s?%|Québec/.test(p.hint.en + p.hint.fr);
      if (figured) expect([p.id, p.hint_general?.en, p.hint_general?.fr]).toEqual([p.id, expect.not.stringMatching(/\d\s?%|Québec/), expect.not.stringMatching(/\d\s?%|Québec/)]);
    }
  });
});
