// The consistency rules on the four good examples: silent on each as written, and each one fires
// when the example gets the one cross-section mistake it is about (the way a reviewer breaks a plan).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { translator } from '../../../src/i18n/index.js';
import { findRule, RULES } from '../../../src/rules/index.js';
import type { Strategy } from '../../../src/strategy/types.js';

const NOW = new Date('2026-11-26T12:00:00Z');
const DIR = join(import.meta.dirname, '..', '..', '..', 'examples');
const EXAMPLES = readdirSync(DIR).filter((f) => f.endsWith('.strategy.yaml')).sort();
const load = (file: string) => parse(readFileSync(join(DIR, file), 'utf8')) as Strategy;
const CONSISTENCY = RULES.filter((r) => r.category === 'consistency');

function hits(id: string, strategy: Strategy) {
  const rule = findRule(id)!;
  return rule.check(strategy, { t: translator(rule.messages, 'en'), lang: 'en', now: NOW });
}

type Mistake = [rule: string, what: string, apply: (s: Strategy) => void];
const MISTAKES: Mistake[] = [
  ['consistency/target-direction', 'baseline and target swapped', (s) => { const o = s.objectives![0]!; [o.baseline, o.target] = [o.target, o.baseline]; }],
  ['consistency/target-direction', 'target copied from the baseline', (s) => { s.objectives![0]!.target = s.objectives![0]!.baseline; }],
  ['consistency/growth-pace', 'a target twenty times its baseline', (s) => { const o = s.objectives![0]!; o.baseline = Math.max(o.baseline as number, 100); o.target = o.baseline * 20; }],
  ['consistency/deadline-horizon', 'a deadline three years out', (s) => { s.objectives![0]!.deadline = '2029-12-31'; }],
  ['consistency/review-date', 'the next review in two years', (s) => { s.organization.review_by = '2028-11-30'; }],
  ['consistency/cadence-days', 'a day dropped from a weekly cadence', (s) => { s.platforms.find((p) => (p.cadence?.days?.length ?? 0) > 1)!.cadence!.days!.pop(); }],
  ['consistency/unwatched-posts', 'a post day dropped from community hours', (s) => { const day = s.platforms.find((p) => p.cadence?.days?.length)!.cadence!.days![0]!; s.community!.hours!.days = s.community!.hours!.days!.filter((d) => d !== day); }],
  ['consistency/team-size', 'two more community managers', (s) => { s.community!.managers!.push('Alex Nouveau', 'Sam Autre'); }],
  ['consistency/primary-without-objective', 'the primary platform dropped from every objective', (s) => { const id = s.platforms.find((p) => p.role === 'primary')!.id; for (const o of s.objectives!) o.platforms = (o.platforms ?? []).filter((p) => p !== id); s.objectives![0]!.platforms!.push(s.platforms.find((p) => p.id !== id)!.id); }],
  ['consistency/objective-on-listening', 'a listening platform in a growth objective', (s) => { if (!s.platforms.some((p) => p.role === 'listening')) s.platforms.push({ id: 'threads', role: 'listening' }); s.objectives!.find((o) => o.type !== 'customer-care')!.platforms!.push(s.platforms.find((p) => p.role === 'listening')!.id); }],
  ['consistency/crisis-levels', 'two tiers at level 1', (s) => { s.crisis!.tiers![1]!.level = 1; }],
  ['consistency/crisis-response-order', 'the worst tier answered in 12 hours', (s) => { s.crisis!.tiers!.at(-1)!.respond_within = '12h'; }],
  ['consistency/crisis-escalation', 'the worst tier approved by a manager outside the approvers', (s) => { const tiers = s.crisis!.tiers!; tiers[0]!.approver = s.crisis!.approvers![0]!; tiers.at(-1)!.approver = 'Zoé Remplaçante'; s.community!.managers!.push('Zoé Remplaçante'); s.organization.team_size = 9; }],
  ['consistency/crisis-people', 'a tier approver misspelt', (s) => { const tier = s.crisis!.tiers![0]!; tier.approver = tier.approver!.slice(0, -2) + tier.approver!.slice(-1); }],
  ['consistency/rehearsal-date', 'a rehearsal "on" a future date', (s) => { s.crisis!.rehearsed_on = '2027-02-15'; }],
  ['consistency/rehearsal-date', 'a rehearsal two years ago', (s) => { s.crisis!.rehearsed_on = '2024-09-01'; }],
  ['consistency/role-cadence', 'a secondary platform posting eight times a day', (s) => { const p = s.platforms.find((x) => x.role === 'secondary')!; p.cadence = { posts: 8, per: 'day' }; }],
  ['consistency/objective-pillar', 'no pillar asks people to act', (s) => { for (const p of s.editorial_line.pillars!) if (p.purpose === 'promote') p.purpose = 'inspire'; s.objectives![0]!.type = 'conversion'; }],
  ['consistency/care-target-promise', 'a response-time goal slower than the promise', (s) => { s.objectives!.push({ id: 'care', statement: 'Answer faster', type: 'customer-care', kpi: 'median response time', unit: 'hours', baseline: 30, target: 25 }); }],
  ['consistency/crisis-after-hours', 'office hours only and the on-call contact dropped', (s) => { s.community!.hours = { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '18:00' }; s.community!.escalation = 'Julie Tremblay'; s.crisis!.tiers!.at(-1)!.respond_within = '1h'; }],
  ['consistency/address-audience', '"tu" to a persona of retirees', (s) => { s.organization.language = 'fr'; s.editorial_line.tone.address = 'tu'; s.audiences[0]!.age = { min: 62, max: 85 }; }],
];

describe.each(EXAMPLES)('%s', (file) => {
  it('is consistent as written', () => {
    const strategy = load(file);
    expect(CONSISTENCY.flatMap((rule) => hits(rule.id, strategy).map((h) => `${rule.id}: ${h.message}`))).toEqual([]);
  });

  it.each(MISTAKES)('%s catches %s', (id, _what, apply) => {
    const strategy = load(file);
    apply(strategy);
    expect(hits(id, strategy).length).toBeGreaterThan(0);
  });
});

it('every consistency rule has a mistake here', () => {
  for (const rule of CONSISTENCY) expect(MISTAKES.some(([id]) => id === rule.id), rule.id).toBe(true);
});
