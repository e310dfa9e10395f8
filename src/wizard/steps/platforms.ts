// Step 2 of 4: choose the platforms first, each with a role, a reason, formats and a cadence that is
// enough to be active (a presence, not a walk-on).
import { platformFacts, type Period } from '../../knowledge/index.js';
import type { Cadence, PlatformEntry } from '../../strategy/types.js';
import type { OrganizationContext } from './context-defaults.js';
import { defaultPlatforms } from './context-defaults.js';
import type { StepContext } from '../types.js';
import { catalogue, formatWords, ID_PATTERN, labelled, platformName, records, str, strs } from '../util.js';

type Role = PlatformEntry['role'];
const ROLES: Role[] = ['primary', 'secondary', 'listening'];

export async function askPlatforms(ctx: StepContext, context: OrganizationContext, sector?: string, region?: string): Promise<PlatformEntry[]> {
  const { ask } = ctx;
  const t = ask.t;
  ask.heading(t('step.platforms'));
  const entries = catalogue(ask.lang, region);
  const baseList = records(ctx.base?.platforms);
  const baseIds = baseList.map((p) => str(p.id)).filter((id): id is string => id !== undefined && ID_PATTERN.test(id));

  const ids = await ask.checkbox<string>({
    key: 'platforms',
    message: t('platforms.choose'),
    choices: [
      ...entries.map((e) => ({ value: e.id, name: e.name, description: e.hint })),
      // A custom platform from the base (a Discord server...) stays offered.
      ...baseIds.filter((id) => !entries.some((e) => e.id === id)).map((id) => ({ value: id, name: str(baseList.find((p) => p.id === id)?.name) ?? id })),
    ],
    default: baseIds.length > 0 ? baseIds : defaultPlatforms(context, sector),
    min: 1,
    allowOther: (id) => ID_PATTERN.test(id),
  });

  const platforms: PlatformEntry[] = [];
  for (const [index, id] of ids.entries()) {
    const previous = baseList.find((p) => p.id === id) ?? {};
    const facts = platformFacts(id);
    const name = str(previous.name) ?? platformName(id);
    const role = await ask.select<Role>({
      key: `${id}.role`,
      message: t('platforms.role', { platform: name }),
      choices: ROLES.map((r) => labelled(r, t(`role.${r}`))),
      default: ROLES.find((r) => r === previous.role) ?? (index === 0 ? 'primary' : 'secondary'),
    });
    const rationale = await ask.text({ key: `${id}.why`, message: t('platforms.why', { platform: name }), default: str(previous.rationale), optional: true });
    const formats = await ask.list({
      key: `${id}.formats`,
      message: t('platforms.formats', { platform: name }),
      default: strs(previous.formats) ?? formatWords(facts?.formats.slice(0, 3) ?? [], ask.lang),
      optional: true,
    });
    const entry: PlatformEntry = { ...(previous as Partial<PlatformEntry>), id, role } as PlatformEntry;
    if (rationale) entry.rationale = rationale;
    else delete entry.rationale;
    if (formats.length > 0) entry.formats = formats;
    else delete entry.formats;
    if (role !== 'listening') {
      const cadence = await ask.text({
        key: `${id}.cadence`,
        message: t('platforms.cadence', { platform: name }),
        default: formatCadence(readCadence(previous.cadence) ?? activeCadence(id), ask.lang),
        validate: (v) => (parseCadence(v) ? true : t('platforms.cadenceInvalid')),
      });
      entry.cadence = { ...(readCadence(previous.cadence) ?? {}), ...parseCadence(cadence!)! };
    }
    platforms.push(entry);
  }
  return platforms;
}

const PERIOD_WORDS: Record<string, Period> = {
  day: 'day', d: 'day', jour: 'day', j: 'day',
  week: 'week', wk: 'week', w: 'week', semaine: 'week', sem: 'week', s: 'week',
  month: 'month', mo: 'month', m: 'month', mois: 'month',
};

/** "3/week", "3 / semaine", "2 per month", "2 par mois" → {posts, per}. */
export function parseCadence(text: string): Cadence | undefined {
  const m = /^\s*(\d{1,3})\s*(?:\/|per|par|a|by)\s*([a-zé]+)\s*$/i.exec(text);
  if (!m) return undefined;
  const per = PERIOD_WORDS[m[2]!.toLowerCase()];
  return per ? { posts: Number(m[1]), per } : undefined;
}

export function formatCadence(cadence: Cadence, lang: 'en' | 'fr'): string {
  const fr = { day: 'jour', week: 'semaine', month: 'mois' } as const;
  return `${cadence.posts}/${lang === 'fr' ? fr[cadence.per] : cadence.per}`;
}

function readCadence(value: unknown): Cadence | undefined {
  const v = value as Partial<Cadence> | undefined;
  if (v && typeof v.posts === 'number' && (v.per === 'day' || v.per === 'week' || v.per === 'month')) return v as Cadence;
  return undefined;
}

/** Enough to be active on this platform: the catalogue's low recommendation, never under its minimum. */
export function activeCadence(id: string): Cadence {
  const facts = platformFacts(id);
  if (!facts) return { posts: 3, per: 'week' };
  const posts = Math.max(facts.cadence.active_min, facts.cadence.recommended[0]);
  return { posts: Math.max(1, Math.ceil(posts)), per: facts.cadence.per };
}
