import { closest } from '../../text/suggest.js';
import type { Translate } from '../../i18n/index.js';
import type { Strategy } from '../../strategy/types.js';
import { defineRule, type RuleHit } from '../types.js';
import { looksLikePerson, namedPeople, personKey, personName, type NamedPerson } from './helpers.js';

/** Separators between people written in one field, in English and French. */
const TOGETHER = /\s+(?:and|or|et|ou)\s+|\s*[&/+]\s*/;

// warn: an approver spelt almost like someone the plan names is a typo, and the calendar, the brief
// and whoever reads the plan at 2 a.m. cannot tell who is meant. An approver the plan names nowhere
// else is usually a body or a role ("Conseil d'administration", "Head of Communications"): quiet.
// The spokesperson speaks for the team in a crisis: a person's name the rest of the plan never
// names (not an owner, a manager, an approver) is someone the team may not know is on call.
export const crisisPeople = defineRule({
  id: 'consistency/crisis-people',
  category: 'consistency',
  severity: 'warn',
  source: 'geratools, "Social Media Crisis Response Plan Builder": one named approver plus a backup per tier, https://geratools.com/social-media-crisis-response-builder; ICUC, "Social media strategy template": the plan says who owns what and how approvals work, https://www.icuc.social/resources/blog/social-media-strategy-template.',
  messages: {
    en: {
      rationale: 'A crisis tier’s approver is not spelt almost like someone the plan names elsewhere (a crisis approver, the spokesperson, the owner, a community manager or an account owner): that is a typo. Bodies and roles are fine. The spokesperson is someone the plan names elsewhere.',
      fix: 'Correct the name so it matches the one the rest of the plan uses, or add the spokesperson to `crisis.approvers`.',
      unknown: '{name} approves crisis tier {level} but appears nowhere else in the plan. Did you mean {suggestion}?',
      spokesTypo: 'The spokesperson {name} appears nowhere else in the plan. Did you mean {suggestion}?',
      spokesUnknown: 'The spokesperson {name} appears nowhere else in the plan: not an owner, a community manager or a crisis approver. Add them to `crisis.approvers` (or `community.managers`) so the team knows who speaks in a crisis.',
    },
    fr: {
      rationale: 'L’approbation d’un niveau de crise ne porte pas un nom presque identique à celui d’une personne nommée ailleurs dans le plan (approbateurs de crise, porte-parole, responsable du plan, gestionnaires de communauté, responsables de comptes) : ce serait une coquille. Les instances et les rôles sont acceptés. La personne porte-parole est nommée ailleurs dans le plan.',
      fix: 'Corrigez le nom pour qu’il corresponde à celui qu’utilise le reste du plan, ou ajoutez la personne porte-parole à `crisis.approvers`.',
      unknown: '{name} approuve le niveau de crise {level} mais n’apparaît nulle part ailleurs dans le plan. Vouliez-vous dire {suggestion} ?',
      spokesTypo: 'La personne porte-parole {name} n’apparaît nulle part ailleurs dans le plan. Vouliez-vous dire {suggestion} ?',
      spokesUnknown: 'La personne porte-parole {name} n’apparaît nulle part ailleurs dans le plan : ni responsable, ni gestionnaire de communauté, ni approbatrice de crise. Ajoutez-la à `crisis.approvers` (ou à `community.managers`) pour que l’équipe sache qui parle en cas de crise.',
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
    const hits: RuleHit[] = spokesperson(strategy, t);
    const tiers = Array.isArray(strategy.crisis?.tiers) ? strategy.crisis.tiers : [];
    // Cheap test first: approvers written exactly as a crisis approver or a community manager.
    const written = new Set<unknown>([...(Array.isArray(strategy.crisis?.approvers) ? strategy.crisis.approvers : []), ...(Array.isArray(strategy.community?.managers) ? strategy.community.managers : [])]);
    if (tiers.every((tier) => !tier?.approver || written.has(tier.approver))) return hits;
    const people = namedPeople(strategy);
    if (people.length === 0) return hits;
    const keys = new Set(people.map((p) => p.key));
    const names = people.map((p) => p.name);
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

/** The spokesperson against everyone else the plan names: a near miss is a typo, a stranger is reported. */
function spokesperson(strategy: Strategy, t: Translate<'spokesTypo' | 'spokesUnknown'>): RuleHit[] {
  const name = strategy.crisis?.spokesperson;
  if (typeof name !== 'string' || !name.trim()) return [];
  const key = personKey(name);
  const others = new Map<string, NamedPerson>();
  const add = (value: unknown) => { if (typeof value === 'string' && value.trim()) others.set(personKey(value), { key: personKey(value), name: personName(value) }); };
  add(strategy.organization?.owner);
  for (const p of Array.isArray(strategy.platforms) ? strategy.platforms : []) add(p?.owner);
  for (const m of Array.isArray(strategy.community?.managers) ? strategy.community.managers : []) add(m);
  add(strategy.community?.escalation);
  for (const a of Array.isArray(strategy.crisis?.approvers) ? strategy.crisis.approvers : []) add(a);
  for (const tier of Array.isArray(strategy.crisis?.tiers) ? strategy.crisis.tiers : []) add(tier?.approver);
  // The organization's own name counts: a candidate's team ("Équipe Marie-Ève Lavoie"), a chef's restaurant.
  if (others.size === 0 || others.has(key) || personKey(strategy.organization?.name ?? '').includes(key)) return [];
  const guess = closest(personName(name), [...others.values()].map((p) => p.name));
  const path = ['crisis', 'spokesperson'];
  if (guess !== undefined) return [{ path, message: t('spokesTypo', { name: personName(name), suggestion: guess }) }];
  return looksLikePerson(name) ? [{ path, message: t('spokesUnknown', { name: personName(name) }) }] : [];
}
