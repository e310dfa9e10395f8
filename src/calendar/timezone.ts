// Time-zone facts from the runtime's own tz database (Intl), enough to write an RFC 5545
// VTIMEZONE: the UTC offset at any instant and the instants where it changes.

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Offset from UTC, in minutes, of `timeZone` at the instant `ms`. */
export function offsetAt(timeZone: string, ms: number): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const p of format.formatToParts(new Date(ms))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const local = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour! % 24, parts.minute!, parts.second!);
  return Math.round((local - Math.floor(ms / 1000) * 1000) / 60_000);
}

export interface Transition {
  /** UTC instant of the change. */
  at: number;
  from: number;
  to: number;
}

/** The offset changes between two instants, found day by day, then to the minute. */
export function transitions(timeZone: string, startMs: number, endMs: number): Transition[] {
  const out: Transition[] = [];
  const day = 86_400_000;
  let previous = offsetAt(timeZone, startMs);
  for (let t = startMs + day; t <= endMs + day; t += day) {
    const current = offsetAt(timeZone, t);
    if (current === previous) continue;
    let low = t - day;
    let high = t;
    while (high - low > 60_000) {
      const mid = low + Math.floor((high - low) / 120_000) * 60_000;
      if (offsetAt(timeZone, mid) === previous) low = mid;
      else high = mid;
    }
    out.push({ at: high, from: previous, to: current });
    previous = current;
  }
  return out;
}
