import { defineRule, type RuleHit } from '../types.js';
import { distinctPeople } from '../util.js';

/** Dark or edgy humour named in the do's, in English or French. */
const DARK = /\b(dark|black|edgy|gallows)\s+hum(ou)?r\b|\bhumou?r\s+(noir|grin[cç]ant|trash)\b|\bhumour\s+(?:de\s+)?(?:mauvais\s+go[uû]t)\b/i;

// warn: risky humour is a choice, but it needs the safety net the team has not described yet.
export const riskyHumour = defineRule({
  id: 'editorial/risky-humour',
  category: 'editorial',
  severity: 'warn',
  sources: ['icuc', 'geratools'],
  messages: {
    en: {
      rationale: 'Edgy or dark humour, and sensitive topics, need a second person to approve before posting.',
      fix: 'Name at least two people in `crisis.approvers` (a named approver plus a backup), or tone the humour down.',
      edgy: 'The humour is `edgy` but no second approver is named. Add two people to `crisis.approvers`, or choose `playful`.',
      dark: 'The do’s include dark humour ("{item}") but no second approver is named. Add two people to `crisis.approvers`, or move it to the don’ts.',
      sensitive: 'Sensitive topics are listed, but no second approver is named to review them. Add two people to `crisis.approvers`.',
    },
    fr: {
      rationale: 'L’humour grinçant ou noir, et les sujets sensibles, exigent l’accord d’une deuxième personne avant publication.',
      fix: 'Nommez au moins deux personnes dans `crisis.approvers` (une personne désignée et une remplaçante), ou adoucissez l’humour.',
      edgy: 'L’humour est `edgy`, mais aucune deuxième personne n’approuve. Ajoutez deux personnes à `crisis.approvers`, ou choisissez `playful`.',
      dark: 'Les choses à faire comprennent de l’humour noir (« {item} »), mais aucune deuxième personne n’approuve. Ajoutez deux personnes à `crisis.approvers`, ou passez-le dans les choses à éviter.',
      sensitive: 'Des sujets sensibles sont listés, mais aucune deuxième personne n’est nommée pour les relire. Ajoutez deux personnes à `crisis.approvers`.',
    },
  },
  examples: {
    pass: 'editorial_line:\n  positioning: Irreverent hot sauces\n  tone:\n    humour: edgy\ncrisis:\n  approvers: [Ana Roy, Luc Caron]\n',
    fail: 'editorial_line:\n  positioning: Irreverent hot sauces\n  tone:\n    humour: edgy\ncrisis:\n  approvers: [Ana Roy]\n',
    fr: {
      pass: 'editorial_line:\n  positioning: Des sauces piquantes irrévérencieuses\n  tone:\n    humour: edgy\ncrisis:\n  approvers: [Ana Roy, Luc Caron]\n',
      fail: 'editorial_line:\n  positioning: Des sauces piquantes irrévérencieuses\n  tone:\n    humour: edgy\ncrisis:\n  approvers: [Ana Roy]\n',
    },
  },
  check(strategy, { t }) {
    const line = strategy.editorial_line;
    const hits: RuleHit[] = [];
    if (line?.tone?.humour === 'edgy') hits.push({ path: ['editorial_line', 'tone', 'humour'], message: t('edgy') });
    line?.do?.forEach((item, i) => {
      if (typeof item === 'string' && DARK.test(item)) hits.push({ path: ['editorial_line', 'do', i], message: t('dark', { item }) });
    });
    if ((line?.sensitive_topics ?? []).length > 0) hits.push({ path: ['editorial_line', 'sensitive_topics'], anchor: 'key', message: t('sensitive') });
    // Two approvers make any of these a managed risk (asked last: most strategies have none of them).
    if (hits.length === 0 || distinctPeople(strategy.crisis?.approvers).length >= 2) return [];
    return hits;
  },
});
