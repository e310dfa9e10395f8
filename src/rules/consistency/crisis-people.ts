import { closest } from '../../text/suggest.js';
import { defineRule, type RuleHit } from '../types.js';
import { namedPeople, orList, personKey, personName } from './helpers.js';

/** Separators between people written in one field, in English and French. */
const TOGETHER = /\s+(?:and|or|et|ou)\s+|\s*[&/+]\s*/;

// warn: an approver the rest of the plan never names is a typo, someone who left, or someone who
// does not know they are on call; either way nobody can reach them in the first hour.
export const crisisPeople = defineRule({
  id: 'consistency/crisis-people',
  category: 'consistency',
  severity: 'warn',
  source: 'geratools, "Social Media Crisis Response Plan Builder": one named approver plus a backup per tier, https://geratools.com/social-media-crisis-response-builder; ICUC, "Social media strategy template": the plan says who owns what and how approvals work, https://www.icuc.social/resources/blog/social-media-strategy-template.',
  messages: {
    en: {
      rationale: 'Whoever approves a crisis tier is someone the plan names elsewhere: a crisis approver, the spokesperson, the owner, a community manager or an account owner.',
      fix: 'Correct the name, or add the person to `crisis.approvers` so the whole plan knows they are on call.',
      unknown: '{name} approves crisis tier {level} but appears nowhere else in the plan.{suggestion} Add them to `crisis.approvers`, or name someone the plan already has: {known}.',
      didYouMean: ' Did you mean {suggestion}?',
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
  check(strategy, { t, lang }) {
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
      // "Julie Tremblay et Marc Gagnon", "Julie / Marc": each person named must be known.
      const unknown = approver.split(TOGETHER).find((part) => part.trim() && !keys.has(personKey(part)));
      if (unknown === undefined) return;
      const guess = closest(personName(unknown), names);
      hits.push({
        path: ['crisis', 'tiers', i, 'approver'],
        message: t('unknown', {
          name: personName(unknown),
          level: tier.level,
          suggestion: guess ? t('didYouMean', { suggestion: guess }) : '',
          known: orList(names, lang),
        }),
      });
    });
    return hits;
  },
});
