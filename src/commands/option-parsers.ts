// Small parsers for option values shared by several commands; bad values are usage errors (exit 2).
import { UsageError } from '../errors.js';

/** `--now 2026-11-26`: the clock used by date rules, so runs are reproducible. */
export function parseNow(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`--now must be a date written YYYY-MM-DD, not "${value}".`);
  }
  return date;
}

/** `--max-size 20MB`, `512k`, `1048576`. */
export function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(value.trim());
  if (!match) throw new UsageError(`--max-size must be a size such as 20MB or 512KB, not "${value}".`);
  const unit = (match[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.floor(Number(match[1]) * factor);
}
