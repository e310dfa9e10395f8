// Every semantic rule, table-driven: a strategy that passes, one that fails, and where the hit points.
// Also: each rule's own `examples` (shown by `plan rules ID`) really pass and fail.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { translator } from '../../../src/i18n/index.js';
import { RULES, findRule } from '../../../src/rules/index.js';
import type { Rule, RuleHit } from '../../../src/rules/types.js';
import type { Strategy } from '../../../src/strategy/types.js';

const NOW = new Date('2026-11-26T12:00:00Z');

const BASE = `
version: 1
organization:
  name: Café Boréal
  language: fr
  region: CA-QC
  team_size: 2
  hours_per_week: 10
  review_by: 2027-03-31
platforms:
  - id: instagram
    role: primary
    audiences: [jeunes]
    cadence: { posts: 4, per: week }
  - id: facebook
    role: secondary
    audiences: [familles]
    cadence: { posts: 3, per: week }
audiences:
  - id: jeunes
    name: Jeunes professionnels
    age: { min: 24, max: 38 }
  - id: familles
    name: Familles
    age: { min: 30, max: 55 }
editorial_line:
  positioning: Le café du coin
  tone: { voice: [chaleureux, local], address: tu, humour: light }
  mix: 80-20
  pillars:
    - { id: coulisses, name: Coulisses, share: 50, purpose: entertain }
    - { id: quartier, name: Quartier, share: 30, purpose: community }
    - { id: offres, name: Offres, share: 20, purpose: promote }
  do: [Nommer nos fournisseurs]
objectives:
  - { id: notoriete, statement: Se faire connaître, type: awareness, kpi: abonnés, baseline: 150, target: 1200, deadline: 2027-02-28, measure: { platform: all, metric: reach, aggregate: sum } }
community:
  response_time: 4h
  house_rules: [Pas d'insultes]
  negative_feedback: { approach: respond-then-private, delete_only_for: [insultes] }
crisis:
  approvers: [Julie Tremblay, Marc Gagnon]
  tiers:
    - { level: 1, trigger: Un client mécontent, holding_statement: Merci, on vous écrit., approver: Marc Gagnon }
policy:
  rules: [On ne parle pas au nom du café.]
  disclosure: "#pub"
`;

function base(): Strategy {
  return parse(BASE) as Strategy;
}

function run(rule: Rule, strategy: unknown, lang: 'en' | 'fr' = 'en'): RuleHit[] {
  return rule.check(strategy as Strategy, { t: translator(rule.messages, lang), lang, now: NOW });
}

type Mutate = (s: Strategy) => void;
interface Case { rule: string; name: string; fail: Mutate; paths: (string | number)[][]; pass?: Mutate; message?: RegExp }

