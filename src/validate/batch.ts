// Checking many files: one file at a time in input order; and for
// large batches, the same work shared with worker threads so that every core parses YAML.
import { availableParallelism } from 'node:os';
import type { FileReport } from '../diagnostics.js';
import { InputError, UsageError } from '../errors.js';
import type { Env } from '../i18n/index.js';
import type { Input } from '../io/inputs.js';
import { formatBytes, readInput, readRegularFile, TooLargeError } from '../io/read.js';
import { checkOptionsFor, createRunContext, type RunContext } from '../run-context.js';
import { fileFinding } from '../strategy/decode.js';
import { checkFile } from './check-file.js';

/** Everything a thread needs to check files like `plan validate` does; structured-clone safe. */
export interface BatchOptions {
  lang?: string;
  now?: Date;
  maxBytes: number;
  cwd: string;
  config?: string;
  env: Env;
}

/** The run context of a batch: the main thread's, or a worker's made from the same options. */
export function batchContext(options: BatchOptions): RunContext {
  return createRunContext({ lang: options.lang, now: options.now, env: options.env, cwd: options.cwd, config: options.config });
}

/**
 * A checker for one file, reading it and its rule configuration (cached per folder). `stdin` is asked
 * for only when `-` is read: process.stdin builds a stream on first access.
 */
export function fileChecker(run: RunContext, maxBytes: number, stdin: () => NodeJS.ReadableStream) {
  const t = run.t;
  // One buffer for every file: what `read` returns is overwritten by the next read, so each file's
  // bytes are checked before the next file is read (checkInOrder, checkClaimed).
  const scratch = { buffer: Buffer.alloc(0) };
  const read = async (input: Input) => (input.kind === 'file' ? readRegularFile(input, maxBytes, t, scratch) : readInput(input, stdin, maxBytes, t));
  const check = async (input: Input, bytes: Uint8Array | TooLargeError): Promise<FileReport> => {
    if (bytes instanceof TooLargeError) {
      const at = { line: 1, col: 1 };
      const message = t('yaml.tooLarge', { size: formatBytes(bytes.size), limit: formatBytes(bytes.limit) });
      return { file: input.name, findings: [fileFinding(input.name, 'input/too-large', message, { start: at, end: at })] };
    }
    const path = input.kind === 'file' ? input.path : undefined;
    // Rule severities from .planrc.yaml (nearest above each file) or --config; a bad config exits 2.
    const checkOptions = await checkOptionsFor(run, path);
    const { result } = await checkFile(bytes, input.name, checkOptions);
    return { file: result.file, findings: result.findings };
  };
  return { read, check };
}

type Checker = ReturnType<typeof fileChecker>;

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

/** What a thread sends back for one file. */
export type Outcome = { report: FileReport } | { error: { kind: 'usage' | 'input' | 'other'; message: string } };

const BLOCK = 8;

/**
 * Claim blocks of files from a counter shared by every thread and check them; returns the outcomes
 * by index. Used by the main thread and by each worker alike.
 */
export async function checkClaimed(inputs: readonly Input[], checker: Checker, counter: Int32Array, onProgress?: (done: number) => void): Promise<Map<number, Outcome>> {
  const outcomes = new Map<number, Outcome>();
  for (;;) {
    const start = Atomics.add(counter, 0, BLOCK);
    // Blocks claimed by every thread, roughly the files done: enough for a progress line.
    onProgress?.(Math.min(start, inputs.length));
    if (start >= inputs.length) return outcomes;
    const end = Math.min(inputs.length, start + BLOCK);
    for (let i = start; i < end; i++) {
      try {
        outcomes.set(i, { report: await checker.check(inputs[i]!, await checker.read(inputs[i]!).catch(tooLargeAsValue)) });
      } catch (error) {
        outcomes.set(i, { error: serializeError(error) });
      }
    }
  }
}

function serializeError(error: unknown): Extract<Outcome, { error: unknown }>['error'] {
  const kind = error instanceof UsageError ? 'usage' : error instanceof InputError ? 'input' : 'other';
  return { kind, message: error instanceof Error ? error.message : String(error) };
}

function deserializeError(error: Extract<Outcome, { error: unknown }>['error']): Error {
  if (error.kind === 'usage') return new UsageError(error.message);
  if (error.kind === 'input') return new InputError(error.message);
  return new Error(error.message);
}

/** A worker thread that could not start or stopped unexpectedly (not a problem with a file). */
export class WorkerFailure extends Error {
  override name = 'WorkerFailure';
}

/**
 * A worker costs ~150 ms of CPU before its first file (loading the bundle, warming up the parser) and
 * ~15 MiB, for ~0.4 ms saved per file it checks: on 2 cores it pays off only for large batches.
 * Measured on 1,000 files (docs/bench.md): no faster, and over the 80 MiB budget.
 */
export const PARALLEL_MIN_FILES = 2000;
/** With PLAN_JOBS set, workers start from this many files. */
export const PARALLEL_MIN_FILES_ASKED = 100;

/**
 * How many worker threads a batch of `files` deserves (0: check on the main thread only), given
 * the cores and the PLAN_JOBS value (threads wanted, this one included) if any.
 */
export function workerCount(files: number, cores: number, jobs?: number): number {
  const threads = jobs === undefined ? cores : Math.min(jobs, cores);
  const minimum = jobs === undefined ? PARALLEL_MIN_FILES : PARALLEL_MIN_FILES_ASKED;
  if (files < minimum || threads < 2) return 0;
  return Math.min(threads - 1, 3, Math.floor(files / minimum));
}

/** Message from the main thread to a worker. */
export interface WorkerData {
  inputs: Input[];
  options: BatchOptions;
  counter: SharedArrayBuffer;
}

/**
 * Check files on the main thread and `workers` worker threads (started from `workerUrl`), sharing
 * one queue. Reports and the first error come out in input order, as with `checkInOrder`.
 */
export async function checkInParallel(inputs: Input[], options: BatchOptions, checker: Checker, workerUrl: URL, workers: number, onProgress?: (done: number) => void): Promise<FileReport[]> {
  const { Worker } = await import('node:worker_threads');
  const counter = new SharedArrayBuffer(4);
  const data: WorkerData = { inputs, options, counter };
  const threads = Array.from({ length: workers }, () => new Promise<Map<number, Outcome>>((resolveThread, reject) => {
    const worker = new Worker(workerUrl, { workerData: data, stdout: true, stderr: true, resourceLimits: { maxYoungGenerationSizeMb: 2 } });
    let result: Map<number, Outcome> | undefined;
    worker.once('message', (message: [number, Outcome][]) => (result = new Map(message)));
    worker.once('error', (error) => reject(new WorkerFailure(error.message)));
    worker.once('exit', (code) => (result ? resolveThread(result) : reject(new WorkerFailure(`validation worker stopped (exit code ${code})`))));
  }));
  const mine = await checkClaimed(inputs, checker, new Int32Array(counter), onProgress);
  const all = [mine, ...(await Promise.all(threads))];
  const reports: FileReport[] = [];
  for (let index = 0; index < inputs.length; index++) {
    const outcome = all.find((outcomes) => outcomes.has(index))?.get(index);
    if (!outcome) throw new Error(`no result for ${inputs[index]!.name}`);
    if ('error' in outcome) throw deserializeError(outcome.error);
    reports.push(outcome.report);
  }
  return reports;
}
