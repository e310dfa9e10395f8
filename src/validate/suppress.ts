// Inline suppression: `# plan-disable-next-line rule-id[, other-id] -- reason` silences those rules
// on the next line with content. A reason is required (a directive without one is ignored and
// reported), unknown ids are reported with a suggestion, and a directive that silences nothing is
// reported as info, so stale comments do not pile up. Pure: text and findings in, findings out.
import type { Finding, Range } from '../diagnostics.js';
import type { Translate } from '../i18n/index.js';
import type { RulesKey } from '../i18n/rules.js';
import { closest } from '../text/suggest.js';

export const SUPPRESS_IDS = ['suppress/missing-reason', 'suppress/unknown-rule', 'suppress/unused'] as const;

const DIRECTIVE = /#\s*plan-disable-next-line\b(.*)$/;

export interface Directive {
  /** 1-based line of the comment. */
  line: number;
  col: number;
  /** 1-based line it applies to: the next line that is not blank or a comment. */
  target: number;
  ids: string[];
  reason: string;
}

/** Find every directive in the text. Only full-line comments count: a `#` after a value could sit
 *  inside a quoted string, and "next line" is clearest when the comment has a line of its own. */
/** Whether the text may hold a directive: most files have none, and one native search is cheap. */
export function mayHaveDirectives(text: string): boolean {
  return text.includes('plan-disable-next-line');
}

export function parseDirectives(text: string): Directive[] {
  if (!mayHaveDirectives(text)) return [];
  const lines = text.split(/\r?\n/);
  const out: Directive[] = [];
  lines.forEach((content, index) => {
    const match = DIRECTIVE.exec(content);
    if (!match || !/^\s*$/.test(content.slice(0, match.index))) return;
    let target = index + 2;
    while (target <= lines.length && /^\s*(#.*)?$/.test(lines[target - 1]!)) target++;
    out.push(directiveOf(match[1] ?? '', index + 1, match.index + 1, target));
  });
  return out;
}

/** The ids and the reason of a directive, from what follows `plan-disable-next-line`. */
function directiveOf(rest: string, line: number, col: number, target: number): Directive {
  const split = rest.indexOf(' --');
  // A trailing ` # comment` after the ids is not part of them.
  const idsPart = (split >= 0 ? rest.slice(0, split) : rest).split(/\s#/)[0]!;
  const reason = split >= 0 ? rest.slice(split + 3).trim() : '';
  const ids = idsPart.split(/[\s,]+/).filter(Boolean);
  return { line, col, target, ids, reason };
}

const HTML_DIRECTIVE = /^(\s*)<!--\s*plan-disable-next-line\b(.*?)-->\s*$/;
const HTML_COMMENT_LINE = /^\s*<!--.*-->\s*$/;

/**
 * The directives of a post file: `# plan-disable-next-line` lines in its front matter (lines before
 * `bodyLine`, the line after the closing `---`), `<!-- plan-disable-next-line ids -- reason -->`
 * lines in its body (a `#` there is a hashtag). Each applies to the next line with content of its part.
 */
export function parsePostDirectives(text: string, bodyLine: number): Directive[] {
  if (!mayHaveDirectives(text)) return [];
  const lines = text.split(/\r?\n/);
  const out: Directive[] = [];
  lines.forEach((content, index) => {
    const number = index + 1;
    if (number < bodyLine) {
      const match = DIRECTIVE.exec(content);
      if (!match || !/^\s*$/.test(content.slice(0, match.index))) return;
      let target = number + 1;
      while (target < bodyLine - 1 && /^\s*(#.*)?$/.test(lines[target - 1]!)) target++;
      out.push(directiveOf(match[1] ?? '', number, match.index + 1, target));
      return;
    }
    const match = HTML_DIRECTIVE.exec(content);
    if (!match) return;
    let target = number + 1;
    while (target <= lines.length && (/^\s*$/.test(lines[target - 1]!) || HTML_COMMENT_LINE.test(lines[target - 1]!))) target++;
    out.push(directiveOf(match[2] ?? '', number, match[1]!.length + 1, target));
  });
  return out;
}

export interface SuppressResult {
  findings: Finding[];
  /** Problems with the directives themselves. */
  problems: Finding[];
}

/**
 * Drop the findings that a valid directive silences, and report the directives' own problems.
 * `knownIds` are the rule ids a directive may name; `isKnown` accepts families such as schema/*.
 */
export function applySuppressions(
  text: string,
  file: string,
  findings: readonly Finding[],
  knownIds: readonly string[],
  t: Translate<RulesKey>,
  directives: readonly Directive[] = parseDirectives(text),
): SuppressResult {
  if (directives.length === 0) return { findings: [...findings], problems: [] };
  const known = new Set(knownIds);
  const isKnown = (id: string) => known.has(id) || /^(schema|yaml)\/[a-z0-9-]+$/.test(id);
  const problems: Finding[] = [];
  const silenced = new Map<number, Map<string, Directive>>();
  const at = (d: Directive): Range => ({ start: { line: d.line, col: d.col }, end: { line: d.line, col: d.col } });
  const problem = (d: Directive, ruleId: string, severity: Finding['severity'], message: string) =>
    problems.push({ ruleId, severity, message, file, path: [], range: at(d) });

  for (const d of directives) {
    if (d.ids.length === 0) {
      problem(d, 'suppress/missing-reason', 'warn', t('suppress.noRule'));
      continue;
    }
    const good: string[] = [];
    for (const id of d.ids) {
      if (isKnown(id)) {
        good.push(id);
        continue;
      }
      const suggestion = closest(id, knownIds);
      problem(d, 'suppress/unknown-rule', 'warn', t('suppress.unknownRule', { id, suggestion: suggestion ? t('suppress.didYouMean', { suggestion }) : '' }));
    }
    if (!d.reason) {
      problem(d, 'suppress/missing-reason', 'warn', t('suppress.missingReason', { ids: d.ids.join(', ') }));
      continue;
    }
    const byId = silenced.get(d.target) ?? new Map<string, Directive>();
    for (const id of good) byId.set(id, d);
    silenced.set(d.target, byId);
  }

  const used = new Set<string>();
  const kept = findings.filter((f) => {
    const d = silenced.get(f.range.start.line)?.get(f.ruleId);
    if (!d) return true;
    used.add(`${d.line}:${f.ruleId}`);
    return false;
  });
  for (const [, byId] of silenced) {
    for (const [id, d] of byId) {
      if (!used.has(`${d.line}:${id}`)) problem(d, 'suppress/unused', 'info', t('suppress.unused', { id }));
    }
  }
  return { findings: kept, problems };
}