const CASES: Case[] = [
  { rule: 'objectives/smart', name: 'no kpi nor deadline', fail: (s) => { delete s.objectives![0]!.kpi; delete s.objectives![0]!.deadline; }, paths: [['objectives', 0, 'kpi'], ['objectives', 0, 'deadline']] },
  { rule: 'objectives/smart', name: 'no objectives', fail: (s) => { delete s.objectives; }, paths: [[]] },
  { rule: 'objectives/smart', name: 'empty target', fail: (s) => { s.objectives![0]!.target = ''; }, paths: [['objectives', 0, 'target']] },
  { rule: 'objectives/baseline', name: 'target without baseline', fail: (s) => { delete s.objectives![0]!.baseline; }, paths: [['objectives', 0, 'target']], message: /abonnés/ },
  { rule: 'objectives/not-followable', name: 'no measure: a guess from the KPI', fail: (s) => { delete s.objectives![0]!.measure; }, paths: [['objectives', 0, 'measure']], message: /measure: \{ platform: all, metric: followers, aggregate: last \}/ },
  { rule: 'objectives/not-followable', name: 'a custom metric without its name', fail: (s) => { s.objectives![0]!.measure = { platform: 'all', metric: 'custom', aggregate: 'sum' }; }, pass: (s) => { s.objectives![0]!.measure = { platform: 'all', metric: 'custom', aggregate: 'sum', name: 'abonnes' }; }, paths: [['objectives', 0, 'measure', 'metric']], message: /`abonnes`/ },
  { rule: 'objectives/not-followable', name: 'a platform the strategy does not have', fail: (s) => { s.objectives![0]!.measure!.platform = 'tiktok'; }, pass: (s) => { s.objectives![0]!.measure!.platform = 'facebook'; }, paths: [['objectives', 0, 'measure', 'platform']], message: /`tiktok`.*\(`instagram`, `facebook`\)/ },
  { rule: 'objectives/not-followable', name: 'a metric no export gives for the platform', fail: (s) => { s.objectives![0]!.measure = { platform: 'facebook', metric: 'saves', aggregate: 'sum' }; }, pass: (s) => { s.objectives![0]!.measure = { platform: 'instagram', metric: 'saves', aggregate: 'sum' }; }, paths: [['objectives', 0, 'measure', 'metric']], message: /`saves` for `facebook`.*`reach`/ },
  { rule: 'objectives/not-followable', name: 'a metric no export gives on any platform of the strategy', fail: (s) => { s.objectives![0]!.measure = { platform: 'all', metric: 'followers', aggregate: 'last' }; }, pass: (s) => { s.objectives![0]!.measure = { platform: 'all', metric: 'followers', aggregate: 'last' }; s.platforms.push({ id: 'tiktok', role: 'secondary' }); }, paths: [['objectives', 0, 'measure', 'metric']], message: /platforms of this strategy.*`new-followers`/ },
  { rule: 'objectives/not-followable', name: 'a platform no reader knows', fail: (s) => { s.platforms.push({ id: 'discord', name: 'Discord', role: 'secondary' }); s.objectives![0]!.measure = { platform: 'discord', metric: 'posts', aggregate: 'sum' }; }, paths: [['objectives', 0, 'measure', 'metric']], message: /reads no export of `discord`/ },
  { rule: 'review/deadline-passed', name: 'deadline before now', fail: (s) => { s.objectives![0]!.deadline = '2026-11-25'; }, pass: (s) => { s.objectives![0]!.deadline = '2026-11-26'; }, paths: [['objectives', 0, 'deadline']] },
  { rule: 'review/review-overdue', name: 'review_by before now', fail: (s) => { s.organization.review_by = '2026-01-01'; }, pass: (s) => { s.organization.review_by = '2026-11-26'; }, paths: [['organization', 'review_by']], message: /2027-02-26/ },
  { rule: 'audience/platform-fit', name: 'retirees on Snapchat', fail: (s) => { s.audiences[1]!.age = { min: 65, max: 80 }; s.platforms[1]!.id = 'snapchat'; }, pass: (s) => { s.audiences[1]!.age = { min: 65, max: 80 }; }, paths: [['audiences', 1, 'age']], message: /Facebook/ },
  { rule: 'audience/platform-fit', name: 'US retirees on Instagram', fail: (s) => { s.organization.region = 'US'; s.audiences[0]!.age = { min: 65, max: 80 }; }, pass: (s) => { s.organization.region = 'US'; s.audiences[0]!.age = { min: 18, max: 29 }; }, paths: [['audiences', 0, 'age']], message: /YouTube/ },
  { rule: 'audience/platform-fit', name: 'retirees up to 90 on Instagram in Québec', fail: (s) => { s.audiences[0]!.age = { min: 65, max: 90 }; }, pass: (s) => { s.audiences[0]!.age = { min: 65, max: 90 }; s.platforms[0]!.id = 'youtube'; }, paths: [['audiences', 0, 'age']], message: /about 15% of that age use Instagram[\s\S]*YouTube/ },
  { rule: 'audience/no-age-data', name: 'retirees on TikTok only', fail: (s) => { s.audiences[1]!.age = { min: 65, max: 90 }; s.platforms[1]!.id = 'tiktok'; }, pass: (s) => { s.audiences[1]!.age = { min: 65, max: 90 }; }, paths: [['audiences', 1, 'age']], message: /No audience figures for ages 65–90 on TikTok/ },
  { rule: 'audience/no-age-data', name: 'US adults 35–55 on TikTok and Snapchat (27%)', fail: (s) => { s.organization.region = 'US'; s.audiences[1]!.age = { min: 35, max: 55 }; s.platforms[1]!.id = 'tiktok'; s.platforms.push({ id: 'snapchat', role: 'secondary', audiences: ['familles'] }); }, pass: (s) => { s.organization.region = 'US'; s.audiences[1]!.age = { min: 35, max: 55 }; s.platforms[1]!.id = 'tiktok'; s.platforms.push({ id: 'youtube', role: 'secondary', audiences: ['familles'] }); }, paths: [['audiences', 1, 'age']], message: /ages 35–55 on TikTok \(Pew, United States\)/ },
  { rule: 'audience/minors', name: 'teens on Instagram', fail: (s) => { s.audiences[0]!.age = { min: 13, max: 17 }; }, pass: (s) => { s.audiences[0]!.age = { min: 18, max: 24 }; }, paths: [['audiences', 0, 'age', 'min']], message: /at least 13[\s\S]*adults only/ },
  { rule: 'audience/minors', name: 'children under 13', fail: (s) => { s.audiences[0]!.age = { min: 8, max: 12 }; }, paths: [['audiences', 0, 'age', 'min']], message: /through their parents/ },
  { rule: 'platforms/unknown-platform', name: 'a typo in a catalogue id', fail: (s) => { s.platforms[1]!.id = 'linkdin'; }, pass: (s) => { s.platforms[1]!.id = 'linkdin'; s.platforms[1]!.name = 'LinkedIn (page)'; }, paths: [['platforms', 1, 'id']], message: /`linkdin` is not in the platform catalogue\. Did you mean `linkedin`\?[\s\S]*add `name:`/ },
  { rule: 'platforms/unknown-platform', name: 'a custom platform without a name', fail: (s) => { s.platforms[1]!.id = 'discord'; }, pass: (s) => { s.platforms[1]!.id = 'discord'; s.platforms[1]!.name = 'Discord'; }, paths: [['platforms', 1, 'id']], message: /^(?![\s\S]*Did you mean)[\s\S]*add `name:`/ },
  { rule: 'platforms/active-presence', name: 'primary twice a month', fail: (s) => { s.platforms[0]!.cadence = { posts: 2, per: 'month' }; }, pass: (s) => { s.platforms[0]!.cadence = { posts: 2, per: 'week' }; }, paths: [['platforms', 0, 'cadence', 'posts']] },
  { rule: 'platforms/active-presence', name: 'primary without cadence', fail: (s) => { delete s.platforms[0]!.cadence; }, pass: (s) => { delete s.platforms[1]!.cadence; }, paths: [['platforms', 0, 'role']] },
  {
    rule: 'platforms/overreach', name: 'four primaries for two people',
    fail: (s) => { for (const id of ['tiktok', 'youtube']) s.platforms.push({ id, role: 'primary', audiences: ['jeunes'], cadence: { posts: 1, per: 'week' } }); s.platforms[1]!.role = 'primary'; s.organization.hours_per_week = 40; },
    pass: (s) => { s.platforms[1]!.role = 'primary'; s.platforms.push({ id: 'tiktok', role: 'primary', cadence: { posts: 1, per: 'week' } }); },
    paths: [['platforms', 3, 'role']],
  },
  { rule: 'platforms/overreach', name: 'more posts than hours', fail: (s) => { s.organization.hours_per_week = 5; }, paths: [['organization', 'hours_per_week']], message: /Instagram/ },
  { rule: 'platforms/overreach', name: 'more posts than one person feeds', fail: (s) => { s.organization.team_size = 1; s.platforms[0]!.cadence = { posts: 3, per: 'day' }; }, paths: [['organization', 'team_size']] },
  { rule: 'editorial/promo-share', name: 'promo 30% under 80-20', fail: (s) => { s.editorial_line.pillars![2]!.share = 30; s.editorial_line.pillars![0]!.share = 40; }, paths: [['editorial_line', 'pillars', 2, 'share']] },
  { rule: 'editorial/promo-share', name: '4-1-1 allows 17 but not 20', fail: (s) => { s.editorial_line.mix = '4-1-1'; }, pass: (s) => { s.editorial_line.mix = '4-1-1'; s.editorial_line.pillars![2]!.share = 17; s.editorial_line.pillars![0]!.share = 53; }, paths: [['editorial_line', 'pillars', 2, 'share']] },
  { rule: 'editorial/promo-share', name: 'custom mix is not checked', fail: (s) => { s.editorial_line.pillars![2]!.share = 90; }, pass: (s) => { s.editorial_line.mix = 'custom'; s.editorial_line.pillars![2]!.share = 90; }, paths: [['editorial_line', 'pillars', 2, 'share']] },
  { rule: 'editorial/address', name: 'French without tu/vous', fail: (s) => { delete s.editorial_line.tone.address; }, pass: (s) => { s.editorial_line.tone.address = 'vous'; }, paths: [['editorial_line', 'tone']] },
  { rule: 'editorial/address', name: 'English with vous', fail: (s) => { s.organization.language = 'en'; s.editorial_line.tone.address = 'vous'; }, pass: (s) => { s.organization.language = 'en'; delete s.editorial_line.tone.address; }, paths: [['editorial_line', 'tone', 'address']] },
  { rule: 'editorial/address', name: 'French with formal', fail: (s) => { s.editorial_line.tone.address = 'formal'; }, paths: [['editorial_line', 'tone', 'address']] },
  { rule: 'editorial/voice', name: 'empty voice', fail: (s) => { s.editorial_line.tone.voice = []; }, paths: [['editorial_line', 'tone', 'voice']] },
  { rule: 'editorial/voice', name: 'blank words only', fail: (s) => { s.editorial_line.tone.voice = [' ']; }, paths: [['editorial_line', 'tone', 'voice']] },
  { rule: 'editorial/risky-humour', name: 'edgy with one approver', fail: (s) => { s.editorial_line.tone.humour = 'edgy'; s.crisis!.approvers = ['Julie Tremblay', ' julie  tremblay']; }, pass: (s) => { s.editorial_line.tone.humour = 'edgy'; }, paths: [['editorial_line', 'tone', 'humour']] },
  { rule: 'editorial/risky-humour', name: 'dark humour among the do\'s', fail: (s) => { s.editorial_line.do = ['Be kind', 'Dark humour about Mondays']; delete s.crisis; }, paths: [['editorial_line', 'do', 1]] },
  { rule: 'editorial/risky-humour', name: 'humour noir parmi les choses à faire', fail: (s) => { s.editorial_line.do = ['De l’humour noir']; s.crisis!.approvers = ['Julie']; }, paths: [['editorial_line', 'do', 0]] },
  { rule: 'editorial/risky-humour', name: 'sensitive topics', fail: (s) => { s.editorial_line.sensitive_topics = ['politique']; s.crisis!.approvers = []; }, paths: [['editorial_line', 'sensitive_topics']] },
  { rule: 'community/response-time', name: 'three days', fail: (s) => { s.community!.response_time = '3d'; }, pass: (s) => { s.community!.response_time = '24h'; }, paths: [['community', 'response_time']] },
  { rule: 'community/response-time', name: 'missing', fail: (s) => { delete s.community!.response_time; }, paths: [['community']] },
  { rule: 'community/response-time', name: 'no community section', fail: (s) => { delete s.community; }, paths: [[]] },
  { rule: 'community/care-target', name: 'customer care without response time', fail: (s) => { s.objectives![0]!.type = 'customer-care'; delete s.community!.response_time; }, pass: (s) => { s.objectives![0]!.type = 'customer-care'; }, paths: [['objectives', 0, 'type']] },
  { rule: 'community/criticism', name: 'delete', fail: (s) => { s.community!.negative_feedback!.approach = 'delete'; }, pass: (s) => { s.community!.negative_feedback!.approach = 'escalate'; }, paths: [['community', 'negative_feedback', 'approach']] },
  { rule: 'community/criticism', name: 'ignore', fail: (s) => { s.community!.negative_feedback!.approach = 'ignore'; }, paths: [['community', 'negative_feedback', 'approach']] },
  { rule: 'community/deletion-rules', name: 'deletion without house rules', fail: (s) => { delete s.community!.house_rules; }, paths: [['community', 'negative_feedback', 'delete_only_for']] },
  { rule: 'community/deletion-rules', name: 'delete with no limits', fail: (s) => { s.community!.negative_feedback = { approach: 'delete' }; }, paths: [['community', 'negative_feedback', 'approach']] },
  { rule: 'crisis/readiness', name: 'no crisis section', fail: (s) => { delete s.crisis; }, paths: [[]] },
  { rule: 'crisis/readiness', name: 'no tiers', fail: (s) => { s.crisis!.tiers = []; }, paths: [['crisis', 'tiers']] },
  { rule: 'crisis/readiness', name: 'tier without statement nor approver', fail: (s) => { s.crisis!.tiers = [{ level: 2, trigger: 'x' }]; s.crisis!.approvers = []; }, pass: (s) => { s.crisis!.tiers = [{ level: 2, trigger: 'x', holding_statement: 'On vérifie.' }]; }, paths: [['crisis', 'tiers', 0, 'holding_statement'], ['crisis', 'tiers', 0, 'approver']] },
  { rule: 'policy/usage', name: 'team without policy', fail: (s) => { delete s.policy; }, pass: (s) => { delete s.policy; s.organization.team_size = 1; }, paths: [['organization', 'team_size']] },
  { rule: 'policy/usage', name: 'policy without rules', fail: (s) => { s.policy = { disclosure: '#pub' }; }, paths: [['policy']] },
  { rule: 'policy/disclosure', name: 'no disclosure', fail: (s) => { delete s.policy!.disclosure; }, paths: [['policy']], message: /#ad/ },
  { rule: 'calendar/key-date', name: 'a rule the calendar cannot read', fail: (s) => { s.calendar = { key_dates: [{ rule: 'second Sunday of May', name: 'Fête des Mères' }] }; }, pass: (s) => { s.calendar = { key_dates: [{ rule: '2nd sunday in May', name: 'Fête des Mères' }] }; }, paths: [['calendar', 'key_dates', 0, 'rule']] },
  { rule: 'calendar/key-date', name: 'no day, or both', fail: (s) => { s.calendar = { key_dates: [{ name: 'Sans jour' }, { date: '2027-02-14', rule: '02-14', name: 'Les deux' }] }; }, paths: [['calendar', 'key_dates', 0], ['calendar', 'key_dates', 1, 'rule']] },
  { rule: 'calendar/key-date', name: 'unknown pillars', fail: (s) => { s.calendar = { key_dates: [{ date: '2027-02-14', name: 'Saint-Valentin', pillar: 'promo', blackout_pillars: ['offres', 'soldes'] }] }; }, pass: (s) => { s.calendar = { key_dates: [{ date: '2027-02-14', name: 'Saint-Valentin', pillar: 'offres', blackout_pillars: ['coulisses'] }] }; }, paths: [['calendar', 'key_dates', 0, 'pillar'], ['calendar', 'key_dates', 0, 'blackout_pillars', 1]] },
  { rule: 'calendar/promo-on-blackout', name: 'a key date pins promotion on a day it blacks out', fail: (s) => { s.calendar = { key_dates: [{ rule: '12-25', name: 'Noël', pillar: 'offres', blackout_pillars: ['offres'] }] }; }, pass: (s) => { s.calendar = { key_dates: [{ rule: '12-25', name: 'Noël', blackout_pillars: ['offres'] }] }; }, paths: [['calendar', 'key_dates', 0, 'blackout_pillars']], message: /2026-12-25 \(Noël\)/ },
  { rule: 'calendar/promo-on-blackout', name: 'only promotional pillars', fail: (s) => { s.editorial_line.pillars = [{ id: 'offres', name: 'Offres', share: 100, purpose: 'promote' }]; s.calendar = { key_dates: [{ date: '2026-12-25', name: 'Noël', blackout_pillars: ['offres'] }] }; }, paths: [['calendar', 'key_dates', 0, 'blackout_pillars']] },
  { rule: 'calendar/key-dates-unplanned', name: 'no post on or just before a key date', fail: (s) => { for (const p of s.platforms) p.cadence = { posts: 1, per: 'week', days: ['tue'] }; s.calendar = { key_dates: [{ date: '2027-01-16', name: 'Brunch', pillar: 'quartier' }] }; }, pass: (s) => { s.calendar = { key_dates: [{ date: '2027-01-16', name: 'Brunch', pillar: 'quartier' }] }; }, paths: [['calendar', 'key_dates', 0]], message: /Brunch \(2027-01-16\)/ },
  { rule: 'language/quebec-french', name: 'English in Québec', fail: (s) => { s.organization.language = 'en'; }, pass: (s) => { s.organization.language = 'en'; s.organization.region = 'CA-ON'; }, paths: [['organization', 'language']] },
  // Consistency rules: two sections read against each other.
  { rule: 'consistency/target-direction', name: 'baseline and target swapped', fail: (s) => { s.objectives![0]!.baseline = 1200; s.objectives![0]!.target = 150; }, pass: (s) => { s.objectives![0]!.target = 2000; }, paths: [['objectives', 0, 'target']], message: /below its baseline of 1,200/ },
  { rule: 'consistency/target-direction', name: 'target equal to the baseline', fail: (s) => { s.objectives![0]!.target = 150; }, paths: [['objectives', 0, 'target']], message: /same target as its baseline \(150\)/ },
  {
    rule: 'consistency/target-direction', name: 'a response time that would get slower',
    fail: (s) => { s.objectives!.push({ id: 'support', statement: 'Répondre vite', type: 'customer-care', kpi: 'délai médian de première réponse', unit: 'heures ouvrables', baseline: 2, target: 11 }); },
    pass: (s) => { s.objectives!.push({ id: 'days', statement: 'Plus de journées', type: 'conversion', kpi: 'journées de bénévolat réservées', unit: 'team days', baseline: 4, target: 12 }); },
    paths: [['objectives', 1, 'target']], message: /above its baseline of 2/,
  },
  { rule: 'consistency/growth-pace', name: 'a small base is not checked', fail: (s) => { s.objectives![0]!.baseline = 100; s.objectives![0]!.target = 1001; }, pass: (s) => { s.objectives![0]!.baseline = 20; s.objectives![0]!.target = 300; }, paths: [['objectives', 0, 'target']], message: /10\.0? times|10 times/ },
  { rule: 'consistency/growth-pace', name: 'an audience multiplied in two weeks', fail: (s) => { Object.assign(s.objectives![0]!, { kpi: 'Instagram followers', baseline: 1000, target: 9000, deadline: '2026-12-10' }); }, pass: (s) => { Object.assign(s.objectives![0]!, { kpi: 'Instagram followers', baseline: 1000, target: 9000, deadline: '2028-05-26' }); }, paths: [['objectives', 0, 'target']], message: /aims at 9,000 from 1,000 by 2026-12-10: 800% more every month for 1 month\. / },
  { rule: 'consistency/growth-pace', name: 'a small base grows in bursts', fail: (s) => { Object.assign(s.objectives![0]!, { kpi: 'abonnés Instagram', baseline: 1000, target: 2000, deadline: '2027-02-26' }); }, pass: (s) => { Object.assign(s.objectives![0]!, { kpi: 'abonnés Instagram', baseline: 150, target: 1200, deadline: '2027-02-26' }); }, paths: [['objectives', 0, 'target']], message: /26% more every month for 3 months/ },
  { rule: 'consistency/growth-pace', name: 'the pace is for audience counts', fail: (s) => { Object.assign(s.objectives![0]!, { kpi: 'page fans', baseline: 2400, target: 9000, deadline: '2027-02-26' }); }, pass: (s) => { Object.assign(s.objectives![0]!, { kpi: 'portée mensuelle', baseline: 2400, target: 9000, deadline: '2027-02-26' }); }, paths: [['objectives', 0, 'target']], message: /55% more every month/ },
  { rule: 'consistency/growth-pace', name: 'an extra zero', fail: (s) => { s.objectives![0]!.target = 12000; }, pass: (s) => { s.objectives![0]!.target = 1500; }, paths: [['objectives', 0, 'target']], message: /80 times its baseline of 150/ },
  { rule: 'consistency/deadline-horizon', name: 'a deadline 19 months away', fail: (s) => { s.objectives![0]!.deadline = '2028-06-30'; }, pass: (s) => { s.objectives![0]!.deadline = '2028-05-20'; }, paths: [['objectives', 0, 'deadline']], message: /19\.1 months away/ },
  { rule: 'consistency/review-date', name: 'a review seven months away', fail: (s) => { s.organization.review_by = '2027-06-30'; }, pass: (s) => { s.organization.review_by = '2027-05-20'; }, paths: [['organization', 'review_by']], message: /2027-02-26 or earlier/ },
  {
    rule: 'consistency/review-date', name: 'a review long after the last objective ends',
    fail: (s) => { s.objectives![0]!.deadline = '2026-12-15'; s.organization.review_by = '2027-05-01'; },
    pass: (s) => { s.objectives![0]!.deadline = '2026-12-15'; s.organization.review_by = '2027-03-10'; },
    paths: [['organization', 'review_by']], message: /Every objective ends by 2026-12-15/,
  },
  { rule: 'consistency/cadence-days', name: 'three posts on two days', fail: (s) => { s.platforms[0]!.cadence = { posts: 3, per: 'week', days: ['tue', 'thu'] }; }, pass: (s) => { s.platforms[0]!.cadence!.days = ['tue', 'thu', 'sat', 'sun']; }, paths: [['platforms', 0, 'cadence', 'days']], message: /3 posts a week on 2 days \(Tuesday and Thursday\)/ },
  { rule: 'consistency/cadence-days', name: 'eight posts on four days is two a day', fail: (s) => { s.platforms[0]!.cadence = { posts: 7, per: 'week', days: ['mon', 'tue', 'wed', 'thu'] }; }, pass: (s) => { s.platforms[0]!.cadence = { posts: 8, per: 'week', days: ['mon', 'tue', 'wed', 'thu'] }; }, paths: [['platforms', 0, 'cadence', 'days']], message: /7 posts a week on 4 days/ },
  { rule: 'consistency/cadence-days', name: 'fewer posts than days is "any of these days"', fail: (s) => { s.platforms[0]!.cadence = { posts: 13, per: 'week', days: ['mon', 'fri'] }; }, pass: (s) => { s.platforms[0]!.cadence = { posts: 3, per: 'week', days: ['mon', 'wed', 'fri', 'sat'] }; }, paths: [['platforms', 0, 'cadence', 'days']], message: /13 posts a week on 2 days.*more than 5 a day/ },
  { rule: 'consistency/cadence-days', name: 'an even cadence beyond five a day', fail: (s) => { s.platforms[0]!.cadence = { posts: 12, per: 'week', days: ['sat', 'sun'] }; }, pass: (s) => { s.platforms[0]!.cadence = { posts: 10, per: 'week', days: ['sat', 'sun'] }; }, paths: [['platforms', 0, 'cadence', 'days']], message: /12 posts a week on 2 days.*more than 5 a day/ },
  {
    rule: 'consistency/unwatched-posts', name: 'a Saturday post with weekday hours',
    fail: (s) => { s.community!.hours = { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }; s.platforms[0]!.cadence!.days = ['tue', 'sat']; s.platforms[0]!.cadence!.posts = 2; },
    pass: (s) => { s.community!.hours = { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }; s.platforms[0]!.cadence!.days = ['tue', 'fri']; s.platforms[0]!.cadence!.posts = 2; },
    paths: [['platforms', 0, 'cadence', 'days', 1]], message: /posts on Saturday.*up to 48 hours, longer than the 4h promised/,
  },
  {
    rule: 'consistency/unwatched-posts', name: 'a 6:00 post three hours before the desk opens',
    fail: (s) => { s.community!.hours = { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }; s.community!.response_time = '2h'; s.platforms[0]!.cadence = { posts: 1, per: 'week', days: ['tue'], time: '06:00' }; },
    pass: (s) => { s.community!.hours = { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }; s.community!.response_time = '2h'; s.platforms[0]!.cadence = { posts: 1, per: 'week', days: ['tue'], time: '07:30' }; },
    paths: [['platforms', 0, 'cadence', 'time']], message: /posts at 06:00, outside community hours \(09:00–17:00\): a comment waits up to 3 hours/,
  },
  {
    rule: 'consistency/unwatched-posts', name: 'a daily cadence with no weekend duty (overnight hours wrap)',
    fail: (s) => { s.community!.hours = { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '18:00', end: '02:00' }; s.platforms[0]!.cadence = { posts: 1, per: 'day', time: '20:00' }; },
    pass: (s) => { s.community!.hours = { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '18:00', end: '02:00' }; s.platforms[0]!.cadence = { posts: 1, per: 'day', time: '01:00' }; },
    paths: [['platforms', 0, 'cadence', 'per']], message: /Saturday and Sunday/,
  },
  { rule: 'consistency/team-size', name: 'three managers for a team of two', fail: (s) => { s.community!.managers = ['Julie Tremblay', 'Marc Gagnon', 'Léa Roy']; }, pass: (s) => { s.community!.managers = ['Julie Tremblay', 'Marc Gagnon']; s.platforms[0]!.owner = 'julie  tremblay, propriétaire'; }, paths: [['organization', 'team_size']], message: /names 3 people.*Julie Tremblay, Marc Gagnon, and Léa Roy/ },
  {
    rule: 'consistency/primary-without-objective', name: 'a second primary no objective names',
    fail: (s) => { s.platforms[1]!.role = 'primary'; s.objectives![0]!.platforms = ['instagram']; },
    pass: (s) => { s.platforms[1]!.role = 'primary'; s.objectives![0]!.platforms = ['instagram', 'facebook']; },
    paths: [['platforms', 1, 'role']], message: /Facebook is a primary platform/,
  },
  {
    rule: 'consistency/objective-on-listening', name: 'awareness pursued on a listening platform',
    fail: (s) => { s.platforms.push({ id: 'x', role: 'listening' }); s.objectives![0]!.platforms = ['instagram', 'x']; },
    pass: (s) => { s.platforms.push({ id: 'x', role: 'listening' }); s.objectives![0]!.platforms = ['x']; s.objectives![0]!.type = 'customer-care'; },
    paths: [['objectives', 0, 'platforms', 1]], message: /pursued on X \(Twitter\), which has `role: listening`/,
  },
  { rule: 'consistency/crisis-levels', name: 'a missing level 2', fail: (s) => { s.crisis!.tiers!.push({ level: 3, trigger: 'Les médias' }); }, pass: (s) => { s.crisis!.tiers!.push({ level: 2, trigger: 'Les médias' }); }, paths: [['crisis', 'tiers', 1, 'level']], message: /no level 2/ },
  { rule: 'consistency/crisis-levels', name: 'the same level twice', fail: (s) => { s.crisis!.tiers!.push({ level: 1, trigger: 'Les médias' }); }, paths: [['crisis', 'tiers', 1, 'level']], message: /Two crisis tiers have level 1/ },
  { rule: 'consistency/crisis-levels', name: 'tiers listed from the worst', fail: (s) => { s.crisis!.tiers!.unshift({ level: 2, trigger: 'Les médias' }); }, paths: [['crisis', 'tiers', 1, 'level']], message: /level 1 comes after level 2/ },
  { rule: 'consistency/crisis-levels', name: 'no level 1', fail: (s) => { s.crisis!.tiers![0]!.level = 2; }, paths: [['crisis', 'tiers', 0, 'level']], message: /lightest crisis tier is level 2/ },
  {
    rule: 'consistency/crisis-response-order', name: 'a worse tier answered more slowly',
    fail: (s) => { s.crisis!.tiers![0]!.respond_within = '1h'; s.crisis!.tiers!.push({ level: 2, trigger: 'Les médias', respond_within: '90m' }); },
    pass: (s) => { s.crisis!.tiers![0]!.respond_within = '1h'; s.crisis!.tiers!.push({ level: 2, trigger: 'Les médias', respond_within: '60m' }); },
    paths: [['crisis', 'tiers', 1, 'respond_within']], message: /tier 2 answers within 90m, more slowly than tier 1 \(1h\)/,
  },
  { rule: 'consistency/crisis-response-order', name: 'a crisis answered more slowly than a comment', fail: (s) => { s.crisis!.tiers![0]!.respond_within = '1d'; }, pass: (s) => { s.crisis!.tiers![0]!.respond_within = '4h'; }, paths: [['crisis', 'tiers', 0, 'respond_within']], message: /`community.response_time`: 4h/ },
  {
    rule: 'consistency/crisis-escalation', name: 'the worse tier approved outside the crisis approvers',
    fail: (s) => { s.community!.managers = ['Marc Gagnon']; s.crisis!.approvers = ['Julie Tremblay']; s.crisis!.tiers![0]!.approver = 'Julie Tremblay'; s.crisis!.tiers!.push({ level: 2, trigger: 'Les médias', approver: 'Marc Gagnon' }); },
    pass: (s) => { s.crisis!.approvers = ['Julie Tremblay']; s.crisis!.tiers![0]!.approver = 'Marc Gagnon'; s.crisis!.tiers!.push({ level: 2, trigger: 'Les médias', approver: 'Julie Tremblay' }); },
    paths: [['crisis', 'tiers', 1, 'approver']], message: /tier 2 is approved by Marc Gagnon.*tier 1 goes to Julie Tremblay/,
  },
  {
    rule: 'consistency/crisis-people', name: 'two approvers in one field, one misspelt',
    fail: (s) => { s.crisis!.tiers![0]!.approver = 'Julie Tremblay et Marc Gagon'; },
    pass: (s) => { s.crisis!.tiers![0]!.approver = 'Julie Tremblay et Marc Gagnon'; },
    paths: [['crisis', 'tiers', 0, 'approver']], message: /^Marc Gagon approves crisis tier 1.*Did you mean Marc Gagnon\?/,
  },
  {
    rule: 'consistency/crisis-people', name: 'an approving body or role is not a typo',
    fail: (s) => { s.crisis!.tiers![0]!.approver = 'Julie Tremblai'; },
    pass: (s) => { s.crisis!.tiers!.push({ level: 2, trigger: 'Les médias', approver: "Conseil d'administration" }, { level: 3, trigger: 'Un rappel', approver: 'Board' }, { level: 4, trigger: 'Un procès', approver: 'Comité de direction et Direction générale' }, { level: 5, trigger: 'Une fuite', approver: 'Head of Communications / Executive team' }, { level: 6, trigger: 'Un décès', approver: 'Léa Roy' }); },
    paths: [['crisis', 'tiers', 0, 'approver']], message: /^Julie Tremblai approves crisis tier 1.*Did you mean Julie Tremblay\?/,
  },
  {
    rule: 'consistency/crisis-people', name: 'a misspelt approver',
    fail: (s) => { s.crisis!.tiers![0]!.approver = 'Marc Gagon'; },
    pass: (s) => { s.crisis!.tiers![0]!.approver = 'Lucia Fernandez (relève)'; s.community!.managers = ['Lucía Fernández']; },
    paths: [['crisis', 'tiers', 0, 'approver']], message: /Marc Gagon approves crisis tier 1.*Did you mean Marc Gagnon\?/,
  },
  { rule: 'consistency/crisis-people', name: 'a spokesperson the plan names nowhere else', fail: (s) => { s.crisis!.spokesperson = 'Sophie Roy'; }, pass: (s) => { s.crisis!.spokesperson = 'Marc Gagnon, propriétaire'; }, paths: [['crisis', 'spokesperson']], message: /^The spokesperson Sophie Roy appears nowhere else in the plan: not an owner/ },
  { rule: 'consistency/crisis-people', name: 'a misspelt spokesperson', fail: (s) => { s.crisis!.spokesperson = 'Julie Tremblai'; }, pass: (s) => { s.crisis!.spokesperson = 'Direction des communications'; }, paths: [['crisis', 'spokesperson']], message: /^The spokesperson Julie Tremblai .*Did you mean Julie Tremblay\?/ },
  { rule: 'consistency/crisis-after-hours', name: 'a one-hour crisis tier, office hours, nobody on call', fail: (s) => { s.community!.hours = { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '18:00' }; s.crisis!.tiers![0]!.respond_within = '4h'; s.crisis!.tiers!.push({ level: 2, trigger: 'Les médias', respond_within: '30m', approver: 'Julie Tremblay' }); }, pass: (s) => { s.community!.hours = { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '18:00' }; s.crisis!.tiers!.push({ level: 2, trigger: 'Les médias', respond_within: '30m', approver: 'Julie Tremblay' }); s.community!.escalation = 'Julie Tremblay (de garde le soir et la fin de semaine)'; }, paths: [['crisis', 'tiers', 1, 'respond_within']], message: /^Crisis tier 2 is answered within 30 minutes, but the community goes unwatched for up to 62 hours in a row.*plan-disable-next-line consistency\/crisis-after-hours/ },
  { rule: 'consistency/crisis-after-hours', name: 'a crisis tier slower than the night', fail: (s) => { s.community!.hours = { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '08:00', end: '20:00' }; s.crisis!.tiers![0]!.respond_within = '2h'; }, pass: (s) => { s.community!.hours = { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '08:00', end: '20:00' }; s.crisis!.tiers![0]!.respond_within = '1d'; }, paths: [['crisis', 'tiers', 0, 'respond_within']], message: /up to 12 hours in a row/ },
  { rule: 'consistency/rehearsal-date', name: 'a rehearsal in the future', fail: (s) => { s.crisis!.rehearsed_on = '2027-01-15'; }, pass: (s) => { s.crisis!.rehearsed_on = '2026-11-26'; }, paths: [['crisis', 'rehearsed_on']], message: /has not come yet/ },
  { rule: 'consistency/rehearsal-date', name: 'a rehearsal a year ago', fail: (s) => { s.crisis!.rehearsed_on = '2025-11-20'; }, pass: (s) => { s.crisis!.rehearsed_on = '2025-11-27'; }, paths: [['crisis', 'rehearsed_on']], message: /12 months ago/ },
  {
    rule: 'consistency/role-cadence', name: 'a secondary platform busier than the primary',
    fail: (s) => { s.platforms[1]!.cadence = { posts: 1, per: 'day' }; },
    pass: (s) => { s.platforms[1]!.cadence = { posts: 2, per: 'week' }; },
    paths: [['platforms', 1, 'cadence', 'posts']], message: /Facebook is secondary, yet it gets 7 posts a week, 7 times the low end recommended there \(1 a week\), while Instagram, the busiest primary platform, gets 4 a week \(3 recommended at least\)/,
  },
  { rule: 'consistency/role-cadence', name: 'a listening platform fed hard', fail: (s) => { s.platforms.push({ id: 'x', role: 'listening', cadence: { posts: 5, per: 'day' } }); }, pass: (s) => { s.platforms.push({ id: 'x', role: 'listening', cadence: { posts: 1, per: 'day' } }); }, paths: [['platforms', 2, 'cadence', 'posts']], message: /X \(Twitter\) is a listening platform/ },
  { rule: 'consistency/role-cadence', name: 'platforms compared by their own norms', fail: (s) => { s.platforms[0]!.id = 'youtube'; s.platforms[0]!.cadence = { posts: 1, per: 'week' }; s.platforms[1]!.cadence = { posts: 3, per: 'week' }; }, pass: (s) => { s.platforms[0]!.id = 'youtube'; s.platforms[0]!.cadence = { posts: 1, per: 'week' }; s.platforms[1]!.id = 'x'; s.platforms[1]!.cadence = { posts: 5, per: 'week' }; }, paths: [['platforms', 1, 'cadence', 'posts']], message: /3 times the low end/ },
  {
    rule: 'consistency/objective-pillar', name: 'a conversion objective with no promote pillar',
    fail: (s) => { s.objectives![0]!.type = 'conversion'; s.editorial_line.pillars![2]!.purpose = 'inspire'; },
    pass: (s) => { s.objectives![0]!.type = 'conversion'; },
    paths: [['objectives', 0, 'type']], message: /no pillar has `purpose: promote`/,
  },
  { rule: 'consistency/objective-pillar', name: 'a community objective with no community pillar', fail: (s) => { s.objectives![0]!.type = 'community'; s.editorial_line.pillars![1]!.purpose = 'inform'; }, pass: (s) => { s.objectives![0]!.type = 'community'; }, paths: [['objectives', 0, 'type']], message: /no pillar has `purpose: community`/ },
  {
    rule: 'consistency/care-target-promise', name: 'a response-time goal slower than the promise',
    fail: (s) => { s.objectives!.push({ id: 'service', statement: 'Répondre vite', type: 'customer-care', kpi: 'délai médian', unit: 'business hours', baseline: 8, target: 6 }); },
    pass: (s) => { s.objectives!.push({ id: 'service', statement: 'Répondre vite', type: 'customer-care', kpi: 'délai médian', unit: 'min', baseline: 480, target: 240 }); },
    paths: [['objectives', 1, 'target']], message: /a response time of 6 business hours, slower than the 4h the plan already promises/,
  },
  {
    rule: 'consistency/unwatched-posts', name: 'hours without days are every day',
    fail: (s) => { s.community!.hours = { start: '09:00', end: '17:00' }; s.community!.response_time = '2h'; s.platforms[0]!.cadence = { posts: 4, per: 'week', time: '05:00' }; },
    pass: (s) => { s.community!.hours = { start: '09:00', end: '17:00' }; s.community!.response_time = '2h'; s.platforms[0]!.cadence = { posts: 4, per: 'week', days: ['sat', 'sun', 'mon', 'tue'], time: '16:00' }; },
    paths: [['platforms', 0, 'cadence', 'time']], message: /posts at 05:00, outside community hours \(09:00–17:00\): a comment waits up to 4 hours/,
  },
  { rule: 'consistency/address-audience', name: '"tu" to retirees', fail: (s) => { s.audiences[1]!.age = { min: 60, max: 85 }; }, pass: (s) => { s.audiences[1]!.age = { min: 60, max: 85 }; s.editorial_line.tone.address = 'vous'; }, paths: [['audiences', 1, 'age', 'min']], message: /persona `familles` \(60–85 years old\) is not a young audience/ },
];

describe('the base strategy', () => {
  it('passes every semantic rule', () => {
    for (const rule of RULES) expect(run(rule, base()), rule.id).toEqual([]);
  });
});

describe.each(CASES)('$rule: $name', ({ rule: id, fail, pass, paths, message }) => {
  const rule = findRule(id)!;

  it('is registered', () => expect(rule).toBeDefined());

  it('fires at the place to change', () => {
    const strategy = base();
    fail(strategy);
    const hits = run(rule, strategy);
    expect(hits.map((h) => h.path)).toEqual(paths);
    if (message) expect(hits.map((h) => h.message).join('\n')).toMatch(message);
    for (const hit of hits) expect(hit.message).not.toMatch(/\{\w+\}/);
    const fr = run(rule, strategy, 'fr');
    expect(fr.length).toBe(hits.length);
    expect(fr[0]!.message).not.toBe(hits[0]!.message);
  });

  if (pass) {
    it('stays quiet on the nearby passing strategy', () => {
      const strategy = base();
      pass(strategy);
      expect(run(rule, strategy)).toEqual([]);
    });
  }
});

describe.each(RULES.filter((r) => r.category !== 'refs').map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it('has a rationale, a fix and examples that pass and fail, in both languages', () => {
    expect(rule.examples).toBeDefined();
    for (const examples of [rule.examples!, rule.examples!.fr ?? rule.examples!]) {
      const pass = parse(examples.pass) as unknown;
      const fail = parse(examples.fail) as unknown;
      expect(run(rule, pass)).toEqual([]);
      expect(run(rule, fail).length).toBeGreaterThan(0);
    }
  });

  it('has French examples that pass and fail the same way, when it gives them', () => {
    if (!rule.examples?.fr) return;
    expect(rule.examples.fr.pass).not.toBe(rule.examples.pass);
    expect(run(rule, parse(rule.examples.fr.pass) as unknown)).toEqual([]);
    expect(run(rule, parse(rule.examples.fr.fail) as unknown).length).toBeGreaterThan(0);
  });

  it('is covered by a table case', () => {
    expect(CASES.some((c) => c.rule === rule.id)).toBe(true);
  });
});

