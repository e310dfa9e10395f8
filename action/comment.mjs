// The pull-request comment of the GitHub Action (action.yml): `plan diff` of the base commit
// against the head, as Markdown, in one comment that a hidden marker finds again on the next push
// (updated, never duplicated). Plain Node: fetch and GITHUB_TOKEN, no dependency.
// Environment: GITHUB_EVENT_PATH, GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_TOKEN, PLAN_BIN,
// PLAN_LANGUAGE, GITHUB_STEP_SUMMARY (the diff is appended there too); a failure here is reported as a warning and never fails the job.
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';

export const MARKER = '<!-- social-plan:diff -->';
/** GitHub's limit for a comment body. */
const MAX_BODY = 65_536;

function warn(message) {
  // A workflow command: shown as a warning annotation, with `%`, CR and LF escaped.
  process.stdout.write(`::warning title=social-plan comment::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
}

function baseCommit(event) {
  const sha = event.pull_request?.base?.sha;
  if (!sha) throw new Error('the event has no pull_request.base.sha');
  try {
    execFileSync('git', ['cat-file', '-e', `${sha}^{commit}`], { stdio: 'ignore' });
  } catch {
    // actions/checkout fetches one commit by default: fetch the base too.
    execFileSync('git', ['fetch', '--no-tags', '--depth=1', 'origin', sha], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return sha;
}

function planDiff(sha, format) {
  const args = [process.env.PLAN_BIN, 'diff', sha, '--format', format];
  if (process.env.PLAN_LANGUAGE) args.push('--lang', process.env.PLAN_LANGUAGE);
  return execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
}

async function api(method, path, body) {
  const base = (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, '');
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${process.env.GITHUB_TOKEN}`,
      'x-github-api-version': '2022-11-28',
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${(await response.text()).slice(0, 200)}`);
  return response.status === 204 ? undefined : response.json();
}

/** The comment this action wrote before, by its marker (the first 10 pages of 100 comments). */
async function existingComment(repo, number) {
  for (let page = 1; page <= 10; page++) {
    const comments = await api('GET', `/repos/${repo}/issues/${number}/comments?per_page=100&page=${page}`);
    const mine = comments.find((c) => typeof c.body === 'string' && c.body.startsWith(MARKER));
    if (mine) return mine;
    if (comments.length < 100) return undefined;
  }
  return undefined;
}

export function commentBody(markdown) {
  const body = `${MARKER}\n${markdown.trimEnd()}\n`;
  // plan diff keeps under the limit itself; this only guards against a surprise.
  return body.length <= MAX_BODY ? body : body.slice(0, MAX_BODY - 2) + '…\n';
}

async function main() {
  const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'));
  const number = event.pull_request?.number;
  const repo = process.env.GITHUB_REPOSITORY;
  if (!number || !repo) throw new Error('not a pull request event');
  if (!process.env.GITHUB_TOKEN) throw new Error('no GITHUB_TOKEN: give the action `github-token`');
  const sha = baseCommit(event);
  const changed = JSON.parse(planDiff(sha, 'json')).files.length;
  const previous = await existingComment(repo, number);
  // A pull request that touches no strategy gets no comment; one that did keeps its comment, updated.
  if (changed === 0 && !previous) {
    process.stdout.write('No strategy file changed: no comment.\n');
    return;
  }
  const markdown = planDiff(sha, 'markdown');
  // The job summary gets the diff too, below the validation report.
  if (process.env.GITHUB_STEP_SUMMARY && changed > 0) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `\n${markdown}`);
  const body = commentBody(markdown);
  if (previous) await api('PATCH', `/repos/${repo}/issues/comments/${previous.id}`, { body });
  else await api('POST', `/repos/${repo}/issues/${number}/comments`, { body });
  process.stdout.write(`${previous ? 'Updated' : 'Posted'} the strategy diff on pull request #${number}.\n`);
}

main().catch((error) => {
  warn(`could not comment the strategy diff: ${error.message}`);
});
