// The posts as iCalendar events (RFC 5545), one per post and platform, at the post's time in the
// strategy's time zone (all day when it has no time), the text the platform publishes in the
// description. The helpers are the calendar's (src/calendar/ics.ts): escaping, folding, the
// VTIMEZONE. A UID derives from the post's file and the platform, so a new export of the same
// posts updates the events (a post moved to another day moves its event) instead of adding more.
import { createHash } from 'node:crypto';
import { addDays, minutesOf, timeOf } from '../../calendar/dates.js';
import { EVENT_MINUTES, escapeText, foldLine, vtimezone } from '../../calendar/ics.js';
import { labelsFor } from '../../calendar/labels.js';
import { isTimeZone } from '../../calendar/timezone.js';
import { translator } from '../../i18n/index.js';
import { draftsCatalog, type DraftsKey } from '../../i18n/drafts.js';
import { statusWord } from './status.js';
import type { PostExporter } from './types.js';

const compact = (date: string) => date.replace(/-/g, '');
const compactTime = (time: string) => `${time.replace(':', '')}00`;
const stringOf = (value: unknown) => (typeof value === 'string' ? value : undefined);

export function postUidOf(organization: string, file: string, platform: string): string {
  return `${createHash('sha256').update(`${organization}\u0000post\u0000${file.replace(/\\/g, '/')}\u0000${platform}`).digest('hex').slice(0, 32)}@social-plan`;
}

export const exportIcs: PostExporter = (rows, { strategy, lang }) => {
  const t = translator(draftsCatalog, lang);
  const l = labelsFor(strategy, lang);
  const name = strategy.organization.name;
  const zone = strategy.organization.time_zone;
  if (zone !== undefined && !isTimeZone(zone)) throw new RangeError(`unknown time zone "${zone}"`);
  const dated = rows.filter((row) => row.date !== undefined);
  const dates = dated.map((row) => row.date!).sort();
  const timed = dated.some((row) => row.time);
  const head = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//social-plan//plan posts export//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(t('export.ics.name', { name }))}`];
  if (zone) head.push(`X-WR-TIMEZONE:${zone}`);
  if (zone && timed) head.push(...vtimezone(zone, dates[0]!, dates.at(-1)!));
  // One string per event, folded as it is written (bounded memory, as the calendar's ICS).
  const blocks = [head.map(foldLine).join('\r\n')];
  // The same bytes for the same posts: the stamp is the first post's day, not the clock.
  const dtstamp = `${compact(dates[0] ?? '1970-01-01')}T000000Z`;
  for (const row of dated) {
    const meta = row.post.meta;
    const pillar = l.pillar(stringOf(meta.pillar));
    const line = (label: DraftsKey, value: string | undefined) => (value ? `${t(label)}: ${value}` : '');
    const description = [row.text, '', line('export.ics.status', statusWord(meta.status, t)), line('export.ics.campaign', stringOf(meta.campaign)), line('export.ics.author', stringOf(meta.author)), line('export.ics.file', row.post.file)].filter((part, i) => i < 2 || part !== '');
    const lines = ['BEGIN:VEVENT', `UID:${postUidOf(name, row.post.file, row.platform)}`, `DTSTAMP:${dtstamp}`];
    if (row.time) {
      const tzid = zone ? `;TZID=${zone}` : '';
      const end = minutesOf(row.time) + EVENT_MINUTES;
      lines.push(`DTSTART${tzid}:${compact(row.date!)}T${compactTime(row.time)}`, `DTEND${tzid}:${compact(end >= 24 * 60 ? addDays(row.date!, 1) : row.date!)}T${compactTime(timeOf(end % (24 * 60)))}`);
    } else {
      lines.push(`DTSTART;VALUE=DATE:${compact(row.date!)}`, `DTEND;VALUE=DATE:${compact(addDays(row.date!, 1))}`);
    }
    lines.push(`SUMMARY:${escapeText([l.platform(row.platform), pillar].filter(Boolean).join(' · '))}`, `DESCRIPTION:${escapeText(description.join('\n'))}`);
    if (pillar) lines.push(`CATEGORIES:${escapeText(pillar)}`);
    lines.push(`STATUS:${meta.status === 'scheduled' ? 'CONFIRMED' : 'TENTATIVE'}`, 'TRANSP:TRANSPARENT', 'END:VEVENT');
    blocks.push(lines.map(foldLine).join('\r\n'));
  }
  blocks.push('END:VCALENDAR');
  return blocks.join('\r\n') + '\r\n';
};
