// Deterministic corpus for `npm run bench` and the fast-path equivalence test: varied valid
// strategies derived from examples/*.strategy.yaml, and invalid ones made by one known mutation each.
// Same seed, same bytes: the generator uses its own PRNG and never the clock.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, isScalar, parse, visit } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** mulberry32: tiny, fast, good enough to vary test data. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const some = (list, lo, hi) => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, Math.min(copy.length, int(lo, hi)));
  };
  return { next, int, pick, some, chance: (p) => next() < p };
}

const WORDS = {
  fr: ['café', 'quartier', 'équipe', 'publication', 'infolettre', 'courriel', 'bénévoles', 'membres', 'région', 'hiver', 'été', 'marché', 'famille', 'étudiants', 'festival', 'saison', 'coulisses', 'artisans', 'clients', 'nouveautés', 'Montréal', 'Québec', 'Sherbrooke', 'Gaspésie', 'érable', 'spectacle', 'bibliothèque', 'atelier', 'réseau', 'entraide', 'écoute', 'vidéo', 'conseils', 'témoignages', 'rencontre'],
  en: ['coffee', 'neighbourhood', 'team', 'post', 'newsletter', 'email', 'volunteers', 'members', 'region', 'winter', 'summer', 'market', 'family', 'students', 'festival', 'season', 'backstage', 'makers', 'customers', 'launch', 'Toronto', 'Ottawa', 'Halifax', 'workshop', 'library', 'stories', 'video', 'tips', 'reviews', 'meetup', 'support', 'guide', 'community', 'event', 'product'],
};
const PLATFORM_IDS = ['instagram', 'facebook', 'linkedin', 'tiktok', 'youtube', 'threads', 'pinterest', 'x', 'bluesky', 'mastodon'];
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const CONTEXTS = ['product-launch', 'political-campaign', 'ongoing-presence', 'event', 'cause', 'recruitment', 'rebrand', 'other'];
const PURPOSES = ['inform', 'educate', 'entertain', 'inspire', 'community', 'promote'];
// Conversion and community objectives need a promote or a community pillar (consistency/objective-pillar);
// the generated pillars never promote, so the valid set keeps to the other types.
const OBJ_TYPES = ['awareness', 'engagement', 'customer-care'];
const REGIONS = ['CA-QC', 'CA-ON', 'CA-NB', 'CA', 'FR', 'BE', 'CH'];
const PEOPLE = ['Julie Tremblay', 'Marc Gagnon', 'Sophie Roy', 'Alex Côté', 'Priya Singh', 'Sam Nguyen', 'Léa Bouchard', 'Olivier Morin'];

const pad = (n) => String(n).padStart(2, '0');

