// Deterministic corpus of post files for `npm run bench`: 1,000 posts in two project folders (a
// strategy and its posts/), 500 French ones for Café Boréal and 500 English ones for Harbour Food
// Network, from examples/. Each platform gets posts at its cadence, week after week, with the
// pillars rotating by their shares, so the corpus is clean for `plan validate` and its mix is the
// planned one. Texts vary in length (one to five sentences), hashtags, links, emoji, platform
// variants and status. Same seed, same bytes: its own PRNG, never the clock.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { prng } from './corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// Words clear of each strategy's sensitive topics and `dont` entries, and of the other form of
// address (Café Boréal says `tu`): the corpus measures clean posts, as most of a real folder is.
const PHRASES = {
  fr: [
    'Le four chauffe dès 5 h ce matin',
    'Viens goûter le croissant du mois',
    'La torréfaction du mardi sent déjà bon dans toute la rue',
    'Notre équipe prépare les viennoiseries de la fin de semaine',
    'Le marché du Vieux-Port ouvre ses portes samedi',
    'Une nouvelle fournée sort à midi',
    'Passe nous voir avant le travail, le café est prêt',
    'On t’attend sur la terrasse quand il fait beau',
    'Les pains de seigle reviennent cette semaine',
    'Merci aux artisans qui nous livrent chaque matin',
    'Le chocolat chaud de l’hiver est de retour',
    'Une photo des coulisses, juste avant l’ouverture',
  ],
  en: [
    'Our volunteers packed four hundred boxes this week',
    'The winter drive starts on Monday at the harbour hall',
    'Thank you to every neighbour who dropped off a can',
    'Our kitchen team cooked soup for the whole street',
    'Come and meet the crew at the Saturday market',
    'A new pantry opens in Dartmouth next month',
    'Here is what one hour of your time can do',
    'The warehouse is full of fresh apples from the valley',
    'Our drivers cover three routes every morning',
    'Join the next volunteer orientation on Thursday',
    'Local farms gave us more carrots than ever',
    'A look behind the scenes of the sorting room',
  ],
};
const TAGS = { fr: ['#Limoilou', '#Québec', '#café', '#boulangerie', '#fraisdumatin'], en: ['#Halifax', '#volunteer', '#foodbank', '#community', '#NovaScotia'] };
const EMOJI = ['☕', '🥐', '🍎', '❄️', '🎉', '💛', '👋🏽', '👨‍👩‍👧'];
const LINKS = { fr: 'https://cafeboreal.example/menu', en: 'https://harbourfood.example/volunteer' };

const pad = (n) => String(n).padStart(2, '0');
const DAY_INDEX = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 };

function addDays(date, days) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function text(r, lang, sentences) {
  const parts = Array.from({ length: sentences }, () => r.pick(PHRASES[lang]) + (r.chance(0.2) ? ` ${r.pick(EMOJI)}` : '') + '.');
  if (r.chance(0.3)) parts.push(LINKS[lang]);
  const tags = r.some(TAGS[lang], 0, 3);
  return [parts.join(' '), ...(tags.length ? [tags.join(' ')] : [])].join('\n\n');
}

/** The posts of one strategy: each platform at its cadence from `from`, pillars by their shares. */
function postsFor(strategy, lang, count, r, from) {
  const pillars = strategy.editorial_line.pillars;
  const total = pillars.reduce((sum, p) => sum + p.share, 0);
  const credit = new Map(pillars.map((p) => [p.id, 0]));
  const nextPillar = () => {
    // Largest running deficit first: every pillar stays within a post or two of its share.
    for (const p of pillars) credit.set(p.id, credit.get(p.id) + p.share / total);
    const best = [...pillars].sort((a, b) => credit.get(b.id) - credit.get(a.id))[0];
    credit.set(best.id, credit.get(best.id) - 1);
    return best.id;
  };
  const blackout = new Set((strategy.calendar?.blackout_dates ?? []).map(String));
  const slots = [];
  for (let week = 0; slots.length < count; week++) {
    for (const platform of strategy.platforms) {
      const days = platform.cadence?.days ?? [];
      for (const day of days) {
        const date = addDays(from, week * 7 + DAY_INDEX[day]);
        // Around Christmas and New Year the examples black out a pillar (key dates): no posts then.
        if (!blackout.has(date) && !/-(12-2[4-6]|12-31|01-01)$/.test(date)) slots.push({ date, platform: platform.id, time: platform.cadence.time ?? '09:00', owner: platform.owner ?? strategy.organization.owner });
      }
    }
  }
  slots.length = count;
  return slots.map((slot, i) => {
    const status = r.chance(0.6) ? 'draft' : 'ready';
    const lines = ['---', `platforms: [${slot.platform}]`, `date: ${slot.date}`, `time: "${slot.time}"`, `pillar: ${nextPillar()}`];
    if (r.chance(0.3)) lines.push(`audience: ${r.pick(strategy.platforms.find((p) => p.id === slot.platform).audiences ?? [strategy.audiences[0].id])}`);
    lines.push(`status: ${status}`, `author: ${slot.owner}`, '---');
    let body = text(r, lang, r.int(1, 5));
    if (status === 'draft' && r.chance(0.2)) body += lang === 'fr' ? '\n\nTODO : ajouter une photo.' : '\n\nTODO: add a photo.';
    if (r.chance(0.15)) body += `\n\n<!-- ${lang === 'fr' ? 'note à l’équipe : à relire' : 'note to the team: proofread'} -->`;
    const name = `${slot.date}-${slot.platform}-${String(i).padStart(4, '0')}.md`;
    return { name, text: `${lines.join('\n')}\n${body}\n` };
  });
}

export async function generatePostCorpus({ seed = 18, perLanguage = 500 } = {}) {
  const r = prng(seed);
  const projects = [];
  for (const [lang, example] of [['fr', 'cafe-boreal'], ['en', 'harbour-food-network']]) {
    const strategyText = await readFile(join(root, 'examples', `${example}.strategy.yaml`), 'utf8');
    const strategy = parse(strategyText);
    projects.push({ folder: `${lang}-${example}`, strategyText, posts: postsFor(strategy, lang, perLanguage, r, '2027-01-04') });
  }
  return projects;
}

/** Writes bench/corpus-posts/<lang-example>/{strategy.yaml,posts/*.md}; returns the folders and files. */
export async function writePostCorpus(dir = join(root, 'bench', 'corpus-posts'), options) {
  const projects = await generatePostCorpus(options);
  await rm(dir, { recursive: true, force: true });
  const folders = [];
  const files = [];
  for (const project of projects) {
    const folder = join(dir, project.folder);
    await mkdir(join(folder, 'posts'), { recursive: true });
    await writeFile(join(folder, 'strategy.yaml'), project.strategyText);
    for (const post of project.posts) {
      const path = join(folder, 'posts', post.name);
      await writeFile(path, post.text);
      files.push({ path, text: post.text });
    }
    folders.push(folder);
  }
  return { dir, folders, files };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { dir, files } = await writePostCorpus();
  console.log(`wrote ${files.length} post files under ${dir}`);
}
