// `plan posts new`: the answers for one post, from flags, else questions, else defaults taken from
// the strategy (its primary platform, the time the calendar gives that platform, its owner, tomorrow). Every question
// has its flag; the prompts go through the wizard's Prompter, so tests drive them without a
// terminal. Values are checked against the strategy before anything is asked or written.
import { UsageError } from '../errors.js';
import { joinList, translator, type Lang, type Translate } from '../i18n/index.js';
import { draftsCatalog, type DraftsKey } from '../i18n/drafts.js';
import { wizardCatalog, type WizardKey } from '../i18n/wizard.js';
import type { Strategy } from '../strategy/types.js';
import type { Prompter } from '../wizard/prompts.js';
import { addDays, isIsoDate } from '../calendar/dates.js';
import { postTimeOf } from '../calendar/plan.js';
import type { PostMeta, PostStatus } from './types.js';
import { renderPost, textProblem, type PostDraft } from './write.js';

export const POST_STATUSES: readonly PostStatus[] = ['draft', 'ready', 'scheduled', 'published'];
export const HUMOUR_LEVELS = ['none', 'light', 'edgy'] as const;

/** What the command line gave (`undefined`: not given). */
export interface NewPostGiven {
  platforms?: string[];
  date?: string;
  time?: string;
  pillar?: string;
  objective?: string;
  audience?: string;
  campaign?: string;
  status?: string;
  sponsored?: boolean;
  partner?: string;
  author?: string;
  approvedBy?: string;
  humour?: string;
  text?: string;
  /** `--variant x` (a TODO for that platform) or `--variant "x=Short text"`. */
  variants?: string[];
}

