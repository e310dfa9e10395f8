// `plan rules [RULE-ID]`: the rules `plan validate` applies, with their severity, rationale and
// source; with an id, the fix and a passing and a failing snippet.
import { UsageError } from '../../errors.js';
import { resolveLang, translator, type Lang, type Translate } from '../../i18n/index.js';
import { rulesCatalog, type RulesKey } from '../../i18n/rules.js';
import type { CommandIO, GlobalOptions } from '../../io/context.js';
import { RULES } from '../../rules/index.js';
import { POST_RULES } from '../../rules/posts/index.js';
import type { PostRule, PostSetRule } from '../../posts/types.js';
import { POST_SET_RULES } from '../../rules/posts/set-rules.js';
import type { Rule } from '../../rules/types.js';
import { citationText, SOURCES, type Citation } from '../../rules/sources.js';
import { painter, shouldColor } from '../../term/style.js';
import { closest } from '../../text/suggest.js';
import { renderRows, renderTable } from '../../text/table.js';
import { SUPPRESS_IDS } from '../../validate/suppress.js';

export interface RulesOptions extends GlobalOptions {
  format?: string;
}

/** Built-in families that are not rule files: described briefly, configurable like rules. */
const FAMILIES = [
  { id: 'yaml/*', key: 'rules.family.yaml', severity: 'error' },
  { id: 'schema/*', key: 'rules.family.schema', severity: 'error' },
  { id: 'suppress/*', key: 'rules.family.suppress', severity: 'warn' },
  { id: 'posts/syntax', key: 'rules.family.postsSyntax', severity: 'error' },
  { id: 'posts/no-strategy', key: 'rules.family.postsStrategy', severity: 'error' },
] as const;

/** Strategy rules, then post rules (category `posts`). */
const ALL_RULES: readonly (Rule | PostRule | PostSetRule)[] = [...RULES, ...POST_RULES, ...POST_SET_RULES];

export interface RuleInfo {
  id: string;
  category: string;
  severity: string;
  rationale: string;
  fix: string;
  sources: Citation[];
  /** Sources written out as text, for rules whose sources are not in the registry yet. */
  source?: string;
  /** The rule's documentation page (`meta.docs.url`). */
  url: string;
  examples?: { pass: string; fail: string };
}

export function describeRule(rule: Rule | PostRule | PostSetRule, lang: Lang): RuleInfo {
  const t = translator(rule.messages, lang);
  const examples = rule.examples && (lang === 'fr' && rule.examples.fr ? rule.examples.fr : { pass: rule.examples.pass, fail: rule.examples.fail });
  return {
    id: rule.id,
    category: 'category' in rule ? rule.category : 'posts',
    severity: rule.severity,
    rationale: t('rationale'),
    fix: t('fix'),
    sources: (rule.sources ?? []).map((id) => SOURCES[id]),
    ...('source' in rule && rule.source ? { source: rule.source } : {}),
    url: rule.meta.docs.url,
    ...(examples ? { examples } : {}),
  };
}

export async function runRules(ruleId: string | undefined, options: RulesOptions, io: CommandIO): Promise<number> {
  const lang = resolveLang(options.lang, undefined, io.env);
  const t = translator(rulesCatalog, lang);
  const json = options.format === 'json';
  if (options.format !== undefined && options.format !== 'json' && options.format !== 'text') {
    throw new UsageError(`Unknown format "${options.format}". Use text or json.`);
  }
  const paint = painter(!json && shouldColor({ flag: options.color, isTTY: Boolean(io.stdout.isTTY), env: io.env }));

  if (ruleId === undefined) {
    const rules = ALL_RULES.map((rule) => describeRule(rule, lang));
    const families = FAMILIES.map((f) => ({ id: f.id, severity: f.severity, description: t(f.key) }));
    if (json) {
      io.stdout.write(JSON.stringify({ rules, families }, null, 2) + '\n');
      return 0;
    }
    const rows = rules.map((r) => [r.id, severityWord(r.severity, t), r.rationale]);
    io.stdout.write(renderTable([t('rules.header.id'), t('rules.header.severity'), t('rules.header.rationale')], rows, (cell, c, r) =>
      r === 0 ? paint.bold(cell) : c === 0 ? paint.cyan(cell) : cell));
    io.stdout.write('\n' + t('rules.builtIn') + '\n');
    io.stdout.write(renderRows(families.map((f) => [`  ${f.id}`, severityWord(f.severity, t), f.description])));
    if (!options.quiet) io.stderr.write('\n' + t('rules.footer') + '\n');
    return 0;
  }

  const rule = ALL_RULES.find((r) => r.id === ruleId);
  if (!rule) {
    const family = FAMILIES.find((f) => ruleId === f.id || (f.id.endsWith('/*') && ruleId.startsWith(f.id.slice(0, -1))));
    if (family && (family.id !== 'suppress/*' || (SUPPRESS_IDS as readonly string[]).includes(ruleId) || ruleId === family.id)) {
      const severity = ruleId === 'suppress/unused' ? 'info' : family.severity;
      const info = { id: ruleId, family: family.id, severity, description: t(family.key) };
      io.stdout.write(json ? JSON.stringify(info, null, 2) + '\n' : `${paint.bold(ruleId)}  (${severityWord(severity, t)})\n${info.description}\n`);
      return 0;
    }
    const suggestion = closest(ruleId, [...ALL_RULES.map((r) => r.id), ...SUPPRESS_IDS]);
    throw new UsageError(t('rules.unknown', { id: ruleId, suggestion: suggestion ? t('rules.didYouMean', { suggestion }) : '' }));
  }
  const info = describeRule(rule, lang);
  io.stdout.write(json ? JSON.stringify(info, null, 2) + '\n' : explain(info, t, paint));
  return 0;
}

function indent(text: string): string {
  return text.trimEnd().split('\n').map((line) => `    ${line}`).join('\n');
}

/** `error` -> `erreur` in French text output (JSON keeps the ids `.planrc.yaml` uses). */
function severityWord(severity: string, t: Translate<RulesKey>): string {
  return severity === 'error' || severity === 'warn' || severity === 'info' ? t(`rules.severity.${severity}`) : severity;
}

/** `editorial` -> "ligne éditoriale"; a category without a word yet is shown as its id. */
function categoryWord(category: string, t: Translate<RulesKey>): string {
  const key = `rules.category.${category}`;
  return Object.hasOwn(rulesCatalog.en, key) ? t(key as RulesKey) : category;
}

function explain(info: RuleInfo, t: Translate<RulesKey>, paint: ReturnType<typeof painter>): string {
  const lines = [
    `${paint.bold(info.id)}  (${severityWord(info.severity, t)}, ${categoryWord(info.category, t)})`,
    info.rationale,
    '',
    `${paint.bold(t('rules.fix'))} ${info.fix}`,
    `${paint.bold(t('rules.docs'))} ${info.url}`,
  ];
  if (info.sources.length > 0 || info.source) {
    lines.push('', paint.bold(t('rules.sources')));
    for (const source of info.sources) lines.push(`  - ${citationText(source, t('rules.via'))}`);
    if (info.source) lines.push(`  - ${info.source}`);
  }
  if (info.examples) {
    lines.push('', paint.green(t('rules.pass')), indent(info.examples.pass), '', paint.red(t('rules.fail')), indent(info.examples.fail));
  }
  return lines.join('\n') + '\n';
}
