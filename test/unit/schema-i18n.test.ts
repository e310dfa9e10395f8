// The French editor schema (schemas/strategy.schema.fr.json) is the English schema with French texts
// from schemas/i18n/fr.json: these tests keep it complete, up to date, in Québec typography, and
// validating exactly like the English one.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';
import { Ajv, type ErrorObject } from 'ajv';
import formatsPlugin from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

type Node = Record<string, unknown>;
type Text = { pointer: string; field: string; text: unknown };
type Placeholder = { text: string; free: boolean; path: string };
type I18n = {
  TEXT_FIELDS: string[];
  ENUM_TEXT_FIELDS: string[];
  translatableTexts(schema: unknown): Text[];
  localizeSchema(english: unknown, translations: unknown, options?: { lang?: string }): { schema: Node | null; problems: string[] };
  generateLocalizedSchema(root: string, lang?: string): Promise<{ schema: Node | null; problems: string[]; text: string | null }>;
  resolvePointer(root: unknown, pointer: string): unknown;
  schemaNodes(schema: unknown): Iterable<[string, Node]>;
  snippetPlaceholders(root: unknown, node: unknown, body: unknown): Placeholder[];
};

const i18n = (await import(pathToFileURL(join(ROOT, 'scripts', 'schema-i18n.mjs')).href)) as I18n;
const { EDITOR_KEYWORDS } = (await import(pathToFileURL(join(ROOT, 'scripts', 'generate.mjs')).href)) as { EDITOR_KEYWORDS: string[] };

const readJson = async (...path: string[]) => JSON.parse(await readFile(join(ROOT, ...path), 'utf8')) as Node;
const english = await readJson('schemas', 'strategy.schema.json');
const translations = await readJson('schemas', 'i18n', 'fr.json');
const committedText = await readFile(join(ROOT, 'schemas', 'strategy.schema.fr.json'), 'utf8');
const french = JSON.parse(committedText) as Node;

/**
 * French texts that are right to be the same as the English: proper nouns, IANA time zones, a
 * product name and a symbol. Everything else must read differently in French.
 */
const SAME_IN_FRENCH = new Set([
  'Date',
  'Café Boréal',
  'Julie Tremblay',
  '@cafe.boreal',
  'America/Toronto',
  'America/Vancouver',
  'Europe/Paris',
  '["Limoilou","Saint-Roch"]',
  'Meta Business Suite',
  '%',
  // date-holidays' rule syntax is English in every language, and "Note" is the same word.
  '12-24',
  '2nd sunday in May',
  'easter -2',
  'Note',
]);

/** The French text of one translatable English text, as written in fr.json (undefined if absent). */
function frenchOf({ pointer, field }: Text): unknown {
  const entry = translations[pointer];
  if (entry === undefined) return undefined;
  const m = /^(defaultSnippets\/\d+\/placeholders)\/(.*)$/s.exec(field);
  // A placeholder key is the English text itself and may contain a slash (America/Toronto).
  if (m) return (i18n.resolvePointer(entry, `/${m[1]}`) as Record<string, unknown> | undefined)?.[m[2]!];
  return i18n.resolvePointer(entry, `/${field}`);
}

const texts = i18n.translatableTexts(english);
const where = ({ pointer, field }: Text) => `${pointer || '(root)'} ${field}`;

