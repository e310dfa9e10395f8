import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configResolver, findConfig, levelFor } from '../../../src/config/index.js';
import { parseConfig } from '../../../src/config/parse.js';
import { compileGlob, globProblem, matchesGlob } from '../../../src/config/glob.js';
import { InputError } from '../../../src/errors.js';
import { translator } from '../../../src/i18n/index.js';
import { rulesCatalog } from '../../../src/i18n/rules.js';

const t = translator(rulesCatalog, 'en');
const KNOWN = ['community/response-time', 'objectives/baseline'];
const parse = (text: string) => parseConfig(text, '/p/.planrc.yaml', '.planrc.yaml', KNOWN, t);

describe('matchesGlob', () => {
  it.each([
    ['a.yaml', '*.yaml', true],
    ['deep/down/a.yaml', '*.yaml', true],
    ['campaigns/a.yaml', 'campaigns/*.yaml', true],
    ['campaigns/x/a.yaml', 'campaigns/*.yaml', false],
    ['campaigns/x/a.yaml', 'campaigns/**/*.yaml', true],
    ['campaigns/a.yaml', 'campaigns/**/*.yaml', true],
    ['a.yml', '*.{yaml,yml}', true],
    ['a.json', '*.{yaml,yml}', false],
    ['b1.yaml', 'b?.yaml', true],
    ['./drafts/x.yaml', 'drafts/**', true],
  ])('%s ~ %s: %s', (path, glob, expected) => {
    expect(matchesGlob(path, glob)).toBe(expected);
  });

  it('takes regular-expression characters literally', () => {
    expect(compileGlob('a+b.yaml')('a+b.yaml')).toBe(true);
    expect(compileGlob('a+b.yaml')('aab.yaml')).toBe(false);
  });

  it.each([
    ['{a', { column: 1, char: '{', kind: 'unclosed' }],
    ['x/{a,b', { column: 3, char: '{', kind: 'unclosed' }],
    ['[ab', { column: 1, char: '[', kind: 'unclosed' }],
    ['a}', { column: 2, char: '}', kind: 'unopened' }],
    ['@(a|b', { column: 2, char: '(', kind: 'unclosed' }],
    ['\\{a', undefined],
    ['{a,b}/[!x]*.yaml', undefined],
  ])('globProblem(%j)', (glob, expected) => {
    expect(globProblem(glob)).toEqual(expected);
  });

});

