// French editor texts for the strategy schema.
//
// schemas/strategy.schema.json stays the single source of truth (English). schemas/i18n/fr.json maps
// JSON Pointers into it to the French texts of each node; this script overlays them and writes
// schemas/strategy.schema.fr.json, which editors (yaml-language-server, VS Code) show on hover and
// completion. Only texts change: validation keywords, property names, enum values and snippet
// bodies (apart from free-text placeholders) are copied from the English schema.
//
//   node scripts/schema-i18n.mjs           write schemas/strategy.schema.fr.json
//   node scripts/schema-i18n.mjs --check   exit 1 if the committed file is stale (writes nothing)
//   ... --root DIR                          use another checkout than this script's
//
// Exit 1, listing JSON Pointers, when an English text has no French, or a French entry points at a
// node or text that no longer exists in the English schema.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Texts of a schema node that editors show, translated one for one. */
export const TEXT_FIELDS = ['title', 'description', 'markdownDescription'];
/** Arrays of texts, one per enum value, in the order of `enum`. */
export const ENUM_TEXT_FIELDS = ['enumDescriptions', 'markdownEnumDescriptions'];
const SNIPPET_TEXT_FIELDS = ['label', 'description'];
const SNIPPET_FIELDS = new Set([...SNIPPET_TEXT_FIELDS, 'placeholders']);
const ENTRY_FIELDS = new Set([...TEXT_FIELDS, ...ENUM_TEXT_FIELDS, 'defaultSnippets', 'examples']);

// Keywords whose value maps names to subschemas (a property may be called `description`), and
// keywords whose value is one subschema or a list of them.
const SCHEMA_MAPS = ['properties', 'definitions', '$defs', 'patternProperties', 'dependencies'];
const SCHEMA_ONE = ['items', 'additionalItems', 'additionalProperties', 'contains', 'propertyNames', 'not', 'if', 'then', 'else'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'items'];

// A placeholder in a snippet body: ${1:default text}. yaml-language-server turns a value that starts
// with ^ into a number or boolean, so those are never text.
const PLACEHOLDER = /\$\{(\d+):([^}]*)\}/g;

export function escapePointer(segment) {
  return String(segment).replaceAll('~', '~0').replaceAll('/', '~1');
}

function parsePointer(pointer) {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return null;
  return pointer.slice(1).split('/').map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** The node a JSON Pointer designates, or undefined. */
export function resolvePointer(root, pointer) {
  const segments = parsePointer(pointer);
  if (!segments) return undefined;
  let node = root;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = node[segment];
  }
  return node;
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Every subschema of `schema` with its JSON Pointer, the root first. */
export function* schemaNodes(schema, pointer = '') {
  if (!isObject(schema)) return;
  yield [pointer, schema];
  for (const key of SCHEMA_MAPS) {
    if (!isObject(schema[key])) continue;
    for (const [name, sub] of Object.entries(schema[key])) {
      yield* schemaNodes(sub, `${pointer}/${escapePointer(key)}/${escapePointer(name)}`);
    }
  }
  for (const key of SCHEMA_ONE) if (isObject(schema[key])) yield* schemaNodes(schema[key], `${pointer}/${key}`);
  for (const key of SCHEMA_LISTS) {
    if (Array.isArray(schema[key])) for (const [i, sub] of schema[key].entries()) yield* schemaNodes(sub, `${pointer}/${key}/${i}`);
  }
}

/** Follow local `$ref`s (validation keywords next to a $ref are ignored in draft-07). */
function deref(root, node) {
  const seen = new Set();
  while (isObject(node) && typeof node.$ref === 'string' && node.$ref.startsWith('#') && !seen.has(node.$ref)) {
    seen.add(node.$ref);
    node = resolvePointer(root, decodeURIComponent(node.$ref.slice(1)));
  }
  return node;
}

/** A string a person writes in their own words: no list of values, no pattern, no format. */
function isFreeString(root, node) {
  const n = deref(root, node);
  return isObject(n) && n.type === 'string' && !('enum' in n) && !('const' in n) && !('pattern' in n) && !('format' in n);
}

/** Examples are translated where they are prose: free strings, or lists of free strings. */
export function hasProseExamples(root, node) {
  if (!Array.isArray(node.examples)) return false;
  if (isFreeString(root, node)) return true;
  const n = deref(root, node);
  return isObject(n) && n.type === 'array' && isFreeString(root, n.items);
}

/**
 * The placeholders of a snippet body, each with whether its value is free text (translatable) or
 * something the schema constrains (an enum value, an id, a date, a number: never translated).
 */
export function snippetPlaceholders(root, snippetNode, body) {
  const found = [];
  const visit = (value, schemaNode, path) => {
    const s = deref(root, schemaNode);
    if (typeof value === 'string') {
      const free = !value.startsWith('^') && isFreeString(root, schemaNode);
      for (const m of value.matchAll(PLACEHOLDER)) found.push({ text: m[2], free, path });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, isObject(s) ? s.items : undefined, `${path}/${i}`));
    } else if (isObject(value)) {
      for (const [key, item] of Object.entries(value)) {
        visit(item, isObject(s) && isObject(s.properties) ? s.properties[key] : undefined, `${path}/${escapePointer(key)}`);
      }
    }
  };
  visit(body, snippetNode, '');
  return found;
}

