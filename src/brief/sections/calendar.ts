// The calendar: the first weeks of posts, when the strategy asks for them (`calendar.brief_weeks`).
import { formatCalendarMarkdown, planWithKeyDates, type CalendarSlot, type KeyDate } from '../../calendar/index.js';
import { isoDay, pluralOf } from '../../i18n/intl.js';
import type { BriefData } from '../types.js';
import type { SectionContext } from './context.js';
import { arr, num, obj, str } from './read.js';

export function calendarSection(c: SectionContext): BriefData['calendar'] {
  const { input, lang, fmt, t } = c;
  const weeks = num(obj(c.data.calendar).brief_weeks) ?? 0;
  if (weeks <= 0) return undefined;
  const strategy = input.strategy;
  const from = isoDay(input.now, str(c.org.time_zone) || undefined);
  let slots: CalendarSlot[] = [];
  let keyDates: KeyDate[] = [];
  let markdown = '';
  try {
    // Key dates (the region's holidays, the strategy's own) load date-holidays on first use.
    const plan = planWithKeyDates(strategy, { from, weeks }, lang);
    slots = plan.slots;
    keyDates = plan.keyDates;
    // Level 3: the calendar's title sits under the brief's own section heading.
    markdown = slots.length ? formatCalendarMarkdown(slots, strategy, lang, { from, weeks, headingLevel: 3, keyDates, defaultTimes: plan.defaultTimes }).trim() : '';
  } catch {
    // The calendar may meet data it cannot plan (rendered with --force): the brief goes on without it.
    slots = [];
    keyDates = [];
    markdown = '';
  }
  const pillarEntries = arr(obj(obj(strategy).editorial_line).pillars).map(obj);
  const pillarName = (id: unknown) => str(pillarEntries.find((p) => p.id === id)?.name) || str(id);
  return {
    weeks,
    intro: t(`calendar.intro.${pluralOf(lang, weeks)}`, { weeks: fmt.number(weeks) }),
    markdown,
    hasCopy: slots.some((slot) => str(slot.copy) !== ''),
    slots: slots.map((slot) => postRow(slot)),
    rows: [
      ...keyDates.map((k) => ({ sort: `${k.date} `, row: { kind: 'key' as const, date: fmt.dayShort(k.date), name: k.name, note: str(k.note) } })),
      ...slots.map((slot) => ({ sort: `${slot.date}T${slot.time ?? ''}`, row: { kind: 'post' as const, ...postRow(slot), keyDate: slot.keyDate !== undefined } })),
    ]
      .sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0))
      .map((x) => x.row),
  };

  function postRow(slot: CalendarSlot) {
    return {
      date: fmt.dayShort(slot.date),
      time: fmt.time(slot.time ?? ''),
      platform: c.platformNameById(slot.platform),
      format: str(slot.format),
      pillar: pillarName(slot.pillar),
      idea: str(slot.idea),
      copy: str(slot.copy),
    };
  }
}
