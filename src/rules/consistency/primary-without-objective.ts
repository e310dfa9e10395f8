import { platformFacts } from '../../knowledge/index.js';
import { defineRule, type RuleHit } from '../types.js';

// warn: the platform where the team invests most should be where it pursues a goal; otherwise
// either the role or the objectives are wrong.
export const primaryWithoutObjective = defineRule({
  id: 'consistency/primary-without-objective',
  category: 'consistency',
  severity: 'warn',
  source: 'Hootsuite, "How to create a social media marketing strategy in 9 steps" (2021): list the accounts with a goal for each one (mirror: https://digitalmarketingxo.blogspot.com/2021/11/how-to-create-social-media-strategy-in.html); Buffer: fewer platforms, each done well (mirror of the 2026 guide: https://rassegna.lbit-solution.it/how-to-create-a-social-media-marketing-strategy-in-2026-7-step-guide/).',
  messages: {
    en: {
      rationale: 'Each primary platform serves at least one objective: the platform where you invest most is where you pursue a goal.',
      fix: 'Add the platform to the `platforms` of the objective it serves, or set `role: secondary` if it serves none.',
      none: '{platform} is a primary platform, but no objective is pursued there (no objective lists `{id}` in its `platforms`). Add `{id}` to the objective it serves, or set `role: secondary`.',
    },
    fr: {
      rationale: 'Chaque plateforme principale sert au moins un objectif : là où vous investissez le plus, vous visez un résultat.',
      fix: 'Ajoutez la plateforme aux `platforms` de l’objectif qu’elle sert, ou mettez `role: secondary` si elle n’en sert aucun.',
      none: '{platform} est une plateforme principale, mais aucun objectif n’y est poursuivi (aucun objectif ne liste `{id}` dans ses `platforms`). Ajoutez `{id}` à l’objectif qu’elle sert, ou mettez `role: secondary`.',
    },
  },
  examples: {
    pass: 'platforms:\n  - id: instagram\n    role: primary\n  - id: tiktok\n    role: primary\nobjectives:\n  - { id: reach, statement: Grow our audience, platforms: [instagram, tiktok] }\n',
    fail: 'platforms:\n  - id: instagram\n    role: primary\n  - id: tiktok\n    role: primary\nobjectives:\n  - { id: reach, statement: Grow our audience, platforms: [instagram] }\n',
    fr: {
      pass: 'platforms:\n  - id: instagram\n    role: primary\n  - id: tiktok\n    role: primary\nobjectives:\n  - { id: portee, statement: Faire grandir notre communauté, platforms: [instagram, tiktok] }\n',
      fail: 'platforms:\n  - id: instagram\n    role: primary\n  - id: tiktok\n    role: primary\nobjectives:\n  - { id: portee, statement: Faire grandir notre communauté, platforms: [instagram] }\n',
    },
  },
  check(strategy, { t }) {
    const objectives = Array.isArray(strategy.objectives) ? strategy.objectives : [];
    const platforms = Array.isArray(strategy.platforms) ? strategy.platforms : [];
    // Only when objectives say where they are pursued: otherwise objectives/smart has more to say.
    const served = new Set<string>();
    for (const o of objectives) if (Array.isArray(o?.platforms)) for (const id of o.platforms) served.add(id);
    if (served.size === 0) return [];
    const hits: RuleHit[] = [];
    for (let p = 0; p < platforms.length; p++) {
      const platform = platforms[p]!;
      if (platform?.role !== 'primary' || served.has(platform.id)) continue;
      hits.push({ path: ['platforms', p, 'role'], message: t('none', { platform: platformFacts(platform.id)?.name ?? platform.name ?? platform.id, id: platform.id }) });
    }
    return hits;
  },
});
