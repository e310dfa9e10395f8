// The validation pipeline for one post file, pure: bytes in, findings out, never throwing. The same
// road as a strategy's: the file's own problems (encoding, structure, YAML of the front matter),
// then the post schema, then the post rules against the post's strategy; then the configured
// severities and the inline directives. Every finding is at a line and column of the post file.
import { compareFindings, type Finding, type PathSegment, type Severity } from '../diagnostics.js';
import { resolveLang, translator, type Lang } from '../i18n/index.js';
import { postsCatalog } from '../i18n/posts.js';
import { parsePost, rangeOfField, rangeOfText, type ParsedPost } from '../posts/parse.js';
import type { Post, PostHit, PostRule } from '../posts/types.js';
import { POST_RULE_IDS, POST_RULES } from '../rules/posts/index.js';
import { RULES } from '../rules/index.js';
import { decodeStrategyBytes, fileFinding } from '../strategy/decode.js';
import type { Strategy } from '../strategy/types.js';
import { applyOverrides, capFindings, positionOfByte, withoutInvalidValues } from './check.js';
import { checkMessages } from './messages.js';
import { checkPostSchema } from './schema.js';
import { applySuppressions, parsePostDirectives } from './suppress.js';
import type { CheckOptions } from './types.js';

/** The post's strategy as the run found it: its data when it passed its own check, else why not. */
export type PostStrategy =
  | { file: string; strategy: Strategy }
  | { problem: 'none' }
  | { problem: 'several'; folder: string; files: string[] }
  | { problem: 'invalid'; file: string }
  | { problem: 'unreadable'; file: string; reason: string };

export interface PostCheckOptions extends CheckOptions {
  /** The post rules; the built-in registry by default. */
  postRules?: readonly PostRule[];
}

export interface PostCheckResult {
  file: string;
  findings: Finding[];
  lang: Lang;
  /** The parsed post, when the file could be decoded. */
  parsed?: ParsedPost;
}

/** Check a post file's bytes against its strategy. */
export async function checkPostBytes(bytes: Uint8Array, file: string, strategy: PostStrategy, options: PostCheckOptions = {}): Promise<PostCheckResult> {
  const data = 'strategy' in strategy ? strategy.strategy : undefined;
  const lang = resolveLang(options.lang, data?.organization?.language, options.env);
  const decoded = decodeStrategyBytes(bytes);
  if (!('text' in decoded)) {
    const at = positionOfByte(bytes, decoded.offset ?? 0);
    const ruleId = decoded.problem === 'yaml.binary' ? 'yaml/binary' : 'yaml/encoding';
    return { file, lang, findings: [fileFinding(file, ruleId, checkMessages(lang).core(decoded.problem, { offset: decoded.offset ?? 0 }), { start: at, end: at })] };
  }
  return checkPostText(decoded.text, file, strategy, options);
}

/** Check a post file's text against its strategy. */
export async function checkPostText(text: string, file: string, strategy: PostStrategy, options: PostCheckOptions = {}): Promise<PostCheckResult> {
  const data = 'strategy' in strategy ? strategy.strategy : undefined;
  const lang = resolveLang(options.lang, data?.organization?.language, options.env);
  const messages = checkMessages(lang);
  const parsed = parsePost(text, file, lang);
  const findings: Finding[] = [...parsed.findings];
  const rules = options.postRules ?? POST_RULES;
  const fm = parsed.frontMatter;
  let omitted = parsed.omitted;

  // The rules read the front matter only when it is YAML fields at all (the parser said what is wrong otherwise).
  const readable = fm !== undefined && fm.data !== null && typeof fm.data === 'object' && !Array.isArray(fm.data) && !findings.some((f) => f.ruleId.startsWith('yaml/'));
  if (readable) {
    const hits: { ruleId: string; severity: Severity; hit: PostHit }[] = [];
    const schemaHits = checkPostSchema(fm.data, messages.core, lang, 100);
    omitted += schemaHits.omitted ?? 0;
    for (const hit of schemaHits) hits.push({ ruleId: hit.ruleId, severity: 'error', hit: { path: hit.path, anchor: hit.anchor, message: hit.message } });
    const meta = schemaHits.length === 0 ? parsed.post.meta : (withoutInvalidValues(parsed.post.meta, schemaHits) as Post['meta']);
    const post: Post = { ...parsed.post, meta };
    const problem = strategyProblem(strategy, lang);
    if (problem) hits.push({ ruleId: 'posts/no-strategy', severity: problem.severity, hit: { offset: 0, length: 3, message: problem.message } });
    const now = options.now ?? new Date();
    for (const rule of rules) {
      const t = messages.rule(rule);
      let ruleHits: PostHit[];
      try {
        ruleHits = await rule.check(post, { t, lang, now, ...(data ? { strategy: data } : {}) });
      } catch (error) {
        ruleHits = [{ offset: 0, message: `Internal error in rule ${rule.id}: ${(error as Error).message}. Please report it.` }];
      }
      for (const hit of ruleHits) hits.push({ ruleId: rule.id, severity: rule.severity, hit });
    }
    for (const { ruleId, severity, hit } of hits) {
      const range = 'path' in hit ? rangeOfField(parsed, hit.path, hit.anchor) : rangeOfText(parsed, hit.offset, hit.length);
      const path: PathSegment[] = 'path' in hit ? hit.path : [];
      findings.push({ ruleId, severity, message: hit.message, file, path, range });
    }
  }

  // The configured severities, then the inline directives (`# plan-disable-next-line` in the front
  // matter, `<!-- plan-disable-next-line -->` in the body), as for a strategy.
  const bodyLine = fm ? parsed.lines.position(fm.span.offset + fm.span.text.length).line + 1 : 1;
  const knownIds = [...POST_RULE_IDS, ...rules.map((rule) => rule.id), ...RULES.map((rule) => rule.id)];
  const configured = applyOverrides(findings, file, options.severityOverride);
  const suppressed = applySuppressions(parsed.post.text, file, configured, knownIds, messages.rules, parsePostDirectives(parsed.post.text, bodyLine));
  const all = [...suppressed.findings, ...applyOverrides(suppressed.problems, file, options.severityOverride)];
  all.sort(compareFindings);
  return { file, findings: capFindings(all, omitted, file, messages.core, lang), lang, parsed };
}

function strategyProblem(strategy: PostStrategy, lang: Lang): { severity: Severity; message: string } | undefined {
  if ('strategy' in strategy) return undefined;
  const t = translator(postsCatalog, lang);
  switch (strategy.problem) {
    case 'none':
      return { severity: 'error', message: t('strategy.none') };
    case 'several':
      return { severity: 'error', message: t('strategy.several', { files: strategy.files.join(', '), folder: strategy.folder, first: strategy.files[0]! }) };
    case 'invalid':
      return { severity: 'error', message: t('strategy.invalid', { file: strategy.file }) };
    case 'unreadable':
      return { severity: 'error', message: t('strategy.unreadable', { file: strategy.file, reason: strategy.reason }) };
  }
}
