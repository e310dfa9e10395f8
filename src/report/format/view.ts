// The report in words, for one language: every cell of every table already worded and formatted,
// so that the terminal, Markdown and HTML outputs only lay it out (and escape it).
import { pluralKey, translator, type Lang, type Translate } from '../../i18n/index.js';
import { formatNumber, localeFormat } from '../../i18n/intl.js';
import { reportCatalog, type ReportKey } from '../../i18n/report.js';
import type { Measure } from '../measure.js';
import type { Report } from '../model.js';
import type { ObjectiveProgress } from '../progress.js';
import type { Status } from '../status.js';
import { sparkline, weeklyLevels } from './sparkline.js';

export interface ObjectiveRow {
  progress: ObjectiveProgress;
  /** The objective's id, for the terminal (the word the strategy file uses). */
  label: string;
  /** What a client reads: the objective's statement, else its id. */
  name: string;
  measure: string;
  /** "150 → 640 → 1 200 abonnés". */
  figures: string;
  way: string;
  time: string;
  status: Status;
  statusText: string;
  pace: string;
  trend: string;
  /** Why it is not followed, or why there is no data. */
  note?: string;
}

export interface ReportView {
  lang: Lang;
  t: Translate<ReportKey>;
  /** Between a label and what follows: ":" in English, " :" (narrow no-break space) in French. */
  colon: string;
  title: string;
  /** Lines under the title: the date, the files read, the duplicates. */
  intro: string[];
  objectives: ObjectiveRow[];
  /** The rows of the objectives that have figures. */
  followed: ObjectiveRow[];
  /** Those without: not followed or no data, with the reason. */
  unfollowed: ObjectiveRow[];
  posts?: {
    period: string;
    /** True when the data names no post at all: the rows are left out, a sentence says so. */
    none: boolean;
    rows: { platform: string; planned: string; actual: string; posts: string; trend: string }[];
    pillars?: { intro: string; rows: { pillar: string; planned: string; actual: string; posts: string }[] };
  };
  legend: string;
}

export function reportView(report: Report, lang: Lang): ReportView {
  const t = translator(reportCatalog, lang);
  const fmt = localeFormat(lang);
  // Enough decimals to see a small pace (+0.04 points a week), none on a count in the thousands.
  const number = (v: number) => formatNumber(lang, v, Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 1 ? 1 : 2);
  const signed = (v: number) => (v > 0 ? `+${number(v)}` : number(v));
  const share = (v: number | undefined) => (v === undefined ? '' : fmt.percent(Math.round(v * 100)));
  const platformName = (id: string) => (id === 'all' ? t('measure.all') : (report.names.platforms[id] ?? id));
  // A custom metric's name is the neutral file's id (reponses-evenements-samedi): the reader gets the KPI's words.
  const measureText = (m: Measure, kpi: string | undefined) => t('measure.text', { platform: platformName(m.platform), metric: m.metric === 'custom' ? (kpi ?? m.name ?? t('metric.custom')) : t(`metric.${m.metric}`), aggregate: t(`aggregate.${m.aggregate}`) });

  const objectives = report.objectives.map((p): ObjectiveRow => {
    const withUnit = (v: number | undefined) => (v === undefined ? '?' : number(v));
    const unit = p.unit ? ` ${p.unit}` : '';
    // A total (sum) counts from 0: its baseline (last period's total) is shown apart, or "18,000 → 9,500" would read as a fall.
    const total = p.measure?.aggregate === 'sum';
    const from = total ? 0 : p.baseline;
    const path = p.baseline === undefined && p.target === undefined ? '' : `${withUnit(from)} → ${p.current === undefined ? '?' : number(p.current)} → ${withUnit(p.target)}${unit}`;
    const figures = path && total && p.baseline !== undefined && p.baseline !== 0 ? t('figures.previous', { figures: path, baseline: `${number(p.baseline)}${unit}` }) : path;
    const pace =
      p.neededPerWeek === undefined
        ? t('pace.none')
        : p.pacePerWeek === undefined
          ? t('pace.perWeekNoPast', { needed: signed(p.neededPerWeek) })
          : t('pace.perWeek', { needed: signed(p.neededPerWeek), sofar: signed(p.pacePerWeek) });
    const note =
      p.status === 'not-followed' && p.reason
        ? t(`reason.${p.reason}`)
        : p.status === 'no-data' && p.measure
          ? t(p.measure.platform === 'all' ? 'noDataAll' : 'noData', { platform: platformName(p.measure.platform), metric: p.measure.metric === 'custom' ? (p.measure.name ?? '') : t(`metric.${p.measure.metric}`) })
          : undefined;
    return {
      progress: p,
      label: p.id,
      name: p.statement?.trim() || p.id,
      measure: p.measure ? measureText(p.measure, p.kpi) : '',
      figures,
      way: share(p.done),
      time: share(p.elapsed),
      status: p.status,
      statusText: t(`status.${p.status}`),
      pace,
      trend: sparkline(weeklyLevels(p.series)),
      ...(note !== undefined ? { note } : {}),
    };
  });

  const last = report.posts?.period.to;
  const intro = [
    last === undefined ? t('asOfNone', { today: fmt.date(report.today) }) : t('asOf', { today: fmt.date(report.today), last: fmt.date(last) }),
    t(pluralKey('files', report.files.length, lang), { count: number(report.files.length), figures: t(pluralKey('figures', report.observations, lang), { count: number(report.observations) }) }),
    ...(report.duplicates > 0 ? [t(pluralKey('duplicates', report.duplicates, lang), { count: number(report.duplicates) })] : []),
    ...(report.future.last !== undefined ? [t(pluralKey('future', report.future.count, lang), { count: number(report.future.count), today: fmt.date(report.today), last: fmt.date(report.future.last) })] : []),
    ...(report.since !== undefined ? [t('since', { since: fmt.date(report.since) })] : []),
  ];

  const posts = report.posts;
  const tagged = posts ? posts.pillars.reduce((a, p) => a + p.posts, 0) : 0;
  return {
    lang,
    t,
    colon: lang === 'fr' ? '\u202f:' : ':',
    title: t('title', { name: report.organization }),
    intro,
    objectives,
    followed: objectives.filter((o) => o.status !== 'not-followed' && o.status !== 'no-data'),
    unfollowed: objectives.filter((o) => o.status === 'not-followed' || o.status === 'no-data'),
    ...(posts
      ? {
          posts: {
            period: t(pluralKey('posts.period', posts.weeks, lang), { from: fmt.date(posts.period.from), to: fmt.date(posts.period.to), weeks: number(posts.weeks) }),
            none: posts.platforms.every((p) => p.posts === 0),
            rows: posts.platforms.map((p) => ({
              platform: platformName(p.platform),
              planned: p.planned === undefined ? '—' : formatNumber(lang, p.planned, 1),
              actual: formatNumber(lang, p.perWeek, 1),
              posts: number(p.posts),
              trend: p.posts > 0 ? sparkline(p.weeks) : '',
            })),
            ...(posts.pillars.length > 0
              ? {
                  pillars: {
                    intro: t('pillars.intro', { tagged: number(tagged), untagged: number(posts.untagged) }),
                    rows: posts.pillars.map((p) => ({
                      pillar: report.names.pillars[p.pillar] ?? `${p.pillar} ${t('pillars.other')}`,
                      planned: p.planned === undefined ? '—' : fmt.percent(p.planned),
                      actual: fmt.percent(Math.round(p.actual)),
                      posts: number(p.posts),
                    })),
                  },
                }
              : {}),
          },
        }
      : {}),
    legend: t('legend'),
  };
}
