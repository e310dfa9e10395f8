// iCalendar (RFC 5545): one VEVENT per slot. UIDs hash the organization's name, the date, the
// platform and the post's rank that day, so importing a newer calendar updates events instead of
// duplicating them. DTSTAMP derives from --from, so the same input gives the same bytes.
// Slots with a time are events in the strategy's time zone (with its VTIMEZONE); slots without
// one are all-day events. Key dates are all-day events of their own, with UIDs from the
// organization, the day and the key date's name.
import { createHash } from 'node:crypto';
import { replaceControls } from '../text/controls.js';
import { addDays, minutesOf, timeOf } from './dates.js';
import { labelsFor } from './labels.js';
import type { CalendarKey } from '../i18n/calendar.js';
import { isTimeZone, offsetAt, transitions } from './timezone.js';
import type { CalendarRenderer } from './types.js';

/** Length given to timed events, so they show as a short block in calendar apps. */
export const EVENT_MINUTES = 30;

/**
 * Escape a TEXT value (RFC 5545 section 3.3.11). TEXT may not hold control characters at all
 * (section 3.1, CONTROL): they become U+FFFD (src/text/controls.ts); line breaks become `\n`.
 */
export function escapeText(text: string): string {
  return replaceControls(text)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n')
    .replace(/\t/g, ' ');
}

/** Fold a content line at 75 octets (section 3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  if (line.length <= 75 && Buffer.byteLength(line, 'utf8') <= 75) return line;
  const pieces: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const code = char.codePointAt(0)!;
    const bytes = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (size + bytes > limit) {
      pieces.push(current);
      current = '';
      size = 0;
      limit = 74; // continuation lines start with one space
    }
    current += char;
    size += bytes;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

/** A key date's UID: the organization, the day and the key date's name, so a re-import updates it. */
export function keyDateUidOf(name: string, date: string, keyDate: string): string {
  return `${createHash('sha256').update(`${name}\u0000key-date\u0000${date}\u0000${keyDate}`).digest('hex').slice(0, 32)}@social-plan`;
}

export function uidOf(name: string, date: string, platform: string, rank: number): string {
  return `${createHash('sha256').update(`${name}\u0000${date}\u0000${platform}\u0000${rank}`).digest('hex').slice(0, 32)}@social-plan`;
}

