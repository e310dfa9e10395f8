// Every step, driven through the real Asker with a scripted prompter: no terminal involved.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { Asker, type Answers, type AskMode } from '../../../src/wizard/ask.js';
import { askOrganization } from '../../../src/wizard/steps/organization.js';
import { askPlatforms } from '../../../src/wizard/steps/platforms.js';
import { askAudiences } from '../../../src/wizard/steps/audience.js';
import { askEditorialLine } from '../../../src/wizard/steps/editorial-line.js';
import { askObjectives } from '../../../src/wizard/steps/objectives.js';
import { askCommunity } from '../../../src/wizard/steps/community.js';
import { askCrisis } from '../../../src/wizard/steps/crisis.js';
import { askPolicy } from '../../../src/wizard/steps/policy.js';
import { askMeasurement } from '../../../src/wizard/steps/measurement.js';
import type { BaseStrategy, StepContext } from '../../../src/wizard/types.js';
import type { PlatformEntry } from '../../../src/strategy/types.js';
import { flagOf } from '../../../src/commands/init/run.js';
import { DEFAULT, scripted, type Reply } from './scripted.js';

const NOW = new Date(Date.UTC(2026, 10, 26));

function context(script: [RegExp, Reply][], options: { mode?: AskMode; answers?: Record<string, unknown>; base?: BaseStrategy; lang?: 'en' | 'fr' } = {}) {
  const prompter = scripted(script);
  const answers: Answers = new Map(Object.entries(options.answers ?? {}));
  const ask = new Asker(options.mode ?? 'interactive', answers, prompter, options.lang ?? 'en', flagOf);
  const ctx: StepContext = { ask, base: options.base, now: NOW, folderName: 'cafe-boreal', env: { LANG: 'fr_CA.UTF-8' } };
  return { ctx, prompter, ask };
}

const PLATFORMS: PlatformEntry[] = [
  { id: 'instagram', role: 'primary' },
  { id: 'facebook', role: 'secondary' },
];

describe('step 1: organization', () => {
  it('asks the language first, then switches the questions to it', async () => {
    const { ctx, prompter } = context([
      [/Language of the plan/, 'fr'],
      [/Nom de l’organisation/, 'Café Boréal'],
      [/Secteur/, 'Café'],
      [/Région/, DEFAULT],
      [/Pourquoi ce plan/, 'product-launch'],
      [/responsable/, 'Julie'],
    ]);
    const org = await askOrganization(ctx);
    expect(org).toEqual({ name: 'Café Boréal', sector: 'Café', language: 'fr', region: 'CA-QC', context: 'product-launch', owner: 'Julie', review_by: '2027-02-26' });
    expect(prompter.remaining()).toBe(0);
    expect(prompter.notes.join()).toMatch(/Étape 1 sur 4 · L’organisation/);
  });

  it('does not ask what flags answered, and takes the folder name with --yes', async () => {
    const { ctx, prompter } = context([], { mode: 'defaults', answers: { lang: 'en', owner: 'Sam' } });
    const org = await askOrganization(ctx);
    expect(org).toMatchObject({ name: 'cafe-boreal', language: 'en', owner: 'Sam', context: 'ongoing-presence', region: 'CA-QC' });
    expect(prompter.asked).toEqual([]);
  });

  it('rejects a bad region from a flag, naming the flag', async () => {
    const { ctx } = context([], { mode: 'defaults', answers: { region: 'Quebec' } });
    await expect(askOrganization(ctx)).rejects.toThrow(UsageError);
    await expect(askOrganization(context([], { mode: 'defaults', answers: { region: 'Quebec' } }).ctx)).rejects.toThrow(/--region/);
  });

  it('keeps unasked fields of the base and its values as defaults', async () => {
    const base = { organization: { name: 'Old', language: 'fr', time_zone: 'America/Toronto', review_by: '2027-01-31', team_size: 2 } };
    const { ctx } = context([], { mode: 'defaults', base });
    const org = await askOrganization(ctx);
    expect(org).toMatchObject({ name: 'Old', language: 'fr', time_zone: 'America/Toronto', review_by: '2027-01-31', team_size: 2 });
  });
});

