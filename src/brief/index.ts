// The brief: strategy + validation findings -> a view model (model.ts) -> an Eta template (the
// built-in ones, compiled at build time, or the user's --template), with the escape function of the
// output format.
import { Eta } from 'eta/core';
import type { Finding } from '../diagnostics.js';
import type { Lang } from '../i18n/index.js';
import type { Report } from '../report/model.js';
import type { Strategy } from '../strategy/types.js';
import { buildBriefData, type BriefData } from './model.js';
import { ETA_OPTIONS, escapeFor, renderBuiltin } from './templates.js';

export { BRIEF_MARKER, BRIEF_MARKERS, buildBriefData, hasBriefMarker, type BriefData } from './model.js';

export interface BriefInput {
  strategy: Strategy;
  /** Findings from validation; warnings become the "open points" box. */
  findings: readonly Finding[];
  lang: Lang;
  format: 'md' | 'html';
  now: Date;
  /** A user template's source text (--template), instead of the built-in one. */
  template?: string;
  /** The strategy's file name, shown in the brief's "generated from" line (base name only). */
  file?: string;
  /** `plan brief --data`: the report for the "Where we stand" section. */
  standing?: Report;
}

function engine(format: 'md' | 'html', lang: Lang): Eta {
  // Whitespace is meaning in Markdown: templates trim explicitly with `-%>` (autoTrim off).
  return new Eta({ ...ETA_OPTIONS, escapeFunction: escapeFor(format, lang), cache: false });
}

/** Render the brief. Throws only when a user template (--template) fails. */
export function renderBrief(input: BriefInput): string {
  const data: BriefData = buildBriefData(input);
  if (input.template !== undefined) return engine(input.format, input.lang).renderString(input.template, data);
  return tidy(renderBuiltin(input.format, data, input.lang), input.format);
}

/** One blank line at most between blocks, no trailing spaces, one final newline (markdownlint MD009/MD012/MD047). */
function tidy(text: string, format: 'md' | 'html'): string {
  let out = text.replace(/[ \t]+$/gm, '');
  if (format === 'md') out = out.replace(/\n{3,}/g, '\n\n');
  return out.replace(/\s*$/, '\n');
}
