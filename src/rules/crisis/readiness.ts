import { defineRule, isWritten, type RuleHit } from '../types.js';
import { hasText, isNonEmptyList, looksLikeStrategy } from '../util.js';

// warn: an unprepared crisis plan is a missing decision; it only hurts on the day it is needed.
export const readiness = defineRule({
  id: 'crisis/readiness',
  category: 'crisis',
  severity: 'warn',
  sources: ['geratools', 'niall-cook-2014'],
  messages: {
    en: {
      rationale: 'Be ready before it happens: severity tiers, each with a holding statement and an approver.',
      fix: 'Add a `crisis` section with `tiers`; give each tier a `holding_statement` (a short pre-approved first answer) and an `approver`.',
      none: 'There is no crisis plan. Add a `crisis:` section with severity `tiers`, each with a trigger, a `holding_statement` and an `approver`.',
      noTiers: 'The crisis plan has no severity tiers. Add `tiers:` (1 = community manager, 2 = coordinated reply, 3 = leadership), each with a `holding_statement` and an `approver`.',
      noStatement: 'Crisis tier {level} has no holding statement. Add `holding_statement:` with a short, pre-approved first answer that buys time.',
      noApprover: 'Crisis tier {level} has no approver. Add `approver:` (or name people in `crisis.approvers`) so someone can say yes quickly.',
    },
    fr: {
      rationale: 'Soyez prêt avant que ça arrive : des niveaux de gravité, chacun avec une déclaration d’attente et une personne qui approuve.',
      fix: 'Ajoutez une section `crisis` avec des `tiers` ; donnez à chaque niveau une `holding_statement` (une courte première réponse approuvée d’avance) et un `approver`.',
      none: 'Il n’y a pas de plan de crise. Ajoutez une section `crisis:` avec des niveaux `tiers`, chacun avec un déclencheur, une `holding_statement` et un `approver`.',
      noTiers: 'Le plan de crise n’a pas de niveaux de gravité. Ajoutez `tiers:` (1 = gestionnaire de communauté, 2 = réponse coordonnée, 3 = direction), chacun avec une `holding_statement` et un `approver`.',
      noStatement: 'Le niveau de crise {level} n’a pas de déclaration d’attente. Ajoutez `holding_statement:` avec une courte première réponse, approuvée d’avance, qui donne du temps.',
      noApprover: 'Le niveau de crise {level} n’a personne pour approuver. Ajoutez `approver:` (ou nommez des personnes dans `crisis.approvers`) pour qu’on puisse dire oui vite.',
    },
  },
  examples: {
    pass: 'crisis:\n  approvers: [Julie Tremblay, Marc Gagnon]\n  tiers:\n    - level: 1\n      trigger: An unhappy customer in the comments\n      holding_statement: Thanks for telling us. We are writing to you privately.\n      approver: Marc Gagnon\n',
    fail: 'crisis:\n  tiers:\n    - level: 1\n      trigger: An unhappy customer in the comments\n',
    fr: {
      pass: 'crisis:\n  approvers: [Julie Tremblay, Marc Gagnon]\n  tiers:\n    - level: 1\n      trigger: Un client mécontent dans les commentaires\n      holding_statement: Merci de nous l’avoir signalé. Nous vous écrivons en privé.\n      approver: Marc Gagnon\n',
      fail: 'crisis:\n  tiers:\n    - level: 1\n      trigger: Un client mécontent dans les commentaires\n',
    },
  },
  decisions: [
    { field: ['crisis'], message: 'none', when: looksLikeStrategy },
    { field: ['crisis', 'tiers'], message: 'noTiers', when: (strategy) => Boolean(strategy.crisis), decided: isNonEmptyList },
  ],
  check(strategy, { t }) {
    const crisis = strategy.crisis;
    const hits: RuleHit[] = [];
    if (!Array.isArray(crisis?.tiers)) return hits;
    const sharedApprover = hasText(crisis.approvers);
    crisis.tiers.forEach((tier, i) => {
      if (!isWritten(tier.holding_statement)) hits.push({ path: ['crisis', 'tiers', i, 'holding_statement'], message: t('noStatement', { level: tier.level }) });
      if (!isWritten(tier.approver) && !sharedApprover) hits.push({ path: ['crisis', 'tiers', i, 'approver'], message: t('noApprover', { level: tier.level }) });
    });
    return hits;
  },
});
