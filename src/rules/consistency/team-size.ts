import { joinList } from '../../i18n/index.js';
import { defineRule } from '../types.js';
import { teamPeople } from './helpers.js';

// warn: the capacity checks (platforms/overreach) trust team_size; a plan that names more people
// than it counts is either undercounting its team or misspelling a name.
export const teamSize = defineRule({
  id: 'consistency/team-size',
  category: 'consistency',
  severity: 'warn',
  source: 'ICUC, "Social media strategy template": the plan says who owns what, https://www.icuc.social/resources/blog/social-media-strategy-template; Hootsuite, "How to create a social media marketing strategy in 9 steps" (2021): define roles and responsibilities (mirror: https://digitalmarketingxo.blogspot.com/2021/11/how-to-create-social-media-strategy-in.html).',
  messages: {
    en: {
      rationale: 'The team size counts at least the people the plan puts to work: the account owners and the community managers.',
      fix: 'Set `organization.team_size` to the number of people who publish and answer, or correct a misspelt name.',
      more: '`team_size` is {size}, but the plan names {count} people who run accounts or answer the community: {names}. Set `team_size: {count}`, or correct a misspelt name.',
    },
    fr: {
      rationale: 'La taille de l’équipe compte au moins les personnes que le plan fait travailler : les responsables de comptes et les gestionnaires de communauté.',
      fix: 'Mettez dans `organization.team_size` le nombre de personnes qui publient et répondent, ou corrigez un nom mal orthographié.',
      more: '`team_size` vaut {size}, mais le plan nomme {count} personnes qui tiennent des comptes ou répondent à la communauté : {names}. Mettez `team_size: {count}`, ou corrigez un nom mal orthographié.',
    },
  },
  examples: {
    pass: 'organization:\n  name: Café Boréal\n  language: fr\n  team_size: 2\nplatforms:\n  - { id: instagram, role: primary, owner: Julie Tremblay }\ncommunity:\n  managers: [Julie Tremblay, Marc Gagnon]\n',
    fail: 'organization:\n  name: Café Boréal\n  language: fr\n  team_size: 2\nplatforms:\n  - { id: instagram, role: primary, owner: Julie Tremblay }\ncommunity:\n  managers: [Julie Tremblay, Marc Gagnon, Léa Roy]\n',
  },
  check(strategy, { t, lang }) {
    const size = strategy.organization?.team_size;
    if (typeof size !== 'number' || size < 1) return [];
    // Cheap test first: fewer names than the team size, counted with repeats, cannot be too many.
    let named = Array.isArray(strategy.community?.managers) ? strategy.community.managers.length : 0;
    for (const platform of Array.isArray(strategy.platforms) ? strategy.platforms : []) if (platform?.owner) named++;
    if (named <= size) return [];
    const people = teamPeople(strategy);
    if (people.length <= size) return [];
    return [{ path: ['organization', 'team_size'], message: t('more', { size, count: people.length, names: joinList(people.map((p) => p.name), lang) }) }];
  },
});
