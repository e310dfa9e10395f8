// The formats of `plan diff`, one file each.
import { formatDiffJson } from './json.js';
import { formatDiffMarkdown } from './markdown.js';
import { formatDiffText } from './text.js';
import type { DiffFormatter } from './shared.js';

export const DIFF_FORMATTERS = { text: formatDiffText, markdown: formatDiffMarkdown, json: formatDiffJson } satisfies Record<string, DiffFormatter>;
export type DiffFormatName = keyof typeof DIFF_FORMATTERS;
export const DIFF_FORMAT_NAMES = Object.keys(DIFF_FORMATTERS) as DiffFormatName[];
export type { DiffFormatContext } from './shared.js';
