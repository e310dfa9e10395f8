// The language detectors named in the research (franc-min, tinyld, eld) on short French and English
// posts: accuracy, what they add to node_modules, the time to load them in a fresh process and to
// detect one post. `node bench/language/compare.mjs`; the figures go in docs/posts.md. Not a test.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { POSTS } from './posts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// Each detector as the rule would call it: the language of a text as fr, en or something else,
// with and without the hint that only French and English are expected.
const DETECTORS = {
  'franc-min': {
    load: "const { franc } = await import('franc-min');",
    any: "(t) => ({ fra: 'fr', eng: 'en' })[franc(t, { minLength: 3 })] ?? 'other'",
    only: "(t) => ({ fra: 'fr', eng: 'en' })[franc(t, { minLength: 3, only: ['fra', 'eng'] })] ?? 'other'",
    packages: ['franc-min', 'trigram-utils', 'collapse-white-space', 'n-gram'],
  },
  tinyld: {
    load: "const { detect } = await import('tinyld');",
    any: "(t) => ['fr', 'en'].includes(detect(t)) ? detect(t) : 'other'",
    only: "(t) => detect(t, { only: ['fr', 'en'] }) || 'other'",
    packages: ['tinyld'],
  },
  'tinyld/light': {
    load: "const { detect } = await import('tinyld/light');",
    any: "(t) => ['fr', 'en'].includes(detect(t)) ? detect(t) : 'other'",
    only: "(t) => detect(t, { only: ['fr', 'en'] }) || 'other'",
    packages: ['tinyld'],
  },
  'eld (extrasmall)': {
    load: "const { eld } = await import('eld/extrasmall');",
    any: "(t) => { const l = eld.detect(t).language; return ['fr', 'en'].includes(l) ? l : 'other'; }",
    only: "(t) => { eld.setLanguageSubset(['fr', 'en']); const l = eld.detect(t).language; eld.setLanguageSubset(false); return l || 'other'; }",
    packages: ['eld'],
  },
  'eld (small)': {
    load: "const { eld } = await import('eld/small');",
    any: "(t) => { const l = eld.detect(t).language; return ['fr', 'en'].includes(l) ? l : 'other'; }",
    only: "(t) => { eld.setLanguageSubset(['fr', 'en']); const l = eld.detect(t).language; eld.setLanguageSubset(false); return l || 'other'; }",
    packages: ['eld'],
  },
};

// What the rule gives a detector (src/posts/language.ts): the words, without links, hashtags and mentions.
const CLEAN = POSTS.map(([lang, text]) => [lang, text.replace(/https?:\/\/\S+|[#@][\p{L}\p{N}_.@-]+/gu, ' ')]);

function sizeOf(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

function run(name, d) {
  const script = `
    const t0 = performance.now();
    ${d.load}
    const loadMs = performance.now() - t0;
    const posts = ${JSON.stringify(CLEAN)};
    const score = (fn) => posts.filter(([lang, text]) => fn(text) === lang).length;
    const any = ${d.any}, only = ${d.only};
    const t1 = performance.now();
    const right = score(any);
    const perPostMs = (performance.now() - t1) / posts.length;
    const misses = posts.filter(([lang, text]) => only(text) !== lang).map(([lang, text]) => lang + ': ' + text);
    console.log(JSON.stringify({ loadMs, perPostMs, right, rightOnly: score(only), misses }));
  `;
  const out = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`${name}: ${out.stderr}`);
  return JSON.parse(out.stdout);
}

const rows = [];
for (const [name, d] of Object.entries(DETECTORS)) {
  // Load time: the median of 5 fresh processes.
  const runs = Array.from({ length: 5 }, () => run(name, d)).sort((a, b) => a.loadMs - b.loadMs);
  const r = runs[2];
  const bytes = d.packages.reduce((sum, p) => sum + sizeOf(join(root, 'node_modules', p)), 0);
  rows.push({ name, ...r, mib: bytes / 2 ** 20 });
}
console.log(`${POSTS.length} posts (${POSTS.filter((p) => p[0] === 'fr').length} fr, ${POSTS.filter((p) => p[0] === 'en').length} en), Node ${process.version}\n`);
console.log('| Detector | Right (any language) | Right (fr or en only) | node_modules | Load | Per post |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.name} | ${r.right}/${POSTS.length} | ${r.rightOnly}/${POSTS.length} | ${r.mib.toFixed(1)} MiB | ${r.loadMs.toFixed(0)} ms | ${r.perPostMs.toFixed(2)} ms |`);
}
for (const r of rows) if (r.misses.length) console.log(`\n${r.name} misses (fr or en only):\n  ${r.misses.join('\n  ')}`);
