// The strategy schema is read by people (editor hover, completion) as much as by the validator:
// these tests keep it documented, closed to typos, and its editor snippets valid.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import formatsPlugin from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import schema from '../../schemas/strategy.schema.json' with { type: 'json' };

const ROOT = join(import.meta.dirname, '..', '..');
const ID = 'https://raw.githubusercontent.com/social-plan/social-plan/main/schemas/strategy.schema.json';

type Node = Record<string, unknown>;

/** Every sub-schema with its JSON pointer. */
function* walk(node: unknown, pointer = '#'): Generator<[string, Node]> {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return;
  yield [pointer, node as Node];
  const n = node as Node;
  for (const key of ['properties', 'definitions'] as const) {
    const children = n[key] as Record<string, unknown> | undefined;
    for (const [name, child] of Object.entries(children ?? {})) yield* walk(child, `${pointer}/${key}/${name}`);
  }
  if (n.items) yield* walk(n.items, `${pointer}/items`);
}

function at(pointer: string): Node {
  let node: unknown = schema;
  for (const seg of pointer.replace(/^#\/?/, '').split('/').filter(Boolean)) node = (node as Node)[seg];
  return node as Node;
}

/** A property documents itself, or is a bare `$ref` to a definition that does. */
function documented(node: Node): Node {
  return Object.keys(node).length === 1 && typeof node.$ref === 'string' ? at(node.$ref) : node;
}

/** Snippet body to the data a user gets when accepting every placeholder's default. */
function expand(body: unknown): unknown {
  if (typeof body === 'string') {
    const text = body.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
    return text.startsWith('^') ? JSON.parse(text.slice(1)) : text;
  }
  if (Array.isArray(body)) return body.map(expand);
  if (body && typeof body === 'object') return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, expand(v)]));
  return body;
}

const nodes = [...walk(schema)];
const properties = nodes.filter(([pointer]) => /\/properties\/[^/]+$/.test(pointer));

describe('strategy schema: format', () => {
  it('is draft-07 with its stable $id', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toBe(ID);
  });

  it.each(properties)('%s has a title, a description and a markdownDescription', (_pointer, node) => {
    const doc = documented(node);
    expect(typeof doc.title).toBe('string');
    expect(String(doc.description).length).toBeGreaterThan(10);
    expect(String(doc.markdownDescription).length).toBeGreaterThan(10);
    // The plain description is for tools that do not render Markdown.
    expect(String(doc.description)).not.toMatch(/`|\*\*/);
  });

  it.each(nodes.filter(([, node]) => node.type === 'object' || node.properties))('%s is closed to unknown keys', (_pointer, node) => {
    expect(node.additionalProperties).toBe(false);
  });

  it.each(nodes.filter(([, node]) => Array.isArray(node.enum)))('%s documents each of its values', (_pointer, node) => {
    const values = node.enum as unknown[];
    expect((node.enumDescriptions as string[]).length).toBe(values.length);
    expect((node.markdownEnumDescriptions as string[]).length).toBe(values.length);
    // Values stay a plain enum (not oneOf/const), so that validation errors stay one line.
    expect(node.oneOf).toBeUndefined();
  });
});

describe('strategy schema: editor snippets', async () => {
  const { EDITOR_KEYWORDS } = (await import(pathToFileURL(join(ROOT, 'scripts', 'generate.mjs')).href)) as { EDITOR_KEYWORDS: string[] };
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  ajv.addVocabulary(EDITOR_KEYWORDS);
  // ajv-formats is CommonJS: its default export arrives wrapped under NodeNext typing.
  const addFormats = ((formatsPlugin as unknown as { default?: typeof formatsPlugin }).default ?? formatsPlugin) as unknown as (a: Ajv, f: string[]) => void;
  addFormats(ajv, ['date', 'time', 'uri']);
  ajv.addSchema(schema);
  const withSnippets = nodes.filter(([, node]) => Array.isArray(node.defaultSnippets));

  it('offers a whole section, platform entry, persona, pillar, objective and crisis tier', () => {
    const pointers = withSnippets.map(([pointer]) => pointer);
    for (const name of ['organization', 'platform', 'audience', 'editorialLine', 'pillar', 'objective', 'community', 'crisis', 'crisisTier', 'policy', 'measurement']) {
      expect(pointers).toContain(`#/definitions/${name}`);
    }
    expect(pointers).toContain('#');
  });

  it.each(withSnippets)('%s: every snippet, accepted as is, is valid there', (pointer, node) => {
    const validate = ajv.getSchema(`${ID}${pointer}`);
    expect(validate).toBeTypeOf('function');
    for (const snippet of node.defaultSnippets as { label: string; description?: string; body: unknown }[]) {
      expect(snippet.label).toBeTruthy();
      const data = expand(snippet.body);
      const ok = validate!(data);
      expect(ok ? [] : validate!.errors, snippet.label).toEqual([]);
    }
  });

  it('gives examples that are valid values of their property', () => {
    const withExamples = nodes.filter(([, node]) => Array.isArray(node.examples));
    expect(withExamples.length).toBeGreaterThan(20);
    for (const [pointer, node] of withExamples) {
      const validate = ajv.getSchema(`${ID}${pointer}`)!;
      for (const example of node.examples as unknown[]) expect(validate(example), `${pointer}: ${JSON.stringify(example)}`).toBe(true);
    }
  });
});

describe('examples/', () => {
  it('holds at least four strategies, in both languages and in different contexts, each with the schema modeline', async () => {
    const files = (await readdir(join(ROOT, 'examples'))).filter((name) => name.endsWith('.strategy.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    const languages = new Set<string>();
    const contexts = new Set<string>();
    for (const file of files) {
      const text = await readFile(join(ROOT, 'examples', file), 'utf8');
      expect(text.split('\n')[0], file).toBe('# yaml-language-server: $schema=../schemas/strategy.schema.json');
      languages.add(/^ {2}language: (\w+)/m.exec(text)?.[1] ?? '');
      contexts.add(/^ {2}context: ([\w-]+)/m.exec(text)?.[1] ?? '');
    }
    expect([...languages].sort()).toEqual(['en', 'fr']);
    expect(contexts.size).toBe(files.length);
  });
});

describe('docs/editors.md', () => {
  it('gives a SchemaStore entry and VS Code settings that point at the schema $id', async () => {
    const text = await readFile(join(ROOT, 'docs', 'editors.md'), 'utf8');
    const blocks = [...text.matchAll(/```json\n([^]*?)```/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
    const entry = blocks.find((block) => 'fileMatch' in block) as { name: string; description: string; fileMatch: string[]; url: string };
    expect(entry.url).toBe(schema.$id);
    expect(entry.fileMatch).toEqual(['*.strategy.yaml', '*.strategy.yml']);
    expect(entry.name.length).toBeGreaterThan(0);
    const settings = blocks.find((block) => 'yaml.schemas' in block) as { 'yaml.schemas': Record<string, string[]> };
    expect(settings['yaml.schemas'][schema.$id]).toEqual(expect.arrayContaining(['*.strategy.yaml', '*.strategy.yml']));
  });
});