describe('schemas/strategy.schema.fr.json', () => {
  it('is up to date with the English schema and fr.json (npm run schema:fr)', async () => {
    const { text, problems } = await i18n.generateLocalizedSchema(ROOT, 'fr');
    expect(problems).toEqual([]);
    expect(text).toBe(committedText);
  });

  it('has its own $id, next to the English one', () => {
    expect(french.$id).not.toBe(english.$id);
    expect(french.$id).toBe(String(english.$id).replace(/\.json$/, '.fr.json'));
    expect(french.$schema).toBe(english.$schema);
  });

  it('has a French text for every English text (titles, descriptions, choices, snippets, prose examples)', () => {
    // Guards the walk itself: a walk that found nothing would make the checks below vacuous.
    expect(texts.length).toBeGreaterThan(500);
    for (const field of ['title', 'markdownDescription', 'enumDescriptions/0', 'defaultSnippets/0/label', 'examples/0']) {
      expect(texts.some((t) => t.field === field), field).toBe(true);
    }
    expect(texts.some((t) => t.field.includes('/placeholders/'))).toBe(true);
    const missing = texts.filter((t) => frenchOf(t) === undefined).map(where);
    expect(missing).toEqual([]);
  });

  it('differs from the English everywhere except proper nouns and words spelled the same', () => {
    const same = texts
      .filter((t) => JSON.stringify(frenchOf(t)) === JSON.stringify(t.text))
      .filter((t) => !SAME_IN_FRENCH.has(typeof t.text === 'string' ? t.text : JSON.stringify(t.text)))
      .map(where);
    expect(same).toEqual([]);
    // The allowlist holds only texts that exist: a stale one would hide nothing but mislead.
    const englishTexts = new Set(texts.map((t) => (typeof t.text === 'string' ? t.text : JSON.stringify(t.text))));
    expect([...SAME_IN_FRENCH].filter((s) => !englishTexts.has(s))).toEqual([]);
  });

  it('follows Québec typography: no-break space before the colon and inside « », typographic apostrophe', () => {
    const bad: string[] = [];
    for (const t of texts) {
      const fr = frenchOf(t);
      for (const s of (Array.isArray(fr) ? fr.flat() : [fr]) as string[]) {
        // Code (`...`) and YAML flow maps ({ posts: 4 }) keep their own punctuation.
        const prose = s.replace(/`[^`]*`/g, '').replace(/\{[^}]*\}/g, '');
        if (/[^\u00a0]:(\s|$)/.test(prose)) bad.push(`${where(t)}: colon`);
        if (/«(?!\u00a0)|(?<!\u00a0)»/.test(prose)) bad.push(`${where(t)}: guillemets`);
        if (/['"]/.test(prose)) bad.push(`${where(t)}: straight quote or apostrophe`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('keeps every key, choice and command named in backticks', () => {
    // Names a user types (keys, enum values) and commands must survive translation; sample values
    // (`young-parents`, `YYYY-MM-DD`) may become French ones.
    const names = new Set<string>();
    for (const [, node] of i18n.schemaNodes(english)) {
      for (const key of Object.keys((node.properties as Node | undefined) ?? {})) names.add(key);
      for (const value of (node.enum as unknown[] | undefined) ?? []) names.add(String(value));
    }
    const missing: string[] = [];
    for (const t of texts.filter((x) => /^markdown/.test(x.field))) {
      const spans = (s: string) => [...s.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
      const fr = new Set(spans(String(frenchOf(t))));
      for (const span of spans(String(t.text))) {
        if ((names.has(span) || span.startsWith('plan ') || span.includes('.')) && !fr.has(span)) missing.push(`${where(t)}: \`${span}\``);
      }
    }
    expect(missing).toEqual([]);
  });

  it('is the English schema once texts are set aside: same keywords, same snippet bodies apart from free-text placeholders', () => {
    const blank = (body: unknown): unknown => JSON.parse(JSON.stringify(body).replace(/\$\{(\d+):[^}]*\}/g, '${$1}'));
    const strip = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(strip);
      if (!node || typeof node !== 'object') return node;
      const out: Node = {};
      for (const [key, value] of Object.entries(node)) {
        if (['$id', 'examples', ...i18n.TEXT_FIELDS, ...i18n.ENUM_TEXT_FIELDS].includes(key)) continue;
        if (key === 'defaultSnippets') out[key] = (value as Node[]).map((snippet) => ({ body: blank(snippet.body) }));
        // Maps of names to subschemas: a property may be called `description` or `examples`.
        else if (key === 'properties' || key === 'definitions') out[key] = Object.fromEntries(Object.entries(value as Node).map(([k, v]) => [k, strip(v)]));
        else if (['enum', 'const', 'default', 'required'].includes(key)) out[key] = value;
        else out[key] = strip(value);
      }
      return out;
    };
    expect(strip(french)).toEqual(strip(english));
    // The comparison sees the validation keywords and nested properties (it is not comparing two empty shells).
    const stripped = JSON.stringify(strip(english));
    for (const keyword of ['"pattern"', '"enum"', '"additionalProperties"', '"delete_only_for"', '"body"']) expect(stripped).toContain(keyword);

    // Placeholders the schema checks (enum values, ids, dates, numbers) are never translated.
    for (const [pointer, node] of i18n.schemaNodes(english)) {
      const frNode = i18n.resolvePointer(french, pointer) as Node;
      ((node.defaultSnippets as Node[] | undefined) ?? []).forEach((snippet, index) => {
        const en = i18n.snippetPlaceholders(english, node, snippet.body);
        const fr = i18n.snippetPlaceholders(english, node, (frNode.defaultSnippets as Node[])[index]!.body);
        expect(fr.map((p) => [p.path, p.free])).toEqual(en.map((p) => [p.path, p.free]));
        en.forEach((p, i) => { if (!p.free) expect(fr[i]!.text, `${pointer} ${p.path}`).toBe(p.text); });
      });
    }
  });

  it('accepts and rejects exactly what the English schema does, with the same errors', async () => {
    const validator = (schema: Node) => {
      const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
      ajv.addVocabulary(EDITOR_KEYWORDS);
      const addFormats = ((formatsPlugin as unknown as { default?: typeof formatsPlugin }).default ?? formatsPlugin) as unknown as (a: Ajv, f: string[]) => void;
      addFormats(ajv, ['date', 'time', 'uri']);
      return ajv.compile(schema);
    };
    const validateEn = validator(english);
    const validateFr = validator(french);
    const outcome = (validate: ReturnType<typeof validator>, data: unknown) => {
      const ok = validate(data);
      return { ok, errors: (validate.errors ?? []).map((e: ErrorObject) => [e.instancePath, e.schemaPath, e.keyword, e.params]) };
    };

    const files = [
      ...(await readdir(join(ROOT, 'examples'))).filter((f) => f.endsWith('.strategy.yaml')).map((f) => join('examples', f)),
      ...(await readdir(join(ROOT, 'examples', 'invalid'))).filter((f) => f.endsWith('.yaml.invalid')).map((f) => join('examples', 'invalid', f)),
    ];
    expect(files.filter((f) => f.endsWith('.strategy.yaml')).length).toBeGreaterThanOrEqual(4);
    let valid = 0;
    let invalid = 0;
    for (const file of files) {
      let data: unknown;
      try {
        data = parse(await readFile(join(ROOT, file), 'utf8'));
      } catch {
        continue; // YAML that does not parse never reaches the schema.
      }
      const en = outcome(validateEn, data);
      expect(outcome(validateFr, data), file).toEqual(en);
      if (en.ok) valid += 1;
      else invalid += 1;
    }
    // Both outcomes occur, so the comparison covers acceptance and rejection.
    expect(valid).toBeGreaterThanOrEqual(4);
    expect(invalid).toBeGreaterThanOrEqual(3);
  });
});

