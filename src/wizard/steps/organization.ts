// Step 1 of 4: who the plan is for. The language comes first: every later question is in it.
import { isLang, langFromEnv, type Lang } from '../../i18n/index.js';
import type { Organization } from '../../strategy/types.js';
import type { StepContext } from '../types.js';
import { addMonths, get, isoDate, isRealDate, isRecord, REGION_PATTERN, regionFromEnv, str } from '../util.js';

export const CONTEXTS = ['product-launch', 'political-campaign', 'ongoing-presence', 'event', 'cause', 'recruitment', 'rebrand', 'other'] as const;
type Context = (typeof CONTEXTS)[number];
const ORDER = ['name', 'sector', 'language', 'region', 'time_zone', 'context', 'owner', 'team_size', 'hours_per_week', 'review_by'];

export async function askOrganization(ctx: StepContext): Promise<Organization> {
  const { ask, base } = ctx;
  const org = isRecord(base?.organization) ? base.organization : {};
  const baseLang = isLang(org.language) ? org.language : undefined;

  const lang: Lang = await ask.select<Lang>({
    key: 'lang',
    message: ask.t('org.lang'),
    choices: [
      { value: 'fr', name: 'Français' },
      { value: 'en', name: 'English' },
    ],
    default: baseLang ?? ask.lang ?? langFromEnv(ctx.env) ?? 'en',
  });
  ask.setLang(lang);
  const t = ask.t;
  ask.heading(t('step.organization'));

  const name = (await ask.text({ key: 'name', message: t('org.name'), default: str(org.name) ?? ctx.folderName }))!;
  const sector = await ask.text({ key: 'sector', message: t('org.sector'), default: str(org.sector), optional: true });
  const region = await ask.text({
    key: 'region',
    message: t('org.region'),
    default: str(org.region) ?? regionFromEnv(ctx.env),
    optional: true,
    validate: (v) => (REGION_PATTERN.test(v.toUpperCase()) ? true : t('org.regionInvalid')),
  });
  const baseContext = CONTEXTS.find((c) => c === org.context);
  const context = await ask.select<Context>({
    key: 'context',
    message: t('org.context'),
    choices: CONTEXTS.map((c) => ({ value: c, name: t(`context.${c}`) })),
    default: baseContext ?? 'ongoing-presence',
  });
  const owner = await ask.text({ key: 'owner', message: t('org.owner'), default: str(org.owner), optional: true });

  // Keep what the wizard does not ask (time zone, team size...) from the base.
  const result: Organization = { ...(org as Partial<Organization>), name, language: lang, context } as Organization;
  setOrDelete(result, 'sector', sector);
  setOrDelete(result, 'region', region?.toUpperCase());
  setOrDelete(result, 'owner', owner);
  const review = str(get(org, 'review_by'));
  // A strategy is a living document: propose a review in three months.
  result.review_by = review && isRealDate(review) ? review : isoDate(addMonths(ctx.now, 3));
  // The schema's order, so the file reads like the article: name and sector first.
  const ordered: Record<string, unknown> = {};
  for (const key of ORDER) if (key in result) ordered[key] = result[key as keyof Organization];
  return Object.assign(ordered, result) as Organization;
}

function setOrDelete<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value === undefined) delete target[key];
  else target[key] = value;
}