function sentence(r, lang, lo = 4, hi = 14) {
  const words = Array.from({ length: r.int(lo, hi) }, () => r.pick(WORDS[lang]));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

function slug(r, lang, taken) {
  for (;;) {
    const id = `${r.pick(WORDS[lang])}-${r.int(1, 99)}`.normalize('NFD').replace(/[^a-zA-Z0-9-]/g, '').toLowerCase();
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

/** A date in 2027 between two months (the corpus date is 2026-11-26: reviews within six months,
 *  deadlines within the plan’s horizon and no more than a quarter before the review). */
function date(r, fromMonth = 1, toMonth = 12) {
  return `2027-${pad(r.int(fromMonth, toMonth))}-${pad(r.int(1, 28))}`;
}

/** A time of day within community hours (`08:00`-`18:00` if none), so posts go out on duty. */
function time(r, hours) {
  const from = hours?.start ? Number(hours.start.slice(0, 2)) : 8;
  const to = hours?.end ? Number(hours.end.slice(0, 2)) - 1 : 17;
  return `${pad(r.int(from, Math.max(from, to)))}:${pad(r.pick([0, 15, 30, 45]))}`;
}

/** Split 100 into n integer shares, each at least 5. */
function shares(r, n) {
  const cuts = Array.from({ length: n - 1 }, () => r.int(1, 100 - 5 * n)).sort((a, b) => a - b);
  const out = [];
  let previous = 0;
  for (const cut of [...cuts, 100 - 5 * n]) {
    out.push(cut - previous + 5);
    previous = cut;
  }
  return out;
}

/** One valid strategy, varied in size and shape, starting from an example's data. */
export function variant(base, r, index) {
  const lang = r.chance(0.6) ? 'fr' : 'en';
  const s = structuredClone(base);
  const people = r.some(PEOPLE, 1, 4);
  s.organization = {
    ...s.organization,
    name: `${sentence(r, lang, 1, 3).slice(0, -1)} ${index}`,
    language: lang,
    region: lang === 'fr' ? r.pick(REGIONS) : r.pick(REGIONS.filter((x) => x !== 'CA-QC')),
    context: r.pick(CONTEXTS),
    owner: people[0],
    team_size: r.int(Math.max(2, people.length), 12),
    hours_per_week: r.int(25, 40),
    review_by: date(r, 1, 4),
  };
  if (r.chance(0.3)) delete s.organization.sector;
  if (r.chance(0.2)) delete s.organization.time_zone;

  const ids = new Set();
  s.audiences = Array.from({ length: r.int(1, 4) }, () => ({
    id: slug(r, lang, ids),
    name: sentence(r, lang, 2, 5).slice(0, -1),
    description: sentence(r, lang, 6, 20),
    age: (() => {
      const min = r.int(25, 40);
      return { min, max: r.int(min + 5, 54) };
    })(),
    locations: r.some(['Limoilou', 'Saint-Roch', 'Plateau', 'Rosemont', 'Verdun', 'Gatineau', 'Lévis'], 1, 3),
    interests: Array.from({ length: r.int(1, 5) }, () => sentence(r, lang, 1, 3).slice(0, -1)),
    ...(r.chance(0.7) ? { needs: Array.from({ length: r.int(1, 4) }, () => sentence(r, lang, 2, 5).slice(0, -1)) } : {}),
  }));
  const audienceIds = s.audiences.map((a) => a.id);

  // One primary platform with a broad reach that every audience is on (the rules ask for an active,
  // feasible presence that reaches each persona), then secondary ones.
  const primary = r.pick(['facebook', 'instagram', 'youtube']);
  const platformIds = [primary, ...r.some(PLATFORM_IDS.filter((id) => id !== primary), 0, 3)];
  // Posts go out on watched days, one weekly post per day listed (the consistency rules).
  const hours = s.community?.hours;
  const watched = hours?.days?.length ? hours.days : DAYS;
  s.platforms = platformIds.map((id, i) => {
    const posts = i === 0 ? r.int(3, 5) : r.int(1, 2);
    const per = i === 0 ? 'week' : r.pick(['week', 'month']);
    return {
      id,
      role: i === 0 ? 'primary' : r.pick(['secondary', 'secondary', 'listening']),
      rationale: sentence(r, lang, 6, 24),
      audiences: i === 0 ? [...audienceIds] : r.some(audienceIds, 1, audienceIds.length),
      cadence: {
        posts,
        per,
        ...(r.chance(0.6) ? { days: per === 'week' ? r.some(watched, posts, posts) : r.some(watched, 1, 3) } : {}),
        ...(r.chance(0.5) ? { time: time(r, hours) } : {}),
      },
      formats: Array.from({ length: r.int(1, 4) }, () => r.pick(['reels', 'carrousels', 'stories', 'photos', 'vidéos', 'articles', 'lives'])),
      owner: r.pick(people),
    };
  });
  const publishing = s.platforms.filter((p) => p.role !== 'listening').map((p) => p.id);

  const pillarIds = new Set();
  const n = r.int(2, 6);
  s.editorial_line.mix = r.pick(['80-20', 'thirds', '4-1-1', 'custom']);
  s.editorial_line.positioning = sentence(r, lang, 8, 20);
  s.editorial_line.tone = { ...s.editorial_line.tone, address: lang === 'fr' ? r.pick(['tu', 'vous']) : r.pick(['informal', 'formal']), humour: r.pick(['none', 'light', 'playful']), emoji: r.pick(['none', 'sparing', 'frequent']) };
  s.editorial_line.pillars = shares(r, n).map((share) => ({
    id: slug(r, lang, pillarIds),
    name: sentence(r, lang, 2, 4).slice(0, -1),
    share,
    purpose: r.pick(PURPOSES.filter((p) => p !== 'promote')),
    examples: Array.from({ length: r.int(1, 4) }, () => sentence(r, lang, 3, 8).slice(0, -1)),
  }));
  // The examples' key dates name the examples' pillars: point them at the new ones, in order (no
  // draw from the generator, so the rest of the corpus stays as it was).
  const newPillars = s.editorial_line.pillars.map((p) => p.id);
  for (const [i, key] of (s.calendar?.key_dates ?? []).entries()) {
    if (key.pillar) key.pillar = newPillars[i % newPillars.length];
    if (key.blackout_pillars) key.blackout_pillars = [newPillars[(i + 1) % newPillars.length]];
  }
  s.editorial_line.do = Array.from({ length: r.int(0, 8) }, () => sentence(r, lang));
  s.editorial_line.dont = Array.from({ length: r.int(0, 8) }, () => sentence(r, lang));

  const objectiveIds = new Set();
  // Targets above the baseline and at most ten times it; the first objective is pursued on the
  // primary platform, none on a platform the team only listens to.
  s.objectives = Array.from({ length: r.int(1, 4) }, (_, k) => {
    const baseline = r.int(1, 500);
    const others = r.some(publishing, 1, publishing.length);
    const id = slug(r, lang, objectiveIds);
    return {
      id,
      statement: sentence(r, lang, 6, 16),
      type: r.pick(OBJ_TYPES),
      kpi: sentence(r, lang, 1, 3).slice(0, -1),
      baseline,
      target: r.int(baseline + 1, baseline * 10),
      deadline: date(r, 6, 12),
      platforms: k === 0 && !others.includes(primary) ? [primary, ...others] : others,
      // A figure the team records itself, so plan report can follow it whatever the platforms (no draw:
      // the rest of the corpus stays as it was).
      measure: { platform: 'all', metric: 'custom', aggregate: 'sum', name: id },
    };
  });

  // Optional sections stay (the rules expect them of a complete strategy); some get longer.
  if (r.chance(0.2)) delete s.measurement;
  if (s.policy && r.chance(0.5)) s.policy.rules = Array.from({ length: r.int(1, 12) }, () => sentence(r, lang, 6, 18));
  if (s.community) s.community.managers = [...people];
  if (s.crisis) {
    s.crisis.spokesperson = people[0];
    s.crisis.approvers = people.length > 1 ? [...people] : [...people, r.pick(PEOPLE.filter((p) => p !== people[0]))];
    for (const tier of s.crisis.tiers) tier.approver = r.pick(people);
    // Faster as the level rises, and tier 1 no slower than an everyday comment.
    const first = s.community?.response_time ?? '4h';
    s.crisis.tiers.forEach((tier, k) => { tier.respond_within = [first, '1h', '30m', '30m', '30m'][k]; });
  }
  return s;
}

/** YAML text with varied layout. Dates, times and other YAML 1.1 look-alikes are quoted so that
 *  ajv-cli (js-yaml 3, YAML 1.1) reads the same strings as plan (YAML 1.2 core). */
export function serialize(data, r, header) {
  // No anchors: people write plain files (aliases are covered by the invalid set and unit tests).
  const doc = new Document(data, { aliasDuplicateObjects: false });
  const flowDepth = r.pick([0, 2, 3, 99]);
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && /^[\d:.+-]+$|^(y|n|yes|no|on|off|true|false|null|~)$/i.test(node.value)) node.type = r.chance(0.5) ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
    },
    Seq(_key, node, path) {
      if (path.length >= flowDepth && node.items.every(isScalar)) node.flow = true;
    },
    Map(_key, node, path) {
      if (path.length >= flowDepth + 2 && node.items.length <= 4 && node.items.every((p) => isScalar(p.value))) node.flow = true;
    },
  });
  const body = doc.toString({ indent: r.pick([2, 2, 4]), lineWidth: r.pick([0, 80, 120]), indentSeq: r.chance(0.7) });
  return `${header}${body}`;
}

