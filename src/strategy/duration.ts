// Durations as people type them in both languages: `30m`, `30 min`, `4h`, `7 h`, `1 h 30`, `1,5 h`,
// `2d`, `1 j`, `2 jours`. One reader for the schema's pattern, the rules, the wizard and the brief.

export type DurationUnit = 'minute' | 'hour' | 'day';

const UNIT_WORDS: Record<string, DurationUnit> = {
  m: 'minute', min: 'minute', minute: 'minute', minutes: 'minute',
  h: 'hour', heure: 'hour', heures: 'hour', hour: 'hour', hours: 'hour',
  d: 'day', day: 'day', days: 'day', j: 'day', jour: 'day', jours: 'day',
};

// Kept equal to schemas/strategy.schema.json `definitions.duration.pattern` (a test checks it).
// `\s` also takes the no-break spaces that French keyboards and word processors put before units.
const AMOUNT_UNIT = /^([0-9]+(?:[.,][0-9]+)?)\s*(m|min|minutes?|h|heures?|hours?|d|days?|j|jours?)$/;
const HOURS_MINUTES = /^([0-9]+)\s*h\s*([0-5][0-9])$/;

/** A duration's amount and unit (`1 h 30` is 1.5 hours), or undefined when the text is not one. */
export function parseDuration(text: unknown): { amount: number; unit: DurationUnit } | undefined {
  if (typeof text !== 'string') return undefined;
  const trimmed = text.trim();
  const hm = HOURS_MINUTES.exec(trimmed);
  if (hm) return { amount: Number(hm[1]) + Number(hm[2]) / 60, unit: 'hour' };
  const match = AMOUNT_UNIT.exec(trimmed);
  if (!match) return undefined;
  return { amount: Number(match[1]!.replace(',', '.')), unit: UNIT_WORDS[match[2]!]! };
}

/** A duration in hours, or undefined. */
export function durationInHours(text: unknown): number | undefined {
  const duration = parseDuration(text);
  if (!duration) return undefined;
  return duration.unit === 'day' ? duration.amount * 24 : duration.unit === 'hour' ? duration.amount : duration.amount / 60;
}

export function isDuration(text: unknown): boolean {
  return parseDuration(text) !== undefined;
}