/**
 * Every translatable text of an English schema, as { pointer, field, text }:
 * field is 'title', 'enumDescriptions/2', 'defaultSnippets/0/label', 'defaultSnippets/0/placeholders/Name', 'examples/1'...
 */
export function translatableTexts(schema) {
  const out = [];
  for (const [pointer, node] of schemaNodes(schema)) {
    for (const field of TEXT_FIELDS) if (typeof node[field] === 'string') out.push({ pointer, field, text: node[field] });
    for (const field of ENUM_TEXT_FIELDS) {
      if (Array.isArray(node[field])) node[field].forEach((text, i) => out.push({ pointer, field: `${field}/${i}`, text }));
    }
    if (Array.isArray(node.defaultSnippets)) {
      node.defaultSnippets.forEach((snippet, i) => {
        for (const field of SNIPPET_TEXT_FIELDS) {
          if (typeof snippet[field] === 'string') out.push({ pointer, field: `defaultSnippets/${i}/${field}`, text: snippet[field] });
        }
        // Placeholders are translated by their text, so a text that is also a checked value stays.
        const placeholders = snippetPlaceholders(schema, node, snippet.body);
        const checked = new Set(placeholders.filter((p) => !p.free).map((p) => p.text));
        const texts = new Set(placeholders.filter((p) => p.free && !checked.has(p.text)).map((p) => p.text));
        for (const text of texts) out.push({ pointer, field: `defaultSnippets/${i}/placeholders/${text}`, text });
      });
    }
    if (hasProseExamples(schema, node)) node.examples.forEach((text, i) => out.push({ pointer, field: `examples/${i}`, text }));
  }
  return out;
}

const isText = (v) => typeof v === 'string' && v.trim() !== '';

/** Same nesting of lists and the same kinds of values, every text non-empty. */
function sameShape(a, b) {
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameShape(x, b[i]));
  if (typeof a === 'string') return isText(b);
  return typeof a === typeof b && !Array.isArray(b) && (typeof a !== 'object' || a === null);
}

/** A placeholder default must stay one plain YAML value once the snippet is inserted. */
function isPlaceholderText(text, english) {
  return isText(text) && text.trim() === text && !/[{}$]|: | #/.test(text) && (!text.startsWith('#') || english.startsWith('#'));
}

/**
 * The English schema with the French texts overlaid, or the problems that prevent it.
 * Pure: no I/O. `problems` lists `pointer: what is wrong`; `schema` is null when there are any.
 */