/** Text-level or data-level mutations, one per invalid file; each yields at least one finding. */
const MUTATIONS = [
  ['enum', (s) => ((s.platforms[0].role = 'primry'), s)],
  ['missing-required', (s) => (delete s.organization.name, s)],
  ['unknown-key', (s) => ((s.platforms[0].cadance = s.platforms[0].cadence), delete s.platforms[0].cadence, s)],
  ['wrong-type', (s) => ((s.organization.team_size = 'two'), s)],
  ['pillar-shares', (s) => ((s.editorial_line.pillars[0].share += 7), s)],
  ['unknown-audience', (s) => (s.platforms[0].audiences.push('nobody-here'), s)],
  ['bad-date', (s) => ((s.organization.review_by = '2027-13-45'), s)],
  ['bad-duration', (s) => (s.community ? (s.community.response_time = 'soon') : (s.organization.region = 'quebec'), s)],
  ['duplicate-key', null, (text) => text.replace(/^(\s*)(name: .*)$/m, '$1$2\n$1$2')],
  ['tab', null, (text) => text.replace(/\n( +)(\S)/, '\n\t$2')],
  ['syntax', null, (text) => text.replace(/^(version: .*)$/m, '$1\nbroken: [a, b')],
  ['multiple-documents', null, (text) => `${text}---\nversion: 1\n`],
  ['unknown-tag', null, (text) => text.replace(/^(version: .*)$/m, '$1\nnote: !custom hello')],
  ['empty', null, () => '# nothing yet\n'],
];

