// src/knowledge/platforms.yaml (the data file a non-programmer updates) -> src/generated/platforms.json.
// Checked against src/knowledge/platforms.schema.json and for dangling source ids; a mistake stops
// the build with file:line, so a bad edit never ships.
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import Ajv from 'ajv';
import { LineCounter, parseDocument } from 'yaml';

function lineOf(doc, lc, path) {
  const node = doc.getIn(path, true);
  const offset = node?.range?.[0];
  return offset === undefined ? 1 : lc.linePos(offset).line;
}

/** Read, check and convert the platform facts. Throws an Error listing every problem with its line. */
export async function buildPlatforms(root) {
  const file = join(root, 'src', 'knowledge', 'platforms.yaml');
  const shown = relative(root, file);
  const text = await readFile(file, 'utf8');
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: true });
  if (doc.errors.length) throw new Error(doc.errors.map((e) => `${shown}: ${e.message}`).join('\n'));
  const data = doc.toJS();

  const schema = JSON.parse(await readFile(join(root, 'src', 'knowledge', 'platforms.schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  const problems = [];
  const at = (path, message) => problems.push(`${shown}:${lineOf(doc, lc, path)}: ${message}`);
  if (!validate(data)) {
    for (const e of validate.errors) {
      const path = e.instancePath.split('/').slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      at(path, `${e.instancePath || '/'} ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ''}`);
    }
    throw new Error(problems.join('\n'));
  }

  const sources = data.sources;
  const seen = new Set();
  const platforms = data.platforms.map((p, i) => {
    if (seen.has(p.id)) at(['platforms', i, 'id'], `duplicate platform id "${p.id}"`);
    seen.add(p.id);
    const refs = [];
    const cite = (fact, id, path) => {
      const s = sources[id];
      if (!s) return at(path, `unknown source "${id}": add it under \`sources:\``);
      refs.push({ fact, title: s.title, url: s.url, checked_at: s.checked_at, ...(s.weak ? { weak: true } : {}) });
    };
    if (p.formats.list.length && !p.formats.source && !p.formats.weak) at(['platforms', i, 'formats'], 'formats need a `source`, or `weak: true` when none is cited');
    if (p.formats.source) cite('formats', p.formats.source, ['platforms', i, 'formats', 'source']);
    if (p.text_limit) cite('text_limit', p.text_limit.source, ['platforms', i, 'text_limit', 'source']);
    (p.text_limit?.also ?? []).forEach((id, k) => cite('text_limit', id, ['platforms', i, 'text_limit', 'also', k]));
    p.cadence.sources.forEach((id, k) => cite('cadence', id, ['platforms', i, 'cadence', 'sources', k]));
    const [low, high] = p.cadence.recommended;
    if (low > high) at(['platforms', i, 'cadence', 'recommended'], 'the range must go from low to high');
    if (p.good_days) cite('good_days', p.good_days.source, ['platforms', i, 'good_days', 'source']);
    if (p.posting_time) cite('posting_time', p.posting_time.source, ['platforms', i, 'posting_time', 'source']);
    (p.reach ?? []).forEach((r, k) => {
      cite(`reach:${r.region}`, r.source, ['platforms', i, 'reach', k, 'source']);
      r.bands.forEach((b, j) => { if (b.min > b.max) at(['platforms', i, 'reach', k, 'bands', j], 'min is above max'); });
    });
    const { source: _ts, also: _also, ...textLimit } = p.text_limit ?? {};
    return {
      id: p.id,
      name: p.name,
      hint: p.hint,
      ...(p.hint_general ? { hint_general: p.hint_general } : {}),
      formats: p.formats.list,
      ...(p.formats.weak ? { formats_weak: true } : {}),
      ...(p.text_limit ? { text_limit: textLimit } : {}),
      cadence: { per: 'week', recommended: [low, high], active_min: p.cadence.active_min, ...(p.cadence.note ? { note: p.cadence.note } : {}) },
      ...(p.good_days ? { good_days: p.good_days.days } : {}),
      ...(p.posting_time ? { posting_time: p.posting_time.time } : {}),
      ...(p.reach ? { reach: p.reach.map((r) => ({ region: r.region, bands: r.bands })) } : {}),
      sources: refs,
    };
  });
  const sectors = (data.sectors ?? []).map((sector, i) => {
    sector.platforms.forEach((id, k) => { if (!seen.has(id)) at(['sectors', i, 'platforms', k], `unknown platform "${id}"`); });
    const s = sources[sector.source];
    if (!s) at(['sectors', i, 'source'], `unknown source "${sector.source}": add it under \`sources:\``);
    return { id: sector.id, words: sector.words, platforms: sector.platforms, note: sector.note, source: s ? { fact: `sector:${sector.id}`, title: s.title, url: s.url, checked_at: s.checked_at, ...(s.weak ? { weak: true } : {}) } : undefined };
  });
  if (problems.length) throw new Error(problems.join('\n'));
  return { version: data.version, platforms, sectors };
}

export async function generatePlatforms(root, writeIfChanged) {
  const data = await buildPlatforms(root);
  const text = JSON.stringify(data, null, 1) + '\n';
  if (writeIfChanged) await writeIfChanged(join(root, 'src', 'generated', 'platforms.json'), text);
  else await writeFile(join(root, 'src', 'generated', 'platforms.json'), text);
}
