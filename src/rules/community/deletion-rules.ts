import { defineRule, type RuleHit } from '../types.js';

// warn: a deletion policy with no published house rules looks arbitrary to the community.
export const deletionRules = defineRule({
  id: 'community/deletion-rules',
  category: 'community',
  severity: 'warn',
  sources: ['likeable', 'property-republic', 'social-fresh'],
  messages: {
    en: {
      rationale: 'Comments are deleted only for breaches of published house rules, so moderation never looks like censorship.',
      fix: 'Write `community.house_rules` (what is welcome, what is removed) and list in `negative_feedback.delete_only_for` only breaches of those rules.',
      noRules: 'Comments may be deleted ({reasons}), but there are no house rules to point to. Add `community.house_rules` that say what is removed, and publish them on your pages.',
      noLimits: 'Criticism may be deleted, but `delete_only_for` does not say for which house-rule breaches. Add `delete_only_for: [spam, insults, personal data]` (from your house rules).',
    },
    fr: {
      rationale: 'On ne supprime un commentaire que s’il enfreint des règles de la maison publiées, pour que la modération n’ait jamais l’air de la censure.',
      fix: 'Rédigez `community.house_rules` (ce qui est bienvenu, ce qui est retiré) et ne listez dans `negative_feedback.delete_only_for` que des manquements à ces règles.',
      noRules: 'Des commentaires peuvent être supprimés ({reasons}), mais il n’y a aucune règle de la maison à invoquer. Ajoutez `community.house_rules` qui disent ce qui est retiré, et publiez-les sur vos pages.',
      noLimits: 'La critique peut être supprimée, mais `delete_only_for` ne dit pas pour quels manquements aux règles de la maison. Ajoutez `delete_only_for: [spam, insultes, données personnelles]` (tirés de vos règles).',
    },
  },
  examples: {
    pass: 'community:\n  house_rules: [No insults, No spam]\n  negative_feedback:\n    approach: respond-then-private\n    delete_only_for: [insults, spam]\n',
    fail: 'community:\n  negative_feedback:\n    approach: respond-then-private\n    delete_only_for: [insults, spam]\n',
    fr: {
      pass: 'community:\n  house_rules: [Pas d’insultes, Pas de pourriel]\n  negative_feedback:\n    approach: respond-then-private\n    delete_only_for: [insultes, pourriel]\n',
      fail: 'community:\n  negative_feedback:\n    approach: respond-then-private\n    delete_only_for: [insultes, pourriel]\n',
    },
  },
  check(strategy, { t }) {
    const community = strategy.community;
    const feedback = community?.negative_feedback;
    if (!feedback) return [];
    const hits: RuleHit[] = [];
    const reasons = (feedback.delete_only_for ?? []).filter((r) => typeof r === 'string' && r.trim());
    if (reasons.length > 0 && (community.house_rules ?? []).length === 0) {
      hits.push({ path: ['community', 'negative_feedback', 'delete_only_for'], anchor: 'key', message: t('noRules', { reasons: reasons.join(', ') }) });
    }
    if (feedback.approach === 'delete' && reasons.length === 0) {
      hits.push({ path: ['community', 'negative_feedback', 'approach'], message: t('noLimits') });
    }
    return hits;
  },
});