describe('docs/rules.md', () => {
  it('documents every rule with its default severity', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'rules.md'), 'utf8');
    for (const rule of RULES.filter((r) => r.category !== 'refs')) {
      expect(doc, rule.id).toMatch(new RegExp(`\\| \`${rule.id}\` \\| ${rule.severity} \\|`));
    }
  });

  it('gives every rule a heading that is exactly its id (SARIF helpUri links to it)', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'rules.md'), 'utf8');
    const headings = new Set([...doc.matchAll(/^### (.+)$/gm)].map((m) => m[1]));
    for (const rule of RULES) expect(headings.has(rule.id), rule.id).toBe(true);
  });
});

describe('audience rules on the ages the lead tried by hand', () => {
  const audienceRules = RULES.filter((r) => r.category === 'audience');
  const ids = (strategy: Strategy) => audienceRules.flatMap((rule) => run(rule, strategy).map(() => rule.id)).sort();

  it.each([
    ['65–90 on TikTok only', { min: 65, max: 90 }, 'tiktok', 'US', ['audience/no-age-data']],
    ['65–90 on Instagram only', { min: 65, max: 90 }, 'instagram', 'US', ['audience/platform-fit']],
    ['13–17 on Instagram', { min: 13, max: 17 }, 'instagram', 'US', ['audience/minors']],
    ['15–25 on Instagram', { min: 15, max: 25 }, 'instagram', 'US', ['audience/minors']],
    ['15–25 on Snapchat in Québec', { min: 15, max: 25 }, 'snapchat', 'CA-QC', ['audience/minors']],
    ['65–90 on Facebook', { min: 65, max: 90 }, 'facebook', 'CA-QC', []],
    ['35–55 on YouTube', { min: 35, max: 55 }, 'youtube', 'US', []],
    // Between Instagram's 18–29 and 65+ figures, its all-adults figure is a fair guess.
    ['40–54 on Instagram', { min: 40, max: 54 }, 'instagram', 'US', []],
    ['40–54 on Instagram in Québec', { min: 40, max: 54 }, 'instagram', 'CA-QC', []],
    ['35–55 on TikTok', { min: 35, max: 55 }, 'tiktok', 'US', ['audience/no-age-data']],
    ['18–29 on TikTok', { min: 18, max: 29 }, 'tiktok', 'US', []],
  ] as const)('%s', (_name, age, platform, region, expected) => {
    const strategy = base();
    strategy.organization.region = region;
    strategy.audiences[0]!.age = { ...age };
    strategy.platforms[0]!.id = platform;
    expect(ids(strategy)).toEqual(expected);
  });
});

