// `plan calendar [strategy]`: read and check the strategy, plan the slots, render one format,
// write it to stdout or --out. Notes about choices the planner made go to stderr.
import { resolve } from 'node:path';
import { EXIT, InputError, UsageError } from '../../errors.js';
import { translator, type Lang, type Translate } from '../../i18n/index.js';
import { formatNumber, joinList } from '../../i18n/intl.js';
import { coreCatalog } from '../../i18n/core.js';
import { calendarCatalog, type CalendarKey } from '../../i18n/calendar.js';
import { draftsCatalog } from '../../i18n/drafts.js';
import { DEFAULT_MAX_BYTES } from '../../io/read.js';
import { readStrategyInput, strategyArgument, validateCommand } from '../../io/strategy-input.js';
import { isStdout, resolveTarget, writeFileAtomic } from '../../io/write.js';
import type { CommandIO, GlobalOptions } from '../../io/context.js';
import { createRunContext } from '../../run-context.js';
import type { Strategy } from '../../strategy/types.js';
import { CALENDAR_FORMATS, CALENDAR_FORMAT_NAMES, isCalendarFormat, type CalendarFormatName, knowsRegion, MAX_WEEKS, planWithKeyDates, type PlanNote } from '../../calendar/index.js';
import { isIsoDate, nextMonday, todayIn } from '../../calendar/dates.js';
import { labelsFor } from '../../calendar/labels.js';
import { isTimeZone } from '../../calendar/timezone.js';
import { checkedStrategy } from '../checked-strategy.js';
import { parseNow, parseSize } from '../option-parsers.js';

export interface CalendarCommandOptions extends GlobalOptions {
  from?: string;
  weeks?: string;
  format?: string;
  out?: string;
  force?: boolean;
  platform?: string;
  now?: string;
  maxSize?: string;
  /** `--config FILE`: the rule configuration, instead of the nearest .planrc.yaml. */
  config?: string;
}

export async function runCalendar(path: string | undefined, options: CalendarCommandOptions, io: CommandIO): Promise<number> {
  const run = createRunContext({ lang: options.lang, now: parseNow(options.now), env: io.env, cwd: io.cwd, config: options.config });
  const envLang = run.lang;
  const early = translator(calendarCatalog, envLang);

  // Flags first: a typo in a flag should not wait for the file to be read.
  // `markdown` is `md`'s other name, as in `plan validate --format markdown`.
  const format = options.format === undefined || options.format === 'markdown' ? 'md' : options.format;
  // Drafts are files of their own, one per post, written into a folder (./posts.ts).
  const drafts = format === 'posts';
  if (!drafts && !isCalendarFormat(format)) throw new UsageError(early('error.format', { value: format, allowed: joinList([...CALENDAR_FORMAT_NAMES, 'posts'], envLang, 'or') }));
  const weeksText = options.weeks ?? '4';
  const weeks = /^\d+$/.test(weeksText.trim()) ? Number(weeksText.trim()) : Number.NaN;
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WEEKS) throw new UsageError(early('error.weeks', { value: weeksText, max: MAX_WEEKS }));
  if (options.from !== undefined && !isIsoDate(options.from)) throw new UsageError(early('error.from', { value: options.from }));
  const now = run.now;
  const maxBytes = options.maxSize ? parseSize(options.maxSize) : DEFAULT_MAX_BYTES;

  const { input, bytes } = await readStrategyInput(
    await strategyArgument(path, io.cwd, 'calendar', envLang, run.t, options.config),
    {
      cwd: io.cwd,
      stdin: () => io.stdin,
      maxBytes,
      missingDefault: early('error.noStrategy'),
      lang: run.lang,
    },
    run.t,
  );

  // A destination that cannot be written is said before any work or note (and checked again at the write).
  const readByRun = () => (input.kind === 'file' ? [input.path] : []);
  const write = { overwrite: Boolean(options.force), displayName: options.out, inputs: readByRun };
  if (!drafts && options.out !== undefined && !isStdout(options.out)) await resolveTarget(resolve(io.cwd, options.out), write, run.t);

  // The rule configuration (.planrc.yaml) decides, as in plan validate, which findings stop the calendar.
  const checked = await checkedStrategy(bytes, input, run, io, options.color, (lang) => translator(calendarCatalog, lang)('error.invalid', { file: input.name, validate: validateCommand(input) }));
  if (!checked.ok) return EXIT.findings;
  const lang: Lang = checked.lang;
  const t = translator(calendarCatalog, lang);
  // Said in the strategy's language (a French project gets French), so after the strategy is read.
  if (drafts) {
    const words = translator(draftsCatalog, lang);
    if (options.out !== undefined && isStdout(options.out)) throw new UsageError(words('calendar.noStdout'));
    if (options.force) throw new UsageError(words('calendar.noForce'));
  }
  let strategy = checked.strategy;

  if (options.platform !== undefined) {
    const wanted = options.platform.split(',').map((s) => s.trim()).filter(Boolean);
    const known = strategy.platforms.map((p) => p.id);
    const unknown = wanted.find((id) => !known.includes(id));
    if (unknown !== undefined || wanted.length === 0) throw new UsageError(t('error.platform', { value: unknown ?? options.platform, allowed: joinList(known, lang) }));
    strategy = { ...strategy, platforms: strategy.platforms.filter((p) => wanted.includes(p.id)) };
  }
  const zone = strategy.organization.time_zone;
  if (format === 'ics' && zone !== undefined && !isTimeZone(zone)) throw new InputError(t('error.timeZone', { value: zone }));

  let from = options.from;
  if (from === undefined) {
    // --now names today's date as is; the clock's date is read in the strategy's time zone.
    const today = options.now ?? todayIn(now, zone !== undefined && isTimeZone(zone) ? zone : undefined);
    from = nextMonday(today);
    if (!options.quiet) io.stderr.write(`${t('note.defaultFrom', { from })}\n`);
  }

  // The schema bounds each cadence (50 posts a day); this bounds the file: 20 platforms at 50 a day
  // for 53 weeks would be 371,000 events, gigabytes of ICS. Counted before anything is planned.
  const expected = expectedPosts(strategy, weeks);
  if (expected > MAX_CALENDAR_POSTS) throw new UsageError(t('error.tooManyPosts', { count: formatCount(expected, lang), max: formatCount(MAX_CALENDAR_POSTS, lang) }));
  // Key dates load date-holidays (about 100 ms), which only this command and the brief need.
  const plan = planWithKeyDates(strategy, { from, weeks }, lang);
  const text = drafts ? '' : CALENDAR_FORMATS[format as CalendarFormatName](plan, strategy, { lang });

  if (!options.quiet) {
    for (const note of plan.notes) io.stderr.write(`${noteText(note, strategy, lang, t)}\n`);
    const region = strategy.organization.region;
    if (region && (strategy.calendar?.holidays ?? 'all') !== 'none') {
      const known = knowsRegion(region);
      if (!known.country) io.stderr.write(`${t('note.unknownRegion', { region })}\n`);
      else if (!known.state) io.stderr.write(`${t('note.unknownSubdivision', { region, country: region.split('-')[0]! })}\n`);
    }
    const platforms = strategy.platforms.map((p) => p.id).filter((id) => plan.slots.some((s) => s.platform === id));
    if (format === 'hootsuite' && platforms.length > 1) io.stderr.write(`${t('note.hootsuiteProfiles', { count: platforms.length, first: platforms[0]! })}\n`);
  }

  if (drafts) return (await import('./posts.js')).writeCalendarDrafts(plan, { out: options.out ?? DEFAULT_DRAFTS_FOLDER, cwd: io.cwd, lang, quiet: Boolean(options.quiet) }, io);
  if (options.out !== undefined && !isStdout(options.out)) {
    const core = translator(coreCatalog, lang);
    await writeFileAtomic(resolve(io.cwd, options.out), text, write, core);
    if (!options.quiet) io.stderr.write(`${core('output.written', { path: options.out })}\n`);
  } else {
    io.stdout.write(text);
  }
  return EXIT.ok;
}