describe('localizeSchema (table)', () => {
  const base = {
    $id: 'https://example.test/s.json',
    title: 'Root',
    type: 'object',
    properties: {
      mode: { title: 'Mode', type: 'string', enum: ['a', 'b'], enumDescriptions: ['First.', 'Second.'] },
      note: { title: 'Note', type: 'string', examples: ['Hello there'] },
      id: { title: 'Id', type: 'string', pattern: '^[a-z]+$', examples: ['abc'] },
    },
    defaultSnippets: [{ label: 'All', body: { mode: '${1:a}', note: '${2:Say hi}', id: '${3:abc}' } }],
  };
  const complete = {
    '': { title: 'Racine', defaultSnippets: [{ label: 'Tout', placeholders: { 'Say hi': 'Dites bonjour' } }] },
    '/properties/mode': { title: 'Mode de jeu', enumDescriptions: ['Premier.', 'Deuxième.'] },
    '/properties/note': { title: 'Remarque', examples: ['Bonjour'] },
    '/properties/id': { title: 'Identifiant' },
  };
  const edit = (change: (t: Record<string, Node>) => void) => {
    const t = structuredClone(complete) as unknown as Record<string, Node>;
    change(t);
    return t;
  };

  it('overlays French texts, renames $id and leaves values, ids and checked placeholders alone', () => {
    const { schema, problems } = i18n.localizeSchema(base, complete);
    expect(problems).toEqual([]);
    expect(schema).toMatchObject({
      $id: 'https://example.test/s.fr.json',
      title: 'Racine',
      properties: {
        mode: { title: 'Mode de jeu', enum: ['a', 'b'], enumDescriptions: ['Premier.', 'Deuxième.'] },
        note: { examples: ['Bonjour'] },
        id: { pattern: '^[a-z]+$', examples: ['abc'] },
      },
      defaultSnippets: [{ label: 'Tout', body: { mode: '${1:a}', note: '${2:Dites bonjour}', id: '${3:abc}' } }],
    });
    expect(base.title).toBe('Root'); // the input is not modified
  });

  it.each([
    ['a missing node', (t: Record<string, Node>) => { delete t['/properties/id']; }, '/properties/id: no French for title'],
    ['a missing enum text', (t: Record<string, Node>) => { t['/properties/mode']!.enumDescriptions = ['Premier.']; }, '/properties/mode: "enumDescriptions" must have 2 texts'],
    ['a missing snippet label', (t: Record<string, Node>) => { t['']!.defaultSnippets = [{ placeholders: { 'Say hi': 'Salut' } }]; }, '(root): no French for defaultSnippets/0/label'],
    ['a missing free-text placeholder', (t: Record<string, Node>) => { t['']!.defaultSnippets = [{ label: 'Tout' }]; }, '(root): no French for defaultSnippets/0/placeholders/Say hi'],
    ['a missing prose example', (t: Record<string, Node>) => { delete t['/properties/note']!.examples; }, '/properties/note: no French for examples/0'],
    ['a node that is gone', (t: Record<string, Node>) => { t['/properties/gone'] = { title: 'Parti' }; }, '/properties/gone: no such node in the English schema'],
    ['a text the node does not have', (t: Record<string, Node>) => { t['/properties/id']!.description = 'Texte'; }, '/properties/id: "description" does not exist in the English schema'],
    ['a snippet that is gone', (t: Record<string, Node>) => { (t['']!.defaultSnippets as Node[]).push({ label: 'Autre' }); }, '(root) defaultSnippets/1: no such snippet'],
    ['a translated enum placeholder', (t: Record<string, Node>) => { t['']!.defaultSnippets = [{ label: 'Tout', placeholders: { 'Say hi': 'Salut', a: 'b' } }]; }, 'placeholder "a" is a value the schema checks'],
    ['a translated id example', (t: Record<string, Node>) => { t['/properties/id']!.examples = ['abc']; }, '/properties/id: these examples are values'],
    ['a placeholder that breaks YAML', (t: Record<string, Node>) => { t['']!.defaultSnippets = [{ label: 'Tout', placeholders: { 'Say hi': 'Note : salut' } }]; }, 'placeholder "Say hi" needs a French text'],
    ['an empty text', (t: Record<string, Node>) => { t['/properties/note']!.title = ' '; }, '/properties/note: "title" must be a non-empty text'],
    ['an unknown field', (t: Record<string, Node>) => { t['/properties/note']!.titel = 'Remarque'; }, '/properties/note: unknown field "titel"'],
  ])('fails on %s', (_name, change, expected) => {
    const { schema, problems } = i18n.localizeSchema(base, edit(change));
    expect(schema).toBeNull();
    expect(problems.join('\n')).toContain(expected);
  });
});

