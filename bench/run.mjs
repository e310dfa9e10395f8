// `npm run bench`: start-up and throughput of `plan`, as ratios to `node -e 0` and to ajv-cli /
// Spectral, measured side by side as interleaved pairs (A B A B ...) so that machine noise hits
// both sides alike. Prints a table of medians and writes bench/results.json.
//
//   node bench/run.mjs [--runs N] [--heavy-runs N] [--only id,id] [--out file] [--instructions]
//
// --instructions also counts the instructions of one run of each side under valgrind's callgrind:
// a count that other work on the machine does not move, for a ratio on a busy machine.
//
// Not part of `npm test`: no test asserts a time.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { cpus, tmpdir, totalmem, release } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.mjs';
import { writePostCorpus } from './posts-corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(flag('--runs', process.env.BENCH_RUNS ?? 10));
// Spectral takes ~25 s per 1,000 files: its row uses fewer pairs (its ratio is far from the target).
const HEAVY_RUNS = Number(flag('--heavy-runs', process.env.BENCH_HEAVY_RUNS ?? 3));
const ONLY = flag('--only', '')?.split(',').filter(Boolean) ?? [];
const OUT = resolve(root, flag('--out', 'bench/results.json')); // relative to the repo; an absolute path is kept
const INSTRUCTIONS = args.includes('--instructions');