describe('step 2: platforms', () => {
  it('asks role, why, formats and cadence for each platform chosen', async () => {
    const { ctx, prompter } = context([
      [/Which platforms/, ['instagram', 'linkedin']],
      [/Instagram · role/, DEFAULT],
      [/Instagram · why/, 'Photos sell coffee'],
      [/Instagram · formats/, 'reels, stories'],
      [/Instagram · how often/, '4/week'],
      [/LinkedIn · role/, 'secondary'],
      [/LinkedIn · why/, ''],
      [/LinkedIn · formats/, DEFAULT],
      [/LinkedIn · how often/, DEFAULT],
    ]);
    const platforms = await askPlatforms(ctx, 'ongoing-presence');
    expect(platforms[0]).toEqual({ id: 'instagram', role: 'primary', rationale: 'Photos sell coffee', formats: ['reels', 'stories'], cadence: { posts: 4, per: 'week' } });
    expect(platforms[1]).toMatchObject({ id: 'linkedin', role: 'secondary' });
    expect(platforms[1]!.cadence!.posts).toBeGreaterThan(0);
    expect(platforms[1]!.rationale).toBeUndefined();
    expect(prompter.remaining()).toBe(0);
  });

  it('offers every catalogue platform with a one-line hint', async () => {
    let seen: unknown;
    const { ctx } = context([[/Which platforms/, ['tiktok']], [/role/, DEFAULT], [/why/, ''], [/formats/, DEFAULT], [/how often/, DEFAULT]]);
    const original = ctx.ask['prompter' as keyof typeof ctx.ask] as unknown as { checkbox: (q: { choices: unknown[] }) => Promise<string[]> };
    const checkbox = original.checkbox.bind(original);
    original.checkbox = async (q) => ((seen = q.choices), checkbox(q as never));
    await askPlatforms(ctx, 'ongoing-presence');
    const choices = seen as { value: string; description?: string }[];
    expect(choices.map((c) => c.value)).toEqual(expect.arrayContaining(['facebook', 'instagram', 'tiktok', 'linkedin', 'youtube']));
    expect(choices.every((c) => typeof c.description === 'string' && c.description.length > 0)).toBe(true);
  });

  it('takes --platforms, --role and --cadence', async () => {
    const { ctx } = context([], { mode: 'defaults', answers: { platforms: 'linkedin,youtube', 'youtube.role': 'listening', 'linkedin.cadence': '2/week' } });
    const platforms = await askPlatforms(ctx, 'ongoing-presence');
    expect(platforms.map((p) => [p.id, p.role, p.cadence])).toEqual([
      ['linkedin', 'primary', { posts: 2, per: 'week' }],
      ['youtube', 'listening', undefined],
    ]);
  });

  it('refuses an unknown platform or a bad cadence with the flag to fix', async () => {
    await expect(askPlatforms(context([], { mode: 'defaults', answers: { platforms: 'instagram,Myspace!' } }).ctx, 'event')).rejects.toThrow(/--platforms.*Myspace/i);
    await expect(askPlatforms(context([], { mode: 'defaults', answers: { platforms: 'instagram', 'instagram.cadence': 'often' } }).ctx, 'event')).rejects.toThrow(/--cadence/);
    await expect(askPlatforms(context([], { mode: 'defaults', answers: { platforms: '' } }).ctx, 'event')).rejects.toThrow(/at least 1/);
  });
});

