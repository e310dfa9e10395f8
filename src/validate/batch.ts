// Checking many files: one file at a time, in input order.
import { relative } from 'node:path';
import type { FileReport } from '../diagnostics.js';
import { InputError } from '../errors.js';
import type { Input } from '../io/inputs.js';
import { formatBytes, readInput, readRegularFile, TooLargeError } from '../io/read.js';
import { isPostFile } from '../posts/files.js';
import { checkOptionsFor, type RunContext } from '../run-context.js';
import { fileFinding } from '../strategy/decode.js';
import type { Strategy } from '../strategy/types.js';
import type { Post } from '../posts/types.js';
import type { StrategyLocation } from '../posts/load.js';
import { checkFile } from './check-file.js';
import type { PostStrategy } from './check-post.js';

/** How the run finds each post's strategy: `--strategy FILE` (absolute) and the folder names are shown from. */
export interface PostSettings {
  cwd: string;
  strategy?: string;
  /** Each post as parsed by its check (the mix rules read them afterwards, without parsing again). */
  onPost?: (file: string, post: Post) => void;
}

/**
 * A checker for one file, reading it and its rule configuration (cached per folder). `stdin` is asked
 * for only when `-` is read: process.stdin builds a stream on first access.
 */
export function fileChecker(run: RunContext, maxBytes: number, stdin: () => NodeJS.ReadableStream, posts: PostSettings = { cwd: process.cwd() }) {
  const t = run.t;
  const strategyOf = postStrategies(run, maxBytes, posts);
  // One buffer for every file: what `read` returns is overwritten by the next read, so each file's
  // bytes are checked before the next file is read (checkInOrder).
  const scratch = { buffer: Buffer.alloc(0) };
  const read = async (input: Input) => (input.kind === 'file' ? readRegularFile(input, maxBytes, t, scratch) : readInput(input, stdin, maxBytes, t));
  const check = async (input: Input, bytes: Uint8Array | TooLargeError): Promise<FileReport> => {
    if (bytes instanceof TooLargeError) {
      const at = { line: 1, col: 1 };
      const message = t('yaml.tooLarge', { size: formatBytes(bytes.size, run.lang), limit: formatBytes(bytes.limit, run.lang) });
      return { file: input.name, findings: [fileFinding(input.name, 'input/too-large', message, { start: at, end: at })] };
    }
    const path = input.kind === 'file' ? input.path : input.as;
    // Rule severities from .planrc.yaml (nearest above each file) or --config; a bad config exits 2.
    const checkOptions = await checkOptionsFor(run, path);
    if (path !== undefined && isPostFile(input.name)) {
      // The bytes are a view of the shared buffer: copied before the strategy is read with it.
      const own = Uint8Array.from(bytes);
      const strategy = await strategyOf(path);
      const { checkPostBytes } = await import('./check-post.js');
      const result = await checkPostBytes(own, input.name, strategy, checkOptions);
      if (result.parsed) posts.onPost?.(input.name, result.parsed.post);
      return { file: result.file, findings: result.findings, lang: result.lang };
    }
    const { result } = await checkFile(bytes, input.name, checkOptions);
    return { file: result.file, findings: result.findings, lang: result.lang };
  };
  return { read, check };
}

type Checker = ReturnType<typeof fileChecker>;

/**
 * The strategy of each post (posts/load.ts finds it), read and checked once per strategy file for
 * the whole run: fifty posts of one strategy cost one strategy check.
 */
function postStrategies(run: RunContext, maxBytes: number, settings: PostSettings) {
  const byPath = new Map<string, Promise<PostStrategy>>();
  const load = async (path: string): Promise<PostStrategy> => {
    const file = relative(settings.cwd, path) || path;
    let bytes: Uint8Array;
    try {
      bytes = readRegularFile({ kind: 'file', path, name: file }, maxBytes, run.t);
    } catch (error) {
      if (error instanceof TooLargeError) return { problem: 'unreadable', file, reason: run.t('yaml.tooLarge', { size: formatBytes(error.size, run.lang), limit: formatBytes(error.limit, run.lang) }) };
      if (error instanceof InputError) return { problem: 'unreadable', file, reason: error.message };
      throw error;
    }
    // Only whether it passes its schema matters here: its own rules speak when it is an input itself.
    const { result, data } = await checkFile(bytes, file, { ...(await checkOptionsFor(run, path)), rules: [] });
    return result.schemaValid ? { file, strategy: data as Strategy } : { problem: 'invalid', file };
  };
  let locate: ((post: string) => Promise<StrategyLocation>) | undefined;
  return async (post: string): Promise<PostStrategy> => {
    locate ??= (await import('../posts/load.js')).strategyLocator(run.config, settings.strategy);
    const located = await locate(post);
    if (!('path' in located)) return located.problem === 'several' ? { ...located, folder: relative(settings.cwd, located.folder) || '.' } : located;
    let found = byPath.get(located.path);
    if (!found) byPath.set(located.path, (found = load(located.path)));
    return found;
  };
}

const tooLargeAsValue = (error: unknown) => {
  if (error instanceof TooLargeError) return error;
  throw error;
};

/** Check inputs in order; the first error (in input order) stops the run, as it always did. */
export async function checkInOrder(inputs: readonly Input[], checker: Checker, onProgress?: (done: number) => void): Promise<FileReport[]> {
  // One read at a time (the reader reuses its buffer, see fileChecker): reading ahead overlapped
  // nothing measurable, and the concurrent read buffers raised the peak memory on 1,000 files by ~28 MiB.
  const reports: FileReport[] = [];
  for (const input of inputs) {
    reports.push(await checker.check(input, await checker.read(input).catch(tooLargeAsValue)));
    onProgress?.(reports.length);
  }
  return reports;
}
