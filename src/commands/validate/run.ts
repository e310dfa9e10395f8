// `plan validate [paths...]`: check strategy files and report findings in the chosen format.
import { existsSync } from 'node:fs';
import type { Post } from '../../posts/types.js';
import { MIN_PUBLICATIONS } from '../../posts/mix.js';
import { appendFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { atLeast, isSeverity, type FileReport, type Severity } from '../../diagnostics.js';
import { EXIT, InputError, UsageError } from '../../errors.js';
import { isLang, translator } from '../../i18n/index.js';
import { reportsLanguage, summaryLine } from '../../formatters/summary.js';
import { joinList } from '../../i18n/intl.js';
import { FORMATTERS, FORMAT_NAMES, isFormatName, type FormatName } from '../../formatters/index.js';
import { expandInputs, type Input } from '../../io/inputs.js';
import { defaultStrategies } from '../../io/default-strategies.js';
import { formatNumber } from '../../i18n/intl.js';
import { DEFAULT_MAX_BYTES } from '../../io/read.js';
import { isStdout, writeFileAtomic } from '../../io/write.js';
import { findConfig } from '../../config/index.js';
import { renderMarkdown, STEP_SUMMARY_MAX_BYTES } from '../../formatters/markdown.js';
import { formatsCatalog } from '../../i18n/formats.js';
import type { FormatContext } from '../../formatters/types.js';
import type { CommandIO, GlobalOptions } from '../../io/context.js';
import { shouldColor } from '../../term/style.js';
import { progress } from '../../term/progress.js';
import type { Lang } from '../../i18n/index.js';
import { createRunContext } from '../../run-context.js';
import { checkInOrder, fileChecker } from '../../validate/batch.js';
import { VERSION } from '../../version.js';
import { parseNow, parseSize } from '../option-parsers.js';

export interface ValidateOptions extends GlobalOptions {
  format?: string;
  output?: string;
  failSeverity?: string;
  now?: string;
  maxSize?: string;
  config?: string;
  strategy?: string;
  /** `--stdin-filename`: what `-` is (a post or a strategy), where it sits, and the name findings give it. */
  stdinFilename?: string;
}

export async function runValidate(paths: string[], options: ValidateOptions, io: CommandIO): Promise<number> {
  const format = pickFormat(options.format, io.env);
  const failSeverity = options.failSeverity ?? 'error';
  if (!isSeverity(failSeverity)) throw new UsageError(`--fail-severity must be error, warn or info, not "${failSeverity}".`);
  const now = parseNow(options.now);
  const maxBytes = options.maxSize ? parseSize(options.maxSize) : DEFAULT_MAX_BYTES;
  const run = createRunContext({ lang: options.lang, now, env: io.env, cwd: io.cwd, config: options.config });
  const { lang, t } = run;
  // No path: the project's strategies, as brief and calendar find theirs (default-strategies.ts).
  if (paths.length === 0) paths = await defaultStrategies(io.cwd, lang, t, options.config);
  if (paths.length === 0) throw new InputError(t('input.noPaths'));

  const named = options.stdinFilename;
  const inputs = (await expandInputs(paths, io.cwd, t)).map((input): Input => (input.kind === 'stdin' && named !== undefined ? { kind: 'stdin', name: named, as: resolve(io.cwd, named) } : input));
  const strategy = options.strategy !== undefined ? resolve(io.cwd, options.strategy) : undefined;
  // A strategy named for the posts must exist: a typo there is an input error, not a finding per post.
  if (strategy !== undefined && !existsSync(strategy)) throw new InputError(t('input.notFound', { path: options.strategy! }));
  // Only for batches: a single slow file (a busy machine) is not a long run worth a progress line.
  const status = options.quiet || inputs.length < PROGRESS_MIN_FILES ? undefined : progress(io.stderr, inputs.length, {
    line: (done, total) => t('validate.progress', { done: formatCount(done, lang), total: formatCount(total, lang) }),
    once: (total) => t('validate.progressOnce', { total: formatCount(total, lang) }),
  });
  let reports: FileReport[];
  const parsedPosts = new Map<string, Post>();
  try {
    reports = await checkInOrder(inputs, fileChecker(run, maxBytes, () => io.stdin, { cwd: io.cwd, ...(strategy !== undefined ? { strategy } : {}), onPost: (file, post) => parsedPosts.set(file, post) }), status && ((done) => status.tick(done)));
  } finally {
    status?.end();
  }
  // The rules over all the posts of a strategy (the mix), once every file has had its own check.
  // Fewer publications than the mix rules need (one post checked alone) load nothing more.
  const publications = [...parsedPosts.values()].reduce((n, post) => n + (Array.isArray(post.meta.platforms) ? post.meta.platforms.length : 0), 0);
  if (publications >= MIN_PUBLICATIONS) {
    await (await import('../../validate/post-set.js')).addPostSetFindings(reports, inputs, run, { cwd: io.cwd, parsed: parsedPosts, ...(strategy !== undefined ? { strategy } : {}), ...(options.now !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(options.now) ? { today: options.now } : {}) });
  }

  const toFile = options.output !== undefined && !isStdout(options.output);
  const color = !toFile && format === 'stylish' && shouldColor({ flag: options.color, isTTY: Boolean(io.stdout.isTTY), env: io.env });
  // The report speaks the files' language (a French strategy, a French report) unless --lang says otherwise.
  const outputLang = isLang(options.lang) ? options.lang : reportsLanguage(reports, lang);
  const context: FormatContext = { color, cwd: io.cwd, lang: outputLang, version: VERSION, failSeverity };
  const text = (await FORMATTERS[format]())(reports, context);
  if (toFile) {
    // The report never replaces a file it reports on, nor the rule configuration it used.
    const readByRun = async () => [
      ...inputs.flatMap((input) => (input.kind === 'file' ? [input.path] : [])),
      ...(options.config !== undefined ? [resolve(io.cwd, options.config)] : []),
      ...(await configsFor(inputs, io.cwd)),
    ];
    await writeFileAtomic(resolve(io.cwd, options.output!), text, { overwrite: true, displayName: options.output, inputs: readByRun }, t);
  } else if (!(options.quiet && format === 'stylish' && isClean(reports))) {
    io.stdout.write(text);
  }
  if ((toFile || format !== 'stylish') && !options.quiet) io.stderr.write(summaryLine(reports, outputLang).text + '\n');
  await writeStepSummary(reports, { ...context, color: false }, io);

  const failing = reports.some((r) => r.findings.some((f) => atLeast(f.severity, failSeverity as Severity)));
  return failing ? EXIT.findings : EXIT.ok;
}

/** In GitHub Actions, append the full report to the job summary; a failure there never fails the run. */
async function writeStepSummary(reports: readonly FileReport[], context: FormatContext, io: CommandIO): Promise<void> {
  const path = io.env.GITHUB_STEP_SUMMARY;
  if (!path) return;
  try {
    await appendFile(path, renderMarkdown(reports, context, STEP_SUMMARY_MAX_BYTES) + '\n', 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    io.stderr.write(translator(formatsCatalog, context.lang)('summary.cannotWrite', { path, reason }) + '\n');
  }
}

function pickFormat(asked: string | undefined, env: NodeJS.ProcessEnv): FormatName {
  if (asked === undefined) {
    const ci = 'github';
    return env.GITHUB_ACTIONS === 'true' && isFormatName(ci) ? ci : 'stylish';
  }
  if (!isFormatName(asked)) throw new UsageError(`Unknown format "${asked}". Use one of: ${joinList(FORMAT_NAMES, 'en', 'or')}.`);
  return asked;
}

function isClean(reports: readonly FileReport[]): boolean {
  return reports.every((r) => r.findings.length === 0);
}

/** The `.planrc.yaml` files the inputs' folders use (the run read them too). */
async function configsFor(inputs: readonly Input[], cwd: string): Promise<string[]> {
  const folders = new Set(inputs.map((input) => (input.kind === 'file' ? dirname(input.path) : cwd)));
  const found = await Promise.all([...folders].map((folder) => findConfig(folder)));
  return found.filter((path): path is string => path !== undefined);
}

function formatCount(n: number, lang: Lang): string {
  return formatNumber(lang, n);
}

/** Runs of fewer files never show progress (docs/robustness.md, "Long runs say what they are doing"). */
export const PROGRESS_MIN_FILES = 100;
