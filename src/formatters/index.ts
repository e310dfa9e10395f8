// The registry of output formats. Each format is one file behind the Formatter type, loaded when
// a run asks for it (laziness as a data structure: a run in one format loads that one only; SARIF
// brings the whole rule catalog with it).
import type { Formatter } from './types.js';

export const FORMATTERS = {
  stylish: () => import('./stylish.js').then((m) => m.formatStylish),
  json: () => import('./json.js').then((m) => m.formatJson),
  github: () => import('./github.js').then((m) => m.formatGithub),
  sarif: () => import('./sarif.js').then((m) => m.formatSarif),
  junit: () => import('./junit.js').then((m) => m.formatJunit),
  markdown: () => import('./markdown.js').then((m) => m.formatMarkdown),
  codequality: () => import('./codequality.js').then((m) => m.formatCodeQuality),
} satisfies Record<string, () => Promise<Formatter>>;

export type FormatName = keyof typeof FORMATTERS;
export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATTERS, name);
}
