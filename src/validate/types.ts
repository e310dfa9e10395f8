// The shapes of a check, apart from the code (check.ts, first-pass.ts) so that neither imports the other's types.
import type { Finding, Severity } from '../diagnostics.js';
import type { Env, Lang } from '../i18n/index.js';
import type { ParsedStrategy } from '../strategy/load.js';
import type { Rule } from '../rules/types.js';

/** What a run may change about rules: a severity per rule id, or `off`. */
export type SeverityOverride = (ruleId: string, file: string) => Severity | 'off' | undefined;

export interface CheckOptions {
  /** `--lang`; otherwise the strategy's language, then the environment. */
  lang?: string;
  now?: Date;
  /** Extra rules (tests, plugins); the built-in registry by default. */
  rules?: readonly Rule[];
  severityOverride?: SeverityOverride;
  env?: Env;
}

export interface CheckResult {
  file: string;
  findings: Finding[];
  /** Present when the file went through the full check (not the first pass); calendar reuses it. */
  parsed?: ParsedStrategy;
  /** True when the data matches the schema, so commands may treat it as a Strategy. */
  schemaValid: boolean;
  lang: Lang;
}
