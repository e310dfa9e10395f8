import { defineRule, type RuleHit } from '../types.js';
import { ADULT, platformsFor, showAges } from './ages.js';

/** The minimum age of most platforms (their terms of service; COPPA in the US). */
const MINIMUM_AGE = 13;

// info: speaking to teenagers is legitimate; the fit check just cannot help, and the rules differ.
export const minors = defineRule({
  id: 'audience/minors',
  category: 'audience',
  severity: 'info',
  sources: ['coppa', 'pew-2023', 'netendances-2024'],
  messages: {
    en: {
      rationale: 'The fit check cannot judge a persona under 18: platforms require users to be 13 or older and the usage surveys cover adults only.',
      fix: 'Check where these young people really are and the platforms’ rules for minors; reach under-13s through their parents.',
      minors: 'The audience `{id}` includes people under 18 (ages {ages}). Most platforms require users to be at least 13, and the surveys behind the fit check (Pew, NETendances) cover adults only: check where these young people really are{where}, and the platforms’ rules for minors (consent, advertising).{under13}',
      children: 'The audience `{id}` is under 13 (ages {ages}): most platforms require users to be at least 13, so reach these children through their parents or teachers, and check the platforms’ rules for minors. The surveys behind the fit check (Pew, NETendances) cover adults only.',
      where: ' (you publish for them on {platforms})',
      under13: ' Children under 13 are reached through their parents.',
    },
    fr: {
      rationale: 'La vérification d’adéquation ne peut pas juger un persona de moins de 18 ans : les plateformes exigent au moins 13 ans et les enquêtes d’usage ne portent que sur les adultes.',
      fix: 'Vérifiez où ces jeunes se trouvent vraiment et les règles des plateformes pour les mineurs ; joignez les moins de 13 ans par leurs parents.',
      minors: 'Le public `{id}` comprend des moins de 18 ans ({ages}). La plupart des plateformes exigent au moins 13 ans, et les enquêtes derrière la vérification d’adéquation (Pew, NETendances) ne portent que sur les adultes : vérifiez où ces jeunes se trouvent vraiment{where}, et les règles des plateformes pour les mineurs (consentement, publicité).{under13}',
      children: 'Le public `{id}` a moins de 13 ans ({ages}) : la plupart des plateformes exigent au moins 13 ans, alors joignez ces enfants par leurs parents ou leurs enseignants, et vérifiez les règles des plateformes pour les mineurs. Les enquêtes derrière la vérification d’adéquation (Pew, NETendances) ne portent que sur les adultes.',
      where: ' (vous publiez pour eux sur {platforms})',
      under13: ' Les moins de 13 ans se joignent par leurs parents.',
    },
  },
  examples: {
    pass: 'audiences:\n  - id: students\n    name: College students\n    age: { min: 18, max: 24 }\n',
    fail: 'audiences:\n  - id: teens\n    name: High-school students\n    age: { min: 14, max: 17 }\n',
    fr: {
      pass: 'audiences:\n  - id: cegepiens\n    name: Étudiants du cégep\n    age: { min: 18, max: 24 }\n',
      fail: 'audiences:\n  - id: ados\n    name: Élèves du secondaire\n    age: { min: 14, max: 17 }\n',
    },
  },
  check(strategy, { t, lang }) {
    const hits: RuleHit[] = [];
    strategy.audiences?.forEach((audience, a) => {
      const age = audience.age;
      if (typeof age?.min !== 'number' || age.min >= ADULT) return;
      const shown = showAges(age, lang);
      if (typeof age.max === 'number' && age.max < MINIMUM_AGE) {
        hits.push({ path: ['audiences', a, 'age', 'min'], message: t('children', { id: audience.id, ages: shown }) });
        return;
      }
      const ids = platformsFor(strategy, audience.id);
      hits.push({
        path: ['audiences', a, 'age', 'min'],
        message: t('minors', {
          id: audience.id,
          ages: shown,
          where: ids.length > 0 ? t('where', { platforms: ids.map((id) => `\`${id}\``).join(', ') }) : '',
          under13: age.min < MINIMUM_AGE ? t('under13') : '',
        }),
      });
    });
    return hits;
  },
});
