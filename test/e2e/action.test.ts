// The GitHub Action (action.yml) without GitHub: its steps run here as the runner runs them
// (bash -eo pipefail, inputs and contexts substituted, GITHUB_ENV and GITHUB_OUTPUT carried from
// step to step), in a git repository made in the test, with a simulated pull-request event, a
// step summary file and the GitHub API stubbed by a loopback server on 127.0.0.1.
// The install step (npm ci in the action's folder) is left out: it would reinstall the checkout
// these tests run from; PLAN_BIN points at the built binary instead, as that step would set it.
// `uses:` steps (upload-sarif) belong to GitHub; the test checks the SARIF file they would upload.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, ROOT, cleanEnv, tempDir } from '../helpers/cli.js';

interface Step {
  id?: string;
  name: string;
  if?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: Step[] };
}
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;

interface Request {
  method: string;
  url: string;
  auth?: string;
  body?: { body: string };
}
let server: Server;
let requests: Request[] = [];
let comments: { id: number; body: string }[] = [];
let api = '';

let repo: { dir: string; cleanup: () => Promise<void> };
let baseSha = '';
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo.dir, encoding: 'utf8', env: { ...cleanEnv(), GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } }).trim();

beforeAll(async () => {
  server = createServer((req, res) => {
    let data = '';
    req.on('data', (chunk: string) => (data += chunk));
    req.on('end', () => {
      const request: Request = { method: req.method!, url: req.url!, auth: req.headers.authorization };
      if (data) request.body = JSON.parse(data);
      requests.push(request);
      res.setHeader('content-type', 'application/json');
      if (req.method === 'GET') return res.end(JSON.stringify([{ id: 1, body: 'Looks good to me' }, ...comments]));
      if (req.method === 'POST') {
        comments.push({ id: 99, body: request.body!.body });
        res.statusCode = 201;
        return res.end(JSON.stringify({ id: 99 }));
      }
      if (req.method === 'PATCH') {
        comments = comments.map((c) => (req.url!.endsWith(`/${c.id}`) ? { ...c, body: request.body!.body } : c));
        return res.end(JSON.stringify({ id: 99 }));
      }
      res.statusCode = 405;
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  repo = await tempDir();
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'Test');
  const file = join(repo.dir, 'cafe.strategy.yaml');
  const text = await readFile(join(ROOT, 'examples', 'cafe-boreal.strategy.yaml'), 'utf8');
  await writeFile(file, text);
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  baseSha = git('rev-parse', 'HEAD');
  await writeFile(file, text.replace('      name: Offres et nouveautés\n      share: 20', '      name: Offres et nouveautés\n      share: 30').replace('      name: Dans les coulisses\n      share: 40', '      name: Dans les coulisses\n      share: 30'));
  git('commit', '-q', '-am', 'more offers');
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await repo.cleanup();
});

/** `${{ ... }}` with the contexts the action uses; literals and operators are JavaScript's. */
function evaluate(expression: string, contexts: { inputs: Record<string, string>; github: Record<string, string>; outputs: Record<string, string> }): unknown {
  const js = expression
    .replace(/'([^']*)'/g, (_m, s: string) => JSON.stringify(s))
    .replace(/\binputs\.([\w-]+)/g, (_m, name: string) => JSON.stringify(contexts.inputs[name] ?? ''))
    .replace(/\bgithub\.([\w-]+)/g, (_m, name: string) => JSON.stringify(contexts.github[name] ?? ''))
    .replace(/\bsteps\.([\w-]+)\.outputs\.([\w-]+)/g, (_m, id: string, name: string) => JSON.stringify(contexts.outputs[`${id}.${name}`] ?? ''));
  return new Function(`return (${js});`)();
}

const substitute = (text: string, contexts: Parameters<typeof evaluate>[1]) => text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_m, e: string) => String(evaluate(e, contexts)));

function bash(script: string, env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { cwd: repo.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

interface ActionRun {
  log: string;
  exitCode: number;
  summary: string;
  outputs: Record<string, string>;
  ran: string[];
}

async function runAction(inputs: Record<string, string>, eventName = 'pull_request'): Promise<ActionRun> {
  const work = await tempDir();
  const files = { event: join(work.dir, 'event.json'), summary: join(work.dir, 'summary.md'), output: join(work.dir, 'output'), env: join(work.dir, 'env') };
  writeFileSync(files.event, JSON.stringify({ pull_request: { number: 7, base: { sha: baseSha } }, repository: { full_name: 'acme/strategy' } }));
  for (const f of [files.summary, files.output, files.env]) writeFileSync(f, '');
  const contexts = {
    inputs: { ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, String(v.default ?? '')])), 'github-token': 'test-token', ...inputs },
    github: { event_name: eventName, token: 'test-token' },
    outputs: {} as Record<string, string>,
  };
  const carried: Record<string, string> = { PLAN_BIN: BIN };
  const base = cleanEnv({
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'acme/strategy',
    GITHUB_API_URL: api,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_ACTION_PATH: ROOT,
    GIT_CONFIG_GLOBAL: '/dev/null',
  });
  let log = '';
  let exitCode = 0;
  const ran: string[] = [];
  for (const step of action.runs.steps) {
    if (step.id === 'install' || step.uses) continue;
    if (step.if !== undefined && !evaluate(step.if.replace(/^\$\{\{\s*|\s*\}\}$/g, ''), contexts)) continue;
    const env = { ...base, ...carried, ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, substitute(String(v), contexts)])) };
    // Asynchronous: the stub API answers from this process.
    const result = await bash(substitute(step.run!, contexts), env);
    ran.push(step.name);
    log += result.stdout + result.stderr;
    // What the runner does between steps: GITHUB_OUTPUT into steps.<id>.outputs, GITHUB_ENV into the environment.
    for (const line of readFileSync(files.output, 'utf8').split('\n').filter(Boolean)) {
      const [key, ...value] = line.split('=');
      if (step.id) contexts.outputs[`${step.id}.${key}`] = value.join('=');
    }
    writeFileSync(files.output, '');
    for (const line of readFileSync(files.env, 'utf8').split('\n').filter(Boolean)) {
      const [key, ...value] = line.split('=');
      carried[key!] = value.join('=');
    }
    if (result.status !== 0) {
      exitCode = result.status ?? 1;
      break;
    }
  }
  const summary = readFileSync(files.summary, 'utf8');
  await work.cleanup();
  return { log, exitCode, summary, outputs: contexts.outputs, ran };
}