export function localizeSchema(english, translations, { lang = 'fr' } = {}) {
  const problems = [];
  const out = structuredClone(english);
  const entries = Object.entries(translations).filter(([key]) => key !== '$comment');
  const nodePointers = new Set([...schemaNodes(english)].map(([p]) => p));

  // Entries first: a French text for a node or text that is gone is stale.
  for (const [pointer, entry] of entries) {
    const where = pointer === '' ? '(root)' : pointer;
    const node = resolvePointer(out, pointer);
    if (!isObject(node) || !nodePointers.has(pointer)) {
      problems.push(`${where}: no such node in the English schema (stale French entry)`);
      continue;
    }
    if (!isObject(entry)) { problems.push(`${where}: the entry must be an object of texts`); continue; }
    for (const [field, value] of Object.entries(entry)) {
      if (!ENTRY_FIELDS.has(field)) { problems.push(`${where}: unknown field "${field}"`); continue; }
      if (!(field in node)) { problems.push(`${where}: "${field}" does not exist in the English schema (stale French entry)`); continue; }
      if (TEXT_FIELDS.includes(field)) {
        if (isText(value)) node[field] = value;
        else problems.push(`${where}: "${field}" must be a non-empty text`);
      } else if (ENUM_TEXT_FIELDS.includes(field)) {
        if (Array.isArray(value) && value.length === node[field].length && value.every(isText)) node[field] = value;
        else problems.push(`${where}: "${field}" must have ${node[field].length} texts, one per value of enum, in the same order`);
      } else if (field === 'examples') {
        if (!hasProseExamples(english, node)) problems.push(`${where}: these examples are values (ids, codes, numbers), not prose: leave them out`);
        else if (sameShape(node.examples, value)) node.examples = value;
        else problems.push(`${where}: "examples" must have the same shape as the English examples (${JSON.stringify(node.examples)})`);
      } else if (field === 'defaultSnippets') {
        if (!Array.isArray(value)) { problems.push(`${where}: "defaultSnippets" must be a list, by index`); continue; }
        value.forEach((fr, i) => {
          const snippet = node.defaultSnippets[i];
          const at = `${where} defaultSnippets/${i}`;
          if (!snippet) { problems.push(`${at}: no such snippet in the English schema (stale French entry)`); return; }
          if (!isObject(fr)) { problems.push(`${at}: must be an object`); return; }
          for (const [key, text] of Object.entries(fr)) {
            if (!SNIPPET_FIELDS.has(key)) problems.push(`${at}: unknown field "${key}" (the body is never translated, only its placeholders)`);
            else if (key !== 'placeholders' && !(key in snippet)) problems.push(`${at}: "${key}" does not exist in the English schema (stale French entry)`);
            else if (key !== 'placeholders') { if (isText(text)) snippet[key] = text; else problems.push(`${at}: "${key}" must be a non-empty text`); }
          }
          const map = fr.placeholders ?? {};
          if (!isObject(map)) { problems.push(`${at}: "placeholders" must map English placeholder texts to French`); return; }
          const placeholders = snippetPlaceholders(english, resolvePointer(english, pointer), snippet.body);
          for (const [en, text] of Object.entries(map)) {
            const uses = placeholders.filter((p) => p.text === en);
            if (uses.length === 0) problems.push(`${at}: placeholder "${en}" is not in the snippet body (stale French entry)`);
            else if (uses.some((p) => !p.free)) problems.push(`${at}: placeholder "${en}" is a value the schema checks (${uses.find((p) => !p.free).path}): keep it in English`);
            else if (!isPlaceholderText(text, en)) problems.push(`${at}: placeholder "${en}" needs a French text without { } $, ": " or " #" (they would change the YAML the snippet inserts)`);
          }
          snippet.body = replacePlaceholders(snippet.body, map);
        });
      }
    }
  }

  // Then the English texts: each one needs its French.
  for (const { pointer, field, text } of translatableTexts(english)) {
    const entry = translations[pointer];
    const parts = field.split('/');
    let fr;
    if (isObject(entry)) {
      if (parts[0] === 'defaultSnippets') {
        const snippet = Array.isArray(entry.defaultSnippets) ? entry.defaultSnippets[Number(parts[1])] : undefined;
        fr = parts[2] === 'placeholders' ? snippet?.placeholders?.[parts.slice(3).join('/')] : snippet?.[parts[2]];
      } else if (parts.length === 2) {
        fr = Array.isArray(entry[parts[0]]) ? entry[parts[0]][Number(parts[1])] : undefined;
      } else {
        fr = entry[field];
      }
    }
    if (fr === undefined) problems.push(`${pointer === '' ? '(root)' : pointer}: no French for ${field} (English: ${JSON.stringify(text).slice(0, 80)})`);
  }

  if (problems.length > 0) return { schema: null, problems };
  if (typeof out.$id === 'string') out.$id = out.$id.replace(/\.json$/, `.${lang}.json`);
  return { schema: out, problems };
}

