// `plan diff OLD NEW` and `plan diff REF [FILES...]`: what a change does to a strategy, in its words,
// and what it does to the findings. Reads files and git (`git show REF:./path`, no checkout), then
// hands both versions to the pure core in src/diff/. A diff is not a failure: exit 0, unless
// --fail-on-new finds a new finding at that level (1); bad input exits 2.
import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { atLeast, type Severity } from '../../diagnostics.js';
import { diffFile, type DiffSide, type FileDiff } from '../../diff/index.js';
import { DIFF_FORMATTERS, DIFF_FORMAT_NAMES, type DiffFormatName } from '../../diff/format/index.js';
import { EXIT, InputError, UsageError } from '../../errors.js';
import { diffCatalog, type DiffKey } from '../../i18n/diff.js';
import { translator, type Lang, type Translate } from '../../i18n/index.js';
import type { CommandIO, GlobalOptions } from '../../io/context.js';
import { DEFAULT_MAX_BYTES, readRegularFile } from '../../io/read.js';
import { checkOptionsFor, createRunContext, type RunContext } from '../../run-context.js';
import { shouldColor } from '../../term/style.js';
import { checkBytes } from '../../validate/check.js';
import { writeFileAtomic } from '../../io/write.js';
import { parseNow, parseSize } from '../option-parsers.js';

export interface DiffCommandOptions extends GlobalOptions {
  format?: string;
  failOnNew?: string;
  ignoreOrder?: boolean;
  output?: string;
  now?: string;
  maxSize?: string;
  config?: string;
}

/** One file to compare: its bytes in each version (undefined where it does not exist) and where it lives now. */
interface Pair {
  name: string;
  before?: Uint8Array;
  after?: Uint8Array;
  /** Absolute path of the new version, for its .planrc.yaml. */
  path?: string;
}

const GIT_MAX_BUFFER = 64 * 1024 * 1024;

export async function runDiff(args: string[], options: DiffCommandOptions, io: CommandIO): Promise<number> {
  const run = createRunContext({ lang: options.lang, now: parseNow(options.now), env: io.env, cwd: io.cwd, config: options.config });
  const t = translator(diffCatalog, run.lang);
  const format = (options.format ?? 'text') as DiffFormatName;
  if (!DIFF_FORMAT_NAMES.includes(format)) throw new UsageError(t('error.format', { value: String(options.format) }));
  const failOn = options.failOnNew;
  if (failOn !== undefined && failOn !== 'error' && failOn !== 'warn') throw new UsageError(t('error.failOn', { value: failOn }));
  const maxBytes = options.maxSize ? parseSize(options.maxSize) : DEFAULT_MAX_BYTES;

  const pairs = await pairsFor(args, io.cwd, maxBytes, run, t);
  const diffs: FileDiff[] = [];
  let lang: Lang | undefined;
  for (const pair of pairs) {
    // Both versions are checked in one language (the new version's, unless --lang), so their messages compare.
    const afterSide = pair.after ? await side(pair.after, pair.name, pair.path, run, lang) : undefined;
    lang ??= afterSide?.lang;
    const beforeSide = pair.before ? await side(pair.before, pair.name, pair.path, run, lang) : undefined;
    lang ??= beforeSide?.lang;
    const diff = diffFile(pair.name, beforeSide, afterSide, { lang: lang ?? run.lang, ignoreOrder: options.ignoreOrder });
    if (diff.status === 'same') continue;
    diffs.push(diff);
  }
  lang ??= run.lang;

  const toFile = options.output !== undefined;
  const color = !toFile && format === 'text' && shouldColor({ flag: options.color, isTTY: Boolean(io.stdout.isTTY), env: io.env });
  const text = diffs.length === 0 && format === 'text' ? translator(diffCatalog, lang)('summary.changes.zero') + '\n' : DIFF_FORMATTERS[format](diffs, { lang, color });
  if (toFile) await writeFileAtomic(resolve(io.cwd, options.output!), text, { overwrite: true, displayName: options.output }, run.t);
  else io.stdout.write(text);

  if (failOn === undefined) return EXIT.ok;
  const failing = diffs.some((d) => d.findings.added.some((f) => atLeast(f.severity, failOn as Severity)));
  return failing ? EXIT.findings : EXIT.ok;
}

async function side(bytes: Uint8Array, name: string, path: string | undefined, run: RunContext, lang: Lang | undefined): Promise<DiffSide & { lang: Lang }> {
  const options = await checkOptionsFor(run, path);
  if (lang) options.lang = lang;
  const result = checkBytes(bytes, name, options);
  return { ...(result.parsed ? { parsed: result.parsed } : {}), findings: result.findings, lang: result.lang };
}

