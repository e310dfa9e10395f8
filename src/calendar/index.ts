// CONTRACT used by `plan calendar` and the brief: keep these signatures stable.
import type { Lang } from '../i18n/index.js';
import type { Strategy } from '../strategy/types.js';

export interface CalendarSlot {
  /** YYYY-MM-DD in the strategy's time zone. */
  date: string;
  time?: string;
  platform: string;
  format?: string;
  pillar?: string;
  audience?: string;
  owner?: string;
  status: 'planned';
  copy: string;
}

export interface CalendarOptions {
  /** First day, YYYY-MM-DD. */
  from: string;
  weeks: number;
}

/** Placeholder until the calendar lands. */
export function planCalendar(_strategy: Strategy, _options: CalendarOptions): CalendarSlot[] {
  return [];
}

/** Placeholder until the calendar lands: a week-by-week Markdown grid. */
export function formatCalendarMarkdown(_slots: readonly CalendarSlot[], _strategy: Strategy, _lang: Lang): string {
  return '';
}
