// The measure vocabulary, the guesses from what an objective says (English and French), and the
// one-line form flags and messages use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGGREGATES, METRICS } from '../../../src/report/types.js';
import { customName, defaultAggregate, formatMeasure, guessMeasure, guessPlatform, measureFlow, metricOfKpi, parseMeasure } from '../../../src/strategy/measure.js';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'schemas', 'strategy.schema.json'), 'utf8'));
const measureSchema = schema.definitions.objective.properties.measure;

describe('the measure vocabulary', () => {
  it('is the same in the schema and in src/report/types.ts (what the readers and the report use)', () => {
    expect(measureSchema.properties.metric.enum).toEqual([...METRICS]);
    expect(measureSchema.properties.aggregate.enum).toEqual([...AGGREGATES]);
    expect(measureSchema.properties.metric.enumDescriptions).toHaveLength(METRICS.length);
  });
});

describe('metricOfKpi', () => {
  it.each([
    ['abonnés Instagram', 'followers'],
    ['Instagram followers', 'followers'],
    ['nouveaux abonnés', 'new-followers'],
    ['follower growth', 'new-followers'],
    ['taux d’engagement', 'engagement-rate'],
    ['engagement rate of company page posts (interactions / impressions)', 'engagement-rate'],
    ['median first response time to public support questions', 'response-time'],
    ['délai de réponse médian', 'response-time'],
    ['portée mensuelle de la page Facebook (personnes uniques)', 'reach'],
    ['unique reach', 'reach'],
    ['impressions', 'impressions'],
    ['interactions', 'engagements'],
    ['clics vers le site', 'clicks'],
    ['vues des vidéos', 'views'],
    ['enregistrements', 'saves'],
    ['partages', 'shares'],
    ['commentaires et messages de citoyens par semaine', 'comments'],
    ['publications par semaine', 'posts'],
    ['inscriptions à l’infolettre', 'custom'],
    ['abonnés à l’infolettre', 'custom'],
    ['online donations from social media', 'custom'],
    ['demo requests from social media', 'custom'],
  ] as const)('%j → %s', (kpi, metric) => {
    expect(metricOfKpi(kpi)).toBe(metric);
  });

  it('knows nothing of a KPI without those words, nor of "share of" (a proportion, not shares)', () => {
    expect(metricOfKpi('share of weekend shifts filled 48 hours ahead')).toBeUndefined();
    expect(metricOfKpi('visites le samedi')).toBeUndefined();
    expect(metricOfKpi(undefined)).toBeUndefined();
  });
});

describe('guessMeasure', () => {
  it('takes the KPI first, then the kind, and the aggregate from the metric', () => {
    expect(guessMeasure({ id: 'a', kpi: 'abonnés Instagram', type: 'engagement', platforms: ['instagram'] }, ['instagram', 'facebook'])).toEqual({ platform: 'instagram', metric: 'followers', aggregate: 'last' });
    expect(guessMeasure({ id: 'a', kpi: 'notoriété', type: 'awareness' }, ['facebook'])).toEqual({ platform: 'facebook', metric: 'reach', aggregate: 'sum' });
    expect(guessMeasure({ id: 'care', type: 'customer-care' }, ['x', 'linkedin'])).toEqual({ platform: 'all', metric: 'response-time', aggregate: 'mean' });
    expect(guessMeasure({ id: 'visits', kpi: 'Visites le samedi', type: 'conversion', platforms: ['instagram'] }, ['instagram'])).toEqual({ platform: 'instagram', metric: 'custom', aggregate: 'sum', name: 'visites-samedi' });
    expect(guessMeasure({ id: 'x' }, ['instagram'])).toEqual({ platform: 'instagram', metric: 'engagements', aggregate: 'sum' });
    // No KPI and no kind (an objective written by hand): the statement's words.
    expect(guessMeasure({ id: 'x', statement: 'Plus d’abonnés Instagram' }, ['instagram'])).toEqual({ platform: 'instagram', metric: 'followers', aggregate: 'last' });
    expect(guessMeasure({ id: 'x', statement: 'More comments', type: 'awareness' }, ['instagram'])).toMatchObject({ metric: 'reach' });
  });

  it('measures on the objective’s one platform, else all; a dropped platform does not count', () => {
    expect(guessPlatform({ platforms: ['instagram', 'facebook'] }, ['instagram', 'facebook'])).toBe('all');
    expect(guessPlatform({ platforms: ['tiktok', 'facebook'] }, ['instagram', 'facebook'])).toBe('facebook');
    expect(guessPlatform({}, ['linkedin'])).toBe('linkedin');
    expect(guessPlatform({}, [])).toBe('all');
  });

  it('names a custom metric from the KPI’s first words, else the objective’s id', () => {
    expect(customName('Inscriptions à l’infolettre du mois', 'x')).toBe('inscriptions-infolettre-mois');
    expect(customName('  ', 'signups')).toBe('signups');
    expect(customName(undefined, 'signups')).toBe('signups');
  });

  it('adds up counts, averages rates and times, keeps the last follower count', () => {
    expect(METRICS.map((m) => `${m}:${defaultAggregate(m)}`)).toEqual([
      'followers:last', 'new-followers:sum', 'reach:sum', 'impressions:sum', 'engagements:sum', 'engagement-rate:mean', 'clicks:sum',
      'views:sum', 'saves:sum', 'shares:sum', 'comments:sum', 'posts:sum', 'response-time:mean', 'custom:sum',
    ]);
  });
});

describe('the one-line forms', () => {
  it('reads PLATFORM/METRIC[:NAME][/AGGREGATE], the aggregate defaulting from the metric', () => {
    expect(parseMeasure('instagram/followers')).toEqual({ platform: 'instagram', metric: 'followers', aggregate: 'last' });
    expect(parseMeasure(' All / Custom:newsletter-signups / SUM ')).toEqual({ platform: 'all', metric: 'custom', aggregate: 'sum', name: 'newsletter-signups' });
    expect(parseMeasure('all/custom', 'fallback')).toEqual({ platform: 'all', metric: 'custom', aggregate: 'sum', name: 'fallback' });
    expect(parseMeasure('instagram')).toEqual({ problem: 'shape' });
    expect(parseMeasure('a/b/c/d')).toEqual({ problem: 'shape' });
    expect(parseMeasure('instagram//last')).toEqual({ problem: 'shape' });
    expect(parseMeasure('insta gram/reach')).toEqual({ problem: 'platform', value: 'insta gram' });
    expect(parseMeasure('instagram/likes')).toEqual({ problem: 'metric', value: 'likes' });
    expect(parseMeasure('instagram/reach/median')).toEqual({ problem: 'aggregate', value: 'median' });
  });

  it('writes a measure back the same way, and as a YAML flow map that reads back as the same data', () => {
    const custom = { platform: 'all', metric: 'custom', aggregate: 'sum', name: 'newsletter-signups' } as const;
    expect(formatMeasure(custom)).toBe('all/custom:newsletter-signups/sum');
    expect(parseMeasure(formatMeasure(custom))).toEqual(custom);
    expect(measureFlow(custom)).toBe('{ platform: all, metric: custom, aggregate: sum, name: newsletter-signups }');
    expect(measureFlow({ ...custom, name: 'no' }, false)).toBe('{platform: all, metric: custom, aggregate: sum, name: "no"}');
    expect(measureFlow({ ...custom, name: 'a: b, c' })).toContain('name: "a: b, c"');
  });
});