describe('step 3: audiences', () => {
  it('asks each persona and which platforms reach it, and warns when the age band is poorly reached', async () => {
    const { ctx, prompter } = context([
      [/Persona 1/, 'Seniors'],
      [/Age range/, '65+'],
      [/live or work/, 'Québec'],
      [/care about/, 'music, games'],
      [/need from you/, ''],
      [/reach "Seniors"/, ['instagram']],
      [/another persona/, true],
      [/Persona 2/, 'Parents'],
      [/Age range/, '30-50'],
      [/live or work/, ''],
      [/care about/, ''],
      [/need from you/, 'hours'],
      [/reach "Parents"/, ['instagram', 'facebook']],
      [/another persona/, false],
    ]);
    const { audiences, reach } = await askAudiences(ctx, [{ id: 'facebook', role: 'primary' }, { id: 'linkedin', role: 'secondary' }].map((p) => (p.id === 'linkedin' ? { ...p, id: 'instagram' } : p)) as PlatformEntry[], 'CA-QC');
    expect(audiences).toEqual([
      { id: 'seniors', name: 'Seniors', age: { min: 65 }, locations: ['Québec'], interests: ['music', 'games'] },
      { id: 'parents', name: 'Parents', age: { min: 30, max: 50 }, needs: ['hours'] },
    ]);
    expect(reach).toEqual({ facebook: ['parents'], instagram: ['seniors', 'parents'] });
    // Instagram alone reaches people over 65 poorly: the wizard says so right away and names better ones.
    expect(prompter.notes.find((n) => n.includes('Seniors'))).toMatch(/⚠.*65\+.*better reach: .*Facebook/i);
    expect(prompter.notes.some((n) => n.includes('Parents') && n.includes('⚠'))).toBe(false);
  });

  it('takes --audience flags, reached by every platform unless @ says otherwise', async () => {
    const { ctx } = context([], { mode: 'defaults', answers: { audiences: ['Familles:25-44', 'Aînés:65+@facebook'] } });
    const { audiences, reach } = await askAudiences(ctx, PLATFORMS);
    expect(audiences.map((a) => a.id)).toEqual(['familles', 'aines']);
    expect(reach).toEqual({ instagram: ['familles'], facebook: ['familles', 'aines'] });
  });

  it('without a terminal, records the missing --audience', async () => {
    const { ctx, ask } = context([], { mode: 'collect' });
    const { audiences } = await askAudiences(ctx, PLATFORMS);
    expect(audiences).toHaveLength(1);
    expect(ask.missing).toContain('audiences');
  });
});

describe('step 4: editorial line', () => {
  it('uses tu/vous in French, warns about edgy humour and asks again on pillar sums', async () => {
    const { ctx, prompter } = context(
      [
        [/Positionnement/, 'Le café du coin'],
        [/Ton, en/, 'chaleureux, drôle'],
        [/Tutoiement/, 'tu'],
        [/Humour/, 'edgy'],
        [/Garder l’humour mordant/, false],
        [/Humour/, 'playful'],
        [/Émojis/, DEFAULT],
        [/Répartition/, 'custom'],
        [/Piliers/, 'Conseils 50, Coulisses 30, Offres 20'],
        [/Pilier 1 sur 3, «\u202fConseils\u202f»/, DEFAULT],
        [/Pilier 2 sur 3, «\u202fCoulisses\u202f»/, DEFAULT],
        [/Pilier 3 sur 3, «\u202fOffres\u202f»/, DEFAULT],
        [/À faire/, DEFAULT],
        [/À éviter/, 'Supprimer la critique'],
      ],
      { lang: 'fr' },
    );
    const line = await askEditorialLine(ctx, 'Café Boréal');
    expect(prompter.notes.join('\n')).toMatch(/virale pour les mauvaises raisons/);
    expect(line.tone).toEqual({ voice: ['chaleureux', 'drôle'], address: 'tu', humour: 'playful', emoji: 'sparing' });
    expect(line.pillars!.map((p) => [p.id, p.share, p.purpose])).toEqual([['conseils', 50, 'educate'], ['coulisses', 30, 'entertain'], ['offres', 20, 'promote']]);
    expect(line.dont).toEqual(['Supprimer la critique']);
    expect(line.do!.length).toBeGreaterThan(0);
  });

  it('does not accept pillars that do not sum to 100', async () => {
    const { ctx } = context([], { mode: 'defaults', answers: { pillars: 'Tips 60, Offers 30' } });
    await expect(askEditorialLine(ctx, 'X')).rejects.toThrow(/--pillars.*90/);
  });

  it.each(['80-20', 'thirds', '4-1-1'] as const)('preset %s gives pillars that sum to 100 with purposes', async (mix) => {
    const { ctx } = context([], { mode: 'defaults', answers: { mix } });
    const line = await askEditorialLine(ctx, 'X');
    expect(line.mix).toBe(mix);
    expect(line.pillars!.reduce((s, p) => s + p.share, 0)).toBe(100);
    expect(line.pillars!.some((p) => p.purpose === 'promote')).toBe(true);
    expect(line.tone.address).toBe('informal');
  });

  it('keeps an edgy answer from a flag, with a warning and sensitive topics to approve', async () => {
    const { ctx, prompter } = context([], { mode: 'defaults', answers: { humour: 'edgy' } });
    const line = await askEditorialLine(ctx, 'X');
    expect(line.tone.humour).toBe('edgy');
    expect(line.sensitive_topics!.length).toBeGreaterThan(0);
    expect(prompter.notes.join()).toMatch(/wrong reasons/);
  });
});

