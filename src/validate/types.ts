// The shapes of a check, apart from the code (check.ts, quick.ts) so that neither imports the other's types.
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
  /** Try a fast parse without positions first (`plan validate`): a file with no finding then comes
   *  back without `parsed`; any finding, or any doubt, takes the full path, so findings are the same. */
  fast?: boolean;
}

export interface CheckResult {
  file: string;
  findings: Finding[];
  /** Present when the file parsed as YAML (unless `fast` found it clean); brief and calendar reuse it. */
  parsed?: ParsedStrategy;
  /** True when the data matches the schema, so commands may treat it as a Strategy. */
  schemaValid: boolean;
  lang: Lang;
}
