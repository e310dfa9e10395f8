// `plan posts export [paths...] --format hootsuite|csv|ics`: check the posts as plan validate does
// (one with an error stops the export unless --allow-errors), then write each post's message per
// platform, with that platform's own text, for a scheduler. Published posts are left out.
import { resolve } from 'node:path';
import { EXIT, InputError, UsageError } from '../../errors.js';
import type { FileReport } from '../../diagnostics.js';
import { formatStylish } from '../../formatters/stylish.js';
import { joinList, pluralKey, translator, type Lang, type Translate } from '../../i18n/index.js';
import { coreCatalog } from '../../i18n/core.js';
import { draftsCatalog, type DraftsKey } from '../../i18n/drafts.js';
import type { CommandIO, GlobalOptions } from '../../io/context.js';
import { expandInputs } from '../../io/inputs.js';
import { DEFAULT_MAX_BYTES } from '../../io/read.js';
import { fileExists, isStdout, resolveTarget, writeFileAtomic } from '../../io/write.js';
import { isIsoDate, todayIn } from '../../calendar/dates.js';
import { isTimeZone } from '../../calendar/timezone.js';
import { isPostFile, POSTS_FOLDER } from '../../posts/files.js';
import { loadPosts } from '../../posts/load.js';
import { exportRows, hootsuiteProblems, isExportable, isPostExportFormat, POST_EXPORTERS, POST_EXPORT_FORMATS, type HootsuiteProblem } from '../../posts/export/index.js';
import { createRunContext } from '../../run-context.js';
import { shouldColor } from '../../term/style.js';
import { checkInOrder, fileChecker } from '../../validate/batch.js';
import { VERSION } from '../../version.js';
import { parseNow } from '../option-parsers.js';
import { postStrategyPath, readStrategyAt } from './strategy.js';
import { startsLikeFormula } from '../../calendar/csv-field.js';

export interface PostsExportOptions extends GlobalOptions {
  format?: string;
  out?: string;
  force?: boolean;
  platform?: string;
  from?: string;
  to?: string;
  allowErrors?: boolean;
  strategy?: string;
  config?: string;
  now?: string;
}

