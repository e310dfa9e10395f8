// Small pure helpers shared by the steps.
import { PLATFORMS, platformFacts, type PlatformFacts } from '../knowledge/index.js';
import type { Lang } from '../i18n/index.js';
import { shortId } from '../text/short-id.js';

export { shortId };

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : typeof value === 'number' ? String(value) : undefined;
}

export function strs(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out = value.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return out.length > 0 ? out : undefined;
}

/**
 * A list suggested by the catalog (`a; b; c`), each item trimmed: French spacing may have put a
 * narrow no-break space before a `;`, which must not end an item ("Nos nouvelles du mois\u202f").
 */
export function catalogList(text: string): string[] {
  return splitOn(text, ';');
}

/** "a; b ;c" on `;` → ["a", "b", "c"]: the items between one separator, trimmed, none empty. */
export function splitOn(text: string, separator: ',' | ';'): string[] {
  return text
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

export function get(value: unknown, ...path: string[]): unknown {
  let at = value;
  for (const key of path) at = isRecord(at) ? at[key] : undefined;
  return at;
}

/** "Jeunes familles de Limoilou" → "jeunes-familles-de-limoilou" (a valid schema id). */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
  return slug === '' ? 'item' : slug;
}

/** An id not yet in `taken` (adds it): `tips`, `tips-2`... */
export function uniqueId(text: string, taken: Set<string>): string {
  const base = slugify(text);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** A short id (see shortId) not yet in `taken` (adds it): `visites`, `visites-2`... */
export function uniqueShortId(text: string, taken: Set<string>): string {
  const base = shortId(text);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addMonths(date: Date, months: number): Date {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()));
  return d;
}

export function isRealDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return !Number.isNaN(d.getTime()) && isoDate(d) === text;
}

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
export const REGION_PATTERN = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;
export const TIME_PATTERN = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/**
 * A time of day as people type it (`9:00`, `7h`, `7 h`, `7 h 30`, `19h30`) in the file's HH:MM;
 * undefined when it is not one.
 */
export function parseTime(text: string): string | undefined {
  const m = /^([0-9]{1,2})\s*(?::\s*([0-9]{2})|h\s*([0-9]{2})?)$/i.exec(text.trim());
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = Number(m[2] ?? m[3] ?? 0);
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

// Used only while the knowledge catalogue is empty, so the wizard always offers the schema's ids.
const FALLBACK_IDS = ['facebook', 'instagram', 'tiktok', 'x', 'linkedin', 'youtube', 'pinterest', 'threads', 'bluesky', 'mastodon', 'snapchat', 'reddit'];
const FALLBACK_NAMES: Record<string, string> = { x: 'X', linkedin: 'LinkedIn', tiktok: 'TikTok', youtube: 'YouTube' };

export interface CatalogueEntry {
  id: string;
  name: string;
  hint?: string;
  facts?: PlatformFacts;
}

/**
 * The platforms the wizard offers, with their one-line hint in the given language. The hints'
 * figures are Québec's (and the US's): another region gets the hint without them, not another
 * region's figures as if they were its own.
 */
export function catalogue(lang: Lang, region?: string): CatalogueEntry[] {
  const hint = (p: PlatformFacts) => (region === 'CA-QC' || !p.hint_general ? p.hint : p.hint_general)[lang];
  if (PLATFORMS.length > 0) return PLATFORMS.map((p) => ({ id: p.id, name: p.name, hint: hint(p), facts: p }));
  return FALLBACK_IDS.map((id) => ({ id, name: FALLBACK_NAMES[id] ?? id[0]!.toUpperCase() + id.slice(1) }));
}

export function platformName(id: string): string {
  return platformFacts(id)?.name ?? FALLBACK_NAMES[id] ?? id[0]!.toUpperCase() + id.slice(1);
}

/** Region from the locale: fr_CA → CA-QC (most French-speaking Canadians are in Québec), en_CA → CA. */
export function regionFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (!value || value === 'C' || value === 'POSIX') continue;
    const m = /^([a-z]{2})_([A-Z]{2})/.exec(value);
    if (!m) return undefined;
    if (m[2] === 'CA') return m[1] === 'fr' ? 'CA-QC' : 'CA';
    return m[2];
  }
  return undefined;
}

/** "Primary: where you invest most" → a short choice name and its description (shown when highlighted). */
export function labelled<T extends string>(value: T, text: string): { value: T; name: string; description?: string } {
  const m = /^(.+?)\s?:\s(.+)$/.exec(text);
  return m ? { value, name: m[1]!, description: m[2]! } : { value, name: text };
}

// Catalogue format names are English ids; French plans get French words.
const FORMATS_FR: Record<string, string> = {
  text: 'texte', photos: 'photos', video: 'vidéo', links: 'liens', carousels: 'carrousels', 'photo carousels': 'carrousels photo',
  documents: 'documents', 'image pins': 'épingles', 'vertical video': 'vidéo verticale', shorts: 'shorts', reels: 'reels', stories: 'stories',
};

export function formatWords(formats: readonly string[], lang: Lang): string[] {
  return lang === 'fr' ? formats.map((f) => FORMATS_FR[f] ?? f) : [...formats];
}
