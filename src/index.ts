// The library API: `import { loadStrategy, validate, renderBrief } from 'social-plan'`.
// Pure functions over text and data, plus one convenience that reads a file.
import { readFile } from 'node:fs/promises';
import { checkBytes, checkText, type CheckOptions, type CheckResult } from './validate/check.js';
import type { Finding } from './diagnostics.js';
import type { Strategy } from './strategy/types.js';

export interface LoadedStrategy {
  file: string;
  /** The strategy, when the file matches the schema (rule findings may still exist). */
  strategy?: Strategy;
  findings: Finding[];
  /** True when no finding is an error. */
  valid: boolean;
}

function toLoaded(result: CheckResult): LoadedStrategy {
  return {
    file: result.file,
    ...(result.schemaValid ? { strategy: result.parsed?.data as Strategy } : {}),
    findings: result.findings,
    valid: !result.findings.some((f) => f.severity === 'error'),
  };
}

/** Read and check a strategy file. Rejects only when the file cannot be read. */
export async function loadStrategy(path: string, options: CheckOptions = {}): Promise<LoadedStrategy> {
  return toLoaded(checkBytes(await readFile(path), path, options));
}

/** Check strategy text (YAML); `file` is the name used in findings. Never throws. */
export function validate(text: string, file = '<text>', options: CheckOptions = {}): LoadedStrategy {
  return toLoaded(checkText(text, file, options));
}

export { renderBrief, type BriefInput } from './brief/index.js';
export { RULES } from './rules/index.js';
export type { Rule } from './rules/types.js';
export type { CheckOptions } from './validate/check.js';
export type { Finding, FileReport, Severity, Range, Position, PathSegment } from './diagnostics.js';
export type { Strategy } from './strategy/types.js';
export type { Lang } from './i18n/index.js';

// Posts as files (docs/posts.md): the parser, and the check of a post against its strategy.
export { parsePost, type ParsedPost } from './posts/parse.js';
export { checkPostText, type PostStrategy, type PostCheckResult } from './validate/check-post.js';
export { POST_RULES } from './rules/posts/index.js';
export type { Post, PostMeta, PostRule, PostVariant, TextSpan } from './posts/types.js';