describe('parseConfig', () => {
  it('reads rules and overrides', () => {
    const config = parse('rules:\n  objectives/baseline: off\n  schema/required: warn\noverrides:\n  - files: ["drafts/**"]\n    rules: { community/response-time: info }\n');
    expect([...config.rules]).toEqual([['objectives/baseline', 'off'], ['schema/required', 'warn']]);
    expect(levelFor(config, 'community/response-time', '/p/drafts/a.yaml')).toBe('info');
    expect(levelFor(config, 'community/response-time', '/p/final/a.yaml')).toBeUndefined();
    expect(levelFor(config, 'objectives/baseline', '/p/drafts/a.yaml')).toBe('off');
    expect(levelFor(config, 'community/response-time', undefined)).toBeUndefined();
  });

  it('accepts an empty file', () => {
    expect(parse('# nothing yet\n').rules.size).toBe(0);
    expect(parse('# nothing yet\n').files).toBeUndefined();
  });

  it('reads files: as a list, or one name', () => {
    expect(parse('files: [strategy.yaml, "campaigns/*.strategy.yaml"]\n').files).toEqual(['strategy.yaml', 'campaigns/*.strategy.yaml']);
    expect(parse('files: plans/\n').files).toEqual(['plans/']);
  });

  it.each([
    ['unknown rule, with a suggestion', 'rules:\n  community/respons-time: off\n', /^\.planrc\.yaml:2: unknown rule `community\/respons-time`\. Did you mean `community\/response-time`\?/],
    ['bad severity', 'rules:\n  objectives/baseline: warning\n', /^\.planrc\.yaml:2: `warning` is not a severity/],
    ['unknown top-level key', 'rule:\n  objectives/baseline: off\n', /^\.planrc\.yaml:1: unknown key `rule`\. Did you mean `rules`\?/],
    ['override without files', 'overrides:\n  - rules: { objectives/baseline: off }\n', /^\.planrc\.yaml:2: each override needs `files:`/],
    ['overrides not a list', 'overrides: yes\n', /^\.planrc\.yaml:1: `overrides` must be a list/],
    ['rules not a map', 'rules: [a]\n', /^\.planrc\.yaml:1: `rules` must map/],
    ['not YAML', 'rules: [\n', /^\.planrc\.yaml:1: this is not valid YAML/],
    ['an unclosed list, at its bracket', 'rules:\n  foo: [bar\n', /^\.planrc\.yaml:2: this is not valid YAML\. A list or map written between/],
    ['an unclosed quote, where it opens', 'rules:\n  a: off\n  b: "off\n\n', /^\.planrc\.yaml:3: this is not valid YAML\. The quote opened here is never closed/],
    ['not a map', '- a\n', /^\.planrc\.yaml:1: the configuration must be a map/],
    ['files: a number', 'files: 3\n', /^\.planrc\.yaml:1: `files:` is a list of strategy files or globs/],
    ['files: an empty name', 'files:\n  - a.yaml\n  - ""\n', /^\.planrc\.yaml:3: `files:` is a list/],
    ['a typo of files', 'file: [a.yaml]\n', /^\.planrc\.yaml:1: unknown key `file`\. Did you mean `files`\?/],
  ])('rejects %s with file:line', (_name, text, message) => {
    let error: unknown;
    try {
      parse(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
  });
});

describe('a .planrc.yaml that is not YAML', () => {
  it.each([
    ['en', /^\.planrc\.yaml:2: this is not valid YAML\. .*The value holds `: `; put the whole value in quotes, for example `objectives\/baseline: "off: now"`\.$/],
    ['fr', /^\.planrc\.yaml:2\u202f: ce n’est pas du YAML valide\. .*La valeur contient `: `\u202f; mettez toute la valeur entre guillemets/],
  ] as const)('says what to fix in %s, with no English from the parser in French', (lang, message) => {
    let error: unknown;
    try {
      parseConfig('rules:\n  objectives/baseline: off: now\n', '/r/.planrc.yaml', '.planrc.yaml', KNOWN, translator(rulesCatalog, lang), lang);
    } catch (e) {
      error = e;
    }
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toMatch(/Nested mappings|compact/);
  });
});

describe('finding the config', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'plan-config-'));
    await mkdir(join(dir, 'a', 'b'), { recursive: true });
    await writeFile(join(dir, '.planrc.yaml'), 'rules:\n  objectives/baseline: off\n');
    await writeFile(join(dir, 'a', 'b', '.planrc.yml'), 'rules:\n  objectives/baseline: error\n');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('walks up to the nearest one', async () => {
    expect(await findConfig(join(dir, 'a'))).toBe(join(dir, '.planrc.yaml'));
    expect(await findConfig(join(dir, 'a', 'b'))).toBe(join(dir, 'a', 'b', '.planrc.yml'));
  });

  it('resolves per file, or uses --config for all', async () => {
    const nearest = configResolver(dir, undefined, KNOWN, t);
    expect(levelFor((await nearest(join(dir, 'a', 's.yaml')))!, 'objectives/baseline', undefined)).toBe('off');
    expect(levelFor((await nearest(join(dir, 'a', 'b', 's.yaml')))!, 'objectives/baseline', undefined)).toBe('error');
    const explicit = configResolver(dir, '.planrc.yaml', KNOWN, t);
    expect(levelFor((await explicit(join(dir, 'a', 'b', 's.yaml')))!, 'objectives/baseline', undefined)).toBe('off');
    await expect(configResolver(dir, 'missing.yaml', KNOWN, t)(undefined)).rejects.toThrow(/missing\.yaml: no such file/);
  });
});
