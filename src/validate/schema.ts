// Schema validation with the validator generated at build time (no schema compile at run time),
// and ajv's errors turned into findings that say what to do, in the user's language.
import type { ErrorObject } from 'ajv';
import validateStrategy from '../generated/validate-strategy.js';
import validatePostMeta from '../generated/validate-post.js';
import strategySchema from '../../schemas/strategy.schema.json' with { type: 'json' };
import postSchema from '../../schemas/post.schema.json' with { type: 'json' };
import type { PathSegment } from '../diagnostics.js';
import { pluralKey, type Lang, type Translate } from '../i18n/index.js';
import { joinList, formatNumber } from '../i18n/intl.js';
import type { CoreKey } from '../i18n/core.js';
import { closest } from '../text/suggest.js';
import { formatPath } from '../diagnostics.js';
import type { Anchor } from '../strategy/positions.js';

export interface SchemaHit {
  ruleId: string;
  path: PathSegment[];
  anchor: Anchor;
  message: string;
  /** The data path this finding is about when that is not `path`: the key a typo meant, or a
   *  missing required key. The engine keeps rules quiet about it (one mistake, one finding). */
  covers?: PathSegment[];
}

type SchemaNode = Record<string, unknown>;

/** A schema and the validator generated from it at build time (scripts/generate.mjs). */
interface SchemaSource {
  validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
  root: SchemaNode;
}

const STRATEGY: SchemaSource = { validate: validateStrategy, root: strategySchema as SchemaNode };
const POST: SchemaSource = { validate: validatePostMeta, root: postSchema as SchemaNode };

