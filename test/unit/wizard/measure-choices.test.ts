// The measure question offers first what the platforms' exports give, and marks what only a neutral
// CSV can feed, by the same table as objectives/not-followable: every unmarked choice passes the rule.
import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/index.js';
import { objectivesNotFollowable } from '../../../src/rules/objectives/not-followable.js';
import type { Strategy } from '../../../src/strategy/types.js';
import { Asker } from '../../../src/wizard/ask.js';
import type { Choice, Prompter } from '../../../src/wizard/prompts.js';
import { askMeasure } from '../../../src/wizard/steps/objective-measure.js';
import { askObjectives } from '../../../src/wizard/steps/objectives.js';
import type { StepContext } from '../../../src/wizard/types.js';

const NOW = new Date(Date.UTC(2026, 11, 6));

/** Takes every default, and keeps the choices each select offered. */
function recording(): Prompter & { offered: Map<string, Choice<string>[]> } {
  const offered = new Map<string, Choice<string>[]>();
  return {
    offered,
    async input(q) {
      return q.default ?? 'x';
    },
    async confirm(q) {
      return q.default;
    },
    async select<T extends string>(q: { message: string; choices: readonly Choice<T>[]; default?: T }) {
      offered.set(q.message, [...q.choices]);
      return q.default ?? q.choices[0]!.value;
    },
    async checkbox<T extends string>(q: { choices: readonly (Choice<T> & { checked?: boolean })[] }) {
      return q.choices.filter((c) => c.checked).map((c) => c.value);
    },
    note() {},
  };
}

function notFollowable(platforms: string[], measure: { platform: string; metric: string }, lang: 'en' | 'fr'): string[] {
  const strategy = { platforms: platforms.map((id) => ({ id, role: 'primary' })), objectives: [{ id: 'o', statement: 'O', kpi: 'k', measure: { ...measure, aggregate: 'sum', name: 'n' } }] } as unknown as Strategy;
  return objectivesNotFollowable.check(strategy, { t: translator(objectivesNotFollowable.messages, lang), lang, now: NOW }).map((hit) => hit.message);
}

describe('the measure question', () => {
  it.each([
    ['en', ['instagram'], /needs a neutral CSV/],
    ['fr', ['instagram'], /demande un CSV neutre/],
    ['en', ['facebook', 'instagram'], /needs a neutral CSV/],
    ['fr', ['tiktok'], /demande un CSV neutre/],
  ] as const)('(%s, on %j) offers the exported metrics first; the others are marked, and only those fail objectives/not-followable', async (lang, platforms, mark) => {
    const prompter = recording();
    const ask = new Asker('interactive', new Map(), prompter, lang);
    await askMeasure(ask, { prefix: 'objective.1', objective: { id: 'o', kpi: 'abonnés', type: 'community', platforms: [...platforms] }, platforms, inferred: true });
    const choices = [...prompter.offered.values()][0]!;
    const marked = choices.map((c) => mark.test(c.name));
    // Marked ones come last, after the custom metric.
    expect(marked.indexOf(true)).toBeGreaterThan(choices.findIndex((c) => c.value === 'custom'));
    expect(marked.slice(marked.indexOf(true)).every(Boolean)).toBe(true);
    for (const choice of choices) {
      const hits = notFollowable([...platforms], { platform: platforms.length === 1 ? platforms[0]! : 'all', metric: choice.value }, lang);
      expect([choice.value, hits.length > 0]).toEqual([choice.value, mark.test(choice.name)]);
    }
    // Instagram's followers count is no export's: the trial's first choice is now marked.
    if (platforms.includes('instagram' as never) && platforms.length === 1) expect(choices.find((c) => c.value === 'followers')!.name).toMatch(mark);
  });

  it('the platform question marks the platforms where the chosen metric needs a neutral CSV', async () => {
    const prompter = recording();
    const ask = new Asker('interactive', new Map<string, unknown>([['objective.1.metric', 'followers']]), prompter, 'en');
    await askMeasure(ask, { prefix: 'objective.1', objective: { id: 'o', kpi: 'followers', type: 'community', platforms: ['instagram', 'tiktok'] }, platforms: ['instagram', 'tiktok'], inferred: true });
    const on = prompter.offered.get('Measured on which platform?')!;
    expect(on.map((c) => [c.value, /needs a neutral CSV/.test(c.name)])).toEqual([['instagram', true], ['tiktok', false], ['all', false]]);
  });

  it.each(['en', 'fr'] as const)('plan init --yes (%s): the default objective is followable', async (lang) => {
    const ask = new Asker('defaults', new Map(), recording(), lang);
    const ctx: StepContext = { ask, now: NOW, folderName: 'x', env: {} };
    const platforms = [{ id: 'facebook', role: 'primary' as const }, { id: 'instagram', role: 'primary' as const }];
    const [objective] = (await askObjectives(ctx, platforms))!;
    expect(notFollowable(['facebook', 'instagram'], objective!.measure!, lang)).toEqual([]);
    expect(notFollowable(['instagram'], { ...objective!.measure!, platform: 'instagram' }, lang)).toEqual([]);
  });
});
