// Spawn the real, built `plan` binary, as a user or CI would.
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'plan.js');

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** With `measure`: the child's own peak resident memory and CPU time (process.resourceUsage at exit). */
  usage?: { maxRssMiB: number; cpuMs: number };
}

/** Time and memory bounds of hostile-input tests (issue 21): generous for a slow day, far below a hang or a blow-up. */
export const BOUNDS = { cpuMs: 5000, maxRssMiB: 300 };

// Written by the child itself when it exits: its own peak memory and CPU time, however busy the machine.
const MEASURE_HOOK = `data:text/javascript,${encodeURIComponent(
  "import{writeFileSync}from'node:fs';process.on('exit',()=>{const u=process.resourceUsage();writeFileSync(process.env.PLAN_MEASURE_FILE,JSON.stringify({maxRssMiB:u.maxRSS/1024,cpuMs:(u.userCPUTime+u.systemCPUTime)/1000}))})",
)}`;

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  input?: string | Buffer;
  timeoutMs?: number;
  /** Report the child's peak memory and CPU time in `usage`. */
  measure?: boolean;
  /** Run as this user (tests run as root in containers, where permissions do not stop reading). */
  uid?: number;
}

/** A neutral environment: English, no colour forced, not in GitHub Actions. */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'GITHUB_ACTIONS', 'GITHUB_STEP_SUMMARY', 'CI']) delete env[name];
  return { ...env, ...extra };
}

let measured = 0;

export function runPlan(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const usageFile = options.measure ? join(tmpdir(), `plan-usage-${process.pid}-${++measured}-${Date.now()}.json`) : undefined;
  return new Promise<RunResult>((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...(usageFile ? ['--import', MEASURE_HOOK] : []), BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...(options.env ?? cleanEnv()), ...(usageFile ? { PLAN_MEASURE_FILE: usageFile } : {}) },
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 20_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, stdout, stderr });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
  }).then(async (result) => {
    if (!usageFile) return result;
    const usage = JSON.parse(await readFile(usageFile, 'utf8').catch(() => 'null')) as RunResult['usage'] | null;
    await rm(usageFile, { force: true });
    return usage ? { ...result, usage } : result;
  });
}

/** A temporary folder, optionally seeded with files copied from the repository. */
export async function tempDir(copyFrom: string[] = []): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'plan-test-'));
  for (const from of copyFrom) await cp(join(ROOT, from), join(dir, from.split('/').pop()!), { recursive: true });
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * A project in a temporary folder: an example strategy as `strategy.yaml` (default the café, in
 * French), optionally with an empty `posts/` or with drafts written by `plan calendar --format posts`.
 */
export async function exampleProject(options: { example?: string; posts?: 'empty' | { from: string; weeks: number } } = {}): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const made = await tempDir();
  await cp(join(ROOT, 'examples', `${options.example ?? 'cafe-boreal'}.strategy.yaml`), join(made.dir, 'strategy.yaml'));
  if (options.posts === 'empty') await mkdir(join(made.dir, 'posts'));
  else if (options.posts) {
    const drafted = await runPlan(['calendar', '--from', options.posts.from, '--weeks', String(options.posts.weeks), '--format', 'posts', '-q'], { cwd: made.dir });
    if (drafted.code !== 0) throw new Error(`plan calendar --format posts failed: ${drafted.stderr}`);
  }
  return made;
}
