// The calendar: the first weeks of posts, when the strategy asks for them (`calendar.brief_weeks`).
import { formatCalendarMarkdown, planCalendar, type CalendarSlot } from '../../calendar/index.js';
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
  let markdown = '';
  try {
    slots = planCalendar(strategy, { from, weeks });
    // Level 3: the calendar's title sits under the brief's own section heading.
    markdown = slots.length ? formatCalendarMarkdown(slots, strategy, lang, { from, weeks, headingLevel: 3 }).trim() : '';
  } catch {
    // The calendar may meet data it cannot plan (rendered with --force): the brief goes on without it.
    slots = [];
    markdown = '';
  }
  const pillarEntries = arr(obj(obj(strategy).editorial_line).pillars).map(obj);
  const pillarName = (id: unknown) => str(pillarEntries.find((p) => p.id === id)?.name) || str(id);
  return {
    weeks,
    intro: t(`calendar.intro.${pluralOf(lang, weeks)}`, { weeks: fmt.number(weeks) }),
    markdown,
    hasCopy: slots.some((slot) => str(slot.copy) !== ''),
    slots: slots.map((slot) => ({
      date: fmt.dayShort(slot.date),
      time: fmt.time(slot.time ?? ''),
      platform: c.platformNameById(slot.platform),
      format: str(slot.format),
      pillar: pillarName(slot.pillar),
      copy: str(slot.copy),
    })),
  };
}