describe('the sections after step 3', () => {
  it('can each be skipped for now', async () => {
    const script: [RegExp, Reply][] = [[/Fill this section/, false]];
    expect(await askObjectives(context(script).ctx, PLATFORMS)).toBeUndefined();
    expect(await askCommunity(context(script).ctx, 'Sam')).toBeUndefined();
    expect(await askCrisis(context(script).ctx, 'Sam')).toBeUndefined();
    expect(await askPolicy(context(script).ctx)).toBeUndefined();
    expect(await askMeasurement(context(script).ctx, 'Sam')).toBeUndefined();
  });

  it('objectives: SMART questions, numbers kept as numbers', async () => {
    const { ctx, prompter } = context([
      [/Fill this section/, true],
      [/Objective 1/, 'More newsletter sign-ups'],
      [/Kind/, 'conversion'],
      [/KPI/, 'sign-ups'],
      [/Baseline/, '120'],
      [/Target/, '300'],
      [/Unit/, 'sign-ups'],
      [/Deadline/, '2027-06-30'],
      [/which platforms/i, ['instagram']],
      [/What will `plan report` follow/, DEFAULT],
      [/one number/, DEFAULT],
      [/Name of this metric/, 'newsletter-signups'],
      [/another objective/, false],
    ]);
    expect(await askObjectives(ctx, PLATFORMS)).toEqual([
      { id: 'more-newsletter-sign-ups', statement: 'More newsletter sign-ups', type: 'conversion', kpi: 'sign-ups', baseline: 120, target: 300, unit: 'sign-ups', deadline: '2027-06-30', platforms: ['instagram'], measure: { platform: 'instagram', metric: 'custom', aggregate: 'sum', name: 'newsletter-signups' } },
    ]);
    expect(prompter.remaining()).toBe(0);
  });

  it('objectives: the default statement gets a short id, an id the user wrote is kept', async () => {
    const fr = await askObjectives(context([], { mode: 'defaults', lang: 'fr' }).ctx, PLATFORMS);
    expect(fr?.[0]).toMatchObject({ id: 'batir-communaute-engagee', statement: 'Bâtir une communauté engagée autour de nos publications' });
    const en = await askObjectives(context([], { mode: 'defaults' }).ctx, PLATFORMS);
    expect(en?.[0]?.id).toBe('build-engaged-community-posts');
    const given = await askObjectives(context([], { mode: 'defaults', answers: { objectives: [{ id: 'q1-visits', statement: 'Plus de visites le samedi matin' }, 'Plus de visites le samedi matin'] } }).ctx, PLATFORMS);
    expect(given?.map((o) => o.id)).toEqual(['q1-visits', 'plus-visites-samedi-matin']);
  });

  it('objectives: --objective statements, and a bad answers-file entry names the key', async () => {
    expect(await askObjectives(context([], { mode: 'defaults', answers: { objectives: ['Grow', 'Grow'] } }).ctx, PLATFORMS)).toEqual([
      { id: 'grow', statement: 'Grow' },
      { id: 'grow-2', statement: 'Grow' },
    ]);
    await expect(askObjectives(context([], { mode: 'defaults', answers: { objectives: [{ statement: 'X', deadline: 'soon' }] } }).ctx, PLATFORMS)).rejects.toThrow(/--objective.*soon/);
  });

  it('objectives: a measure in the answers file or from --measure (which wins), checked against the platforms', async () => {
    const objectives = [{ id: 'visits', statement: 'More visits', kpi: 'visits', measure: { platform: 'instagram', metric: 'custom', name: 'visits', aggregate: 'sum' } }, 'Be known'];
    expect(await askObjectives(context([], { mode: 'defaults', answers: { objectives } }).ctx, PLATFORMS)).toEqual([
      { id: 'visits', statement: 'More visits', kpi: 'visits', measure: { platform: 'instagram', metric: 'custom', aggregate: 'sum', name: 'visits' } },
      { id: 'be-known', statement: 'Be known' },
    ]);
    const flagged = await askObjectives(context([], { mode: 'defaults', answers: { objectives, 'objective.1.measure': 'facebook/reach', 'measure.be-known': 'all/views' } }).ctx, PLATFORMS);
    expect(flagged?.map((o) => o.measure)).toEqual([{ platform: 'facebook', metric: 'reach', aggregate: 'sum' }, { platform: 'all', metric: 'views', aggregate: 'sum' }]);
    await expect(askObjectives(context([], { mode: 'defaults', answers: { objectives: [{ statement: 'X', measure: { platform: 'tiktok', metric: 'reach' } }] } }).ctx, PLATFORMS)).rejects.toThrow(/--objective.*"tiktok" is not a choice here\. Use one of: instagram, facebook, all/);
    await expect(askObjectives(context([], { mode: 'defaults', answers: { objectives: ['X'], 'objective.1.measure': 'reach' } }).ctx, PLATFORMS)).rejects.toThrow(/--measure \(or `objective\.1\.measure` in --answers\): write it PLATFORM\/METRIC/);
  });

  it('objectives: the measure is asked after the platforms, suggested from the KPI, with the platform when there are several', async () => {
    const { ctx, prompter } = context([
      [/Fill this section/, true],
      [/Objective 1/, 'Answer faster'],
      [/Kind/, 'customer-care'],
      [/KPI/, 'délai de réponse médian'],
      [/Baseline/, '8'],
      [/Target/, '2'],
      [/Unit/, 'hours'],
      [/Deadline/, DEFAULT],
      [/which platforms/i, DEFAULT],
      [/What will `plan report` follow/, DEFAULT],
      [/Measured on which platform/, 'facebook'],
      [/one number/, DEFAULT],
      [/another objective/, false],
    ]);
    const [objective] = (await askObjectives(ctx, PLATFORMS))!;
    expect(objective!.measure).toEqual({ platform: 'facebook', metric: 'response-time', aggregate: 'mean' });
    expect(prompter.remaining()).toBe(0);
  });

  it('community: defaults that follow the article, and a warning on deleting criticism', async () => {
    const { ctx, prompter } = context([
      [/Fill this section/, true],
      [/Who answers/, DEFAULT],
      [/Which days/, DEFAULT],
      [/From/, '7 h 30'],
      [/Until/, '18h'],
      [/Longest time/, '2h'],
      [/House rules/, DEFAULT],
      [/criticism/, 'delete'],
      [/Delete a comment only for/, DEFAULT],
      [/takes over/, DEFAULT],
    ]);
    const community = await askCommunity(ctx, 'Sam');
    expect(community).toMatchObject({ managers: ['Sam'], hours: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '07:30', end: '18:00' }, response_time: '2h', escalation: 'Sam' });
    expect(community!.negative_feedback!.approach).toBe('delete');
    expect(prompter.notes.join()).toMatch(/worst customer is your best friend/);
  });

  it.each(['7 h', '7h', '1 j', '30 min', '1 h 30'])('community: takes a response time typed as %j', async (typed) => {
    const script: [RegExp, string | typeof DEFAULT | boolean][] = [
      [/Fill this section/, true], [/Who answers/, DEFAULT], [/Which days/, DEFAULT], [/From/, DEFAULT], [/Until/, DEFAULT],
      [/Longest time/, typed], [/House rules/, DEFAULT], [/criticism/, DEFAULT], [/Delete a comment only for/, DEFAULT], [/takes over/, DEFAULT],
    ];
    const community = await askCommunity(context(script).ctx, 'Sam');
    expect(community!.response_time).toBe(typed);
  });

  it('community: refuses a response time that is not one, suggesting forms to type', async () => {
    const { ctx } = context([[/Fill this section/, true], [/Who answers/, DEFAULT], [/Which days/, DEFAULT], [/From/, DEFAULT], [/Until/, DEFAULT], [/Longest time/, '2 semaines']]);
    await expect(askCommunity(ctx, 'Sam')).rejects.toThrow(/not a duration: write it like 30m, 4h, 1 h 30 or 2d/);
  });

  it('crisis: spokesperson, approvers and a holding statement on every tier', async () => {
    const crisis = await askCrisis(context([], { mode: 'defaults' }).ctx, 'Sam');
    expect(crisis!.spokesperson).toBe('Sam');
    expect(crisis!.tiers!.map((t) => t.level)).toEqual([1, 2, 3]);
    expect(crisis!.tiers!.every((t) => t.holding_statement && t.approver === 'Sam')).toBe(true);
  });

  it('policy and measurement: defaults in the plan language', async () => {
    expect((await askPolicy(context([], { mode: 'defaults', lang: 'fr' }).ctx))!.disclosure).toBe('#pub');
    expect(await askMeasurement(context([], { mode: 'defaults', answers: { 'measurement.review': 'quarterly' } }).ctx, 'Sam')).toMatchObject({ review: 'quarterly', report_to: 'Sam' });
  });
});

