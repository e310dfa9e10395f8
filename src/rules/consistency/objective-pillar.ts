import { defineRule, type RuleHit } from '../types.js';

/** The pillar purpose that carries each kind of objective, when one clearly does. */
const PILLAR_FOR: Record<string, 'promote' | 'community'> = { conversion: 'promote', community: 'community' };

// warn: the editorial line decides what gets posted; an objective that no pillar serves gets no posts.
export const objectivePillar = defineRule({
  id: 'consistency/objective-pillar',
  category: 'consistency',
  severity: 'warn',
  source: 'Buffer\'s 4-1-1 rule: four educational or entertaining posts, one soft and one hard promotion (blog summary: https://med7006khemmingsblog.wordpress.com/2017/01/02/social-media-strategy/); Majorform, "Social media content framework 70/20/10": funnel mixes give conversion content its own share, https://www.majorform.co/blog-1/social-media-content-framework-70-20-10; rule of thirds, a third personal interaction (CommPRO), https://www.commpro.biz/the-social-media-rule-of-thirds-how-to-optimize-content-to-boost-user-response/.',
  messages: {
    en: {
      rationale: 'Each kind of objective has a pillar that serves it: a conversion objective a `promote` pillar (the ask), a community objective a `community` pillar.',
      fix: 'Add a pillar with the purpose the objective needs (with its share), or change the objective’s `type`.',
      promote: 'The objective `{id}` is a conversion (sign-ups, sales, donations), but no pillar has `purpose: promote`: no post would ever ask people to act. Add a promote pillar within the mix (for example 20%).',
      community: 'The objective `{id}` grows a community, but no pillar has `purpose: community`: no post would feature members, partners or their content. Add a community pillar.',
    },
    fr: {
      rationale: 'Chaque type d’objectif a un pilier qui le sert : un objectif de conversion, un pilier `promote` (l’appel à l’action) ; un objectif de communauté, un pilier `community`.',
      fix: 'Ajoutez un pilier avec la fonction dont l’objectif a besoin (et sa part), ou changez le `type` de l’objectif.',
      promote: 'L’objectif `{id}` est une conversion (inscriptions, ventes, dons), mais aucun pilier n’a `purpose: promote` : aucune publication ne demanderait d’agir. Ajoutez un pilier promotionnel dans les limites de la règle de contenu (par exemple 20 %).',
      community: 'L’objectif `{id}` fait grandir une communauté, mais aucun pilier n’a `purpose: community` : aucune publication ne mettrait en avant les membres, les partenaires ou leurs contenus. Ajoutez un pilier communauté.',
    },
  },
  examples: {
    pass: 'editorial_line:\n  positioning: The corner café\n  tone: { voice: [warm] }\n  pillars:\n    - { id: tips, name: Tips, share: 80, purpose: educate }\n    - { id: offers, name: Offers, share: 20, purpose: promote }\nobjectives:\n  - { id: orders, statement: More online orders, type: conversion }\n',
    fail: 'editorial_line:\n  positioning: The corner café\n  tone: { voice: [warm] }\n  pillars:\n    - { id: tips, name: Tips, share: 60, purpose: educate }\n    - { id: backstage, name: Backstage, share: 40, purpose: entertain }\nobjectives:\n  - { id: orders, statement: More online orders, type: conversion }\n',
    fr: {
      pass: 'editorial_line:\n  positioning: Le café du coin\n  tone: { voice: [chaleureux] }\n  pillars:\n    - { id: conseils, name: Conseils, share: 80, purpose: educate }\n    - { id: offres, name: Offres, share: 20, purpose: promote }\nobjectives:\n  - { id: orders, statement: Plus de commandes en ligne, type: conversion }\n',
      fail: 'editorial_line:\n  positioning: Le café du coin\n  tone: { voice: [chaleureux] }\n  pillars:\n    - { id: conseils, name: Conseils, share: 60, purpose: educate }\n    - { id: coulisses, name: Coulisses, share: 40, purpose: entertain }\nobjectives:\n  - { id: orders, statement: Plus de commandes en ligne, type: conversion }\n',
    },
  },
  check(strategy, { t }) {
    const objectives = Array.isArray(strategy.objectives) ? strategy.objectives : [];
    if (!objectives.some((o) => o?.type === 'conversion' || o?.type === 'community')) return [];
    const pillars = strategy.editorial_line?.pillars;
    // Without pillars, or pillars without purposes, there is nothing to compare yet.
    if (!Array.isArray(pillars) || !pillars.some((p) => p?.purpose)) return [];
    const purposes = new Set(pillars.map((p) => p?.purpose));
    const hits: RuleHit[] = [];
    objectives.forEach((o, i) => {
      const needed = o?.type ? PILLAR_FOR[o.type] : undefined;
      if (!needed || purposes.has(needed)) return;
      hits.push({ path: ['objectives', i, 'type'], message: t(needed, { id: o.id }) });
    });
    return hits;
  },
});