export interface NewPostContext {
  strategy: Strategy;
  lang: Lang;
  /** Today in the strategy's time zone, YYYY-MM-DD. */
  today: string;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Throws a UsageError for a value the strategy or the post file does not allow, naming what it does. */
export function checkGiven(given: NewPostGiven, context: NewPostContext): void {
  const t = translator(draftsCatalog, context.lang);
  const { strategy, lang } = context;
  const oneOf = (value: string | undefined, known: readonly string[], key: DraftsKey) => {
    if (value !== undefined && !known.includes(value)) throw new UsageError(t(key, { value, allowed: joinList(known.length > 0 ? known : ['-'], lang) }));
  };
  const platforms = strategy.platforms.map((p) => p.id);
  for (const id of given.platforms ?? []) oneOf(id, platforms, 'new.error.platform');
  if (given.platforms !== undefined && given.platforms.length === 0) throw new UsageError(t('new.error.noPlatform', { allowed: platforms.join(',') }));
  oneOf(given.pillar, (strategy.editorial_line.pillars ?? []).map((p) => p.id), 'new.error.pillar');
  oneOf(given.objective, (strategy.objectives ?? []).map((o) => o.id), 'new.error.objective');
  oneOf(given.audience, strategy.audiences.map((a) => a.id), 'new.error.audience');
  oneOf(given.status, POST_STATUSES, 'new.error.status');
  oneOf(given.humour, HUMOUR_LEVELS, 'new.error.humour');
  if (given.date !== undefined && !isIsoDate(given.date)) throw new UsageError(t('new.error.date', { value: given.date }));
  if (given.time !== undefined && !TIME.test(given.time)) throw new UsageError(t('new.error.time', { value: given.time }));
  for (const spec of given.variants ?? []) {
    const platform = variantOf(spec).platform;
    oneOf(platform, platforms, 'new.error.platform');
    if (given.platforms !== undefined && !given.platforms.includes(platform)) throw new UsageError(t('new.error.variant', { value: platform }));
  }
  for (const text of [given.text, ...(given.variants ?? []).map((spec) => variantOf(spec).text)]) {
    if (text !== undefined && textProblem(text) === 'marker') throw new UsageError(t('new.error.marker'));
  }
}

function variantOf(spec: string): { platform: string; text?: string } {
  const at = spec.indexOf('=');
  return at < 0 ? { platform: spec.trim() } : { platform: spec.slice(0, at).trim(), text: spec.slice(at + 1) };
}

/** The answers the defaults give, for what was not given. */
export function defaultsFor(given: NewPostGiven, context: NewPostContext): Required<Pick<NewPostGiven, 'platforms' | 'date'>> & NewPostGiven {
  const { strategy } = context;
  const platforms = given.platforms ?? [(strategy.platforms.find((p) => p.role === 'primary') ?? strategy.platforms[0])?.id].filter((id): id is string => id !== undefined);
  const first = strategy.platforms.find((p) => p.id === platforms[0]);
  return {
    ...given,
    platforms,
    date: given.date ?? addDays(context.today, 1),
    time: given.time ?? (first ? postTimeOf(first, strategy) : undefined),
    author: given.author ?? first?.owner ?? strategy.organization.owner,
  };
}

/** Which of the asked questions have no answer: the ones a terminal would ask. */
export function unanswered(given: NewPostGiven): ('platforms' | 'date' | 'time' | 'pillar' | 'text')[] {
  return (['platforms', 'date', 'time', 'pillar', 'text'] as const).filter((key) => given[key] === undefined);
}

/** Ask what the flags did not say, each question with its default. */
export async function askMissing(given: NewPostGiven, context: NewPostContext, prompter: Prompter): Promise<NewPostGiven> {
  const t = translator(draftsCatalog, context.lang);
  const { strategy } = context;
  const answers: NewPostGiven = { ...given };
  const defaults = defaultsFor(given, context);
  if (answers.platforms === undefined) {
    answers.platforms = await prompter.checkbox({
      message: t('new.q.platforms'),
      choices: strategy.platforms.map((p) => ({ value: p.id, name: p.name ?? p.id, checked: defaults.platforms.includes(p.id) })),
      validate: (values) => (values.length > 0 ? true : t('new.error.noPlatform', { allowed: strategy.platforms.map((p) => p.id).join(',') })),
    });
  }
  if (answers.date === undefined) {
    answers.date = await prompter.input({ message: t('new.q.date'), default: defaults.date, validate: (value) => (isIsoDate(value.trim()) ? true : t('new.error.date', { value })) });
    answers.date = answers.date.trim();
  }
  if (answers.time === undefined) {
    const zone = strategy.organization.time_zone;
    const first = strategy.platforms.find((p) => p.id === answers.platforms![0]);
    const time = await prompter.input({
      message: zone ? t('new.q.time', { zone }) : t('new.q.timeNoZone'),
      default: first ? postTimeOf(first, strategy) : '',
      validate: (value) => (value.trim() === '' || TIME.test(value.trim()) ? true : t('new.error.time', { value })),
    });
    if (time.trim() !== '') answers.time = time.trim();
  }
  const pillars = strategy.editorial_line.pillars ?? [];
  if (answers.pillar === undefined && pillars.length > 0) {
    const none = '\u0000none';
    const pillar = await prompter.select({
      message: t('new.q.pillar'),
      choices: [...pillars.map((p) => ({ value: p.id, name: p.name, ...(p.purpose ? { description: purposeText(p.purpose, context.lang) } : {}) })), { value: none, name: t('new.choice.noPillar'), description: t('new.choice.noPillar.description') }],
      default: pillars[0]!.id,
    });
    if (pillar !== none) answers.pillar = pillar;
  }
  if (answers.text === undefined) {
    const text = await prompter.input({ message: t('new.q.text'), validate: (value) => (textProblem(value) === 'marker' ? t('new.error.marker') : true) });
    if (text.trim() !== '') answers.text = text;
  }
  return answers;
}

/** The post file's fields and texts from the answers (defaults filled in). */
export function draftFromAnswers(answers: NewPostGiven, context: NewPostContext): PostDraft {
  const t: Translate<DraftsKey> = translator(draftsCatalog, context.lang);
  const full = defaultsFor(answers, context);
  const meta: PostMeta = {
    platforms: full.platforms,
    date: full.date,
    time: full.time,
    pillar: full.pillar,
    objective: full.objective,
    audience: full.audience,
    campaign: full.campaign,
    status: (full.status as PostStatus | undefined) ?? 'draft',
    sponsored: full.sponsored,
    partner: full.partner,
    author: full.author,
    approved_by: full.approvedBy,
    humour: full.humour as PostMeta['humour'],
  };
  const names = new Map(context.strategy.platforms.map((p) => [p.id, p.name ?? p.id]));
  const variants = (full.variants ?? []).map(variantOf).map(({ platform, text }) => ({ platform, text: text !== undefined && text.trim() !== '' ? text : t('draft.todoVariant', { platform: names.get(platform) ?? platform }) }));
  return { meta, body: full.text !== undefined && full.text.trim() !== '' ? full.text : t('draft.todo'), variants };
}

export function renderNewPost(answers: NewPostGiven, context: NewPostContext): string {
  return renderPost(draftFromAnswers(answers, context));
}

/** A pillar's purpose as the wizard explains it, in the strategy's language ("Éduquer : conseils…"), not its id. */
function purposeText(purpose: string, lang: Lang): string {
  const key = `purpose.${purpose}`;
  return Object.hasOwn(wizardCatalog[lang], key) ? translator(wizardCatalog, lang)(key as WizardKey) : purpose;
}