/** Which files to compare, from the arguments: two files, git's seven diff-driver arguments, or a revision and files. */
async function pairsFor(args: readonly string[], cwd: string, maxBytes: number, run: RunContext, t: Translate<DiffKey>): Promise<Pair[]> {
  const read = (file: string, name = file) => readRegularFile({ kind: 'file', path: resolve(cwd, file), name }, maxBytes, run.t).slice();
  if (isGitDriverCall(args)) {
    // GIT_EXTERNAL_DIFF / diff.<driver>.command: path old-file old-hex old-mode new-file new-hex new-mode.
    const [name, oldFile, , , newFile] = args as [string, string, string, string, string];
    return [
      {
        name,
        ...(oldFile !== '/dev/null' ? { before: read(oldFile, name) } : {}),
        ...(newFile !== '/dev/null' ? { after: read(newFile, name), path: resolve(cwd, name) } : {}),
      },
    ];
  }
  if (args.length === 0) throw new UsageError(t('error.args', { count: 0 }));
  if (isFile(resolve(cwd, args[0]!))) {
    if (args.length !== 2) throw new UsageError(t('error.args', { count: args.length }));
    const [oldFile, newFile] = args as [string, string];
    return [{ name: newFile, before: read(oldFile), after: read(newFile), path: resolve(cwd, newFile) }];
  }
  const ref = args[0]!;
  if (ref.startsWith('-') || !(await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd, t, true))) throw new UsageError(t('error.notRef', { ref }));
  const listed = args.length === 1;
  const files = listed ? await changedYaml(ref, cwd, t) : args.slice(1);
  const pairs: Pair[] = [];
  for (const file of files) {
    const absolute = resolve(cwd, file);
    const rel = relative(cwd, absolute).split('\\').join('/');
    const before = await git(['show', `${ref}:./${rel}`], cwd, t, true);
    const exists = isFile(absolute);
    if (!exists && before === undefined) throw new InputError(t('error.nowhere', { file, ref }));
    const after = exists ? read(file) : undefined;
    // Files found by git are compared only when they look like strategies (other YAML is not ours).
    if (listed && !looksLikeStrategy(file, before) && !looksLikeStrategy(file, after)) continue;
    pairs.push({ name: file, ...(before !== undefined ? { before } : {}), ...(after ? { after, path: absolute } : {}) });
  }
  return pairs;
}

/** The YAML files that changed since `ref` (work tree included), outside dot folders. */
async function changedYaml(ref: string, cwd: string, t: Translate<DiffKey>): Promise<string[]> {
  const out = await git(['diff', '--name-only', '--no-renames', '--relative', ref, '--'], cwd, t);
  const names = new TextDecoder().decode(out).split('\n').filter(Boolean);
  return names.filter((name) => /\.ya?ml$/.test(name) && !name.split('/').some((part) => part.startsWith('.') || part === 'node_modules'));
}

/** Named like a strategy, or a YAML file with a strategy's top-level sections. */
function looksLikeStrategy(file: string, bytes: Uint8Array | undefined): boolean {
  if (/(^|[/.])(strategy|strat[eé]gie)\.ya?ml$/i.test(file)) return true;
  if (!bytes) return false;
  const head = new TextDecoder().decode(bytes.subarray(0, 64 * 1024));
  return /^(platforms|organization|editorial_line):/m.test(head);
}

function isGitDriverCall(args: readonly string[]): boolean {
  if (args.length !== 7) return false;
  const hex = (s: string) => /^([0-9a-f]{4,64}|\.)$/.test(s);
  const mode = (s: string) => /^(\d{6}|\.)$/.test(s);
  return hex(args[2]!) && mode(args[3]!) && hex(args[5]!) && mode(args[6]!);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Run git; with `quiet`, a failure gives undefined (a revision or path that does not exist). */
function git(args: readonly string[], cwd: string, t: Translate<DiffKey>, quiet: true): Promise<Uint8Array | undefined>;
function git(args: readonly string[], cwd: string, t: Translate<DiffKey>, quiet?: false): Promise<Uint8Array>;
function git(args: readonly string[], cwd: string, t: Translate<DiffKey>, quiet = false): Promise<Uint8Array | undefined> {
  return new Promise((resolvePromise, reject) => {
    execFile('git', [...args], { cwd, encoding: 'buffer', maxBuffer: GIT_MAX_BUFFER, env: { ...process.env, GIT_PAGER: 'cat', LC_ALL: 'C' } }, (error, stdout, stderr) => {
      if (error) {
        const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
        if (quiet && !missing) return resolvePromise(undefined);
        const detail = missing ? 'git is not installed' : new TextDecoder().decode(stderr).trim().split('\n')[0] || error.message;
        return reject(new InputError(t('error.git', { detail })));
      }
      resolvePromise(new Uint8Array(stdout));
    });
  });
}
