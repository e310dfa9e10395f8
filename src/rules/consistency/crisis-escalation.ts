import { defineRule, type RuleHit } from '../types.js';
import { namedPeople, orList, personKey, personName } from './helpers.js';

// warn: a worse crisis signed off by someone lower in the chain than a lighter one turns the
// escalation ladder upside down.
export const crisisEscalation = defineRule({
  id: 'consistency/crisis-escalation',
  category: 'consistency',
  severity: 'warn',
  source: 'geratools, "Social Media Crisis Response Plan Builder": tier 1 the community manager, tier 2 a coordinated reply, tier 3 leadership, https://geratools.com/social-media-crisis-response-builder; Niall Cook, "Social media crisis planning" (niallcook.com, 2014): route serious cases to an escalation team, http://www.niallcook.com/2014/01/social-media-crisis-planning/.',
  messages: {
    en: {
      rationale: 'Approval climbs with severity: a tier approved by the crisis approvers is never followed by a worse tier that someone outside them approves.',
      fix: 'Give the more severe tier an approver from `crisis.approvers` (or the spokesperson or owner), or add its approver to `crisis.approvers`.',
      inverted: 'Crisis tier {level} is approved by {name}, who is not among `crisis.approvers`, while the lighter tier {lower} goes to {lowerName}, who is. Give tier {level} an approver from {approvers}.',
    },
    fr: {
      rationale: 'L’approbation monte avec la gravité : un niveau approuvé par les approbateurs de crise n’est jamais suivi d’un niveau plus grave approuvé par quelqu’un d’extérieur à cette liste.',
      fix: 'Donnez au niveau le plus grave une personne de `crisis.approvers` (ou la personne porte-parole ou responsable du plan), ou ajoutez la personne qui l’approuve à `crisis.approvers`.',
      inverted: 'Le niveau de crise {level} est approuvé par {name}, qui ne fait pas partie de `crisis.approvers`, alors que le niveau {lower}, plus léger, revient à {lowerName}, qui en fait partie. Confiez le niveau {level} à {approvers}.',
    },
  },
  examples: {
    pass: 'community:\n  managers: [Marc Gagnon]\ncrisis:\n  approvers: [Julie Tremblay]\n  tiers:\n    - { level: 1, trigger: A complaint, approver: Marc Gagnon }\n    - { level: 2, trigger: The media call, approver: Julie Tremblay }\n',
    fail: 'community:\n  managers: [Marc Gagnon]\ncrisis:\n  approvers: [Julie Tremblay]\n  tiers:\n    - { level: 1, trigger: A complaint, approver: Julie Tremblay }\n    - { level: 2, trigger: The media call, approver: Marc Gagnon }\n',
    fr: {
      pass: 'community:\n  managers: [Marc Gagnon]\ncrisis:\n  approvers: [Julie Tremblay]\n  tiers:\n    - { level: 1, trigger: Une plainte, approver: Marc Gagnon }\n    - { level: 2, trigger: Un média nous appelle, approver: Julie Tremblay }\n',
      fail: 'community:\n  managers: [Marc Gagnon]\ncrisis:\n  approvers: [Julie Tremblay]\n  tiers:\n    - { level: 1, trigger: Une plainte, approver: Julie Tremblay }\n    - { level: 2, trigger: Un média nous appelle, approver: Marc Gagnon }\n',
    },
  },
  check(strategy, { t, lang }) {
    const crisis = strategy.crisis;
    // Cheap tests first: without crisis approvers and two tiers there is no ladder to invert.
    if (!Array.isArray(crisis?.approvers) || crisis.approvers.length === 0 || !Array.isArray(crisis.tiers) || crisis.tiers.length < 2) return [];
    const approvers = crisis.approvers.filter((a): a is string => typeof a === 'string' && a.trim() !== '');
    if (approvers.length === 0) return [];
    // Cheap test first: every tier approved by someone written exactly as in `crisis.approvers`.
    if (crisis.tiers.every((tier) => !tier?.approver || approvers.includes(tier.approver))) return [];
    const senior = new Set([...approvers, crisis?.spokesperson, strategy.organization?.owner].filter((a): a is string => typeof a === 'string').map(personKey));
    const tiers = (Array.isArray(crisis?.tiers) ? crisis.tiers : [])
      .map((tier, i) => ({ i, level: tier?.level, approver: tier?.approver }))
      .filter((x): x is { i: number; level: number; approver: string } => typeof x.level === 'number' && typeof x.approver === 'string' && x.approver.trim() !== '');
    // An approver the plan names nowhere else is consistency/crisis-people's finding: one mistake, one finding.
    const known = new Set(namedPeople(strategy).map((p) => p.key));
    const hits: RuleHit[] = [];
    for (const tier of tiers) {
      const key = personKey(tier.approver);
      if (senior.has(key) || !known.has(key)) continue;
      const lighter = tiers.filter((o) => o.level < tier.level && senior.has(personKey(o.approver))).sort((a, b) => a.level - b.level)[0];
      if (!lighter) continue;
      hits.push({
        path: ['crisis', 'tiers', tier.i, 'approver'],
        message: t('inverted', {
          level: tier.level,
          name: personName(tier.approver),
          lower: lighter.level,
          lowerName: personName(lighter.approver),
          approvers: orList(approvers.map(personName), lang),
        }),
      });
    }
    return hits;
  },
});
