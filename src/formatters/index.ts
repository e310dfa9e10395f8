// The registry of output formats. Each format is one file behind the Formatter type.
import type { Formatter } from './types.js';
import { formatStylish } from './stylish.js';
import { formatJson } from './json.js';
import { formatGithub } from './github.js';
import { formatSarif } from './sarif.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatCodeQuality } from './codequality.js';

export const FORMATTERS = {
  stylish: formatStylish,
  json: formatJson,
  github: formatGithub,
  sarif: formatSarif,
  junit: formatJunit,
  markdown: formatMarkdown,
  codequality: formatCodeQuality,
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;
export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATTERS, name);
}
