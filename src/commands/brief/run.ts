// `plan brief [strategy.yaml]`: validate, then render the printable brief (Markdown or HTML) to
// stdout or, atomically, to --out. A file is replaced only if plan brief wrote it (it carries
// the marker comment) or with --force.
import { open, stat } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { BRIEF_MARKERS, hasBriefMarker } from '../../brief/index.js';
import { briefFromBytes, type BriefRequest } from '../../brief/pipeline.js';
import { EXIT, InputError, UsageError } from '../../errors.js';
import { briefCatalog } from '../../i18n/brief.js';
import type { CoreKey } from '../../i18n/core.js';
import { translator, type Lang, type Translate } from '../../i18n/index.js';
import type { CommandIO, GlobalOptions } from '../../io/context.js';
import { DEFAULT_MAX_BYTES, ReadFailure, readSmallFile } from '../../io/read.js';
import { readStrategyInput, strategyArgument, strategyInputFor, validateCommand } from '../../io/strategy-input.js';
import { isStdout, resolveTarget, writeFileAtomic } from '../../io/write.js';
import { checkOptionsFor, createRunContext, type RunContext } from '../../run-context.js';
import { withSignals } from '../../term/signals.js';
import { VERSION } from '../../version.js';
import { parseNow, parseSize } from '../option-parsers.js';

export interface BriefOptions extends GlobalOptions {
  format?: string;
  out?: string;
  output?: string;
  template?: string;
  force?: boolean;
  now?: string;
  maxSize?: string;
  /** `--config FILE`: the rule configuration, instead of the nearest .planrc.yaml. */
  config?: string;
  /** `--data`: analytics exports, for the "Where we stand" section. */
  data?: string[];
  /** `--posts` (files and folders), or false for `--no-posts`. */
  posts?: string[] | boolean;
}


export async function runBrief(path: string | undefined, options: BriefOptions, io: CommandIO): Promise<number> {
  // Messages before the strategy is read use --lang, then the environment.
  const run = createRunContext({ lang: options.lang, now: parseNow(options.now), env: io.env, cwd: io.cwd, config: options.config });
  const { t } = run;
  const bt = translator(briefCatalog, run.lang);

  const asked = options.out ?? options.output;
  const out = isStdout(asked) ? undefined : asked;
  const format = pickFormat(options.format, out, bt);
  const maxBytes = options.maxSize ? parseSize(options.maxSize) : DEFAULT_MAX_BYTES;
  path = await strategyArgument(path, io.cwd, 'brief', run.lang, t, options.config);
  const input = strategyInputFor(path, io.cwd);
  // Said before any work; the same check on the real files (links too) comes with the write.
  if (input.kind === 'file' && out !== undefined && resolve(io.cwd, out) === input.path) {
    throw new UsageError(t('output.isInput', { path: out }));
  }

  const template = options.template === undefined ? undefined : await readTemplate(options.template, io.cwd, bt, t, run.lang);
  const { bytes } = await readStrategyInput(
    path,
    {
      cwd: io.cwd,
      stdin: () => io.stdin,
      maxBytes,
      missingDefault: bt('cmd.noStrategy', { file: input.name }),
      lang: run.lang,
    },
    t,
  );

  // The rule configuration (.planrc.yaml) sets the severities of the brief's open points, as in plan validate.
  const checkOptions = await checkOptionsFor(run, input.kind === 'file' ? input.path : undefined);
  // The readers (csv-parse, exceljs) load only when --data names exports.
  const data = options.data && options.data.length > 0 ? await (await import('../../report/read/index.js')).readExports(options.data, { cwd: io.cwd, lang: run.lang }) : undefined;
  const posts = options.posts === false ? undefined : await postsForBrief(Array.isArray(options.posts) ? options.posts : [], input.kind === 'file' ? input.path : undefined, run, io.cwd);
  const request: BriefRequest = {
    format,
    now: run.now,
    force: options.force,
    env: io.env,
    ...(checkOptions.severityOverride ? { severityOverride: checkOptions.severityOverride } : {}),
    ...(options.lang !== undefined ? { lang: options.lang } : {}),
    ...(template !== undefined ? { template: template.source } : {}),
    ...(data !== undefined ? { data } : {}),
    ...(posts !== undefined ? { posts } : {}),
  };
  const outcome = await briefFromBytes(bytes, input.name, request);

  // From here on, messages follow the brief's language.
  const mt = translator(briefCatalog, outcome.lang);
  if (outcome.status === 'template-error') throw new InputError(mt('cmd.template', { file: template?.name ?? '', detail: outcome.detail }));
  const count = outcome.errors.length;
  if (outcome.status !== 'ok' || count > 0) {
    // Loaded only here: chalk sets up its styles when loaded, and a clean brief never needs it.
    const [{ shouldColor }, { formatStylish }] = await Promise.all([import('../../term/style.js'), import('../../formatters/stylish.js')]);
    const color = shouldColor({ flag: options.color, isTTY: Boolean(io.stderr.isTTY), env: io.env });
    // Only what stops the brief: warnings are in its open-points box, or beside the point here.
    const report = [{ file: outcome.check.file, findings: outcome.check.findings.filter((f) => f.severity === 'error') }];
    io.stderr.write(formatStylish(report, { color, cwd: io.cwd, lang: outcome.lang, version: VERSION, failSeverity: 'error' }));
  }
  if (outcome.status === 'invalid') {
    io.stderr.write(mt(count === 1 ? 'cmd.invalid.one' : 'cmd.invalid.other', { file: input.name, count, validate: validateCommand(input) }) + '\n');
    return EXIT.findings;
  }
  if (outcome.status === 'unusable') {
    io.stderr.write(mt('cmd.unusable', { file: input.name }) + '\n');
    return EXIT.findings;
  }
  if (count > 0) io.stderr.write(mt(count === 1 ? 'cmd.forced.one' : 'cmd.forced.other', { count }) + '\n');

  if (out === undefined) {
    io.stdout.write(outcome.text);
    return EXIT.ok;
  }
  const target = resolve(io.cwd, out);
  const text = outcome.text;
  return withSignals(
    async (cancel) => {
      // Folders, FIFOs, devices and the run's own inputs are refused before anything is opened.
      const readByRun = () => [...(input.kind === 'file' ? [input.path] : []), ...(options.template !== undefined ? [resolve(io.cwd, options.template)] : [])];
      const write = { overwrite: true, displayName: out, inputs: readByRun };
      const existing = await resolveTarget(target, write, t);
      if (!options.force && existing.existing && !(await writtenByUs(existing.path))) throw new InputError(mt('cmd.notOurs', { path: out }));
      await cancel.commit(() => writeFileAtomic(target, text, write, t));
      if (!options.quiet) {
        io.stderr.write(mt('cmd.written', { path: out }) + '\n');
        if (!hasBriefMarker(text)) io.stderr.write(mt('cmd.noMarker', { marker: BRIEF_MARKERS[outcome.lang], path: out }) + '\n');
      }
      return EXIT.ok;
    },
    { stderr: io.stderr, stdin: io.stdin, message: t('cli.cancelled') },
  );
}

