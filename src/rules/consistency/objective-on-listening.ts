import { platformFacts } from '../../knowledge/index.js';
import { defineRule, type RuleHit } from '../types.js';
import { objectiveWord } from '../../i18n/choices.js';

/** Objectives reached by publishing; customer care is served by listening and answering. */
const PUBLISHING_TYPES = new Set(['awareness', 'engagement', 'conversion', 'community']);

// warn: growth is pursued where you publish; a listening platform, by its role, publishes little.
export const objectiveOnListening = defineRule({
  id: 'consistency/objective-on-listening',
  category: 'consistency',
  severity: 'warn',
  source: 'Hootsuite audit template: a mission per account, such as "customer service during office hours" (National Pixel, "How to conduct a social media audit", https://nationalpixel.com/how-to-condust-a-social-media-audit/); Hootsuite, "How to create a social media marketing strategy in 9 steps" (2021): platform-specific goals (mirror: https://digitalmarketingxo.blogspot.com/2021/11/how-to-create-social-media-strategy-in.html).',
  messages: {
    en: {
      rationale: 'An awareness, engagement, conversion or community objective is pursued where you publish, not on a platform you only listen to.',
      fix: 'Remove the listening platform from the objective’s `platforms`, or give the platform `role: secondary` and a cadence.',
      listening: 'The objective `{id}` ({type}) is pursued on {platform}, which has `role: listening`: you publish little there. Remove `{platformId}` from this objective, or make {platform} `secondary` with a cadence.',
    },
    fr: {
      rationale: 'Un objectif de notoriété, d’engagement, de conversion ou de communauté se poursuit là où vous publiez, pas sur une plateforme que vous ne faites qu’écouter.',
      fix: 'Retirez la plateforme d’écoute des `platforms` de l’objectif, ou passez-la en `role: secondary` avec une cadence.',
      listening: 'L’objectif `{id}` ({type}) est poursuivi sur {platform}, en `role: listening` : vous y publiez peu. Retirez `{platformId}` de cet objectif, ou passez {platform} en `secondary` avec une cadence.',
    },
  },
  examples: {
    pass: 'platforms:\n  - id: linkedin\n    role: primary\n  - id: x\n    role: listening\nobjectives:\n  - { id: demos, statement: More demo requests, type: conversion, platforms: [linkedin] }\n  - { id: support, statement: Answer fast, type: customer-care, platforms: [x] }\n',
    fail: 'platforms:\n  - id: linkedin\n    role: primary\n  - id: x\n    role: listening\nobjectives:\n  - { id: demos, statement: More demo requests, type: conversion, platforms: [linkedin, x] }\n',
    fr: {
      pass: 'platforms:\n  - id: linkedin\n    role: primary\n  - id: x\n    role: listening\nobjectives:\n  - { id: demos, statement: Plus de demandes de démo, type: conversion, platforms: [linkedin] }\n  - { id: support, statement: Répondre vite, type: customer-care, platforms: [x] }\n',
      fail: 'platforms:\n  - id: linkedin\n    role: primary\n  - id: x\n    role: listening\nobjectives:\n  - { id: demos, statement: Plus de demandes de démo, type: conversion, platforms: [linkedin, x] }\n',
    },
  },
  check(strategy, { t, lang }) {
    const listening = new Map<string, string>();
    for (const platform of Array.isArray(strategy.platforms) ? strategy.platforms : []) {
      if (platform?.role === 'listening') listening.set(platform.id, platformFacts(platform.id)?.name ?? platform.name ?? platform.id);
    }
    if (listening.size === 0) return [];
    const hits: RuleHit[] = [];
    (Array.isArray(strategy.objectives) ? strategy.objectives : []).forEach((o, i) => {
      if (!o?.type || !PUBLISHING_TYPES.has(o.type) || !Array.isArray(o.platforms)) return;
      o.platforms.forEach((id, j) => {
        const name = listening.get(id);
        if (name) hits.push({ path: ['objectives', i, 'platforms', j], message: t('listening', { id: o.id, type: o.type ? objectiveWord(lang, o.type) : '', platform: name, platformId: id }) });
      });
    });
    return hits;
  },
});