describe('npm run schema:fr (the script, spawned on a temporary copy)', () => {
  const run = async (fr: Node) => {
    const dir = await mkdtemp(join(tmpdir(), 'plan-schema-i18n-'));
    try {
      await mkdir(join(dir, 'schemas', 'i18n'), { recursive: true });
      await writeFile(join(dir, 'schemas', 'strategy.schema.json'), JSON.stringify(english));
      await writeFile(join(dir, 'schemas', 'i18n', 'fr.json'), JSON.stringify(fr));
      const result = await promisify(execFile)(process.execPath, [join(ROOT, 'scripts', 'schema-i18n.mjs'), '--root', dir])
        .then(({ stderr }) => ({ code: 0, stderr }), (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }));
      const written = await readFile(join(dir, 'schemas', 'strategy.schema.fr.json'), 'utf8').catch(() => null);
      return { ...result, written };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };

  it('writes the French schema when every text has its French', async () => {
    const { code, written } = await run(translations);
    expect(code).toBe(0);
    expect(written).toBe(committedText);
  });

  it('exits 1 and lists the pointers when a French text is missing or stale, writing nothing', async () => {
    const broken = structuredClone(translations);
    delete broken['/definitions/tone/properties/emoji'];
    broken['/definitions/tone/properties/gone'] = { title: 'Parti' };
    const { code, stderr, written } = await run(broken);
    expect(code).toBe(1);
    expect(stderr).toContain('/definitions/tone/properties/emoji: no French for title');
    expect(stderr).toContain('/definitions/tone/properties/gone: no such node');
    expect(stderr).toContain('npm run schema:fr');
    expect(written).toBeNull();
  });
});

describe('schemas/post.schema.fr.json (the post front matter, translated the same way)', async () => {
  const files = (await import(pathToFileURL(join(ROOT, 'scripts', 'schema-i18n.mjs')).href)) as { POST_FILES: unknown };
  const generate = i18n.generateLocalizedSchema as (root: string, lang: string, files: unknown) => Promise<{ problems: string[]; text: string | null }>;

  it('is up to date with the English post schema and post.fr.json (npm run schema:fr)', async () => {
    const { text, problems } = await generate(ROOT, 'fr', files.POST_FILES);
    expect(problems).toEqual([]);
    expect(text).toBe(await readFile(join(ROOT, 'schemas', 'post.schema.fr.json'), 'utf8'));
  });

  it('follows Québec typography in every French text', async () => {
    const postFrench = await readJson('schemas', 'post.schema.fr.json');
    const bad: string[] = [];
    for (const { pointer, field, text } of i18n.translatableTexts(postFrench)) {
      if (typeof text !== 'string') continue;
      const prose = text.replace(/`[^`]*`/g, '');
      if (/[^\u00a0]:(\s|$)/.test(prose)) bad.push(`${pointer} ${field}: colon`);
      if (/['"]/.test(prose)) bad.push(`${pointer} ${field}: straight quote or apostrophe`);
    }
    expect(bad).toEqual([]);
  });
});
