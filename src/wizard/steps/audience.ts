// Step 3 of 4: the people to reach, as personas, and which chosen platforms reach each. When the chosen
// platforms reach a persona's age band poorly, the wizard says so right away and names better ones.
import { audienceFit, sectorFacts } from '../../knowledge/index.js';
import { joinList } from '../../i18n/intl.js';
import type { AudienceEntry, PlatformEntry } from '../../strategy/types.js';
import type { StepContext } from '../types.js';
import { get, isRecord, platformName, records, str, strs, uniqueId } from '../util.js';

export interface AudienceResult {
  audiences: AudienceEntry[];
  /** Platform id → ids of the audiences it reaches. */
  reach: Record<string, string[]>;
}

type Age = NonNullable<AudienceEntry['age']>;

export async function askAudiences(ctx: StepContext, platforms: readonly PlatformEntry[], region?: string, sector?: string): Promise<AudienceResult> {
  const { ask } = ctx;
  const t = ask.t;
  ask.heading(t('step.audience'));
  const ids = platforms.map((p) => p.id);
  const baseList = records(ctx.base?.audiences);
  const taken = new Set<string>();
  const reach: Record<string, string[]> = Object.fromEntries(ids.map((id) => [id, []]));
  const audiences: AudienceEntry[] = [];
  const add = (persona: AudienceEntry, reachedBy: readonly string[]) => {
    audiences.push(persona);
    for (const id of reachedBy) reach[id]?.push(persona.id);
    warnFit(ctx, persona, reachedBy, region, sector);
  };

  if (ask.has('audiences')) {
    const raw = ask.raw('audiences');
    ask.record('audiences', raw);
    const items = Array.isArray(raw) ? raw : [raw];
    if (items.length === 0) ask.invalid('audiences', t('answers.atLeast', { count: 1 }));
    for (const item of items) {
      const parsed = parsePersona(item, ids, taken);
      if (typeof parsed === 'string') return ask.invalid('audiences', parsed === 'age' ? t('audience.ageInvalid') : parsed === 'shape' ? t('audience.shape') : t('answers.unknownItems', { items: parsed, allowed: ids.join(', ') }));
      add(parsed.persona, parsed.reachedBy.length > 0 ? parsed.reachedBy : ids);
    }
    return { audiences, reach };
  }

  // Personas answered one question at a time (an answers file the wizard saved) go the same way.
  if (ask.mode !== 'interactive' && !ask.has('audience.1.name')) {
    // --yes or no terminal: the base's personas, or one broad persona reached everywhere.
    const defaults = baseList.length > 0 ? baseList : [{ name: t('audience.defaultName'), age: { min: 25, max: 54 } }];
    for (const item of defaults) {
      const parsed = parsePersona(item, ids, taken);
      if (typeof parsed !== 'string') add(parsed.persona, parsed.reachedBy.length > 0 ? parsed.reachedBy : reachedInBase(ctx, str(item.id)) ?? ids);
    }
    if (ask.mode === 'collect') ask.missing.push('audiences');
    return { audiences, reach };
  }

  for (let i = 0; ; i++) {
    const previous = baseList[i] ?? {};
    const n = i + 1;
    const name = (await ask.text({ key: `audience.${n}.name`, message: t('audience.name', { n }), default: str(previous.name) ?? (i === 0 ? t('audience.defaultName') : undefined) }))!;
    const ageText = await ask.text({
      key: `audience.${n}.age`,
      message: t('audience.age'),
      default: formatAge(previous.age),
      optional: true,
      validate: (v) => (parseAge(v) ? true : t('audience.ageInvalid')),
    });
    const locations = await ask.list({ key: `audience.${n}.places`, message: t('audience.places'), default: strs(previous.locations), optional: true });
    const interests = await ask.list({ key: `audience.${n}.interests`, message: t('audience.interests'), default: strs(previous.interests), optional: true });
    const needs = await ask.list({ key: `audience.${n}.needs`, message: t('audience.needs'), default: strs(previous.needs), optional: true });
    const reachedBy =
      ids.length === 1
        ? ids
        : await ask.checkbox<string>({
            key: `audience.${n}.platforms`,
            message: t('audience.platforms', { name }),
            choices: ids.map((id) => ({ value: id, name: platformName(id) })),
            default: reachedInBase(ctx, str(previous.id)) ?? ids,
            min: 1,
          });
    const id = uniqueId(str(previous.id) ?? name, taken);
    const persona: AudienceEntry = { id, name, ...(previous as Partial<AudienceEntry>) } as AudienceEntry;
    persona.id = id;
    persona.name = name;
    const age = ageText ? parseAge(ageText) : undefined;
    if (age) persona.age = age;
    else delete persona.age;
    setList(persona, 'locations', locations);
    setList(persona, 'interests', interests);
    setList(persona, 'needs', needs);
    add(persona, reachedBy);
    const more = await ask.confirm({ key: `audience.${n}.more`, message: t('audience.more'), default: i + 1 < baseList.length });
    if (!more) break;
  }
  return { audiences, reach };
}

function setList(persona: AudienceEntry, key: 'locations' | 'interests' | 'needs', value: string[]): void {
  if (value.length > 0) persona[key] = value;
  else delete persona[key];
}

