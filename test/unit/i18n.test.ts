// Every user-facing string exists in English and French, with the same placeholders.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { POST_RULES } from '../../src/rules/posts/index.js';
import { interpolate, langFromEnv, resolveLang, type Catalog } from '../../src/i18n/index.js';
import { joinList } from '../../src/i18n/intl.js';
import { ROOT } from '../helpers/cli.js';

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

function isCatalog(value: unknown): value is Catalog {
  return Boolean(value && typeof value === 'object' && 'en' in value && 'fr' in value);
}

async function allCatalogs(): Promise<[string, Catalog][]> {
  const found: [string, Catalog][] = [];
  const dir = join(ROOT, 'src', 'i18n');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
    const module = (await import(join(dir, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) if (isCatalog(value)) found.push([`${file}:${name}`, value]);
  }
  for (const rule of RULES) found.push([`rule ${rule.id}`, rule.messages as Catalog]);
  for (const rule of POST_RULES) found.push([`post rule ${rule.id}`, rule.messages as Catalog]);
  return found;
}

describe('message catalogs', () => {
  it('finds the catalogs', async () => {
    const catalogs = await allCatalogs();
    expect(catalogs.map(([name]) => name)).toContain('core.ts:coreCatalog');
    expect(catalogs.length).toBeGreaterThan(RULES.length);
  });

  it('has every key in both languages, non-empty, with the same placeholders', async () => {
    const problems: string[] = [];
    for (const [name, catalog] of await allCatalogs()) {
      const keys = new Set([...Object.keys(catalog.en), ...Object.keys(catalog.fr)]);
      for (const key of keys) {
        const en = (catalog.en as Record<string, string>)[key];
        const fr = (catalog.fr as Record<string, string>)[key];
        if (typeof en !== 'string' || en.trim() === '') problems.push(`${name}: "${key}" missing in en`);
        else if (typeof fr !== 'string' || fr.trim() === '') problems.push(`${name}: "${key}" missing in fr`);
        else if (placeholders(en).join() !== placeholders(fr).join()) problems.push(`${name}: "${key}" placeholders differ: ${placeholders(en)} vs ${placeholders(fr)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives every rule a rationale and a fix', () => {
    for (const rule of RULES) {
      expect(rule.messages.en.rationale, rule.id).toBeTruthy();
      expect(rule.messages.en.fix, rule.id).toBeTruthy();
    }
  });
});

describe('language resolution', () => {
  it.each([
    ['flag wins', 'fr', 'en', { LANG: 'en_US.UTF-8' }, 'fr'],
    ['then the strategy', undefined, 'fr', { LANG: 'en_US.UTF-8' }, 'fr'],
    ['then LC_ALL', undefined, undefined, { LC_ALL: 'fr_CA.UTF-8', LANG: 'en_US.UTF-8' }, 'fr'],
    ['then LANG', undefined, undefined, { LANG: 'fr_FR.UTF-8' }, 'fr'],
    ['C locale is skipped', undefined, undefined, { LC_ALL: 'C', LANG: 'fr_CA.UTF-8' }, 'fr'],
    ['English by default', undefined, undefined, {}, 'en'],
    ['an unknown strategy language is ignored', undefined, 'de', { LANG: 'fr_CA' }, 'fr'],
  ] as const)('%s', (_name, flag, strategyLang, env, expected) => {
    expect(resolveLang(flag, strategyLang, env as NodeJS.ProcessEnv)).toBe(expected);
  });

  it('reads no language from an empty environment', () => {
    expect(langFromEnv({})).toBeUndefined();
  });

  it('interpolates placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('joins lists the way each language does', () => {
    expect(joinList(['a', 'b', 'c'], 'en', 'or')).toBe('a, b, or c');
    expect(joinList(['a', 'b', 'c'], 'fr', 'or')).toBe('a, b ou c');
  });
});
