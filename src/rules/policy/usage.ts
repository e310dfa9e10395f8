import { defineRule } from '../types.js';
import { isNonEmptyList } from '../util.js';

// warn: with more than one person speaking, a missing usage policy is a missing decision.
export const usage = defineRule({
  id: 'policy/usage',
  category: 'policy',
  severity: 'warn',
  sources: ['hootsuite-policy', 'lattice', 'impact-pr'],
  messages: {
    en: {
      rationale: 'When more than one person speaks for the organization, write down the rules for employees and volunteers.',
      fix: 'Add `policy.rules` (who may speak for the organization, "views are my own", no confidential information...) and `policy.applies_to`.',
      missing: 'The team has {team} people but no usage policy. Add `policy:` with `applies_to` and `rules` (who speaks for the organization, "views are my own", nothing confidential).',
      noRules: 'The usage policy has no rules. Add `rules:` (who speaks for the organization, "views are my own", nothing confidential, in a crisis refer to the spokesperson).',
    },
    fr: {
      rationale: 'Quand plus d’une personne parle au nom de l’organisation, mettez par écrit les règles pour les employés et bénévoles.',
      fix: 'Ajoutez `policy.rules` (qui peut parler au nom de l’organisation, « mes opinions n’engagent que moi », rien de confidentiel...) et `policy.applies_to`.',
      missing: 'L’équipe compte {team} personnes, mais il n’y a pas de politique d’utilisation. Ajoutez `policy:` avec `applies_to` et `rules` (qui parle au nom de l’organisation, « mes opinions n’engagent que moi », rien de confidentiel).',
      noRules: 'La politique d’utilisation n’a aucune règle. Ajoutez `rules:` (qui parle au nom de l’organisation, « mes opinions n’engagent que moi », rien de confidentiel, en crise on renvoie au porte-parole).',
    },
  },
  examples: {
    pass: 'organization:\n  name: Boreal Café\n  language: en\n  team_size: 3\npolicy:\n  applies_to: [employees]\n  rules: [We never speak for the café on personal accounts.]\n',
    fail: 'organization:\n  name: Boreal Café\n  language: en\n  team_size: 3\n',
    fr: {
      pass: 'organization:\n  name: Café Boréal\n  language: fr\n  team_size: 3\npolicy:\n  applies_to: [employés]\n  rules: [On ne parle pas au nom du café sur nos comptes personnels.]\n',
      fail: 'organization:\n  name: Café Boréal\n  language: fr\n  team_size: 3\n',
    },
  },
  decisions: [{ field: ['policy', 'rules'], message: 'noRules', when: (strategy) => Boolean(strategy.policy) && isTeam(strategy.organization?.team_size), decided: isNonEmptyList }],
  check(strategy, { t }) {
    const team = strategy.organization?.team_size;
    if (strategy.policy || !isTeam(team)) return [];
    return [{ path: ['organization', 'team_size'], message: t('missing', { team }) }];
  },
});

/** More than one person speaks for the organization. */
function isTeam(team: unknown): team is number {
  return typeof team === 'number' && team > 1;
}
