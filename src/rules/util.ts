// Small helpers shared by rules: dates against the run's clock, durations, names.
import { formatNumber, pluralOf } from '../i18n/intl.js';
import { durationInHours } from '../strategy/duration.js';

/** The run's date as YYYY-MM-DD (UTC), to compare with the strategy's dates. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** A strategy date strictly before the run's day (a deadline of today is not past). */
export function isPast(date: string | undefined, now: Date): boolean {
  return typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) && date < isoDay(now);
}

/** `30m`, `4h`, `7 h`, `1 h 30`, `1,5 j` -> hours; undefined when the text is not a duration. */
export function durationHours(text: string | undefined): number | undefined {
  return durationInHours(text);
}

/** Distinct, non-empty names (case and spaces ignored), for "a second approver". */
export function distinctPeople(names: readonly unknown[] | undefined): string[] {
  const seen = new Map<string, string>();
  for (const name of names ?? []) {
    if (typeof name !== 'string' || !name.trim()) continue;
    const key = name.trim().toLowerCase().replace(/\s+/g, ' ');
    if (!seen.has(key)) seen.set(key, name.trim());
  }
  return [...seen.values()];
}

/** `one` or `other` by the language's plural rules (French: 0, 1 and 1.5 are singular). */
export function plural(lang: 'en' | 'fr', count: number): 'one' | 'other' {
  return pluralOf(lang, count);
}

/** Round for messages: at most one decimal. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A number for a message, in the run's language: `0.5` in English, `0,5` in French. */
export function num(value: number, lang: 'en' | 'fr'): string {
  return formatNumber(lang, value, 1);
}

/**
 * Whether the data looks like a strategy at all. Rules that report a whole missing section stay
 * quiet on a stub or a foreign YAML file: the schema's "missing organization" says it better.
 */
export function looksLikeStrategy(data: unknown): boolean {
  const org = (data as { organization?: unknown } | null)?.organization;
  return Boolean(org && typeof org === 'object' && !Array.isArray(org));
}

/** A list with at least one entry. */
export function isNonEmptyList(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}

/** A list with at least one non-blank text. */
export function hasText(value: unknown): boolean {
  return Array.isArray(value) && value.some((item) => typeof item === 'string' && item.trim() !== '');
}
