// `plan platforms [ID]`: the built-in platform knowledge as a table, or one platform in full with
// the source and check date of every fact.
import { UsageError } from '../../errors.js';
import { resolveLang, translator, type Lang, type Translate } from '../../i18n/index.js';
import { formatNumber } from '../../i18n/intl.js';
import { rulesCatalog, type RulesKey } from '../../i18n/rules.js';
import type { CommandIO, GlobalOptions } from '../../io/context.js';
import { PLATFORMS, platformFacts, type PlatformFacts } from '../../knowledge/index.js';
import { painter, shouldColor } from '../../term/style.js';
import { closest } from '../../text/suggest.js';
import { renderRows, renderTable } from '../../text/table.js';

export interface PlatformsOptions extends GlobalOptions {
  format?: string;
}

function number(value: number, lang: Lang): string {
  return formatNumber(lang, value);
}

function range([low, high]: readonly [number, number], lang: Lang): string {
  return low === high ? number(low, lang) : `${number(low, lang)}–${number(high, lang)}`;
}

function band(b: { min: number; max: number }, t: Translate<RulesKey>): string {
  if (b.min <= 18 && b.max >= 120) return t('platforms.allAdults');
  if (b.max >= 120) return t('platforms.andOlder', { min: b.min });
  return `${b.min}–${b.max}`;
}

export async function runPlatforms(platformId: string | undefined, options: PlatformsOptions, io: CommandIO): Promise<number> {
  const lang = resolveLang(options.lang, undefined, io.env);
  const t = translator(rulesCatalog, lang);
  if (options.format !== undefined && options.format !== 'json' && options.format !== 'text') {
    throw new UsageError(`Unknown format "${options.format}". Use text or json.`);
  }
  const json = options.format === 'json';
  const paint = painter(!json && shouldColor({ flag: options.color, isTTY: Boolean(io.stdout.isTTY), env: io.env }));

  if (platformId === undefined) {
    if (json) {
      io.stdout.write(JSON.stringify({ platforms: PLATFORMS }, null, 2) + '\n');
      return 0;
    }
    const rows = PLATFORMS.map((p) => [
      p.id,
      p.name,
      range(p.cadence.recommended, lang),
      number(p.cadence.active_min, lang),
      p.text_limit ? number(p.text_limit.chars, lang) + (p.text_limit.counting === 'characters' ? '' : ` (${t(`counting.${p.text_limit.counting}`)})`) : t('platforms.none'),
      p.formats.length ? p.formats.join(', ') : t('platforms.none'),
    ]);
    const header = ['id', 'name', 'cadence', 'active', 'limit', 'formats'].map((k) => t(`platforms.header.${k}` as RulesKey));
    io.stdout.write(renderTable(header, rows, (cell, c, r) => (r === 0 ? paint.bold(cell) : c === 0 ? paint.cyan(cell) : cell)));
    if (!options.quiet) io.stderr.write('\n' + t('platforms.footer') + '\n');
    return 0;
  }

  const facts = platformFacts(platformId.toLowerCase());
  if (!facts) {
    const suggestion = closest(platformId, PLATFORMS.map((p) => p.id));
    throw new UsageError(t('platforms.unknown', { id: platformId, suggestion: suggestion ? t('rules.didYouMean', { suggestion }) : '' }));
  }
  io.stdout.write(json ? JSON.stringify(facts, null, 2) + '\n' : details(facts, lang, t, paint));
  return 0;
}

function details(p: PlatformFacts, lang: Lang, t: Translate<RulesKey>, paint: ReturnType<typeof painter>): string {
  const label = (key: RulesKey) => paint.bold(t(key));
  const rows: string[][] = [[t('platforms.hint'), p.hint[lang]]];
  rows.push([t('platforms.cadence'), t('platforms.cadenceValue', { low: number(p.cadence.recommended[0], lang), high: number(p.cadence.recommended[1], lang), min: number(p.cadence.active_min, lang) })]);
  if (p.cadence.note) rows.push(['', p.cadence.note[lang]]);
  if (p.text_limit) {
    rows.push([t('platforms.limit'), t('platforms.limitValue', { chars: number(p.text_limit.chars, lang), counting: t(`counting.${p.text_limit.counting}`) })]);
    if (p.text_limit.note) rows.push(['', p.text_limit.note[lang]]);
  }
  rows.push([t('platforms.formats'), (p.formats.length ? p.formats.join(', ') : t('platforms.none')) + (p.formats_weak ? ` ${t('platforms.unsourced')}` : '')]);
  for (const set of p.reach ?? []) {
    const key = `platforms.reachRegion.${set.region}` as RulesKey;
    const region = key in rulesCatalog.en ? t(key) : set.region;
    const bands = [...set.bands].sort((a, b) => a.min - b.min || b.max - a.max).map((b) => `${band(b, t)} ${number(b.percent, lang)} %`.replace(' %', lang === 'fr' ? ' %' : '%'));
    rows.push([`${t('platforms.reach')}, ${region}`, bands.join(' · ')]);
  }
  let out = `${paint.bold(p.name)} (${p.id})\n` + renderRows(rows, (cell, c) => (c === 0 ? paint.bold(cell) : cell));
  out += `\n${label('platforms.sources')}\n`;
  const fact = (name: string) => {
    const [kind, region] = name.split(':');
    const key = `fact.${kind}` as RulesKey;
    return key in rulesCatalog.en ? t(key, { region: region ?? '' }) : name;
  };
  for (const s of p.sources) {
    out += `  ${fact(s.fact)}: ${s.title}${s.weak ? ` ${t('platforms.weak')}` : ''}\n    ${s.url} (${t('platforms.checked', { date: s.checked_at })})\n`;
  }
  return out;
}
