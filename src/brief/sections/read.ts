// Defensive readers: with --force the data may be anything, so every field is read as "maybe
// missing, maybe the wrong type".
import type { Period } from '../../knowledge/index.js';

export type Obj = Record<string, unknown>;
export const obj = (value: unknown): Obj => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : {});
export const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const str = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' && Number.isFinite(value) ? String(value) : '');
export const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
export const strings = (value: unknown): string[] => arr(value).map(str).filter(Boolean);

export const PERIODS: readonly Period[] = ['day', 'week', 'month'];
