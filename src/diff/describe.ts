// The words of `plan diff`, pure: structural changes in, sentences in the strategy's language out,
// grouped by what matters most to a community manager (platforms first, order changes last).
import { formatPath, type PathSegment } from '../diagnostics.js';
import { briefCatalog } from '../i18n/brief.js';
import { choicesCatalog } from '../i18n/choices.js';
import { diffCatalog, type DiffKey } from '../i18n/diff.js';
import { joinList, translator, type Lang, type Params } from '../i18n/index.js';
import { formatNumber, localeFormat } from '../i18n/intl.js';
import { platformFacts } from '../knowledge/index.js';
import type { ParsedStrategy } from '../strategy/load.js';
import { locate } from '../strategy/positions.js';
import { visibleControls } from '../text/controls.js';
import { compareData, type Change, type Owner } from './compare.js';

/** Sections in the order a reviewer reads them. */
export const SECTIONS = [
  'platforms',
  'audiences',
  'objectives',
  'pillars',
  'tone',
  'crisis',
  'editorial',
  'community',
  'policy',
  'organization',
  'measurement',
  'calendar',
  'other',
  'order',
] as const;
export type SectionId = (typeof SECTIONS)[number];

export interface DescribedChange {
  section: SectionId;
  kind: Change['kind'];
  /** `+` added, `-` removed, `~` changed or renamed, `↕` moved or reordered. */
  sign: '+' | '-' | '~' | '↕';
  /** The sentence, e.g. `Instagram: cadence 4 a week → 5 a week`. */
  text: string;
  /** Where in the data, e.g. `platforms[0].cadence` (the old version's path for a removal). */
  path: string;
  /** Line in the new version (for a removal: where its parent is). */
  line?: number;
  /** Line in the old version, for removals. */
  oldLine?: number;
  before?: unknown;
  after?: unknown;
}

export interface DescribeOptions {
  lang: Lang;
  ignoreOrder?: boolean;
}

const LIST_KIND: Record<string, 'platform' | 'audience' | 'pillar' | 'objective' | 'tier'> = {
  platforms: 'platform',
  audiences: 'audience',
  'editorial_line.pillars': 'pillar',
  objectives: 'objective',
  'crisis.tiers': 'tier',
};

/** Fields whose values are words of the brief's catalog (`role.primary` → "primary"). */
const ENUM_PREFIX: Record<string, string> = {
  'platforms[].role': 'role',
  'organization.context': 'context',
  'editorial_line.tone.address': 'address',
  'editorial_line.tone.humour': 'humour',
  'editorial_line.tone.emoji': 'emoji',
  'editorial_line.mix': 'mix',
  'editorial_line.pillars[].purpose': 'purpose',
  'objectives[].type': 'objective',
  'community.negative_feedback.approach': 'approach',
  'measurement.review': 'review',
};

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const QUOTE_MAX = 80;

export function sectionOf(change: Pick<Change, 'kind' | 'shape'>): SectionId {
  if (change.kind === 'moved' || change.kind === 'reordered') return 'order';
  const shape = change.shape;
  const under = (prefix: string) => shape === prefix || shape.startsWith(prefix + '.') || shape.startsWith(prefix + '[');
  if (under('platforms')) return 'platforms';
  if (under('audiences')) return 'audiences';
  if (under('objectives')) return 'objectives';
  if (under('editorial_line.pillars') || under('editorial_line.mix')) return 'pillars';
  if (under('editorial_line.tone')) return 'tone';
  if (under('crisis')) return 'crisis';
  for (const s of ['editorial_line', 'community', 'policy', 'organization', 'measurement', 'calendar'] as const) {
    if (under(s)) return s === 'editorial_line' ? 'editorial' : s;
  }
  return 'other';
}

