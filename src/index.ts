// The library API: `import { loadStrategy, validate } from 'social-plan'`.
export { checkText as validate, checkBytes as validateBytes, type CheckOptions, type CheckResult } from './validate/check.js';
export type { Finding, FileReport, Severity, Range, Position, PathSegment } from './diagnostics.js';
export type { Strategy } from './strategy/types.js';
export { RULES } from './rules/index.js';
