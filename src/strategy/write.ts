// Writing a strategy back to YAML with the yaml Document API: a modeline so editors offer hover
// help and completion from the schema, a short comment above each section, and, when updating an
// existing file, the user's own comments and key order kept.
import { dirname, join, relative, sep } from 'node:path';
import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type Pair, YAMLMap, YAMLSeq } from 'yaml';
import { translator, type Lang } from '../i18n/index.js';
import { wizardCatalog, type WizardKey } from '../i18n/wizard.js';
import { elidesBefore } from '../i18n/typography.js';
import type { Strategy } from './types.js';

const SCHEMA_BASE = 'https://raw.githubusercontent.com/social-plan/social-plan/main/schemas/';
export const SCHEMA_URL = `${SCHEMA_BASE}strategy.schema.json`;
export const SCHEMA_URL_FR = `${SCHEMA_BASE}strategy.schema.fr.json`;
/** The modeline that points at the published schema (used when no local copy is reachable). */
export const MODELINE = modeline(SCHEMA_URL);
const PACKAGE_NAME = 'social-plan';

/** The comment text (after `#`) that tells yaml-language-server which schema to use. */
export function modeline(schema: string): string {
  return ` yaml-language-server: $schema=${schema}`;
}

export interface SchemaRefOptions {
  lang: Lang;
  /** File test, injected so the choice stays a pure function (tests pass a fake). */
  exists: (path: string) => boolean;
  /** Root of the running social-plan package (this repository, or its copy in node_modules). */
  packageRoot?: string;
}

/**
 * What the modeline of a strategy written in `strategyDir` should point at. A relative path works
 * offline in every editor, so it wins when the schema is reachable: the strategy is inside the
 * package's own tree (this repository), or `node_modules/social-plan/schemas/` is found walking up
 * from the strategy's folder. Otherwise the published URL. French plans get the French schema
 * (its hover help is in French) when it exists.
 */
export function schemaReference(strategyDir: string, options: SchemaRefOptions): string {
  const names = options.lang === 'fr' ? ['strategy.schema.fr.json', 'strategy.schema.json'] : ['strategy.schema.json'];
  const local = (schemasDir: string): string | undefined => {
    for (const name of names) {
      const file = join(schemasDir, name);
      if (options.exists(file)) return relativeRef(strategyDir, file);
    }
    return undefined;
  };
  const root = options.packageRoot;
  if (root !== undefined && isInside(strategyDir, root)) {
    const found = local(join(root, 'schemas'));
    if (found) return found;
  }
  for (let dir = strategyDir; ; dir = dirname(dir)) {
    const found = local(join(dir, 'node_modules', PACKAGE_NAME, 'schemas'));
    if (found) return found;
    if (dirname(dir) === dir) break;
  }
  const frenchPublished = options.lang === 'fr' && root !== undefined && options.exists(join(root, 'schemas', 'strategy.schema.fr.json'));
  return frenchPublished ? SCHEMA_URL_FR : SCHEMA_URL;
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}

/** `./node_modules/...` or `../schemas/...`, with forward slashes on every system. */
function relativeRef(fromDir: string, file: string): string {
  const rel = relative(fromDir, file).split(sep).join('/');
  return rel.startsWith('../') ? rel : `./${rel}`;
}

const SECTION_ORDER = ['version', 'organization', 'platforms', 'audiences', 'editorial_line', 'objectives', 'community', 'crisis', 'policy', 'measurement', 'calendar'] as const;
// No folding of long sentences (they stay on one line, as typed); `[a, b]` without inner padding.
const TO_STRING = { lineWidth: 0, indent: 2, indentSeq: true, flowCollectionPadding: false } as const;

export interface SerializeOptions {
  /** Language of the section comments: the plan's language. */
  lang: Lang;
  /** The existing file's text (edit mode): its comments and layout are kept where values allow. */
  existing?: string;
  /** What the modeline points at (see schemaReference); the published URL by default. */
  schema?: string;
}

export function serializeStrategy(strategy: Strategy, options: SerializeOptions): string {
  if (options.existing !== undefined) {
    const doc = parseDocument(options.existing, { keepSourceTokens: false });
    if (isMap(doc.contents) && doc.errors.length === 0) {
      const before = new Set(doc.contents.items.map((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key)));
      mergeInto(doc, doc.contents, strategy as unknown as Record<string, unknown>);
      // Sections the edit added get the same short comment as in a new file.
      const t = translator(wizardCatalog, options.lang);
      for (const pair of doc.contents.items) {
        const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
        if (before.has(key) || !isScalar(pair.key)) continue;
        pair.key.spaceBefore = true;
        const commentKey = `comment.${key}` as WizardKey;
        if (commentKey in wizardCatalog.en) pair.key.commentBefore = ` ${t(commentKey)}`;
        flowShortLists(pair.value as Node);
      }
      if (!(doc.commentBefore ?? '').includes('yaml-language-server')) doc.commentBefore = joinComments(modeline(options.schema ?? SCHEMA_URL), doc.commentBefore);
      return doc.toString(TO_STRING);
    }
  }
  return freshDocument(strategy, options.lang, options.schema ?? SCHEMA_URL).toString(TO_STRING);
}