const node = process.execPath;
const PLAN = join(root, 'bin', 'plan.js');
const AJV = join(root, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const SPECTRAL = join(root, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');
const TEXTLINT = join(root, 'node_modules', 'textlint', 'bin', 'textlint.js');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const SCRIPT = existsSync('/usr/bin/script') ? '/usr/bin/script' : undefined;
const ONE = 'examples/cafe-boreal.strategy.yaml';
// ajv-cli reads YAML 1.1 (js-yaml 3): the example's unquoted dates would be Date objects and fail the
// schema. The references use the first corpus file (7.6 KiB, the example is 5.2 KiB), whose dates are quoted.
const ONE_QUOTED = 'bench/corpus/valid/0000.strategy.yaml';
const MANY = 'bench/corpus/valid';
const SCHEMA = 'schemas/strategy.schema.json';
const tmp = mkdtempSync(join(tmpdir(), 'plan-bench-'));
const rssFile = join(tmp, 'rss');
// On Node 22.1+ bin/plan.js turns on Node's compile cache: a cache of the bench's own, filled by each
// comparison's warm-up run as a user's first run fills theirs. Node 20 has no such cache.
const env = { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1', NODE_COMPILE_CACHE: join(tmp, 'compile-cache') };
delete env.NODE_DISABLE_COMPILE_CACHE;
delete env.GITHUB_ACTIONS;
delete env.NODE_OPTIONS;

// 1. A built `plan` and the corpus.
if (!existsSync(join(root, 'dist', 'cli.js'))) {
  console.error('bench: dist/ is missing, building...');
  const build = spawnSync(node, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const corpusDir = join(root, 'bench', 'corpus');
const { files } = await writeCorpus(corpusDir);
const corpusBytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
const spectralRuleset = join(corpusDir, 'spectral-ruleset.json');
const schema = JSON.parse(readFileSync(join(root, SCHEMA), 'utf8'));
// The schema as a Spectral ruleset: one rule that applies the schema function to the whole document.
writeFileSync(spectralRuleset, JSON.stringify({ rules: { 'strategy-schema': { description: 'strategy schema', severity: 'error', given: '$', then: { function: 'schema', functionOptions: { schema } } } } }));
console.error(`bench: corpus of ${files.length} files (${(corpusBytes / 1024).toFixed(0)} KiB) in ${relative(root, corpusDir)}/`);
// 1,000 post files in two project folders (a strategy and its posts/), French and English.
const postCorpus = await writePostCorpus(join(root, 'bench', 'corpus-posts'));
const POST_FOLDERS = postCorpus.folders.map((folder) => relative(root, folder));
const POST_FILES = postCorpus.files.map((file) => relative(root, file.path));
const ONE_POST = POST_FILES[0];
console.error(`bench: ${POST_FILES.length} post files (${(postCorpus.files.reduce((n, f) => n + Buffer.byteLength(f.text), 0) / 1024).toFixed(0)} KiB) in ${relative(root, postCorpus.dir)}/`);

// 2. Measuring one run.
/** Wall time (spawn to exit) and peak RSS of one run. */
function once(cmd, extraEnv = {}) {
  const argv = TIME ? [TIME, '-f', '%M', '-o', rssFile, ...cmd] : cmd;
  const start = process.hrtime.bigint();
  const result = spawnSync(argv[0], argv.slice(1), { cwd: root, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rssKiB = TIME ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)) : undefined;
  // /usr/bin/time reports a non-zero exit of the command on stderr; keep only the status.
  return { ms, rssKiB, status: result.status, stderr: String(result.stderr).split('\n')[0] };
}

/** Instructions of one run under callgrind (every thread counted), or undefined without valgrind. */
function instructionsOf(cmd, extraEnv = {}) {
  const result = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', ...cmd], { cwd: root, env: { ...env, ...extraEnv }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const match = /Collected : (\d+)/.exec(String(result.stderr));
  return match ? Number(match[1]) : undefined;
}

/** Time from spawn to the first prompt (`?`) on a pseudo-terminal, or to exit if none comes. */
function toFirstQuestion(command) {
  return new Promise((resolveRun) => {
    const start = process.hrtime.bigint();
    // `script` gives the child a real pty, so the wizard behaves as in a terminal.
    const child = spawn(SCRIPT, ['-qfec', command, '/dev/null'], { cwd: root, env: { ...env, TERM: 'xterm-256color', COLUMNS: '100', LINES: '40' }, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    let out = '';
    let done = false;
    const finish = (prompted) => {
      if (done) return;
      done = true;
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
      resolveRun({ ms, prompted, output: out });
    };
    child.stdout.on('data', (d) => {
      out += d;
      // inquirer prints `? Question`; strip colour codes before looking.
      if (/(^|\n|\r)\s*\?\s/.test(out.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, ''))) finish(true);
    });
    child.on('exit', () => setTimeout(() => finish(false), 20));
    setTimeout(() => finish(false), 15000);
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Interleaved pairs A B A B ...; one discarded warm-up of each (file cache, not the process). */
async function pairs(a, b, runs) {
  const measure = async (side) => (side.pty ? { ...(await toFirstQuestion(side.pty)) } : once(side.cmd, side.env));
  await measure(a);
  const warm = await measure(b);
  const sa = [];
  const sb = [];
  for (let i = 0; i < runs; i++) {
    sa.push(await measure(a));
    sb.push(await measure(b));
  }
  return { sa, sb, warm };
}

const show = (cmd, extraEnv = {}) => Object.entries(extraEnv).map(([k, v]) => `${k}=${v} `).join('') + cmd.map((part) => (part === node ? 'node' : part.startsWith(root) ? relative(root, part) : part)).join(' ');

// 3. The comparisons. `target` is the most B may take, as a multiple of A.
const BASE = { label: 'node -e 0', cmd: [node, '-e', '0'] };
const plan = (...rest) => ({ label: `plan ${rest.join(' ')}`, cmd: [node, PLAN, ...rest] });
// The corpus is clean on CLEAN_DAY (deadlines ahead); on LATE_DAY every deadline has passed.
const CLEAN_DAY = '2026-11-26';
const LATE_DAY = '2031-01-01';
const AJV_MANY = { label: 'ajv-cli validate (1,000 files)', cmd: [node, AJV, 'validate', '-s', SCHEMA, '-d', `${MANY}/*.yaml`, '-c', 'ajv-formats', '--strict=false'] };
// The targets a user feels (issue 15): a single-file command within 2.0 times `node -e 0` on Node 20
// (1.5 on Node 22 and later, which has a compile cache), `--version` within 1.3, `plan brief` within
// 2.5, and 1,000 files in one call faster than ajv-cli on the same files, within 80 MiB.
const NODE_MAJOR = Number(process.versions.node.split('.')[0]);
const ONE_FILE_TARGET = NODE_MAJOR >= 22 ? 1.5 : 2.0;
const COMPARISONS = [
  { id: 'version', a: BASE, b: plan('--version'), target: 1.3 },
  { id: 'help', a: BASE, b: plan('--help'), info: 'no target' },
  { id: 'validate-one', a: BASE, b: plan('validate', ONE), target: ONE_FILE_TARGET },
  { id: 'brief-one', a: BASE, b: plan('brief', ONE), target: 2.5 },
  { id: 'init-first-question', a: { label: 'node -e 0 (pty)', pty: `${node} -e 0` }, b: { label: 'plan init, first question (pty)', pty: `${node} ${PLAN} init` }, target: 2.5 },
  { id: 'ajv-one', a: BASE, b: { label: 'ajv-cli validate (1 file)', cmd: [node, AJV, 'validate', '-s', SCHEMA, '-d', ONE_QUOTED, '-c', 'ajv-formats', '--strict=false'] }, info: 'ajv-cli reference' },
  { id: 'spectral-one', a: BASE, b: { label: 'spectral lint (1 file)', cmd: [node, SPECTRAL, 'lint', '--ruleset', spectralRuleset, ONE_QUOTED] }, info: 'Spectral reference' },
  { id: 'validate-1000', a: AJV_MANY, b: plan('validate', MANY, '--now', CLEAN_DAY), target: 1.0, below: true, rssTargetMiB: 80 },
  // The same files a few years later: every file has warnings, so every file also gets the full parse for positions.
  { id: 'validate-1000-findings', a: AJV_MANY, b: plan('validate', MANY, '--now', LATE_DAY), info: 'every file has findings (positions)' },
  // Issue 18: plan validate on 1,000 posts within half of textlint's time (sentence-length, the same
  // files) and 80 MiB; one post within 1.6 times node -e 0.
  { id: 'posts-1000', a: { label: 'textlint sentence-length (1,000 posts)', cmd: [node, TEXTLINT, '--rule', 'textlint-rule-sentence-length', ...POST_FILES] }, b: plan('validate', ...POST_FOLDERS), target: 0.5, rssTargetMiB: 80 },
  { id: 'post-one', a: BASE, b: plan('validate', ONE_POST), target: 1.6 },
  { id: 'spectral-1000', a: { label: 'spectral lint (1,000 files)', cmd: [node, SPECTRAL, 'lint', '--ruleset', spectralRuleset, `${MANY}/*.yaml`] }, b: plan('validate', MANY, '--now', CLEAN_DAY), heavy: true, info: 'Spectral reference' },
];

// The fast path only serves files with no finding: say how many of the "clean" corpus really are,
// as the rules evolve (a new rule that fires on the corpus sends those files to the full parse).
let cleanFiles;
for (let attempt = 0; attempt < 3 && cleanFiles === undefined; attempt++) {
  const probe = spawnSync(node, [PLAN, 'validate', MANY, '--now', CLEAN_DAY, '--format', 'json'], { cwd: root, env, maxBuffer: 256 * 1024 * 1024 });
  try {
    cleanFiles = JSON.parse(String(probe.stdout)).files.filter((f) => f.findings.length === 0).length;
  } catch {
    cleanFiles = undefined;
  }
}
console.error(`bench: ${cleanFiles ?? '?'} of the 1,000 valid files have no finding on ${CLEAN_DAY}`);

const rows = [];
for (const c of COMPARISONS) {
  if (ONLY.length && !ONLY.includes(c.id)) continue;
  let { a, b } = c;
  let note;
  if (b.pty) {
    if (!SCRIPT) {
      b = plan('init', '--help');
      a = BASE;
      note = 'no `script` to give a pty: measured `plan init --help` instead';
    } else {
      const probe = await toFirstQuestion(b.pty);
      if (!probe.prompted) {
        const said = probe.output.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').trim().split('\n')[0] ?? '';
        note = `plan init asked nothing on a pty (it printed: "${said.slice(0, 80)}"): measured \`plan init --help\` instead`;
        b = plan('init', '--help');
        a = BASE;
      }
    }
  }
  const runs = c.heavy ? HEAVY_RUNS : RUNS;
  process.stderr.write(`bench: ${c.id} (${runs} pairs)...`);
  const { sa, sb, warm } = await pairs(a, b, runs);
  const ma = median(sa.map((s) => s.ms));
  const mb = median(sb.map((s) => s.ms));
  const ratio = mb / ma;
  const rssA = sa[0]?.rssKiB !== undefined ? Math.max(...sa.map((s) => s.rssKiB)) / 1024 : undefined;
  const rssB = sb[0]?.rssKiB !== undefined ? Math.max(...sb.map((s) => s.rssKiB)) / 1024 : undefined;
  // Every command here succeeds (exit 0); a failed run (e.g. dist/ rebuilt meanwhile) makes the row unusable.
  const failed = [...sa, ...sb, warm].filter((run) => run.status !== undefined && run.status !== 0);
  if (failed.length > 0) note = [note, `${failed.length} run(s) failed (exit ${failed[0].status}: ${failed[0].stderr ?? ''}): run the bench again`].filter(Boolean).join('; ');
  const withinTime = c.below ? ratio < c.target : ratio <= c.target;
  const pass = c.target === undefined ? undefined : failed.length === 0 && withinTime && (c.rssTargetMiB === undefined || (rssB ?? 0) <= c.rssTargetMiB);
  process.stderr.write(` ${ma.toFixed(0)} ms vs ${mb.toFixed(0)} ms\n`);
  const counted = INSTRUCTIONS && a.cmd && b.cmd ? { a: instructionsOf(a.cmd, a.env), b: instructionsOf(b.cmd, b.env) } : undefined;
  rows.push({
    id: c.id,
    a: { label: a.label, command: a.cmd ? show(a.cmd, a.env) : a.pty, median_ms: round(ma), samples_ms: sa.map((s) => round(s.ms)), peak_rss_mib: round(rssA) },
    b: { label: b.label, command: b.cmd ? show(b.cmd, b.env) : b.pty.replace(node, 'node').replace(root + '/', ''), median_ms: round(mb), samples_ms: sb.map((s) => round(s.ms)), peak_rss_mib: round(rssB) },
    pairs: runs,
    ratio: round(ratio, 2),
    ...(counted?.a && counted.b ? { instructions: { a: counted.a, b: counted.b, ratio: round(counted.b / counted.a, 2) } } : {}),
    target: c.target,
    below: c.below,
    rss_target_mib: c.rssTargetMiB,
    pass,
    ...(note ? { note } : {}),
    ...(c.info ? { info: c.info } : {}),
  });
}
rmSync(tmp, { recursive: true, force: true });

function round(x, digits = 1) {
  return x === undefined ? undefined : Number(x.toFixed(digits));
}

// 4. Report.
const machine = {
  date: new Date().toISOString(),
  node: process.version,
  platform: `${process.platform} ${release()}`,
  nproc: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  memory_gib: round(totalmem() / 1024 ** 3),
  rss_from: TIME ? '/usr/bin/time -f %M' : 'not measured (no /usr/bin/time)',
};
const table = [['comparison', 'A', 'A ms', 'B', 'B ms', 'B/A', ...(INSTRUCTIONS ? ['B/A instr.'] : []), 'target', 'B peak MiB', 'ok']];
for (const r of rows) {
  table.push([
    r.id,
    r.a.label,
    r.a.median_ms.toFixed(0),
    r.b.label,
    r.b.median_ms.toFixed(0),
    `${r.ratio.toFixed(2)}x`,
    ...(INSTRUCTIONS ? [r.instructions ? `${r.instructions.ratio.toFixed(2)}x` : '-'] : []),
    r.target === undefined ? '-' : `${r.below ? '<' : '<='} ${r.target}x${r.rss_target_mib ? `, <= ${r.rss_target_mib} MiB` : ''}`,
    r.b.peak_rss_mib === undefined ? '-' : r.b.peak_rss_mib.toFixed(0) + (r.id.endsWith('1000') ? ` (A ${r.a.peak_rss_mib.toFixed(0)})` : ''),
    r.pass === undefined ? '' : r.pass ? 'yes' : 'NO',
  ]);
}
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
console.log(`\nMedians of ${RUNS} interleaved pairs (${HEAVY_RUNS} for Spectral on 1,000 files); ${machine.nproc} cores, ${machine.cpu}, Node ${machine.node}, ${machine.date.slice(0, 10)}\n`);
for (const [i, row] of table.entries()) {
  console.log(row.map((cell, j) => cell.padEnd(widths[j])).join('  ').trimEnd());
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
for (const r of rows) if (r.note) console.log(`note (${r.id}): ${r.note}`);
if (cleanFiles !== 1000) console.log(`note: only ${cleanFiles ?? '?'} of the 1,000 valid files have no finding on ${CLEAN_DAY} (a rule changed?): the others take the full parse.`);

writeFileSync(OUT, JSON.stringify({ machine, runs: RUNS, heavy_runs: HEAVY_RUNS, corpus: { files: files.length, valid: files.filter((f) => f.valid).length, valid_without_findings: cleanFiles, kib: round(corpusBytes / 1024, 0) }, rows }, null, 2) + '\n');
console.log(`\nwrote ${relative(root, OUT)}`);
const missed = rows.filter((r) => r.pass === false).map((r) => r.id);
console.log(missed.length ? `targets missed: ${missed.join(", ")}` : "every target holds");
