import { closest } from '../../text/suggest.js';
import { defineRule, type RuleHit } from '../types.js';
import { namedPeople, personKey, personName } from './helpers.js';

/** Separators between people written in one field, in English and French. */
const TOGETHER = /\s+(?:and|or|et|ou)\s+|\s*[&/+]\s*/;

// warn: an approver spelt almost like someone the plan names is a typo, and the calendar, the brief
// and whoever reads the plan at 2 a.m. cannot tell who is meant. An approver the plan names nowhere
// else is usually a body or a role ("Conseil d'administration", "Head of Communications"): quiet.
export const crisisPeople = defineRule({
  id: 'consistency/crisis-people',
  category: 'consistency',
  severity: 'warn',
  source: 'geratools, "Social Media Crisis Response Plan Builder": one named approver plus a backup per tier, https://geratools.com/social-media-crisis-response-builder; ICUC, "Social media strategy template": the plan says who owns what and how approvals work, https://www.icuc.social/resources/blog/social-media-strategy-template.',
  messages: {
    en: {
      rationale: 'A crisis tier’s approver is not spelt almost like someone the plan names elsewhere (a crisis approver, the spokesperson, the owner, a community manager or an account owner): that is a typo. Bodies and roles are fine.',
      fix: 'Correct the name so it matches the one the rest of the plan uses.',
      unknown: '{name} approves crisis tier {level} but appears nowhere else in the plan. Did you mean {suggestion}?',
    },
    fr: {
      rationale: 'La personne qui approuve un niveau de crise est nommée ailleurs dans le plan : parmi les approbateurs de crise, la personne porte-parole, la responsable du plan, les gestionnaires de communauté ou les responsables de comptes.',
      fix: 'Corrigez le nom, ou ajoutez la personne à `crisis.approvers` pour que tout le plan sache qu’elle est de garde.',
      unknown: '{name} approuve le niveau de crise {level} mais n’apparaît nulle part ailleurs dans le plan.{suggestion} Ajoutez cette personne à `crisis.approvers`, ou nommez quelqu’un que le plan a déjà : {known}.',
      didYouMean: ' Vouliez-vous dire {suggestion} ?',
    },
  },
  examples: {
    pass: 'community:\n  managers: [Marc Gagnon]\ncrisis:\n  approvers: [Julie Tremblay]\n  tiers:\n    - { level: 1, trigger: A complaint, approver: Marc Gagnon }\n    - { level: 2, trigger: The media call, approver: Julie Tremblay }\n',
    fail: 'community:\n  managers: [Marc Gagnon]\ncrisis:\n  approvers: [Julie Tremblay]\n  tiers:\n    - { level: 1, trigger: A complaint, approver: Marc Gagon }\n    - { level: 2, trigger: The media call, approver: Julie Tremblay }\n',
    fr: {
      pass: 'community:\n  managers: [Marc Gagnon]\ncrisis:\n  approvers: [Julie Tremblay]\n  tiers:\n    - { level: 1, trigger: Une plainte, approver: Marc Gagnon }\n    - { level: 2, trigger: Un média nous appelle, approver: Julie Tremblay }\n',
      fail: 'community:\n  managers: [Marc Gagnon]\ncrisis:\n  approvers: [Julie Tremblay]\n  tiers:\n    - { level: 1, trigger: Une plainte, approver: Marc Gagon }\n    - { level: 2, trigger: Un média nous appelle, approver: Julie Tremblay }\n',
    },
  },
  check(strategy, { t }) {
    const tiers = Array.isArray(strategy.crisis?.tiers) ? strategy.crisis.tiers : [];
    // Cheap test first: approvers written exactly as a crisis approver or a community manager.
    const written = new Set<unknown>([...(Array.isArray(strategy.crisis?.approvers) ? strategy.crisis.approvers : []), ...(Array.isArray(strategy.community?.managers) ? strategy.community.managers : [])]);
    if (tiers.every((tier) => !tier?.approver || written.has(tier.approver))) return [];
    const people = namedPeople(strategy);
    if (people.length === 0) return [];
    const keys = new Set(people.map((p) => p.key));
    const names = people.map((p) => p.name);
    const hits: RuleHit[] = [];
    tiers.forEach((tier, i) => {
      const approver = tier?.approver;
      if (typeof approver !== 'string' || !approver.trim()) return;
      // "Julie Tremblay et Marc Gagnon", "Julie / Marc": each part is checked on its own. Only a
      // near miss of a known name is reported; anything else is a body, a role or an outsider.
      for (const part of approver.split(TOGETHER)) {
        if (!part.trim() || keys.has(personKey(part))) continue;
        const guess = closest(personName(part), names);
        if (guess === undefined) continue;
        hits.push({ path: ['crisis', 'tiers', i, 'approver'], message: t('unknown', { name: personName(part), level: tier.level, suggestion: guess }) });
        return;
      }
    });
    return hits;
  },
});