export async function runPostsExport(paths: string[], options: PostsExportOptions, io: CommandIO): Promise<number> {
  const run = createRunContext({ lang: options.lang, now: parseNow(options.now), env: io.env, cwd: io.cwd, config: options.config });
  const early = translator(draftsCatalog, run.lang);
  const format = options.format ?? '';
  if (!isPostExportFormat(format)) throw new UsageError(early('export.error.format', { value: format, allowed: joinList(POST_EXPORT_FORMATS, run.lang, 'or') }));
  for (const [flag, value] of [['--from', options.from], ['--to', options.to]] as const) {
    if (value !== undefined && !isIsoDate(value)) throw new UsageError(early('export.error.range', { flag, value }));
  }
  const write = { overwrite: Boolean(options.force), displayName: options.out };
  if (options.out !== undefined && !isStdout(options.out)) await resolveTarget(resolve(io.cwd, options.out), write, run.t);

  // The posts: the files and folders named, else posts/ here.
  const named = paths.length > 0 ? paths : [POSTS_FOLDER];
  if (paths.length === 0 && !(await fileExists(resolve(io.cwd, POSTS_FOLDER)))) throw new InputError(early('export.error.none', { paths: `${POSTS_FOLDER}/` }));
  const inputs = (await expandInputs(named, io.cwd, run.t)).filter((input) => input.kind === 'file' && isPostFile(input.name));
  if (inputs.length === 0) throw new InputError(early('export.error.none', { paths: named.join(', ') }));

  // Checked as plan validate checks them: the same findings, the same configuration.
  const strategyFlag = options.strategy !== undefined ? resolve(io.cwd, options.strategy) : undefined;
  if (strategyFlag !== undefined && !(await fileExists(strategyFlag))) throw new InputError(run.t('input.notFound', { path: options.strategy! }));
  const reports = await checkInOrder(inputs, fileChecker(run, DEFAULT_MAX_BYTES, () => io.stdin, { cwd: io.cwd, ...(strategyFlag !== undefined ? { strategy: strategyFlag } : {}) }));
  const failing = reports.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })).filter((r) => r.findings.length > 0);

  // One strategy for the whole export: its names, its time zone, its language.
  const strategyPaths = new Set<string>();
  for (const input of inputs) if (input.kind === 'file') strategyPaths.add(await postStrategyPath(input.path, options, io, run.lang));
  if (strategyPaths.size > 1) throw new UsageError(early('export.error.strategies', { files: [...strategyPaths].join(', ') }));
  const { strategy, lang } = await readStrategyAt([...strategyPaths][0]!, options, io, run.lang);
  const t = translator(draftsCatalog, lang);
  const color = shouldColor({ flag: options.color, isTTY: Boolean(io.stderr.isTTY), env: io.env });
  const show = (files: FileReport[]) => io.stderr.write(formatStylish(files, { color, cwd: io.cwd, lang, version: VERSION, failSeverity: 'error' }));
  if (failing.length > 0) {
    show(failing);
    if (!options.allowErrors) {
      io.stderr.write(`plan: ${t(pluralKey('export.error.blocked', failing.length, lang), { count: failing.length })}\n`);
      return EXIT.findings;
    }
  }

  const { posts } = await loadPosts(inputs.map((input) => input.name), io.cwd, run.t, lang);
  const exportable = posts.map((parsed) => parsed.post).filter((post) => isExportable(post, format === 'hootsuite'));
  const platforms = options.platform?.split(',').map((id) => id.trim()).filter(Boolean);
  if (platforms !== undefined) {
    const known = strategy.platforms.map((p) => p.id);
    const unknown = platforms.find((id) => !known.includes(id));
    if (unknown !== undefined || platforms.length === 0) throw new UsageError(t('new.error.platform', { value: unknown ?? options.platform!, allowed: joinList(known, lang) }));
  }
  const rows = exportRows(exportable, { ...(platforms ? { platforms } : {}), ...(options.from ? { from: options.from } : {}), ...(options.to ? { to: options.to } : {}) });
  const zone = strategy.organization.time_zone;
  if (format === 'ics' && zone !== undefined && !isTimeZone(zone)) throw new InputError(t('export.error.timeZone', { value: zone }));

  if (format === 'hootsuite') {
    // One profile per upload: checked first, or one post's two platforms read as a duplicate message.
    const used = [...new Set(rows.map((row) => row.platform))];
    if (used.length > 1) throw new UsageError(t('export.error.profiles', { count: used.length, platforms: joinList(used, lang), first: used[0]! }));
    const today = options.now ?? todayIn(run.now, zone !== undefined && isTimeZone(zone) ? zone : undefined);
    const problems = hootsuiteProblems(rows, today);
    if (problems.length > 0) {
      for (const problem of problems) io.stderr.write(`${problemText(problem, t)}\n`);
      io.stderr.write(`plan: ${t('export.error.hootsuiteProblems')}\n`);
      return EXIT.findings;
    }
  }

  const text = POST_EXPORTERS[format](rows, { strategy, lang });
  if (options.out !== undefined && !isStdout(options.out)) await writeFileAtomic(resolve(io.cwd, options.out), text, write, translator(coreCatalog, lang));
  else io.stdout.write(text);
  if (!options.quiet) {
    const published = posts.filter((parsed) => parsed.post.meta.status === 'published').length;
    const drafts = posts.length - exportable.length - published;
    if (published > 0) io.stderr.write(`${t('export.note.skippedStatus', { count: published })}\n`);
    if (drafts > 0) io.stderr.write(`${t('export.note.skippedDrafts', { count: drafts })}\n`);
    io.stderr.write(`${t(pluralKey('export.note.exported', rows.length, lang), { count: rows.length, posts: postCount(exportable.length, lang) })}\n`);
    // Hootsuite publishes each cell as written, so nothing is prefixed; but a spreadsheet opened to
    // review the file would run these as formulas.
    const formulaLike = format === 'hootsuite' ? rows.filter((row) => startsLikeFormula(row.text)).length : 0;
    if (formulaLike > 0) io.stderr.write(`${t(pluralKey('export.note.formulaLike', formulaLike, lang), { count: formulaLike })}\n`);
  }
  return EXIT.ok;
}

function postCount(count: number, lang: Lang): string {
  const t = translator(draftsCatalog, lang);
  return t(pluralKey('export.posts', count, lang), { count });
}

function problemText(problem: HootsuiteProblem, t: Translate<DraftsKey>): string {
  switch (problem.kind) {
    case 'too-many':
      return t('export.error.tooMany', { count: problem.count, max: problem.max });
    case 'no-date':
      return t('export.error.noDate', { file: problem.row.post.file });
    case 'no-time':
      return t('export.error.noTime', { file: problem.row.post.file });
    case 'empty':
      return t('export.error.empty', { file: problem.row.post.file, platform: problem.row.platform });
    case 'five-minutes':
      return t('export.error.notFiveMinutes', { file: problem.row.post.file, time: problem.row.time!, earlier: problem.earlier, later: problem.later });
    case 'past':
      return t('export.error.past', { file: problem.row.post.file, date: problem.row.date!, time: problem.row.time ?? '', today: problem.today });
    case 'duplicate':
      return t('export.error.duplicate', { file: problem.row.post.file, platform: problem.row.platform, other: problem.other.post.file });
  }
}