function replacePlaceholders(value, map) {
  if (typeof value === 'string') {
    return value.replace(PLACEHOLDER, (whole, n, text) => (Object.hasOwn(map, text) ? `\${${n}:${map[text]}}` : whole));
  }
  if (Array.isArray(value)) return value.map((v) => replacePlaceholders(v, map));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replacePlaceholders(v, map)]));
  return value;
}

/** The file text of a generated schema (stable formatting, trailing newline). */
export function formatSchema(schema) {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

export const FILES = {
  english: join('schemas', 'strategy.schema.json'),
  translations: (lang) => join('schemas', 'i18n', `${lang}.json`),
  output: (lang) => join('schemas', `strategy.schema.${lang}.json`),
};

/** The post file's front matter schema, translated the same way (skipped in a checkout without it). */
export const POST_FILES = {
  english: join('schemas', 'post.schema.json'),
  translations: (lang) => join('schemas', 'i18n', `post.${lang}.json`),
  output: (lang) => join('schemas', `post.schema.${lang}.json`),
};

/** Read the sources under `root` and build the localized schema in memory. */
export async function generateLocalizedSchema(root, lang = 'fr', files = FILES) {
  const english = JSON.parse(await readFile(join(root, files.english), 'utf8'));
  const translations = JSON.parse(await readFile(join(root, files.translations(lang)), 'utf8'));
  const result = localizeSchema(english, translations, { lang });
  return { ...result, text: result.schema ? formatSchema(result.schema) : null };
}

async function exists(path) {
  return readFile(path).then(() => true, () => false);
}

async function localizeOne(root, files, check, lang) {
  const { text, problems } = await generateLocalizedSchema(root, lang, files);
  if (!text) {
    process.stderr.write(`${files.translations(lang)} does not match ${files.english} (${problems.length} problem(s)):\n`);
    for (const p of problems) process.stderr.write(`  ${p}\n`);
    process.stderr.write(`Add or fix the French texts at these JSON Pointers in ${files.translations(lang)}, then run npm run schema:fr.\n`);
    return 1;
  }
  const path = join(root, files.output(lang));
  const old = await readFile(path, 'utf8').catch(() => null);
  if (check) {
    if (old === text) return 0;
    process.stderr.write(`${files.output(lang)} is out of date: run npm run schema:fr and commit it.\n`);
    return 1;
  }
  if (old !== text) await writeFile(path, text);
  process.stderr.write(`${files.output(lang)} ${old === text ? 'is up to date' : 'written'}.\n`);
  return 0;
}

async function main(argv) {
  // --root DIR: work on another checkout (tests use a temporary copy).
  const rootAt = argv.indexOf('--root');
  const root = rootAt >= 0 && argv[rootAt + 1] ? argv[rootAt + 1] : join(fileURLToPath(import.meta.url), '..', '..');
  const check = argv.includes('--check');
  const lang = 'fr';
  let code = await localizeOne(root, FILES, check, lang);
  if (await exists(join(root, POST_FILES.english))) code = Math.max(code, await localizeOne(root, POST_FILES, check, lang));
  return code;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (error) => {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  });
}
