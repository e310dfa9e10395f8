// After the editorial line: each pillar's post ideas (one to three, the calendar rotates them), then
// the key dates. The region's holidays and observances for the next twelve months are suggested
// (from date-holidays, loaded here only); the chosen ones become `calendar.key_dates` with their
// yearly rule, and the public holidays chosen as "no promotion" days black out the promotional pillars.
import { addDays } from '../../calendar/dates.js';
import { regionHolidays } from '../../calendar/key-dates.js';
import type { KeyDate } from '../../calendar/types.js';
import type { CalendarSettings, Organization, Pillar, Tone } from '../../strategy/types.js';
import type { StepContext } from '../types.js';
import { isRecord, records, str, strs, catalogList } from '../util.js';
import { localeFormat } from '../../i18n/intl.js';

type KeyDateEntry = NonNullable<CalendarSettings['key_dates']>[number];

/** At most this many ideas per pillar: enough to rotate, few enough to stay ideas. */
export const MAX_IDEAS = 3;

export async function askPostIdeas(ctx: StepContext, pillars: Pillar[], address?: Tone['address']): Promise<void> {
  const { ask } = ctx;
  const t = ask.t;
  for (const [i, pillar] of pillars.entries()) {
    // The drafts the calendar writes from these ideas keep the chosen tu or vous (posts/form-of-address):
    // only the community ideas speak to the reader ("Vos photos").
    const purpose = pillar.purpose ?? 'inform';
    const key = address === 'tu' && purpose === 'community' ? 'ideas.community.tu' : (`ideas.${purpose}` as const);
    const suggestion = strs(pillar.examples) ?? catalogList(t(key));
    const ideas = await ask.list({
      key: `ideas.${pillar.id}`,
      message: t('editorial.ideas', { name: pillar.name, n: i + 1, count: pillars.length }),
      default: suggestion,
      optional: true,
      inferred: true,
    });
    if (ideas.length > 0) pillar.examples = ideas.slice(0, MAX_IDEAS);
    else delete pillar.examples;
  }
}

/** The region's holidays of the next twelve months, one per yearly rule, in the plan's language. */
function suggestions(region: string | undefined, today: string, lang: 'en' | 'fr'): (KeyDate & { rule: string })[] {
  const seen = new Set<string>();
  const out: (KeyDate & { rule: string })[] = [];
  for (const h of regionHolidays(region, today, addDays(today, 365), lang)) {
    if (!h.rule || seen.has(h.rule) || seen.has(h.name)) continue;
    seen.add(h.rule);
    seen.add(h.name);
    out.push(h as KeyDate & { rule: string });
  }
  return out;
}

/**
 * The key dates to plan for, and the public holidays with no promotion. Returns the calendar
 * settings to write (the base's own key dates kept), or undefined when there is nothing to write.
 */
export async function askKeyDates(ctx: StepContext, organization: Organization, pillars: readonly Pillar[]): Promise<CalendarSettings | undefined> {
  const { ask } = ctx;
  const t = ask.t;
  const lang = ask.lang;
  const base = isRecord(ctx.base?.calendar) ? (ctx.base.calendar as CalendarSettings) : undefined;
  const own = records(base?.key_dates) as unknown as KeyDateEntry[];
  const today = ctx.now.toISOString().slice(0, 10);
  let holidays: (KeyDate & { rule: string })[] = [];
  try {
    holidays = suggestions(organization.region, today, lang);
  } catch {
    holidays = [];
  }
  const known = new Set(holidays.map((h) => h.rule));
  const custom = own.filter((k) => !(typeof k.rule === 'string' && known.has(k.rule)));
  const fmt = localeFormat(lang);
  const dated = (h: KeyDate) => fmt.date(h.date);

  let chosen: string[] = [];
  if (holidays.length > 0) {
    const previous = own.map((k) => str(k.rule)).filter((r): r is string => r !== undefined && known.has(r));
    chosen = await ask.checkbox<string>({
      key: 'key_dates',
      message: t('keyDates.choose', { region: organization.region ?? '' }),
      choices: holidays.map((h) => ({ value: h.rule, name: `${h.name} (${dated(h)})` })),
      default: previous,
      inferred: true,
    });
  }

  const promotional = pillars.filter((p) => p.purpose === 'promote').map((p) => p.id);
  let quiet: string[] = [];
  const publicDays = holidays.filter((h) => h.type === 'public');
  if (promotional.length > 0 && publicDays.length > 0) {
    const previous = own.filter((k) => k.blackout_pillars?.length && typeof k.rule === 'string' && known.has(k.rule)).map((k) => k.rule!);
    // Christmas and New Year's Day: the usual days without promotion.
    const usual = publicDays.filter((h) => h.rule.startsWith('12-25') || h.rule.startsWith('01-01')).map((h) => h.rule);
    quiet = await ask.checkbox<string>({
      key: 'no_promotion',
      message: t('keyDates.noPromotion'),
      choices: publicDays.map((h) => ({ value: h.rule, name: `${h.name} (${dated(h)})` })),
      default: previous.length > 0 ? previous : usual,
      inferred: true,
    });
  }

  const entries: KeyDateEntry[] = [...custom];
  for (const h of holidays) {
    const wanted = chosen.includes(h.rule);
    const silent = quiet.includes(h.rule);
    if (!wanted && !silent) continue;
    const before = own.find((k) => k.rule === h.rule);
    const entry: KeyDateEntry = { ...(before ?? {}), rule: h.rule, name: before?.name ?? h.name };
    if (silent) entry.blackout_pillars = [...promotional];
    else delete entry.blackout_pillars;
    entries.push(entry);
  }
  if (entries.length === 0) return base;
  return { ...(base ?? {}), key_dates: entries };
}