function pointerSegments(pointer: string): string[] {
  if (pointer === '' || pointer === '#') return [];
  return pointer.replace(/^#/, '').split('/').slice(1).map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

function schemaAt(root: SchemaNode, pointer: string): SchemaNode | undefined {
  let node: unknown = root;
  for (const seg of pointerSegments(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as SchemaNode)[seg];
  }
  return deref(root, node as SchemaNode | undefined);
}

function deref(root: SchemaNode, node: SchemaNode | undefined): SchemaNode | undefined {
  let current = node;
  for (let hops = 0; current && typeof current.$ref === 'string' && hops < 10; hops++) {
    const target = schemaAt(root, current.$ref);
    current = target ? { ...target, ...current, $ref: undefined } : undefined;
  }
  return current;
}

/**
 * The object schema at a data path, found by walking the data path from the root. (An error's
 * schemaPath cannot be used: inside a `$ref`'d definition that ajv compiles as its own function,
 * it is relative to that definition, so `#/additionalProperties` would name the root.)
 */
function schemaForData(root: SchemaNode, path: readonly PathSegment[]): SchemaNode | undefined {
  let node = deref(root, root);
  for (const seg of path) {
    if (!node) return undefined;
    const next = typeof seg === 'number'
      ? (node.items as SchemaNode | undefined)
      : (node.properties as Record<string, SchemaNode> | undefined)?.[seg];
    node = deref(root, next);
  }
  return node;
}

/** The schema node of the object that holds the failing keyword. */
function parentSchemaOf(root: SchemaNode, error: ErrorObject, data: unknown): SchemaNode | undefined {
  return schemaForData(root, dataPath(error.instancePath, data));
}

function dataPath(instancePath: string, data: unknown): PathSegment[] {
  const out: PathSegment[] = [];
  let node = data;
  for (const seg of pointerSegments(instancePath)) {
    const key: PathSegment = Array.isArray(node) ? Number(seg) : seg;
    out.push(key);
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined;
  }
  return out;
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let node = data;
  for (const seg of path) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined;
  return node;
}

function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') {
    // YAML reads 1e999999 as Infinity: say it is out of range, not "a number".
    if (!Number.isFinite(value)) return 'infinite';
    return Number.isInteger(value) ? 'integer' : 'number';
  }
  return typeof value;
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function typeLabel(t: Translate<CoreKey>, type: string): string {
  const key = `type.${type}` as CoreKey;
  return t(key);
}

const PATTERN_HINTS: Record<string, CoreKey> = {
  id: 'schema.pattern.id',
  duration: 'schema.pattern.duration',
  time: 'schema.pattern.time',
  region: 'schema.pattern.region',
};

function patternKey(schemaPath: string): CoreKey {
  const segs = schemaPath.split('/');
  const owner = segs.at(-2) ?? '';
  return PATTERN_HINTS[owner] ?? 'schema.pattern';
}

function ruleIdOf(keyword: string): string {
  switch (keyword) {
    case 'additionalProperties':
      return 'schema/additional-property';
    case 'minItems':
      return 'schema/min-items';
    case 'minLength':
      return 'schema/empty';
    case 'uniqueItems':
      return 'schema/duplicate-item';
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'maxLength':
    case 'maxItems':
      return 'schema/range';
    default:
      return `schema/${keyword}`;
  }
}

/** The property's description, as a hint after the message. Schema descriptions are in English only. */
function describeProperty(root: SchemaNode, parent: SchemaNode | undefined, name: string, lang: Lang): string {
  if (lang !== 'en') return '';
  const props = parent?.properties as Record<string, SchemaNode> | undefined;
  const prop = deref(root, props?.[name]);
  const text = (prop?.description ?? prop?.title ?? '') as string;
  return text ? ` ${text}` : '';
}

/** Unknown keys reported one by one under one parent; the rest become one summary finding. */
export const UNKNOWN_KEYS_SHOWN = 50;

/**
 * Validate plain data against the strategy schema; an empty list means valid. Past `limit` hits,
 * the remaining errors are only counted (in `hits.omitted`): 250,000 bad items must not cost a
 * message, a "did you mean" and a position each (the caller reports the count).
 */
export function checkSchema(data: unknown, t: Translate<CoreKey>, lang: Lang, limit = Infinity): SchemaHit[] & { omitted?: number } {
  return checkAgainst(STRATEGY, data, t, lang, limit);
}

/** Validate a post's front matter against the post schema (schemas/post.schema.json), with the same messages. */
export function checkPostSchema(data: unknown, t: Translate<CoreKey>, lang: Lang, limit = Infinity): SchemaHit[] & { omitted?: number } {
  return checkAgainst(POST, data, t, lang, limit);
}

function checkAgainst(source: SchemaSource, data: unknown, t: Translate<CoreKey>, lang: Lang, limit: number): SchemaHit[] & { omitted?: number } {
  const { validate, root } = source;
  if (validate(data)) return [];
  const hits: SchemaHit[] & { omitted?: number } = [];
  const omittedAt = new Set<string>();
  const maximumAt = new Map<string, number>();
  const seen = new Set<string>();
  // Per parent: how many unknown keys so far, and the summary hit once past the cap (a pasted dump
  // of 200,000 keys would otherwise cost a "did you mean" each and bury everything else).
  const unknownUnder = new Map<string, { count: number; summary?: SchemaHit; path: PathSegment[] }>();
  for (const error of validate.errors ?? []) {
    if (hits.length >= limit) {
      // ajv may report one problem twice (a `$ref` and the keyword inside it): count places.
      omittedAt.add(`${error.instancePath}|${error.keyword}`);
      continue;
    }
    // A failed `if`/`then` (cadence bounds per period) is also reported as the keyword that failed inside it.
    if (error.keyword === 'if') continue;
    if (error.keyword === 'additionalProperties') {
      const entry = unknownUnder.get(error.instancePath) ?? { count: 0, path: [] };
      unknownUnder.set(error.instancePath, entry);
      if (++entry.count > UNKNOWN_KEYS_SHOWN) {
        if (!entry.summary) {
          entry.path = dataPath(error.instancePath, data);
          entry.summary = { ruleId: 'schema/additional-property', path: [...entry.path, String(error.params.additionalProperty)], anchor: 'key', message: '' };
          hits.push(entry.summary);
        }
        continue;
      }
    }
    // Two bounds on one value (posts: at most 50 a day, and 1,500 in any period): the tighter one alone.
    if (error.keyword === 'maximum') {
      const limit = Number((error.params as { limit?: unknown }).limit);
      const earlier = maximumAt.get(error.instancePath);
      if (earlier !== undefined && earlier <= limit) continue;
      maximumAt.set(error.instancePath, limit);
      const replaced = hits.findIndex((h) => h.ruleId === 'schema/range' && formatPath(h.path) === formatPath(dataPath(error.instancePath, data)));
      if (earlier !== undefined && replaced >= 0) hits.splice(replaced, 1);
    }
    const hit = toHit(root, error, data, t, lang);
    const key = `${hit.ruleId}|${formatPath(hit.path)}|${hit.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    hits.push(hit);
  }
  if (omittedAt.size > 0) hits.omitted = omittedAt.size;
  for (const { count, summary, path } of unknownUnder.values()) {
    if (!summary) continue;
    const more = count - UNKNOWN_KEYS_SHOWN;
    summary.message = t(more === 1 ? 'schema.moreUnknownKeys.one' : 'schema.moreUnknownKeys.other', {
      count: formatNumber(lang, more),
      shown: UNKNOWN_KEYS_SHOWN,
      where: path.length > 0 ? t('where.in', { path: formatPath(path) }) : t('schema.atTop'),
    });
  }
  return hits;
}

/**
 * The field a message names: the last key, with the list positions after it (`platforms[0]`,
 * `do[2]`), never a bare index ("`0` must be a section" told nobody which list).
 */
export function propertyName(path: readonly PathSegment[]): string {
  let last = path.length - 1;
  while (last >= 0 && typeof path[last] === 'number') last--;
  if (last < 0) return formatPath(path);
  return formatPath(path.slice(last));
}

function toHit(root: SchemaNode, error: ErrorObject, data: unknown, t: Translate<CoreKey>, lang: Lang): SchemaHit {
  const path = dataPath(error.instancePath, data);
  const ruleId = ruleIdOf(error.keyword);
  const property = propertyName(path);
  const value = valueAt(data, path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const hint = describeProperty(root, parentSchemaOf(root, error, data), missing, lang);
      const message = path.length === 0
        ? t('schema.requiredRoot', { property: missing, hint })
        : t('schema.required', { property: missing, where: t('where.in', { path: formatPath(path) }), hint });
      return { ruleId, path, anchor: 'key', message, covers: [...path, missing] };
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const allowed = Object.keys((parentSchemaOf(root, error, data)?.properties as object | undefined) ?? {});
      const guess = closest(extra, allowed);
      const message = extra === '<<'
        ? t('yaml.mergeKey')
        : t('schema.additionalProperty', {
            property: extra,
            where: path.length > 0 ? t('where.in', { path: formatPath(path) }) : '',
            suggestion: guess ? t('schema.didYouMean', { suggestion: guess }) : '',
            allowed: allowed.map((k) => `\`${k}\``).join(', '),
          });
      return { ruleId, path: [...path, extra], anchor: 'key', message, ...(guess ? { covers: [...path, guess] } : {}) };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const guess = typeof value === 'string' ? closest(value, allowed) : undefined;
      return {
        ruleId, path, anchor: 'value',
        message: t('schema.enum', {
          value: show(value), property,
          suggestion: guess ? t('schema.didYouMean', { suggestion: guess }) : '',
          allowed: joinList(allowed.map((v) => `\`${v}\``), lang, 'or'),
        }),
      };
    }
    case 'const':
      return { ruleId, path, anchor: 'value', message: t('schema.const', { property, expected: show(params.allowedValue) }) };
    case 'type': {
      const expected = String(params.type).split(',').map((ty) => typeLabel(t, ty));
      const actual = typeLabel(t, typeName(value));
      const message = path.length === 0
        ? t('schema.typeRoot', { actual })
        : t('schema.type', { property, expected: joinList(expected, lang, 'or'), actual });
      return { ruleId, path, anchor: 'value', message };
    }
    case 'format': {
      const format = String(params.format);
      const key: CoreKey = format === 'date' ? 'schema.format.date' : format === 'time' ? 'schema.format.time' : 'schema.format';
      return { ruleId, path, anchor: 'value', message: t(key, { value: show(value), format }) };
    }
    case 'pattern':
      return { ruleId, path, anchor: 'value', message: t(patternKey(error.schemaPath), { value: show(value), property }) };
    case 'minItems':
      return { ruleId, path, anchor: 'value', message: t(pluralKey('schema.minItems', Number(params.limit), lang), { property, limit: Number(params.limit) }) };
    case 'minLength':
      return { ruleId, path, anchor: 'value', message: t('schema.minLength', { property }) };
    case 'maxLength':
      return { ruleId, path, anchor: 'value', message: t('schema.maxLength', { property, limit: Number(params.limit) }) };
    case 'minimum':
      return { ruleId, path, anchor: 'value', message: t('schema.minimum', { property, limit: Number(params.limit) }) };
    case 'maximum':
      return { ruleId, path, anchor: 'value', message: t('schema.maximum', { property, limit: Number(params.limit) }) };
    case 'uniqueItems':
      return { ruleId, path, anchor: 'value', message: t('schema.uniqueItems', { property }) };
    default:
      return { ruleId, path, anchor: 'value', message: t('schema.other', { property: formatPath(path) || '/', detail: error.message ?? error.keyword }) };
  }
}
