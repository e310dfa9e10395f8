// The built-in templates (templates/brief/*.eta, files a designer can edit without touching code)
// are compiled by Eta at build time into src/generated/brief-templates.js (scripts/generate.mjs):
// `plan brief` neither reads nor compiles them at run time. A user's --template is compiled by
// Eta at run time with the same options.
import { html, md, type CompiledBrief } from '../generated/brief-templates.js';
import { escapeHtml, escapeMarkdown } from './escape.js';
import type { Lang } from '../i18n/index.js';
import { frenchTypography } from '../i18n/typography.js';

export type BriefFormat = 'md' | 'html';

/** Eta options of every brief template; scripts/generate-brief-templates.mjs has the same (tested). */
export const ETA_OPTIONS = { autoEscape: true, autoTrim: false } as const;

const BUILTIN: Record<BriefFormat, CompiledBrief> = { md, html };

/** The escape function of `<%= %>`: the output format's; a French brief also gets French spacing
 *  in the strategy's own texts (`à tous les âges ; c'est là` and `plus tard; la` print alike). */
export function escapeFor(format: BriefFormat, lang: Lang = 'en'): (value: unknown) => string {
  const escape = format === 'html' ? escapeHtml : escapeMarkdown;
  return lang === 'fr' ? (value) => escape(frenchTypography(String(value ?? ''))) : escape;
}

/** Render a built-in template: what Eta renders from templates/brief/brief.<format>.eta. */
export function renderBuiltin(format: BriefFormat, data: unknown, lang: Lang = 'en'): string {
  // `this` is what the compiled code reads of an Eta instance (autoFilter is off: filterFunction is unused).
  return BUILTIN[format].call({ config: { escapeFunction: escapeFor(format, lang), filterFunction: String } }, data, {});
}