function noteText(note: PlanNote, strategy: Strategy, lang: Lang, t: Translate<CalendarKey>): string {
  const l = labelsFor(strategy, lang);
  if (note.kind === 'no-pillars') return t('note.noPillars');
  const platform = l.platform(note.platform);
  switch (note.kind) {
    case 'no-cadence':
      return t('note.noCadence', { platform });
    case 'days-off-hours':
      return t('note.daysOffHours', { platform, days: joinList(note.days.map((d) => l.dayName(d)), lang) });
    case 'time-off-hours':
      return t('note.timeOffHours', { platform, time: note.time, start: strategy.community?.hours?.start ?? '', end: strategy.community?.hours?.end ?? '' });
    case 'dropped':
      return t(new Intl.PluralRules(lang === 'fr' ? 'fr-CA' : 'en').select(note.count) === 'one' ? 'note.dropped.one' : 'note.dropped.other', { platform, count: note.count });
    case 'none-in-period':
      return t('note.noneInPeriod', { platform });
  }
}

/** Where `--format posts` writes its drafts without --out: the folder plan validate looks in next to a strategy. */
export const DEFAULT_DRAFTS_FOLDER = 'posts';

/** Posts one calendar file may hold: the busiest two-platform strategy the schema accepts (50 a day) over 53 weeks is 37,100. */
export const MAX_CALENDAR_POSTS = 40_000;

/** At most how many posts the cadences ask for over `weeks` (a month counted as four weeks: an upper bound). */
function expectedPosts(strategy: Strategy, weeks: number): number {
  let total = 0;
  for (const platform of strategy.platforms) {
    const cadence = platform.cadence;
    if (!cadence || cadence.posts <= 0) continue;
    total += cadence.posts * (cadence.per === 'day' ? weeks * 7 : cadence.per === 'week' ? weeks : Math.ceil(weeks / 4));
  }
  return total;
}

function formatCount(n: number, lang: Lang): string {
  return formatNumber(lang, n);
}
