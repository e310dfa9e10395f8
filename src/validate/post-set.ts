// The rules over the posts of one strategy at once (src/rules/posts/set-rules.ts: the pillar mix,
// the cadence), after every file of the run has had its own check. Their findings join the reports
// of the post files they point at, through the same configuration (severities, inline directives)
// as the per-file findings, so formats and exit codes do not tell them apart.
import { compareFindings, type FileReport, type Finding } from '../diagnostics.js';
import { resolveLang } from '../i18n/index.js';
import type { Input } from '../io/inputs.js';
import { todayIn } from '../calendar/dates.js';
import { isTimeZone } from '../calendar/timezone.js';
import { isPostFile } from '../posts/files.js';
import { configuredMixWindow, DEFAULT_TOLERANCE } from '../posts/mix.js';
import { parsePost, rangeOfField, rangeOfText, type ParsedPost } from '../posts/parse.js';
import type { Post, PostSetRule } from '../posts/types.js';
import { checkOptionsFor, type RunContext } from '../run-context.js';
import { RULES } from '../rules/index.js';
import { POST_RULE_IDS } from '../rules/posts/index.js';
import { POST_SET_RULES } from '../rules/posts/set-rules.js';
import type { Strategy } from '../strategy/types.js';
import { applyOverrides } from './check.js';
import { checkMessages } from './messages.js';
import { applySuppressions, parsePostDirectives } from './suppress.js';

export interface PostSetSettings {
  cwd: string;
  /** `--strategy FILE`, absolute. */
  strategy?: string;
  rules?: readonly PostSetRule[];
  /** The posts the per-file checks parsed, by file name as shown: read instead of parsing again. */
  parsed?: ReadonlyMap<string, Post>;
  /** `--now` as given (YYYY-MM-DD): today as is; else today is the clock's date in the strategy's time zone. */
  today?: string;
}

/** Add the set rules' findings to `reports` (in place; the reports of the run's inputs, in order). */
export async function addPostSetFindings(reports: FileReport[], inputs: readonly Input[], run: RunContext, settings: PostSetSettings): Promise<void> {
  const posts = inputs.flatMap((input, index) => (input.kind === 'file' && isPostFile(input.name) ? [{ input, index }] : []));
  if (posts.length === 0) return;
  const [{ strategyLocator, loadPosts }, { checkFile }, { readRegularFile, DEFAULT_MAX_BYTES }] = await Promise.all([import('../posts/load.js'), import('./check-file.js'), import('../io/read.js')]);

  // The posts of each strategy, together.
  const groups = new Map<string, typeof posts>();
  const locate = strategyLocator(run.config, settings.strategy);
  for (const post of posts) {
    const located = await locate((post.input as { path: string }).path);
    if (!('path' in located)) continue;
    const strategyPath = located.path;
    const group = groups.get(strategyPath);
    if (group) group.push(post);
    else groups.set(strategyPath, [post]);
  }

  for (const [strategyPath, members] of groups) {
    let strategy: Strategy;
    try {
      const bytes = Uint8Array.from(readRegularFile({ kind: 'file', path: strategyPath, name: strategyPath }, DEFAULT_MAX_BYTES, run.t));
      const { result, data } = await checkFile(bytes, strategyPath, await checkOptionsFor(run, strategyPath));
      // The per-file check already said why a strategy cannot be used.
      if (!result.schemaValid) continue;
      strategy = data as Strategy;
    } catch {
      continue;
    }
    // Only the posts are kept (text and fields), not their YAML documents: a post is parsed again for
    // positions when a finding points into it (1,000 documents at once were ~23 MiB more).
    const parsed: Post[] = [];
    for (const member of members) {
      const known = settings.parsed?.get(member.input.name);
      parsed.push(...(known ? [known] : (await loadPosts([member.input.name], settings.cwd, run.t)).posts.map((p) => p.post)));
    }
    const firstPath = (members[0]!.input as { path: string }).path;
    const mix = (await run.config(firstPath))?.mix ?? {};
    const zone = strategy.organization.time_zone;
    const window = configuredMixWindow(parsed, mix, settings.today ?? todayIn(run.now, zone !== undefined && isTimeZone(zone) ? zone : undefined));
    if (!window) continue;
    const lang = resolveLang(run.langFlag, strategy.organization.language, run.env);
    const messages = checkMessages(lang);
    const found = new Map<string, { at: ParsedPost; findings: Finding[] }>();
    for (const rule of settings.rules ?? POST_SET_RULES) {
      const hits = rule.checkAll(
        parsed,
        { t: messages.rule(rule), lang, now: run.now, strategy, window, tolerance: { share: mix.tolerance ?? DEFAULT_TOLERANCE.share, posts: mix.cadenceTolerance ?? DEFAULT_TOLERANCE.posts } },
      );
      for (const { post, hit } of hits) {
        let entry = found.get(post.file);
        if (!entry) {
          const at = parsePost(post.text, post.file, lang);
          found.set(post.file, (entry = { at, findings: [] }));
        }
        const range = 'path' in hit ? rangeOfField(entry.at, hit.path, hit.anchor) : rangeOfText(entry.at, hit.offset, hit.length);
        entry.findings.push({ ruleId: rule.id, severity: rule.severity, message: hit.message, file: post.file, path: 'path' in hit ? hit.path : [], range });
      }
    }
    const knownIds = [...POST_RULE_IDS, ...RULES.map((rule) => rule.id)];
    const memberOf = new Map(members.map((m) => [m.input.name, m]));
    for (const { at, findings } of found.values()) {
      const member = memberOf.get(at.post.file);
      if (!member) continue;
      const report = reports[member.index]!;
      const options = await checkOptionsFor(run, (member.input as { path: string }).path);
      const fm = at.frontMatter;
      const bodyLine = fm ? at.lines.position(fm.span.offset + fm.span.text.length).line + 1 : 1;
      const directives = parsePostDirectives(at.post.text, bodyLine);
      const configured = applyOverrides(findings, at.post.file, options.severityOverride);
      const suppressed = applySuppressions(at.post.text, at.post.file, configured, knownIds, messages.rules, directives);
      // A directive this pass used is not unused: only the ones unused by both passes stay reported.
      const stillUnused = new Set(suppressed.problems.filter((p) => p.ruleId === 'suppress/unused').map((p) => `${p.range.start.line}:${p.message}`));
      const kept = report.findings.filter((f) => f.ruleId !== 'suppress/unused' || stillUnused.has(`${f.range.start.line}:${f.message}`));
      reports[member.index] = { ...report, findings: [...kept, ...suppressed.findings].sort(compareFindings) };
    }
  }
}