describe('counts in rule messages agree with their nouns', () => {
  const message = (id: string, edit: (s: Strategy) => void, lang: 'en' | 'fr') => {
    const strategy = base();
    edit(strategy);
    return run(findRule(id)!, strategy, lang).map((h) => h.message).join('\n');
  };
  const promo21 = (s: Strategy) => { s.editorial_line.pillars![2]!.share = 21; s.editorial_line.pillars![0]!.share = 49; };
  const pillars101 = (s: Strategy) => { s.editorial_line.pillars![0]!.share = 51; };
  const oneHour = (s: Strategy) => { s.organization.hours_per_week = 1; };

  it.each([
    ['editorial/promo-share', promo21, 'en', /Move 1 point from/],
    ['editorial/promo-share', promo21, 'fr', /Déplacez 1 point de/],
    ['refs/pillar-shares', pillars101, 'en', /Take 1 point off/],
    ['refs/pillar-shares', pillars101, 'fr', /Retirez 1 point à/],
    ['platforms/overreach', oneHour, 'en', /with 1 hour a week, about 9 minutes per post/],
    ['platforms/overreach', oneHour, 'fr', /avec 1 heure par semaine, soit environ 9 minutes par publication/],
  ] as const)('%s in %s', (id, edit, lang, expected) => {
    expect(message(id, edit, lang)).toMatch(expected);
  });
});