describe('action.yml', () => {
  it('is a composite action whose inputs are files, fail-severity, language, sarif and comment', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['files', 'fail-severity', 'language', 'sarif', 'comment']));
    const install = action.runs.steps.find((s) => s.id === 'install')!;
    expect(install.run).toMatch(/cd "\$GITHUB_ACTION_PATH"/);
    expect(install.run).toMatch(/npm ci/);
    expect(install.run).not.toMatch(/npx|npm install -g|--registry/);
  });

  it('on a pull request: annotations, the job summary, one comment with the diff, and the job fails on the new error', async () => {
    requests = [];
    comments = [];
    const first = await runAction({ language: 'en' });
    expect(first.log).toMatch(/^::error file=cafe\.strategy\.yaml,line=\d+.*title=editorial\/promo-share::Promotional pillars take 30%/m);
    expect(first.summary).toMatch(/\| cafe\.strategy\.yaml \| \d+:\d+ \| error \| `editorial\/promo-share` \|/);
    expect(first.summary).toContain('### Strategy changes');
    expect(first.outputs['validate.exit-code']).toBe('1');
    expect(first.exitCode).toBe(1);
    expect(first.ran.at(-1)).toBe('Fail on findings');

    const posts = requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.url).toBe('/repos/acme/strategy/issues/7/comments');
    expect(posts[0]!.auth).toBe('Bearer test-token');
    const body = posts[0]!.body!.body;
    expect(body.startsWith('<!-- social-plan:diff -->\n### Strategy changes\n')).toBe(true);
    expect(body).toContain('**cafe.strategy.yaml**: 2 changes; adds 1 error');
    expect(body).toContain('Pillar “Offres et nouveautés” share: 20% → 30%');
    expect(body).toMatch(/🔴 \*\*new error\*\*, line \d+: Promotional pillars take 30%/);

    // The next push updates the same comment instead of adding one.
    requests = [];
    await runAction({ language: 'en' });
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
    expect(requests.filter((r) => r.method === 'PATCH').map((r) => r.url)).toEqual(['/repos/acme/strategy/issues/comments/99']);
    expect(comments).toHaveLength(1);
  });

  it('comments in French with language: fr, and writes SARIF when asked', async () => {
    requests = [];
    comments = [];
    const sarif = 'out/plan.sarif';
    execFileSync('mkdir', ['-p', join(repo.dir, 'out')]);
    const run = await runAction({ language: 'fr', sarif });
    const body = requests.find((r) => r.method === 'POST')!.body!.body;
    expect(body).toContain('### Changements à la stratégie');
    expect(body).toContain('ajoute 1 erreur');
    const report = JSON.parse(readFileSync(join(repo.dir, sarif), 'utf8'));
    expect(report.runs[0].results.length).toBeGreaterThan(0);
    expect(run.exitCode).toBe(1);
  });

  it('on a push: no comment; comment: false turns the comment off; the job still fails on findings', async () => {
    requests = [];
    const push = await runAction({}, 'push');
    expect(requests).toHaveLength(0);
    expect(push.ran).not.toContain('Comment the strategy diff on the pull request');
    const off = await runAction({ comment: 'false', files: 'cafe.strategy.yaml' });
    expect(requests).toHaveLength(0);
    expect(off.exitCode).toBe(1);
  });

  it('a pull request that changes no strategy gets no comment', async () => {
    requests = [];
    comments = [];
    const head = git('rev-parse', 'HEAD');
    const saved = baseSha;
    baseSha = head;
    const run = await runAction({});
    baseSha = saved;
    expect(run.log).toContain('No strategy file changed: no comment.');
    expect(requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
  });

  it('a failing API is a warning, not a failed job', async () => {
    const saved = api;
    api = 'http://127.0.0.1:9';
    const run = await runAction({ 'fail-severity': 'error', files: 'cafe.strategy.yaml' });
    api = saved;
    expect(run.log).toMatch(/^::warning title=social-plan comment::could not comment the strategy diff/m);
    expect(run.ran.at(-1)).toBe('Fail on findings');
  });
});
