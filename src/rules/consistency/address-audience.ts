import { cite, TU_OLDEST_YOUNGEST_AGE } from '../../knowledge/thresholds.js';
import { defineRule, type RuleHit } from '../types.js';

// info: there is no rule for tu or vous, only a fit with the audience; the team decides, and this
// says when the choice and a persona pull apart.
export const addressAudience = defineRule({
  id: 'consistency/address-audience',
  category: 'consistency',
  severity: 'info',
  source: `${cite(TU_OLDEST_YOUNGEST_AGE.source)}: "tu" signals closeness and suits young or lifestyle audiences, "vous" is polite and also a plural for a community; My Spark Academy, "Faut-il tutoyer ou vouvoyer son audience sur les réseaux sociaux ?", https://my-spark-academy.com/formations/blog/faut-il-tutoyer-ou-vouvoyer-son-audience-sur-les-reseaux-sociaux/. Threshold: a persona whose youngest age is ${TU_OLDEST_YOUNGEST_AGE.value} or more.`,
  messages: {
    en: {
      rationale: 'In French, "tu" suits young or lifestyle audiences: a persona made only of people over 50 is checked against it.',
      fix: 'Keep `tu` if this persona really expects it (say why in its description), or switch to `vous`.',
      older: 'The plan says "tu", but the persona `{id}` ({ages} years old) is not a young audience: "tu" suits young or lifestyle audiences and can seem unprofessional to others. Keep it if they expect closeness, or set `address: vous`.',
    },
    fr: {
      rationale: 'En français, le tutoiement convient aux publics jeunes ou lifestyle : un persona composé seulement de personnes de plus de 50 ans est vérifié.',
      fix: 'Gardez `tu` si ce persona l’attend vraiment (dites pourquoi dans sa description), ou passez à `vous`.',
      older: 'Le plan tutoie, mais le persona `{id}` ({ages} ans) n’est pas un public jeune : le tutoiement convient aux publics jeunes ou lifestyle et peut sembler peu professionnel aux autres. Gardez-le s’ils attendent de la proximité, ou mettez `address: vous`.',
    },
  },
  examples: {
    pass: 'editorial_line:\n  positioning: La mairie de tout le monde\n  tone: { voice: [proche], address: vous }\naudiences:\n  - { id: aines, name: Aînés, age: { min: 60, max: 85 } }\n',
    fail: 'editorial_line:\n  positioning: La mairie de tout le monde\n  tone: { voice: [proche], address: tu }\naudiences:\n  - { id: aines, name: Aînés, age: { min: 60, max: 85 } }\n',
  },
  check(strategy, { t }) {
    if (strategy.editorial_line?.tone?.address !== 'tu') return [];
    const hits: RuleHit[] = [];
    (Array.isArray(strategy.audiences) ? strategy.audiences : []).forEach((audience, i) => {
      const min = audience?.age?.min;
      if (typeof min !== 'number' || min < TU_OLDEST_YOUNGEST_AGE.value) return;
      hits.push({ path: ['audiences', i, 'age', 'min'], message: t('older', { id: audience.id, ages: typeof audience.age?.max === 'number' ? `${min}–${audience.age.max}` : `${min}+` }) });
    });
    return hits;
  },
});
