// The calendar day of an instant in a time zone: "today" for the brief's "Generated on" line and
// the first week of its calendar, when no --now is given.

/** A Gregorian calendar day; month 1-12. */
export interface DayParts {
  year: number;
  month: number;
  day: number;
}

/** The day of an instant (ms since the epoch) in an IANA time zone; undefined when the runtime does not know the zone. */
export type ZoneDay = (ms: number, timeZone: string) => DayParts | undefined;

const formats = new Map<string, Intl.DateTimeFormat | null>();

/** Through Intl (the default): right anywhere, but a first Intl.DateTimeFormat costs a process ~10 ms. */
export const intlZoneDay: ZoneDay = (ms, timeZone) => {
  let format = formats.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone, calendar: 'gregory', numberingSystem: 'latn', era: 'short', year: 'numeric', month: 'numeric', day: 'numeric' });
    } catch {
      format = null;
    }
    formats.set(timeZone, format);
  }
  if (!format) return undefined;
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(ms)) parts[part.type] = part.value;
  // "2 BC" is year -1 (callers leave years before 1 to Intl anyway).
  const year = parts.era === 'BC' ? 1 - Number(parts.year) : Number(parts.year);
  return { year, month: Number(parts.month), day: Number(parts.day) };
};

let canonicalZones: Set<string> | undefined;

/**
 * For the `plan` process only, never for a library caller: the same answer as intlZoneDay, ~10
 * times cheaper. Node re-reads process.env.TZ when it is assigned, and Date's local-time getters then
 * use that zone (ICU's time-zone data, without a date formatter). The zone is process-wide state,
 * so it is set and restored within this synchronous call, and used only for a canonical IANA name
 * (exact case: others, like "america/toronto" or ":America/Toronto", could be read differently)
 * and not on Windows, where Node may not follow TZ. test/unit/brief/zone.test.ts checks it against
 * intlZoneDay for every zone the runtime knows.
 */
export const processZoneDay: ZoneDay = (ms, timeZone) => {
  canonicalZones ??= new Set(Intl.supportedValuesOf('timeZone'));
  if (process.platform === 'win32' || !canonicalZones.has(timeZone) || !Number.isFinite(ms)) return intlZoneDay(ms, timeZone);
  const saved = process.env.TZ;
  try {
    process.env.TZ = timeZone;
    const date = new Date(ms);
    return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
};
