import { frenchTypography } from './typography.js';

// Message catalogs: every user-facing word lives in a catalog with an English and a French side.
// Catalogs are split by area (core, rules, brief, wizard...) so each stays small; a test checks
// that both languages have exactly the same keys and placeholders.
import { codeSpan } from '../text/markdown.js';

export type Lang = 'en' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'fr'];

/** Environment variables; a plain record so the library's types do not need @types/node. */
export type Env = Record<string, string | undefined>;

export type Params = Record<string, string | number>;

export interface Catalog<K extends string = string> {
  en: Record<K, string>;
  fr: Record<K, string>;
}

/** Declare a catalog; the French side must have every English key (checked by the type system). */
export function defineCatalog<const K extends string>(catalog: { en: Record<K, string>; fr: Record<K, string> }): Catalog<K> {
  return catalog;
}

/**
 * Replace `{name}` placeholders; a missing parameter is left visible rather than hidden. A value
 * quoted as code in the template (`` `{name}` ``) gets a fence longer than any backtick run in it,
 * as CommonMark allows, so a user's key holding a backtick cannot end its code span early.
 */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/`\{(\w+)\}`|\{(\w+)\}/g, (whole, quoted: string | undefined, plain: string | undefined) => {
    const name = (quoted ?? plain)!;
    if (!(name in params)) return whole;
    const value = String(params[name]);
    return quoted === undefined ? value : value.includes('`') ? codeSpan(value) : `\`${value}\``;
  });
}

export type Translate<K extends string> = (key: K, params?: Params) => string;

export function translator<K extends string>(catalog: Catalog<K>, lang: Lang): Translate<K> {
  const table = catalog[lang];
  if (lang !== 'fr') return (key, params) => interpolate(table[key], params);
  // French texts get French spacing once per key (keys ending in `Default` hold `a; b` lists).
  const spaced = new Map<K, string>();
  return (key, params) => {
    let text = spaced.get(key);
    if (text === undefined) spaced.set(key, (text = frenchTypography(table[key], key.endsWith('Default'))));
    return interpolate(text, params);
  };
}

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'fr';
}

/** Language of the environment: LC_ALL, then LC_MESSAGES, then LANG (`fr_CA.UTF-8` is French). */
export function langFromEnv(env: Env = process.env): Lang | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (!value || value === 'C' || value === 'POSIX') continue;
    return value.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  }
  return undefined;
}

/** The product's rule: `--lang`, then the strategy's language, then the environment, then English. */
export function resolveLang(flag?: string, strategyLang?: unknown, env: Env = process.env): Lang {
  if (isLang(flag)) return flag;
  if (isLang(strategyLang)) return strategyLang;
  return langFromEnv(env) ?? 'en';
}

export { joinList } from './intl.js';

/** `key.one` or `key.other` by the language's plural rules (French: 0 and 1 are singular). */
export function pluralKey<const K extends string>(key: K, count: number, lang: Lang): `${K}.one` | `${K}.other` {
  return new Intl.PluralRules(lang === 'fr' ? 'fr-CA' : 'en').select(count) === 'one' ? `${key}.one` : `${key}.other`;
}
