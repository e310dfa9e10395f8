// The report in Markdown: for a pull request, a wiki, a GitHub job summary, and the brief's
// "Where we stand" section (`depth` 2: its title is a level-2 heading under the brief's title).
import { escapeMarkdown, markdownWithCode } from '../../text/markdown.js';
import type { ReportView } from './view.js';

const cell = (text: string) => escapeMarkdown(text);

function table(header: readonly string[], rows: readonly (readonly string[])[], numeric: readonly number[] = []): string[] {
  const align = header.map((_, i) => (numeric.includes(i) ? '---:' : '---'));
  return [`| ${header.map(cell).join(' | ')} |`, `| ${align.join(' | ')} |`, ...rows.map((row) => `| ${row.map((c) => c || ' ').join(' | ')} |`)];
}

/** The report's body, its parts under headings one level below `depth`. */
export function markdownBody(view: ReportView, depth: number): string {
  const { t } = view;
  const h = '#'.repeat(depth + 1);
  const out: string[] = [view.intro.map(escapeMarkdown).join(' '), ''];
  if (view.followed.length > 0) {
    out.push(
      ...table(
        [t('col.objective'), t('col.measure'), t('col.figures'), t('col.way'), t('col.time'), t('col.status'), t('col.pace'), t('col.trend')],
        view.followed.map((o) => [cell(o.name), cell(o.measure), cell(o.figures), o.way, o.time, `**${cell(o.statusText)}**`, cell(o.pace), o.trend]),
        [3, 4],
      ),
      '',
    );
  }
  if (view.unfollowed.length > 0) {
    out.push(`${h} ${cell(t('unfollowed.title'))}`, '');
    for (const o of view.unfollowed) out.push(`- **${cell(o.name)}** (${cell(o.statusText)})${view.colon} ${markdownWithCode(o.note ?? '')}`);
    out.push('');
  }
  if (view.posts) {
    out.push(`${h} ${cell(t('posts.title'))}`, '', cell(view.posts.period), '');
    if (view.posts.none) out.push(cell(t('posts.none')), '');
    else {
      out.push(
        ...table([t('col.platform'), t('col.planned'), t('col.actual'), t('col.posts'), t('col.trend')], view.posts.rows.map((r) => [cell(r.platform), r.planned, r.actual, r.posts, r.trend]), [1, 2, 3]),
        '',
      );
    }
    const pillars = view.posts.pillars;
    if (pillars) {
      out.push(`${h} ${cell(t('pillars.title'))}`, '', cell(pillars.intro), '');
      out.push(...table([t('col.pillar'), t('col.plannedShare'), t('col.actualShare'), t('col.posts')], pillars.rows.map((r) => [cell(r.pillar), r.planned, r.actual, r.posts]), [1, 2, 3]), '');
    }
  }
  out.push(`_${cell(view.legend)}_`);
  return out.join('\n') + '\n';
}

export function formatMarkdown(view: ReportView): string {
  return `# ${escapeMarkdown(view.title)}\n\n${markdownBody(view, 1)}`;
}
