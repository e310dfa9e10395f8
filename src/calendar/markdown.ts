// Markdown: a title, then one GFM table per week (a row per platform, a column per day), then the
// pillar mix against its targets. Every piece of user text is escaped so it cannot break a table.
import { pluralKey, type Lang } from '../i18n/index.js';
import type { Strategy } from '../strategy/types.js';
import { addDays, daysBetween, nextMonday, WEEKDAYS, weekdayOf } from './dates.js';
import { labelsFor } from './labels.js';
import type { CalendarSlot, MarkdownOptions } from './types.js';
import { compareCodeUnits } from '../text/compare.js';
import { replaceControls } from '../text/controls.js';
import { escapeMarkdown as escapeMarkdownText } from '../text/markdown.js';

/** Escape text for a GFM table cell or a heading: the one Markdown escaper, control characters replaced. */
export function escapeMarkdown(text: string): string {
  return escapeMarkdownText(replaceControls(text));
}

export function renderMarkdown(slots: readonly CalendarSlot[], strategy: Strategy, lang: Lang, options: MarkdownOptions = {}): string {
  const l = labelsFor(strategy, lang);
  const level = Math.min(Math.max(options.headingLevel ?? 1, 1), 5);
  const h = (n: number) => '#'.repeat(level + n);
  const sorted = [...slots].sort((a, b) => compareCodeUnits(a.date, b.date) || compareCodeUnits(a.time ?? '', b.time ?? ''));
  const first = sorted[0]?.date;
  const last = sorted[sorted.length - 1]?.date;
  const from = options.from ?? (first ? mondayOnOrBefore(first) : undefined);
  const weeks = options.weeks ?? (from && last ? Math.floor(daysBetween(from, last) / 7) + 1 : 0);

  const out: string[] = [`${h(0)} ${escapeMarkdown(l.t('md.title', { name: strategy.organization.name }))}`, ''];
  if (!from || weeks === 0 || sorted.length === 0) {
    out.push(l.t('md.empty'), '');
    return out.join('\n');
  }
  const to = addDays(from, weeks * 7 - 1);
  const count = (key: 'md.weeks' | 'md.posts', n: number) => l.t(pluralKey(key, n, lang), { count: formatNumber(n, lang) });
  out.push(l.t('md.period', { from: l.longDate(from), to: l.longDate(to), weeks: count('md.weeks', weeks), posts: count('md.posts', sorted.length) }), '', l.t('md.legend'), '');

  const byDay = new Map<string, CalendarSlot[]>();
  for (const s of sorted) {
    const key = `${s.date}\u0000${s.platform}`;
    // Pushed, not copied: a day with many posts must cost each post once (linear, not quadratic).
    const day = byDay.get(key);
    if (day) day.push(s);
    else byDay.set(key, [s]);
  }
  const used = new Set(sorted.map((s) => s.platform));
  const platforms = strategy.platforms.filter((p) => used.has(p.id));
  for (let w = 0; w < weeks; w++) {
    const days = Array.from({ length: 7 }, (_, i) => addDays(from, w * 7 + i));
    out.push(`${h(1)} ${escapeMarkdown(l.t('md.week', { n: w + 1, from: l.shortDate(days[0]!), to: l.longDate(days[6]!) }))}`, '');
    out.push(row([l.t('md.platform'), ...days.map(l.dayHeader)]), row(Array.from({ length: 8 }, () => '---'), false));
    const keys = (options.keyDates ?? []).filter((k) => days.includes(k.date));
    if (keys.length > 0) {
      const cells = days.map((date) => keys.filter((k) => k.date === date).map((k) => escapeMarkdown(k.name)).join('; '));
      out.push(row([`**${escapeMarkdown(l.t('md.keyDates'))}**`, ...cells], false));
    }
    for (const platform of platforms) {
      const cells = days.map((date) =>
        (byDay.get(`${date}\u0000${platform.id}`) ?? [])
          .map((s) => [s.time, l.pillar(s.pillar), s.format].filter(Boolean).map((x) => escapeMarkdown(x!)).join(' · '))
          .join('; '),
      );
      const owner = platform.owner ? ` (${escapeMarkdown(platform.owner)})` : '';
      out.push(row([`${escapeMarkdown(l.platform(platform.id))}${owner}`, ...cells], false));
    }
    out.push('');
    // The ideas of the week, one line per post: an idea to develop, never the text to publish.
    const weekSlots = sorted.filter((s) => days.includes(s.date) && s.idea);
    if (weekSlots.length > 0) {
      out.push(escapeMarkdown(l.t('md.ideasOfWeek')), '');
      for (const s of weekSlots) {
        const where = [l.dayHeader(s.date), s.time, l.platform(s.platform)].filter(Boolean).map((x) => escapeMarkdown(x!)).join(' · ');
        const what = [l.pillar(s.pillar), s.format].filter(Boolean).map((x) => escapeMarkdown(x!)).join(' · ');
        const mark = s.keyDate ? ` ${escapeMarkdown(l.t('md.marksKeyDate'))}` : '';
        out.push(`- ${l.t('md.ideaLine', { where, what: what ? ` (${what})` : '', idea: escapeMarkdown(s.idea!) })}${mark}`);
      }
      out.push('');
    }
  }

  const pillars = strategy.editorial_line.pillars ?? [];
  if (pillars.length > 0) {
    const sum = pillars.reduce((a, p) => a + Math.max(p.share, 0), 0) || 1;
    const counts = new Map<string, number>();
    for (const s of sorted) if (s.pillar !== undefined) counts.set(s.pillar, (counts.get(s.pillar) ?? 0) + 1);
    out.push(`${h(1)} ${escapeMarkdown(l.t('md.mixTitle'))}`, '');
    out.push(row([l.t('md.mixPillar'), l.t('md.mixPosts'), l.t('md.mixTarget')]), row(['---', '--:', '--:'], false));
    pillars.forEach((p) => {
      const count = counts.get(p.id) ?? 0;
      out.push(row([escapeMarkdown(p.name), String(count), `${formatPercent(p.share, lang)} (${formatNumber((Math.max(p.share, 0) * sorted.length) / sum, lang)})`], false));
    });
    out.push('');
  }

  const defaults = options.defaultTimes ?? [];
  const keyDates = options.keyDates ?? [];
  if (defaults.length > 0 || keyDates.length > 0) {
    out.push(`${h(1)} ${escapeMarkdown(l.t('md.sourcesTitle'))}`, '');
    for (const d of defaults) {
      const via = d.from === 'platform' ? l.t('md.timeFromPlatform') : d.from === 'hours' ? l.t('md.timeFromHours') : l.t('md.timeFallback');
      // The source's address as text, like every address in the calendar: no link is made from a file.
      const source = d.from === 'platform' && d.source ? ` ${escapeMarkdown(l.t('md.source'))} ${escapeMarkdown(d.source.url)}` : '';
      out.push(`- ${escapeMarkdown(l.t('md.defaultTime', { platform: l.platform(d.platform), time: d.time, via }))}${source}`);
    }
    if (keyDates.some((k) => k.origin === 'holiday')) out.push(`- ${escapeMarkdown(l.t('md.holidaysFrom', { region: l.region(strategy.organization.region ?? '') }))}`);
    if (keyDates.some((k) => k.origin === 'strategy')) out.push(`- ${escapeMarkdown(l.t('md.keyDatesFrom'))}`);
    out.push('');
  }
  return out.join('\n');
}

function row(cells: readonly string[], escape = true): string {
  return `| ${cells.map((c) => (escape ? escapeMarkdown(c) : c)).join(' | ')} |`;
}

function mondayOnOrBefore(date: string): string {
  const index = WEEKDAYS.indexOf(weekdayOf(date));
  return index === 0 ? date : nextMonday(addDays(date, -7));
}

function formatNumber(n: number, lang: Lang): string {
  const text = String(Math.round(n * 10) / 10);
  return lang === 'fr' ? text.replace('.', ',') : text;
}

function formatPercent(n: number, lang: Lang): string {
  const text = String(Math.round(n * 10) / 10);
  return lang === 'fr' ? `${text.replace('.', ',')}\u00a0%` : `${text}%`;
}

/**
 * A week-by-week Markdown grid (GFM tables, one row per platform), headed by a title. Optional
 * `options`: the grid's first day and number of weeks (by default from the slots), the title's
 * heading level (1 by default; the brief passes 2 so the weeks sit at level 3), and the key dates
 * and default times to show.
 */
export function formatCalendarMarkdown(slots: readonly CalendarSlot[], strategy: Strategy, lang: Lang, options?: MarkdownOptions): string {
  return renderMarkdown(slots, strategy, lang, options);
}
