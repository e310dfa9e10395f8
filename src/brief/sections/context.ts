// What every section builder of the brief shares: the brief's language, labels and formatters, and
// the strategy's platforms and audiences by id for cross references.
import { briefCatalog, type BriefKey } from '../../i18n/brief.js';
import { choicesCatalog, type ChoiceKey } from '../../i18n/choices.js';
import { translator, type Lang, type Params } from '../../i18n/index.js';
import { platformFacts, type Period } from '../../knowledge/index.js';
import { localeFormat, type LocaleFormat } from '../../i18n/intl.js';
import type { Field, ModelInput } from '../types.js';
import { arr, num, obj, PERIODS, str, strings, type Obj } from './read.js';

export interface SectionContext {
  input: ModelInput;
  lang: Lang;
  t: (key: BriefKey, params?: Params) => string;
  fmt: LocaleFormat;
  /** What the brief shows for a missing value. */
  none: string;
  data: Obj;
  org: Obj;
  /** A label from the catalog for an enum value; an unknown value is shown as written. */
  label(prefix: string, value: unknown): string;
  list(value: unknown): string;
  /** A labelled field, or nothing when there is no value. */
  field(labelKey: BriefKey, value: string): Field[];
  value(v: unknown): string;
  audienceEntries: Obj[];
  platformEntries: Obj[];
  audienceName(id: unknown): string;
  platformName(entry: Obj): string;
  platformNameById(id: unknown): string;
  cadenceText(cadence: Obj): string;
  daysText(days: unknown): string;
  ageText(age: Obj): string;
}

export function sectionContext(input: ModelInput): SectionContext {
  const { lang } = input;
  const tr = translator(briefCatalog, lang);
  const t = (key: BriefKey, params?: Params) => tr(key, params);
  const fmt = localeFormat(lang);
  const none = t('value.none');
  const data = obj(input.strategy);

  const label = (prefix: string, value: unknown): string => {
    // The word the wizard offered for this choice (one catalog entry for both), with the brief's note.
    const choice = `${prefix}.${str(value)}`;
    if (Object.hasOwn(choicesCatalog[lang], choice)) {
      const word = choicesCatalog[lang][choice as ChoiceKey];
      const note = `${prefix}Note.${str(value)}` as BriefKey;
      return Object.hasOwn(briefCatalog[lang], note) ? `${word} (${t(note)})` : word;
    }
    const key = choice as BriefKey;
    return Object.hasOwn(briefCatalog[lang], key) ? t(key) : str(value);
  };

  // Platforms and audiences by id, for cross references.
  const audienceEntries = arr(data.audiences).map(obj);
  // Maps, not find(): cross references stay linear even for a (hostile) file with thousands of entries.
  const audienceById = new Map<unknown, Obj>();
  for (const a of audienceEntries) if (!audienceById.has(a.id)) audienceById.set(a.id, a);
  const platformEntries = arr(data.platforms).map(obj);
  const platformById = new Map<unknown, Obj>();
  for (const p of platformEntries) if (!platformById.has(p.id)) platformById.set(p.id, p);
  const platformName = (entry: Obj): string => {
    const id = str(entry.id);
    // A custom platform without a name keeps its id as written (`linkdin` may be a typo to see).
    return str(entry.name) || platformFacts(id)?.name || id || none;
  };

  return {
    input,
    lang,
    t,
    fmt,
    none,
    data,
    org: obj(data.organization),
    label,
    list: (value) => fmt.list(strings(value)),
    field: (labelKey, value) => (value ? [{ label: t(labelKey), value }] : []),
    value: (v) => (typeof v === 'number' ? fmt.number(v) : str(v)),
    audienceEntries,
    platformEntries,
    audienceName: (id) => str(audienceById.get(id)?.name) || str(id),
    platformName,
    platformNameById: (id) => {
      const entry = platformById.get(id);
      return entry ? platformName(entry) : platformName({ id });
    },
    cadenceText: (cadence) => {
      const posts = num(cadence.posts);
      const per = str(cadence.per) as Period;
      if (posts === undefined || !PERIODS.includes(per)) return '';
      return t(`value.cadence.${per}`, { posts: fmt.number(posts) });
    },
    daysText: (days) => fmt.list(arr(days).map((d) => fmt.weekday(d)).filter(Boolean)),
    ageText: (age) => {
      const min = num(age.min);
      const max = num(age.max);
      if (min !== undefined && max !== undefined) return t('value.age', { min, max });
      if (min !== undefined) return t('value.ageMin', { min });
      if (max !== undefined) return t('value.ageMax', { max });
      return '';
    },
  };
}
