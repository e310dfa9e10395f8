// Planned against drafted (`plan brief` with a posts folder): each pillar's planned share against
// its share of the drafted posts, and each platform's cadence against the posts drafted a week, over
// the window the mix rules read (src/posts/mix.ts: the same figures as posts/pillar-mix and posts/cadence).
import { daysBetween } from '../../calendar/dates.js';
import { pillarMix, publicationsIn, weeklyPosts } from '../../posts/mix.js';
import { isStillToWrite } from '../../posts/placeholders.js';
import { svgPairedBarChart, textBar } from '../charts.js';
import type { BriefData, DraftedInput } from '../types.js';
import type { SectionContext } from './context.js';

export function draftedSection(c: SectionContext, input: DraftedInput): NonNullable<BriefData['drafted']> {
  const { t, fmt } = c;
  const { window } = input;
  // Dated posts the window leaves out are said, not silently dropped.
  const span = window ?? input.planned;
  const outside = input.posts.filter((p) => typeof p.meta.date === 'string' && (p.meta.date < span.from || p.meta.date > span.to)).length;
  const outsideLine = outside > 0 ? ` ${t(outside === 1 ? 'drafted.outside.one' : 'drafted.outside.other', { count: fmt.number(outside) })}` : '';
  if (!window) return { intro: t('drafted.none', { from: fmt.date(input.planned.from), to: fmt.date(input.planned.to) }) + outsideLine, pillars: [], platforms: [], svg: '' };

  const strategy = c.input.strategy;
  const publications = publicationsIn(input.posts, window);
  // A draft plan calendar wrote is a file with a TODO: in preparation, not written.
  const toWrite = publications.filter((p) => isStillToWrite(p.post)).length;
  const mix = pillarMix(strategy, publications);
  const pillars = mix.map((m) => ({ name: m.name, planned: m.planned, plannedText: fmt.percent(m.planned), drafted: m.share, draftedText: fmt.percent(m.share), count: fmt.number(m.drafted), plannedBar: '', draftedBar: '' }));
  const known = new Set(mix.map((m) => m.pillar));
  const unplaced = publications.filter((p) => p.pillar === undefined || !known.has(p.pillar)).length;
  if (unplaced > 0) {
    const share = (unplaced * 100) / publications.length;
    pillars.push({ name: t('drafted.noPillar'), planned: 0, plannedText: fmt.percent(0), drafted: share, draftedText: fmt.percent(share), count: fmt.number(unplaced), plannedBar: '', draftedBar: '' });
  }
  const top = pillars.reduce((max, p) => Math.max(max, p.planned, p.drafted), 0);
  for (const p of pillars) {
    p.plannedBar = textBar(p.planned, top);
    p.draftedBar = textBar(p.drafted, top);
  }

  const weeks = (daysBetween(window.from, window.to) + 1) / 7;
  const platforms = strategy.platforms.flatMap((platform) => {
    const cadence = platform.cadence;
    if (!cadence || !(cadence.posts > 0)) return [];
    const planned = weeklyPosts(cadence);
    const drafted = publications.filter((p) => p.platform === platform.id).length / weeks;
    return [{ name: c.platformNameById(platform.id), plannedText: fmt.number(planned), draftedText: fmt.number(drafted) }];
  });

  const legend = { planned: t('drafted.planned'), actual: t('drafted.drafted') };
  const svg = svgPairedBarChart(
    pillars.map((p) => ({ label: p.name, planned: p.planned, plannedDisplay: p.plannedText, actual: p.drafted, actualDisplay: p.draftedText })),
    { id: 'chart-drafted', title: t('chart.drafted.title'), desc: t('chart.drafted.desc') },
    legend,
    100,
  );
  const intro =
    t(publications.length === 1 ? 'drafted.intro.one' : 'drafted.intro.other', { count: fmt.number(publications.length), from: fmt.date(window.from), to: fmt.date(window.to) }) +
    (toWrite > 0 ? ` ${t(toWrite === 1 ? 'drafted.toWrite.one' : 'drafted.toWrite.other', { todo: fmt.number(toWrite) })}` : '') +
    outsideLine;
  return { intro, pillars, platforms, svg };
}
