// Where we stand (`plan brief --data`): the report of the objectives against the data, in the
// brief's language, as the report's own Markdown and HTML bodies one heading level down.
import type { Lang } from '../../i18n/index.js';
import { htmlBody, REPORT_CSS } from '../../report/format/html.js';
import { markdownBody } from '../../report/format/markdown.js';
import { reportView } from '../../report/format/view.js';
import type { Report } from '../../report/model.js';
import type { BriefData } from '../types.js';

export function standingSection(report: Report, lang: Lang): NonNullable<BriefData['standing']> {
  const view = reportView(report, lang);
  return { markdown: markdownBody(view, 2), html: htmlBody(view, 2, 'standing'), css: REPORT_CSS };
}
