import { FAIR_REACH, platformFacts, sectorFacts } from '../../knowledge/index.js';
import { joinList } from '../../i18n/intl.js';
import { defineRule, type RuleHit } from '../types.js';
import { audienceReach, showAges } from './ages.js';

/** Below this estimated share of the age range, a platform reaches the persona poorly. */
export const POOR_REACH = FAIR_REACH;

// warn: age is one signal among others (a B2B persona on LinkedIn is a choice), so the team decides.
export const platformFit = defineRule({
  id: 'audience/platform-fit',
  category: 'audience',
  severity: 'warn',
  sources: ['pew-2023', 'pew-2025', 'netendances-2024'],
  messages: {
    en: {
      rationale: 'The platforms chosen for a persona should be ones people of that age actually use.',
      fix: 'Add a platform that reaches the persona’s age range better (`plan platforms` shows who is where), or check the persona’s `age`.',
      poor: 'The audience `{id}` (ages {ages}) is reached poorly where you publish for it: about {reach}% of that age use {platforms} ({survey}). {advice}',
      betterOne: '{better} reaches this age better: consider it, or check the age range.',
      betterOther: '{better} reach this age better: consider one of them, or check the age range.',
      surveyQC: 'NETendances for Québec where it has figures, Pew otherwise',
      surveyUS: 'Pew, United States',
    },
    fr: {
      rationale: 'Les plateformes retenues pour un persona devraient être celles qu’utilisent vraiment les gens de cet âge.',
      fix: 'Ajoutez une plateforme qui joint mieux la tranche d’âge du persona (`plan platforms` montre qui est où), ou vérifiez son `age`.',
      poor: 'Le public `{id}` ({ages}) est mal joint là où vous publiez pour lui : environ {reach} % de cet âge utilisent {platforms} ({survey}). {advice}',
      betterOne: '{better} joint mieux cet âge : envisagez-la, ou vérifiez la tranche d’âge.',
      betterOther: '{better} joignent mieux cet âge : envisagez l’une d’elles, ou vérifiez la tranche d’âge.',
      surveyQC: 'NETendances pour le Québec quand il a des chiffres, Pew sinon',
      surveyUS: 'Pew, États-Unis',
    },
  },
  examples: {
    pass: 'platforms:\n  - id: facebook\n    role: primary\n    audiences: [seniors]\naudiences:\n  - id: seniors\n    name: Retirees\n    age: { min: 65, max: 80 }\n',
    fail: 'platforms:\n  - id: snapchat\n    role: primary\n    audiences: [seniors]\naudiences:\n  - id: seniors\n    name: Retirees\n    age: { min: 65, max: 80 }\n',
    fr: {
      pass: 'platforms:\n  - id: facebook\n    role: primary\n    audiences: [aines]\naudiences:\n  - id: aines\n    name: Retraités\n    age: { min: 65, max: 80 }\n',
      fail: 'platforms:\n  - id: snapchat\n    role: primary\n    audiences: [aines]\naudiences:\n  - id: aines\n    name: Retraités\n    age: { min: 65, max: 80 }\n',
    },
  },
  check(strategy, { t, lang }) {
    const hits: RuleHit[] = [];
    const region = strategy.organization?.region;
    // A sector of the knowledge file (B2B: LinkedIn) finds its audience by work, not by age.
    const bySector = sectorFacts(typeof strategy.organization?.sector === 'string' ? strategy.organization.sector : undefined);
    strategy.audiences?.forEach((audience, a) => {
      const reach = audienceReach(strategy, audience);
      if (!reach || reach.ids.length === 0) return;
      if (bySector?.platforms.some((id) => reach.ids.includes(id))) return;
      const { age, ids, fit } = reach;
      // A chosen platform without a figure for this age may be the one that reaches it: say so
      // (audience/no-age-data) rather than call the fit poor.
      if (fit.reach === undefined || fit.reach >= POOR_REACH || fit.better.length === 0 || fit.unknown) return;
      const name = (id: string) => platformFacts(id)?.name ?? id;
      const known = ids.filter((id) => platformFacts(id));
      hits.push({
        path: ['audiences', a, 'age'],
        anchor: 'key',
        message: t('poor', {
          id: audience.id,
          ages: showAges(age, lang),
          reach: fit.reach,
          platforms: joinList(known.map(name), lang, 'or'),
          survey: t(region === 'CA-QC' ? 'surveyQC' : 'surveyUS'),
          advice: t(fit.better.length === 1 ? 'betterOne' : 'betterOther', { better: joinList(fit.better.slice(0, 3).map(name), lang, 'and') }),
        }),
      });
    });
    return hits;
  },
});