describe('list answers in a terminal', () => {
  it('split only on the separator the question announces: a `;` typed in a comma list stays in its item', async () => {
    const { ask, prompter } = context([[/Do: .*\(separate with commas\)$/, 'Answer every comment, Name the growers, =HYPERLINK("http://evil";"x")']]);
    expect(await ask.list({ key: 'do', message: 'Do: what you always do', default: ['Answer every comment'] })).toEqual(['Answer every comment', 'Name the growers', '=HYPERLINK("http://evil";"x")']);
    expect(prompter.remaining()).toBe(0);
  });

  it('a suggestion whose items hold commas is shown, announced and split with semicolons', async () => {
    const items = ['Un voisin à découvrir', 'Tes photos, partagées avec permission'];
    const typed = context([[/points-virgules/, 'Nos photos, avec permission; Une recette']], { lang: 'fr' });
    expect(await typed.ask.list({ key: 'ideas.x', message: 'Ideas', default: items })).toEqual(['Nos photos, avec permission', 'Une recette']);
    // Enter takes the suggestion back whole: it was shown with the separator it is split on.
    const enter = context([[/Ideas \(séparez par des points-virgules\)$/, DEFAULT]], { lang: 'fr' });
    expect(await enter.ask.list({ key: 'ideas.x', message: 'Ideas', default: items })).toEqual(items);
  });
});

