import { platformFacts } from '../../knowledge/index.js';
import { joinList } from '../../i18n/intl.js';
import { defineRule, type RuleHit } from '../types.js';
import { audienceReach, showAges } from './ages.js';
import { POOR_REACH } from './platform-fit.js';

// info: no figure is not bad news, only no news; the team knows its audience better than a survey.
export const noAgeData = defineRule({
  id: 'audience/no-age-data',
  category: 'audience',
  severity: 'info',
  sources: ['pew-2023', 'pew-2025', 'netendances-2024'],
  messages: {
    en: {
      rationale: 'When the surveys have no figure for a persona’s age on a platform, the team has to check that the persona is there.',
      fix: 'Check in the platform’s statistics (or with a quick poll) that the persona is really there, or add a platform known to reach that age (`plan platforms`).',
      noData: 'No audience figures for ages {ages} on {platforms} ({survey}): check that the audience `{id}` is really there (your account’s statistics, a quick poll).{better}',
      betterOne: ' {better} is known to reach this age.',
      betterOther: ' {better} are known to reach this age.',
      surveyQC: 'NETendances for Québec, Pew for the United States',
      surveyUS: 'Pew, United States',
    },
    fr: {
      rationale: 'Quand les enquêtes n’ont pas de chiffre pour l’âge d’un persona sur une plateforme, l’équipe doit vérifier que ce persona y est.',
      fix: 'Vérifiez dans les statistiques de la plateforme (ou par un petit sondage) que le persona y est vraiment, ou ajoutez une plateforme qui joint cet âge à coup sûr (`plan platforms`).',
      noData: 'Aucun chiffre d’audience pour les {ages} sur {platforms} ({survey}) : vérifiez que le public `{id}` y est vraiment (statistiques de votre compte, petit sondage).{better}',
      betterOne: ' On sait que {better} joint cet âge.',
      betterOther: ' On sait que {better} joignent cet âge.',
      surveyQC: 'NETendances pour le Québec, Pew pour les États-Unis',
      surveyUS: 'Pew, États-Unis',
    },
  },
  examples: {
    pass: 'platforms:\n  - id: facebook\n    role: primary\n    audiences: [seniors]\naudiences:\n  - id: seniors\n    name: Retirees\n    age: { min: 65, max: 90 }\n',
    fail: 'platforms:\n  - id: tiktok\n    role: primary\n    audiences: [seniors]\naudiences:\n  - id: seniors\n    name: Retirees\n    age: { min: 65, max: 90 }\n',
    fr: {
      pass: 'platforms:\n  - id: facebook\n    role: primary\n    audiences: [aines]\naudiences:\n  - id: aines\n    name: Retraités\n    age: { min: 65, max: 90 }\n',
      fail: 'platforms:\n  - id: tiktok\n    role: primary\n    audiences: [aines]\naudiences:\n  - id: aines\n    name: Retraités\n    age: { min: 65, max: 90 }\n',
    },
  },
  check(strategy, { t, lang }) {
    const hits: RuleHit[] = [];
    const region = strategy.organization?.region;
    strategy.audiences?.forEach((audience, a) => {
      const reach = audienceReach(strategy, audience);
      if (!reach) return;
      const { age, fit } = reach;
      if (!fit.unknown || (fit.reach !== undefined && fit.reach >= POOR_REACH)) return;
      const name = (id: string) => platformFacts(id)?.name ?? id;
      const better = fit.better.slice(0, 3).map(name);
      hits.push({
        path: ['audiences', a, 'age'],
        anchor: 'key',
        message: t('noData', {
          id: audience.id,
          ages: showAges(age, lang),
          platforms: joinList(fit.unknown.map(name), lang, 'or'),
          survey: t(region === 'CA-QC' ? 'surveyQC' : 'surveyUS'),
          better: better.length === 0 ? '' : t(better.length === 1 ? 'betterOne' : 'betterOther', { better: joinList(better, lang, 'and') }),
        }),
      });
    });
    return hits;
  },
});
