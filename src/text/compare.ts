// Ordering for machine strings (ids, ISO dates, HH:MM times). String#localeCompare would give the
// same order for these ASCII strings, but its first call builds an ICU collator (docs/bench.md).

/** Code-unit order: for ids, dates and times written in ASCII, the same as a collator's. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
