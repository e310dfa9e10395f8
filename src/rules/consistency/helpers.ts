// Helpers shared by the consistency rules: people's names across sections, minutes in a week.
import { joinList, localeFormat, WEEKDAYS, type Weekday } from '../../i18n/intl.js';
import type { Community, Strategy } from '../../strategy/types.js';

/**
 * A person's name as the plan writes it, reduced for comparison: the part before a comma or a
 * parenthesis ("Priya Raman, communications lead" -> "priya raman"), case, accents and spaces ignored.
 */
export function personKey(name: string): string {
  const head = name.split(/[,(]/)[0]!;
  // Most names are ASCII: decomposing accents is the costly step, so only non-ASCII names pay it.
  const plain = /^[\x00-\x7f]*$/.test(head) ? head : head.normalize('NFD').replace(/\p{M}/gu, '');
  return plain.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The name as shown in messages: the part before a comma or a parenthesis. */
export function personName(name: string): string {
  return name.split(/[,(]/)[0]!.trim();
}

export interface NamedPerson {
  key: string;
  name: string;
}

function add(into: Map<string, NamedPerson>, value: unknown): void {
  if (typeof value !== 'string' || !value.trim()) return;
  const key = personKey(value);
  if (key && !into.has(key)) into.set(key, { key, name: personName(value) });
}

/** The people who publish and answer: platform owners and community managers, in the plan's order. */
export function teamPeople(strategy: Strategy): NamedPerson[] {
  const people = new Map<string, NamedPerson>();
  for (const platform of Array.isArray(strategy.platforms) ? strategy.platforms : []) add(people, platform?.owner);
  for (const manager of Array.isArray(strategy.community?.managers) ? strategy.community.managers : []) add(people, manager);
  return [...people.values()];
}

/**
 * Everyone the plan names in a role outside the crisis tiers: the owner, the platform owners, the
 * community managers, the crisis spokesperson and approvers.
 */
export function namedPeople(strategy: Strategy): NamedPerson[] {
  const people = new Map<string, NamedPerson>();
  add(people, strategy.organization?.owner);
  for (const person of teamPeople(strategy)) people.set(person.key, person);
  add(people, strategy.crisis?.spokesperson);
  for (const approver of Array.isArray(strategy.crisis?.approvers) ? strategy.crisis.approvers : []) add(people, approver);
  return [...people.values()];
}

/** Words that make a name a body or a role ("Conseil d'administration", "Head of Communications"), not a person. */
const BODY_OR_ROLE = /^(?:board|team|equipe|comite|committee|conseil|council|direction|director|directeur|directrice|head|chief|chef|officer|manager|responsable|service|department|departement|office|bureau|communications?|marketing|relations|presse|press|media|medias|ceo|cfo|coo|cmo|pdg|dg|vp|president|presidente|porte-parole|spokesperson|agence|agency|group|groupe|executive|executif|management|gestion|cabinet|general|generale|staff|personnel|admin|administration|support|desk|hotline|garde|on-call|rh|hr|legal|juridique)$/;
/** Lower-case particles of people's names ("Jean de la Fontaine", "Ludwig van Beethoven"). */
const PARTICLE = /^(?:de|du|des|la|le|van|von|der|den|da|di|del|dos|bin|ibn|al|y|e)$/;

/**
 * Whether a name reads as a person's (two to four capitalised words, particles allowed, no word of
 * a body or a role): "Marie-Ève Lavoie", "Daniel Kim, CEO" are; "Board", "Direction générale",
 * "Head of Communications", "Executive Team" are not.
 */
export function looksLikePerson(name: string): boolean {
  const words = personName(name).split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 4) return false;
  return words.every((word) => {
    if (PARTICLE.test(word)) return true;
    if (BODY_OR_ROLE.test(plainText(word))) return false;
    return /^\p{Lu}[\p{Ll}'’.-]*(?:[-'’]\p{Lu}[\p{Ll}.]*)*$/u.test(word);
  });
}

/** Text for comparison: accents dropped (only when there are any), lower case. */
export function plainText(text: unknown): string {
  if (typeof text !== 'string') return '';
  return (/^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFD').replace(/\p{M}/gu, '')).toLowerCase();
}

const DURATION_UNIT = /^(?:(?:business|working) )?(h|hrs?|hours?|heures?|m|mins?|minutes?|d|days?|jours?)(?: (?:ouvrables|ouvres))?$/;

/** Hours in one of an objective's `unit` when it is a duration (`hours`, `business hours`, `heures ouvrables`, `min`, `days`). */
export function durationUnitHours(unit: unknown): number | undefined {
  const match = DURATION_UNIT.exec(plainText(unit).trim());
  if (!match) return undefined;
  const word = match[1]!;
  return /^(m|mins?|minutes?)$/.test(word) ? 1 / 60 : /^(d|days?|jours?)$/.test(word) ? 24 : 1;
}

export { WEEKDAYS, type Weekday } from '../../i18n/intl.js';

/** A weekday's name in the run's language: `sun` -> "Sunday" / "dimanche". */
export function weekdayName(day: Weekday, lang: 'en' | 'fr'): string {
  return localeFormat(lang).weekday(day);
}

/** "a, b or c" / "a, b ou c". */
export function orList(items: readonly string[], lang: 'en' | 'fr'): string {
  return joinList(items, lang, 'or');
}

export const MINUTES_PER_DAY = 24 * 60;
export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

/** The watched minutes of the week, as [start, end) intervals from Monday 00:00 (overnight hours wrap). */
export function dutyIntervals(hours: NonNullable<Community['hours']>): [number, number][] | undefined {
  // Hours without days are every day's hours (as plan calendar reads them); neither says nothing.
  const days = Array.isArray(hours.days) && hours.days.length > 0 ? hours.days : hours.start || hours.end ? WEEKDAYS : undefined;
  if (!days) return undefined;
  const start = minutesOfDay(hours.start) ?? 0;
  const endOfDay = minutesOfDay(hours.end);
  let end = endOfDay === undefined ? MINUTES_PER_DAY : endOfDay;
  if (end <= start) end += MINUTES_PER_DAY;
  return days
    .map((d) => WEEKDAYS.indexOf(d as Weekday))
    .filter((d) => d >= 0)
    .map((d): [number, number] => [d * MINUTES_PER_DAY + start, d * MINUTES_PER_DAY + end]);
}

/** The longest stretch of the week nobody watches, in minutes (0 when someone always does). */
export function longestUnwatched(duty: readonly [number, number][]): number {
  if (duty.length === 0) return MINUTES_PER_WEEK;
  const sorted = [...duty].sort((a, b) => a[0] - b[0]);
  let longest = 0;
  let reach = sorted[0]![1];
  for (const [start, end] of sorted.slice(1)) {
    longest = Math.max(longest, start - reach);
    reach = Math.max(reach, end);
  }
  // Around the week's end: from the last watched minute to Monday's first, a week later.
  return Math.max(longest, sorted[0]![0] + MINUTES_PER_WEEK - reach);
}

/** `08:30` -> 510; undefined when the text is not a time of day. */
export function minutesOfDay(time: unknown): number | undefined {
  if (typeof time !== 'string') return undefined;
  const match = /^([01][0-9]|2[0-3]):([0-5][0-9])$/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** The run's day, YYYY-MM-DD, computed once per clock value (every file of a run shares it). */
export function today(now: Date): string {
  const time = now.getTime();
  if (time !== lastNow) {
    lastNow = time;
    lastDay = now.toISOString().slice(0, 10);
  }
  return lastDay;
}
let lastNow = NaN;
let lastDay = '';

/** `addMonths(day, months)` remembered for the run: the rules compare dates to a few fixed limits. */
export function limit(day: string, months: number): string {
  const key = `${day}|${months}`;
  let value = limits.get(key);
  if (value === undefined) {
    if (limits.size > 64) limits.clear();
    limits.set(key, (value = addMonths(day, months)));
  }
  return value;
}
const limits = new Map<string, string>();

/** Months between two YYYY-MM-DD dates (b - a), with days as fractions of a 30.44-day month. */
export function monthsBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / (30.44 * 24 * 3600 * 1000);
}

/** A date `months` after `day` (YYYY-MM-DD), for the messages' suggestions. */
export function addMonths(day: string, months: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

/** A YYYY-MM-DD string (the schema checks that it is a real date). */
export function isDate(value: unknown): value is string {
  return typeof value === 'string' && value.length === 10 && /^\d{4}-\d{2}-\d{2}$/.test(value);
}