describe('rules on something that is not a strategy yet', () => {
  it.each([{ version: 1 }, { name: 'CI', on: { push: null }, jobs: {} }, { organization: 'x' }])('report nothing missing on %j', (data) => {
    const hits = RULES.filter((r) => r.category !== 'refs').flatMap((rule) => run(rule, data).map(() => rule.id));
    expect(hits).toEqual([]);
  });
});

describe('consistency/crisis-people tells people from bodies and roles', () => {
  const rule = findRule('consistency/crisis-people')!;
  const check = (spokesperson: string) => { const s = base(); s.crisis!.spokesperson = spokesperson; return rule.check(s, { t: translator(rule.messages, 'en'), lang: 'en', now: NOW }).length; };
  it.each(['Sophie Roy', 'Marie-Ève Lévesque', 'Jean de la Fontaine', 'Dana Whitfield, executive director', "Liam O'Neil"])('%s is a person', (name) => expect(check(name)).toBe(1));
  it.each(['Board', "Conseil d'administration", 'Direction générale', 'Comité de direction', 'Executive Team', 'Head of Communications', 'Service des communications', 'Équipe Web', 'CEO'])('%s is a body or a role', (name) => expect(check(name)).toBe(0));
});

describe('consistency/crisis-after-hours in French', () => {
  it('writes durations in words with a decimal comma, and reads well', () => {
    const rule = findRule('consistency/crisis-after-hours')!;
    const s = base();
    s.community!.hours = { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], start: '08:30', end: '19:00' };
    s.crisis!.tiers![0]!.respond_within = '1h';
    const [hit] = run(rule, s, 'fr');
    expect(hit?.message).toMatch(/^Le niveau de crise 1 est traité en 1\u00a0heure, mais la communauté reste sans veille jusqu’à 37,5\u00a0heures d’affilée /);
    expect(hit?.message).not.toMatch(/1h|pendant jusqu/);
  });
});