/**
 * The posts the brief compares to the plan: the ones named, else those of the `posts` folder beside
 * the strategy that belong to it (a folder of several strategies' posts keeps this one's only).
 */
async function postsForBrief(named: readonly string[], strategyPath: string | undefined, run: RunContext, cwd: string): Promise<BriefRequest['posts']> {
  const folder = strategyPath === undefined ? undefined : join(dirname(strategyPath), 'posts');
  if (named.length === 0 && (folder === undefined || !isFolder(folder))) return undefined;
  const { loadPosts, strategyLocator } = await import('../../posts/load.js');
  const loaded = await loadPosts(named.length > 0 ? named : [folder!], cwd, run.t);
  let posts = loaded.posts.map((p) => p.post);
  if (named.length === 0 && strategyPath !== undefined) {
    const locate = strategyLocator(run.config);
    const mine: typeof posts = [];
    for (const post of posts) {
      const located = await locate(resolve(cwd, post.file));
      if ('path' in located && resolve(located.path) === strategyPath) mine.push(post);
    }
    posts = mine;
    if (posts.length === 0) return undefined;
  }
  // The window of the posts' own .planrc.yaml, as plan validate reads it for the mix rules.
  const first = posts[0] ? resolve(cwd, posts[0].file) : strategyPath;
  const mix = (await run.config(first))?.mix ?? {};
  return { posts, mix, implicit: named.length === 0 };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function pickFormat(asked: string | undefined, out: string | undefined, bt: (key: 'cmd.format', params: { value: string }) => string): 'md' | 'html' {
  if (asked === undefined) {
    // Follow the output file's extension; Markdown otherwise.
    const ext = out === undefined ? '' : extname(out).toLowerCase();
    return ext === '.html' || ext === '.htm' ? 'html' : 'md';
  }
  if (asked === 'md' || asked === 'markdown') return 'md';
  if (asked === 'html') return 'html';
  throw new UsageError(bt('cmd.format', { value: asked }));
}

async function readTemplate(file: string, cwd: string, bt: ReturnType<typeof translator<keyof typeof briefCatalog.en>>, t: Translate<CoreKey>, lang: Lang): Promise<{ name: string; source: string }> {
  try {
    return { name: file, source: new TextDecoder().decode(readSmallFile(resolve(cwd, file), DEFAULT_MAX_BYTES, t, lang)) };
  } catch (error) {
    if (!(error instanceof ReadFailure)) throw error;
    throw new InputError(bt('cmd.templateRead', { file, reason: error.message }));
  }
}

/** True when the file starts with plan brief's marker comment (looked for in its first 4 KiB). */
async function writtenByUs(path: string): Promise<boolean> {
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(4096);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      return hasBriefMarker(buffer.subarray(0, bytesRead).toString('utf8'));
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}