const compact = (date: string) => date.replace(/-/g, '');
const compactTime = (time: string) => `${time.replace(':', '')}00`;

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** A VTIMEZONE covering the whole years of the period, from the runtime's tz database. */
export function vtimezone(timeZone: string, from: string, to: string): string[] {
  const start = Date.UTC(Number(from.slice(0, 4)), 0, 1);
  const end = Date.UTC(Number(to.slice(0, 4)) + 1, 0, 1);
  const changes = transitions(timeZone, start, end);
  const initial = offsetAt(timeZone, start);
  const highest = Math.max(initial, ...changes.map((c) => c.to));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const observance = (kind: string, dtstart: string, fromOffset: number, toOffset: number) => {
    lines.push(`BEGIN:${kind}`, `DTSTART:${dtstart}`, `TZOFFSETFROM:${offsetText(fromOffset)}`, `TZOFFSETTO:${offsetText(toOffset)}`, `END:${kind}`);
  };
  const kindOf = (offset: number) => (changes.length > 0 && offset === highest && offset !== Math.min(initial, ...changes.map((c) => c.to)) ? 'DAYLIGHT' : 'STANDARD');
  observance(kindOf(initial), '19700101T000000', initial, initial);
  for (const change of changes) {
    // DTSTART is the local time just before the change, on the old offset.
    const local = new Date(change.at + change.from * 60_000).toISOString();
    observance(kindOf(change.to), `${compact(local.slice(0, 10))}T${local.slice(11, 19).replace(/:/g, '')}`, change.from, change.to);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

export const renderIcs: CalendarRenderer = (plan, strategy, { lang }) => {
  const l = labelsFor(strategy, lang);
  const name = strategy.organization.name;
  const zone = strategy.organization.time_zone;
  if (zone !== undefined && !isTimeZone(zone)) throw new RangeError(`unknown time zone "${zone}"`);
  const timed = plan.slots.some((s) => s.time);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//social-plan//plan calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(l.t('ics.name', { name }))}`,
    ...(zone ? [`X-WR-TIMEZONE:${zone}`] : []),
    ...(zone && timed ? vtimezone(zone, plan.from, plan.to) : []),
  ];
  // Each event is folded and joined as soon as it is written, so that a year of posts holds one
  // string per event rather than one per line (docs/robustness.md: bounded memory).
  const blocks: string[] = [];
  const flush = () => {
    blocks.push(lines.map(foldLine).join('\r\n'));
    lines.length = 0;
  };
  flush();
  const dtstamp = `${compact(plan.from)}T000000Z`;
  const ranks = new Map<string, number>();
  for (const s of plan.slots) {
    const key = `${s.date}\u0000${s.platform}`;
    const rank = ranks.get(key) ?? 0;
    ranks.set(key, rank + 1);
    const pillar = l.pillar(s.pillar);
    const summary = [l.platform(s.platform), pillar, s.format].filter(Boolean).join(' · ');
    const line = (label: CalendarKey, value: string | undefined) => (value ? l.t('ics.line', { label: l.t(label), value }) : '');
    const description = [
      line('ics.pillar', pillar),
      line('ics.format', s.format),
      line('ics.audience', s.audience && l.audience(s.audience)),
      line('ics.owner', s.owner),
      line('ics.status', l.t('ics.planned')),
      line('ics.idea', s.idea),
      line('ics.marks', s.keyDate),
      // An empty copy is said once, only when there is no idea to start from either.
      s.copy || !s.idea ? line('ics.copy', s.copy || l.t('ics.toWrite')) : '',
    ].filter(Boolean);
    lines.push('BEGIN:VEVENT', `UID:${uidOf(name, s.date, s.platform, rank)}`, `DTSTAMP:${dtstamp}`);
    if (s.time) {
      const tzid = zone ? `;TZID=${zone}` : '';
      const endMinutes = minutesOf(s.time) + EVENT_MINUTES;
      const endDate = endMinutes >= 24 * 60 ? addDays(s.date, 1) : s.date;
      lines.push(`DTSTART${tzid}:${compact(s.date)}T${compactTime(s.time)}`, `DTEND${tzid}:${compact(endDate)}T${compactTime(timeOf(endMinutes % (24 * 60)))}`);
    } else {
      lines.push(`DTSTART;VALUE=DATE:${compact(s.date)}`, `DTEND;VALUE=DATE:${compact(addDays(s.date, 1))}`);
    }
    lines.push(`SUMMARY:${escapeText(summary)}`, `DESCRIPTION:${escapeText(description.join('\n'))}`);
    if (pillar) lines.push(`CATEGORIES:${escapeText(pillar)}`);
    lines.push('STATUS:TENTATIVE', 'TRANSP:TRANSPARENT', 'END:VEVENT');
    flush();
  }
  for (const k of plan.keyDates) {
    const line = (label: CalendarKey, value: string | undefined) => (value ? l.t('ics.line', { label: l.t(label), value }) : '');
    const region = l.region(strategy.organization.region ?? '');
    const kind = k.origin === 'holiday' ? l.t(k.type === 'public' ? 'ics.holiday' : 'ics.observance', { region }) : '';
    const description = [
      kind,
      line('ics.pillar', k.pillar && l.pillar(k.pillar)),
      line('ics.campaign', k.campaign),
      line('ics.note', k.note),
      line('ics.blackout', k.blackoutPillars?.map((p) => l.pillar(p)).join(', ')),
    ].filter(Boolean);
    lines.push('BEGIN:VEVENT', `UID:${keyDateUidOf(name, k.date, k.name)}`, `DTSTAMP:${dtstamp}`);
    lines.push(`DTSTART;VALUE=DATE:${compact(k.date)}`, `DTEND;VALUE=DATE:${compact(addDays(k.date, 1))}`);
    lines.push(`SUMMARY:${escapeText(l.t('ics.keyDateSummary', { name: k.name }))}`);
    if (description.length > 0) lines.push(`DESCRIPTION:${escapeText(description.join('\n'))}`);
    lines.push(`CATEGORIES:${escapeText(l.t('ics.keyDate'))}`, 'TRANSP:TRANSPARENT', 'END:VEVENT');
    flush();
  }
  lines.push('END:VCALENDAR');
  flush();
  return blocks.join('\r\n') + '\r\n';
};