/** Generate the corpus in memory: [{ name, text, valid, mutation? }]. */
export async function generateCorpus({ seed = 20261126, valid = 1000, invalid = 100 } = {}) {
  const examples = (await readdir(join(root, 'examples'))).filter((f) => f.endsWith('.strategy.yaml')).sort();
  const bases = await Promise.all(examples.map(async (f) => parse(await readFile(join(root, 'examples', f), 'utf8'), { version: '1.2' })));
  const r = prng(seed);
  const files = [];
  for (let i = 0; i < valid; i++) {
    const data = variant(r.pick(bases), r, i);
    const header = r.chance(0.5) ? `# Strategy ${i}: generated for the benchmark.\n` : '';
    files.push({ name: `valid/${String(i).padStart(4, '0')}.strategy.yaml`, text: serialize(data, r, header), valid: true });
  }
  for (let i = 0; i < invalid; i++) {
    const [mutation, onData, onText] = MUTATIONS[i % MUTATIONS.length];
    let data = variant(r.pick(bases), r, valid + i);
    if (onData) data = onData(data);
    let text = serialize(data, r, '');
    if (onText) text = onText(text);
    files.push({ name: `invalid/${String(i).padStart(3, '0')}-${mutation}.strategy.yaml`, text, valid: false, mutation });
  }
  return files;
}

/** Write the corpus under `dir` (bench/corpus by default), replacing what was there. */
export async function writeCorpus(dir = join(root, 'bench', 'corpus'), options = {}) {
  const files = await generateCorpus(options);
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'valid'), { recursive: true });
  await mkdir(join(dir, 'invalid'), { recursive: true });
  await Promise.all(files.map((f) => writeFile(join(dir, f.name), f.text)));
  return { dir, files };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { dir, files } = await writeCorpus(process.argv[2]);
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  console.log(`${files.length} files, ${(bytes / 1024).toFixed(0)} KiB, in ${dir}`);
}