function freshDocument(strategy: Strategy, lang: Lang, schema: string): Document {
  const t = translator(wizardCatalog, lang);
  const ordered: Record<string, unknown> = {};
  const data = strategy as unknown as Record<string, unknown>;
  for (const key of SECTION_ORDER) if (data[key] !== undefined) ordered[key] = data[key];
  for (const key of Object.keys(data)) if (!(key in ordered)) ordered[key] = data[key];
  const doc = new Document(ordered);
  const name = strategy.organization.name.replace(/\s+/g, ' ');
  // "Stratégie médias sociaux d’Équipe Lavoie": French elides "de" before a vowel.
  doc.commentBefore = `${modeline(schema)}\n ${t(elidesBefore(name) ? 'comment.header.elided' : 'comment.header', { name })}`;
  const root = doc.contents as YAMLMap;
  for (const pair of root.items) {
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const commentKey = `comment.${key}` as WizardKey;
    if (key === 'version') continue;
    const keyNode = pair.key as Node;
    keyNode.spaceBefore = true;
    if (commentKey in wizardCatalog.en) keyNode.commentBefore = ` ${t(commentKey)}`;
    // Short lists of words read best inline: `voice: [warm, clear]`.
    flowShortLists(pair.value as Node);
  }
  return doc;
}

function flowShortLists(node: Node | null | undefined, nested = false): void {
  // `09:00` is a string in YAML 1.2 but a number (540) for YAML 1.1 readers: quote it.
  if (isScalar(node) && typeof node.value === 'string' && /^\d+:\d+$/.test(node.value)) node.type = 'QUOTE_DOUBLE';
  if (isMap(node)) {
    // Small maps of numbers and words read best inline too: `age: {min: 25, max: 40}`.
    const scalars = node.items.every((pair) => isScalar(pair.value));
    const width = node.items.reduce<number>((sum, pair) => sum + String(isScalar(pair.key) ? pair.key.value : '').length + String(isScalar(pair.value) ? pair.value.value : '').length + 4, 0);
    if (nested && scalars && node.items.length > 0 && node.items.length <= 4 && width <= 40) node.flow = true;
    for (const pair of node.items) {
      // An objective's measure is one decision: one line, `{platform: x, metric: reach, aggregate: sum}`.
      if (isScalar(pair.key) && pair.key.value === 'measure' && isMap(pair.value) && pair.value.items.every((p) => isScalar(p.value))) pair.value.flow = true;
      else flowShortLists(pair.value as Node, true);
    }
  }
  else if (isSeq(node)) {
    const scalars = node.items.every((item) => isScalar(item) && (typeof item.value !== 'string' || !item.value.includes('\n')));
    const width = node.items.reduce<number>((sum, item) => sum + String(isScalar(item) ? item.value : '').length + 2, 0);
    if (scalars && node.items.length > 0 && width <= 60) node.flow = true;
    else for (const item of node.items) flowShortLists(item as Node, true);
  }
}

function joinComments(first: string, rest: string | null | undefined): string {
  return rest ? `${first}\n${rest}` : first;
}

/** Update `map` in place to hold `value`: unchanged nodes keep their comments, removed keys go. */
function mergeInto(doc: Document, map: YAMLMap, value: Record<string, unknown>): void {
  const keep = new Set(Object.keys(value));
  for (const pair of [...map.items]) {
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    if (!keep.has(key)) map.delete(pair.key);
  }
  for (const [key, next] of Object.entries(value)) {
    if (next === undefined) continue;
    const pair = map.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === key) as Pair<unknown, unknown> | undefined;
    if (!pair) {
      map.items.push(doc.createPair(key, next));
      continue;
    }
    pair.value = mergeNode(doc, pair.value as Node | null, next);
  }
}

function mergeNode(doc: Document, node: Node | null, next: unknown): Node {
  if (isMap(node) && isPlainObject(next)) {
    mergeInto(doc, node, next);
    return node;
  }
  if (isSeq(node) && Array.isArray(next)) {
    mergeSeq(doc, node, next);
    return node;
  }
  if (isScalar(node) && (next === null || typeof next !== 'object')) {
    if (node.value !== next) node.value = next;
    return node;
  }
  const created = doc.createNode(next) as Node;
  if (node) {
    created.commentBefore = node.commentBefore;
    created.comment = node.comment;
    if (isSeq(node) && isSeq(created)) created.flow = node.flow;
  }
  return created;
}

function mergeSeq(doc: Document, seq: YAMLSeq, next: unknown[]): void {
  // Entries with an id are matched by id, so a reordered or removed entry keeps the right comments.
  const idOf = (item: unknown): unknown => (isMap(item) ? item.get('id') : isPlainObject(item) ? item.id : undefined);
  if (next.length > 0 && next.every((item) => typeof idOf(item) === 'string')) {
    const byId = new Map(seq.items.map((node) => [idOf(node), node as Node]));
    seq.items = next.map((item) => mergeNode(doc, byId.get(idOf(item)) ?? null, item));
    return;
  }
  while (seq.items.length > next.length) seq.items.pop();
  next.forEach((item, i) => {
    if (i < seq.items.length) seq.items[i] = mergeNode(doc, seq.items[i] as Node | null, item);
    else seq.items.push(doc.createNode(item));
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