function reachedInBase(ctx: StepContext, audienceId: string | undefined): string[] | undefined {
  if (!audienceId) return undefined;
  const found = records(ctx.base?.platforms)
    .filter((p) => Array.isArray(p.audiences) && p.audiences.includes(audienceId))
    .map((p) => str(p.id))
    .filter((id): id is string => id !== undefined);
  return found.length > 0 ? found : undefined;
}

function warnFit(ctx: StepContext, persona: AudienceEntry, reachedBy: readonly string[], region?: string, sector?: string): void {
  if (!persona.age || reachedBy.length === 0) return;
  const bySector = sectorFacts(sector);
  if (bySector) {
    // B2B partners are on LinkedIn because of their work: age figures of the general public do not
    // say where to find them. Advise the sector's platform, with its source, only when it is missing.
    if (bySector.platforms.some((id) => reachedBy.includes(id))) return;
    const t = ctx.ask.t;
    ctx.ask.note(t('audience.sectorFit', { name: persona.name, platforms: joinList(bySector.platforms.map(platformName), ctx.ask.lang, 'or'), note: bySector.note[ctx.ask.lang], source: `${bySector.source.title}, ${bySector.source.url}` }));
    return;
  }
  const fit = audienceFit(persona.age, reachedBy, region);
  if (fit.better.length === 0) return;
  const t = ctx.ask.t;
  const better = joinList(fit.better.slice(0, 3).map(platformName), ctx.ask.lang, 'and');
  const ages = formatAge(persona.age) ?? '';
  ctx.ask.note(
    fit.reach === undefined
      ? t('audience.poorFitUnknown', { name: persona.name, ages, better })
      : t('audience.poorFit', { name: persona.name, ages, reach: Math.round(fit.reach), better }),
  );
}

/** "25-40", "25–40", "18+", "65-" → {min, max}. */
export function parseAge(text: string): Age | undefined {
  const m = /^\s*(\d{1,3})\s*(?:[-–à]|to|a)\s*(\d{1,3})?\s*(?:ans|years)?\s*$/i.exec(text) ?? /^\s*(\d{1,3})\s*\+\s*$/.exec(text);
  if (!m) return undefined;
  const min = Number(m[1]);
  const max = m[2] === undefined ? undefined : Number(m[2]);
  if (min > 120 || (max !== undefined && (max > 120 || max < min))) return undefined;
  return max === undefined ? { min } : { min, max };
}

export function formatAge(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const min = typeof value.min === 'number' ? value.min : undefined;
  const max = typeof value.max === 'number' ? value.max : undefined;
  if (min === undefined && max === undefined) return undefined;
  if (max === undefined) return `${min}+`;
  return `${min ?? 0}-${max}`;
}

const PERSONA_KEYS = ['id', 'name', 'description', 'age', 'places', 'locations', 'interests', 'needs', 'platforms'];

/**
 * A persona from a flag (`"Young families:25-40"`, `"Retirees:65+@facebook"`) or an answers-file
 * entry (`{name, age, places, interests, needs, platforms}`). Returns an error tag on bad input.
 */
export function parsePersona(item: unknown, platformIds: readonly string[], taken: Set<string>): { persona: AudienceEntry; reachedBy: string[] } | 'age' | 'shape' | string {
  let name: string | undefined;
  let age: Age | undefined;
  let reachedBy: string[] = [];
  let rest: Record<string, unknown> = {};
  if (typeof item === 'string') {
    const [head, on] = item.split('@');
    const colon = head!.lastIndexOf(':');
    name = (colon >= 0 ? head!.slice(0, colon) : head!).trim();
    if (colon >= 0) {
      age = parseAge(head!.slice(colon + 1));
      if (!age) return 'age';
    }
    if (on) reachedBy = on.split(/[+,]/).map((s) => s.trim().toLowerCase()).filter(Boolean);
  } else if (isRecord(item)) {
    if (Object.keys(item).some((key) => !PERSONA_KEYS.includes(key))) return 'shape';
    name = str(item.name);
    const a = item.age;
    if (typeof a === 'string' || typeof a === 'number') {
      age = parseAge(String(a));
      if (!age) return 'age';
    } else if (isRecord(a)) {
      age = parseAge(formatAge(a) ?? '');
      if (!age) return 'age';
    }
    reachedBy = (strs(item.platforms) ?? []).map((s) => s.toLowerCase());
    rest = { ...item };
    delete rest.platforms;
    delete rest.places;
    delete rest.age;
    const places = strs(item.places) ?? strs(item.locations);
    if (places) rest.locations = places;
  } else {
    return 'shape';
  }
  if (!name) return 'shape';
  const unknown = reachedBy.filter((id) => !platformIds.includes(id));
  if (unknown.length > 0) return unknown.join(', ');
  const wanted = str(get(rest, 'id'));
  const persona = { id: uniqueId(wanted ?? name, taken), name, ...rest } as AudienceEntry;
  persona.name = name;
  if (age) persona.age = age;
  for (const key of ['locations', 'interests', 'needs'] as const) {
    const list = strs(persona[key]);
    if (list) persona[key] = list;
    else delete persona[key];
  }
  return { persona, reachedBy };
}
