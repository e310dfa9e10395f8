import { defineRule, type RuleHit } from '../types.js';

// warn: tiers read out of order, twice the same level or a missing step make the escalation path
// ambiguous on the day someone has to decide "is this a 2 or a 3?".
export const crisisLevels = defineRule({
  id: 'consistency/crisis-levels',
  category: 'consistency',
  severity: 'warn',
  source: 'geratools, "Social Media Crisis Response Plan Builder": three severity tiers (community manager, coordinated reply, leadership), https://geratools.com/social-media-crisis-response-builder; rodrice.org, "Social media crisis management plan": crisis levels, escalation triggers and a decision tree, https://rodrice.org/social-media-crisis-management-plan/7.',
  messages: {
    en: {
      rationale: 'Crisis tiers form one escalation ladder: each level once, from the lightest up, with no step missing.',
      fix: 'List the tiers from level 1 upwards, give each level to one tier only, and number them without gaps.',
      duplicate: 'Two crisis tiers have level {level} (the other one is tier {other} in the list). Give this one its own level, or merge the two triggers.',
      order: 'Crisis tier level {level} comes after level {previous}: list the tiers from the lightest up, so the plan reads as an escalation ladder.',
      gap: 'The crisis tiers jump from level {previous} to level {level}: there is no level {missing}. Number the levels 1, 2, 3… or add the missing tier.',
      start: 'The lightest crisis tier is level {level}: there is no level 1 for what the community manager handles alone. Number the tiers from 1.',
    },
    fr: {
      rationale: 'Les niveaux de crise forment une seule échelle d’escalade : chaque niveau une fois, du plus léger au plus grave, sans marche manquante.',
      fix: 'Listez les niveaux à partir de 1, donnez chaque niveau à un seul palier, et numérotez-les sans trou.',
      duplicate: 'Deux paliers de crise ont le niveau {level} (l’autre est le palier {other} de la liste). Donnez à celui-ci son propre niveau, ou fusionnez les deux déclencheurs.',
      order: 'Le niveau de crise {level} vient après le niveau {previous} : listez les paliers du plus léger au plus grave, pour que le plan se lise comme une échelle d’escalade.',
      gap: 'Les paliers de crise sautent du niveau {previous} au niveau {level} : il n’y a pas de niveau {missing}. Numérotez 1, 2, 3… ou ajoutez le palier manquant.',
      start: 'Le palier de crise le plus léger est le niveau {level} : il n’y a pas de niveau 1 pour ce que la personne gestionnaire de communauté règle seule. Numérotez les paliers à partir de 1.',
    },
  },
  examples: {
    pass: 'crisis:\n  tiers:\n    - { level: 1, trigger: A complaint }\n    - { level: 2, trigger: A complaint shared widely }\n    - { level: 3, trigger: The media call }\n',
    fail: 'crisis:\n  tiers:\n    - { level: 1, trigger: A complaint }\n    - { level: 3, trigger: A complaint shared widely }\n    - { level: 3, trigger: The media call }\n',
    fr: {
      pass: 'crisis:\n  tiers:\n    - { level: 1, trigger: Une plainte }\n    - { level: 2, trigger: Une plainte largement partagée }\n    - { level: 3, trigger: Un média nous appelle }\n',
      fail: 'crisis:\n  tiers:\n    - { level: 1, trigger: Une plainte }\n    - { level: 3, trigger: Une plainte largement partagée }\n    - { level: 3, trigger: Un média nous appelle }\n',
    },
  },
  check(strategy, { t }) {
    const tiers = Array.isArray(strategy.crisis?.tiers) ? strategy.crisis.tiers : [];
    const levels = tiers.map((tier, i) => ({ i, level: tier?.level })).filter((x): x is { i: number; level: number } => Number.isInteger(x.level));
    if (levels.length === 0) return [];
    const hits: RuleHit[] = [];
    const at = (i: number) => ['crisis', 'tiers', i, 'level'];
    const seen = new Map<number, number>();
    let previous: number | undefined;
    let reported = false;
    for (const { i, level } of levels) {
      const first = seen.get(level);
      if (first !== undefined) {
        hits.push({ path: at(i), message: t('duplicate', { level, other: first + 1 }) });
        reported = true;
      } else if (previous !== undefined && level < previous) {
        hits.push({ path: at(i), message: t('order', { level, previous }) });
        reported = true;
      }
      if (first === undefined) seen.set(level, i);
      previous = previous === undefined ? level : Math.max(previous, level);
    }
    if (reported) return hits;
    // Listed in order, each once: check the steps.
    const lowest = levels[0]!;
    if (lowest.level > 1) return [{ path: at(lowest.i), message: t('start', { level: lowest.level }) }];
    for (let k = 1; k < levels.length; k++) {
      const a = levels[k - 1]!.level;
      const b = levels[k]!.level;
      if (b > a + 1) hits.push({ path: at(levels[k]!.i), message: t('gap', { previous: a, level: b, missing: a + 1 }) });
    }
    return hits;
  },
});