/** Describe every change between two parsed versions; either side may be missing (a file added or deleted). */
export function describeChanges(before: ParsedStrategy | undefined, after: ParsedStrategy | undefined, options: DescribeOptions): { changes: DescribedChange[]; hiddenOrder: number } {
  const words = new Words(options.lang, before?.data, after?.data);
  const raw = compareData(before?.data ?? {}, after?.data ?? {});
  const changes: DescribedChange[] = [];
  const seen = new Set<string>();
  let hiddenOrder = 0;
  for (const original of raw) {
    const change = liftCadence(original);
    const key = `${change.kind}:${formatPath(change.path)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const section = sectionOf(change);
    if (section === 'order' && options.ignoreOrder) {
      hiddenOrder++;
      continue;
    }
    const described: DescribedChange = {
      section,
      kind: change.kind,
      sign: SIGN[change.kind],
      text: words.sentence(change),
      path: formatPath(change.path),
    };
    if (change.kind === 'removed') {
      if (after) described.line = lineOf(after, change.parentPath ?? []);
      if (before) described.oldLine = lineOf(before, change.path);
    } else if (after) {
      described.line = lineOf(after, change.path);
    }
    if (change.before !== undefined) described.before = change.before;
    if (change.after !== undefined) described.after = change.after;
    changes.push(described);
  }
  const rank = (s: SectionId) => SECTIONS.indexOf(s);
  changes.sort((a, b) => rank(a.section) - rank(b.section) || (a.line ?? 0) - (b.line ?? 0));
  return { changes, hiddenOrder };
}

const SIGN: Record<Change['kind'], DescribedChange['sign']> = {
  added: '+',
  removed: '-',
  changed: '~',
  renamed: '~',
  items: '~',
  moved: '↕',
  reordered: '↕',
};

function lineOf(parsed: ParsedStrategy, path: readonly PathSegment[]): number {
  return locate(parsed.doc, parsed.lineCounter, parsed.text, path, 'key').start.line;
}

/** A cadence reads as one value ("4 a week → 5 a week"), not as its posts and its period apart. */
function liftCadence(change: Change): Change {
  if (change.kind !== 'changed' || !/^platforms\[\]\.cadence\.(posts|per)$/.test(change.shape) || !change.owner?.oldItem) return change;
  return {
    ...change,
    path: change.path.slice(0, -1),
    shape: 'platforms[].cadence',
    before: change.owner.oldItem.cadence,
    after: change.owner.item.cadence,
  };
}

function isMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

class Words {
  private readonly t: (key: DiffKey, params?: Params) => string;
  private readonly brief: Record<string, string>;

  constructor(
    private readonly lang: Lang,
    private readonly oldData: unknown,
    private readonly newData: unknown,
  ) {
    this.t = translator(diffCatalog, lang);
    this.brief = briefCatalog[lang] as Record<string, string>;
  }

  sentence(change: Change): string {
    const t = this.t;
    const owner = change.owner;
    const kind = owner ? (LIST_KIND[owner.list] ?? 'other') : 'other';
    const isItem = owner !== undefined && change.shape === `${owner.list}[]`;
    if (isItem && owner) {
      const name = this.itemName(kind, change.kind === 'renamed' || change.kind === 'moved' ? (owner.oldItem ?? owner.item) : owner.item);
      const field = this.field(owner.list);
      switch (change.kind) {
        case 'added':
        case 'removed': {
          const text = t(`${change.kind}.${kind}`, { name, field });
          const details = this.itemDetails(kind, owner.item);
          return details ? t('details', { text, details }) : text;
        }
        case 'renamed':
          return t('renamed.item', { item: t(`item.${kind}`, { name }), name: this.itemName(kind, owner.item) });
        case 'moved':
          return t('moved.item', { item: t(`item.${kind}`, { name: this.itemName(kind, owner.item) }), from: change.from ?? 0, to: change.to ?? 0 });
        default:
          break;
      }
    }
    // A new name under the same id reads as a rename too.
    if (owner && change.kind === 'changed' && change.shape === `${owner.list}[].name` && kind !== 'platform' && owner.oldItem) {
      return t('renamed.item', { item: t(`item.${kind}`, { name: this.itemName(kind, owner.oldItem) }), name: this.itemName(kind, owner.item) });
    }
    const text = this.fieldSentence(change);
    if (!owner) return text;
    return t('change.subject', { subject: t(`item.${kind}`, { name: this.itemName(kind, owner.item) }), text });
  }

  private fieldSentence(change: Change): string {
    const t = this.t;
    const field = this.field(change.shape);
    switch (change.kind) {
      case 'items': {
        const parts: string[] = [];
        const element = `${change.shape}[]`;
        if (change.added?.length) parts.push(t('change.adds', { field, values: this.list(change.added, element) }));
        if (change.removed?.length) parts.push(t('change.removes', { field, values: this.list(change.removed, element) }));
        return parts.join(this.lang === 'fr' ? '\u202f; ' : '; ');
      }
      case 'reordered':
        return t('change.reordered', { field });
      case 'added':
        if (this.isComposite(change.shape, change.after)) return t('change.sectionAdded', { field });
        return t('change.value', { field, before: t('value.none'), after: this.value(change.shape, change.after) });
      case 'removed':
        if (this.isComposite(change.shape, change.before)) return t('change.sectionRemoved', { field });
        return t('change.value', { field, before: this.value(change.shape, change.before), after: t('value.none') });
      default:
        if (typeof change.before === 'string' && typeof change.after === 'string' && !ENUM_PREFIX[change.shape]) {
          const [before, after] = this.around(change.before, change.after);
          return t('change.value', { field, before: t('value.quoted', { text: before }), after: t('value.quoted', { text: after }) });
        }
        return t('change.value', { field, before: this.value(change.shape, change.before), after: this.value(change.shape, change.after) });
    }
  }

  /** A map or list without a short way to say it: named, not spelled out. */
  private isComposite(shape: string, value: unknown): boolean {
    if (Array.isArray(value)) return value.some((v) => isMap(v));
    return isMap(value) && !/(cadence|\.age|community\.hours)$/.test(shape);
  }

  private field(shape: string): string {
    const key = `field.${shape}` as DiffKey;
    if (Object.hasOwn(diffCatalog[this.lang], key)) return this.t(key);
    return this.clip(shape.split(/[.[\]]+/).filter(Boolean).at(-1) ?? shape);
  }

  private itemName(kind: string, item: Record<string, unknown>): string {
    const id = typeof item.id === 'string' ? item.id : undefined;
    if (kind === 'platform' && id) return platformFacts(id)?.name ?? this.clip(typeof item.name === 'string' ? item.name : id);
    if (kind === 'tier') return String(item.level ?? '?');
    if (kind === 'objective' && id) return this.clip(id);
    for (const name of ['name', 'id', 'level'] as const) {
      const value = item[name];
      if (typeof value === 'string' || typeof value === 'number') return this.clip(String(value));
    }
    return '?';
  }

  private itemDetails(kind: string, item: Record<string, unknown>): string | undefined {
    const parts: string[] = [];
    if (kind === 'platform') {
      if (typeof item.role === 'string') parts.push(this.value('platforms[].role', item.role));
      if (isMap(item.cadence)) parts.push(this.value('platforms[].cadence', item.cadence));
    } else if (kind === 'pillar' && typeof item.share === 'number') {
      parts.push(this.value('editorial_line.pillars[].share', item.share));
    } else if (kind === 'tier' && typeof item.trigger === 'string') {
      parts.push(this.value('crisis.tiers[].trigger', item.trigger));
    } else if (kind === 'objective' && typeof item.statement === 'string') {
      parts.push(this.value('objectives[].statement', item.statement));
    }
    return parts.length ? parts.join(', ') : undefined;
  }

  private list(values: readonly unknown[], shape: string): string {
    return joinList(
      values.map((v) => this.value(shape, v)),
      this.lang,
    );
  }

  value(shape: string, value: unknown): string {
    const t = this.t;
    if (value === undefined || value === null) return t('value.none');
    if (Array.isArray(value)) return value.length ? this.list(value, `${shape}[]`) : t('value.none');
    if (typeof value === 'boolean') return t(value ? 'value.yes' : 'value.no');
    if (isMap(value)) {
      if (shape.endsWith('cadence') && typeof value.posts === 'number') {
        const per = typeof value.per === 'string' && ['day', 'week', 'month'].includes(value.per) ? t(`value.per.${value.per}` as DiffKey) : String(value.per ?? '?');
        return t('value.cadence', { posts: this.number(value.posts), per });
      }
      if (shape.endsWith('.age')) return t('value.range', { min: String(value.min ?? '?'), max: String(value.max ?? '?') });
      if (shape === 'community.hours') {
        return t('value.hours', { days: this.value('community.hours.days', value.days), start: String(value.start ?? '?'), end: String(value.end ?? '?') });
      }
      const count = Object.keys(value).length;
      return t(count === 1 ? 'value.fields.one' : 'value.fields.other', { count });
    }
    if (typeof value === 'number') return shape.endsWith('.share') ? t('value.percent', { value: this.number(value) }) : this.number(value);
    const text = String(value);
    const prefix = ENUM_PREFIX[shape];
    // A choice's word is the wizard's and the brief's (src/i18n/choices.ts).
    const choices = choicesCatalog[this.lang] as Record<string, string>;
    if (prefix && Object.hasOwn(choices, `${prefix}.${text}`)) return choices[`${prefix}.${text}`]!;
    if (prefix && Object.hasOwn(this.brief, `${prefix}.${text}`)) return this.brief[`${prefix}.${text}`]!;
    if (/days\[\]$/.test(shape) && WEEKDAYS.includes(text)) return localeFormat(this.lang).weekday(text);
    if (shape === 'platforms[].id' || shape === 'objectives[].platforms[]') return platformFacts(text)?.name ?? t('value.quoted', { text: this.clip(text) });
    if (shape === 'platforms[].audiences[]') return t('value.quoted', { text: this.audienceName(text) });
    return t('value.quoted', { text: this.clip(text) });
  }

  private audienceName(id: string): string {
    for (const data of [this.newData, this.oldData]) {
      const audiences = isMap(data) && Array.isArray(data.audiences) ? data.audiences : [];
      for (const a of audiences) if (isMap(a) && a.id === id && typeof a.name === 'string') return this.clip(a.name);
    }
    return this.clip(id);
  }

  private number(value: number): string {
    return formatNumber(this.lang, value);
  }

  /** Two long texts cut around where they differ, so a change past the first words still shows. */
  private around(before: string, after: string): [string, string] {
    const a = [...this.clip(before, Infinity)];
    const b = [...this.clip(after, Infinity)];
    if (a.length <= QUOTE_MAX && b.length <= QUOTE_MAX) return [a.join(''), b.join('')];
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    const start = common > 30 ? common - 20 : 0;
    const cut = (chars: string[]) => (start > 0 ? '…' : '') + this.clip(chars.slice(start).join(''));
    return [cut(a), cut(b)];
  }

  /** User text on one line, control characters spelled out (a terminal would obey them), at most `max` characters. */
  private clip(text: string, max = QUOTE_MAX): string {
    const oneLine = visibleControls(text.replace(/\s+/g, ' '), { newlines: false }).trim();
    const chars = [...oneLine];
    return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : oneLine;
  }
}

export type { Owner };
