import { defineRule, type RuleHit } from '../types.js';
import { durationHours } from '../util.js';

// warn: a plan that answers a worse crisis more slowly contradicts itself; the team may have a reason
// (a legal review), and then it says so next to the line.
export const crisisResponseOrder = defineRule({
  id: 'consistency/crisis-response-order',
  category: 'consistency',
  severity: 'warn',
  source: 'Niall Cook, "Social media crisis planning" (niallcook.com, 2014), http://www.niallcook.com/2014/01/social-media-crisis-planning/: escalate on how fast a post spreads; rodrice.org, "Social media crisis management plan": a response time per crisis level, https://rodrice.org/social-media-crisis-management-plan/7; Sprout Social Index 2016 (Social Media Today, "Brands ignoring consumers on social media are in trouble", 2016): people expect an answer within 4 hours, https://www.socialmediatoday.com/news/brands-ignoring-consumers-on-social-media-are-in-trouble-infographic/512213/.',
  messages: {
    en: {
      rationale: 'The worse the crisis, the faster the first answer: no tier answers more slowly than a lighter one, and no crisis more slowly than an everyday comment.',
      fix: 'Make `respond_within` shorter (or equal) as the level rises, and keep tier 1 within `community.response_time`.',
      slower: 'Crisis tier {level} answers within {within}, more slowly than tier {lower} ({lowerWithin}): a worse crisis spreads faster. Set `respond_within` to {lowerWithin} or less.',
      slowerThanEveryday: 'Crisis tier {level} answers within {within}, more slowly than an everyday comment (`community.response_time`: {everyday}). Set `respond_within` to {everyday} or less.',
    },
    fr: {
      rationale: 'Plus la crise est grave, plus la première réponse est rapide : aucun niveau ne répond plus lentement qu’un niveau plus léger, ni une crise plus lentement qu’un commentaire ordinaire.',
      fix: 'Raccourcissez `respond_within` (ou gardez-le égal) quand le niveau monte, et gardez le niveau 1 dans le délai de `community.response_time`.',
      slower: 'Le niveau de crise {level} répond en {within}, plus lentement que le niveau {lower} ({lowerWithin}) : une crise plus grave se propage plus vite. Fixez `respond_within` à {lowerWithin} ou moins.',
      slowerThanEveryday: 'Le niveau de crise {level} répond en {within}, plus lentement qu’un commentaire ordinaire (`community.response_time` : {everyday}). Fixez `respond_within` à {everyday} ou moins.',
    },
  },
  examples: {
    pass: 'community:\n  response_time: 4h\ncrisis:\n  tiers:\n    - { level: 1, trigger: A complaint, respond_within: 4h }\n    - { level: 2, trigger: A complaint shared widely, respond_within: 1h }\n',
    fail: 'community:\n  response_time: 4h\ncrisis:\n  tiers:\n    - { level: 1, trigger: A complaint, respond_within: 1h }\n    - { level: 2, trigger: A complaint shared widely, respond_within: 4h }\n',
    fr: {
      pass: 'community:\n  response_time: 4 h\ncrisis:\n  tiers:\n    - { level: 1, trigger: Une plainte, respond_within: 4 h }\n    - { level: 2, trigger: Une plainte largement partagée, respond_within: 1 h }\n',
      fail: 'community:\n  response_time: 4 h\ncrisis:\n  tiers:\n    - { level: 1, trigger: Une plainte, respond_within: 1 h }\n    - { level: 2, trigger: Une plainte largement partagée, respond_within: 4 h }\n',
    },
  },
  check(strategy, { t }) {
    const tiers = Array.isArray(strategy.crisis?.tiers) ? strategy.crisis.tiers : [];
    const timed = tiers
      .map((tier, i) => ({ i, level: tier?.level, text: tier?.respond_within, hours: durationHours(tier?.respond_within) }))
      .filter((x): x is { i: number; level: number; text: string; hours: number } => typeof x.level === 'number' && x.hours !== undefined);
    const hits: RuleHit[] = [];
    for (const tier of timed) {
      // The fastest lighter tier is the one it must not be slower than.
      const lighter = timed.filter((o) => o.level < tier.level && o.hours < tier.hours).sort((a, b) => a.hours - b.hours || a.level - b.level)[0];
      if (lighter) {
        hits.push({ path: ['crisis', 'tiers', tier.i, 'respond_within'], message: t('slower', { level: tier.level, within: tier.text, lower: lighter.level, lowerWithin: lighter.text }) });
        continue;
      }
      const everyday = strategy.community?.response_time;
      const everydayHours = durationHours(everyday);
      if (everydayHours !== undefined && tier.hours > everydayHours) {
        hits.push({ path: ['crisis', 'tiers', tier.i, 'respond_within'], message: t('slowerThanEveryday', { level: tier.level, within: tier.text, everyday: everyday! }) });
      }
    }
    return hits;
  },
});
