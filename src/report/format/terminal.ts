// The report for a terminal: a table per part, the status in colour (and always in words, so
// colour never carries the meaning alone), a sparkline of each trend.
import type { ChalkInstance } from 'chalk';
import { renderTable } from '../../text/table.js';
import type { Status } from '../status.js';
import type { ReportView } from './view.js';

const TONE: Record<Status, 'green' | 'yellow' | 'red' | 'dim'> = {
  reached: 'green',
  'on-track': 'green',
  behind: 'yellow',
  'at-risk': 'red',
  missed: 'red',
  'no-data': 'dim',
  'not-followed': 'dim',
};

export function formatTerminal(view: ReportView, paint: ChalkInstance): string {
  const { t } = view;
  const out: string[] = [paint.bold(view.title), ...view.intro, ''];
  if (view.followed.length > 0) {
    const header = [t('col.objective'), t('col.figures'), t('col.way'), t('col.time'), t('col.status'), t('col.pace'), t('col.trend')];
    const rows = view.followed.map((o) => [o.label, o.figures, o.way, o.time, o.statusText, o.pace, o.trend]);
    out.push(
      renderTable(header, rows, (cell, column, row) => (row === 0 ? paint.bold(cell) : column === 4 ? paint[TONE[view.followed[row - 1]!.status]](cell) : cell)).trimEnd(),
      '',
    );
  }
  if (view.unfollowed.length > 0) {
    out.push(paint.bold(t('unfollowed.title')));
    for (const o of view.unfollowed) out.push(`  ${o.label}${view.colon} ${paint.dim(o.statusText)}, ${o.note ?? ''}`);
    out.push('');
  }
  if (view.posts) {
    out.push(paint.bold(t('posts.title')), view.posts.period);
    if (view.posts.none) out.push(t('posts.none'));
    else {
      const header = [t('col.platform'), t('col.planned'), t('col.actual'), t('col.posts'), t('col.trend')];
      out.push(renderTable(header, view.posts.rows.map((r) => [r.platform, r.planned, r.actual, r.posts, r.trend]), (cell, _c, row) => (row === 0 ? paint.bold(cell) : cell)).trimEnd());
    }
    out.push('');
    const pillars = view.posts.pillars;
    if (pillars) {
      out.push(paint.bold(t('pillars.title')), pillars.intro);
      const header = [t('col.pillar'), t('col.plannedShare'), t('col.actualShare'), t('col.posts')];
      out.push(renderTable(header, pillars.rows.map((r) => [r.pillar, r.planned, r.actual, r.posts]), (cell, _c, row) => (row === 0 ? paint.bold(cell) : cell)).trimEnd(), '');
    }
  }
  out.push(paint.dim(view.legend));
  return out.join('\n') + '\n';
}
